"""The run view's panels driven like a facilitator would: clock, timeline, MSEL, next inject."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from tests.fakes import FakeClocks
from ttx_desktop.domain.model import Inject, InjectStatus
from ttx_desktop.domain.schedule import InjectState
from ttx_desktop.gui.clock_panel import ClockPanel
from ttx_desktop.gui.msel_model import INJECT_ID_ROLE, Column, MselFilterModel, MselModel
from ttx_desktop.gui.msel_panel import MselPanel
from ttx_desktop.gui.next_inject_panel import NextInjectPanel
from ttx_desktop.gui.timeline_panel import TimelinePanel
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile

pytestmark = pytest.mark.gui


def number(session: Session, n: int) -> Inject:
    return next(i for i in session.timeline.injects() if i.number == n)


def stored(session: Session, n: int) -> Inject:
    found = session.file.injects.by_number(n)
    assert found is not None
    return found


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def next_panel(qtbot: Any, session: Session, dialogs: Any, settings: QSettings) -> NextInjectPanel:
    panel = NextInjectPanel(session, dialogs, settings=settings)
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def msel(qtbot: Any, session: Session, dialogs: Any) -> MselPanel:
    panel = MselPanel(session, dialogs)
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def timeline(qtbot: Any, session: Session, dialogs: Any) -> Iterator[TimelinePanel]:
    panel = TimelinePanel(session, dialogs)
    qtbot.addWidget(panel)
    panel.resize(1000, 260)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel


def start(session: Session, clocks: FakeClocks, minutes: float = 0) -> None:
    session.clock.start(session.exercise.modules[0].id)
    clocks.advance(minutes * 60)


# --- next inject: release, skip, undo, delay ----------------------------------------------------


def test_release_from_the_next_inject_panel_and_undo_it(
    qtbot: Any, session: Session, clocks: FakeClocks, next_panel: NextInjectPanel
) -> None:
    start(session, clocks, minutes=11)
    assert next_panel.inject is not None and next_panel.inject.number == 1
    qtbot.mouseClick(next_panel.ui.releaseButton, Qt.MouseButton.LeftButton)
    released = stored(session, 1)
    assert (released.status, released.released_s) == (InjectStatus.RELEASED, 660)
    assert next_panel.inject.number == 2  # it moves on to the next one
    assert session.undo_stack.count() == 1

    clocks.advance(60)
    session.undo_stack.undo()
    assert stored(session, 1).status is InjectStatus.PENDING
    assert stored(session, 1).released_s is None
    assert next_panel.inject.number == 1
    session.undo_stack.redo()  # the original stamps come back, not new ones
    assert stored(session, 1).released_s == 660
    assert stored(session, 1).released_at == released.released_at


def test_skip_and_undo(
    qtbot: Any, session: Session, clocks: FakeClocks, next_panel: NextInjectPanel
) -> None:
    start(session, clocks, minutes=1)
    qtbot.mouseClick(next_panel.ui.skipButton, Qt.MouseButton.LeftButton)
    assert stored(session, 1).status is InjectStatus.SKIPPED
    session.undo_stack.undo()
    assert stored(session, 1).status is InjectStatus.PENDING


def test_undo_release_button_reopens_the_last_released(
    qtbot: Any, session: Session, clocks: FakeClocks, next_panel: NextInjectPanel
) -> None:
    start(session, clocks, minutes=1)
    assert next_panel.ui.undoReleaseButton.isHidden()
    next_panel.release_action.trigger()
    assert not next_panel.ui.undoReleaseButton.isHidden()
    qtbot.mouseClick(next_panel.ui.undoReleaseButton, Qt.MouseButton.LeftButton)
    assert stored(session, 1).status is InjectStatus.PENDING
    session.undo_stack.undo()  # undoing the undo brings the release back
    assert stored(session, 1).status is InjectStatus.RELEASED


def test_delay_asks_minutes_and_is_undoable(
    qtbot: Any, session: Session, dialogs: Any, next_panel: NextInjectPanel
) -> None:
    planned = stored(session, 1).planned_s
    dialogs.int_answers = [10]
    qtbot.mouseClick(next_panel.ui.delayButton, Qt.MouseButton.LeftButton)
    assert stored(session, 1).planned_s == planned + 600
    dialogs.int_answers = [None]  # cancelled: nothing happens
    qtbot.mouseClick(next_panel.ui.delayButton, Qt.MouseButton.LeftButton)
    assert stored(session, 1).planned_s == planned + 600
    session.undo_stack.undo()
    assert stored(session, 1).planned_s == planned


def test_shift_following_is_one_undo_step(
    session: Session, dialogs: Any, next_panel: NextInjectPanel
) -> None:
    planned = {n: stored(session, n).planned_s for n in range(1, 7)}
    dialogs.int_answers = [20]
    next_panel.shift_action.trigger()
    assert [stored(session, n).planned_s - planned[n] for n in range(1, 7)] == [
        1200,
        1200,
        1200,
        0,  # pinned
        0,  # another module
        0,
    ]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert {n: stored(session, n).planned_s for n in range(1, 7)} == planned


def test_a_refused_action_shows_an_error_and_pushes_nothing(
    session: Session, dialogs: Any, next_panel: NextInjectPanel
) -> None:
    first = number(session, 1).id
    next_panel.select_inject(first)
    session.timeline.release(first)  # released behind the panel's back
    next_panel.select_inject(first)
    next_panel._on_skip_button_clicked()
    assert dialogs.errors() == ["inject 1 is released, not pending"]
    assert session.undo_stack.count() == 0


def test_due_and_overdue_draw_attention_and_beep_once_each(
    session: Session, clocks: FakeClocks, next_panel: NextInjectPanel, settings: QSettings
) -> None:
    beeps: list[int] = []
    next_panel.beep = lambda: beeps.append(1)
    next_panel.sound_action.setChecked(True)
    assert settings.value("run/sound_when_due", type=bool) is True
    start(session, clocks, minutes=9)
    next_panel._tick()
    assert next_panel.ui.headerFrame.property("attention") in (None, "")
    assert next_panel.ui.countdownLabel.text().startswith("in 1:00")
    clocks.advance(60)
    next_panel._tick()
    next_panel._tick()
    assert next_panel.ui.headerFrame.property("attention") == "due"
    clocks.advance(5 * 60)
    next_panel._tick()
    assert next_panel.ui.headerFrame.property("attention") == "overdue"
    assert next_panel.ui.countdownLabel.text() == "Overdue by 5:00"
    assert beeps == [1, 1]


def test_the_panel_shows_what_people_typed_as_plain_text(
    session: Session, next_panel: NextInjectPanel
) -> None:
    rumour = number(session, 3)
    next_panel.select_inject(rumour.id)
    assert next_panel.ui.textLabel.textFormat() is Qt.TextFormat.PlainText
    assert "<b>Not true</b>" in next_panel.ui.textLabel.text()
    assert next_panel.ui.notesLabel.text() == "See who checks the source first."
    assert not next_panel.ui.backButton.isHidden()
    next_panel.show_next()
    assert next_panel.inject is not None and next_panel.inject.number == 1


# --- the clock -----------------------------------------------------------------------------------


def test_clock_start_pause_resume_adjust(
    qtbot: Any, session: Session, clocks: FakeClocks, dialogs: Any
) -> None:
    panel = ClockPanel(session, dialogs)
    qtbot.addWidget(panel)
    assert panel.ui.timeLabel.text() == "0:00:00"
    assert not panel.ui.adjustButton.isEnabled()
    qtbot.mouseClick(panel.ui.runButton, Qt.MouseButton.LeftButton)
    clocks.advance(75)
    panel.refresh()
    assert panel.ui.timeLabel.text() == "0:01:15"
    assert "Running" in panel.ui.stateLabel.text()
    qtbot.mouseClick(panel.ui.runButton, Qt.MouseButton.LeftButton)  # pause
    clocks.advance(600)
    panel.refresh()
    assert panel.ui.timeLabel.text() == "0:01:15"
    assert "PAUSED" in panel.ui.stateLabel.text()

    dialogs.confirm_answers = [False]
    qtbot.mouseClick(panel.ui.forwardButton, Qt.MouseButton.LeftButton)
    assert session.clock.elapsed() == 75
    dialogs.int_answers, dialogs.confirm_answers = [-1], [True]
    qtbot.mouseClick(panel.ui.adjustButton, Qt.MouseButton.LeftButton)
    assert session.clock.elapsed() == 15
    assert [k for k, _t, _x in dialogs.shown].count("confirm") == 2
    panel.run_action.trigger()  # F9 resumes
    clocks.advance(5)
    panel.refresh()
    assert panel.ui.timeLabel.text() == "0:00:20"


def test_starting_another_module_pauses_the_running_one_after_asking(
    qtbot: Any, session: Session, clocks: FakeClocks, dialogs: Any
) -> None:
    panel = ClockPanel(session, dialogs)
    qtbot.addWidget(panel)
    first, second = (m.id for m in session.exercise.modules)
    panel.run_action.trigger()
    clocks.advance(60)
    panel.ui.moduleCombo.setCurrentIndex(1)
    dialogs.confirm_answers = [True]
    panel.run_action.trigger()
    assert session.clock.state(first).value == "paused"
    assert session.clock.state(second).value == "running"
    assert session.clock.current_module_id() == second


def test_the_clock_runs_on_across_a_restart(
    qtbot: Any, session: Session, clocks: FakeClocks, dialogs: Any, mini_path: Path
) -> None:
    panel = ClockPanel(session, dialogs)
    qtbot.addWidget(panel)
    panel.run_action.trigger()
    clocks.advance(90)
    session.close()  # the program quits (or crashes) with the clock running
    clocks.advance(30)
    again = Session(ExerciseFile.open(mini_path), read_clocks=clocks, author="Tester")
    try:
        reopened = ClockPanel(again, dialogs)
        qtbot.addWidget(reopened)
        assert again.clock.elapsed() == 120
        assert reopened.ui.timeLabel.text() == "0:02:00"
        assert reopened.module_id() == again.exercise.modules[0].id
        assert "Running" in reopened.ui.stateLabel.text()
    finally:
        again.close()


# --- the MSEL -----------------------------------------------------------------------------------


def test_msel_models_pass_the_model_tester(
    qtmodeltester: Any, session: Session, clocks: FakeClocks
) -> None:
    start(session, clocks, minutes=31)
    session.timeline.release(number(session, 1).id)
    session.timeline.skip(number(session, 3).id)
    model = MselModel(session.timeline)
    qtmodeltester.check(model)
    proxy = MselFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filters(states=frozenset({InjectState.DUE, InjectState.UPCOMING}))
    qtmodeltester.check(proxy)
    proxy.sort(Column.PLANNED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_msel_columns_and_states(session: Session, clocks: FakeClocks, msel: MselPanel) -> None:
    model = msel.model
    row = [model.index(0, c).data() for c in Column]
    assert row == ["1", "09:10", "", "Gauge passes warning level", "CIV", "E-mail", "Upcoming"]
    assert model.index(3, Column.PLANNED).data() == "11:00 (pinned)"
    start(session, clocks, minutes=10)
    model.refresh_states()
    assert model.index(0, Column.STATUS).data() == "Due now"
    tip = model.index(2, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Not true&lt;/b&gt;" in tip  # shown as typed, not as HTML


def test_msel_filters_by_module_team_state_and_text(
    session: Session, clocks: FakeClocks, msel: MselPanel
) -> None:
    exercise = session.exercise
    numbers = lambda: [session.timeline.inject(i).number for i in msel.visible_inject_ids()]  # type: ignore[union-attr]  # noqa: E731
    assert numbers() == [1, 2, 3, 4, 5, 6]
    msel.set_filters(module_id=exercise.modules[1].id)
    assert numbers() == [5, 6]
    med = exercise.find_team("MED")
    assert med is not None
    msel.set_filters(team_id=med.id)
    assert numbers() == [2, 4, 5, 6]
    msel.set_filters(text="dam")
    assert numbers() == [3, 5]
    start(session, clocks, minutes=1)
    session.timeline.release(number(session, 1).id)
    msel.set_filters(states=frozenset({InjectState.RELEASED}))
    assert numbers() == [1]
    msel.set_filters(states=frozenset({InjectState.DUE, InjectState.OVERDUE}))
    assert numbers() == []
    clocks.advance(30 * 60)  # inject 2 falls due; the filter follows the clock
    msel.model.refresh_states()
    assert numbers() == [2]


def test_msel_selection_syncs_both_ways(
    qtbot: Any, session: Session, msel: MselPanel, timeline: TimelinePanel
) -> None:
    msel.inject_selected.connect(timeline.select_inject)
    timeline.inject_selected.connect(msel.select_inject)
    third = number(session, 3).id
    with qtbot.waitSignal(msel.inject_selected) as blocker:
        msel.view.selectRow(2)
    assert blocker.args == [third]
    assert timeline.selected_inject_id == third
    with qtbot.assertNotEmitted(msel.inject_selected):
        msel.select_inject(number(session, 5).id)
    assert msel.selected_inject_id() == number(session, 5).id
    session.timeline.release(number(session, 1).id)  # the model resets; the selection stays
    assert msel.selected_inject_id() == number(session, 5).id
    index = msel.view.currentIndex()
    assert index.data(INJECT_ID_ROLE) == number(session, 5).id


def test_a_read_only_session_offers_no_changes(
    qtbot: Any, mini_path: Path, clocks: FakeClocks, dialogs: Any, settings: QSettings
) -> None:
    readonly = Session(ExerciseFile.open(mini_path, readonly=True), read_clocks=clocks)
    try:
        panel = NextInjectPanel(readonly, dialogs, settings=settings)
        clock = ClockPanel(readonly, dialogs)
        qtbot.addWidget(panel)
        qtbot.addWidget(clock)
        assert not panel.ui.releaseButton.isEnabled()
        assert not panel.release_action.isEnabled()
        assert not clock.ui.runButton.isEnabled()
        panel.release_action.trigger()
        assert readonly.timeline.injects()[0].status is InjectStatus.PENDING
        assert readonly.undo_stack.count() == 0
    finally:
        readonly.close()


def test_run_panels_leave_the_note_keys_alone(
    qtbot: Any, session: Session, dialogs: Any, settings: QSettings
) -> None:
    """Alt+D/A/Q/O/S/I/N pick a note's kind: no run button may answer to them (a skip!)."""
    panels = [
        NextInjectPanel(session, dialogs, settings=settings),
        ClockPanel(session, dialogs),
        MselPanel(session, dialogs),
    ]
    for panel in panels:
        qtbot.addWidget(panel)
        for widget in panel.findChildren(QAbstractButton) + panel.findChildren(QLabel):
            text = widget.text().replace("&&", "")
            mnemonic = text[text.index("&") + 1].upper() if "&" in text else ""
            assert mnemonic not in set("DAQOSIN"), f"{widget.objectName()}: {text}"


def test_long_columns_leave_the_title_room_in_a_narrow_dock(
    qtbot: Any, session: Session, dialogs: Any
) -> None:
    from ttx_desktop.gui.msel_model import Column
    from ttx_desktop.gui.msel_panel import FLOOR_CHARS, TITLE_CHARS

    panel = MselPanel(session, dialogs)
    qtbot.addWidget(panel)
    chars = panel.view.fontMetrics().averageCharWidth()
    panel.resize(100 * chars, 400)  # a dock beside the clock on a small screen
    panel.show()
    qtbot.waitExposed(panel)
    squeezed = {c: panel.view.columnWidth(c) for c in (Column.SCENARIO, Column.TO)}
    assert panel.view.columnWidth(Column.TITLE) >= TITLE_CHARS * chars - 2
    assert all(w >= FLOOR_CHARS * chars for w in squeezed.values())

    panel.resize(250 * chars, 400)  # wide again: the columns get their fitted width back
    qtbot.waitUntil(lambda: panel.view.columnWidth(Column.TO) > squeezed[Column.TO])
    assert panel.view.columnWidth(Column.TITLE) > TITLE_CHARS * chars
