"""The room server's own door to the exercise file: one writer, one reader, each behind a lock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ttx_desktop.domain import clock as domain_clock
from ttx_desktop.domain.clock import ClockState, ExerciseClock, Reading
from ttx_desktop.domain.model import Exercise, FeedbackResponse, LogEntry
from ttx_desktop.domain.policy import PolicyRecommendation, PolicyStatus
from ttx_desktop.domain.votes import Vote
from ttx_desktop.room.tokens import TokenBook
from ttx_desktop.services.policy_desk import PolicyDesk, PolicyRefused
from ttx_desktop.storage.clock_repo import ClockRepo
from ttx_desktop.storage.exercise_repo import ExerciseRepo
from ttx_desktop.storage.failures import immediate
from ttx_desktop.storage.log_repo import LogRepo
from ttx_desktop.storage.policy_repo import PolicyRepo, VoteRepo
from ttx_desktop.storage.room_repo import FeedbackOutcome, RoomRepo, second_connection

if TYPE_CHECKING:
    from ttx_desktop.room.policy_api import PhoneDraft

# What became of a rapporteur's draft: stored anew, changed, sent again unchanged, or refused
# (another table's, or no longer a draft).
DraftOutcome = Literal["new", "changed", "unchanged", "other_table", "not_draft"]
# What became of a ballot: counted, or refused.
BallotOutcome = Literal["counted", "voted", "closed", "gone", "bad"]


@dataclass(frozen=True)
class Snapshot:
    """The exercise (no log), its clock and its votes as the file held them at one moment."""

    exercise: Exercise
    clock: ExerciseClock
    version: int
    votes: tuple[Vote, ...] = ()  # opened and closed by the console, never by the room

    def stamp(self, now: Reading) -> tuple[str | None, float | None]:
        """The current module and its elapsed exercise seconds, as the console stamps entries."""
        module_id = self.clock.current_module_id
        if module_id is None or self.clock.state(module_id) is ClockState.IDLE:
            return module_id, None
        return module_id, round(self.clock.elapsed(now, module_id) * 1000) / 1000


class _Arrival:
    """An entry waiting to be committed, and what became of it."""

    def __init__(self, entry: LogEntry) -> None:
        self.entry = entry
        self.settled = False
        self.result: LogEntry | Exception | None = None

    def settle(self, result: LogEntry | Exception | None) -> None:
        self.result, self.settled = result, True


class RoomStore:
    """Reads and writes for the room server, through connections of its own.

    SQLite connections are not shared between threads here: each of the two is used by one
    thread at a time under its lock. All writes go through the one writer connection, each
    committed (WAL, synchronous=FULL) before the call returns.
    """

    def __init__(
        self, path: Path, *, read_clocks: Callable[[], Reading] = domain_clock.read_clocks
    ) -> None:
        self.path = Path(path)
        self.read_clocks = read_clocks
        self._writer = second_connection(self.path)
        self._reader = second_connection(self.path)
        self._write_lock = threading.Lock()
        self._read_lock = threading.Lock()
        self._room = RoomRepo(self._writer)
        self._snapshot: Snapshot | None = None
        self._arrivals: list[_Arrival] = []  # entries waiting for the writer
        self._arrivals_lock = threading.Lock()
        self.tokens = TokenBook(self._room, self._write_lock)

    def snapshot(self) -> Snapshot:
        """The exercise as the file holds it now; read again only after someone committed."""
        with self._read_lock:
            db = self._reader
            cached = self._snapshot
            # Counted on the writer: its count moves only when another connection (the
            # console) commits, not with the room's own entries, which leave the exercise as
            # it was; else a room of phones read the whole exercise again for every entry.
            # Read before the exercise, so a change meanwhile is read again next time. While
            # the writer is busy committing a phone's entry, what was read stands (a change
            # of the console's is seen by the next request that finds the writer free):
            # waiting for it made every request queue behind every commit.
            if not self._write_lock.acquire(blocking=cached is None):
                assert cached is not None
                return cached
            try:
                version = int(self._writer.execute("PRAGMA data_version").fetchone()[0])
            finally:
                self._write_lock.release()
            if cached is not None and cached.version == version:
                return cached
            db.execute("BEGIN")  # one consistent reading of the exercise and its clock
            try:
                exercise = ExerciseRepo(db, self.path).load(with_log=False)
                clock = ExerciseClock(ClockRepo(db, self.path).all())
                votes = VoteRepo(db, self.path).all()
            finally:
                db.execute("COMMIT")
            self._snapshot = Snapshot(exercise, clock, version, votes)
            return self._snapshot

    def add_entry(self, entry: LogEntry) -> tuple[LogEntry, bool]:
        """Stores ``entry`` unless its id is there; returns it as stored and whether it is new.

        Committed when this returns. Entries that arrive while another commit is under way
        wait for the writer together and are committed together, in one transaction (group
        commit): a room of phones then waits for one flush to disk per group rather than one
        per entry each, and nothing is acknowledged before it is on disk.
        """
        arrival = _Arrival(entry)
        with self._arrivals_lock:
            self._arrivals.append(arrival)
        with self._write_lock:
            if not arrival.settled:  # else a commit of another thread's took it along
                with self._arrivals_lock:
                    group, self._arrivals = self._arrivals, []
                for waiting, result in zip(group, self._commit(group), strict=True):
                    waiting.settle(result)
        stored = arrival.result
        if isinstance(stored, Exception):
            raise stored
        if stored is not None:
            return stored, True
        with self._read_lock:
            existing = LogRepo(self._reader, self.path).get(entry.id)
        return existing or entry, False

    def _commit(self, group: list[_Arrival]) -> list[LogEntry | Exception | None]:
        """Commits a group together; if that fails, each of its entries alone, so that one
        entry's fault fails that entry only. Under the write lock."""
        try:
            return self._room.add_entries([a.entry for a in group])
        except Exception as exc:  # the commit failed: nothing of the group is stored
            if len(group) == 1:
                return [exc]
        results: list[LogEntry | Exception | None] = []
        for arrival in group:
            try:
                results += self._room.add_entries([arrival.entry])
            except Exception as exc:
                results.append(exc)
        return results

    def put_feedback(
        self, feedback: FeedbackResponse, *, max_forms: int, max_bytes: int
    ) -> FeedbackOutcome:
        """Stores or replaces a phone's feedback form (see RoomRepo.put_feedback)."""
        with self._write_lock:
            return self._room.put_feedback(feedback, max_forms=max_forms, max_bytes=max_bytes)

    def recommendations(self) -> list[PolicyRecommendation]:
        """Every recommendation as the file holds it now (the room's own drafts included,
        which the snapshot's version does not see)."""
        with self._read_lock:
            return list(PolicyRepo(self._reader, self.path).all(include_deleted=False))

    def put_recommendation(self, draft: PhoneDraft) -> tuple[PolicyRecommendation, DraftOutcome]:
        """Stores a rapporteur's draft under the phone's id, or changes that table's draft of
        that id; refuses another table's and one no longer a draft. Committed on return."""
        with self._write_lock, immediate(self._writer):  # the check and the write as one
            desk = PolicyDesk(self._writer, author=draft.author)
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
        with self._write_lock, immediate(self._writer):
            desk = PolicyDesk(self._writer)
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
        with self._read_lock:
            return RoomRepo(self._reader).feedback_tally()

    def close(self) -> None:
        with self._write_lock:
            self._writer.close()
        with self._read_lock:
            self._reader.close()
