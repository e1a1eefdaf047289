"""Merging another copy's policy recommendations and votes, matched by id like log entries."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.policy import PolicyRecommendation
from ttx_desktop.messages import Text, clipped, msg
from ttx_desktop.storage import policy_rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.policy_repo import PolicyRepo, VoteRepo


@dataclass
class PolicyMerge:
    """What merging recommendations and votes added, and what needs a person's eye."""

    recommendations: int = 0
    revisions: int = 0
    votes: int = 0
    ballots: int = 0
    conflicts: list[Text] = field(default_factory=list)


def merge_policy(db: Database, ours: Exercise, theirs: Exercise) -> PolicyMerge:
    """Adds what ``theirs`` has of recommendations, their revisions, votes and ballots that
    the file ``db`` (holding ``ours``) lacks; a recommendation edited on both is reported."""
    found = PolicyMerge()
    known = _known(db)
    repo = PolicyRepo(db)
    mine = {r.id: r for r in ours.policy}
    for item in theirs.policy:
        here = mine.get(item.id)
        if here is None:
            repo.insert_with_history(_resolved(item, known))
            found.recommendations += 1
            continue
        _adopt_revisions(db, here, item, found)
    _merge_votes(db, ours, theirs, found, known)
    return found


def _adopt_revisions(
    db: Database, here: PolicyRecommendation, there: PolicyRecommendation, found: PolicyMerge
) -> None:
    ours, theirs = here.revisions, there.revisions
    if is_prefix(theirs, ours):
        return
    if not is_prefix(ours, theirs):
        found.conflicts.append(
            msg(
                "recommendation {issue!r} was edited on both laptops; kept this file's version",
                issue=clipped(here.issue),
            )
        )
        return
    for revision in theirs[len(ours) :]:
        db.table("policy_revision").insert(policy_rows.revision_row(here.id, revision))
        found.revisions += 1
    row = policy_rows.policy_row(theirs[-1].state, theirs[-1].revision)
    for kept in ("id", "position", "author", "source", "created_at"):
        row.pop(kept)
    db.table("policy_recommendation").update(here.id, row)


def _resolved(item: PolicyRecommendation, known: dict[str, set[str]]) -> PolicyRecommendation:
    """The recommendation with references this file cannot hold left out (its history keeps
    them): tables, log entries and objectives only the other copy has."""

    def kept(ids: tuple[str, ...], kind: str) -> tuple[str, ...]:
        return tuple(i for i in ids if i in known[kind])

    return dataclasses.replace(
        item,
        team_ids=kept(item.team_ids, "team"),
        entry_ids=kept(item.entry_ids, "log_entry"),
        objective_ids=kept(item.objective_ids, "objective"),
        plan_item_id=item.plan_item_id if item.plan_item_id in known["recommendation"] else None,
    )


def _merge_votes(
    db: Database, ours: Exercise, theirs: Exercise, found: PolicyMerge, known: dict[str, set[str]]
) -> None:
    votes = VoteRepo(db)
    mine = {v.id: v for v in ours.votes}
    voters = {(b.vote_id, b.voter) for b in ours.ballots}
    theirs_by_vote = {v.id: v for v in theirs.votes}
    for vote in theirs.votes:
        if vote.id not in mine:
            inject_id = vote.inject_id if vote.inject_id in known["inject"] else None
            votes.add(dataclasses.replace(vote, closed_at=None, inject_id=inject_id))
            found.votes += 1
    for ballot in theirs.ballots:
        if (ballot.vote_id, ballot.voter) in voters or ballot.vote_id not in theirs_by_vote:
            continue
        here = mine.get(ballot.vote_id)
        if here is not None and here.closed_at is not None:
            found.conflicts.append(
                msg(
                    "a ballot cast on the other laptop for {question!r} came after this "
                    "file closed the vote; not counted",
                    question=clipped(here.question),
                )
            )
            continue
        votes.cast(ballot)
        found.ballots += 1
    for vote in theirs.votes:
        if vote.id not in mine:
            votes.set_times(vote.id, opened_at=vote.opened_at, closed_at=vote.closed_at)


def _known(db: Database) -> dict[str, set[str]]:
    return {
        table: {r[0] for r in db.execute(f"SELECT id FROM {table}").fetchall()}
        for table in ("team", "objective", "log_entry", "recommendation", "inject")
    }


_R = TypeVar("_R")


def is_prefix(head: Sequence[_R], whole: Sequence[_R]) -> bool:
    """``head`` is where ``whole`` starts: the other copy's history only adds to this one's."""
    return len(head) <= len(whole) and list(whole[: len(head)]) == list(head)
