"""Reading rows back into domain objects: a value TTX Desktop cannot read is damage, named."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ttx_desktop.messages import Text, message_of, msg
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import DamagedFile
from ttx_desktop.storage.failures import failure

# What turning a stored value into a domain object raises on a value we never write: an
# unknown kind (ValueError), a missing column or key (LookupError), a number where text was
# (TypeError, AttributeError), and SQLite's own "malformed" (DatabaseError).
_UNDECODABLE = "Could not decode to UTF-8"
_CLIP = 160
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
        return DamagedFile(
            msg("is damaged (SQLite reports: {verdict})", verdict=str(exc)), path=path
        )
    # A short message of ours stays translatable; any other is tidied and clipped, as a value
    # read from a hostile file may be long.
    why = message_of(exc)
    if not isinstance(why, Text) or len(why) > _CLIP or why != " ".join(why.split()):
        why = " ".join(str(why).split())[:_CLIP]
    return DamagedFile(
        msg(
            "holds a value TTX Desktop cannot read ({kind}: {why})",
            kind=type(exc).__name__,
            why=why,
        ),
        path=path,
    )


@contextmanager
def reading(db: Database, path: Path | str | None = None) -> Iterator[None]:
    """Turns a failure to read a stored value into DamagedFile naming the file (``path``, else
    the file ``db`` is open on). Busy, locked, out of memory or a disk error (OperationalError)
    and a closed connection are not damage: the file itself may well be sound, and they are
    told as the StorageErrors of failures.py. Text that is not UTF-8, which SQLite reports as
    an OperationalError too, is damage: we only ever store UTF-8."""
    try:
        yield
    except DamagedFile:
        raise
    except (sqlite3.OperationalError, sqlite3.ProgrammingError) as exc:
        where = path if path is not None else file_of(db)
        if _UNDECODABLE in str(exc):
            raise damaged(exc, where) from exc
        raise failure(exc, where, writing=False) from exc
    except _UNREADABLE as exc:
        raise damaged(exc, path if path is not None else file_of(db)) from exc
