"""The room from the console: the service, its panel, the log view, and the `room` command."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings

from tests.fake_dialogs import FakeDialogs
from ttx_desktop.domain.model import InjectStatus
from ttx_desktop.gui.log_panel import LogPanel
from ttx_desktop.gui.room_panel import RoomPanel
from ttx_desktop.room.addresses import Address
from ttx_desktop.room.room_service import RoomService
from ttx_desktop.room.server import RoomRefused
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.changes import OpChanges

pytestmark = pytest.mark.gui
LOOPBACK = "127.0.0.1"


def _feedback(changes: OpChanges) -> bool:
    return changes.feedback


def _post(
    url: str, payload: dict[str, Any], path: str, *, device: str = ""
) -> tuple[int, dict[str, Any]]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    origin = f"http://{parts.hostname}:{parts.port}"
    headers = {"Content-Type": "application/json", "Origin": origin}
    if device:
        headers["X-TTX-Device"] = device
    conn.request("POST", parts.path + path, json.dumps(payload), headers)
    response = conn.getresponse()
    answer = response.status, json.loads(response.read())
    conn.close()
    return answer


def _get(url: str) -> int:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", parts.path)
    status = conn.getresponse().status
    conn.close()
    return status


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def service(session: Any) -> Iterator[RoomService]:
    room = RoomService(session)
    yield room
    room.stop()


def test_a_phones_entry_reaches_the_console_log_after_its_commit(
    qtbot: Any, session: Any, service: RoomService, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = LogPanel(session, FakeDialogs(), settings=settings)
    qtbot.addWidget(panel)
    service.start(LOOPBACK, 0)
    assert session.room_url == service.join_url(RoomRole.PARTICIPANT) != ""
    team = session.exercise.teams[0]
    entry_id = str(uuid.uuid4())
    payload = {"id": entry_id, "kind": "action", "text": "Sandbags", "team_id": team.id}
    # The window is never blocked: the server answers from its own thread while this one
    # waits in the event loop, and the view hears of the entry through a queued signal.
    with qtbot.waitSignal(session.log.entry_logged, timeout=2000) as arrived:
        status, answer = _post(service.join_url(RoomRole.NOTE_TAKER), payload, "/entries")
    assert (status, answer["saved"]) == (201, True)
    assert arrived.args[0].id == entry_id
    assert panel.model.entry_at(0).text == "Sandbags"  # type: ignore[union-attr]
    assert session.file.log.get(entry_id).source == "room"


def test_many_arrivals_wake_the_window_once_and_reach_it_in_order(
    qtbot: Any, session: Any, service: RoomService
) -> None:
    import threading

    from ttx_desktop.domain.ids import utc_now
    from ttx_desktop.domain.model import EntryKind, LogEntry

    wakes: list[int] = []
    service._entries_stored.connect(lambda: wakes.append(1))
    heard: list[str] = []
    session.log.entry_logged.connect(lambda entry: heard.append(entry.id))
    entries = []
    for n in range(300):
        entry = LogEntry(id=f"p{n}", kind=EntryKind.NOTE, text=f"note {n}", logged_at=utc_now())
        session.file.log.append(entry)  # as the server does: stored first, then announced
        entries.append(entry)

    def server_thread() -> None:
        for entry in entries:
            service._entry_from_server(entry)

    worker = threading.Thread(target=server_thread)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(heard) == len(entries), timeout=5000)
    assert heard == [e.id for e in entries]  # every one, once, in the order stored
    assert len(wakes) == 1  # one queued wake-up, not three hundred


def test_the_presenter_link_follows_the_room(service: RoomService, session: Any) -> None:
    service.start(LOOPBACK, 0)
    first = session.room_url
    assert first.startswith(f"http://{LOOPBACK}:") and "/p/" in first
    assert service.rotate(RoomRole.PARTICIPANT) == session.room_url != first
    service.revoke(RoomRole.PARTICIPANT)
    assert session.room_url == ""
    service.stop()
    assert session.room_url == "" and not service.running


def test_closing_the_session_closes_the_room(session: Any) -> None:
    room = RoomService(session)
    room.start(LOOPBACK, 0)
    url = room.join_url(RoomRole.PARTICIPANT)
    session.close()
    assert not room.running
    with pytest.raises(OSError):
        _get(url)


def test_a_read_only_exercise_hosts_no_room(qapp: Any, mini_path: Path) -> None:
    from ttx_desktop.services.session import Session
    from ttx_desktop.storage.exercise_file import ExerciseFile

    readonly = Session(ExerciseFile.open(mini_path, readonly=True))
    try:
        with pytest.raises(RoomRefused):
            RoomService(readonly).start(LOOPBACK, 0)
    finally:
        readonly.close()


def test_the_panel_opens_the_room_shows_codes_rotates_revokes_and_saves_the_sheet(
    qtbot: Any, session: Any, service: RoomService, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    panel = RoomPanel(session, dialogs, service=service, addresses=[Address(LOOPBACK, "lo")])
    qtbot.addWidget(panel)
    assert panel.address.currentData() == LOOPBACK
    assert not panel.boxes[RoomRole.NOTE_TAKER].rotate_button.isEnabled()
    panel.port.setValue(_free_port())
    panel.start_button.click()
    assert service.running, dialogs.errors()
    note = panel.boxes[RoomRole.NOTE_TAKER]
    old = note.url.text()
    assert old == service.join_url(RoomRole.NOTE_TAKER) and not note.qr.pixmap().isNull()
    assert f"{LOOPBACK}:{panel.port.value()}" in panel.state.text()
    note.rotate_button.click()
    assert note.url.text() != old and _get(old) == 404
    assert _get(note.url.text()) == 200
    with qtbot.waitSignal(service.devices_changed, timeout=5000):
        pass  # the GET above came from a device; the count is polled every two seconds
    assert "1" in panel.state.text()
    sheet = tmp_path / "join.pdf"
    dialogs.path_answers.append(sheet)
    panel.pdf_button.click()
    assert sheet.read_bytes().startswith(b"%PDF")
    dialogs.confirm_answers.append(True)
    note.revoke_button.click()
    assert service.join_url(RoomRole.NOTE_TAKER) == "" and note.qr.pixmap().isNull()
    panel.start_button.click()
    assert not service.running


def test_a_port_in_use_is_told_not_raised(qtbot: Any, session: Any, service: RoomService) -> None:
    dialogs = FakeDialogs()
    panel = RoomPanel(session, dialogs, service=service, addresses=[Address(LOOPBACK, "lo")])
    qtbot.addWidget(panel)
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen()
        panel.port.setValue(taken.getsockname()[1])
        panel.start_button.click()
    assert not service.running
    assert "cannot listen" in dialogs.errors()[0]


def test_the_room_command_prints_a_link_per_role_and_stops_on_ctrl_c(mini_path: Path) -> None:
    command = [sys.executable, "-m", "ttx_desktop", "room", str(mini_path)]
    process = subprocess.Popen(
        [*command, "--bind", LOOPBACK, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        opened = process.stdout.readline()
        links = dict(process.stdout.readline().strip().split(": ", 1) for _ in RoomRole)
        assert "the room is open at http://127.0.0.1:" in opened
        assert set(links) == {"note-taker", "participant", "rapporteur"}
        assert _get(links["rapporteur"]) == 200
        assert _get(links["participant"]) == 200
        team_id = _team_id(mini_path)
        payload = {"id": str(uuid.uuid4()), "kind": "note", "text": "By CLI", "team_id": team_id}
        assert _post(links["note-taker"], payload, "/entries")[0] == 201
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "the room is closed" in out
    from ttx_desktop.storage.exercise_file import ExerciseFile

    with ExerciseFile.open(mini_path, readonly=True) as xf:
        assert [e.text for e in xf.log.all()] == ["By CLI"]


def _team_id(path: Path) -> str:
    from ttx_desktop.storage.exercise_file import ExerciseFile

    with ExerciseFile.open(path, readonly=True) as xf:
        return xf.exercise.load(with_log=False).teams[0].id


def test_the_room_command_refuses_every_interface_and_a_busy_file(mini_path: Path) -> None:
    from ttx_desktop.storage.exercise_file import ExerciseFile

    command = [sys.executable, "-m", "ttx_desktop", "room", str(mini_path), "--port", "0"]
    wildcard = subprocess.run(
        [*command, "--bind", "0.0.0.0"], capture_output=True, text=True, check=False
    )
    assert wildcard.returncode == 1
    assert wildcard.stderr.count("\n") == 1 and "never listens on all" in wildcard.stderr
    with ExerciseFile.open(mini_path):
        busy = subprocess.run(
            [*command, "--bind", LOOPBACK], capture_output=True, text=True, check=False
        )
    assert busy.returncode == 1 and "open for writing" in busy.stderr


def test_released_injects_reach_participants_through_the_console(
    session: Any, service: RoomService
) -> None:
    service.start(LOOPBACK, 0)
    inject = session.timeline.injects()[0]
    session.timeline.release(inject.id)
    parts = urlsplit(service.join_url(RoomRole.PARTICIPANT))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", parts.path + "/state")
    state = json.loads(conn.getresponse().read())
    conn.close()
    assert [i["id"] for i in state["injects"]] == [inject.id]
    assert session.file.injects.get(inject.id).status is InjectStatus.RELEASED


def test_the_panel_counts_feedback_forms_and_the_phones_they_came_from(
    qtbot: Any, session: Any, service: RoomService
) -> None:
    panel = RoomPanel(session, FakeDialogs(), service=service, addresses=[])
    qtbot.addWidget(panel)
    assert panel.feedback.isHidden()  # no form yet: nothing to count
    service.start(LOOPBACK, 0)
    url = service.join_url(RoomRole.PARTICIPANT)
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    for form_id, device, organisation in (
        (first, "0000aaaa-0000-4000-8000-000000000000", "Fire service"),
        (first, "0000aaaa-0000-4000-8000-000000000000", "County fire service"),  # edited
        (second, "0000bbbb-0000-4000-8000-000000000000", "Hospital"),
    ):
        with qtbot.waitSignal(session.changed, timeout=5000, check_params_cb=_feedback):
            status, _ = _post(url, {"id": form_id, "organisation": organisation}, "/feedback",
                              device=device)  # fmt: skip
            assert status in (200, 201)
    assert service.feedback_tally() == (2, 2)
    assert panel.feedback.text() == "Feedback forms: 2, from 2 phones"
