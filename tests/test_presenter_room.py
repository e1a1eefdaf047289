"""The presenter for a room of six tables: whom the inject is for, a discussion round's
countdown, PAUSED in large type, and the console's keys and a clicker's from the projector."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from tests.fakes import FakeClocks
from ttx_desktop.domain.model import InjectStatus
from ttx_desktop.gui.presenter_window import PresenterWindow
from ttx_desktop.services.countdown_service import CountdownService, format_countdown
from ttx_desktop.services.session import Session

pytestmark = pytest.mark.gui


def _inject(session: Session, number: int) -> Any:
    return next(i for i in session.exercise.injects if i.number == number)


def _status(session: Session, number: int) -> InjectStatus:
    return next(i for i in session.timeline.injects() if i.number == number).status


@pytest.fixture
def presenter(qtbot: Any, session: Session) -> PresenterWindow:
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_room_sees_whom_the_inject_is_for_with_table_numbers(
    presenter: PresenterWindow, session: Session
) -> None:
    session.clock.start(session.exercise.modules[0].id)
    session.timeline.release(_inject(session, 3).id)  # to Media and Civil protection
    text = presenter.recipients.text()
    assert "Table 1 · Civil protection" in text and "Table 3 · Media" in text
    assert "Health services" not in text
    assert presenter.recipients.isVisible()
    assert presenter.recipients.font().pointSizeF() > presenter.inject_meta.font().pointSizeF()
    session.timeline.release(_inject(session, 4).id)  # to all
    assert presenter.recipients.text() == "For: all tables"


def test_paused_is_said_in_large_type_on_the_presenter_and_the_console(
    qtbot: Any, presenter: PresenterWindow, session: Session, dialogs: Any
) -> None:
    from ttx_desktop.gui.clock_panel import ClockPanel

    console = ClockPanel(session, dialogs)
    qtbot.addWidget(console)
    console.show()
    session.clock.start(session.exercise.modules[0].id)
    assert not presenter.paused.isVisible()
    session.clock.pause()
    console.refresh()
    assert presenter.paused.isVisible() and presenter.paused.text() == "PAUSED"
    assert presenter.paused.font().pointSizeF() >= presenter.inject_meta.font().pointSizeF()
    assert "PAUSED" in console.ui.stateLabel.text()
    assert "20pt" in console.ui.stateLabel.styleSheet()
    session.clock.resume()
    assert not presenter.paused.isVisible()


def test_a_discussion_round_counts_down_large_and_turns_amber_in_its_last_minute(
    qtbot: Any, presenter: PresenterWindow, session: Session, clocks: FakeClocks, dialogs: Any
) -> None:
    from ttx_desktop.gui.clock_panel import ClockPanel

    console = ClockPanel(session, dialogs)
    qtbot.addWidget(console)
    console.show()
    assert not presenter.round.isVisible() and not console.round_label.isVisible()
    dialogs.int_answers = [12]
    console.round_action.trigger()  # F6, with the duration asked for
    assert presenter.round.text() == "Discussion 12:00"
    assert console.round_label.isVisible() and "12:00" in console.round_label.text()
    clocks.advance(11 * 60 + 1)
    presenter._tick()
    console.refresh()
    assert presenter.round.text() == "Discussion 0:59"
    assert presenter.round.property("last") == "true"
    assert "#E2A200" in console.round_label.styleSheet()
    clocks.advance(120)
    presenter._tick()
    assert presenter.round.text() == "Time is up"
    console.stop_round_action.trigger()
    assert not presenter.round.isVisible()
    console.round_action.trigger()  # offers the last duration again
    assert session.countdown.minutes == 12 and presenter.round.text() == "Discussion 12:00"


@given(st.floats(min_value=0, max_value=6 * 3600, allow_nan=False))
def test_the_countdown_text_is_minutes_and_seconds_rounded_up(seconds: float) -> None:
    text = format_countdown(seconds)
    minutes, secs = text.split(":")
    total = int(minutes) * 60 + int(secs)
    assert total - 1 < seconds <= total and len(secs) == 2


def test_the_countdown_service_ignores_nothing_it_is_told() -> None:
    now = [100.0]
    countdown = CountdownService(lambda: now[0])
    assert countdown.remaining() is None and countdown.text() == ""
    countdown.start(10)
    now[0] += 30
    assert countdown.text() == "9:30" and not countdown.last_minute()
    with pytest.raises(ValueError):
        countdown.start(0)


@pytest.fixture
def console(qtbot: Any, tmp_path: Path, session: Session, dialogs: Any) -> Iterator[Any]:
    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    window = MainWindow(
        dialogs, temporary_settings(tmp_path), available=lambda: QRect(0, 0, 1366, 728)
    )
    qtbot.addWidget(window)
    window.set_session(session)
    window.show()
    yield window
    window.set_session(None)


def test_the_presenter_passes_f7_pagedown_and_b_on(
    qtbot: Any, presenter: PresenterWindow, console: Any, session: Session
) -> None:
    presenter.forward = console.forward_keys
    presenter.activateWindow()  # the projector's window has the keyboard, over the console
    qtbot.waitUntil(presenter.isActiveWindow)
    session.clock.start(session.exercise.modules[0].id)
    qtbot.keyClick(presenter, Qt.Key.Key_F7)  # the console's release, from the projector
    assert _status(session, 1) is InjectStatus.RELEASED
    assert presenter.current_inject().number == 1
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # a clicker: the next inject
    assert _status(session, 2) is InjectStatus.RELEASED
    assert presenter.current_inject().number == 2
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)  # back to the one before, nothing released
    assert presenter.current_inject().number == 1
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # forward to the latest, still nothing
    assert presenter.current_inject().number == 2
    assert _status(session, 3) is InjectStatus.PENDING
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.blacked_out
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert not presenter.blacked_out
    qtbot.keyClick(presenter, Qt.Key.Key_F9)  # the clock pauses from the projector too
    assert presenter.paused.isVisible()


def test_the_clicker_can_be_turned_off(
    qtbot: Any, presenter: PresenterWindow, console: Any, session: Session
) -> None:
    presenter.forward = console.forward_keys
    session.clock.start(session.exercise.modules[0].id)
    presenter.set_clicker(False)
    try:
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
        assert _status(session, 1) is InjectStatus.PENDING
    finally:
        presenter.set_clicker(True)


def test_the_agenda_of_the_day_shows_modules_presentations_and_breaks_on_a(
    qtbot: Any, tmp_path: Path
) -> None:
    from tests.conftest import DATA
    from ttx_desktop.formats.definition import parse_definition
    from ttx_desktop.storage.exercise_file import ExerciseFile

    extra = (
        "\nschedule:\n"
        "  - {module: 1, kind: presentation, start: '10:30', duration: 20,"
        " title: Flood forecasting, speaker: Dr A. Lee}\n"
        "  - {module: 1, kind: break, start: '11:15', duration: 15, title: Coffee}\n"
    )
    exercise = parse_definition((DATA / "mini.yaml").read_bytes() + extra.encode(), "x.yaml")
    path = tmp_path / "agenda.ttxdb"
    ExerciseFile.create(path, exercise).close()
    session = Session(ExerciseFile.open(path), read_clocks=FakeClocks(), author="T")
    try:
        presenter = PresenterWindow(session)
        qtbot.addWidget(presenter)
        presenter.agenda.now = lambda: 10 * 60 + 35
        presenter.show()
        presenter.activateWindow()
        qtbot.waitUntil(presenter.isActiveWindow)
        qtbot.keyClick(presenter, Qt.Key.Key_A)
        assert presenter.agenda.isVisible()
        texts = [label.text() for label in presenter.agenda.findChildren(QLabel)]
        assert "Presentation: Flood forecasting — Dr A. Lee" in texts
        assert "Break: Coffee" in texts and "10:30–10:50" in texts
        now = [
            lb.text()
            for lb in presenter.agenda.findChildren(QLabel)
            if lb.property("now") == "true"
        ]
        assert "Presentation: Flood forecasting — Dr A. Lee" in now  # on at 10:35
        qtbot.keyClick(presenter, Qt.Key.Key_A)
        assert not presenter.agenda.isVisible()
    finally:
        session.close()


def test_f5_on_the_presenter_goes_back_to_the_console(
    qtbot: Any, tmp_path: Path, mini_path: Path, dialogs: Any
) -> None:
    from ttx_desktop.app import Controller, temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    settings = temporary_settings(tmp_path)
    window = MainWindow(dialogs, settings, available=lambda: QRect(0, 0, 1366, 728))
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, dialogs, settings, tmp_path)
    assert controller.open(mini_path)
    try:
        controller.show_presenter()
        presenter = controller.presenter
        qtbot.waitUntil(presenter.isActiveWindow)
        qtbot.keyClick(presenter, Qt.Key.Key_F5)  # passed to the console's F5
        qtbot.waitUntil(window.isActiveWindow)
        assert presenter.isVisible()
    finally:
        controller.close_session()


def test_the_clicker_is_turned_off_in_preferences_too(qtbot: Any, tmp_path: Path) -> None:
    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui.preferences_dialog import PreferencesDialog
    from ttx_desktop.gui.presenter_keys import CLICKER_KEY

    settings = temporary_settings(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.clicker_check.isChecked()  # on until turned off
    dialog.clicker_check.setChecked(False)
    dialog.apply()
    assert settings.value(CLICKER_KEY, True, type=bool) is False
