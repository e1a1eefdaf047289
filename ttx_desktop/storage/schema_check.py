"""Checking, before any use, that a file's schema is the one TTX Desktop wrote for its version
and that none of its values is too large to read.

A file handed to the program may carry triggers that rewrite or drop the notes being logged,
views or tables in place of ours, indexes whose UNIQUE refuses every second entry, or a value
of gigabytes. ``trusted_schema=OFF`` stops functions with side effects; this refuses the rest.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from ttx_desktop.messages import Text, joined, msg
from ttx_desktop.storage import schema
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import NotAnExerciseFile

MAX_VALUE_BYTES = 16 * 1024 * 1024  # no text a person types comes near; a hostile blob does
_INTERNAL = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")

SchemaObjects = frozenset[tuple[str, str, str, str]]  # (type, name, table, normalised SQL)


def limit_values(conn: sqlite3.Connection) -> None:
    """Makes SQLite refuse to read or write any single value over MAX_VALUE_BYTES."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


def check_schema(db: Database, path: Path, version: int) -> None:
    """Raises NotAnExerciseFile when the file's tables, indexes, triggers and views differ
    from those the migrations make for ``version``."""
    found, expected = schema_objects(db), expected_objects(version)
    extra, missing = sorted(found - expected), sorted(expected - found)
    if not extra and not missing:
        return
    names = {(kind, name) for kind, name, _, _ in missing}
    problems: list[Text] = [
        msg("{kind} {name!r} differs", kind=kind, name=name)
        if (kind, name) in names
        else msg("{kind} {name!r} was added", kind=kind, name=name)
        for kind, name, _, _ in extra
    ]
    changed = {(kind, name) for kind, name, _, _ in extra}
    problems += [msg("{kind} {name!r} is missing", kind=kind, name=name)
                 for kind, name, _, _ in missing if (kind, name) not in changed]  # fmt: skip
    listed = joined(problems[:3], "; ")
    if len(problems) > 3:
        raise NotAnExerciseFile(
            msg(
                "was changed outside TTX Desktop ({problems} and {more} more); refused, as its "
                "schema could alter or drop what is written to it",
                problems=listed,
                more=len(problems) - 3,
            ),
            path=path,
        )
    raise NotAnExerciseFile(
        msg(
            "was changed outside TTX Desktop ({problems}); refused, as its "
            "schema could alter or drop what is written to it",
            problems=listed,
        ),
        path=path,
    )


def check_values(db: Database, path: Path) -> None:
    """Raises NotAnExerciseFile when a value is over MAX_VALUE_BYTES (the connection's limit
    makes SQLite refuse it without reading it into memory). A file and its log smaller
    than that limit cannot hold such a value, and are not scanned: only a large log is."""
    if sum(_size(path.with_name(path.name + end)) for end in ("", "-wal")) <= MAX_VALUE_BYTES:
        return
    for table in sorted(db.table_names()):
        if table in _INTERNAL:
            continue
        columns = db.columns(table)
        # length() of a blob is read from its header; of a text, the limit refuses it.
        probe = ", ".join(f'max(length("{c}"))' for c in columns)
        try:
            row = db.execute(f'SELECT {probe} FROM "{table}"').fetchone()
        except sqlite3.DataError as exc:
            raise _too_large(table, path) from exc
        if row is not None and max((n or 0 for n in row), default=0) > MAX_VALUE_BYTES:
            raise _too_large(table, path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _too_large(table: str, path: Path) -> NotAnExerciseFile:
    return NotAnExerciseFile(
        msg(
            "holds a value in table {table!r} over {size} MB, which no exercise needs; refused",
            table=table,
            size=MAX_VALUE_BYTES // 2**20,
        ),
        path=path,
    )


def schema_objects(db: Database) -> SchemaObjects:
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), " ".join(str(sql or "").split()))
        for kind, name, table, sql in rows
        if not (kind == "table" and name in _INTERNAL)
    )


@functools.cache
def expected_objects(version: int) -> SchemaObjects:
    """The schema the first ``version`` migrations make, built in memory once per version."""
    conn = sqlite3.connect(":memory:")
    try:
        db = Database(conn)
        for step in schema.MIGRATIONS[:version]:
            step(db)
        return schema_objects(db)
    finally:
        conn.close()
