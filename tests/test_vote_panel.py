"""The facilitator's votes: a poll written on the spot, opened, counted live, closed and kept."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fake_dialogs import FakeDialogs
from ttx_desktop.domain.policy import PolicyStatus
from ttx_desktop.gui.vote_panel import VotePanel
from ttx_desktop.services.policy_desk import PolicyDesk
from ttx_desktop.services.session import Session
from ttx_desktop.storage.room_repo import second_connection

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot: Any, session: Session) -> VotePanel:
    dialogs = FakeDialogs()
    made = VotePanel(session, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(made)
    made.resize(700, 420)
    made.show()
    return made


def test_an_empty_exercise_has_no_vote_to_run(panel: VotePanel) -> None:
    assert panel.vote is None
    assert not panel.open_button.isEnabled() and not panel.close_button.isEnabled()
    assert "No vote yet" in panel.state.text()


def test_a_poll_is_written_opened_counted_live_and_closed(
    qtbot: Any, panel: VotePanel, session: Session
) -> None:
    dialogs: Any = panel._dialogs
    dialogs.text_answers += ["Evacuate the east bank now?", "Yes\nNot yet\n\n"]
    panel.new_poll()
    vote = panel.vote
    assert vote is not None and [o.label for o in vote.options] == ["Yes", "Not yet"]
    assert panel.open_button.isEnabled()
    panel.open_button.click()
    assert panel.close_button.isEnabled()
    phones = PolicyDesk(second_connection(session.file.path))
    for n in range(5):  # as the room's server thread does, on its own connection
        phones.cast(vote.id, f"phone-{n}", [vote.options[n % 2].id])
    with qtbot.waitSignal(session.changed, timeout=2000):
        session.policy.ballot_arrived(vote.id)
    assert "Yes: 3; Not yet: 2" in panel.chart.summary()
    assert "5 phones have voted" in panel.chart.summary()
    assert "The room is not open" in panel.state.text()  # the phones cannot reach it
    panel.close_button.click()
    assert not panel.close_button.isEnabled()
    assert "Closed" in panel.chart.summary()
    stored = session.policy.votes()[0]
    assert stored.closed_at is not None


def test_a_poll_with_one_option_is_refused_with_a_message(panel: VotePanel) -> None:
    dialogs: Any = panel._dialogs
    dialogs.text_answers += ["Ready?", "Yes"]
    panel.new_poll()
    assert panel.vote is None
    assert any("2 to 6 options" in text for text in dialogs.errors())


def test_prioritising_the_agreed_recommendations_sets_their_priority(
    panel: VotePanel, session: Session
) -> None:
    policy = session.policy
    ids = [
        policy.edit(policy.draft(f"Issue {n}", action=f"Act {n}").id, status=PolicyStatus.AGREED).id
        for n in range(3)
    ]
    panel._dialogs.int_answers.append(2)  # type: ignore[attr-defined]
    panel.new_prioritisation()
    vote = panel.vote
    assert vote is not None and vote.dots == 2 and len(vote.options) == 3
    panel.open_vote()
    policy.cast(vote.id, "p1", {vote.options[2].id: 2})
    policy.cast(vote.id, "p2", {vote.options[2].id: 1, vote.options[0].id: 1})
    panel.close_vote()
    ranked = {r.id: r.priority for r in policy.recommendations()}
    assert ranked[ids[2]] == 1 and ranked[ids[0]] == 2 and ranked[ids[1]] == 3
