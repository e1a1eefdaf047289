"""The room server's own door to the exercise file: one writer, one reader, each behind a lock.

Only storage lives here: reading the exercise, committing entries in groups, feedback forms.
What the room's phones may do, and the rules of it, are services/room_desk.py's."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ttx_desktop.domain import clock as domain_clock
from ttx_desktop.domain.clock import ExerciseClock, Reading
from ttx_desktop.domain.model import Exercise, FeedbackResponse, LogEntry
from ttx_desktop.domain.policy import PolicyRecommendation
from ttx_desktop.domain.votes import Vote
from ttx_desktop.storage.clock_repo import ClockRepo
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.exercise_repo import ExerciseRepo
from ttx_desktop.storage.failures import immediate
from ttx_desktop.storage.log_repo import LogRepo
from ttx_desktop.storage.policy_repo import PolicyRepo, VoteRepo
from ttx_desktop.storage.room_repo import FeedbackOutcome, RoomRepo, second_connection


@dataclass(frozen=True)
class Snapshot:
    """The exercise (no log), its clock and its votes as the file held them at one moment."""

    exercise: Exercise
    clock: ExerciseClock
    version: int
    votes: tuple[Vote, ...] = ()  # opened and closed by the console, never by the room


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
        self.write_lock = threading.Lock()  # held while the writer connection is in use
        self._read_lock = threading.Lock()
        self.room = RoomRepo(self._writer)  # join tokens, written under write_lock
        self._snapshot: Snapshot | None = None
        self._arrivals: list[_Arrival] = []  # entries waiting for the writer
        self._arrivals_lock = threading.Lock()

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
            if not self.write_lock.acquire(blocking=cached is None):
                assert cached is not None
                return cached
            try:
                version = int(self._writer.execute("PRAGMA data_version").fetchone()[0])
            finally:
                self.write_lock.release()
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
        with self.write_lock:
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
            return self.room.add_entries([a.entry for a in group])
        except Exception as exc:  # the commit failed: nothing of the group is stored
            if len(group) == 1:
                return [exc]
        results: list[LogEntry | Exception | None] = []
        for arrival in group:
            try:
                results += self.room.add_entries([arrival.entry])
            except Exception as exc:
                results.append(exc)
        return results

    def put_feedback(
        self, feedback: FeedbackResponse, *, max_forms: int, max_bytes: int
    ) -> FeedbackOutcome:
        """Stores or replaces a phone's feedback form (see RoomRepo.put_feedback)."""
        with self.write_lock:
            return self.room.put_feedback(feedback, max_forms=max_forms, max_bytes=max_bytes)

    def recommendations(self) -> list[PolicyRecommendation]:
        """Every recommendation as the file holds it now (the room's own drafts included,
        which the snapshot's version does not see)."""
        with self._read_lock:
            return list(PolicyRepo(self._reader, self.path).all(include_deleted=False))

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """The writer connection, under the write lock, in a transaction that takes the file's
        write lock first: a check and the write that follows it see the same file. Committed
        when the block ends, rolled back if it raises."""
        with self.write_lock, immediate(self._writer):
            yield self._writer

    def feedback_tally(self) -> tuple[int, int]:
        """How many feedback forms the file holds, from how many phones."""
        with self._read_lock:
            return RoomRepo(self._reader).feedback_tally()

    def close(self) -> None:
        with self.write_lock:
            self._writer.close()
        with self._read_lock:
            self._reader.close()
