"""Drafting, reviewing, merging and voting through the desk and the console's service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.storage_helpers import small_exercise
from ttx_desktop.domain.policy import (
    GenderReview,
    GenderVerdict,
    PolicyStatus,
    RightsReview,
    RightsVerdict,
)
from ttx_desktop.domain.votes import VoteKind
from ttx_desktop.services.policy_desk import PolicyDesk, PolicyRefused
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.room_repo import second_connection


@pytest.fixture
def desk(tmp_path: Path) -> Any:
    path = tmp_path / "x.ttxdb"
    with ExerciseFile.create(path, small_exercise()) as made:
        yield PolicyDesk(made.db, author="Facilitator")


def _reviewed(rights: RightsVerdict, gender: GenderVerdict) -> dict[str, Any]:
    return {"rights": RightsReview(verdict=rights), "gender": GenderReview(verdict=gender)}


def test_a_draft_needs_an_issue_and_is_stored_with_its_author(desk: PolicyDesk) -> None:
    with pytest.raises(PolicyRefused, match="issue"):
        desk.draft("   ")
    made = desk.draft("Fax orders", action="A secure channel", team_ids=("team-jud",))
    assert made.author == "Facilitator" and made.status is PolicyStatus.DRAFT
    with pytest.raises(PolicyRefused, match="issue"):
        desk.edit(made.id, issue="")


def test_agreeing_against_a_negative_verdict_needs_a_note(desk: PolicyDesk) -> None:
    made = desk.draft("Fax orders", action="A secure channel")
    desk.edit(made.id, **_reviewed(RightsVerdict.NOT_COMPLIANT, GenderVerdict.CONSIDERED))
    with pytest.raises(PolicyRefused, match="note"):
        desk.edit(made.id, status=PolicyStatus.AGREED)
    assert desk.policy.get(made.id).status is PolicyStatus.DRAFT  # type: ignore[union-attr]
    agreed = desk.edit(made.id, status=PolicyStatus.AGREED, review_note="Safeguards in law")
    assert agreed.status is PolicyStatus.AGREED
    # Once agreed, a verdict turned negative without a note is refused too.
    fresh = desk.draft("Hotline", action="A victims' hotline")
    desk.edit(fresh.id, status=PolicyStatus.AGREED)
    with pytest.raises(PolicyRefused):
        desk.edit(fresh.id, gender=GenderReview(verdict=GenderVerdict.NOT_CONSIDERED))


def test_a_duplicate_from_another_table_merges_keeping_both_sources(desk: PolicyDesk) -> None:
    keeper = desk.draft(
        "Fax orders", action="Channel", team_ids=("team-jud",), entry_ids=("log-1",)
    )
    duplicate = desk.draft("Orders by fax", action="E-channel", team_ids=("team-med",))
    gone, kept = desk.merge_into(duplicate.id, keeper.id)
    assert kept.team_ids == ("team-jud", "team-med") and kept.entry_ids == ("log-1",)
    assert gone.status is PolicyStatus.MERGED and gone.merged_into == keeper.id
    with pytest.raises(PolicyRefused):
        desk.merge_into(keeper.id, keeper.id)


def test_a_recommendation_from_a_log_entry_carries_its_evidence(desk: PolicyDesk) -> None:
    entry = small_exercise().log[0]
    made = desk.from_entry(entry)
    assert made.issue == entry.text and made.entry_ids == (entry.id,)
    assert made.team_ids == (entry.team_id,)


def test_forty_five_phones_vote_once_each_and_a_closed_vote_takes_nothing(
    desk: PolicyDesk, tmp_path: Path
) -> None:
    from ttx_desktop.domain.votes import Vote, VoteOption

    vote = desk.new_vote(
        Vote(
            id="v",
            question="Who owns the referral unit?",
            options=(VoteOption("a", "Police"), VoteOption("b", "Ministry")),
        )
    )
    with pytest.raises(PolicyRefused, match="closed"):
        desk.cast(vote.id, "phone-0", ["a"])  # not open yet
    desk.open_vote(vote.id)
    for n in range(45):
        desk.cast(vote.id, f"phone-{n}", ["a" if n % 3 else "b"])
    with pytest.raises(PolicyRefused, match="already voted"):
        desk.cast(vote.id, "phone-7", ["b"])
    result = desk.close_vote(vote.id)
    assert result.voters == 45 and {o.id: p for o, p in result.points} == {"a": 30, "b": 15}
    with pytest.raises(PolicyRefused, match="closed"):
        desk.cast(vote.id, "phone-99", ["a"])
    with pytest.raises(PolicyRefused, match="closed"):
        desk.open_vote(vote.id)


def test_closing_a_prioritisation_sets_priorities(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    ExerciseFile.create(path, small_exercise()).close()
    session = Session(ExerciseFile.open(path), author="Facilitator")
    try:
        policy = session.policy
        ids = []
        for issue in ("Fax orders", "No hotline", "No training"):
            made = policy.draft(issue, action=f"Fix: {issue}")
            ids.append(policy.edit(made.id, status=PolicyStatus.AGREED).id)
        policy.draft("Still a draft", action="Not in the vote")
        vote = policy.new_prioritisation(dots=3)
        assert vote.kind is VoteKind.DOTS and [o.recommendation_id for o in vote.options] == ids
        policy.open_vote(vote.id)
        first, second, third = (o.id for o in vote.options)
        policy.cast(vote.id, "p1", {second: 2, third: 1})
        policy.cast(vote.id, "p2", {second: 3})
        policy.cast(vote.id, "p3", {first: 1})
        policy.close_vote(vote.id)
        ranked = {r.id: r.priority for r in policy.recommendations()}
        assert ranked[ids[1]] == 1 and ranked[ids[0]] == 2 and ranked[ids[2]] == 2
    finally:
        session.close()


def test_the_room_connection_and_the_console_share_one_rule(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    ExerciseFile.create(path, small_exercise()).close()
    session = Session(ExerciseFile.open(path), author="Facilitator")
    try:
        vote = session.policy.new_poll("Escalate now?", ["Yes", "No"])
        session.policy.open_vote(vote.id)
        room = PolicyDesk(second_connection(path))
        room.cast(vote.id, "phone-1", [vote.options[0].id])
        with pytest.raises(PolicyRefused, match="already voted"):
            session.policy.cast(vote.id, "phone-1", [vote.options[1].id])
        assert session.policy.tally(vote.id).voters == 1
        plan_before = len(session.exercise.recommendations)
        made = session.policy.draft("Fax orders", action="A secure channel")
        carried = session.policy.carry_into_plan(made.id)
        assert len(session.exercise.recommendations) == plan_before + 1
        assert carried.plan_item_id == session.exercise.recommendations[-1].id
        with pytest.raises(PolicyRefused, match="already"):
            session.policy.carry_into_plan(made.id)
    finally:
        session.close()
