"""The room on a hostile network, over real HTTP on loopback: a client that hoards
connections, poisoned and malformed bodies, feedback stuffing, and what each role may see.

Every loop here is bounded in count and in time, and uses only 127.0.0.0/8 addresses: the
attacker is 127.0.0.1, the phone that must still be served is 127.0.0.2.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.room_helpers import LOOPBACK, Room, close_room, open_room, team_id
from ttx_desktop.domain.clock import ExerciseClock, read_clocks
from ttx_desktop.domain.ids import utc_now
from ttx_desktop.domain.log_entry import EntryRefused
from ttx_desktop.domain.model import InjectStatus
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.room.api import entry_refusal, entry_request, feedback_from
from ttx_desktop.room.limits import Limits, Refused, text_field
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.room_desk import phone_entry
from ttx_desktop.storage.room_store import Snapshot

NOTE, PARTICIPANT = RoomRole.NOTE_TAKER, RoomRole.PARTICIPANT
OTHER = "127.0.0.2"  # a phone on another address than the attacker's


def _raw(room: Room, data: bytes, *, source: str = LOOPBACK, wait: float = 5.0) -> bytes:
    """Sends ``data`` as written and reads until the server closes or ``wait`` passes."""
    with socket.create_connection(
        (LOOPBACK, room.port), timeout=wait, source_address=(source, 0)
    ) as conn:
        conn.sendall(data)
        answer = b""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            answer += chunk
        return answer


def _get_head(room: Room, path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: {LOOPBACK}:{room.port}\r\n\r\n".encode()


def _post_head(room: Room, path: str, length: int) -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\nHost: {LOOPBACK}:{room.port}\r\n"
        f"Origin: {room.origin}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()


# ------------------------------------------------------------------ fair share


class Hoarder(threading.Thread):
    """Holds as many idle connections from one address as the server lets it, reopening each
    one the server cuts, for at most ``seconds`` and at most ``tries`` connections."""

    def __init__(self, port: int, seconds: float, tries: int = 3000) -> None:
        super().__init__(daemon=True)
        self.port, self.seconds, self.tries = port, seconds, tries
        self.stop = threading.Event()
        self.opened = 0

    def run(self) -> None:
        held: list[socket.socket] = []
        until = time.monotonic() + self.seconds
        try:
            while not self.stop.is_set() and time.monotonic() < until and self.opened < self.tries:
                try:
                    held.append(socket.create_connection((LOOPBACK, self.port), timeout=1))
                    self.opened += 1
                except OSError:
                    time.sleep(0.01)
                if len(held) >= 100:  # drop those the server has cut, keep the rest
                    held = [s for s in held if _still_open(s)]
                    time.sleep(0.01)
        finally:
            for sock in held:
                sock.close()


def _still_open(sock: socket.socket) -> bool:
    try:
        sock.setblocking(False)
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.setblocking(True)


def test_a_client_hoarding_connections_does_not_lock_another_phone_out(mini_path: Path) -> None:
    opened = open_room(mini_path)  # the shipped limits
    hoarder = Hoarder(opened.port, seconds=20)
    hoarder.start()
    try:
        deadline = time.monotonic() + 10
        while hoarder.opened < 150 and time.monotonic() < deadline:
            time.sleep(0.05)  # let it fill whatever it can
        waits = []
        for _ in range(5):
            began = time.monotonic()
            state = opened.base(PARTICIPANT) + "/state"
            answer = _raw(opened, _get_head(opened, state), source=OTHER, wait=3)
            waits.append(time.monotonic() - began)
            assert answer.startswith(b"HTTP/1.0 200"), answer[:80]
        assert max(waits) < 1.0, waits
        assert opened.server._server is not None
        assert opened.server._server.open_connections() <= opened.server.limits.max_per_address + 1
    finally:
        hoarder.stop.set()
        hoarder.join(timeout=25)
        close_room(opened)


def test_a_full_server_sheds_a_connection_still_waiting_for_its_headers(
    mini_path: Path,
) -> None:
    opened = open_room(mini_path, Limits(max_connections=4, header_timeout_s=30))
    idle = [socket.create_connection((LOOPBACK, opened.port), timeout=5) for _ in range(4)]
    try:
        deadline = time.monotonic() + 5
        server = opened.server._server
        assert server is not None
        while server.open_connections() < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        answer = _raw(opened, _get_head(opened, opened.base(PARTICIPANT)), source=OTHER, wait=3)
        assert answer.startswith(b"HTTP/1.0 200"), answer[:80]
        assert sum(not _still_open(sock) for sock in idle) == 1  # the longest waiting
        assert not _still_open(idle[0])
    finally:
        for sock in idle:
            sock.close()
        close_room(opened)


def test_a_client_that_sends_no_headers_is_cut_off_within_the_header_timeout(
    mini_path: Path,
) -> None:
    opened = open_room(mini_path, Limits(header_timeout_s=0.3))
    try:
        with socket.create_connection((LOOPBACK, opened.port), timeout=5) as idle:
            began = time.monotonic()
            idle.sendall(b"GET /")  # and nothing more
            assert idle.recv(1024) == b""
            assert time.monotonic() - began < 3
    finally:
        close_room(opened)


def test_requests_still_being_read_count_toward_the_rate_limit(mini_path: Path) -> None:
    opened = open_room(mini_path, Limits(rate_per_s=0.01, burst=3))
    idle = [socket.create_connection((LOOPBACK, opened.port), timeout=5) for _ in range(3)]
    try:
        time.sleep(0.2)  # accepted, not one byte sent
        assert opened.get(opened.base(PARTICIPANT)).status == 429
    finally:
        for sock in idle:
            sock.close()
        close_room(opened)


# ----------------------------------------------------------- one entry's fault


def test_a_poisoned_entry_fails_alone_and_the_others_are_stored(room: Room) -> None:
    team = team_id(room)
    path = room.base(NOTE) + "/entries"
    good = [str(uuid.uuid4()) for _ in range(150)]
    bad = [str(uuid.uuid4()) for _ in range(10)]
    answers: dict[str, int] = {}

    def send(ids: list[str], text: str, source: str) -> None:
        for entry_id in ids:
            payload = {"id": entry_id, "kind": "note", "text": text, "team_id": team}
            body = json.dumps(payload).encode()  # "\ud800" travels as valid JSON
            answers[entry_id] = room.post(path, body, source=source).status

    workers = (
        [  # fifteen phones and one that sends what cannot be stored, each its address
            threading.Thread(
                target=send, args=(good[n::15], f"Entry {n}", f"127.0.1.{n + 1}"), daemon=True
            )
            for n in range(15)
        ]
        + [threading.Thread(target=send, args=(bad, "Broken \ud800 text", OTHER), daemon=True)]
    )
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [answers.get(i) for i in good] == [201] * len(good)
    assert [answers.get(i) for i in bad] == [400] * len(bad)
    assert room.file.log.count() == len(good)


@pytest.mark.parametrize("text", ["\ud800", "a\udfffb", "bell \x07", "nul \x00", "esc \x1b[31m"])
def test_text_that_cannot_be_stored_is_refused_before_the_database(room: Room, text: str) -> None:
    reply = room.post(
        room.base(NOTE) + "/entries",
        json.dumps({"id": str(uuid.uuid4()), "kind": "note", "text": text}).encode(),
    )
    assert reply.status == 400
    assert "cannot be stored" in reply.json()["error"]
    assert reply.json()["code"] == "unstorable"  # which the page says in its own language
    assert room.file.log.count() == 0


def test_deeply_nested_json_is_a_bad_request_at_once(room: Room) -> None:
    body = b"[" * 30_000 + b"]" * 30_000  # under the size cap
    began = time.monotonic()
    reply = room.post(room.base(NOTE) + "/entries", body)
    assert reply.status == 400
    assert time.monotonic() - began < 1.0


def test_a_body_shorter_than_its_length_is_a_bad_request_within_a_second(room: Room) -> None:
    body = json.dumps({"id": str(uuid.uuid4()), "kind": "note", "text": "half"}).encode()
    began = time.monotonic()
    answer = _raw(room, _post_head(room, room.base(NOTE) + "/entries", len(body) + 40) + body)
    elapsed = time.monotonic() - began
    assert answer.startswith(b"HTTP/1.0 400"), answer[:80]
    assert b'"retry":true' in answer  # the phone sends it again by itself
    assert elapsed < 1.0
    assert room.file.log.count() == 0


def test_an_entry_about_an_inject_deleted_meanwhile_is_kept_without_it(room: Room) -> None:
    reply = room.log_entry(team_id(room), "About a vanished inject", inject_id=str(uuid.uuid4()))
    assert reply.status == 201
    assert reply.json()["notes"] == ["inject_gone"]
    (stored,) = room.file.log.all()
    assert (stored.text, stored.inject_id) == ("About a vanished inject", None)


# ---------------------------------------------------------------- objectives


def _objective(room: Room, code: str) -> str:
    found = next(o for o in room.file.exercise.load().objectives if o.code == code)
    return found.id


def test_an_entry_carries_the_objective_the_phone_chose(room: Room) -> None:
    chosen = _objective(room, "O2")
    assert room.log_entry(team_id(room), objective_id=chosen).status == 201
    (stored,) = room.file.log.all()
    assert stored.objective_id == chosen


def test_an_entry_about_an_inject_with_one_objective_takes_that_objective(room: Room) -> None:
    inject = room.file.injects.by_number(1)  # it tests O1 alone
    assert inject is not None
    assert room.log_entry(team_id(room), inject_id=inject.id).status == 201
    assert [e.objective_id for e in room.file.log.all()] == [_objective(room, "O1")]


def test_an_unknown_objective_is_left_out_and_noted(room: Room) -> None:
    reply = room.log_entry(team_id(room), objective_id="no-such-objective")
    assert reply.status == 201 and reply.json()["notes"] == ["objective_gone"]
    assert [e.objective_id for e in room.file.log.all()] == [None]


# ------------------------------------------------------------------ what roles see


def test_the_note_taker_view_lists_released_injects_only(room: Room) -> None:
    base = room.base(NOTE)
    assert room.get(base + "/state").json()["injects"] == []
    for number in (3, 1):
        inject = room.file.injects.by_number(number)
        assert inject is not None
        room.file.injects.set_status(inject.id, InjectStatus.RELEASED)
    state = room.get(base + "/state").json()
    assert [(i["number"], i["title"]) for i in state["injects"]] == [
        (1, "Gauge passes warning level"),
        (3, "Rumour of a dam failure"),
    ]
    assert "Minister arrives" not in room.get(base + "/state").text  # inject 4, not released
    assert [o["code"] for o in state["objectives"]] == ["O1", "O2"]


# -------------------------------------------------------------------- feedback


def _form(**fields: Any) -> dict[str, Any]:
    big = "x" * 1000
    return {
        "id": str(uuid.uuid4()),
        "name": "n" * 120,
        "organisation": "o" * 200,
        "strengths": [big] * 3,
        "improvements": [big] * 3,
        "missed": "m" * 4000,
        "ratings": {"structure": 1, "scenario": 1},
    } | fields


def test_feedback_stuffing_from_one_address_is_capped(room: Room) -> None:
    path = room.base(PARTICIPANT) + "/feedback"
    device = {"X-TTX-Device": "0000aaaa-0000-4000-8000-000000000000"}
    statuses = [room.post(path, _form(), device).status for _ in range(120)]
    stored = len(room.file.exercise.load().feedback)
    assert stored <= 20 and statuses == [201] * stored + [429] * (120 - stored)
    assert "from this phone" in room.post(path, _form(), device).json()["error"]


def test_the_stored_feedback_of_an_exercise_is_capped(mini_path: Path) -> None:
    opened = open_room(mini_path, Limits(max_feedback_forms=3, feedback_per_address_hour=100))
    try:
        path = opened.base(PARTICIPANT) + "/feedback"
        statuses = [opened.post(path, _form()).status for _ in range(5)]
        assert statuses == [201, 201, 201, 413, 413]
        assert len(opened.file.exercise.load().feedback) == 3
    finally:
        close_room(opened)


def test_a_phone_edits_its_one_form_and_the_console_counts_forms_and_phones(room: Room) -> None:
    path = room.base(PARTICIPANT) + "/feedback"
    mine = {"X-TTX-Device": "0000aaaa-0000-4000-8000-000000000000"}
    theirs = {"X-TTX-Device": "0000bbbb-0000-4000-8000-000000000000"}
    form = _form(organisation="District Hospital")
    assert room.post(path, form, mine).status == 201
    assert room.post(path, form, mine).status == 200  # sent again as it was
    assert room.post(path, form | {"organisation": "Regional Hospital"}, mine).status == 200
    assert room.post(path, form | {"organisation": "Hijacked"}, theirs).status == 409
    stored = room.file.exercise.load().feedback
    assert [(f.organisation, f.device) for f in stored] == [
        ("Regional Hospital", mine["X-TTX-Device"])
    ]
    assert room.post(path, _form(), theirs).status == 201
    assert room.store.feedback_tally() == (2, 2)


# ------------------------------------------------------------- any input at all

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
_FIELDS = ["id", "kind", "text", "team_id", "inject_id", "objective_id", "author"]


@given(text=st.text())
@settings(max_examples=300, deadline=None)
def test_any_text_is_accepted_as_storable_or_refused_with_a_reason(text: str) -> None:
    try:
        accepted = text_field(text, "text")
    except Refused as refusal:
        assert refusal.status in (400, 413) and refusal.message
    else:
        accepted.encode("utf-8")  # no lone surrogate
        assert not any(ord(c) < 32 and c not in "\t\n\r" for c in accepted)


@given(body=st.dictionaries(st.sampled_from(_FIELDS), _JSON | st.uuids().map(str), max_size=7))
@settings(max_examples=300, deadline=None)
def test_any_entry_body_gives_an_entry_or_a_refusal(body: dict[str, Any]) -> None:
    snapshot = Snapshot(_MINI, ExerciseClock(), 0)
    try:
        entry_id, asked = entry_request(body)
        try:
            entry, notes = phone_entry(
                snapshot, asked, entry_id, logged_at=utc_now(), now=read_clocks()
            )
        except EntryRefused as refused:
            raise entry_refusal(refused) from None
    except Refused as refusal:
        assert 400 <= refusal.status < 500 and refusal.message
    else:
        entry.text.encode("utf-8")
        assert set(notes) <= {"inject_gone", "objective_gone"}


_MINI = load_definition(Path(__file__).parent / "data" / "mini.yaml")


_FORM_FIELDS = ["id", "name", "organisation", "role", "strengths", "improvements", "missed",
                "corrective", "ratings"]  # fmt: skip


@given(body=st.dictionaries(st.sampled_from(_FORM_FIELDS), _JSON | st.uuids().map(str)))
@settings(max_examples=300, deadline=None)
def test_any_feedback_body_gives_a_form_or_a_refusal(body: dict[str, Any]) -> None:
    try:
        form = feedback_from(body)
    except Refused as refusal:
        assert 400 <= refusal.status < 500 and refusal.message
    else:
        form.missed.encode("utf-8")
