"""The Prepare view's newer editors: objectives' critical tasks, ratings and evaluator notes,
inject attachments, and the MSEL shown one module at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.authoring_helpers import cell, on_disk, panel
from ttx_desktop.domain.model import Rating
from ttx_desktop.gui.authoring_panel import AuthoringPanel
from ttx_desktop.services.session import Session

pytestmark = pytest.mark.gui
__all__ = ["panel"]  # the fixture, shared with the other Prepare view tests


def visible_numbers(panel: AuthoringPanel) -> list[int]:
    editor = panel.injects
    return [
        editor.model.record(row).number
        for row in range(editor.model.rowCount())
        if not editor.view.isRowHidden(row)
    ]


# -------------------------------------------------------------------- objectives


def test_critical_tasks_and_evaluator_notes_with_undo(
    panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.objectives
    o1 = session.exercise.objectives[0]
    editor.select(o1.id)
    editor.ui.tasksEdit.setPlainText("Issue the flood warning\n\n  Open the call centre ")
    editor.fields.field_edited.emit("critical_tasks")
    editor.ui.evaluatorEdit.setPlainText("Warning went out in 12 minutes.")
    editor.fields.field_edited.emit("evaluator_notes")
    stored = on_disk(session).objectives[0]
    assert stored.critical_tasks == ("Issue the flood warning", "Open the call centre")
    assert stored.evaluator_notes == "Warning went out in 12 minutes."
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert on_disk(session).objectives[0].critical_tasks == o1.critical_tasks
    assert editor.ui.tasksEdit.toPlainText() == "\n".join(o1.critical_tasks)


def test_a_rating_is_chosen_from_a_list(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.objectives
    o2 = session.exercise.objectives[1]
    index = cell(editor, o2.id, "rating")
    assert editor.model.data(index) == "—"
    assert editor.model.setData(index, "S")
    assert on_disk(session).objectives[1].rating is Rating.S
    assert editor.model.data(index) == "S"
    assert "some challenges" in str(editor.model.data(index, 3))  # the tooltip


def test_the_form_is_empty_and_disabled_without_a_selection(panel: AuthoringPanel) -> None:
    editor = panel.objectives
    editor.view.clearSelection()
    editor.view.setCurrentIndex(editor.model.index(-1, -1))
    assert not editor.form.isEnabled()
    assert editor.ui.tasksEdit.toPlainText() == ""


# ----------------------------------------------------------------------- injects


def test_attachments_are_typed_one_per_line(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    first = session.exercise.injects[0]
    editor.select(first.id)
    editor.ui.attachmentsEdit.setPlainText("gauge-chart.png\nPress release draft.docx\n")
    editor.fields.field_edited.emit("attachments")
    assert on_disk(session).injects[0].attachments == (
        "gauge-chart.png",
        "Press release draft.docx",
    )
    session.undo_stack.undo()
    assert on_disk(session).injects[0].attachments == first.attachments


def test_add_file_adds_the_chosen_file_s_name(
    panel: AuthoringPanel, session: Session, dialogs: Any, tmp_path: Path
) -> None:
    editor = panel.injects
    first = session.exercise.injects[0]
    editor.select(first.id)
    dialogs.path_answers.append(tmp_path / "handouts" / "evacuation map.pdf")
    editor.ui.addFileButton.click()
    assert on_disk(session).injects[0].attachments[-1] == "evacuation map.pdf"
    assert editor.ui.attachmentsEdit.toPlainText().endswith("evacuation map.pdf")
    dialogs.path_answers.append(None)  # cancelled: nothing changes
    editor.ui.addFileButton.click()
    assert on_disk(session).injects[0].attachments.count("evacuation map.pdf") == 1


# ------------------------------------------------------------------ module filter


def test_the_msel_shows_one_module_at_a_time(panel: AuthoringPanel, session: Session) -> None:
    editor = panel.injects
    modules = session.exercise.modules
    by_module = {
        m.id: [i.number for i in session.exercise.injects if i.module_id == m.id] for m in modules
    }
    assert editor.module_combo.count() == len(modules) + 1
    editor.set_module_filter(modules[1].id)
    assert visible_numbers(panel) == by_module[modules[1].id]
    editor.set_module_filter(None)
    assert visible_numbers(panel) == [i.number for i in session.exercise.injects]


def test_the_filter_holds_across_edits_and_new_injects_join_its_module(
    panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.injects
    second = session.exercise.modules[1]
    editor.set_module_filter(second.id)
    shown = visible_numbers(panel)
    added = editor.add()
    assert added is not None and added.module_id == second.id
    assert visible_numbers(panel) == [*shown, added.number]
    assert editor.module_filter() == second.id


def test_moving_steps_over_injects_the_filter_hides(
    panel: AuthoringPanel, session: Session
) -> None:
    editor = panel.injects
    first, second = session.exercise.modules[:2]
    ids = [i.id for i in session.exercise.injects]
    last_of_first = [i for i in session.exercise.injects if i.module_id == first.id][-1]
    first_of_second = next(i for i in session.exercise.injects if i.module_id == second.id)
    editor.set_module_filter(second.id)
    editor.select(first_of_second.id)
    assert not editor.up_action.isEnabled()  # nothing of module 2 above it
    editor.set_module_filter(None)
    editor.select(first_of_second.id)
    assert editor.up_action.isEnabled()
    editor.move_by(-1)
    order = [i.id for i in on_disk(session).injects]
    assert order.index(first_of_second.id) == ids.index(last_of_first.id)
