"""Prepare that tells you: a new row starts at its title, a bad value is said in words beside
the table, and a re-timed inject takes its place in time order, still selected."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox

from tests.authoring_helpers import cell, on_disk, panel, type_into_cell
from ttx_desktop.domain.model import Inject
from ttx_desktop.gui.authoring_panel import AuthoringPanel
from ttx_desktop.gui.editors.injects_editor import time_order_position
from ttx_desktop.services.session import Session

__all__ = ["panel"]  # the fixture


def _numbers(session: Session, module_number: int = 1) -> list[int]:
    module = next(m for m in session.exercise.modules if m.number == module_number)
    return [i.number for i in session.exercise.injects if i.module_id == module.id]


def test_a_new_inject_starts_editing_its_title(panel: AuthoringPanel) -> None:
    panel.show_editor(panel.injects)
    panel.injects.add_action.trigger()
    view = panel.injects.view
    assert view.state() == QAbstractItemView.State.EditingState
    assert view.currentIndex().column() == panel.injects.model.column_of("title")


def test_a_new_team_starts_editing_its_name(panel: AuthoringPanel) -> None:
    panel.show_editor(panel.teams)
    panel.teams.add_action.trigger()
    view = panel.teams.view
    assert view.state() == QAbstractItemView.State.EditingState
    assert view.currentIndex().column() == panel.teams.model.column_of("name")


def test_a_time_that_is_no_time_is_said_beside_the_table(
    qtbot: Any, panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.injects
    first = next(i for i in session.exercise.injects if i.number == 1)
    type_into_cell(qtbot, editor, cell(editor, first.id, "planned_s"), "7pm")
    assert editor.message.isVisible()
    assert "7pm" in editor.message.text() and "HH:MM" in editor.message.text()
    assert on_disk(session).inject(first.id).planned_s == first.planned_s
    qtbot.wait(5)  # the closed cell editor goes away
    type_into_cell(qtbot, editor, cell(editor, first.id, "planned_s"), "08:00")
    assert "before the module starts at 09:00" in editor.message.text()
    qtbot.wait(5)
    type_into_cell(qtbot, editor, cell(editor, first.id, "planned_s"), "09:05")
    assert not editor.message.isVisible()


def test_a_retimed_inject_moves_into_time_order_and_stays_selected(
    qtbot: Any, panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.injects
    assert _numbers(session) == [1, 2, 3, 4]
    first = next(i for i in session.exercise.injects if i.number == 1)
    type_into_cell(qtbot, editor, cell(editor, first.id, "planned_s"), "10:30")
    assert _numbers(session) == [2, 3, 1, 4]
    assert [i.number for i in on_disk(session).injects][:4] == [2, 3, 1, 4]
    assert editor.current().id == first.id
    session.undo_stack.undo()  # one step takes back the time and the place
    assert _numbers(session) == [1, 2, 3, 4]
    assert session.exercise.inject(first.id).planned_s == first.planned_s


@given(st.lists(st.integers(0, 20), min_size=1, max_size=8), st.data())
def test_a_retimed_inject_lands_between_earlier_and_later_ones(
    times: list[int], data: st.DataObject
) -> None:
    injects = [
        Inject(f"i{n}", n + 1, "m", f"t{n}", planned_s=t) for n, t in enumerate(sorted(times))
    ]
    moved = data.draw(st.sampled_from(injects))
    new_time = data.draw(st.integers(0, 20))
    edited = Inject(moved.id, moved.number, "m", moved.title, planned_s=new_time)
    at = time_order_position(injects, edited)
    order = [i for i in injects if i.id != moved.id]
    if at is None:
        at = [i.id for i in injects].index(moved.id)
    order.insert(at, edited)
    assert [i.planned_s for i in order] == sorted(i.planned_s for i in order)


def test_file_new_exercise_makes_a_blank_one_with_one_module(
    qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    from ttx_desktop.app import Controller, temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    settings = temporary_settings(tmp_path)
    window = MainWindow(dialogs, settings)
    qtbot.addWidget(window)
    controller = Controller(window, dialogs, settings, tmp_path)
    dialogs.new_exercise_answers = [None]
    action = next(a for a in window._menus["file"].actions() if a.text() == "&New exercise…")
    action.trigger()  # cancelled: nothing made
    assert controller.session is None
    dialogs.new_exercise_answers = [("Cyber: grid down", date(2027, 5, 4), date(2027, 5, 5))]
    action.trigger()
    session = controller.session
    assert session is not None
    exercise = on_disk(session)
    assert exercise.title == "Cyber: grid down"
    assert (exercise.details.start_date, exercise.details.end_date) == (
        date(2027, 5, 4),
        date(2027, 5, 5),
    )
    assert [m.title for m in exercise.modules] == ["Module 1"]
    assert not exercise.injects and not exercise.teams
    assert session.file.path.parent == tmp_path
    assert window._views.currentIndex() == 2  # Prepare, to fill it in
    controller.close_session()


def test_the_new_exercise_dialog_says_what_is_missing(qtbot: Any) -> None:
    from ttx_desktop.gui.new_exercise_dialog import NewExerciseDialog

    dialog = NewExerciseDialog(today=date(2027, 5, 4))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text() == "Give the exercise a title."
    qtbot.keyClicks(dialog.title, "Flood")
    assert ok.isEnabled() and dialog.problem.text() == ""
    dialog.end.setDate(QDate(2027, 5, 1))
    assert not ok.isEnabled() and "before the first day" in dialog.problem.text()


def test_a_schedule_item_is_added_edited_refused_in_words_and_undone(
    qtbot: Any, panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.schedule
    panel.show_editor(editor)
    assert editor.empty_hint.isVisible()
    editor.add_action.trigger()
    assert editor.view.currentIndex().column() == editor.model.column_of("title")
    item = session.exercise.schedule[0]
    assert item.module_id == session.exercise.modules[0].id and item.start == "09:00"
    qtbot.keyClick(editor.view.focusWidget(), Qt.Key.Key_Escape)
    qtbot.wait(5)
    type_into_cell(qtbot, editor, cell(editor, item.id, "title"), "Flood forecasting")
    qtbot.wait(5)
    type_into_cell(qtbot, editor, cell(editor, item.id, "start"), "7pm")
    assert "7pm" in editor.message.text() and "HH:MM" in editor.message.text()
    qtbot.wait(5)
    type_into_cell(qtbot, editor, cell(editor, item.id, "start"), "10:30")
    stored = on_disk(session).schedule
    assert [(i.title, i.start) for i in stored] == [("Flood forecasting", "10:30")]
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert on_disk(session).schedule == ()


def test_a_module_deleted_takes_its_schedule_and_undo_brings_it_back(
    panel: AuthoringPanel, session: Session
) -> None:
    from ttx_desktop.domain.agenda import ScheduleItem, ScheduleKind
    from ttx_desktop.domain.model import Module

    module = Module("m-3", 3, "Day 3: Recovery", day=3, start="09:00")
    panel.undo.save(None, module)
    item = ScheduleItem("s-1", module.id, ScheduleKind.BREAK, "Coffee", start="10:00")
    panel.undo.save(None, item)
    panel.undo.delete(session.exercise.module(module.id))
    assert on_disk(session).schedule == ()
    session.undo_stack.undo()
    assert [i.title for i in on_disk(session).schedule] == ["Coffee"]
