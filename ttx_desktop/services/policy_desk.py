"""The use cases of the tables' recommendations and the room's votes, free of Qt.

The console calls them through PolicyService; the room's server thread calls them on a
connection of its own. Every rule lives here once: a recommendation agreed against a negative
verdict needs a note, a phone votes once, a closed vote takes nothing and sets priorities.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from ttx_desktop.domain.ids import new_id, utc_now
from ttx_desktop.domain.model import LogEntry
from ttx_desktop.domain.policy import (
    PolicyRecommendation,
    PolicyStatus,
    merged,
    refusal_to_agree,
)
from ttx_desktop.domain.votes import (
    Tally,
    Vote,
    ballot_from,
    priorities,
    problem_with_vote,
    refusal_of_ballot,
    tally,
)
from ttx_desktop.errors import UserError
from ttx_desktop.messages import msg
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.policy_repo import BallotRefused, PolicyRepo, VoteRepo


class PolicyRefused(UserError):
    """A change to a recommendation or a vote that the rules do not allow; nothing was written."""


class PolicyDesk:
    """Drafts, reviews, merges and votes over one connection to the exercise file."""

    def __init__(
        self, db: Database, *, now: Callable[[], datetime] = utc_now, author: str = ""
    ) -> None:
        self._db = db
        self.policy = PolicyRepo(db)
        self.votes = VoteRepo(db)
        self._now = now
        self._author = author

    # ------------------------------------------------------------ recommendations

    def draft(
        self,
        issue: str,
        *,
        source: str = "console",
        author: str | None = None,
        recommendation_id: str | None = None,
        **fields: Any,
    ) -> PolicyRecommendation:
        """A new draft at the end of the list; ``recommendation_id`` is the id a phone made
        for it (so that sending it again finds it), else a new one."""
        if not issue.strip():
            raise PolicyRefused(msg("A recommendation needs the issue it answers."))
        now = self._now()
        made = PolicyRecommendation(
            id=recommendation_id or new_id(),
            issue=issue,
            source=source,
            author=self._author if author is None else author,
            created_at=now,
            updated_at=now,
            **fields,
        )
        if made.status is PolicyStatus.AGREED and (why := refusal_to_agree(made)):
            raise PolicyRefused(why)
        return self.policy.add(made)

    def from_entry(self, entry: LogEntry, *, by: str | None = None) -> PolicyRecommendation:
        """A draft that answers a log entry (an area for improvement, say): its text as the
        issue, its table, the entry as evidence, its objective."""
        return self.draft(
            entry.text,
            author=by,
            team_ids=(entry.team_id,) if entry.team_id else (),
            entry_ids=(entry.id,),
            objective_ids=(entry.objective_id,) if entry.objective_id else (),
        )

    def edit(self, recommendation_id: str, *, by: str = "", **changes: Any) -> PolicyRecommendation:
        """Changes fields; refused, with nothing written, when the result would be agreed
        against the rules (see domain.policy.refusal_to_agree)."""
        current = self._get(recommendation_id)
        after = dataclasses.replace(current, **changes)
        if after.status is PolicyStatus.AGREED and (why := refusal_to_agree(after)):
            raise PolicyRefused(why)
        if "issue" in changes and not after.issue.strip():
            raise PolicyRefused(msg("A recommendation needs the issue it answers."))
        return self.policy.edit(recommendation_id, by=by or self._author, **changes)

    def merge_into(
        self, duplicate_id: str, keeper_id: str, *, by: str = ""
    ) -> tuple[PolicyRecommendation, PolicyRecommendation]:
        """Folds a duplicate from another table into ``keeper``, keeping both sources."""
        if duplicate_id == keeper_id:
            raise PolicyRefused(msg("Choose another recommendation to merge into."))
        folded, grown = merged(self._get(duplicate_id), self._get(keeper_id))
        with self._db.atomic():
            kept = self.policy.edit(
                keeper_id,
                by=by or self._author,
                team_ids=grown.team_ids,
                entry_ids=grown.entry_ids,
                objective_ids=grown.objective_ids,
            )
            gone = self.policy.edit(
                duplicate_id,
                by=by or self._author,
                status=folded.status,
                merged_into=folded.merged_into,
            )
        return gone, kept

    def _get(self, recommendation_id: str) -> PolicyRecommendation:
        found = self.policy.get(recommendation_id)
        if found is None or found.deleted:
            raise PolicyRefused(msg("That recommendation is no longer there."))
        return found

    # ---------------------------------------------------------------------- votes

    def new_vote(self, vote: Vote) -> Vote:
        """Stores a vote as written (not yet open); refused when it is not well formed."""
        if why := problem_with_vote(vote):
            raise PolicyRefused(why)
        self.votes.add(vote)
        return vote

    def open_vote(self, vote_id: str) -> Vote:
        vote = self._vote(vote_id)
        if vote.closed_at is not None:
            raise PolicyRefused(msg("This vote is closed."))
        self.votes.set_times(vote_id, opened_at=vote.opened_at or self._now(), closed_at=None)
        return self._vote(vote_id)

    def cast(self, vote_id: str, voter: str, picked: Mapping[str, int] | Iterable[str]) -> Tally:
        """Counts one phone's ballot; refused when the phone voted already, the vote is
        closed or the choice is not the vote's. Returns the tally so far."""
        vote = self._vote(vote_id)
        ballot = dataclasses.replace(ballot_from(vote, voter, picked), cast_at=self._now())
        voters = (b.voter for b in self.votes.ballots(vote_id))
        if why := refusal_of_ballot(vote, ballot, voters):
            raise PolicyRefused(why)
        try:
            self.votes.cast(ballot)
        except BallotRefused as refused:  # another thread's ballot or close came first
            raise PolicyRefused(refused.detail) from refused
        return self.tally(vote_id)

    def close_vote(self, vote_id: str, *, by: str = "") -> Tally:
        """Freezes the vote; a prioritisation's ranking becomes its recommendations' priority."""
        vote = self._vote(vote_id)
        with self._db.atomic():
            if vote.closed_at is None:
                self.votes.set_times(
                    vote_id, opened_at=vote.opened_at or self._now(), closed_at=self._now()
                )
            result = self.tally(vote_id)
            if vote.prioritises:
                for recommendation_id, place in priorities(result).items():
                    found = self.policy.get(recommendation_id)
                    if found is not None and found.priority != place:
                        self.policy.edit(recommendation_id, by=by or self._author, priority=place)
        return result

    def tally(self, vote_id: str) -> Tally:
        return tally(self._vote(vote_id), self.votes.ballots(vote_id))

    def _vote(self, vote_id: str) -> Vote:
        found = self.votes.get(vote_id)
        if found is None:
            raise PolicyRefused(msg("That vote is no longer there."))
        return found
