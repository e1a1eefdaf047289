"""SQLite's errors told as StorageErrors, in words a user can act on and translators get.

Storage is the only layer that speaks SQL, so it is the only one that meets ``sqlite3.Error``:
every write transaction (``translated`` around ``Database.atomic`` and the room's
``immediate``) and every read of rows into domain objects (``reading.reading``) turn what
SQLite raised into one of the StorageErrors below. Services, the room and the interface then
catch StorageError (a UserError) and show its message in the user's language.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from ttx_desktop.messages import Text, msg
from ttx_desktop.storage.errors import (
    DamagedFile,
    DiskError,
    DiskFull,
    FileBusy,
    FileClosed,
    ReadOnlyFile,
    StorageError,
    WriteFailed,
    WriteRefused,
)

Where = Path | str | None

# SQLite's own words for its result codes (sqlite3_errstr), for an error made without its
# code: one raised by hand, or by a Python older than 3.11.
_WORDS = {
    "database or disk is full": "SQLITE_FULL",
    "readonly database": "SQLITE_READONLY",
    "database is locked": "SQLITE_BUSY",
    "database table is locked": "SQLITE_LOCKED",
    "malformed": "SQLITE_CORRUPT",
    "file is not a database": "SQLITE_NOTADB",
    "disk I/O error": "SQLITE_IOERR",
    "unable to open database file": "SQLITE_CANTOPEN",
}


# The error for each of SQLite's primary result codes that a user can act on.
_TOLD: dict[str, tuple[type[StorageError], Text]] = {
    "SQLITE_FULL": (
        DiskFull,
        msg("the disk is full; nothing was written (free some space and try again)"),
    ),
    "SQLITE_READONLY": (
        ReadOnlyFile,
        msg("cannot be written (the file or its folder is read-only)"),
    ),
    "SQLITE_PERM": (ReadOnlyFile, msg("cannot be written (permission denied)")),
    "SQLITE_BUSY": (FileBusy, msg("is busy: another program is writing to it; try again")),
    "SQLITE_LOCKED": (FileBusy, msg("is busy: another program is writing to it; try again")),
    "SQLITE_IOERR": (
        DiskError,
        msg("could not be read or written (a disk or file system error)"),
    ),
    "SQLITE_CANTOPEN": (
        DiskError,
        msg("could not be read or written (a disk or file system error)"),
    ),
}
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_CODES = (*_TOLD, *_DAMAGE, "SQLITE_CONSTRAINT")


def code_of(error: sqlite3.Error) -> str:
    """SQLite's primary result code for ``error`` ("SQLITE_FULL"), or "" when unknown."""
    name = getattr(error, "sqlite_errorname", None) or ""
    if not name:
        words = str(error)
        name = next((code for part, code in _WORDS.items() if part in words), "")
        if not name and isinstance(error, sqlite3.IntegrityError):
            name = "SQLITE_CONSTRAINT"
    # Extended codes name their primary one first: SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED.
    return next((code for code in _CODES if name == code or name.startswith(code + "_")), "")


def failure(error: sqlite3.Error, path: Where = None, *, writing: bool = True) -> StorageError:
    """The StorageError that tells ``error`` about the file at ``path``: a full disk, a
    read-only file, a busy one, a damaged one, a disk error, a refused change, a closed
    connection; else what SQLite said, as a write or a read that failed."""
    reason, code = str(error), code_of(error)
    if code in _TOLD:
        kind, told = _TOLD[code]
        return kind(told, path=path)
    if code in _DAMAGE:
        return DamagedFile(msg("is damaged (SQLite reports: {verdict})", verdict=reason), path=path)
    if code == "SQLITE_CONSTRAINT":
        return WriteRefused(
            msg("the change was refused by the file's own rules ({reason})", reason=reason),
            path=path,
            reason=reason,
        )
    if isinstance(error, sqlite3.ProgrammingError) and "closed" in reason:
        told = msg("is closed; nothing more can be read from it or written to it")
        return FileClosed(told, path=path)
    if writing:
        return WriteFailed(msg("could not be written ({reason})", reason=reason), path=path)
    return StorageError(msg("could not be read ({reason})", reason=reason), path=path)


@contextmanager
def translated(path: Where = None, *, writing: bool = True) -> Iterator[None]:
    """Raises what SQLite raises inside as the StorageError ``failure`` makes of it."""
    try:
        yield
    except sqlite3.Error as exc:
        raise failure(exc, path, writing=writing) from exc


class Connected(Protocol):
    """A connection to an exercise file and the file it is open on (storage/database.py)."""

    conn: sqlite3.Connection
    path: Path | None


@contextmanager
def immediate(db: Connected) -> Iterator[None]:
    """A write transaction on a connection opened with ``isolation_level=None`` that takes the
    file's write lock as it begins (so that a check and the write after it see the same
    file while another connection writes too); committed when the block ends, rolled back if
    it raises, and SQLite's errors told as StorageErrors naming the file ``db`` is open on."""
    conn = db.conn
    with translated(db.path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
