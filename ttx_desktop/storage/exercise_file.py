"""One open exercise file: its lock, its database and its repositories."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path
from types import TracebackType

from ttx_desktop.atomic import put_in_place
from ttx_desktop.domain.model import Exercise
from ttx_desktop.messages import msg, reason_of
from ttx_desktop.storage import schema
from ttx_desktop.storage.clock_repo import ClockRepo
from ttx_desktop.storage.connection import create_database, file_uri, open_database, verdict_of
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import StorageError, WriteFailed
from ttx_desktop.storage.exercise_repo import ExerciseRepo
from ttx_desktop.storage.inject_repo import InjectRepo
from ttx_desktop.storage.lock import ExerciseLock, lock_path
from ttx_desktop.storage.log_repo import LogRepo
from ttx_desktop.storage.policy_repo import PolicyRepo, VoteRepo
from ttx_desktop.storage.recovery import check_left_open

EXTENSION = ".ttxdb"
SIDE_FILES = ("-wal", "-shm")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


class ExerciseFile:
    """An exercise file opened for writing (locked) or for reading only."""

    def __init__(self, path: Path, db: Database, lock: ExerciseLock | None) -> None:
        self.path = path
        self.db = db
        self._lock = lock
        self._identity = _identity(path)
        self.exercise = ExerciseRepo(db, path)
        self.log = LogRepo(db, path)
        self.injects = InjectRepo(db, path)
        self.clock = ClockRepo(db, path)
        self.policy = PolicyRepo(db, path)
        self.votes = VoteRepo(db, path)

    @property
    def readonly(self) -> bool:
        return self._lock is None

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        readonly: bool = False,
        defer_checks: bool = False,
        start_checks: bool = True,
    ) -> ExerciseFile:
        """Opens an existing file; for writing it first takes the lock (FileLocked if held).

        ``defer_checks``: a large file left closed cleanly is shown before SQLite's own check
        has read every page; writes wait for it (see ``await_checks``). Without
        ``start_checks`` that check waits for ``start_checks()`` (or the first wait for it).
        """
        path = Path(path)
        unclean = was_left_open(path)  # read before our own lock file appears
        lock = None if readonly else _take_lock(path)
        try:
            if unclean:  # a kill or power cut: worth the full check, not only the quick one
                check_left_open(path)
            if lock is not None:
                _backup_before_migration(path)
            db = open_database(
                path,
                readonly=readonly,
                defer_checks=defer_checks and not unclean,
                start_checks=start_checks,
            )
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(path, db, lock)

    @classmethod
    def create(cls, path: Path | str, exercise: Exercise, *, force: bool = False) -> ExerciseFile:
        """Writes ``exercise`` as a new file at ``path`` and opens it for writing.

        The file is built under a temporary name and renamed into place, so ``path`` is either
        untouched or the complete new exercise. An existing file is replaced only with
        ``force``, and only when no one else holds it.
        """
        path = Path(path)
        if path.exists() and not force:
            raise StorageError(
                msg("already exists; choose another name or pass --force"), path=path
            )
        if path.is_dir():
            raise StorageError(msg("is a folder"), path=path)
        lock = _take_lock(path)
        try:
            _build(path, exercise)
            db = open_database(path)
        except BaseException:
            lock.release()
            raise
        return cls(path, db, lock)

    def check_present(self) -> None:
        """Raises WriteFailed when the file was deleted, moved or replaced while open: what
        would be written now would go to a file no one can find again. The open file still
        holds everything, so Save a copy can put it back."""
        if self._identity is not None and _identity(self.path) != self._identity:
            raise WriteFailed(
                msg(
                    "was moved or deleted while open; nothing more is written to it (use Save a "
                    "copy to put the exercise back on disk)"
                ),
                path=self.path,
            )

    @property
    def checks_awaited(self) -> bool:
        """False for a file opened with ``defer_checks`` until ``await_checks`` has returned
        (or raised) once."""
        return self.db.checks_awaited

    @property
    def checks_done(self) -> bool:
        """False while the checks of a file opened with ``defer_checks`` still run."""
        return self.db.checks_done

    def start_checks(self) -> None:
        """Starts the checks of a file opened without ``start_checks``, if they still wait."""
        self.db.start_checks()

    def await_checks(self) -> None:
        """Waits for the checks still running; raises DamagedFile (or another StorageError)
        when they found the file damaged, which is then never written to."""
        self.db.await_checks()

    def checkpoint(self) -> None:
        """Moves the write-ahead log into the main file (for copies and backups)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        # A file whose checks still run was not written to: there is nothing to checkpoint,
        # and closing waits for no check. One they found damaged stays as it was.
        with contextlib.suppress(sqlite3.Error, StorageError):
            if not self.readonly and self.db.checks_done:
                self.checkpoint()
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ExerciseFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def was_left_open(path: Path) -> bool:
    """Whether the last writer did not close the file: its lock file or a non-empty
    write-ahead log is still there (a clean close removes the one and empties the other)."""
    try:
        wal = side_file(path, "-wal").stat().st_size
    except OSError:
        wal = 0
    return wal > 0 or lock_path(path).exists()


def _take_lock(path: Path) -> ExerciseLock:
    lock = ExerciseLock(path)
    try:
        lock.acquire()
    except PermissionError as exc:
        raise StorageError(
            msg(
                "cannot be opened for writing: the folder is read-only (open it read-only, "
                "or copy it to a folder you can write to)"
            ),
            path=path,
        ) from exc
    except FileNotFoundError as exc:
        raise StorageError(msg("its folder does not exist"), path=path) from exc
    return lock


def _build(path: Path, exercise: Exercise) -> None:
    folder = path.parent if str(path.parent) else Path()
    fd, temp_name = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    temp.unlink()
    try:
        db = create_database(temp)
        db.path = path  # its errors name the file being made, not the temporary one
        try:
            ExerciseRepo(db).insert(exercise)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        for suffix in SIDE_FILES:  # a stale log of the old file must never meet the new one
            side_file(path, suffix).unlink(missing_ok=True)
        put_in_place(temp, path)
    except sqlite3.OperationalError as exc:
        raise WriteFailed(
            msg("could not be written ({reason})", reason=str(exc)), path=path
        ) from exc
    except OSError as exc:
        raise WriteFailed(
            msg("could not be written ({reason})", reason=reason_of(exc)),
            path=path,
        ) from exc
    finally:
        for name in (temp, side_file(temp, "-wal"), side_file(temp, "-shm")):
            name.unlink(missing_ok=True)


def _backup_before_migration(path: Path) -> Path | None:
    """Copies an older-schema file aside before it is upgraded; returns the copy's path."""
    try:
        source = sqlite3.connect(file_uri(path, "ro"), uri=True)
    except sqlite3.Error:
        return None  # open_database reports what is wrong with the file
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        app = int(source.execute("PRAGMA application_id").fetchone()[0])
        if app != schema.APPLICATION_ID or not 0 < version < schema.SCHEMA_VERSION:
            return None
        target = path.with_name(f"{path.stem}.before-schema-{schema.SCHEMA_VERSION}{path.suffix}")
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
        return target
    except sqlite3.Error:
        return None
    finally:
        source.close()


def save_copy(file: ExerciseFile, target: Path) -> None:
    """A consistent copy of an open exercise file at ``target`` (SQLite's backup API).

    The copy is made under a temporary name and renamed into place, and checked before.
    """
    target = Path(target)
    if target.resolve() == file.path.resolve():
        raise StorageError(msg("is the open file itself; choose another name"), path=target)
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        copy = sqlite3.connect(temp)
        try:
            file.db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            verdict = verdict_of(copy, "quick_check")
        finally:
            copy.close()
        if verdict != "ok":
            raise WriteFailed(
                msg("the copy did not verify ({verdict})", verdict=str(verdict)), path=target
            )
        put_in_place(temp, target)
    except sqlite3.OperationalError as exc:
        raise WriteFailed(
            msg("could not be written ({reason})", reason=str(exc)), path=target
        ) from exc
    except OSError as exc:
        raise WriteFailed(
            msg("could not be written ({reason})", reason=reason_of(exc)),
            path=target,
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
