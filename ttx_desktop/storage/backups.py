"""Rolling backups of an exercise file: consistent snapshots, verified, thinned with age.

A backup is taken through a connection of its own, opened read-only on the file, with
SQLite's backup API in one step: one read transaction, so one consistent snapshot, while the
console goes on writing through WAL. It is written under a hidden partial name, checked,
flushed and only then renamed, so a backup that is listed is whole; a partial one left by a
kill is removed at the next backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ttx_desktop.atomic import fsync_path, put_in_place
from ttx_desktop.messages import msg, reason_of
from ttx_desktop.storage.connection import file_uri, verdict_of
from ttx_desktop.storage.errors import StorageError, WriteFailed

EXTENSION = ".ttxdb"
PARTIAL = ".partial"
NAME_FORMAT = "%Y%m%d-%H%M%S"
SIDE_FILES = ("-wal", "-shm")
# Thinning: everything of the last hour, then the newest of each hour for a day, then the
# newest of each day; never more than MAX_KEPT (about two months of daily ones).
DENSE = timedelta(hours=1)
HOURLY = timedelta(days=1)
MAX_KEPT = 60


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was taken and what it holds (entries -1: unreadable)."""

    path: Path
    taken_at: datetime
    entries: int
    injects: int
    size: int

    @property
    def readable(self) -> bool:
        return self.entries >= 0


def folder_for(root: Path, exercise: Path) -> Path:
    """The backups of one exercise file: a folder under ``root`` named after the file, with
    a short digest of its full path so two files of the same name never share one."""
    digest = hashlib.sha256(str(exercise.resolve()).encode()).hexdigest()[:8]
    return root / f"{exercise.stem}-{digest}"


def fingerprint(path: Path) -> tuple[tuple[int, int], ...]:
    """Size and modification time of the file and its write-ahead log: every commit changes
    one of them, and reading changes neither."""
    marks = []
    for name in (path, _side(path, "-wal")):
        try:
            info = name.stat()
        except OSError:
            marks.append((-1, -1))
        else:
            marks.append((info.st_size, info.st_mtime_ns))
    return tuple(marks)


def take_backup(source: Path, folder: Path, *, now: datetime | None = None) -> Backup:
    """A verified snapshot of ``source`` in ``folder``; raises WriteFailed (nothing is left
    behind) when it cannot be made."""
    taken_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_partial(folder)
        target = _free_name(folder, taken_at.strftime(NAME_FORMAT))
        temp = folder / f".{target.name}{PARTIAL}"
    except OSError as exc:
        raise WriteFailed(
            msg(
                "backup folder cannot be written ({reason})",
                reason=reason_of(exc),
            ),
            path=folder,
        ) from exc
    try:
        _copy(source, temp)
        counts = _verified_counts(temp)
        put_in_place(temp, target)
    except sqlite3.Error as exc:
        raise WriteFailed(
            msg("backup could not be made ({reason})", reason=str(exc)), path=folder
        ) from exc
    except OSError as exc:
        raise WriteFailed(
            msg("backup could not be written ({reason})", reason=reason_of(exc)),
            path=folder,
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return Backup(target, taken_at, counts[0], counts[1], target.stat().st_size)


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(file_uri(source, "ro"), uri=True)
    try:
        src.execute("PRAGMA trusted_schema = OFF")
        src.execute("PRAGMA busy_timeout = 5000")
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)  # pages=-1: all in one step, one consistent snapshot
            dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def _verified_counts(path: Path, *, check: bool = True) -> tuple[int, int]:
    """(entries, injects) of a backup, after SQLite's full integrity check unless ``check``
    is False (listing many backups); StorageError if damaged."""
    conn = sqlite3.connect(file_uri(path, "ro"), uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        if check:
            verdict = verdict_of(conn, "integrity_check(5)")
            if verdict != "ok":
                raise StorageError(
                    msg("backup did not verify ({verdict})", verdict=verdict), path=path
                )
        entries = conn.execute("SELECT count(*) FROM log_entry WHERE deleted = 0").fetchone()[0]
        injects = conn.execute("SELECT count(*) FROM inject").fetchone()[0]
        return int(entries), int(injects)
    finally:
        conn.close()


def changed_since(path: Path, moment: datetime) -> bool:
    """Whether the file or its write-ahead log was written after ``moment`` (a backup's
    time, taken as it began and rounded down: a write in that second counts as after)."""
    limit = moment.timestamp()
    for name in (path, _side(path, "-wal")):
        try:
            if name.stat().st_mtime >= limit:
                return True
        except OSError:
            continue
    return False


def latest(folder: Path) -> datetime | None:
    """When the newest backup in ``folder`` was taken, from the names alone (cheap)."""
    times = [t for p in _backup_files(folder) if (t := _taken_at(p)) is not None]
    return max(times, default=None)


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first; one that cannot be read is listed with
    entries -1 rather than hidden."""
    found: list[Backup] = []
    for path in _backup_files(folder):
        taken_at = _taken_at(path)
        if taken_at is None:
            continue
        try:
            entries, injects = _verified_counts(path, check=False)
        except (sqlite3.Error, StorageError):
            entries, injects = -1, -1
        found.append(Backup(path, taken_at, entries, injects, path.stat().st_size))
    # Taken within one second, they are numbered: the longer name is the later one.
    return sorted(found, key=lambda b: (b.taken_at, len(b.path.name), b.path.name), reverse=True)


def newest_good(folder: Path) -> Backup | None:
    """The newest backup that passes SQLite's full integrity check."""
    for backup in list_backups(folder):
        if not backup.readable:
            continue
        try:
            _verified_counts(backup.path)
        except (sqlite3.Error, StorageError):
            continue
        return backup
    return None


def kept(times: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which of ``times`` to keep: all recent ones, fewer as they age, never the newest lost."""
    ordered = sorted(set(times), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    seen: set[object] = set()
    for moment in ordered:
        age = now - moment
        if age <= DENSE:
            keep.add(moment)
            continue
        bucket: object = (
            ("hour", moment.replace(minute=0, second=0, microsecond=0))
            if age <= HOURLY
            else ("day", moment.date())
        )
        if bucket not in seen:  # newest first, so the first in a bucket is its newest
            seen.add(bucket)
            keep.add(moment)
    return set(sorted(keep, reverse=True)[:MAX_KEPT])


def prune(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Deletes the backups that ``kept`` lets go; returns them."""
    moment = now or datetime.now(UTC)
    by_time = {t: p for p in _backup_files(folder) if (t := _taken_at(p)) is not None}
    keep = kept(by_time, moment)
    removed = []
    for taken_at, path in by_time.items():
        if taken_at not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def remove_partial(folder: Path) -> None:
    """Removes what a backup killed half-way left behind."""
    for path in folder.glob(f".*{PARTIAL}*"):
        with contextlib.suppress(OSError):
            path.unlink()


def restore(backup: Path, target: Path) -> None:
    """Writes a copy of ``backup`` at ``target``, which must not exist; checked before it is
    renamed into place. A stale log left beside ``target`` is moved aside, never replayed."""
    if target.exists():
        raise StorageError(
            msg("already exists; a backup is never restored over a file"), path=target
        )
    _verified_counts(backup)
    temp = target.with_name(f".{target.name}{PARTIAL}")
    try:
        _copy(backup, temp)
        _verified_counts(temp)
        stamp = datetime.now(UTC).strftime(NAME_FORMAT)
        for suffix in SIDE_FILES:
            if (side := _side(target, suffix)).exists():
                _move(side, _side(_free(target, f".orphan-{stamp}"), suffix))
        put_in_place(temp, target)
    except sqlite3.Error as exc:
        raise WriteFailed(
            msg("could not be restored ({reason})", reason=str(exc)), path=target
        ) from exc
    except OSError as exc:
        raise WriteFailed(
            msg("could not be restored ({reason})", reason=reason_of(exc)),
            path=target,
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def move_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Renames a damaged file, with its -wal and -shm, to FILE.damaged-TIME.ttxdb beside it;
    nothing is deleted or overwritten. The logs go first: a log must never be left beside a
    file that is not its own."""
    stamp = (now or datetime.now(UTC)).strftime(NAME_FORMAT)
    aside = _free(path, f".damaged-{stamp}")
    try:
        for suffix in SIDE_FILES:
            if (side := _side(path, suffix)).exists():
                _move(side, _side(aside, suffix))
        _move(path, aside)
        fsync_path(path.parent)
    except OSError as exc:
        raise WriteFailed(
            msg(
                "could not be moved aside ({reason}); it was left as it is",
                reason=reason_of(exc),
            ),
            path=path,
        ) from exc
    return aside


def _move(source: Path, target: Path) -> None:
    if target.exists():  # never overwrite: _free picked a name no file has
        raise FileExistsError(msg("{path} exists", path=str(target)))
    source.replace(target)


def _free(path: Path, tag: str) -> Path:
    """PATH with ``tag`` before its extension, numbered until neither it nor its logs exist."""
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        candidate = path.with_name(f"{path.stem}{tag}{extra}{path.suffix}")
        if not any(_side(candidate, s).exists() for s in ("", *SIDE_FILES)):
            return candidate
        number += 1


def _free_name(folder: Path, stem: str) -> Path:
    return _free(folder / f"{stem}{EXTENSION}", "")


def _backup_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.glob(f"*{EXTENSION}") if not p.name.startswith(".")]


def _taken_at(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.stem[:15], NAME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
