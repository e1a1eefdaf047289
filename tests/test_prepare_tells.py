"""Prepare that tells you: a new row starts at its title, a bad value is said in words beside
the table, and a re-timed inject takes its place in time order, still selected."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QAbstractItemView

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
