"""The console's side of recommendations and votes: the desk's use cases, announced to panels."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from ttx_desktop.domain.ids import derived_id, new_id
from ttx_desktop.domain.model import LogEntry
from ttx_desktop.domain.policy import PolicyRecommendation, PolicyStatus
from ttx_desktop.domain.votes import Tally, Vote, VoteKind, VoteOption
from ttx_desktop.messages import clipped, msg
from ttx_desktop.services.authoring_service import AuthoringService
from ttx_desktop.services.changes import PRESENTED, RECOMMENDATIONS, of_vote
from ttx_desktop.services.policy_desk import PolicyDesk, PolicyRefused
from ttx_desktop.storage.exercise_file import ExerciseFile


class PolicyService(QObject):
    """Recommendations drafted at the tables and the votes of the room.

    Signals:
        changed(OpChanges): a recommendation was drafted, edited, merged or deleted
            (``recommendations``); a vote was made, opened, closed or got a ballot (``votes``
            and ``vote_id``); the recommendation shown to the room changed (``presented``).
            The session passes it on to the panels (which listen to ``Session.changed``).
        vote_opened(str): a vote was opened to the phones (its id): the room's screen turns
            to it.
    """

    changed = Signal(object)
    vote_opened = Signal(str)

    def __init__(
        self, file: ExerciseFile, authoring: AuthoringService, *, author: str = ""
    ) -> None:
        super().__init__()
        self._desk = PolicyDesk(file.db, author=author)
        self._authoring = authoring
        self._author = author
        # What the presenter's recommendations page shows: one recommendation, or (None) the
        # agreed ones by theme. A choice of the console's, not stored in the file.
        self.presented: str | None = None

    # ----------------------------------------------------------------- reading

    def recommendations(self, *, include_deleted: bool = False) -> list[PolicyRecommendation]:
        return list(self._desk.policy.all(include_deleted=include_deleted))

    def recommendation(self, recommendation_id: str) -> PolicyRecommendation | None:
        return self._desk.policy.get(recommendation_id, with_history=True)

    def votes(self) -> tuple[Vote, ...]:
        return self._desk.votes.all()

    def open_votes(self) -> tuple[Vote, ...]:
        return tuple(v for v in self.votes() if v.is_open)

    def tally(self, vote_id: str) -> Tally:
        return self._desk.tally(vote_id)

    # ----------------------------------------------------------------- writing

    def draft(self, issue: str, **fields: Any) -> PolicyRecommendation:
        made = self._desk.draft(issue, **fields)
        self.changed.emit(RECOMMENDATIONS)
        return made

    def from_entry(self, entry: LogEntry) -> PolicyRecommendation:
        made = self._desk.from_entry(entry, by=self._author)
        self.changed.emit(RECOMMENDATIONS)
        return made

    def edit(self, recommendation_id: str, **changes: Any) -> PolicyRecommendation:
        changed = self._desk.edit(recommendation_id, by=self._author, **changes)
        self.changed.emit(RECOMMENDATIONS)
        return changed

    def delete(self, recommendation_id: str) -> PolicyRecommendation:
        return self.edit(recommendation_id, deleted=True)

    def restore(self, recommendation_id: str) -> PolicyRecommendation:
        return self.edit(recommendation_id, deleted=False)

    def merge_into(
        self, duplicate_id: str, keeper_id: str
    ) -> tuple[PolicyRecommendation, PolicyRecommendation]:
        result = self._desk.merge_into(duplicate_id, keeper_id, by=self._author)
        self.changed.emit(RECOMMENDATIONS)
        return result

    def carry_into_plan(self, recommendation_id: str) -> PolicyRecommendation:
        """Makes an improvement-plan item from a recommendation and links the two."""
        found = self._desk.policy.get(recommendation_id)
        if found is None or found.deleted:
            raise PolicyRefused(msg("That recommendation is no longer there."))
        if found.plan_item_id and any(
            item.id == found.plan_item_id for item in self._authoring.exercise.recommendations
        ):
            raise PolicyRefused(msg("This recommendation is in the improvement plan already."))
        item = dataclasses.replace(
            self._authoring.new_recommendation(),
            issue=found.issue,
            corrective_action=found.action,
            objective_id=found.objective_ids[0] if found.objective_ids else None,
            responsible=found.owner,
        )
        saved = self._authoring.save_recommendation(item)
        return self.edit(recommendation_id, plan_item_id=saved.id)

    # ------------------------------------------------------------------- votes

    def new_poll(
        self, question: str, options: Iterable[str], *, inject_id: str | None = None
    ) -> Vote:
        vote_id = new_id()
        labels = [label.strip() for label in options if label.strip()]
        vote = Vote(
            id=vote_id,
            question=question.strip(),
            options=tuple(
                VoteOption(derived_id(vote_id, "option", str(n)), label)
                for n, label in enumerate(labels)
            ),
            inject_id=inject_id,
        )
        made = self._desk.new_vote(vote)
        self.changed.emit(of_vote(made.id))
        return made

    def new_prioritisation(self, *, dots: int = 3, kind: VoteKind = VoteKind.DOTS) -> Vote:
        """A vote over the agreed recommendations, each an option."""
        agreed = [
            r for r in self.recommendations() if r.status is PolicyStatus.AGREED and not r.deleted
        ]
        vote_id = new_id()
        vote = Vote(
            id=vote_id,
            question=msg("Which recommendations matter most?"),
            kind=kind,
            options=tuple(
                VoteOption(
                    derived_id(vote_id, "option", str(n)), clipped(r.action or r.issue, 80), r.id
                )
                for n, r in enumerate(agreed)
            ),
            dots=dots,
        )
        made = self._desk.new_vote(vote)
        self.changed.emit(of_vote(made.id))
        return made

    def open_vote(self, vote_id: str) -> Vote:
        opened = self._desk.open_vote(vote_id)
        self.changed.emit(of_vote(vote_id))
        self.vote_opened.emit(vote_id)
        return opened

    def present(self, recommendation_id: str | None) -> None:
        """Shows one recommendation to the room (None: the agreed ones by theme)."""
        self.presented = recommendation_id
        self.changed.emit(PRESENTED)

    def cast(self, vote_id: str, voter: str, picked: Mapping[str, int] | Iterable[str]) -> Tally:
        result = self._desk.cast(vote_id, voter, picked)
        self.changed.emit(of_vote(vote_id))
        return result

    def close_vote(self, vote_id: str) -> Tally:
        result = self._desk.close_vote(vote_id, by=self._author)
        self.changed.emit(of_vote(vote_id) | RECOMMENDATIONS)
        return result

    def ballot_arrived(self, vote_id: str) -> None:
        """A phone's ballot was stored by the room on its own connection: tell the panels."""
        self.changed.emit(of_vote(vote_id))

    def draft_arrived(self) -> None:
        """A rapporteur's draft was stored by the room on its own connection: tell the panels."""
        self.changed.emit(RECOMMENDATIONS)
