"""Damaged files: truncated, flipped bytes, a foreign or lost log; detected, left untouched."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.storage_helpers import garble_root_page, small_exercise
from tests.test_cli import assert_user_error, ttx
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, Exercise, LogEntry
from ttx_desktop.storage import backups
from ttx_desktop.storage.errors import DamagedFile
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.lock import lock_path

SIDES = ("", "-wal", "-shm")


def side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def fill(file: ExerciseFile, count: int, word: str = "entry") -> list[str]:
    ids = []
    for n in range(count):
        entry = LogEntry(
            id=new_id(),
            kind=EntryKind.NOTE,
            text=f"{word} {n} " + "words " * 40,
            logged_at=datetime.now(UTC),
        )
        file.log.append(entry)
        ids.append(entry.id)
    return ids


def crash_image(file: ExerciseFile, target: Path) -> None:
    """What a kill leaves on disk: the file, its log and index as they are now, and the lock
    file of the dead writer."""
    for suffix in SIDES:
        if side(file.path, suffix).exists():
            shutil.copyfile(side(file.path, suffix), side(target, suffix))
    lock_path(target).write_text("{}")


def digests(path: Path) -> dict[str, str]:
    """The file and its log (the -shm index is a cache SQLite rebuilds from them)."""
    return {
        s: hashlib.sha256(side(path, s).read_bytes()).hexdigest()
        for s in SIDES[:2]
        if side(path, s).exists()
    }


def other_exercise(tail: str) -> Exercise:
    base = small_exercise(title="Another exercise")
    details = dataclasses.replace(base.details, id=f"00000000-0000-4000-8000-0000000000{tail}")
    return dataclasses.replace(base, details=details)


def closed_file(tmp_path: Path, name: str = "harbour.ttxdb", entries: int = 120) -> Path:
    path = tmp_path / name
    with ExerciseFile.create(path, small_exercise()) as file:
        fill(file, entries)
    return path


def refused(path: Path, match: str) -> None:
    before = digests(path)
    with pytest.raises(DamagedFile, match=match) as caught:
        ExerciseFile.open(path)
    assert str(path) in str(caught.value)
    assert digests(path) == before  # not repaired, not overwritten, not folded together


def test_a_truncated_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = closed_file(tmp_path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refused(path, "damaged")


def test_a_file_with_flipped_bytes_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = closed_file(tmp_path)
    garble_root_page(path, "log_revision", mask=0xA5, length=12)
    refused(path, "damaged")


def test_a_log_of_another_exercise_beside_the_file_is_refused(tmp_path: Path) -> None:
    path = closed_file(tmp_path, entries=3)
    other = ExerciseFile.create(
        tmp_path / "other.ttxdb",
        other_exercise("ff"),
    )
    fill(other, 60, "other")
    shutil.copyfile(side(other.path, "-wal"), side(path, "-wal"))
    other.close()
    refused(path, "belongs to another exercise file")


def test_a_file_whose_log_was_lost_is_refused(tmp_path: Path) -> None:
    file = ExerciseFile.create(tmp_path / "live.ttxdb", small_exercise())
    fill(file, 30)
    image = tmp_path / "image.ttxdb"
    crash_image(file, image)
    file.close()
    side(image, "-wal").unlink()
    refused(image, "lost its write-ahead log")


def test_what_a_killed_writer_left_opens_with_every_committed_entry(tmp_path: Path) -> None:
    file = ExerciseFile.create(tmp_path / "live.ttxdb", small_exercise())
    ids = fill(file, 40)
    image = tmp_path / "image.ttxdb"
    crash_image(file, image)
    file.close()
    with ExerciseFile.open(image) as reopened:
        stored = {e.id for e in reopened.log.all()}
    assert set(ids) <= stored


def test_damage_only_the_full_check_sees_is_found_after_a_kill(tmp_path: Path) -> None:
    """quick_check does not compare indexes with their tables; after an unclean shutdown
    (the dead writer's lock file is still there) the full integrity check runs."""
    path = closed_file(tmp_path)
    conn = sqlite3.connect(path)
    root, page = conn.execute(
        "SELECT rootpage, (SELECT page_size FROM pragma_page_size()) FROM sqlite_master "
        "WHERE name = 'log_entry_by_time'"
    ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[root * page - 30] ^= 0x01  # a key byte in the index's last cell
    path.write_bytes(bytes(data))
    ExerciseFile.open(path, readonly=True).close()  # after a clean close: the quick check
    lock_path(path).write_text("{}")
    refused(path, "missing from index")


def test_check_reports_a_foreign_log_and_exits_1(tmp_path: Path) -> None:
    path = closed_file(tmp_path, entries=3)
    other = ExerciseFile.create(
        tmp_path / "other.ttxdb",
        other_exercise("ee"),
    )
    fill(other, 30, "other")
    shutil.copyfile(side(other.path, "-wal"), side(path, "-wal"))
    other.close()
    assert_user_error(ttx("check", path), path, "belongs to another exercise file")


def test_a_moved_aside_file_makes_room_for_the_newest_good_backup(tmp_path: Path) -> None:
    path = closed_file(tmp_path, entries=5)
    folder = tmp_path / "backups"
    backups.take_backup(path, folder)
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(DamagedFile):
        ExerciseFile.open(path)
    aside = backups.move_aside(path)
    good = backups.newest_good(folder)
    assert good is not None
    backups.restore(good.path, path)
    with ExerciseFile.open(path) as restored:
        assert restored.exercise.counts()["entries"] == 7
    assert aside.stat().st_size == 3000
