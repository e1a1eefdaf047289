"""The Prepare view driven like a user would: the MSEL editor, undo, shortcuts, models."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.authoring_helpers import cell, on_disk, panel, type_into_cell
from ttx_desktop.gui.authoring_panel import AuthoringPanel
from ttx_desktop.gui.editors.records_model import RecordsModel
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile

pytestmark = pytest.mark.gui
__all__ = ["panel"]  # the fixture, shared with the other Prepare view tests


# ------------------------------------------------------------------------ models


def test_every_model_passes_the_model_tester(panel: AuthoringPanel, qtmodeltester: Any) -> None:
    for editor in (panel.objectives, panel.teams, panel.participants, panel.modules,
                   panel.injects, panel.recommendations):  # fmt: skip
        qtmodeltester.check(editor.model)
    panel.injects.select(panel.injects.model.record(0).id)
    qtmodeltester.check(panel.injects.targets)
    qtmodeltester.check(panel.injects.objectives)
    empty: RecordsModel[Any] = RecordsModel([])
    qtmodeltester.check(empty)
    first = panel.injects.model.record(0)
    panel.injects.model.set_error(first.id, "number", "number 2 is already used")
    qtmodeltester.check(panel.injects.model)


# ----------------------------------------------------------------------- injects


def test_edit_an_inject_title_inline_then_undo_and_redo(
    panel: AuthoringPanel, session: Session, qtbot: Any
) -> None:
    editor = panel.injects
    first = session.exercise.injects[0]
    type_into_cell(qtbot, editor, cell(editor, first.id, "title"), "Gauge at 4.6 m")
    assert on_disk(session).injects[0].title == "Gauge at 4.6 m"
    assert session.timeline.injects()[0].title == "Gauge at 4.6 m"
    assert session.undo_stack.undoText() == "Edit inject 1"
    session.undo_stack.undo()
    assert on_disk(session).injects[0].title == "Gauge passes warning level"
    assert editor.model.data(cell(editor, first.id, "title")) == "Gauge passes warning level"
    session.undo_stack.redo()
    assert on_disk(session).injects[0].title == "Gauge at 4.6 m"


def test_planned_time_is_edited_as_time_of_day(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    first = session.exercise.injects[0]  # module 1 starts at 09:00; inject at 09:10
    index = cell(editor, first.id, "planned_s")
    assert index.data(Qt.ItemDataRole.EditRole) == "09:10"
    assert editor.model.setData(index, "09:25")
    assert on_disk(session).injects[0].planned_s == 25 * 60
    assert not editor.model.setData(index, "08:30")
    assert "before the module starts at 09:00" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert on_disk(session).injects[0].planned_s == 25 * 60


def test_a_duplicate_inject_number_is_shown_in_place(
    panel: AuthoringPanel, session: Session, qtbot: Any
) -> None:
    editor = panel.injects
    panel.show_editor(editor)
    third = session.exercise.injects[2]
    index = cell(editor, third.id, "number")
    editor.view.setCurrentIndex(index)
    assert not editor.model.setData(index, 2)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "number 2 is already used by inject “Hospital basement floods”" in tip
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert editor.message.isVisible()
    assert "number 2 is already used" in editor.message.text()
    assert [i.number for i in on_disk(session).injects] == [1, 2, 3, 4, 5, 6]
    assert session.undo_stack.count() == 0
    # fixing the number clears the mark
    assert editor.model.setData(index, 30)
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert not editor.message.isVisible()
    assert on_disk(session).inject(third.id).number == 30


def test_move_injects_by_drag_and_by_keys(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    model = editor.model
    sixth = session.exercise.injects[5]
    data = model.mimeData([model.index(5, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert [i.number for i in on_disk(session).injects] == [1, 6, 2, 3, 4, 5]
    assert editor.current().id == sixth.id
    assert session.undo_stack.undoText() == "Move inject 6"
    panel.show_editor(panel.injects)
    panel.down_action.trigger()
    assert [i.number for i in on_disk(session).injects] == [1, 2, 6, 3, 4, 5]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [i.number for i in on_disk(session).injects] == [1, 2, 3, 4, 5, 6]
    assert [r.number for r in model.records()] == [1, 2, 3, 4, 5, 6]


def test_drag_in_the_view_moves_an_inject(panel: AuthoringPanel, session: Session) -> None:
    """A drop onto a row puts the dragged inject before it (as the drop indicator shows)."""
    model = panel.injects.model
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(3, 0))
    assert [i.number for i in on_disk(session).injects] == [2, 3, 1, 4, 5, 6]


def test_duplicate_then_undo(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    editor.select(session.exercise.injects[1].id)
    panel.show_editor(editor)
    panel.duplicate_action.trigger()
    stored = on_disk(session).injects
    assert [i.number for i in stored] == [1, 2, 7, 3, 4, 5, 6]
    assert stored[2].title == stored[1].title
    assert editor.current().number == 7
    assert session.undo_stack.undoText() == "Duplicate inject 2 as 7"
    session.undo_stack.undo()
    assert [i.number for i in on_disk(session).injects] == [1, 2, 3, 4, 5, 6]
    session.undo_stack.redo()
    assert [i.number for i in on_disk(session).injects] == [1, 2, 7, 3, 4, 5, 6]


def test_delete_an_inject_and_undo(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    third = session.exercise.injects[2]
    editor.select(third.id)
    editor.delete_action.trigger()
    assert [i.number for i in on_disk(session).injects] == [1, 2, 4, 5, 6]
    assert editor.current().number == 4
    assert session.undo_stack.undoText() == "Delete inject 3"
    session.undo_stack.undo()
    restored = on_disk(session).injects
    assert [i.number for i in restored] == [1, 2, 3, 4, 5, 6]
    assert restored[2].target_team_ids == third.target_team_ids
    assert restored[2].text == third.text


def test_an_inject_answered_in_the_log_is_not_deleted(
    panel: AuthoringPanel, session: Session
) -> None:
    first = session.exercise.injects[0]
    session.log.log("decision", "Flood watch issued", inject_id=first.id)
    panel.injects.select(first.id)
    panel.injects.delete()
    assert len(on_disk(session).injects) == 6
    assert "Inject 1 cannot be deleted: 1 log entry name it" in panel.injects.message.text()
    assert session.undo_stack.count() == 0


def test_targets_are_team_checkboxes(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    first = session.exercise.injects[0]  # to CIV only
    editor.select(first.id)
    press = session.exercise.find_team("PRESS")
    row = next(n for n in range(editor.targets.rowCount())
               if editor.targets.index(n).data(editor.targets.IdRole) == press.id)  # fmt: skip
    editor.targets.setData(editor.targets.index(row), Qt.CheckState.Checked.value,
                           Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    civ = session.exercise.find_team("CIV")
    assert on_disk(session).injects[0].target_team_ids == (civ.id, press.id)
    assert editor.model.data(cell(editor, first.id, "target_team_ids")) == "CIV, PRESS"
    session.undo_stack.undo()
    assert on_disk(session).injects[0].target_team_ids == (civ.id,)


def test_inject_text_and_pinned_time_from_the_form(
    panel: AuthoringPanel, session: Session, qtbot: Any
) -> None:
    editor = panel.injects
    first = session.exercise.injects[0]
    editor.select(first.id)
    editor.ui.textEdit.setPlainText("The gauge reads 4.7 m and rises 10 cm an hour.")
    editor.fields.field_edited.emit("text")
    assert on_disk(session).injects[0].text == "The gauge reads 4.7 m and rises 10 cm an hour."
    editor.ui.pinnedEdit.setFocus()
    editor.ui.pinnedEdit.setText("noon")
    qtbot.keyClick(editor.ui.pinnedEdit, Qt.Key.Key_Return)
    assert on_disk(session).injects[0].pinned == ""
    assert "not a time of day" in editor.ui.pinnedEdit.toolTip()
    assert editor.fields.is_marked("pinned")
    editor.ui.pinnedEdit.setText("09:45")
    qtbot.keyClick(editor.ui.pinnedEdit, Qt.Key.Key_Return)
    assert on_disk(session).injects[0].pinned == "09:45"
    assert not editor.fields.is_marked("pinned")


def test_add_an_inject_after_the_selected_one(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    editor.select(session.exercise.injects[3].id)
    added = editor.add()
    assert added is not None
    assert [i.number for i in on_disk(session).injects] == [1, 2, 3, 4, 7, 5, 6]
    assert editor.current().id == added.id
    assert session.undo_stack.undoText() == "Add inject 7"
    editor.view.closePersistentEditor(editor.view.currentIndex())


# --------------------------------------------------------------- actions, looks


def test_panel_actions_follow_the_current_tab(panel: AuthoringPanel) -> None:
    texts = {action.text() for _menu, action in panel.actions_for_menu}
    assert "Dup&licate inject" in texts
    assert all(menu == "edit" for menu, _action in panel.actions_for_menu)
    assert all(not a.shortcut().isEmpty() for _m, a in panel.actions_for_menu)
    panel.show_editor(panel.details)
    assert not panel.add_action.isEnabled()
    panel.show_editor(panel.teams)
    assert panel.add_action.isEnabled()
    assert panel.add_action.text() == "Add team"
    assert not panel.duplicate_action.isEnabled()


def test_keyboard_shortcut_duplicates_in_the_panel(
    panel: AuthoringPanel, session: Session, qtbot: Any
) -> None:
    panel.show_editor(panel.injects)
    panel.injects.select(session.exercise.injects[0].id)
    panel.injects.view.setFocus()
    qtbot.waitUntil(panel.injects.view.hasFocus)
    qtbot.keyClick(panel.injects.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(on_disk(session).injects) == 7


def test_read_only_session_cannot_edit(
    qapp: Any, mini_path: Path, dialogs: Any, qtbot: Any, clocks: Any
) -> None:
    session = Session(ExerciseFile.open(mini_path, readonly=True), read_clocks=clocks)
    try:
        panel = AuthoringPanel(session, dialogs)
        qtbot.addWidget(panel)
        model = panel.injects.model
        assert not model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable
        assert not panel.teams.add_action.isEnabled()
        assert not panel.details.ui.titleEdit.isEnabled()
    finally:
        session.close()


def test_an_undo_the_file_refuses_is_reported(
    panel: AuthoringPanel, session: Session, dialogs: Any
) -> None:
    team = panel.teams.add()
    panel.teams.view.closePersistentEditor(panel.teams.view.currentIndex())
    session.log.log("note", "Logistics asks for trucks", team_id=team.id)
    session.undo_stack.undo()  # would delete the team that a log entry now names
    assert on_disk(session).team(team.id) is not None
    assert dialogs.errors() == ["Team T4 (New team 4) cannot be deleted: 1 log entry name it"]


def test_authoring_edits_keep_what_the_timeline_did(
    panel: AuthoringPanel, session: Session, clocks: Any
) -> None:
    """A release and a delay made in the Run view survive an authoring edit and its undo."""
    first, second = session.exercise.injects[:2]
    session.timeline.release(first.id)
    session.timeline.delay(second.id, 15)
    assert panel.injects.model.data(cell(panel.injects, first.id, "status")) == "Released"
    for inject in (first, second):
        index = cell(panel.injects, inject.id, "title")
        assert panel.injects.model.setData(index, inject.title + " (edited)")
    session.undo_stack.undo()
    session.undo_stack.undo()
    stored = on_disk(session).injects
    assert stored[0].status.value == "released"
    assert stored[0].released_at is not None
    assert stored[1].planned_s == second.planned_s + 15 * 60
    assert [i.title for i in stored[:2]] == [first.title, second.title]
    session.undo_stack.redo()
    assert on_disk(session).injects[0].status.value == "released"
