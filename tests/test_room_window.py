"""The room and the merge in the real main window: the Room menu, its dock and status sign, File →
Merge, the presenter's join code, and the controller closing the room with the exercise."""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QDockWidget

from tests.conftest import DATA
from tests.fake_dialogs import FakeDialogs
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.gui.note_panel import KIND_KEYS
from ttx_desktop.room.room_service import room_service_for
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.storage.exercise_file import ExerciseFile

pytestmark = pytest.mark.gui
LOOPBACK = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> int:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("GET", parts.path)
        return conn.getresponse().status
    finally:
        conn.close()


def _post_entry(url: str, text: str, team_id: str) -> int:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    payload = {"id": str(uuid.uuid4()), "kind": "decision", "text": text, "team_id": team_id}
    headers = {"Content-Type": "application/json", "Origin": f"http://{parts.netloc}"}
    try:
        conn.request("POST", parts.path + "/entries", json.dumps(payload), headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@pytest.fixture
def window(shown_window: Any) -> Any:
    return shown_window


def _texts(menu: Any) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _open_room(window: Any) -> Any:
    """Room → Open the room…, then Open on loopback, as a facilitator would for a demo."""
    window.room_menu.open_action.trigger()
    panel = window.room_menu.panel
    panel.address.setCurrentIndex(panel.address.findData(LOOPBACK))
    panel.port.setValue(_free_port())
    panel.start_button.click()
    assert window.session.room_open
    return panel


def test_the_room_menu_sits_before_help_and_its_key_leaves_note_taking_alone(
    window: Any,
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Roo&m") == titles.index("&Help") - 1
    mnemonics = [re.search("&(.)", t).group(1).lower() for t in titles]  # type: ignore[union-attr]
    assert len(set(mnemonics)) == len(mnemonics)
    kind_letters = {keys.removeprefix("Alt+").lower() for _kind, keys in KIND_KEYS}
    assert not kind_letters & set(mnemonics)
    assert _texts(window._menus["room"]) == [
        "Open the room…",
        "Stop the room",
        "New note-taker link",
        "Close note-taker link",
        "New participant link",
        "Close participant link",
        "New rapporteur link",
        "Close rapporteur link",
        "Print join sheet…",
        "Save join sheet as PDF…",
    ]
    inside = [a.text() for a in window._menus["room"].actions() if not a.isSeparator()]
    letters = [re.search("&(.)", t).group(1).lower() for t in inside]  # type: ignore[union-attr]
    assert len(set(letters)) == len(letters)  # each of the menu's actions has its own key
    assert [a.isEnabled() for a in window._menus["room"].actions() if not a.isSeparator()] == [
        True,
        *[False] * 9,
    ]


def test_the_room_costs_nothing_until_it_is_asked_for(window: Any, session: Any) -> None:
    assert window.findChild(QDockWidget, "dock_room") is None
    assert window.room_menu.panel is None
    assert session._room is None  # the room's server code is not even loaded for it
    window.room_menu.open_action.trigger()
    dock = window.findChild(QDockWidget, "dock_room")
    assert dock is not None and dock.isVisible()
    assert dock.widget().widget() is window.room_menu.panel  # in a scroll area
    beside = window.findChild(QDockWidget, "dock_next")
    assert dock not in window.tabifiedDockWidgets(beside)  # both in sight, neither over the other
    assert beside.isVisible() and not beside.visibleRegion().isEmpty()
    assert not session.room_open


def test_opened_from_the_menu_the_room_shows_where_and_who_and_stops_from_the_menu(
    qtbot: Any, window: Any, session: Any
) -> None:
    panel = _open_room(window)
    room = room_service_for(session)
    sign = window.room_menu.sign
    assert sign.isVisible() and f"{LOOPBACK}:{room.port}" in sign.text()
    assert "devices: 0" in sign.text()
    assert f"{LOOPBACK}:{room.port}" in panel.state.text()
    assert panel.start_button.text() == "Stop the room"
    enabled = [a.isEnabled() for a in window._menus["room"].actions() if not a.isSeparator()]
    assert enabled == [True] * 10
    assert _get(room.join_url(RoomRole.PARTICIPANT)) == 200
    with qtbot.waitSignal(room.devices_changed, timeout=5000):
        pass  # devices are counted every two seconds
    assert "devices: 1" in sign.text()
    window.room_menu.dock.close()
    sign.click()  # the sign brings the room back into view
    assert window.room_menu.dock.isVisible()
    url = room.join_url(RoomRole.NOTE_TAKER)
    window.room_menu.stop_action.trigger()
    assert not session.room_open and not sign.isVisible()
    assert panel.start_button.text() == "Open the room"
    with pytest.raises(OSError):
        _get(url)


def test_links_are_renewed_and_closed_from_the_menu(
    window: Any, session: Any, dialogs: FakeDialogs
) -> None:
    _open_room(window)
    room = room_service_for(session)
    old = room.join_url(RoomRole.NOTE_TAKER)
    rotate, revoke = (
        next(a for r, kind, a in window.room_menu.link_actions if r is role and kind == what)
        for role, what in ((RoomRole.NOTE_TAKER, "rotate"), (RoomRole.NOTE_TAKER, "revoke"))
    )
    rotate.trigger()
    new = room.join_url(RoomRole.NOTE_TAKER)
    assert new != old and _get(old) == 404 and _get(new) == 200
    assert window.room_menu.panel.boxes[RoomRole.NOTE_TAKER].url.text() == new
    dialogs.confirm_answers.append(False)
    revoke.trigger()
    assert room.join_url(RoomRole.NOTE_TAKER) == new  # the facilitator said no
    dialogs.confirm_answers.append(True)
    revoke.trigger()
    assert room.join_url(RoomRole.NOTE_TAKER) == "" and _get(new) == 404
    assert not revoke.isEnabled() and rotate.isEnabled()


def test_the_join_sheet_is_saved_from_the_menu(
    window: Any, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    _open_room(window)
    dialogs.path_answers.append(tmp_path / "join")
    window.room_menu.pdf_action.trigger()
    assert (tmp_path / "join.pdf").read_bytes().startswith(b"%PDF")


def test_a_phones_entry_reaches_the_log_view_of_the_window(
    qtbot: Any, window: Any, session: Any
) -> None:
    _open_room(window)
    window.show_view("log")
    team = session.exercise.teams[0]
    url = room_service_for(session).join_url(RoomRole.NOTE_TAKER)
    with qtbot.waitSignal(session.log.entry_logged, timeout=2000):
        assert _post_entry(url, "Open the shelters at the school", team.id) == 201
    model = window.panels["log"].model
    assert model.entry_at(0).text == "Open the shelters at the school"


def test_the_presenter_shows_the_join_code_only_while_the_room_is_open(
    qtbot: Any, window: Any, session: Any
) -> None:
    from ttx_desktop.gui.presenter_window import PresenterWindow

    presenter = PresenterWindow(session)
    qtbot.addWidget(presenter)
    presenter.show()
    assert presenter.qr_payload() == "" and not presenter.qr_caption.isVisible()
    _open_room(window)
    first = room_service_for(session).join_url(RoomRole.PARTICIPANT)
    assert presenter.qr_payload() == first and presenter.qr_caption.isVisible()
    assert not presenter.qr.pixmap().isNull()
    rotate = next(
        a
        for r, kind, a in window.room_menu.link_actions
        if r is RoomRole.PARTICIPANT and kind == "rotate"
    )
    rotate.trigger()
    assert (
        presenter.qr_payload() == room_service_for(session).join_url(RoomRole.PARTICIPANT) != first
    )
    inject = session.timeline.injects()[0]
    session.timeline.release(inject.id)
    assert presenter.qr_payload() == room_service_for(session).join_url(RoomRole.PARTICIPANT)
    window.room_menu.stop_action.trigger()
    assert inject.title in presenter.qr_payload()  # back to the inject's own code
    assert not presenter.qr_caption.isVisible()


def _controlled(qtbot: Any, tmp_path: Path) -> tuple[Any, Any, FakeDialogs]:
    """The real window with its controller, as the program runs them: (window, controller,
    the dialogs it asks)."""
    from ttx_desktop.app import Controller, temporary_settings

    dialogs = FakeDialogs()
    settings = temporary_settings(tmp_path)
    main = MainWindow(dialogs, settings)  # type: ignore[arg-type]
    qtbot.addWidget(main)
    return main, Controller(main, dialogs, settings, tmp_path), dialogs  # type: ignore[arg-type]


def test_closing_the_exercise_or_the_program_closes_the_room(
    qtbot: Any, tmp_path: Path, mini_path: Path
) -> None:
    main, controller, dialogs = _controlled(qtbot, tmp_path)
    assert controller.open(mini_path), dialogs.errors()
    _open_room(main)
    url = room_service_for(controller.session).join_url(RoomRole.PARTICIPANT)  # type: ignore[arg-type]
    assert _get(url) == 200
    controller.close_session()  # File → Close exercise, and what the program does on quitting
    with pytest.raises(OSError):
        _get(url)
    assert main.room_menu is None and not main._menus["room"].isEnabled()


QUIT_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from tests.fake_dialogs import FakeDialogs
from ttx_desktop.app import Controller, make_application, temporary_settings
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.room.room_service import room_service_for

app = make_application(sys.argv[:1])
folder = Path(sys.argv[2])
window = MainWindow(FakeDialogs(), temporary_settings(folder))
controller = Controller(window, FakeDialogs(), temporary_settings(folder), folder)
window.show()
controller.open(Path(sys.argv[1]))
room_service_for(controller.session).start("127.0.0.1", 0)
controller.show_presenter()
QTimer.singleShot(300, window.close)
QTimer.singleShot(30_000, lambda: app.exit(3))  # the loop never ended: the room would serve on
code = app.exec()
controller.close_session()  # as run_gui does once the loop ends
sys.exit(code)
"""


def test_closing_the_window_quits_though_the_presenter_is_still_up(
    tmp_path: Path, mini_path: Path
) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, str(mini_path), str(tmp_path)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
        cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def _merge_action(window: Any) -> Any:
    return next(
        a for a in window._menus["file"].actions() if a.text() == "&Merge another laptop's copy…"
    )


def test_file_merge_brings_in_the_other_laptops_entries_and_reports_conflicts(
    qtbot: Any, window: Any, session: Any, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    other = tmp_path / "laptop2.ttxdb"
    ExerciseFile.create(other, load_definition(DATA / "mini.yaml")).close()
    team = session.exercise.teams[0].id
    with ExerciseFile.open(other) as xf:
        xf.db.execute("UPDATE inject SET title = 'Edited on laptop two' WHERE number = 1")
    from ttx_desktop.services.log_service import LogService

    with ExerciseFile.open(other) as xf:
        exercise = xf.exercise.load(with_log=False)
        LogService(xf.log, exercise, lambda: (None, None)).log(
            "action", "Logged on laptop two", team_id=team, author="Second note-taker"
        )
    window.show_view("log")
    dialogs.path_answers.append(other)
    _merge_action(window).trigger()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _, _ in dialogs.shown), timeout=10_000)
    title, text = next((t, x) for kind, t, x in dialogs.shown if kind == "info")
    assert title == "Merged" and text.startswith("From laptop2.ttxdb: added 1 log entries")
    assert "inject 1 (" in text and "differs in the other copy (title)" in text
    assert window.panels["log"].model.entry_at(0).text == "Logged on laptop two"
    assert next(i for i in session.exercise.injects if i.number == 1).title != (
        "Edited on laptop two"
    )  # reported, not overwritten


def test_file_merge_refuses_another_exercise_with_a_message(
    qtbot: Any, window: Any, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    import dataclasses

    from ttx_desktop.domain.ids import new_id

    exercise = load_definition(DATA / "mini.yaml")
    foreign = dataclasses.replace(
        exercise, details=dataclasses.replace(exercise.details, id=new_id())
    )
    path = tmp_path / "other-exercise.ttxdb"
    ExerciseFile.create(path, foreign).close()
    dialogs.path_answers.append(path)
    _merge_action(window).trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors()), timeout=10_000)
    assert dialogs.errors()[0].startswith(f"{path}: is a copy of another exercise")
    qtbot.waitUntil(lambda: _merge_action(window).isEnabled(), timeout=5000)


def test_a_read_only_exercise_merges_nothing(
    qtbot: Any, tmp_path: Path, mini_path: Path, dialogs: FakeDialogs
) -> None:
    from ttx_desktop.app import temporary_settings
    from ttx_desktop.services.session import Session

    readonly = Session(ExerciseFile.open(mini_path, readonly=True))
    main = MainWindow(dialogs, temporary_settings(tmp_path))  # type: ignore[arg-type]
    qtbot.addWidget(main)
    main.set_session(readonly)
    try:
        assert not _merge_action(main).isEnabled()
        main.room_menu.open_action.trigger()
        main.room_menu.panel.start_button.click()
        assert "read-only" in dialogs.errors()[0] and not readonly.room_open
    finally:
        main.set_session(None)
        readonly.close()


def test_with_phones_in_the_room_closing_the_exercise_or_window_asks_first(
    qtbot: Any, tmp_path: Path, mini_path: Path
) -> None:
    main, controller, dialogs = _controlled(qtbot, tmp_path)
    main.show()
    assert controller.open(mini_path), dialogs.errors()
    _open_room(main)
    session = controller.session
    assert session is not None
    main.close_requested.emit()  # no phone has called yet: closes without a question
    assert controller.session is None and not [s for s in dialogs.shown if s[0] == "confirm"]

    assert controller.open(mini_path), dialogs.errors()
    _open_room(main)
    session = controller.session
    url = room_service_for(session).join_url(RoomRole.PARTICIPANT)  # type: ignore[arg-type]
    assert _get(url) == 200  # a phone in the room
    dialogs.confirm_answers = [False, False, False]
    main.close_requested.emit()  # File → Close exercise: "no"
    assert main.close() is False and main.isVisible()  # the window's close button: "no"
    assert not controller.open(mini_path)  # opening another file closes this one: "no"
    asked = [s for s in dialogs.shown if s[0] == "confirm"]
    assert len(asked) == 3 and "1" in asked[0][2]
    assert controller.session is session and session.room_open  # type: ignore[union-attr]
    assert _get(url) == 200
    dialogs.confirm_answers = [True]
    main.close_requested.emit()
    assert controller.session is None
    with pytest.raises(OSError):
        _get(url)
