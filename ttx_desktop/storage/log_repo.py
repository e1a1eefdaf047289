"""The log: entries are appended and committed at once; edits add revisions, never rewrite.

An entry's first revision is its row itself until it is first edited: logging writes one row,
and the first edit writes revision 1 (as the entry stood) beside revision 2 (issue 20). A
trigger writes revision 1 too when any other tool changes an unedited entry.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from ttx_desktop.domain.ids import from_iso, to_iso, utc_now
from ttx_desktop.domain.model import REVISED_FIELDS, EntryKind, EntryTag, LogEntry, LogRevision
from ttx_desktop.storage import rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.reading import reading
from ttx_desktop.storage.rows import first_revision
from ttx_desktop.storage.schema import search_text

EDITABLE = REVISED_FIELDS  # what an edit may change: what a revision keeps


_SQL: dict[tuple[str, tuple[str, ...]], str] = {}
# The INSERT of a new entry, its values from rows.entry_values.
_APPEND = (
    f"INSERT INTO log_entry ({', '.join(rows.ENTRY_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(rows.ENTRY_COLUMNS))})"
)


def _insert(db: Database, table: str, row: dict[str, Any]) -> None:
    """One plain INSERT on the connection itself; sqlite-utils' insert() first lists the
    tables and views and wraps the row in a savepoint, which doubled the cost of logging an
    entry. The statement text is made once per table and columns, so that sqlite3 finds it
    already prepared in its statement cache."""
    key = (table, tuple(row))
    sql = _SQL.get(key)
    if sql is None:
        sql = f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
        _SQL[key] = sql
    db.conn.execute(sql, tuple(row.values()))


def _named_rows(db: Database, sql: str) -> Iterator[Mapping[str, Any]]:
    """Rows read by column name, made by sqlite3 itself: sqlite-utils' query() builds a dict
    for each row, a tenth of the time an export of a long log spends reading it."""
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cast(Iterator[Mapping[str, Any]], cursor.execute(sql))


def refold(db: Database, entry_id: str, folded: str) -> None:
    """Puts back the search text of an entry whose edit changed only the case of its text:
    the trigger that clears a search text left as it was cannot tell that from a writer that
    knows nothing of it (schema version 5)."""
    db.conn.execute(
        "UPDATE log_entry SET search_text = ? WHERE id = ? AND search_text IS NULL",
        (folded, entry_id),
    )


def _with_revisions(entry: LogEntry, revisions: tuple[LogRevision, ...]) -> LogEntry:
    """``entry`` with ``revisions``: dataclasses.replace() without its look at each of the
    twenty fields and a second run of __init__, a tenth of the Python of logging an entry.
    LogEntry has no __post_init__, so nothing is skipped."""
    made = object.__new__(LogEntry)
    made.__dict__.update(entry.__dict__, revisions=revisions)
    return made


class LogRepo:
    """Log entries and their history.

    Reads raise DamagedFile naming the file (``path``, else the file ``db`` is open on) when
    a stored value is not one TTX Desktop writes. A write the file refuses (a full disk, a
    read-only or busy file) raises the StorageError of failures.py, and nothing of it stays.
    """

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path

    def append(self, entry: LogEntry) -> LogEntry:
        """Stores a new entry; when this returns, the entry is committed to disk.

        Its revision 1 is the row itself (see the module's docstring)."""
        db = self._db
        with db.atomic():
            db.conn.execute(_APPEND, rows.entry_values(entry, 1))
        return _with_revisions(entry, (first_revision(entry),))

    def keep_first_revision(self, entry: LogEntry) -> None:
        """Writes revision 1 of an entry never edited, as it stands, before a later one is
        added; inside the caller's transaction."""
        if self._last_revision(entry.id) == 0:
            _insert(self._db, "log_revision", rows.revision_row(entry.id, first_revision(entry)))

    def insert_with_history(self, entry: LogEntry) -> None:
        """Stores an entry from elsewhere (a definition, another laptop) with its history."""
        history = entry.revisions or (first_revision(entry),)
        with self._db.atomic():
            _insert(self._db, "log_entry", rows.entry_row(entry, history[-1].revision))
            for revision in history:
                _insert(self._db, "log_revision", rows.revision_row(entry.id, revision))

    def edit(self, entry_id: str, *, by: str = "", **changes: Any) -> LogEntry:
        """Adds a revision with ``changes`` (fields of EDITABLE) and makes it current."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))} of a log entry")
        now = utc_now()
        with self._db.atomic():
            current = self.get(entry_id)
            if current is None:
                raise KeyError(entry_id)
            self.keep_first_revision(current)
            values = {name: getattr(current, name) for name in EDITABLE} | changes
            values["kind"] = EntryKind(values["kind"])
            values["tag"] = EntryTag(values["tag"])
            values["deleted"] = bool(values["deleted"])
            revision = LogRevision(
                revision=self._last_revision(entry_id) + 1,
                edited_at=now,
                edited_by=by,
                **values,
            )
            self._db.table("log_revision").insert(rows.revision_row(entry_id, revision))
            row = rows.revision_row(entry_id, revision)
            update = {column: row[column] for column in rows.REVISED_COLUMNS}
            update |= {"revision": revision.revision, "updated_at": to_iso(now)}
            update["search_text"] = search_text(revision.text, revision.author)
            self._db.table("log_entry").update(entry_id, update)
            refold(self._db, entry_id, update["search_text"])
        result = self.get(entry_id, with_history=True)
        assert result is not None
        return result

    def delete(self, entry_id: str, *, by: str = "") -> LogEntry:
        """Marks the entry deleted; it stays in the file with its history, and can be restored."""
        return self.edit(entry_id, by=by, deleted=True)

    def restore(self, entry_id: str, *, by: str = "") -> LogEntry:
        return self.edit(entry_id, by=by, deleted=False)

    def _last_revision(self, entry_id: str) -> int:
        row = self._db.execute(
            "SELECT max(revision) FROM log_revision WHERE entry_id = ?", [entry_id]
        ).fetchone()
        return int(row[0] or 0)

    def get(self, entry_id: str, *, with_history: bool = False) -> LogEntry | None:
        with reading(self._db, self._path):
            row = next(self._db.query("SELECT * FROM log_entry WHERE id = ?", [entry_id]), None)
            if row is None:
                return None
            history = self.history(entry_id) if with_history else ()
            return rows.entry_from(row, history)

    def history(self, entry_id: str) -> tuple[LogRevision, ...]:
        sql = "SELECT * FROM log_revision WHERE entry_id = ? ORDER BY revision"
        with reading(self._db, self._path):
            found = tuple(rows.revision_from(r) for r in self._db.query(sql, [entry_id]))
            if found:
                return found
            row = next(self._db.query("SELECT * FROM log_entry WHERE id = ?", [entry_id]), None)
            if row is None or row["revision"] != 1:
                return ()
            return (first_revision(rows.entry_from(row)),)

    def exists(self, entry_id: str) -> bool:
        with reading(self._db, self._path):
            found = self._db.execute("SELECT 1 FROM log_entry WHERE id = ?", [entry_id])
            return found.fetchone() is not None

    def all(
        self, *, with_history: bool = False, include_deleted: bool = True
    ) -> Iterator[LogEntry]:
        """Every entry in the order it was logged."""
        history: dict[str, list[LogRevision]] = defaultdict(list)
        where = "" if include_deleted else "WHERE deleted = 0"
        with reading(self._db, self._path):
            if with_history:
                sql = "SELECT * FROM log_revision ORDER BY entry_id, revision"
                for r in _named_rows(self._db, sql):
                    history[r["entry_id"]].append(rows.revision_from(r))
            sql = f"SELECT * FROM log_entry {where} ORDER BY logged_at, id"
            for r in _named_rows(self._db, sql):
                entry = rows.entry_from(r, history.get(r["id"], ()))
                if with_history and not entry.revisions and r["revision"] == 1:
                    entry = dataclasses.replace(entry, revisions=(first_revision(entry),))
                yield entry

    def count(self, *, include_deleted: bool = False) -> int:
        where = "" if include_deleted else " WHERE deleted = 0"
        with reading(self._db, self._path):
            return int(self._db.execute(f"SELECT count(*) FROM log_entry{where}").fetchone()[0])

    def latest_time(self) -> datetime | None:
        with reading(self._db, self._path):
            row = self._db.execute("SELECT max(logged_at) FROM log_entry").fetchone()
            return from_iso(row[0]) if row and row[0] else None
