"""Checks for a file its last writer did not close: lost or foreign logs, hidden damage.

They run before the file is opened for writing, through read-only connections: a writing
connection that closes folds its log into the file, which would spread damage or a foreign
log into the file itself and destroy the evidence.
"""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from pathlib import Path

from ttx_desktop.messages import msg
from ttx_desktop.storage.connection import file_uri, verdict_of
from ttx_desktop.storage.errors import DamagedFile

WAL_HEADER = 32
FRAME_HEADER = 24
SHM_HEADER = 48  # one copy of the WAL index header


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def check_left_open(path: Path) -> None:
    """Raises DamagedFile when the file's log went missing, belongs to another file, or
    SQLite's full integrity check fails; reads only."""
    _check_log_not_lost(path)
    _check_log_is_its_own(path)
    _check_whole(path)


def _check_log_not_lost(path: Path) -> None:
    """The shared-memory index says how many frames the log held; a log that is gone or
    shorter lost committed changes."""
    try:
        shm = _side(path, "-shm").read_bytes()[:SHM_HEADER]
    except OSError:
        return
    if len(shm) < SHM_HEADER or shm[12] != 1:  # not initialised
        return
    for order in ("<", ">"):  # the index is in the writer's own byte order
        version, raw_page = struct.unpack_from(f"{order}I", shm, 0)[0], shm[14:16]
        if version == 3007000:
            break
    else:
        return
    size = struct.unpack(f"{order}H", raw_page)[0]
    page = (size & 0xFE00) | ((size & 1) << 16)
    frames = struct.unpack_from(f"{order}I", shm, 16)[0]
    if frames == 0 or page == 0:
        return
    try:
        wal = _side(path, "-wal").stat().st_size
    except OSError:
        wal = 0
    if wal < WAL_HEADER + frames * (FRAME_HEADER + page):
        raise DamagedFile(
            msg(
                "lost its write-ahead log ({name}-wal is missing or cut short): the last "
                "changes are not in the file",
                name=path.name,
            ),
            path=path,
        )


def _identity(uri: str) -> tuple[str, set[str]] | None:
    """The exercise id and the ids of its log entries, as the connection ``uri`` sees them."""
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        row = conn.execute("SELECT id FROM exercise LIMIT 1").fetchone()
        entries = {str(r[0]) for r in conn.execute("SELECT id FROM log_entry")}
        return ("" if row is None else str(row[0])), entries
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _check_log_is_its_own(path: Path) -> None:
    """A log left beside the file by another exercise file would be replayed into this one.

    Log entries are never deleted (the schema keeps their history), so the file's own log can
    only add to what the file alone holds; a log that makes entries vanish, or changes the
    exercise, is not this file's.
    """
    with contextlib.suppress(OSError):
        if _side(path, "-wal").stat().st_size == 0:
            return
    alone = _identity(file_uri(path, "ro") + "&immutable=1")  # the file without its log
    with_log = _identity(file_uri(path, "ro"))
    if alone is None or with_log is None:
        return  # unreadable: the integrity check says why
    if alone[0] != with_log[0] or not alone[1] <= with_log[1]:
        raise DamagedFile(
            msg(
                "has a write-ahead log ({name}-wal) that belongs to another exercise file",
                name=path.name,
            ),
            path=path,
        )


def _check_whole(path: Path) -> None:
    try:
        conn = sqlite3.connect(file_uri(path, "ro"), uri=True)
    except sqlite3.Error:
        return  # opening reports it
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        verdict = verdict_of(conn, "integrity_check(20)")
    except sqlite3.OperationalError:
        return  # busy or unreadable: not a sign of damage; opening reports it
    except sqlite3.DatabaseError as exc:
        verdict = str(exc)
    finally:
        conn.close()
    if verdict != "ok":
        raise DamagedFile(msg("is damaged (SQLite reports: {verdict})", verdict=verdict), path=path)
