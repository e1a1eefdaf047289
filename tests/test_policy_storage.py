"""Policy recommendations and votes in the exercise file, the definition and merges."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.storage_helpers import T0, small_exercise
from tests.strategies import _Ids, exercises, required_texts, texts
from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.policy import (
    GenderReview,
    GenderVerdict,
    Horizon,
    PolicyRecommendation,
    PolicyStatus,
    Right,
    RightsReview,
    RightsVerdict,
)
from ttx_desktop.domain.votes import Ballot, Vote, VoteKind, VoteOption, ballot_from
from ttx_desktop.formats.definition import parse_definition
from ttx_desktop.formats.definition_writer import dump_definition
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.merge import merge_file
from ttx_desktop.storage.policy_repo import BallotRefused

FIXTURES = Path(__file__).parent / "fixtures"


def _channel(**changes: Any) -> PolicyRecommendation:
    made = PolicyRecommendation(
        id="pol-1",
        issue="Removal orders reach platforms by fax",
        action="A secure electronic channel for removal orders",
        team_ids=("team-jud",),
        theme="detection and removal",
        owner="Ministry of Digital Affairs",
        horizon=Horizon.SHORT,
        rights=RightsReview(
            rights=(Right.EXPRESSION, Right.DUE_PROCESS),
            legal_basis="Law on electronic communications, art. 12",
            safeguards="Judicial review within 48 hours",
            verdict=RightsVerdict.NEEDS_SAFEGUARDS,
        ),
        gender=GenderReview(
            impact="Women journalists are targeted most", verdict=GenderVerdict.NONE
        ),
        indicator="Median time from order to removal",
        entry_ids=("log-1",),
        objective_ids=("obj-1",),
        author="Rapporteur, table 2",
        created_at=T0,
        updated_at=T0,
    )
    return replace(made, **changes)


def _poll(opened: bool = True) -> Vote:
    return Vote(
        id="vote-1",
        question="Who should own the referral unit?",
        options=(VoteOption("a", "Police"), VoteOption("b", "Ministry")),
        inject_id="inj-1",
        opened_at=T0 if opened else None,
    )


@pytest.fixture
def file(tmp_path: Path) -> Any:
    path = tmp_path / "x.ttxdb"
    with ExerciseFile.create(path, small_exercise()) as made:
        yield made


def test_a_recommendation_keeps_every_revision_and_is_never_deleted(file: Any) -> None:
    added = file.policy.add(_channel())
    assert added.position == 1 and len(added.revisions) == 1
    agreed = file.policy.edit("pol-1", by="Reviewer", status=PolicyStatus.AGREED, priority=2)
    assert agreed.status is PolicyStatus.AGREED and agreed.priority == 2
    assert [r.revision for r in agreed.revisions] == [1, 2]
    assert agreed.revisions[0].state.status is PolicyStatus.DRAFT
    assert agreed.revisions[1].edited_by == "Reviewer"
    gone = file.policy.delete("pol-1")
    assert gone.deleted and file.policy.restore("pol-1").deleted is False
    assert [p.id for p in file.policy.all(include_deleted=False)] == ["pol-1"]
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        file.db.execute("DELETE FROM policy_recommendation")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be rewritten"):
        file.db.execute("UPDATE policy_revision SET data = '{}'")
    with pytest.raises(ValueError, match="cannot edit id"):
        file.policy.edit("pol-1", id="other")


def test_one_ballot_per_phone_and_none_after_closing(file: Any) -> None:
    vote = _poll()
    file.votes.add(vote)
    file.votes.cast(ballot_from(vote, "phone-1", ["a"]))
    with pytest.raises(BallotRefused, match="already voted"):
        file.votes.cast(ballot_from(vote, "phone-1", ["b"]))
    file.votes.set_times("vote-1", opened_at=T0, closed_at=T0 + timedelta(minutes=3))
    with pytest.raises(BallotRefused, match="closed"):
        file.votes.cast(ballot_from(vote, "phone-2", ["b"]))
    assert [b.voter for b in file.votes.ballots("vote-1")] == ["phone-1"]
    stored = file.votes.get("vote-1")
    assert stored is not None and not stored.is_open and stored.question == vote.question


def _with_policy(ex: Exercise) -> Exercise:
    vote = replace(_poll(), closed_at=T0 + timedelta(minutes=5))
    ranking = Vote(
        id="vote-2",
        question="Rank the agreed recommendations",
        kind=VoteKind.DOTS,
        options=(VoteOption("x", "Channel", "pol-1"), VoteOption("y", "Hotline", "pol-2")),
        opened_at=T0,
    )
    return replace(
        ex,
        policy=(
            replace(_channel(), position=1),
            replace(
                _channel(id="pol-2", issue="No hotline", merged_into="pol-1"),
                status=PolicyStatus.MERGED,
                position=2,
                gender=GenderReview(women_organisations_consulted=False),
            ),
        ),
        votes=(vote, ranking),
        ballots=(
            Ballot("vote-1", "phone-1", (("a", 1),), T0 + timedelta(minutes=1)),
            Ballot("vote-1", "phone-2", (("b", 1),), T0 + timedelta(minutes=2)),
            Ballot("vote-2", "phone-1", (("x", 2), ("y", 1)), T0 + timedelta(minutes=3)),
        ),
    )


def test_recommendations_and_votes_survive_the_file_and_the_definition(tmp_path: Path) -> None:
    ex = _with_policy(small_exercise())
    path = tmp_path / "x.ttxdb"
    ExerciseFile.create(path, ex).close()
    with ExerciseFile.open(path) as opened:
        stored = opened.exercise.load()
    assert stored.policy == ex.policy and stored.votes == ex.votes
    assert stored.ballots == ex.ballots
    text = dump_definition(stored)
    assert "policy_recommendations:" in text and "votes:" in text
    again = parse_definition(text.encode(), "x.yaml")
    assert again.policy == ex.policy and again.votes == ex.votes and again.ballots == ex.ballots


@st.composite
def _exercises_with_policy(draw: Any) -> Exercise:
    ex = draw(exercises(size=2))
    new_id = _Ids(draw, ex.id)
    policy = []
    for n in range(draw(st.integers(0, 3))):
        policy.append(
            PolicyRecommendation(
                id=new_id("policy", n),
                issue=draw(required_texts),
                action=draw(texts),
                team_ids=tuple(
                    draw(
                        st.lists(st.sampled_from([t.id for t in ex.teams]), unique=True, max_size=2)
                    )
                    if ex.teams
                    else ()
                ),
                theme=draw(texts),
                horizon=draw(st.sampled_from(Horizon)),
                rights=RightsReview(
                    rights=tuple(draw(st.lists(st.sampled_from(Right), unique=True, max_size=3))),
                    safeguards=draw(texts),
                    verdict=draw(st.sampled_from(RightsVerdict)),
                ),
                gender=GenderReview(
                    impact=draw(texts),
                    women_organisations_consulted=draw(st.sampled_from([None, True, False])),
                    verdict=draw(st.sampled_from(GenderVerdict)),
                ),
                priority=draw(st.one_of(st.none(), st.integers(1, 40))),
                status=draw(st.sampled_from(PolicyStatus)),
                entry_ids=tuple(e.id for e in ex.log[:1]),
                objective_ids=tuple(o.id for o in ex.objectives[:1]),
                plan_item_id=ex.recommendations[0].id if ex.recommendations else None,
                position=n + 1,
            )
        )
    return replace(ex, policy=tuple(policy))  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_exercises_with_policy())
def test_random_recommendations_round_trip_through_file_and_definition(ex: Exercise) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.ttxdb"
        ExerciseFile.create(path, ex).close()
        with ExerciseFile.open(path) as opened:
            stored = opened.exercise.load()
    assert stored.policy == ex.policy
    assert parse_definition(dump_definition(stored).encode(), "x.yaml").policy == ex.policy


def test_a_definition_naming_nothing_says_where(tmp_path: Path) -> None:
    from ttx_desktop.formats.definition import check_definition

    good = dump_definition(_with_policy(small_exercise()))
    bad = good.replace("evidence:\n      - log-1", "evidence:\n      - log-9", 1)
    assert bad != good
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    problems = [str(p) for p in check_definition(path)]
    assert any("policy_recommendations[1].evidence[1]" in p and "names nothing" in p
               for p in problems), problems  # fmt: skip


def test_another_laptops_recommendations_votes_and_ballots_merge_once(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "a.ttxdb", tmp_path / "b.ttxdb"
    ExerciseFile.create(ours, small_exercise()).close()
    shutil.copy(ours, theirs)
    with ExerciseFile.open(ours) as mine:
        mine.policy.add(_channel())
    shutil.copy(ours, tmp_path / "base.ttxdb")
    with ExerciseFile.open(theirs) as other:
        other.policy.add(_channel(id="pol-2", issue="No hotline for victims"))
        vote = _poll()
        other.votes.add(vote)
        other.votes.cast(ballot_from(vote, "phone-9", ["b"]))
    with ExerciseFile.open(ours) as mine:
        report = merge_file(mine, theirs)
        assert report.policy == 1 and report.votes == 2 and report.changed
        assert "policy recommendations" in report.summary()
        assert [p.id for p in mine.policy.all()] == ["pol-1", "pol-2"]
        assert [b.voter for b in mine.votes.ballots("vote-1")] == ["phone-9"]
        assert not merge_file(mine, theirs).changed


def test_revisions_from_the_other_laptop_are_adopted_and_clashes_reported(
    tmp_path: Path,
) -> None:
    ours, theirs = tmp_path / "a.ttxdb", tmp_path / "b.ttxdb"
    with ExerciseFile.create(ours, small_exercise()) as made:
        made.policy.add(_channel())
    shutil.copy(ours, theirs)
    with ExerciseFile.open(theirs) as other:
        other.policy.edit("pol-1", by="Reviewer", status=PolicyStatus.AGREED)
    with ExerciseFile.open(ours) as mine:
        assert merge_file(mine, theirs).policy == 1
        assert mine.policy.get("pol-1") is not None
        assert mine.policy.get("pol-1").status is PolicyStatus.AGREED  # type: ignore[union-attr]
        mine.policy.edit("pol-1", indicator="Here")
    with ExerciseFile.open(theirs) as other:
        other.policy.edit("pol-1", indicator="There")
    with ExerciseFile.open(ours) as mine:
        report = merge_file(mine, theirs)
        assert any("edited on both laptops" in c for c in report.conflicts)
        assert mine.policy.get("pol-1").indicator == "Here"  # type: ignore[union-attr]


def test_an_older_file_read_only_has_no_recommendations_yet(tmp_path: Path) -> None:
    old = tmp_path / "v1.ttxdb"
    shutil.copy(FIXTURES / "exercise-v1.ttxdb", old)
    with ExerciseFile.open(old, readonly=True) as opened:
        loaded = opened.exercise.load()
        assert loaded.policy == () and loaded.votes == () and loaded.ballots == ()
        assert opened.exercise.counts()["policy"] == 0
