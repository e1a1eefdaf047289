"""The rules of policy recommendations and of the room's votes, without storage or Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttx_desktop.domain.policy import (
    GenderReview,
    GenderVerdict,
    PolicyRecommendation,
    PolicyStatus,
    RightsReview,
    RightsVerdict,
    merged,
    refusal_to_agree,
)
from ttx_desktop.domain.votes import (
    Ballot,
    Vote,
    VoteKind,
    VoteOption,
    ballot_from,
    priorities,
    problem_with_vote,
    refusal_of_ballot,
    tally,
)

OPENED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def _recommendation(**changes: object) -> PolicyRecommendation:
    base = PolicyRecommendation(
        id="r1",
        issue="Removal orders reach platforms by fax",
        action="Set up a secure electronic channel for removal orders",
        team_ids=("ict",),
        entry_ids=("e1",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _poll(**changes: object) -> Vote:
    base = Vote(
        id="v1",
        question="Who should own the referral unit?",
        options=(VoteOption("a", "Police"), VoteOption("b", "Ministry"), VoteOption("c", "Both")),
        opened_at=OPENED,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_draft_with_both_verdicts_positive_may_be_agreed() -> None:
    ready = _recommendation(
        rights=RightsReview(verdict=RightsVerdict.COMPLIANT),
        gender=GenderReview(verdict=GenderVerdict.CONSIDERED),
    )
    assert refusal_to_agree(ready) is None


@pytest.mark.parametrize(
    ("rights", "gender"),
    [
        (RightsVerdict.NOT_COMPLIANT, GenderVerdict.CONSIDERED),
        (RightsVerdict.COMPLIANT, GenderVerdict.NOT_CONSIDERED),
        (RightsVerdict.NOT_COMPLIANT, GenderVerdict.NOT_CONSIDERED),
    ],
)
def test_a_negative_verdict_needs_a_note_before_agreeing(
    rights: RightsVerdict, gender: GenderVerdict
) -> None:
    doubtful = _recommendation(
        rights=RightsReview(verdict=rights), gender=GenderReview(verdict=gender)
    )
    refusal = refusal_to_agree(doubtful)
    assert refusal is not None and "note" in refusal
    assert refusal_to_agree(replace(doubtful, review_note="   ")) is not None
    assert refusal_to_agree(replace(doubtful, review_note="Safeguards follow in law")) is None


def test_needs_safeguards_and_needs_work_do_not_block_agreeing() -> None:
    partial = _recommendation(
        rights=RightsReview(verdict=RightsVerdict.NEEDS_SAFEGUARDS),
        gender=GenderReview(verdict=GenderVerdict.NEEDS_WORK),
    )
    assert refusal_to_agree(partial) is None


def test_an_empty_action_or_a_merged_one_cannot_be_agreed() -> None:
    assert refusal_to_agree(_recommendation(action="")) is not None
    assert refusal_to_agree(_recommendation(status=PolicyStatus.MERGED)) is not None


def test_under_discussion_covers_drafts_and_unreviewed_agreed_ones() -> None:
    reviewed = {
        "rights": RightsReview(verdict=RightsVerdict.COMPLIANT),
        "gender": GenderReview(verdict=GenderVerdict.CONSIDERED),
    }
    assert _recommendation().under_discussion
    assert _recommendation(**reviewed).under_discussion  # a draft, however reviewed
    assert _recommendation(status=PolicyStatus.AGREED).under_discussion  # not reviewed
    assert not _recommendation(status=PolicyStatus.AGREED, **reviewed).under_discussion
    assert not _recommendation(status=PolicyStatus.WITHDRAWN).under_discussion


def test_merging_keeps_both_sources_and_marks_the_duplicate() -> None:
    keeper = _recommendation(id="k", team_ids=("ict", "police"), entry_ids=("e1",))
    duplicate = _recommendation(
        id="d", team_ids=("police", "media"), entry_ids=("e2",), objective_ids=("o1",)
    )
    folded, grown = merged(duplicate, keeper)
    assert grown.team_ids == ("ict", "police", "media")
    assert grown.entry_ids == ("e1", "e2")
    assert grown.objective_ids == ("o1",)
    assert folded.status is PolicyStatus.MERGED and folded.merged_into == "k"
    with pytest.raises(ValueError, match="itself"):
        merged(keeper, keeper)


def test_a_vote_is_checked_as_written() -> None:
    assert problem_with_vote(_poll()) is None
    assert problem_with_vote(_poll(question=" ")) is not None
    assert problem_with_vote(_poll(options=(VoteOption("a", "Yes"),))) is not None
    seven = tuple(VoteOption(str(n), f"Option {n}") for n in range(7))
    assert problem_with_vote(_poll(options=seven)) is not None
    twins = (VoteOption("a", "Yes"), VoteOption("b", " yes"))
    assert problem_with_vote(_poll(options=twins)) is not None
    assert problem_with_vote(_poll(kind=VoteKind.DOTS, dots=0)) is not None


def test_one_ballot_per_phone_while_open() -> None:
    vote = _poll()
    first = ballot_from(vote, "phone-1", ["b"])
    assert refusal_of_ballot(vote, first, voters=[]) is None
    assert refusal_of_ballot(vote, first, voters=["phone-1"]) == "This phone has already voted."
    closed = replace(vote, closed_at=OPENED)
    assert refusal_of_ballot(closed, first, voters=[]) == "This vote is closed."
    assert refusal_of_ballot(replace(vote, opened_at=None), first, voters=[]) is not None


def test_a_ballot_holds_only_the_votes_own_options_within_its_dots() -> None:
    poll = _poll()
    assert refusal_of_ballot(poll, ballot_from(poll, "p", ["z"]), []) is not None
    assert refusal_of_ballot(poll, ballot_from(poll, "p", ["a", "b"]), []) is not None
    assert refusal_of_ballot(poll, ballot_from(poll, "p", []), []) is not None
    dots = _poll(kind=VoteKind.DOTS, dots=3)
    assert refusal_of_ballot(dots, ballot_from(dots, "p", {"a": 2, "b": 1}), []) is None
    assert refusal_of_ballot(dots, ballot_from(dots, "p", {"a": 3, "b": 1}), []) is not None
    assert refusal_of_ballot(dots, Ballot("v1", "p", (("a", -1),)), []) is not None
    rank = _poll(kind=VoteKind.RANK)
    assert refusal_of_ballot(rank, ballot_from(rank, "p", ["c", "a", "b"]), []) is None
    assert refusal_of_ballot(rank, Ballot("v1", "p", (("a", 3), ("b", 3))), []) is not None


def test_tally_counts_each_phone_once_and_ranks_recommendations() -> None:
    options = (
        VoteOption("a", "Channel", "r1"),
        VoteOption("b", "Training", "r2"),
        VoteOption("c", "Hotline", "r3"),
    )
    vote = _poll(kind=VoteKind.DOTS, options=options)
    ballots = [
        ballot_from(vote, "p1", {"a": 2, "b": 1}),
        ballot_from(vote, "p1", {"c": 3}),  # the same phone again: not counted
        ballot_from(vote, "p2", {"b": 2, "a": 1}),
        ballot_from(vote, "p3", {"c": 1}),
    ]
    result = tally(vote, ballots)
    assert result.voters == 3
    assert [points for _, points in result.points] == [3, 3, 1]
    assert [option.id for option in result.ranking()] == ["a", "b", "c"]
    assert priorities(result) == {"r1": 1, "r2": 1, "r3": 3}


@given(
    st.lists(
        st.tuples(st.sampled_from(["p1", "p2", "p3", "p4"]), st.sampled_from(["a", "b", "c"])),
        max_size=30,
    )
)
def test_a_polls_points_add_up_to_its_voters(casts: list[tuple[str, str]]) -> None:
    vote = _poll()
    counted: list[Ballot] = []
    for voter, option in casts:
        ballot = ballot_from(vote, voter, [option])
        if refusal_of_ballot(vote, ballot, [b.voter for b in counted]) is None:
            counted.append(ballot)
    result = tally(vote, counted)
    assert result.voters == len({voter for voter, _ in casts})
    assert sum(points for _, points in result.points) == result.voters
    assert tally(vote, [ballot_from(vote, v, [o]) for v, o in casts]) == result
