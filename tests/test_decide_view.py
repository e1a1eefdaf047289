"""Deciding together in the window: the Recommendations view, a recommendation made from a
log entry, and the presenter showing the open vote and the recommendation put to the room."""

from __future__ import annotations

from typing import Any

import pytest

from ttx_desktop.domain.model import EntryKind

pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window: Any) -> Any:
    return shown_window


def test_the_recommendations_view_waits_until_it_is_needed(window: Any) -> None:
    assert "recommendations" not in window.panels
    window.show_view("recommendations")
    view = window.panels["recommendations"]
    assert type(view).__name__ == "RecommendationsView"
    assert view.recommendations.isVisible() and view.votes.isVisible()
    listed = {action for _menu, action, _keys in window.all_shortcuts()}
    assert "Next recommendation" in listed


def test_a_recommendation_made_from_a_log_entry_opens_in_its_view(
    window: Any, session: Any
) -> None:
    team = session.exercise.teams[0]
    entry = session.log.log(
        EntryKind.IMPROVEMENT, "Nobody owns the warning sirens", team_id=team.id
    )
    window.show_view("log")
    log = window.panels["log"]
    log.view.selectRow(0)
    log.recommend_action.trigger()
    view = window.panels["recommendations"]
    assert window._views.currentIndex() == 3
    current = view.recommendations.current
    assert current is not None and current.entry_ids == (entry.id,)
    assert current.issue == "Nobody owns the warning sirens"


def test_the_presenter_shows_the_open_vote_and_the_recommendation_put_to_the_room(
    qtbot: Any, session: Any
) -> None:
    from ttx_desktop.gui.presenter_window import PresenterWindow

    presenter = PresenterWindow(session)
    qtbot.addWidget(presenter)
    presenter.show()
    vote = session.policy.new_poll("Evacuate now?", ["Yes", "Not yet"])
    session.policy.open_vote(vote.id)
    assert presenter.vote_page.isVisible()
    session.policy.cast(vote.id, "phone-1", [vote.options[0].id])
    assert "Yes: 1; Not yet: 0" in presenter.vote_page.chart.summary()
    made = session.policy.draft("Sirens", action="Give the sirens to one owner")
    session.policy.present(made.id)
    assert presenter.recommendations_page.isVisible()
    assert presenter.recommendations_page.heading.text() == "Give the sirens to one owner"
    session.policy.present(None)
    assert presenter.recommendations_page.heading.text() == "Agreed recommendations"
    presenter.recommendations_action.trigger()  # R again: back to the inject
    assert not presenter.recommendations_page.isVisible()
    presenter.set_blackout(True)
    assert presenter.blacked_out
    presenter.set_blackout(False)
    assert not presenter.blacked_out


def test_the_review_fields_are_reached_by_their_keys(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.show_view("recommendations")
    panel = window.panels["recommendations"].recommendations
    made = panel._policy.draft("Sirens", action="One owner for the sirens")
    panel.select(made.id)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.editor.ui.safeguardsEdit
    qtbot.keyClick(panel.editor.ui.safeguardsEdit, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.editor.ui.genderImpactEdit
