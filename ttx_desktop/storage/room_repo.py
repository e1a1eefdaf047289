"""What the room server keeps in the exercise file: join tokens, and entries and feedback sent
from phones, each stored once however often it is sent."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Literal

from ttx_desktop.domain.ids import to_iso, utc_now
from ttx_desktop.domain.model import FeedbackResponse, LogEntry
from ttx_desktop.storage import rows
from ttx_desktop.storage.connection import BUSY_TIMEOUT_MS, file_uri
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.failures import immediate
from ttx_desktop.storage.log_repo import LogRepo

FeedbackOutcome = Literal["new", "replaced", "unchanged", "taken", "full"]
_FORM_COLUMNS = (
    "strengths", "improvements", "name", "organisation", "role", "missed", "corrective", "ratings"
)  # fmt: skip
_SIZE_SQL = " + ".join(f"length(CAST({c} AS BLOB))" for c in _FORM_COLUMNS)


def _size(row: dict[str, object]) -> int:
    """Bytes of a form's text as the file holds it."""
    return sum(len(str(row[c]).encode("utf-8")) for c in _FORM_COLUMNS)


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
    # Its writes take the file's write lock as they begin, and tell SQLite's errors as ours.
    return Database(conn, immediate=not readonly, path=path)


class RoomRepo:
    """Join tokens by role, and idempotent inserts of what phones send."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _immediate(self) -> AbstractContextManager[None]:
        """A write transaction that takes the write lock first, so the existence check and the
        insert see the same file even while the console writes through its own connection."""
        return immediate(self._db)

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

    def add_entries(self, entries: Sequence[LogEntry]) -> list[LogEntry | Exception | None]:
        """Stores several arrivals in one transaction, one commit and one flush to disk for
        all, each as ``add_entry`` would (None for an id already there). Each goes in a
        savepoint of its own: one the file refuses, or that cannot even be written (text
        SQLite cannot encode), is that entry's error in the list, and the others are stored.
        Committed when this returns; raises when the commit fails."""
        log = LogRepo(self._db)
        results: list[LogEntry | Exception | None] = []
        with self._immediate():
            for entry in entries:
                try:
                    results.append(None if log.exists(entry.id) else log.append(entry))
                except Exception as exc:  # rolled back to the entry's savepoint
                    results.append(exc)
        return results

    def put_feedback(
        self, feedback: FeedbackResponse, *, max_forms: int, max_bytes: int
    ) -> FeedbackOutcome:
        """Stores a feedback form, or replaces the one its phone sent before under its id.

        "new", "replaced" or "unchanged" (sent again as it was); "taken" when the id belongs
        to another phone's form, "full" when a new form would take the exercise over
        ``max_forms`` forms or ``max_bytes`` of feedback text (nothing is written then).
        Committed when this returns."""
        row = rows.feedback_row(feedback)
        with self._immediate():
            seen = self._db.execute(
                "SELECT device, strengths, improvements, name, organisation, role, missed, "
                "corrective, ratings FROM feedback WHERE id = ?",
                [feedback.id],
            ).fetchone()
            if seen is not None:
                if seen[0] != feedback.device:
                    return "taken"
                if list(seen[1:]) == [row[c] for c in _FORM_COLUMNS]:
                    return "unchanged"
                forms, size = 0, _size(row) - self._form_size(feedback.id)
            else:
                forms, size = 1, _size(row)
            count, stored = self._db.execute(
                f"SELECT count(*), coalesce(sum({_SIZE_SQL}), 0) FROM feedback"
            ).fetchone()
            if count + forms > max_forms or stored + size > max_bytes:
                return "full"
            columns = ", ".join(row)
            marks = ", ".join("?" * len(row))
            verb = "INSERT" if seen is None else "REPLACE"
            self._db.execute(
                f"{verb} INTO feedback ({columns}) VALUES ({marks})", list(row.values())
            )
        return "new" if seen is None else "replaced"

    def _form_size(self, form_id: str) -> int:
        found = self._db.execute(f"SELECT {_SIZE_SQL} FROM feedback WHERE id = ?", [form_id])
        return int(found.fetchone()[0])

    def feedback_tally(self) -> tuple[int, int]:
        """(forms, phones): forms from no known phone count as a phone each."""
        forms, phones = self._db.execute(
            "SELECT count(*), count(DISTINCT nullif(device, '')) + sum(device = '') FROM feedback"
        ).fetchone()
        return int(forms), int(phones or 0)

    def entry_ids(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM log_entry").fetchall()}
