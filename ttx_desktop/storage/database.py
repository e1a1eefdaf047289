"""An exercise file's connection: reads in plain SQL, sqlite-utils loaded at the first write.

The window reads the whole exercise before its first paint, and writes only later; sqlite-utils
(with click, pluggy and dateutil behind it) costs about a tenth of a second to import. This
class answers the reads itself, and hands ``table(name)`` to sqlite-utils' Table, imported when
first asked for, which writes through this same connection and this class's transactions.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from ttx_desktop.storage.failures import failure

Parameters = Sequence[Any] | Mapping[str, Any]

# Statements that leave the transaction state to the caller: execute() commits any other
# write that opened an implicit transaction, as sqlite-utils' own execute() does.
_TRANSACTION_WORDS = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
# Statements that change the file: they wait for the checks of a file opened before them.
_WRITE_WORDS = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"})


class PendingCheck(Protocol):
    """Checks still running on a file that is open: see connection.DeferredCheck."""

    @property
    def done(self) -> bool: ...

    def start(self) -> None:
        """Starts the checks if they have not started yet."""

    def result(self) -> None:
        """Waits for the checks; raises a StorageError saying what they found wrong."""

    def cancel(self) -> None:
        """Stops the checks: the file is being closed with nothing written to it."""


class Database:
    """One SQLite connection to an exercise file, with the few calls the storage layer uses.

    ``immediate`` write transactions take the file's write lock as they begin: the room server
    writes the same file through connections of its own, and a transaction begun DEFERRED that
    reads before it writes cannot take the lock once another connection has committed since
    that read (it fails at once with "database is locked", whatever the busy timeout).
    """

    def __init__(
        self, conn: sqlite3.Connection, *, immediate: bool = True, path: Path | None = None
    ) -> None:
        self.conn = conn
        self.path = path  # the file, named by the errors of its writes
        self._immediate = immediate
        self._tables: Any = None
        self._held_by: PendingCheck | None = None
        conn.execute("PRAGMA recursive_triggers = ON")

    def hold_writes(self, check: PendingCheck) -> None:
        """Every write first waits for ``check``, which returns once the file is known whole
        and raises (a StorageError) if it is not; a file that failed it is never written."""
        self._held_by = check

    def start_checks(self) -> None:
        """Starts the checks a file was opened before, if they wait to be started."""
        if self._held_by is not None:
            self._held_by.start()

    def await_checks(self) -> None:
        """Returns when the file may be written; raises what its checks found otherwise."""
        check = self._held_by
        if check is not None:
            check.result()  # raises, and stays held, when the file is damaged
            self._held_by = None

    @property
    def checks_awaited(self) -> bool:
        """False until the checks of a file opened before them were awaited (see
        await_checks): whether they found it whole is still to be asked."""
        return self._held_by is None

    @property
    def checks_done(self) -> bool:
        """True once no check is running (await_checks then returns or raises at once)."""
        return self._held_by is None or self._held_by.done

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        """Runs one statement; a write outside any transaction is committed at once."""
        if self._held_by is not None and _writes(sql):
            self.await_checks()
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_word(sql) not in _TRANSACTION_WORDS
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, parameters: Parameters | None = None) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT as dictionaries keyed by column name."""
        cursor = self.execute(sql, parameters)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [str(r[0]) for r in rows]

    def has_table(self, name: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return row is not None

    def columns(self, table: str) -> list[str]:
        return [str(r[1]) for r in self.conn.execute(f'PRAGMA table_info("{table}")')]

    def count(self, table: str) -> int:
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def table(self, name: str) -> Any:
        """sqlite-utils' Table ``name`` for inserts, updates and upserts on this connection."""
        self.await_checks()
        if self._tables is None:
            from ttx_desktop.storage.tables import tables_on  # loads sqlite-utils: write time

            self._tables = tables_on(self.conn, self.atomic)
        return self._tables.table(name)

    def atomic(self) -> _Atomic:
        """The write transaction of every repository, or a savepoint inside the one already
        begun: committed when the block ends, rolled back if it raises, and what SQLite
        raised told as a StorageError naming the file (storage/failures.py)."""
        return _Atomic(self)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        if self._held_by is not None and not self._held_by.done:
            self._held_by.cancel()
        self.conn.close()


class _Atomic:
    """Database.atomic's block, as a class: the three generator-made context managers it was
    cost a tenth of the Python of logging an entry (issue 20)."""

    __slots__ = ("_db", "_savepoint")

    def __init__(self, db: Database) -> None:
        self._db = db
        self._savepoint = ""

    def __enter__(self) -> Database:
        db = self._db
        conn = db.conn
        try:
            if conn.in_transaction:
                self._savepoint = f"ttx_{secrets.token_hex(8)}"
                conn.execute(f"SAVEPOINT {self._savepoint}")
            else:
                db.await_checks()
                conn.execute("BEGIN IMMEDIATE" if db._immediate else "BEGIN")
        except sqlite3.Error as exc:
            raise failure(exc, db.path) from exc
        return db

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        db = self._db
        try:
            if self._savepoint:
                self._end_savepoint(exc is not None)
            elif exc is not None:
                db.rollback()
            else:
                try:
                    db.conn.execute("COMMIT")
                except BaseException:
                    db.rollback()
                    raise
        except sqlite3.Error as error:
            raise failure(error, db.path) from error
        if isinstance(exc, sqlite3.Error):
            raise failure(exc, db.path) from exc

    def _end_savepoint(self, failed: bool) -> None:
        conn = self._db.conn
        if failed:
            # An error such as RAISE(ROLLBACK) can end the whole transaction first.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {self._savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {self._savepoint}")
            return
        conn.execute(f"RELEASE SAVEPOINT {self._savepoint}")


def _writes(sql: str) -> bool:
    return _first_word(sql) in _WRITE_WORDS or "wal_checkpoint" in sql.lower()


def _first_word(sql: str) -> str:
    words = sql.lstrip().split(None, 1)
    return words[0].upper().rstrip(";") if words else ""
