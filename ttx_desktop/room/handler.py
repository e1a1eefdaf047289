"""One request of a phone: routing by role and token, the pages and API, every refusal."""

from __future__ import annotations

import contextlib
import dataclasses
import socket
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any, Protocol
from urllib.parse import parse_qs

from ttx_desktop.domain.log_entry import EntryRefused
from ttx_desktop.domain.model import FeedbackResponse, LogEntry
from ttx_desktop.domain.policy import PolicyRecommendation
from ttx_desktop.room import api, pages, policy_api, rapporteur_page
from ttx_desktop.room.assets import APP_CSS, APP_JS, ICON_SVG, POLICY_JS
from ttx_desktop.room.connections import FairServer, Room
from ttx_desktop.room.labels import pick_language
from ttx_desktop.room.limits import RateLimiter, Refused, host_ok, origin_ok
from ttx_desktop.room.tokens import RoomRole, TokenBook, well_formed
from ttx_desktop.services.room_desk import RoomDesk


class ServedRoom(Room, Protocol):
    """What a request asks of the room it is served by (room/server.py's RoomServer)."""

    desk: RoomDesk
    tokens: TokenBook
    feedback_quota: RateLimiter
    address: str
    port: int
    on_entry: Callable[[LogEntry], None] | None
    on_feedback: Callable[[FeedbackResponse], None] | None
    on_recommendation: Callable[[PolicyRecommendation], None] | None
    on_ballot: Callable[[str], None] | None  # the vote's id

    def saw_device(self, device: str) -> None: ...


HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Connection": "close",
}
_PATH_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_./")
_DEVICE_CHARS = frozenset("0123456789abcdef-")


class RoomHTTPServer(FairServer):
    """The fair server, knowing the room it serves."""

    room: ServedRoom


class RoomHandler(BaseHTTPRequestHandler):
    """Answers one request: routes by role and token, refuses all else with a short reason."""

    server: RoomHTTPServer
    server_version = "TTX-Desktop-room"
    protocol_version = "HTTP/1.0"  # one request per connection: no idle keep-alive threads

    def version_string(self) -> str:
        return self.server_version

    def setup(self) -> None:
        self._unread_body = False
        super().setup()
        self.connection.settimeout(self.server.room.limits.header_timeout_s)

    def finish(self) -> None:
        super().finish()
        if self._unread_body:
            self._linger()

    def _linger(self) -> None:
        """After refusing a body unread, take in (and drop) a bounded part of it before closing,
        so the client reads the refusal rather than a connection reset."""
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(1.0)
            left = 4 * self.server.room.limits.max_body
            while left > 0 and (chunk := self.connection.recv(min(left, 65536))):
                left -= len(chunk)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed requests (bad request line, headers too long) get our headers too."""
        self.close_connection = True
        self._send(
            code, api.dumps({"error": _REASONS.get(code, "bad request")}), "application/json"
        )

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: request lines carry tokens, which must not end up in a terminal or a log."""

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def _refuse_method(self) -> None:
        self._send(405, api.dumps({"error": "method not allowed"}), "application/json")

    do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = do_TRACE = do_CONNECT = _refuse_method

    # ------------------------------------------------------------------ routing

    def _answer(self, method: str) -> None:
        room = self.server.room
        self._unread_body = method == "POST"
        try:
            self.connection.settimeout(room.limits.write_timeout_s)
            self.server.enter(self.request, "work", room.limits.request_deadline_s)
            admitted = self.server.connection(self.request)
            if admitted is None or not admitted.rate_ok:  # counted when it was accepted
                raise Refused(429, "too many requests; slow down", retry=True)
            if not host_ok(self.headers.get("Host"), room.address, room.port):
                raise Refused(404)
            role, token, rest, query = self._route()
            if not room.tokens.matches(role, token):
                raise Refused(404)
            self._note_device()
            base = f"/{role.prefix}/{token}"
            if method == "GET":
                self._get(role, base, rest, query)
            else:
                self._post(role, rest)
        except Refused as refusal:
            body: dict[str, object] = {
                "error": refusal.message or _REASONS.get(refusal.status, "refused")
            }
            if refusal.retry:
                body["retry"] = True
            if refusal.code:
                body["code"] = refusal.code
            self._send(refusal.status, api.dumps(body), "application/json")
        except Exception:  # a fault of ours: say so without details, keep serving
            self._send(
                500, api.dumps({"error": "the console could not do that"}), "application/json"
            )

    def _route(self) -> tuple[RoomRole, str, str, str]:
        """(role, token, the rest of the path, the query) of the fixed routes, or 404.

        Nothing is decoded: a percent sign, a dot segment or any other character outside the
        token alphabet is simply not a route.
        """
        path, _, query = self.path.partition("?")
        if not path.startswith("/") or not set(path) <= _PATH_CHARS or len(path) > 200:
            raise Refused(404)
        parts = path.split("/")[1:]
        if len(parts) not in (2, 3):
            raise Refused(404)
        role = RoomRole.from_prefix(parts[0])
        if role is None or not well_formed(parts[1]):
            raise Refused(404)
        rest = parts[2] if len(parts) == 3 else ""
        return role, parts[1], rest, query

    def _device(self) -> str | None:
        """The phone's own random id, if it sent a well-formed one."""
        device = (self.headers.get("X-TTX-Device") or "").strip().casefold()
        return device if 0 < len(device) <= 40 and set(device) <= _DEVICE_CHARS else None

    def _note_device(self) -> None:
        self.server.room.saw_device(self._device() or f"address {self.client_address[0]}")

    def _get(self, role: RoomRole, base: str, rest: str, query: str) -> None:
        room = self.server.room
        if rest == "app.js":
            self._send(200, APP_JS, "text/javascript; charset=utf-8")
        elif rest == "policy.js":
            self._send(200, POLICY_JS, "text/javascript; charset=utf-8")
        elif rest == "app.css":
            self._send(200, APP_CSS, "text/css; charset=utf-8")
        elif rest == "icon.svg":
            self._send(200, ICON_SVG, "image/svg+xml")
        elif rest == "state":
            snapshot = room.desk.snapshot()
            team = _query_value(query, "team") or ""
            if role is RoomRole.NOTE_TAKER:
                state = api.note_state(snapshot)
            elif role is RoomRole.RAPPORTEUR:
                found = room.desk.recommendations()
                state = policy_api.rapporteur_state(snapshot.exercise, found, team)
            else:
                state = api.participant_state(snapshot, team)
                state["vote"] = policy_api.vote_state(snapshot.votes)
            self._send(200, api.dumps(state), "application/json")
        elif rest == "":
            details = room.desk.snapshot().exercise.details
            asked = _query_value(query, "lang")
            lang = pick_language(asked, details.language, self.headers.get("Accept-Language"))
            make = _PAGES[role]
            self._send(200, make(details, base, lang).encode(), "text/html; charset=utf-8")
        else:
            raise Refused(404)

    def _post(self, role: RoomRole, rest: str) -> None:
        room = self.server.room
        if rest not in _WRITES[role]:
            raise Refused(404)
        if not origin_ok(self.headers.get("Origin"), room.address, room.port):
            raise Refused(403, "writes come only from the room's own pages")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().casefold()
        if content_type != "application/json":
            raise Refused(415, "send JSON")
        body = api.parse_body(self._read_body())
        {
            "entries": self._post_entry,
            "feedback": self._post_feedback,
            "recommendations": self._post_recommendation,
            "ballot": self._post_ballot,
        }[rest](body)

    def _post_entry(self, body: dict[str, Any]) -> None:
        """A note-taker's entry, stored once however often it is sent."""
        room = self.server.room
        entry_id, asked = api.entry_request(body)
        try:
            stored, new, notes = room.desk.log(asked, entry_id)  # committed when this returns
        except EntryRefused as refused:
            raise api.entry_refusal(refused) from None
        if new and room.on_entry is not None:
            room.on_entry(stored)
        answer: dict[str, object] = {"saved": True, "id": stored.id, "new": new}
        if notes:
            answer["notes"] = notes
        self._send(201 if new else 200, api.dumps(answer), "application/json")

    def _post_feedback(self, body: dict[str, Any]) -> None:
        """A participant's feedback form: one per phone, which it may change."""
        room = self.server.room
        form = dataclasses.replace(api.feedback_from(body), device=self._device() or "")
        if not room.feedback_quota.allow(self.client_address[0]):
            raise Refused(429, "too many forms from this phone; try again in an hour", code="quota")
        limits = room.limits
        outcome = room.desk.put_feedback(
            form, max_forms=limits.max_feedback_forms, max_bytes=limits.max_feedback_bytes
        )
        if outcome == "taken":
            raise Refused(409, "this form belongs to another phone", code="taken")
        if outcome == "full":
            raise Refused(413, "the exercise holds all the feedback it can take", code="full")
        new = outcome == "new"
        if outcome != "unchanged" and room.on_feedback is not None:
            room.on_feedback(form)
        answer = {"saved": True, "id": form.id, "new": new}
        self._send(201 if new else 200, api.dumps(answer), "application/json")

    def _post_recommendation(self, body: dict[str, Any]) -> None:
        """A rapporteur's draft, new or changed, by the id the phone made for it."""
        room = self.server.room
        draft = policy_api.draft_from(
            body, room.desk.snapshot().exercise, api.client_id(body.get("id"))
        )
        stored, outcome = room.desk.put_recommendation(draft)
        if outcome == "other_table":
            raise Refused(409, "this recommendation belongs to another table", code="other_table")
        if outcome == "not_draft":
            state = "deleted" if stored.deleted else stored.status.value
            raise Refused(
                409, f"this recommendation is {state}; only drafts change here", code="not_draft"
            )
        if outcome != "unchanged" and room.on_recommendation is not None:
            room.on_recommendation(stored)
        answer = {"saved": True, "id": stored.id, "new": outcome == "new"}
        self._send(201 if outcome == "new" else 200, api.dumps(answer), "application/json")

    def _post_ballot(self, body: dict[str, Any]) -> None:
        """A participant's ballot; the phone's own random id is the voter, once per vote."""
        room = self.server.room
        voter = self._device()
        if voter is None:
            raise Refused(400, "send the phone's id (X-TTX-Device)")
        vote_id, choices = policy_api.ballot_from(body)
        outcome, reason = room.desk.cast_ballot(vote_id, voter, choices)
        if outcome == "voted":
            raise Refused(409, "this phone has already voted", code="voted")
        if outcome in ("closed", "gone"):
            raise Refused(409, "this vote is closed", code="closed")
        if outcome == "bad":
            raise Refused(400, reason or "choose among the vote's options")
        if room.on_ballot is not None:
            room.on_ballot(vote_id)
        self._send(201, api.dumps({"counted": True, "vote_id": vote_id}), "application/json")

    def _read_body(self) -> bytes:
        """The body, its size checked against the cap before a byte of it is read."""
        if self.headers.get("Transfer-Encoding"):
            raise Refused(411, "send a Content-Length")
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise Refused(411, "send a Content-Length")
        try:
            length = int(length_text)
        except ValueError:
            raise Refused(400, "bad Content-Length") from None
        if length < 0:
            raise Refused(400, "bad Content-Length")
        if length > self.server.room.limits.max_body:
            raise Refused(
                413, f"the body is too large (at most {self.server.room.limits.max_body} bytes)"
            )
        return self._read_exactly(length)

    def _read_exactly(self, length: int) -> bytes:
        """``length`` bytes, arriving at the floor rate or better; else 400 without waiting
        longer (the phone's script sends the entry again)."""
        limits = self.server.room.limits
        allowed = limits.body_grace_s + length / limits.body_bytes_per_s
        deadline = time.monotonic() + allowed
        self.server.enter(self.request, "body", allowed)
        chunks: list[bytes] = []
        got = 0
        try:
            while got < length:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                self.connection.settimeout(left)
                chunk = self.rfile.read1(length - got)
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
        except (TimeoutError, OSError):
            raise Refused(400, "the body ended early", retry=True) from None
        finally:
            self.connection.settimeout(limits.write_timeout_s)
        self._unread_body = False
        self.server.enter(self.request, "work", limits.request_deadline_s)
        if got != length:
            raise Refused(400, "the body ended early", retry=True)
        return b"".join(chunks)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        with contextlib.suppress(OSError):
            self.send_response(status)
            for name, value in HEADERS.items():
                self.send_header(name, value)
            if status == 429:
                self.send_header("Retry-After", "1")
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


def _query_value(query: str, name: str) -> str | None:
    try:
        return parse_qs(query, max_num_fields=4).get(name, [None])[0]
    except ValueError:  # more fields than any page sends
        raise Refused(400, "too many query fields") from None


_PAGES = {
    RoomRole.NOTE_TAKER: pages.note_page,
    RoomRole.PARTICIPANT: pages.participant_page,
    RoomRole.RAPPORTEUR: rapporteur_page.rapporteur_page,
}
# What each role may send, by the last segment of the path.
_WRITES = {
    RoomRole.NOTE_TAKER: ("entries",),
    RoomRole.PARTICIPANT: ("feedback", "ballot"),
    RoomRole.RAPPORTEUR: ("recommendations",),
}

_REASONS = {
    400: "bad request",
    403: "forbidden",
    404: "not found",
    405: "method not allowed",
    411: "length required",
    409: "conflict",
    413: "too large",
    415: "unsupported media type",
    429: "too many requests",
}
