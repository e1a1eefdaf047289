"""Reading rows back into domain objects: a value TTX Desktop cannot read is damage, named."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ttx_desktop.storage.errors import DamagedFile

# What turning a stored value into a domain object raises on a value we never write: an
# unknown kind (ValueError), a missing column or key (LookupError), a number where text was
# (TypeError, AttributeError), and SQLite's own "malformed" (DatabaseError).
_UNREADABLE = (LookupError, ValueError, TypeError, AttributeError, sqlite3.DatabaseError)


def file_of(db: Database) -> Path | None:
    """The file ``db`` is open on, for the message; None for a database in memory."""
    try:
        found = db.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(found[2]) if found and found[2] else None


def damaged(exc: BaseException, path: Path | str | None) -> DamagedFile:
    """The DamagedFile that says, naming the file, why a stored value could not be read."""
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
        return DamagedFile(f"is damaged (SQLite reports: {exc})", path=path)
    why = " ".join(str(exc).split())[:160]
    return DamagedFile(
        f"holds a value TTX Desktop cannot read ({type(exc).__name__}: {why})", path=path
    )


@contextmanager
def reading(db: Database, path: Path | str | None = None) -> Iterator[None]:
    """Turns a failure to read a stored value into DamagedFile naming the file (``path``, else
    the file ``db`` is open on). Busy, locked or out of memory (OperationalError) pass as they
    are: the file itself may well be sound."""
    try:
        yield
    except (sqlite3.OperationalError, DamagedFile):
        raise
    except _UNREADABLE as exc:
        raise damaged(exc, path if path is not None else file_of(db)) from exc
