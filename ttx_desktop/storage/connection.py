"""Opening an exercise file: refuse what is not ours or is damaged, then make it durable."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from ttx_desktop.messages import msg
from ttx_desktop.storage import schema
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import (
    DamagedFile,
    NewerSchema,
    NotAnExerciseFile,
    StorageError,
    UnsafeJournal,
    WriteFailed,
)
from ttx_desktop.storage.schema_check import check_schema, check_values, limit_values

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# From this size on (the file and its log), the checks that read every page run after the
# window shows the file (DeferredCheck); below it they take a few milliseconds.
DEFER_CHECKS_FROM = 8 * 2**20


def file_uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path``, quoted so that '#', '?' and '%' in a name stay in the name."""
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _connect(path: Path, mode: str) -> Database:
    conn = sqlite3.connect(file_uri(path, mode), uri=True, check_same_thread=False)
    # A file handed to us may carry triggers or views written to harm; never run its
    # functions from schema code, and keep the checks read-only until it has passed them.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    limit_values(conn)
    return Database(conn, immediate=mode != "ro", path=path)


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


def open_database(
    path: Path,
    *,
    readonly: bool = False,
    migrate: bool = True,
    defer_checks: bool = False,
    start_checks: bool = True,
) -> Database:
    """Opens an existing exercise file after checking that it is ours, readable and whole.

    Raises NotAnExerciseFile, NewerSchema, DamagedFile or UnsafeJournal; the file is left as
    it was when any check fails. With ``defer_checks``, a large file at the current schema
    is opened after the quick checks, and SQLite's own check and the value scan (which read
    the whole file) run in a thread: every write waits for them, and fails with what they
    found, so a damaged file is still never written to. Without ``start_checks`` the thread
    starts with Database.start_checks (the window starts it once it has painted) or with the
    first wait for the checks.
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
        deferred = (
            defer_checks
            and not readonly
            and _file_size(path) >= DEFER_CHECKS_FROM
            and schema.version(db) == schema.SCHEMA_VERSION  # a migration writes: check first
        )
        check_contents(db, path, whole=not deferred)
        if not readonly:
            db.execute("PRAGMA query_only = OFF")
            _make_durable(db, path)
            if deferred:
                db.hold_writes(DeferredCheck(path, start=start_checks))
            elif migrate:
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


def check_contents(db: Database, path: Path, *, whole: bool = True) -> None:
    """Refuses a foreign, newer or damaged database; reads only. ``whole`` adds the checks
    that read every page (SQLite's quick check, the value scan): see DeferredCheck."""
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
    if whole:
        _check_pages(db, path)
    try:
        _check_structure(db, path, version, whole=whole)
    except UnicodeDecodeError as exc:  # a name in the schema that is not UTF-8: never ours
        raise DamagedFile(
            msg("is damaged or not a database ({reason})", reason=str(exc)), path=path
        ) from exc


def _check_pages(db: Database, path: Path) -> None:
    verdict = quick_check(db)
    if verdict != "ok":
        raise DamagedFile(msg("is damaged (SQLite reports: {verdict})", verdict=verdict), path=path)


class DeferredCheck:
    """SQLite's quick check and the value scan of a file already open, in a thread of their
    own on a read-only connection; ``result`` waits for them and raises what they found."""

    def __init__(self, path: Path, *, start: bool = True) -> None:
        self._path = path
        self._error: StorageError | None = None
        self._cancelled = False
        self._started = False
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="exercise-check", daemon=True)
        if start:
            self.start()

    def start(self) -> None:
        """Starts the checks, unless they started or were cancelled already."""
        with self._lock:
            if self._started or self._cancelled:
                return
            self._started = True
        self._thread.start()

    @property
    def done(self) -> bool:
        return self._started and not self._thread.is_alive()

    def result(self) -> None:
        self.start()  # awaited before they were started: now, and waited for
        if self._started:
            self._thread.join()
        if self._error is not None:
            raise self._error

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()
        if self._started:
            self._thread.join()

    def _run(self) -> None:
        path = self._path
        try:
            db = _connect(path, "ro")
            try:
                with self._lock:
                    self._conn = db.conn
                    if self._cancelled:
                        return
                _check_pages(db, path)
                check_values(db, path)
            finally:
                with self._lock:
                    self._conn = None
                db.close()
        except StorageError as exc:
            self._error = None if self._cancelled else exc
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if self._cancelled:  # interrupted on purpose
                return
            self._error = DamagedFile(
                msg("is damaged or not a database ({reason})", reason=str(exc)), path=path
            )


def _file_size(path: Path) -> int:
    """The file and its write-ahead log, in bytes."""
    total = 0
    for part in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            total += part.stat().st_size
    return total


def _check_structure(db: Database, path: Path, version: int, *, whole: bool = True) -> None:
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
    if whole:
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
