"""SQLite's errors leave storage as StorageErrors in words a user can act on: a full disk, a
read-only file, a busy one, a closed one, a change the file's rules refuse. The write is
rolled back whole, what was committed stays, and the same write succeeds once the cause is
gone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.storage_helpers import T0, small_exercise
from ttx_desktop.domain.model import EntryKind, LogEntry
from ttx_desktop.messages import Text
from ttx_desktop.storage.errors import (
    DamagedFile,
    DiskError,
    DiskFull,
    FileBusy,
    FileClosed,
    ReadOnlyFile,
    StorageError,
    WriteFailed,
    WriteRefused,
)
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.failures import failure
from ttx_desktop.storage.room_repo import RoomRepo, second_connection

LONG = "The crisis cell agrees who tells the press, and when. " * 200  # needs pages of its own


def entry(n: int, text: str = LONG, **fields: object) -> LogEntry:
    values: dict[str, object] = {
        "id": f"e-{n}",
        "kind": EntryKind.DECISION,
        "text": text,
        "logged_at": T0 + timedelta(minutes=n),
        "team_id": "team-jud",
    }
    return LogEntry(**(values | fields))  # type: ignore[arg-type]


@pytest.fixture
def file(tmp_path: Path) -> Iterator[ExerciseFile]:
    with ExerciseFile.create(tmp_path / "harbour.ttxdb", small_exercise(log=False)) as opened:
        opened.log.append(entry(0, "Logged before the disk filled"))
        yield opened


def _fill_the_disk(file: ExerciseFile) -> None:
    """No page more for this file: SQLite's own SQLITE_FULL, as on a disk with no room."""
    pages = int(file.db.execute("PRAGMA page_count").fetchone()[0])
    file.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_refuses_the_entry_in_words_naming_the_file_and_loses_nothing(
    file: ExerciseFile,
) -> None:
    _fill_the_disk(file)
    with pytest.raises(DiskFull) as caught:
        file.log.append(entry(1))
    refused = caught.value
    assert isinstance(refused, WriteFailed) and isinstance(refused.detail, Text)
    assert str(refused) == (
        f"{file.path}: the disk is full; nothing was written (free some space and try again)"
    )
    assert isinstance(refused.__cause__, sqlite3.OperationalError)  # SQLite's words kept
    assert [e.text for e in file.log.all()] == ["Logged before the disk filled"]

    file.db.execute("PRAGMA max_page_count = 1073741823")  # room again: the same entry goes in
    file.log.append(entry(1))
    assert [e.id for e in file.log.all()] == ["e-0", "e-1"]


def test_an_edit_on_a_full_disk_keeps_the_entry_as_it_was(file: ExerciseFile) -> None:
    _fill_the_disk(file)
    with pytest.raises(DiskFull):
        file.log.edit("e-0", by="Anna", text=LONG)
    kept = file.log.get("e-0", with_history=True)
    assert kept is not None and kept.text == "Logged before the disk filled"
    assert len(kept.revisions) == 1


def test_a_read_only_file_is_said_to_be_read_only(file: ExerciseFile) -> None:
    file.db.execute("PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyFile, match="read-only") as caught:
        file.log.append(entry(1))
    assert caught.value.path == str(file.path)


def test_a_file_another_program_writes_is_busy_and_takes_the_write_once_free(
    file: ExerciseFile,
) -> None:
    other = sqlite3.connect(file.path, isolation_level=None)
    file.db.execute("PRAGMA busy_timeout = 0")  # no waiting in a test
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(FileBusy, match="another program is writing") as caught:
            file.log.append(entry(1))
        assert not isinstance(caught.value, DamagedFile)  # busy is not damage
        other.execute("COMMIT")
    finally:
        other.close()
    file.log.append(entry(1))
    assert file.log.count() == 2


def test_a_closed_file_says_so_for_writes_and_reads(file: ExerciseFile) -> None:
    file.db.close()
    with pytest.raises(FileClosed) as caught:
        file.log.append(entry(1))
    assert caught.value.path == str(file.path)
    with pytest.raises(FileClosed):
        file.log.count()


def test_a_change_the_files_rules_refuse_keeps_sqlites_reason(file: ExerciseFile) -> None:
    with pytest.raises(WriteRefused) as caught:
        file.log.append(entry(1, "Names a team the file lacks", team_id="no-such-team"))
    assert "FOREIGN KEY" in caught.value.reason
    assert caught.value.detail.startswith("the change was refused by the file's own rules")


def test_the_rooms_writes_are_told_the_same_way(file: ExerciseFile) -> None:
    phones = second_connection(file.path)
    try:
        phones.execute("PRAGMA query_only = ON")
        with pytest.raises(ReadOnlyFile) as caught:
            RoomRepo(phones).set_token("rapporteur", "abc")
        assert caught.value.path == str(file.path)
    finally:
        phones.close()


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("database or disk is full", DiskFull),
        ("attempt to write a readonly database", ReadOnlyFile),
        ("database is locked", FileBusy),
        ("database table is locked", FileBusy),
        ("database disk image is malformed", DamagedFile),
        ("file is not a database", DamagedFile),
        ("disk I/O error", DiskError),
        ("unable to open database file", DiskError),
        ("no such table: nowhere", WriteFailed),
    ],
)
def test_an_error_made_without_its_code_is_known_by_sqlites_words(
    words: str, kind: type[StorageError]
) -> None:
    told = failure(sqlite3.OperationalError(words), "x.ttxdb")
    assert type(told) is kind
    assert str(told).startswith("x.ttxdb: ")


ERRORS = st.sampled_from(
    [
        sqlite3.Error,
        sqlite3.DatabaseError,
        sqlite3.OperationalError,
        sqlite3.IntegrityError,
        sqlite3.ProgrammingError,
        sqlite3.DataError,
        sqlite3.InterfaceError,
        sqlite3.NotSupportedError,
        sqlite3.InternalError,
    ]
)


@given(ERRORS, st.text(max_size=80), st.booleans())
def test_any_sqlite_error_becomes_a_translatable_storage_error(
    kind: type[sqlite3.Error], words: str, writing: bool
) -> None:
    told = failure(kind(words), "x.ttxdb", writing=writing)
    assert isinstance(told, StorageError) and isinstance(told.detail, Text)
    assert told.path == "x.ttxdb" and "Error" not in told.detail.template
