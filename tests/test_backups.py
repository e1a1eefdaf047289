"""Rolling backups: consistent, verified, thinned with age, never partial, restorable."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.storage_helpers import small_exercise
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, LogEntry
from ttx_desktop.storage import backups
from ttx_desktop.storage.errors import StorageError, WriteFailed
from ttx_desktop.storage.exercise_file import ExerciseFile

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def open_file(tmp_path: Path) -> ExerciseFile:
    return ExerciseFile.create(tmp_path / "harbour.ttxdb", small_exercise())


def log(file: ExerciseFile, text: str) -> None:
    file.log.append(
        LogEntry(id=new_id(), kind=EntryKind.NOTE, text=text, logged_at=datetime.now(UTC))
    )


def texts(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT text FROM log_entry")}
    finally:
        conn.close()


def test_a_backup_of_an_open_file_holds_what_was_committed(
    open_file: ExerciseFile, tmp_path: Path
) -> None:
    log(open_file, "Committed before the backup")
    backup = backups.take_backup(open_file.path, tmp_path / "b", now=NOW)
    log(open_file, "Committed after the backup")
    assert backup.path.name == "20260304-120000.ttxdb"
    assert (backup.entries, backup.injects) == (3, 3)
    assert "Committed before the backup" in texts(backup.path)
    assert "Committed after the backup" not in texts(backup.path)
    assert not Path(str(backup.path) + "-wal").exists()  # self-contained, no log beside it
    open_file.close()


def test_backups_are_listed_newest_first_with_their_counts(
    open_file: ExerciseFile, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    backups.take_backup(open_file.path, folder, now=NOW)
    log(open_file, "One more")
    backups.take_backup(open_file.path, folder, now=NOW + timedelta(minutes=5))
    listed = backups.list_backups(folder)
    assert [b.entries for b in listed] == [3, 2]
    assert listed[0].taken_at == NOW + timedelta(minutes=5)
    open_file.close()


def test_a_partial_backup_is_never_listed_and_is_cleared_next_time(
    open_file: ExerciseFile, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    partial = folder / f".20260304-115500.ttxdb{backups.PARTIAL}"
    partial.write_bytes(b"SQLite format 3\x00 half of a file")
    assert backups.list_backups(folder) == []
    backups.take_backup(open_file.path, folder, now=NOW)
    assert not partial.exists()
    assert len(backups.list_backups(folder)) == 1
    open_file.close()


def test_a_backup_folder_that_cannot_be_made_is_named(
    open_file: ExerciseFile, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    folder.write_text("a file where the folder should be")
    with pytest.raises(WriteFailed) as caught:
        backups.take_backup(open_file.path, folder, now=NOW)
    assert str(folder) in str(caught.value)
    open_file.close()


def test_a_backup_that_fails_its_check_leaves_nothing_behind(
    open_file: ExerciseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, *, check: bool = True) -> tuple[int, int]:
        assert path.exists()  # the copy was written, under its partial name
        raise StorageError("backup did not verify (simulated)", path=path)

    monkeypatch.setattr(backups, "_verified_counts", refuse)
    folder = tmp_path / "b"
    with pytest.raises(StorageError, match="did not verify"):
        backups.take_backup(open_file.path, folder, now=NOW)
    assert list(folder.iterdir()) == []
    open_file.close()


def test_a_damaged_backup_is_listed_as_unreadable_and_skipped(
    open_file: ExerciseFile, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    good = backups.take_backup(open_file.path, folder, now=NOW)
    bad = backups.take_backup(open_file.path, folder, now=NOW + timedelta(minutes=5))
    bad.path.write_bytes(bad.path.read_bytes()[:2000])
    listed = backups.list_backups(folder)
    assert [b.readable for b in listed] == [False, True]
    assert backups.newest_good(folder) == good
    open_file.close()


def test_recent_backups_are_dense_and_older_ones_thinned() -> None:
    times = [NOW - timedelta(minutes=5 * n) for n in range(0, 12 * 24 * 5)]  # five days
    keep = backups.kept(times, NOW)
    recent = [t for t in keep if NOW - t <= backups.DENSE]
    assert len(recent) == 13  # every five minutes for an hour
    hourly = [t for t in keep if backups.DENSE < NOW - t <= backups.HOURLY]
    assert len(hourly) == 23  # one an hour for the rest of the day
    daily = [t for t in keep if NOW - t > backups.HOURLY]
    assert len({t.date() for t in daily}) == len(daily) == 5  # one a day before
    assert NOW in keep and len(keep) <= backups.MAX_KEPT
    assert max(times) in keep


def test_the_newest_backup_survives_thinning_however_old() -> None:
    old = NOW - timedelta(days=400)
    assert backups.kept([old], NOW) == {old}


def test_prune_deletes_what_thinning_lets_go(open_file: ExerciseFile, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    first = backups.take_backup(open_file.path, folder, now=NOW - timedelta(hours=5, minutes=10))
    second = backups.take_backup(open_file.path, folder, now=NOW - timedelta(hours=5, minutes=5))
    third = backups.take_backup(open_file.path, folder, now=NOW)
    removed = backups.prune(folder, now=NOW)
    assert removed == [first.path]
    assert second.path.exists() and third.path.exists()
    open_file.close()


def test_restore_writes_a_new_file_and_never_over_one(
    open_file: ExerciseFile, tmp_path: Path
) -> None:
    backup = backups.take_backup(open_file.path, tmp_path / "b", now=NOW)
    with pytest.raises(StorageError, match="never restored over"):
        backups.restore(backup.path, open_file.path)
    open_file.close()
    target = tmp_path / "restored.ttxdb"
    Path(str(target) + "-wal").write_bytes(b"a log of some other file")
    backups.restore(backup.path, target)
    with ExerciseFile.open(target) as restored:
        assert restored.exercise.counts()["entries"] == 2
    orphans = [p.name for p in tmp_path.iterdir() if ".orphan-" in p.name]
    assert len(orphans) == 1 and orphans[0].endswith("-wal")  # moved aside, not replayed


def test_move_aside_takes_the_logs_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    for name, data in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        Path(str(path) + name).write_bytes(data)
    first = backups.move_aside(path, now=NOW)
    path.write_bytes(b"again")
    second = backups.move_aside(path, now=NOW)
    assert first != second and first.read_bytes() == b"main"
    assert Path(str(first) + "-wal").read_bytes() == b"wal"
    assert Path(str(first) + "-shm").read_bytes() == b"shm"
    assert second.read_bytes() == b"again" and not path.exists()


def test_folders_of_two_files_with_one_name_differ(tmp_path: Path) -> None:
    one = backups.folder_for(tmp_path, tmp_path / "a" / "x.ttxdb")
    two = backups.folder_for(tmp_path, tmp_path / "b" / "x.ttxdb")
    assert one != two and one.name.startswith("x-")


def test_the_fingerprint_changes_with_a_commit_and_not_with_a_backup(
    open_file: ExerciseFile, tmp_path: Path
) -> None:
    before = backups.fingerprint(open_file.path)
    backups.take_backup(open_file.path, tmp_path / "b", now=NOW)
    assert backups.fingerprint(open_file.path) == before
    log(open_file, "A change")
    assert backups.fingerprint(open_file.path) != before
    open_file.close()
