"""Policy recommendations with their history, and the room's votes with one ballot per phone."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from ttx_desktop.domain.ids import to_iso, utc_now
from ttx_desktop.domain.policy import PolicyRecommendation, PolicyRevision
from ttx_desktop.domain.votes import Ballot, Vote
from ttx_desktop.messages import msg
from ttx_desktop.storage import policy_rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import StorageError, WriteRefused
from ttx_desktop.storage.failures import translated
from ttx_desktop.storage.reading import reading

# What an edit may change: a person's fields, not the id, position, author or times.
EDITABLE = frozenset(f.name for f in dataclasses.fields(PolicyRecommendation)) - {
    "id", "position", "author", "source", "revisions", "created_at", "updated_at",
}  # fmt: skip


class BallotRefused(StorageError):
    """A ballot the file would not take: the phone voted already, or the vote is closed."""


def first_revision(recommendation: PolicyRecommendation) -> PolicyRevision:
    """Revision 1: the recommendation as it was drafted."""
    return PolicyRevision(
        1,
        dataclasses.replace(recommendation, revisions=()),
        recommendation.created_at,
        recommendation.author,
    )


class PolicyRepo:
    """The tables' recommendations. Reads raise DamagedFile naming the file on a value the
    program never writes."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path

    def add(self, recommendation: PolicyRecommendation) -> PolicyRecommendation:
        """Stores a new recommendation (at the end of the list when its position is 0)."""
        with self._db.atomic():
            if recommendation.position == 0:
                recommendation = dataclasses.replace(recommendation, position=self._next())
            self.insert_with_history(recommendation)
        found = self.get(recommendation.id, with_history=True)
        assert found is not None
        return found

    def insert_with_history(self, recommendation: PolicyRecommendation) -> None:
        """Stores a recommendation from elsewhere (a definition, another laptop) with history."""
        history = recommendation.revisions or (first_revision(recommendation),)
        with self._db.atomic():
            row = policy_rows.policy_row(recommendation, history[-1].revision)
            self._db.table("policy_recommendation").insert(row)
            for revision in history:
                self._db.table("policy_revision").insert(
                    policy_rows.revision_row(recommendation.id, revision)
                )

    def edit(self, recommendation_id: str, *, by: str = "", **changes: Any) -> PolicyRecommendation:
        """Adds a revision with ``changes`` (fields of EDITABLE) and makes it current."""
        unknown = set(changes) - EDITABLE
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))} of a recommendation")
        now = utc_now()
        with self._db.atomic():
            current = self.get(recommendation_id)
            if current is None:
                raise KeyError(recommendation_id)
            state = dataclasses.replace(current, updated_at=now, **changes)
            number = self._last_revision(recommendation_id) + 1
            revision = PolicyRevision(number, state, now, by)
            self._db.table("policy_revision").insert(
                policy_rows.revision_row(recommendation_id, revision)
            )
            row = policy_rows.policy_row(state, number)
            for kept in ("id", "position", "author", "source", "created_at"):
                row.pop(kept)
            self._db.table("policy_recommendation").update(recommendation_id, row)
        found = self.get(recommendation_id, with_history=True)
        assert found is not None
        return found

    def delete(self, recommendation_id: str, *, by: str = "") -> PolicyRecommendation:
        """Marks it deleted; it stays in the file with its history and can be restored."""
        return self.edit(recommendation_id, by=by, deleted=True)

    def restore(self, recommendation_id: str, *, by: str = "") -> PolicyRecommendation:
        return self.edit(recommendation_id, by=by, deleted=False)

    def get(
        self, recommendation_id: str, *, with_history: bool = False
    ) -> PolicyRecommendation | None:
        sql = "SELECT * FROM policy_recommendation WHERE id = ?"
        with reading(self._db, self._path):
            row = next(self._db.query(sql, [recommendation_id]), None)
            if row is None:
                return None
            history = self._history(row) if with_history else ()
            return policy_rows.policy_from(row, history)

    def all(
        self, *, with_history: bool = False, include_deleted: bool = True
    ) -> Iterator[PolicyRecommendation]:
        """Every recommendation in list order."""
        where = "" if include_deleted else "WHERE deleted = 0"
        with reading(self._db, self._path):
            found = list(self._db.query(f"SELECT * FROM policy_recommendation {where} "
                                        "ORDER BY position, id"))  # fmt: skip
            history: dict[str, list[dict[str, Any]]] = defaultdict(list)
            if with_history and found:
                sql = "SELECT * FROM policy_revision ORDER BY recommendation_id, revision"
                for r in self._db.query(sql):
                    history[r["recommendation_id"]].append(r)
            for row in found:
                revisions = tuple(policy_rows.revision_from(r, row) for r in history[row["id"]])
                yield policy_rows.policy_from(row, revisions)

    def _history(self, current: dict[str, Any]) -> tuple[PolicyRevision, ...]:
        sql = "SELECT * FROM policy_revision WHERE recommendation_id = ? ORDER BY revision"
        return tuple(
            policy_rows.revision_from(r, current) for r in self._db.query(sql, [current["id"]])
        )

    def _last_revision(self, recommendation_id: str) -> int:
        sql = "SELECT max(revision) FROM policy_revision WHERE recommendation_id = ?"
        row = self._db.execute(sql, [recommendation_id]).fetchone()
        return int(row[0] or 0)

    def _next(self) -> int:
        row = self._db.execute("SELECT max(position) FROM policy_recommendation").fetchone()
        return int(row[0] or 0) + 1


class VoteRepo:
    """The room's votes and their ballots."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path

    def add(self, vote: Vote) -> None:
        with self._db.atomic():
            row = self._db.execute("SELECT max(position) FROM vote").fetchone()
            self._db.table("vote").insert(policy_rows.vote_row(vote, int(row[0] or 0) + 1))

    def set_times(
        self, vote_id: str, *, opened_at: datetime | None, closed_at: datetime | None
    ) -> None:
        """Opens or closes a vote (closing freezes it: the file takes no ballot after)."""
        values = {
            "opened_at": to_iso(opened_at) if opened_at else None,
            "closed_at": to_iso(closed_at) if closed_at else None,
        }
        with self._db.atomic():
            self._db.table("vote").update(vote_id, values)

    def cast(self, ballot: Ballot) -> None:
        """Stores a ballot; raises BallotRefused when this phone voted already or the vote is
        closed (the file's own keys and triggers hold that, whoever writes)."""
        try:
            with translated(), self._db.atomic():
                self._db.table("ballot").insert(policy_rows.ballot_row(ballot))
        except WriteRefused as exc:
            if "closed" in exc.reason:
                raise BallotRefused(msg("This vote is closed.")) from exc
            raise BallotRefused(msg("This phone has already voted.")) from exc

    def get(self, vote_id: str) -> Vote | None:
        with reading(self._db, self._path):
            row = next(self._db.query("SELECT * FROM vote WHERE id = ?", [vote_id]), None)
            return None if row is None else policy_rows.vote_from(row)

    def all(self) -> tuple[Vote, ...]:
        with reading(self._db, self._path):
            return tuple(
                policy_rows.vote_from(r)
                for r in self._db.query("SELECT * FROM vote ORDER BY position, id")
            )

    def ballots(self, vote_id: str | None = None) -> tuple[Ballot, ...]:
        """The ballots of one vote, or of all, in the order they were cast."""
        where, args = ("WHERE vote_id = ?", [vote_id]) if vote_id else ("", [])
        sql = f"SELECT * FROM ballot {where} ORDER BY cast_at, voter"
        with reading(self._db, self._path):
            return tuple(policy_rows.ballot_from(r) for r in self._db.query(sql, args))
