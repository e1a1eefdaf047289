"""The Prepare view's other editors: teams, modules, details, people, improvement plan."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.authoring_helpers import cell, on_disk, panel
from ttx_desktop.domain.model import Priority
from ttx_desktop.gui.authoring_panel import AuthoringPanel
from ttx_desktop.services.session import Session

pytestmark = pytest.mark.gui
__all__ = ["panel"]  # the fixture, shared with the other Prepare view tests


# ------------------------------------------------------------------------- teams


def test_add_a_team_and_set_its_colour(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.teams
    team = editor.add()
    assert team is not None
    assert [t.code for t in on_disk(session).teams] == ["CIV", "MED", "PRESS", "T4"]
    editor.colour_delegate.choose = lambda _parent, _start: QColor("#aa3377")
    editor.choose_colour()
    assert on_disk(session).team(team.id).colour == "#AA3377"
    assert editor.model.data(cell(editor, team.id, "colour"), Qt.ItemDataRole.DecorationRole) \
        == QColor("#AA3377")  # fmt: skip
    assert session.undo_stack.undoText() == "Edit team T4"
    session.undo_stack.undo()
    assert on_disk(session).team(team.id).colour != "#AA3377"
    session.undo_stack.undo()
    assert on_disk(session).team(team.id) is None


def test_a_colour_that_is_not_a_colour_is_refused(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.teams
    civ = session.exercise.find_team("CIV")
    index = cell(editor, civ.id, "colour")
    assert not editor.model.setData(index, "blue")
    assert "'BLUE' is not a colour (write #RRGGBB)" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert on_disk(session).team(civ.id).colour == "#4C72B0"


def test_deleting_a_team_in_use_is_refused_in_place(
    panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.teams
    editor.select(session.exercise.find_team("PRESS").id)
    editor.delete()
    assert len(on_disk(session).teams) == 3
    assert "Team PRESS (Media) cannot be deleted: injects 3, 4, 5 name it" in editor.message.text()


def test_deleting_a_team_and_undo_gives_back_its_participants(
    panel: AuthoringPanel, session: Session
) -> None:
    team = panel.teams.add()
    panel.teams.view.closePersistentEditor(panel.teams.view.currentIndex())
    person = panel.participants.add()
    index = cell(panel.participants, person.id, "team_id")
    assert panel.participants.model.setData(index, team.id)
    panel.teams.select(team.id)
    panel.teams.delete()
    assert on_disk(session).team(team.id) is None
    assert next(p for p in on_disk(session).participants if p.id == person.id).team_id is None
    session.undo_stack.undo()
    assert on_disk(session).team(team.id) is not None
    assert next(p for p in on_disk(session).participants if p.id == person.id).team_id == team.id


# ---------------------------------------------------------- modules and details


def test_edit_a_module_narrative(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.modules
    second = session.exercise.modules[1]
    editor.select(second.id)
    assert editor.ui.narrativeEdit.toPlainText() == "The upstream dam operator reports seepage."
    editor.ui.narrativeEdit.setPlainText("Engineers report seepage at the dam's foot.")
    editor.fields.field_edited.emit("narrative")
    editor.ui.issuesEdit.setPlainText("Evacuation routes\n\n  Dam safety  ")
    editor.fields.field_edited.emit("key_issues")
    stored = on_disk(session).modules[1]
    assert stored.narrative == "Engineers report seepage at the dam's foot."
    assert stored.key_issues == ("Evacuation routes", "Dam safety")
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert on_disk(session).modules[1].narrative == "The upstream dam operator reports seepage."
    assert editor.ui.narrativeEdit.toPlainText() == "The upstream dam operator reports seepage."


def test_narrative_is_stored_when_the_box_loses_focus(
    panel: AuthoringPanel, session: Session, qtbot: Any
) -> None:
    editor = panel.modules
    panel.show_editor(editor)
    editor.select(session.exercise.modules[0].id)
    editor.ui.narrativeEdit.setFocus()
    qtbot.waitUntil(editor.ui.narrativeEdit.hasFocus)
    editor.ui.narrativeEdit.setPlainText("The river bursts its banks.")
    editor.view.setFocus()
    qtbot.waitUntil(lambda: on_disk(session).modules[0].narrative == "The river bursts its banks.")


def test_edit_details_with_undo(panel: AuthoringPanel, session: Session, qtbot: Any) -> None:
    editor = panel.details
    editor.ui.venueEdit.setFocus()
    editor.ui.venueEdit.setText("Town hall, room 2")
    qtbot.keyClick(editor.ui.venueEdit, Qt.Key.Key_Return)
    assert on_disk(session).details.venue == "Town hall, room 2"
    assert session.undo_stack.undoText() == "Edit exercise details"
    editor.ui.titleEdit.setText("")
    assert not editor.commit("title")
    assert "title is empty" in editor.message.text()
    assert on_disk(session).details.title == "Mini exercise: flood at Riverton"
    session.undo_stack.undo()
    assert on_disk(session).details.venue == "Council chamber"
    assert editor.ui.venueEdit.text() == "Council chamber"


# ------------------------------------------------------ recommendations, people


def test_add_a_recommendation(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.recommendations
    item = editor.add()
    assert item is not None
    editor.view.closePersistentEditor(editor.view.currentIndex())
    model = editor.model
    o1 = session.exercise.objectives[0]
    for key, value in (
        ("issue", "Warnings reached the public late"),
        ("corrective_action", "Pre-write warning templates"),
        ("objective_id", o1.id),
        ("capability_element", "Plans"),
        ("responsible", "Civil Protection Agency"),
        ("contact", "Ana Petrova"),
        ("start", "2027-05-01"),
        ("completion", "2027-09-30"),
        ("priority", "high"),
    ):
        assert model.setData(cell(editor, item.id, key), value), key
    stored = on_disk(session).recommendations[0]
    assert (stored.issue, stored.objective_id, stored.priority) == (
        "Warnings reached the public late", o1.id, Priority.HIGH)  # fmt: skip
    assert (stored.start, stored.completion) == (date(2027, 5, 1), date(2027, 9, 30))
    assert model.data(cell(editor, item.id, "objective_id")) == "O1"
    tip = model.data(cell(editor, item.id, "objective_id"), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Warn the public in time"
    assert not model.setData(cell(editor, item.id, "completion"), "2027-01-01")
    assert "completion date is before the start date" in editor.message.text()
    assert not model.setData(cell(editor, item.id, "start"), "soon")
    assert "'soon' is not a date" in str(
        model.data(cell(editor, item.id, "start"), Qt.ItemDataRole.ToolTipRole)
    )


def test_participant_role_and_gender_from_lists(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.participants
    dan = next(p for p in session.exercise.participants if p.name == "Dan Ole")
    assert editor.model.setData(cell(editor, dan.id, "role"), "controller")
    assert editor.model.setData(cell(editor, dan.id, "gender"), "unspecified")
    stored = next(p for p in on_disk(session).participants if p.id == dan.id)
    assert (stored.role.value, stored.gender.value) == ("controller", "unspecified")
    assert editor.model.data(cell(editor, dan.id, "role")) == "Controller"


def test_objectives_add_edit_and_refuse_deletion_in_use(
    panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.objectives
    o2 = session.exercise.objectives[1]
    assert editor.model.setData(cell(editor, o2.id, "capability"), "Mass care")
    assert on_disk(session).objectives[1].capability == "Mass care"
    editor.select(o2.id)
    editor.delete()
    assert "Objective O2 cannot be deleted: injects 5, 6 name it" in editor.message.text()


def test_backspace_empties_a_cell_and_an_untouched_date_stays_empty(
    panel: AuthoringPanel, session: Session, qtbot: Any
) -> None:
    editor = panel.recommendations
    panel.show_editor(editor)
    item = editor.add()
    editor.view.closePersistentEditor(editor.view.currentIndex())
    start = cell(editor, item.id, "start")
    delegate = editor.view.itemDelegateForColumn(start.column())
    date_edit = delegate.createEditor(editor.view.viewport(), QStyleOptionViewItem(), start)
    delegate.setEditorData(date_edit, start)
    delegate.setModelData(date_edit, editor.model, start)  # opened and closed: no date
    assert on_disk(session).recommendations[0].start is None
    date_edit.setDate(QDate(2027, 6, 1))
    delegate.setModelData(date_edit, editor.model, start)
    assert on_disk(session).recommendations[0].start == date(2027, 6, 1)
    editor.view.setCurrentIndex(start)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Backspace)
    assert on_disk(session).recommendations[0].start is None
    assert session.undo_stack.undoText() == "Edit recommendation “New issue”"
