"""Why an exercise file could not be opened or written."""

from __future__ import annotations

from collections.abc import Sequence

from ttx_desktop.errors import UserError
from ttx_desktop.messages import Text


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


def joined(parts: Sequence[str], separator: str = ", ") -> Text:
    """``parts`` joined by ``separator``, each part that is a Text still translatable.

    Punctuation only: the templates made here hold no words, so they are not ones for the
    translators (the interface shows an untranslated template as it is)."""
    found = parts[0] if isinstance(parts[0], Text) else Text(parts[0], {})
    for part in parts[1:]:
        found = Text("{first}" + separator + "{then}", {"first": found, "then": part})
    return found
