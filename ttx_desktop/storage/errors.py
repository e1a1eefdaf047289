"""Why an exercise file could not be opened, read or written."""

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


class DiskFull(WriteFailed):
    """The disk (or the space this process may use) is full; nothing of the write stayed."""


class ReadOnlyFile(WriteFailed):
    """The file, or its folder, cannot be written."""


class DiskError(WriteFailed):
    """The disk or file system failed a read or a write (SQLite's I/O error)."""


class FileBusy(StorageError):
    """Another connection holds the file's write lock longer than we wait; try again."""


class FileClosed(StorageError):
    """The connection to the file was closed (the file was closed while something wrote)."""


class WriteRefused(StorageError):
    """The file's own rules (keys, checks, triggers) refused a change; nothing was written.

    ``reason`` keeps SQLite's words, which name the rule, for the code that refines them."""

    def __init__(self, message: str, *, path: object | None = None, reason: str = "") -> None:
        super().__init__(message, path=path)
        self.reason = reason
