"""Why an exercise file could not be opened or written."""

from __future__ import annotations

import sqlite3

from ttx_desktop.errors import UserError


class StorageError(UserError):
    """A problem with an exercise file."""


class NotAnExerciseFile(StorageError):
    """The file is not SQLite, or is SQLite but not a TTX Desktop exercise file."""


class NewerSchema(StorageError):
    """The file was written by a newer version of the program."""


class DamagedFile(StorageError):
    """SQLite reports the file as damaged."""


class UnsafeJournal(StorageError):
    """WAL or synchronous=FULL could not be set on this file system."""


class FileLocked(StorageError):
    """Another process has the file open for writing."""

    def __init__(self, message: str, *, path: object | None = None, holder: str = "") -> None:
        super().__init__(message, path=path)
        self.holder = holder


class WriteFailed(StorageError):
    """A write did not reach the disk (full disk, read-only folder, file removed)."""


_SQLITE_MESSAGES = {
    "SQLITE_FULL": "the disk is full; nothing was written (free some space and try again)",
    "SQLITE_READONLY": "cannot be written (the file or its folder is read-only)",
    "SQLITE_BUSY": "is busy: another program is writing to it; try again",
    "SQLITE_LOCKED": "is busy: another program is writing to it; try again",
    "SQLITE_CORRUPT": "is damaged",
    "SQLITE_NOTADB": "is not a database",
    "SQLITE_CANTOPEN": "cannot be opened",
    "SQLITE_IOERR": "could not be read or written (a disk or file system error)",
    "SQLITE_PERM": "cannot be written (permission denied)",
}


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """An SQLite error as a sentence a facilitator can act on."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, message in _SQLITE_MESSAGES.items():
        if name.startswith(prefix):
            return f"{message} (SQLite: {exc})"
    return f"SQLite reports: {exc}"
