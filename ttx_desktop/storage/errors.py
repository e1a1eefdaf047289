"""Why an exercise file could not be opened or written."""

from __future__ import annotations

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
