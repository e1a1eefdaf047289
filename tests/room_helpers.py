"""A room server on loopback for tests, and a raw HTTP client that sends paths as written."""

from __future__ import annotations

import http.client
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ttx_desktop.domain.model import FeedbackResponse, LogEntry
from ttx_desktop.domain.policy import PolicyRecommendation
from ttx_desktop.room.limits import Limits
from ttx_desktop.room.server import RoomServer
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.room_desk import RoomDesk
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.room_store import RoomStore

LOOPBACK = "127.0.0.1"  # every room test listens here and nowhere else


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class Room:
    """A running server over an exercise file the test holds open, as the console does."""

    file: ExerciseFile
    store: RoomStore
    server: RoomServer
    entries: list[LogEntry] = field(default_factory=list)
    forms: list[FeedbackResponse] = field(default_factory=list)
    drafts: list[PolicyRecommendation] = field(default_factory=list)  # rapporteurs' drafts
    ballots: list[str] = field(default_factory=list)  # the vote id of each counted ballot

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def origin(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def base(self, role: RoomRole) -> str:
        return f"/{role.prefix}/{self.server.tokens.token(role)}"

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        host: str | None = None,
        source: str = LOOPBACK,
    ) -> Reply:
        """Sends from ``source`` (an address of 127.0.0.0/8: one per phone, where it matters)."""
        conn = http.client.HTTPConnection(
            LOOPBACK, self.port, timeout=10, source_address=(source, 0)
        )
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            sent = {"Host": host if host is not None else f"{LOOPBACK}:{self.port}"}
            sent |= headers or {}
            if body is not None:
                sent.setdefault("Content-Length", str(len(body)))
            for name, value in sent.items():
                if value is not None:
                    conn.putheader(name, value)
            conn.endheaders(body)
            response = conn.getresponse()
            return Reply(response.status, dict(response.getheaders()), response.read())
        finally:
            conn.close()

    def get(self, path: str, **kwargs: Any) -> Reply:
        return self.request("GET", path, **kwargs)

    def post(
        self,
        path: str,
        payload: Any,
        headers: dict[str, str] | None = None,
        *,
        source: str = LOOPBACK,
    ) -> Reply:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        sent = {"Content-Type": "application/json", "Origin": self.origin} | (headers or {})
        return self.request("POST", path, body, sent, source=source)

    def log_entry(self, team: str, text: str = "Shelter opened", **extra: Any) -> Reply:
        payload = {"id": str(uuid.uuid4()), "kind": "decision", "text": text, "team_id": team}
        return self.post(self.base(RoomRole.NOTE_TAKER) + "/entries", payload | extra)


def open_room(path: Path, limits: Limits | None = None) -> Room:
    file = ExerciseFile.open(path)
    store = RoomStore(path)
    room = Room(file, store, RoomServer(RoomDesk(store), limits=limits))
    room.server.on_entry = room.entries.append
    room.server.on_feedback = room.forms.append
    room.server.on_recommendation = room.drafts.append
    room.server.on_ballot = room.ballots.append
    room.server.start(LOOPBACK, 0)
    return room


def team_id(room: Room, code: str = "CIV") -> str:
    """The id of the mini exercise's team ``code``."""
    team = room.file.exercise.load(with_log=False).find_team(code)
    assert team is not None
    return team.id


def close_room(room: Room) -> None:
    room.server.stop()
    room.store.close()
    room.file.close()
