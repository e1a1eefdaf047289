"""What phones in the room may do, free of Qt: log an entry, send a form, draft a table's
recommendation, vote. Each goes the road the console's own does (a new entry through
domain.log_entry.new_entry, drafts and ballots through PolicyDesk), written through the room's
own connection (storage/room_store.py) in the server's threads."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Literal

from ttx_desktop.domain.clock import Reading
from ttx_desktop.domain.ids import utc_now
from ttx_desktop.domain.log_entry import EntryRequest, entry_stamp, new_entry, without_gone_links
from ttx_desktop.domain.model import FeedbackResponse, LogEntry
from ttx_desktop.domain.phone_draft import PhoneDraft
from ttx_desktop.domain.policy import PolicyRecommendation, PolicyStatus
from ttx_desktop.services.policy_desk import PolicyDesk, PolicyRefused
from ttx_desktop.storage.room_repo import FeedbackOutcome
from ttx_desktop.storage.room_store import RoomStore, Snapshot

ENTRY_SOURCE = "room"  # LogEntry.source of what phones send
# What became of a rapporteur's draft: stored anew, changed, sent again unchanged, or refused
# (another table's, or no longer a draft).
DraftOutcome = Literal["new", "changed", "unchanged", "other_table", "not_draft"]
# What became of a ballot: counted, or refused.
BallotOutcome = Literal["counted", "voted", "closed", "gone", "bad"]


def phone_entry(
    snapshot: Snapshot, asked: EntryRequest, entry_id: str, *, logged_at: datetime, now: Reading
) -> tuple[LogEntry, list[str]]:
    """A note-taker's entry as the console makes its own (new_entry), stamped at ``now``.

    An inject or objective that is no longer there (deleted since the phone listed it) is
    left out rather than the entry refused: the text is what matters. What was left out is
    returned as notes for the phone ("inject_gone", "objective_gone")."""
    asked, notes = without_gone_links(snapshot.exercise, asked)
    entry = new_entry(
        snapshot.exercise,
        asked,
        entry_id=entry_id,
        logged_at=logged_at,
        stamp=entry_stamp(snapshot.clock, now),
        source=ENTRY_SOURCE,
    )
    return entry, notes


class RoomDesk:
    """The room's use cases over its store; called from the server's threads."""

    def __init__(self, store: RoomStore, *, now: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self._now = now

    def snapshot(self) -> Snapshot:
        return self.store.snapshot()

    def log(self, asked: EntryRequest, entry_id: str) -> tuple[LogEntry, bool, list[str]]:
        """Logs a phone's entry under the id the phone made, once however often it is sent:
        (the entry as stored, whether it is new, notes of links left out). Committed when
        this returns; raises EntryRefused, naming the fault, and writes nothing."""
        logged_at = self._now()
        entry, notes = phone_entry(
            self.store.snapshot(),
            asked,
            entry_id,
            logged_at=logged_at,
            now=self.store.read_clocks(),
        )
        stored, new = self.store.add_entry(entry)
        return stored, new, notes

    def put_feedback(
        self, feedback: FeedbackResponse, *, max_forms: int, max_bytes: int
    ) -> FeedbackOutcome:
        """Stores or replaces a phone's feedback form (see RoomRepo.put_feedback)."""
        return self.store.put_feedback(feedback, max_forms=max_forms, max_bytes=max_bytes)

    def recommendations(self) -> list[PolicyRecommendation]:
        return self.store.recommendations()

    def put_recommendation(self, draft: PhoneDraft) -> tuple[PolicyRecommendation, DraftOutcome]:
        """Stores a rapporteur's draft under the phone's id, or changes that table's draft of
        that id; refuses another table's and one no longer a draft. Committed on return."""
        with self.store.writing() as db:  # the check and the write as one
            desk = PolicyDesk(db, author=draft.author)
            current = desk.policy.get(draft.id)
            if current is None:
                made = desk.draft(
                    draft.issue,
                    source="phone",
                    recommendation_id=draft.id,
                    team_ids=(draft.team_id,),
                    **{k: v for k, v in draft.fields().items() if k != "issue"},
                )
                return made, "new"
            if draft.team_id not in current.team_ids:
                return current, "other_table"
            if current.deleted or current.status is not PolicyStatus.DRAFT:
                return current, "not_draft"
            changes = draft.changes(current)
            if not changes:
                return current, "unchanged"
            return desk.edit(draft.id, by=draft.author, **changes), "changed"

    def cast_ballot(
        self, vote_id: str, voter: str, choices: Mapping[str, int]
    ) -> tuple[BallotOutcome, str]:
        """Counts one phone's ballot (committed on return), or says why not: the phone
        voted already, the vote is closed or gone, or the choice is not the vote's (with
        the reason)."""
        with self.store.writing() as db:
            desk = PolicyDesk(db)
            vote = desk.votes.get(vote_id)
            if vote is None:
                return "gone", ""
            if not vote.is_open:
                return "closed", ""
            if any(b.voter == voter for b in desk.votes.ballots(vote_id)):
                return "voted", ""
            try:
                desk.cast(vote_id, voter, choices)
            except PolicyRefused as refused:
                now = desk.votes.get(vote_id)
                if now is None or not now.is_open:  # the console closed it meanwhile
                    return "closed", ""
                return "bad", refused.detail
            return "counted", ""

    def feedback_tally(self) -> tuple[int, int]:
        """How many feedback forms the file holds, from how many phones."""
        return self.store.feedback_tally()

    def close(self) -> None:
        self.store.close()
