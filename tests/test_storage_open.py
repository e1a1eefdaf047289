"""Opening and creating exercise files: what is refused, and that a refusal changes nothing.

SQLite creates FILE-wal and FILE-shm for any reader of a file in WAL mode, and a read-only
connection cannot remove them when it closes. So a refusal through the writable path (the
normal one) must leave no side file at all, while a read-only refusal may leave an empty
-wal and the -shm beside a WAL-mode file; the file itself is byte-for-byte the same either way.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.storage_helpers import garble_root_page, side_files, small_exercise
from tests.storage_helpers import sha256 as digest
from ttx_desktop.storage import connection, schema
from ttx_desktop.storage.errors import (
    DamagedFile,
    NewerSchema,
    NotAnExerciseFile,
    StorageError,
    UnsafeJournal,
)
from ttx_desktop.storage.exercise_file import ExerciseFile

# --- what a refused file can be -------------------------------------------------------------


def _exercise_file(path: Path) -> Path:
    ExerciseFile.create(path, small_exercise()).close()
    assert side_files(path) == []
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _text(path: Path) -> Path:
    path.write_text("title: Harbour Blackout\nteams: []\n", encoding="utf-8")
    return path


def _short_sqlite_magic(path: Path) -> Path:
    path.write_bytes(b"SQLite format")
    return path


def _plain_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Anna', '555-0100')")
    conn.commit()
    conn.close()
    return path


def _plain_sqlite_in_wal_mode(path: Path) -> Path:
    _plain_sqlite(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return path


def _never_completed(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.close()
    return path


def _missing_tables(path: Path) -> Path:
    _exercise_file(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE recommendation")
    conn.close()
    return path


def _newer(path: Path) -> Path:
    _exercise_file(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    return path


def _flipped_page(path: Path) -> Path:
    """An exercise file whose log table's root page, in the middle of the file, is garbled."""
    _exercise_file(path)
    conn = sqlite3.connect(path)
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    root = garble_root_page(path, "log_entry", mask=0xFF)
    assert 3 < root < page_count - 3  # really a page in the middle
    return path


def _truncated(path: Path) -> Path:
    _exercise_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


REFUSED: dict[str, tuple[Callable[[Path], Path], type[StorageError], str]] = {
    "empty": (_empty, NotAnExerciseFile, "is empty"),
    "text": (_text, NotAnExerciseFile, "not an SQLite database"),
    "short-magic": (_short_sqlite_magic, NotAnExerciseFile, "not an SQLite database"),
    "plain-sqlite": (_plain_sqlite, NotAnExerciseFile, "not a TTX Desktop exercise file"),
    "plain-sqlite-wal": (
        _plain_sqlite_in_wal_mode,
        NotAnExerciseFile,
        "not a TTX Desktop exercise file",
    ),
    "never-completed": (_never_completed, NotAnExerciseFile, "never completed"),
    "missing-tables": (_missing_tables, NotAnExerciseFile, "missing tables: recommendation"),
    "newer": (_newer, NewerSchema, f"file schema {schema.SCHEMA_VERSION + 1}"),
    "flipped-page": (_flipped_page, DamagedFile, "damaged"),
    "truncated": (_truncated, DamagedFile, "damaged"),
}


@pytest.mark.parametrize("readonly", [False, True], ids=["write", "read-only"])
@pytest.mark.parametrize("kind", list(REFUSED))
def test_a_refused_file_is_named_and_left_untouched(
    tmp_path: Path, kind: str, readonly: bool
) -> None:
    make, error, words = REFUSED[kind]
    path = make(tmp_path / "exercise.ttxdb")
    before = digest(path)
    side_before = side_files(path)

    with pytest.raises(error) as caught:
        ExerciseFile.open(path, readonly=readonly)

    message = str(caught.value)
    assert str(path) in message
    assert words in message
    assert caught.value.path == str(path)
    assert digest(path) == before
    left = sorted(set(side_files(path)) - set(side_before))
    if readonly:
        # SQLite's own doing for a WAL-mode file (see the module docstring); nothing is in them.
        assert set(left) <= {"exercise.ttxdb-wal", "exercise.ttxdb-shm"}
        assert all(path.with_name(n).stat().st_size == 0 for n in left if n.endswith("-wal"))
    else:
        assert left == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["exercise.ttxdb", *left])


def test_a_newer_file_says_to_update_the_program(tmp_path: Path) -> None:
    path = _newer(tmp_path / "x.ttxdb")
    with pytest.raises(NewerSchema, match=r"newer version of TTX Desktop.*update the program"):
        ExerciseFile.open(path)


@pytest.mark.parametrize("readonly", [False, True], ids=["write", "read-only"])
def test_a_missing_file_is_refused_and_nothing_is_created(tmp_path: Path, readonly: bool) -> None:
    path = tmp_path / "missing.ttxdb"
    with pytest.raises(NotAnExerciseFile, match="no such file") as caught:
        ExerciseFile.open(path, readonly=readonly)
    assert str(path) in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("readonly", [False, True], ids=["write", "read-only"])
def test_a_folder_is_refused_and_left_as_it_was(tmp_path: Path, readonly: bool) -> None:
    path = tmp_path / "looks-like.ttxdb"
    path.mkdir()
    (path / "inside.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(NotAnExerciseFile, match="is a folder") as caught:
        ExerciseFile.open(path, readonly=readonly)
    assert str(path) in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["looks-like.ttxdb"]
    assert [p.name for p in path.iterdir()] == ["inside.txt"]


# --- write-ahead logging -------------------------------------------------------------------------


def _delete_mode_exercise(path: Path) -> Path:
    _exercise_file(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    return path


@pytest.mark.skipif(os.name != "posix", reason="the unix-none VFS exists only on Unix")
def test_a_file_system_without_wal_is_refused_for_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite's unix-none VFS has no shared memory, like many network file systems: there,
    # PRAGMA journal_mode = WAL quietly stays 'delete'.
    path = _delete_mode_exercise(tmp_path / "share.ttxdb")
    before = digest(path)
    real_uri = connection.file_uri
    monkeypatch.setattr(
        connection, "file_uri", lambda p, mode: real_uri(p, mode) + "&vfs=unix-none"
    )

    with pytest.raises(UnsafeJournal, match="write-ahead logging is not available") as caught:
        ExerciseFile.open(path)
    assert str(path) in str(caught.value)
    assert "stayed 'delete'" in str(caught.value)
    assert digest(path) == before
    assert side_files(path) == []

    with ExerciseFile.open(path, readonly=True) as ex:  # reading needs no WAL
        assert ex.exercise.details().title == "Harbour Blackout"


def test_unsafe_journal_when_journal_mode_does_not_become_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _delete_mode_exercise(tmp_path / "x.ttxdb")
    before = digest(path)
    real_pragma = connection._pragma

    def journal_refused(db: object, name: str) -> str:
        if name.replace(" ", "").lower() == "journal_mode=wal":
            return "delete"
        return real_pragma(db, name)  # type: ignore[arg-type]

    monkeypatch.setattr(connection, "_pragma", journal_refused)
    with pytest.raises(UnsafeJournal) as caught:
        ExerciseFile.open(path)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert side_files(path) == []


def test_unsafe_journal_when_creating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_pragma = connection._pragma
    monkeypatch.setattr(
        connection,
        "_pragma",
        lambda db, name: "delete" if name.startswith("journal_mode") else real_pragma(db, name),
    )
    path = tmp_path / "new.ttxdb"
    with pytest.raises(UnsafeJournal):
        ExerciseFile.create(path, small_exercise())
    assert list(tmp_path.iterdir()) == []  # no half-made file, no temporary, no lock


# --- a good file -------------------------------------------------------------------------------


def test_an_open_file_is_durable(tmp_path: Path) -> None:
    with ExerciseFile.create(tmp_path / "x.ttxdb", small_exercise()) as ex:
        pragma = {
            name: ex.db.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "application_id")
        }
        assert pragma == {
            "journal_mode": "wal",
            "synchronous": 2,
            "foreign_keys": 1,
            "application_id": schema.APPLICATION_ID,
        }
        assert schema.version(ex.db) == schema.SCHEMA_VERSION
        assert not ex.readonly


def test_what_is_created_is_what_is_loaded(tmp_path: Path) -> None:
    exercise = small_exercise()
    path = tmp_path / "x.ttxdb"
    ExerciseFile.create(path, exercise).close()
    assert side_files(path) == []
    with ExerciseFile.open(path, readonly=True) as ex:
        loaded = ex.exercise.load()
        assert ex.readonly
    assert loaded == exercise
    assert [len(e.revisions) for e in loaded.log] == [1, 1]


def test_a_path_with_uri_characters_opens(tmp_path: Path) -> None:
    path = tmp_path / "Exercise #2 ?50% done.ttxdb"
    ExerciseFile.create(path, small_exercise()).close()
    for readonly in (True, False):  # the writer, last, removes what the reader left
        with ExerciseFile.open(path, readonly=readonly) as ex:
            assert ex.exercise.details().title == "Harbour Blackout"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


# --- create ---------------------------------------------------------------------------------


def test_create_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = _exercise_file(tmp_path / "x.ttxdb")
    before = digest(path)
    with pytest.raises(StorageError, match="already exists") as caught:
        ExerciseFile.create(path, small_exercise(title="Other"))
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.ttxdb"]


def test_create_refuses_to_overwrite_any_file_without_force(tmp_path: Path) -> None:
    path = _text(tmp_path / "notes.ttxdb")
    with pytest.raises(StorageError, match="already exists"):
        ExerciseFile.create(path, small_exercise())
    assert path.read_text(encoding="utf-8").startswith("title:")


def test_create_with_force_replaces(tmp_path: Path) -> None:
    path = _exercise_file(tmp_path / "x.ttxdb")
    with ExerciseFile.create(path, small_exercise(title="Second run", log=False), force=True) as ex:
        assert ex.exercise.details().title == "Second run"
    with ExerciseFile.open(path) as ex:
        assert ex.exercise.details().title == "Second run"
        assert ex.log.count(include_deleted=True) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.ttxdb"]


def test_create_refuses_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    path.mkdir()
    with pytest.raises(StorageError, match="folder"):
        ExerciseFile.create(path, small_exercise(), force=True)
    assert path.is_dir()


def test_a_stale_wal_beside_the_target_does_not_reach_the_new_file(tmp_path: Path) -> None:
    # A real, valid write-ahead log left by a crash of an earlier file of the same name.
    path = tmp_path / "x.ttxdb"
    old = ExerciseFile.create(path, small_exercise(title="Old"))
    old.db.execute("PRAGMA wal_autocheckpoint = 0")
    old.db.execute("UPDATE exercise SET title = 'Old, edited in the log'")
    for n in range(50):
        old.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [f"stale-{n}", "x" * 2000])
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    stale = tmp_path / "stale-wal"
    shutil.copyfile(wal, stale)
    old.close()
    shutil.copyfile(stale, wal)
    stale.unlink()

    with ExerciseFile.create(path, small_exercise(title="New"), force=True) as ex:
        assert ex.exercise.details().title == "New"
        assert connection.integrity_check(ex.db) == "ok"
        assert (
            ex.db.execute("SELECT count(*) FROM meta WHERE key LIKE 'stale-%'").fetchone()[0] == 0
        )
    with ExerciseFile.open(path) as ex:
        assert ex.exercise.details().title == "New"
        assert connection.integrity_check(ex.db) == "ok"
    assert side_files(path) == []


def test_a_stale_wal_beside_a_missing_target_does_not_reach_the_new_file(tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    donor = tmp_path / "donor.ttxdb"
    with ExerciseFile.create(donor, small_exercise(title="Donor")) as ex:
        ex.db.execute("PRAGMA wal_autocheckpoint = 0")
        ex.db.execute("UPDATE exercise SET title = 'Donor, in the log'")
        shutil.copyfile(donor.with_name(donor.name + "-wal"), path.with_name(path.name + "-wal"))

    with ExerciseFile.create(path, small_exercise(title="New")) as ex:
        assert ex.exercise.details().title == "New"
    with ExerciseFile.open(path) as ex:
        assert ex.exercise.details().title == "New"
        assert connection.integrity_check(ex.db) == "ok"


def test_create_in_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "x.ttxdb"
    with pytest.raises(StorageError, match="folder does not exist") as caught:
        ExerciseFile.create(path, small_exercise())
    assert str(path) in str(caught.value)
    assert list(tmp_path.iterdir()) == []
