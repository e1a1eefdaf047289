"""Opening an exercise file: refuse what is not ours or is damaged, then make it durable."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from ttx_desktop.messages import msg
from ttx_desktop.storage import schema
from ttx_desktop.storage.errors import (
    DamagedFile,
    NewerSchema,
    NotAnExerciseFile,
    StorageError,
    UnsafeJournal,
    WriteFailed,
)
from ttx_desktop.storage.failures import translated
from ttx_desktop.storage.schema_check import check_schema, check_values, limit_values

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def file_uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path``, quoted so that '#', '?' and '%' in a name stay in the name."""
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


class ExerciseDatabase(Database):
    """A connection whose write transactions take the file's write lock as they begin.

    The room server writes the same file through connections of its own. A transaction begun
    DEFERRED that reads before it writes cannot take the write lock once another connection
    has committed since that read: it fails at once with "database is locked", whatever the
    busy timeout. BEGIN IMMEDIATE takes the lock first, waiting out the other writer.
    """

    path: Path | None = None  # the file, named by the errors of its writes

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """The write transaction of every repository: committed when the block ends, rolled
        back if it raises, and what SQLite raised told as a StorageError (failures.py)."""
        with translated(self.path):
            if self.conn.in_transaction:
                with super().atomic() as db:  # a savepoint inside the transaction already begun
                    yield db
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def _connect(path: Path, mode: str) -> Database:
    conn = sqlite3.connect(file_uri(path, mode), uri=True, check_same_thread=False)
    # A file handed to us may carry triggers or views written to harm; never run its
    # functions from schema code, and keep the checks read-only until it has passed them.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    limit_values(conn)
    if mode == "ro":
        return Database(conn, execute_plugins=False)
    db = ExerciseDatabase(conn, execute_plugins=False)
    db.path = path
    return db


def _pragma(db: Database, name: str) -> str:
    row = db.execute(f"PRAGMA {name}").fetchone()
    return "" if row is None else str(row[0])


def create_database(path: Path) -> Database:
    """A new, empty exercise file at ``path`` (which must not exist), at the current schema."""
    db = _connect(path, "rwc")
    try:
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        _make_durable(db, path)
        schema.migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def open_database(path: Path, *, readonly: bool = False, migrate: bool = True) -> Database:
    """Opens an existing exercise file after checking that it is ours, readable and whole.

    Raises NotAnExerciseFile, NewerSchema, DamagedFile or UnsafeJournal; the file is left as
    it was when any check fails.
    """
    check_header(path)
    try:
        db = _connect(path, "ro" if readonly else "rw")
    except sqlite3.Error as exc:
        raise NotAnExerciseFile(
            msg("cannot be opened ({reason})", reason=str(exc)), path=path
        ) from exc
    try:
        db.execute("PRAGMA query_only = ON")
        check_contents(db, path)
        if not readonly:
            db.execute("PRAGMA query_only = OFF")
            _make_durable(db, path)
            if migrate:
                schema.migrate(db)
        else:
            db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.OperationalError as exc:  # busy, disk full, I/O error: no sign of damage
        db.close()
        if readonly:
            raise StorageError(
                msg("could not be read ({reason})", reason=str(exc)), path=path
            ) from exc
        raise WriteFailed(
            msg("could not be opened for writing ({reason})", reason=str(exc)), path=path
        ) from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DamagedFile(
            msg("is damaged or not a database ({reason})", reason=str(exc)), path=path
        ) from exc
    except BaseException:
        db.close()
        raise
    return db


def check_header(path: Path) -> None:
    """Refuses a missing file, a folder, or a file that does not start as SQLite does."""
    if not path.exists():
        raise NotAnExerciseFile(msg("no such file"), path=path)
    if path.is_dir():
        raise NotAnExerciseFile(msg("is a folder, not an exercise file"), path=path)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotAnExerciseFile(
            msg("cannot be read ({reason})", reason=str(exc.strerror)), path=path
        ) from exc
    if head != SQLITE_MAGIC:
        what = msg("is not an exercise file (not an SQLite database)") if head else msg("is empty")
        raise NotAnExerciseFile(what, path=path)


def check_contents(db: Database, path: Path) -> None:
    """Refuses a foreign, newer or damaged database; reads only."""
    try:
        app_id = schema.application_id(db)
        version = schema.version(db)
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(
            msg("is damaged or not a database ({reason})", reason=str(exc)), path=path
        ) from exc
    if app_id != schema.APPLICATION_ID:
        raise NotAnExerciseFile(
            msg("is an SQLite database but not a TTX Desktop exercise file"), path=path
        )
    if version > schema.SCHEMA_VERSION:
        raise NewerSchema(
            msg(
                "was written by a newer version of TTX Desktop (file schema {version}, "
                "this version reads up to {supported}); update the program to open it",
                version=version,
                supported=schema.SCHEMA_VERSION,
            ),
            path=path,
        )
    if version < 1:
        raise NotAnExerciseFile(msg("is an exercise file that was never completed"), path=path)
    verdict = quick_check(db)
    if verdict != "ok":
        raise DamagedFile(msg("is damaged (SQLite reports: {verdict})", verdict=verdict), path=path)
    try:
        _check_structure(db, path, version)
    except UnicodeDecodeError as exc:  # a name in the schema that is not UTF-8: never ours
        raise DamagedFile(
            msg("is damaged or not a database ({reason})", reason=str(exc)), path=path
        ) from exc


def _check_structure(db: Database, path: Path, version: int) -> None:
    missing = _expected_tables(version) - set(db.table_names())
    if missing:
        raise NotAnExerciseFile(
            msg(
                "is not a complete exercise file (missing tables: {tables})",
                tables=", ".join(sorted(missing)),
            ),
            path=path,
        )
    check_schema(db, path, version)
    check_values(db, path)


def _expected_tables(version: int) -> frozenset[str]:
    return schema.REQUIRED_TABLES | ({"feedback"} if version >= 2 else frozenset())


def quick_check(db: Database) -> str:
    return verdict_of(db.conn, "quick_check(5)")


def integrity_check(db: Database) -> str:
    return verdict_of(db.conn, "integrity_check(20)")


def verdict_of(conn: sqlite3.Connection, check: str) -> str:
    """SQLite's verdict from ``PRAGMA <check>``: "ok", or what is wrong. A damaged file can
    make the verdict itself, or SQLite's error, quote a name whose bytes are not UTF-8: the
    verdict then says so (it is never "ok")."""
    before = conn.text_factory
    conn.text_factory = _lenient_text
    try:
        rows = conn.execute(f"PRAGMA {check}").fetchall()
    except UnicodeDecodeError as exc:  # SQLite's own message quotes a name that is not text
        return f"damage SQLite describes in bytes that are not text ({exc.reason})"
    finally:
        conn.text_factory = before
    return "; ".join(str(r[0]) for r in rows)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _make_durable(db: Database, path: Path) -> None:
    """WAL with synchronous=FULL and foreign keys, each read back: refuse if one did not take."""
    mode = _pragma(db, "journal_mode = WAL").lower()
    if mode != "wal":
        raise UnsafeJournal(
            msg(
                "cannot be written safely here: write-ahead logging is not available on this "
                "file system (journal mode stayed '{mode}'); copy the file to a local disk",
                mode=mode,
            ),
            path=path,
        )
    db.execute("PRAGMA synchronous = FULL")
    if _pragma(db, "synchronous") != "2":
        raise UnsafeJournal(
            msg("cannot be written safely here: synchronous=FULL did not take"), path=path
        )
    db.execute("PRAGMA foreign_keys = ON")
    if _pragma(db, "foreign_keys") != "1":
        raise UnsafeJournal(msg("cannot enforce foreign keys on this SQLite build"), path=path)
