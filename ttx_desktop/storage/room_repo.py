"""What the room server keeps in the exercise file: join tokens, and entries and feedback sent
from phones, each stored once however often it is sent."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ttx_desktop.domain.ids import to_iso, utc_now
from ttx_desktop.domain.model import FeedbackResponse, LogEntry
from ttx_desktop.storage import rows
from ttx_desktop.storage.connection import BUSY_TIMEOUT_MS, file_uri
from ttx_desktop.storage.log_repo import LogRepo


def second_connection(path: Path, *, readonly: bool = False) -> Database:
    """Another connection to an exercise file this process already holds open and locked.

    The lock is per process, so the room server may write through its own connection from
    its own thread; SQLite's WAL keeps the two connections consistent. Opened without the
    checks of ``open_database``: the file was checked when the console opened it.
    """
    conn = sqlite3.connect(
        file_uri(path, "ro" if readonly else "rw"),
        uri=True,
        check_same_thread=False,  # used by one thread at a time, under the caller's lock
        isolation_level=None,  # transactions are begun explicitly, IMMEDIATE for writes
    )
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not readonly:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    return Database(conn, execute_plugins=False)


class RoomRepo:
    """Join tokens by role, and idempotent inserts of what phones send."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @contextmanager
    def _immediate(self) -> Iterator[None]:
        """A write transaction that takes the write lock first, so the existence check and the
        insert see the same file even while the console writes through its own connection."""
        conn = self._db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # ------------------------------------------------------------------ tokens

    def tokens(self) -> dict[str, str]:
        """Role to token; a revoked role maps to ''."""
        return {r["role"]: r["token"] for r in self._db.query("SELECT * FROM room_token")}

    def set_token(self, role: str, token: str) -> None:
        """Stores ``token`` for ``role`` ('' revokes it); committed when this returns."""
        with self._immediate():
            self._db.execute(
                "INSERT INTO room_token (role, token, changed_at) VALUES (?, ?, ?) "
                "ON CONFLICT(role) DO UPDATE SET token = excluded.token, "
                "changed_at = excluded.changed_at",
                [role, token, to_iso(utc_now())],
            )

    # ---------------------------------------------------------------- arrivals

    def add_entry(self, entry: LogEntry) -> LogEntry | None:
        """Stores a new entry unless one with its id is there; returns it as stored, or None
        when it was there already (a retry). Committed when this returns."""
        log = LogRepo(self._db)
        with self._immediate():
            if log.exists(entry.id):
                return None
            stored = log.append(entry)  # a savepoint inside this transaction
        return stored

    def add_entries(self, entries: Sequence[LogEntry]) -> list[LogEntry | sqlite3.Error | None]:
        """Stores several arrivals in one transaction, one commit and one flush to disk for
        all, each as ``add_entry`` would (None for an id already there). Each goes in a
        savepoint of its own: one the file refuses is that entry's error in the list, and
        the others are stored. Committed when this returns; raises when the commit fails."""
        log = LogRepo(self._db)
        results: list[LogEntry | sqlite3.Error | None] = []
        with self._immediate():
            for entry in entries:
                try:
                    results.append(None if log.exists(entry.id) else log.append(entry))
                except sqlite3.Error as exc:  # rolled back to the entry's savepoint
                    results.append(exc)
        return results

    def add_feedback(self, feedback: FeedbackResponse) -> bool:
        """Stores a feedback form unless one with its id is there; True if it was new."""
        with self._immediate():
            seen = self._db.execute("SELECT 1 FROM feedback WHERE id = ?", [feedback.id])
            if seen.fetchone() is not None:
                return False
            row = rows.feedback_row(feedback)
            columns = ", ".join(row)
            marks = ", ".join("?" * len(row))
            self._db.execute(
                f"INSERT INTO feedback ({columns}) VALUES ({marks})", list(row.values())
            )
        return True

    def entry_ids(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM log_entry").fetchall()}
