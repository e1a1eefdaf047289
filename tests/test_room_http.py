"""The room server over real HTTP on 127.0.0.1: each role's pages and API, and every refusal."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path

import pytest

from tests.room_helpers import LOOPBACK, Room, close_room, open_room, team_id
from ttx_desktop.domain.model import InjectStatus
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.room.limits import Limits
from ttx_desktop.room.server import RoomRefused, RoomServer
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.storage.exercise_file import ExerciseFile

DATA = Path(__file__).parent / "data"
NOTE, PARTICIPANT = RoomRole.NOTE_TAKER, RoomRole.PARTICIPANT


def _release(room: Room, number: int) -> str:
    inject = room.file.injects.by_number(number)
    assert inject is not None
    room.file.injects.set_status(inject.id, InjectStatus.RELEASED)  # the console's connection
    return inject.id


# ------------------------------------------------------------------------- pages


@pytest.mark.parametrize("role", list(RoomRole))
def test_each_role_gets_its_page_with_strict_headers(room: Room, role: RoomRole) -> None:
    reply = room.get(room.base(role))
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
    csp = reply.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert reply.headers["Cache-Control"] == "no-store"
    assert reply.headers["Referrer-Policy"] == "no-referrer"
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    assert "Mini exercise: flood at Riverton" in reply.text
    assert f'<script src="{room.base(role)}/app.js"></script>' in reply.text
    assert "<script>" not in reply.text  # no inline script: only the served file and data
    assert "http://" not in reply.text and "https://" not in reply.text  # no outside assets
    for asset, kind in (("app.js", "text/javascript"), ("app.css", "text/css")):
        served = room.get(f"{room.base(role)}/{asset}")
        assert served.status == 200
        assert served.headers["Content-Type"].startswith(kind)


def test_the_participant_page_carries_the_feedback_form(room: Room) -> None:
    page = room.get(room.base(PARTICIPANT)).text
    assert 'id="feedback"' in page
    assert page.count('type="radio" name="rate-') == 7 * 5  # seven statements rated 1 to 5
    assert page.count('name="strengths"') == 3 and page.count('name="improvements"') == 3


def test_pages_speak_russian_for_a_russian_exercise_or_browser(room: Room) -> None:
    asked = room.get(room.base(NOTE), headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert 'lang="en"' in asked.text  # the exercise's language comes first
    assert "Сохранить запись" in room.get(room.base(NOTE) + "?lang=ru").text
    assert "Анкета участника" in room.get(room.base(PARTICIPANT) + "?lang=ru").text


def test_the_note_taker_state_lists_teams_and_released_injects(room: Room) -> None:
    _release(room, 3)
    state = room.get(room.base(NOTE) + "/state").json()
    assert [t["code"] for t in state["teams"]] == ["CIV", "MED", "PRESS"]
    assert [i["number"] for i in state["injects"]] == [3]


def test_participants_see_their_teams_released_injects_newest_first(room: Room) -> None:
    base = room.base(PARTICIPANT)
    assert room.get(base + "/state").json()["injects"] == []
    _release(room, 1)
    _release(room, 2)
    state = room.get(base + "/state").json()
    assert [i["number"] for i in state["injects"]] == [2, 1]
    assert state["module"] == {
        "title": "Day 1: Rising water",
        "questions": ["Who decides to evacuate?", "How is the public told?"],
    }
    press = room.get(f"{base}/state?team={team_id(room, 'PRESS')}").json()
    assert press["injects"] == []  # injects 1 and 2 went to CIV and MED


# --------------------------------------------------------------------- writing


def test_an_entry_is_stored_once_however_often_it_is_sent(room: Room) -> None:
    team = team_id(room)
    entry_id = str(uuid.uuid4())
    first = room.log_entry(team, "Evacuate Low Street", id=entry_id, author="Olga")
    assert first.status == 201 and first.json() == {"saved": True, "id": entry_id, "new": True}
    again = room.log_entry(team, "Evacuate Low Street", id=entry_id, author="Olga")
    assert again.status == 200 and again.json()["new"] is False
    stored = room.file.log.get(entry_id, with_history=True)
    assert stored is not None
    assert (stored.text, stored.author, stored.source, stored.team_id) == (
        "Evacuate Low Street",
        "Olga",
        "room",
        team,
    )
    assert room.file.log.count() == 1
    assert [e.id for e in room.entries] == [entry_id]  # the console is told once


def test_a_feedback_form_is_stored_once(room: Room) -> None:
    form = {
        "id": str(uuid.uuid4()),
        "name": "",
        "organisation": "District Hospital",
        "role": "Duty manager",
        "strengths": ["Clear roles", "", "Good maps"],
        "improvements": ["Radio discipline"],
        "missed": "Night shift handover",
        "corrective": [{"action": "Train radio use", "priority": "high", "owner": "CIV"}],
        "ratings": {"structure": 5, "scenario": 4},
    }
    base = room.base(PARTICIPANT)
    assert room.post(base + "/feedback", form).status == 201
    assert room.post(base + "/feedback", form).status == 200
    stored = room.file.exercise.load().feedback
    assert len(stored) == 1
    assert stored[0].strengths == ("Clear roles", "Good maps")
    assert stored[0].ratings == (("structure", 5), ("scenario", 4))
    assert stored[0].corrective[0].owner == "CIV"


def test_text_is_stored_as_typed_and_served_escaped(room: Room) -> None:
    hostile = "<script>alert(1)</script>\tтаб & “quotes”\r\nnext line"
    entry_id = str(uuid.uuid4())
    assert room.log_entry(team_id(room), hostile, id=entry_id).status == 201
    stored = room.file.log.get(entry_id)
    assert stored is not None and stored.text == hostile.strip()
    _release(room, 3)  # its text holds "<b>Not true</b>"
    body = room.get(room.base(PARTICIPANT) + "/state").body
    assert b"<b>" not in body and b"\\u003cb\\u003e" in body


def test_a_hostile_exercise_title_is_escaped_in_pages(tmp_path: Path) -> None:
    exercise = load_definition(DATA / "mini.yaml")
    title = '<script>alert("x")</script>\x00\x1bEvil'
    details = dataclasses.replace(exercise.details, title=title)
    path = tmp_path / "hostile.ttxdb"
    ExerciseFile.create(path, dataclasses.replace(exercise, details=details)).close()
    opened = open_room(path)
    try:
        for role in RoomRole:
            page = opened.get(opened.base(role)).text
            assert "<script>alert" not in page
            assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\ufffd\ufffdEvil" in page
            assert "\x00" not in page and "\x1b" not in page
    finally:
        close_room(opened)


# ------------------------------------------------------------------- refusals


def test_missing_wrong_and_foreign_tokens_get_404(room: Room) -> None:
    note = room.server.tokens.token(NOTE)
    participant = room.server.tokens.token(PARTICIPANT)
    for path in (
        "/",
        "/n",
        "/n/",
        "/n//state",
        f"/n/{note[:-1]}",
        f"/n/{note}x",
        f"/n/{participant}",  # a participant's token opens no note-taker page
        f"/p/{note}/state",
        f"/x/{note}",
        f"/n/{note}/unknown",
        "/favicon.ico",
    ):
        reply = room.get(path)
        assert reply.status == 404, path
        assert reply.headers["Content-Security-Policy"].startswith("default-src 'none'")
    wrong = room.post(f"/n/{participant}/entries", {"id": str(uuid.uuid4())})
    assert wrong.status == 404
    assert room.file.log.count() == 0


def test_a_rotated_or_revoked_link_stops_at_once(room: Room) -> None:
    old = room.base(NOTE)
    room.server.tokens.rotate(NOTE)
    assert room.get(old).status == 404
    assert room.get(room.base(NOTE)).status == 200
    revoked = room.base(NOTE)
    room.server.tokens.revoke(NOTE)
    assert room.get(revoked).status == 404
    assert room.get("/n/").status == 404  # a revoked role has no empty token to match
    assert room.server.join_url(NOTE) == ""
    assert room.get(room.base(PARTICIPANT)).status == 200  # the other role is untouched


def test_tokens_survive_a_restart_of_the_room(mini_path: Path) -> None:
    first = open_room(mini_path)
    token = first.server.tokens.token(PARTICIPANT)
    close_room(first)
    second = open_room(mini_path)
    try:
        assert second.server.tokens.token(PARTICIPANT) == token
        assert second.get(second.base(PARTICIPANT)).status == 200
    finally:
        close_room(second)


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8765", "localhost", "127.0.0.1", "127.0.0.1:1", ""]
)
def test_a_wrong_host_header_gets_404(room: Room, host: str) -> None:
    assert room.get(room.base(PARTICIPANT), host=host).status == 404


def test_writes_need_post_json_and_the_rooms_own_origin(room: Room) -> None:
    path = room.base(NOTE) + "/entries"
    payload = {"id": str(uuid.uuid4()), "kind": "note", "text": "x", "team_id": team_id(room)}
    assert room.post(path, payload, {"Origin": "http://evil.example"}).status == 403
    assert room.post(path, payload, {"Origin": None}).status == 403  # type: ignore[dict-item]
    assert room.post(path, payload, {"Content-Type": "text/plain"}).status == 415
    assert room.post(path, b"{not json").status == 400
    assert room.post(path, b"[1, 2]").status == 400
    assert room.get(path).status == 404  # entries are only ever sent, never listed
    assert room.request("PUT", path, b"{}").status == 405
    assert room.post(room.base(NOTE), payload).status == 404  # a page takes no POST
    assert room.file.log.count() == 0


def test_bodies_over_the_cap_are_refused_before_they_are_read(room: Room) -> None:
    path = room.base(NOTE) + "/entries"
    big = json.dumps({"id": str(uuid.uuid4()), "text": "x" * 70_000}).encode()
    assert room.post(path, big).status == 413
    claimed = room.request(
        "POST",
        path,
        b"{}",
        {"Content-Type": "application/json", "Origin": room.origin, "Content-Length": "10000000"},
    )
    assert claimed.status == 413  # the claim alone is enough; the server never waits for it
    no_length = {"Content-Type": "application/json", "Origin": room.origin}
    assert room.request("POST", path, None, no_length).status == 411
    assert room.file.log.count() == 0


@pytest.mark.parametrize(
    ("field", "value", "status"),
    [
        ("text", "x" * 20_001, 413),
        ("author", "a" * 121, 413),
        ("text", "   ", 400),
        ("text", 42, 400),
        ("kind", "gossip", 400),
        ("team_id", "no-such-team", 400),
        ("id", "not-a-uuid", 400),
    ],
)
def test_fields_are_checked(room: Room, field: str, value: object, status: int) -> None:
    assert room.log_entry(team_id(room), **{field: value}).status == status
    assert room.file.log.count() == 0


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/n/../../etc/passwd",
        "/n/{note}/../../../etc/passwd",
        "/n/{note}/../{note}",
        "/n/{note}/%2e%2e/%2e%2e/etc/passwd",
        "/n/%2e%2e/%2e%2e/etc/passwd",
        "/n/{note}/app.js/..",
        "/n/{note}/%2Fetc%2Fpasswd",
        "/n/{note}/.%2e/app.js",
        "//etc/passwd",
        "/n/{note}//app.js",
        "/n/{note}/app.js%00",
        "/n/{note}\\..\\app.js",
        "http://127.0.0.1/n/{note}",
        "*",
    ],
)
def test_path_traversal_attempts_get_404(room: Room, path: str) -> None:
    reply = room.get(path.replace("{note}", room.server.tokens.token(NOTE)))
    assert reply.status in (400, 404)
    assert b"root:" not in reply.body


def test_clients_that_are_too_fast_get_429(mini_path: Path) -> None:
    opened = open_room(mini_path, Limits(rate_per_s=0.01, burst=5))
    try:
        statuses = [opened.get(opened.base(PARTICIPANT)).status for _ in range(8)]
        assert statuses[:5] == [200] * 5
        assert statuses[5:] == [429] * 3
        assert opened.get(opened.base(PARTICIPANT)).headers["Retry-After"] == "1"
    finally:
        close_room(opened)


def test_connections_beyond_the_cap_are_turned_away(mini_path: Path) -> None:
    import socket

    opened = open_room(mini_path, Limits(max_connections=2, request_deadline_s=30))
    idle = [socket.create_connection((LOOPBACK, opened.port)) for _ in range(2)]
    try:
        import time

        while opened.server._server is not None and opened.server._server.open_connections() < 2:
            time.sleep(0.01)
        assert opened.get(opened.base(PARTICIPANT)).status == 503
    finally:
        for sock in idle:
            sock.close()
        close_room(opened)


def test_a_query_with_too_many_fields_is_a_bad_request(room: Room) -> None:
    assert room.get(room.base(PARTICIPANT) + "/state?a=1&b=2&c=3&d=4&e=5").status == 400


def test_the_room_never_listens_on_every_interface(room: Room) -> None:
    server = RoomServer(room.server.desk)
    for address in ("0.0.0.0", "", "::"):
        with pytest.raises(RoomRefused):
            server.start(address, 0)
    assert not server.running


def test_a_client_that_trickles_its_request_is_cut_off(mini_path: Path) -> None:
    import socket

    opened = open_room(mini_path, Limits(header_timeout_s=0.5))
    try:
        with socket.create_connection((LOOPBACK, opened.port)) as slow:
            slow.settimeout(10)  # a bound for the test only; the server must close far sooner
            slow.sendall(b"GET " + opened.base(PARTICIPANT).encode())  # and never finishes
            assert slow.recv(1024) == b""  # closed by the server, not answered
        assert opened.get(opened.base(PARTICIPANT)).status == 200  # the room goes on
    finally:
        close_room(opened)


def test_devices_are_counted_by_their_id_or_address(room: Room) -> None:
    base = room.base(PARTICIPANT)
    for device in ("0" * 8 + "-1111", "0" * 8 + "-2222", "0" * 8 + "-1111"):
        room.get(base + "/state", headers={"X-TTX-Device": device})
    room.get(base + "/state")  # no id: counted by its address
    room.get("/p/wrong-token")  # a refused request is no device
    assert room.server.device_count() == 3
