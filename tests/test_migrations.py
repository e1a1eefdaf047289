"""An exercise file written by schema version 1 is upgraded on open, with a copy kept aside."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.fixtures.make_v1_fixture import ROWS, build
from tests.storage_helpers import sha256, side_files
from ttx_desktop.domain.clock import ClockState, ExerciseClock, Reading
from ttx_desktop.domain.model import EntryKind, EntryTag, InjectStatus, Priority
from ttx_desktop.storage import rows, schema
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import DamagedFile, StorageError
from ttx_desktop.storage.exercise_file import ExerciseFile

FIXTURE = Path(__file__).parent / "fixtures" / "exercise-v1.ttxdb"
V1_TABLES = set(ROWS)


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    path = tmp_path / "riverside.ttxdb"
    shutil.copyfile(FIXTURE, path)
    return path


def _backup_of(path: Path) -> Path:
    return path.with_name(f"{path.stem}.before-schema-{schema.SCHEMA_VERSION}{path.suffix}")


def _plain(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)


def _version(path: Path) -> int:
    conn = _plain(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _v1_columns(table: str) -> str:
    conn = _plain(FIXTURE)
    try:
        return ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
    finally:
        conn.close()


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every version-1 table (its version-1 columns), in a stable order."""
    conn = _plain(path)
    try:
        return {
            table: conn.execute(
                f"SELECT {_v1_columns(table)} FROM {table} ORDER BY 1, 2"
            ).fetchall()
            for table in sorted(V1_TABLES)
        }
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = _plain(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


# --- the fixture itself ---------------------------------------------------------------------


def test_the_fixture_is_a_version_1_file_as_the_script_makes_it(tmp_path: Path) -> None:
    assert _version(FIXTURE) == 1
    assert _tables(FIXTURE) == V1_TABLES
    assert not side_files(FIXTURE)
    conn = _plain(FIXTURE)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    # Rebuilding gives the same rows (not necessarily the same bytes on another SQLite).
    assert _contents(build(tmp_path / "again.ttxdb")) == _contents(FIXTURE)


# --- upgrading ----------------------------------------------------------------------------------


def test_opening_a_version_1_file_upgrades_it_and_keeps_every_row(v1: Path) -> None:
    before = _contents(v1)
    with ExerciseFile.open(v1) as ex:
        assert schema.version(ex.db) == schema.SCHEMA_VERSION
        assert "feedback" in ex.db.table_names()
        assert ex.db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
        exercise = ex.exercise.load()
        clock = ExerciseClock(ex.clock.all())
    assert _contents(v1) == before

    assert exercise.title == "Flood at Riverside"
    assert exercise.details.ground_rules == ("No-fault environment",)
    assert [t.code for t in exercise.teams] == ["FIRE", "PRESS"]
    assert exercise.teams[1].name == "Пресс-служба"
    assert [p.name for p in exercise.participants] == ["Dana Ortiz"]
    assert [m.title for m in exercise.modules] == ["The river rises"]
    first, second = exercise.injects
    assert first.target_team_ids == ("team-fire", "team-press")
    assert first.objective_ids == ("obj-1",)
    assert first.status is InjectStatus.RELEASED
    assert first.released_at == datetime(2024, 5, 14, 9, 0, 12, 500000, tzinfo=UTC)
    assert second.expected_actions == ("Reroute ambulances",)
    assert exercise.recommendations[0].priority is Priority.HIGH
    assert exercise.feedback == ()

    entries = {e.id: e for e in exercise.log}
    assert list(entries) == ["log-1", "log-2", "log-3"]
    assert entries["log-1"].tag is EntryTag.STRENGTH
    assert [v.text for v in entries["log-1"].revisions] == [
        "Evacuate the low streets",
        "Evacuate the low streets now",
    ]
    assert entries["log-2"].kind is EntryKind.QUESTION
    assert entries["log-3"].deleted
    assert [v.deleted for v in entries["log-3"].revisions] == [False, True]

    assert clock.state("mod-1") is ClockState.PAUSED
    assert clock.elapsed(Reading(datetime(2030, 1, 1, tzinfo=UTC), 0.0, "other"), "mod-1") == 3600


def test_the_upgraded_file_takes_new_records(v1: Path) -> None:
    with ExerciseFile.open(v1) as ex:
        ex.db.table("feedback").insert({"id": "fb-1", "submitted_at": "2024-05-14T12:00:00Z"})
        ex.log.edit("log-2", text="Кто и когда сообщает жителям?")
    with ExerciseFile.open(v1, readonly=True) as ex:
        assert len(ex.exercise.load().feedback) == 1
        assert len(ex.log.history("log-2")) == 2


def test_a_copy_of_the_old_file_is_kept_beside_it(v1: Path) -> None:
    before = _contents(v1)
    ExerciseFile.open(v1).close()

    backup = _backup_of(v1)
    assert backup.name == f"riverside.before-schema-{schema.SCHEMA_VERSION}.ttxdb"
    assert _version(backup) == 1
    assert _tables(backup) == V1_TABLES
    assert _contents(backup) == before
    conn = _plain(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert sorted(p.name for p in v1.parent.iterdir()) == sorted([v1.name, backup.name])


def test_the_copy_is_made_once_and_an_upgraded_file_opens_unchanged(v1: Path) -> None:
    ExerciseFile.open(v1).close()
    backup = _backup_of(v1)
    kept = sha256(backup)
    upgraded = _contents(v1)
    ExerciseFile.open(v1).close()
    assert sha256(backup) == kept
    assert _contents(v1) == upgraded
    assert _version(v1) == schema.SCHEMA_VERSION


def test_what_a_killed_version_1_program_left_in_its_wal_is_kept(v1: Path) -> None:
    # The old program ran in WAL mode and was killed: its last entry is only in FILE-wal.
    crash = """
import os, sys, sqlite3
at = "2024-05-14T09:30:00Z"
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
with conn:
    conn.execute(
        "INSERT INTO log_entry (id, logged_at, kind, text, updated_at) "
        "VALUES ('log-4', ?, 'action', 'Sandbags ordered', ?)", (at, at)
    )
    conn.execute(
        "INSERT INTO log_revision (entry_id, revision, kind, text, edited_at) "
        "VALUES ('log-4', 1, 'action', 'Sandbags ordered', ?)", (at,)
    )
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", crash, str(v1)], check=True, timeout=60)
    assert v1.with_name(v1.name + "-wal").stat().st_size > 0

    with ExerciseFile.open(v1) as ex:
        assert schema.version(ex.db) == schema.SCHEMA_VERSION
        entry = ex.log.get("log-4", with_history=True)
        assert entry is not None and entry.text == "Sandbags ordered"
    conn = _plain(_backup_of(v1))
    try:
        assert conn.execute("SELECT text FROM log_entry WHERE id = 'log-4'").fetchone() == (
            "Sandbags ordered",
        )
    finally:
        conn.close()
    assert side_files(v1) == []


def test_a_version_1_file_with_uri_characters_in_its_name_gets_its_copy(tmp_path: Path) -> None:
    path = tmp_path / "Flood #1 ?draft.ttxdb"
    shutil.copyfile(FIXTURE, path)
    ExerciseFile.open(path).close()
    assert _version(_backup_of(path)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, _backup_of(path).name])


def test_a_version_1_file_opened_read_only_loads_and_stays_as_it_was(v1: Path) -> None:
    before = sha256(v1)
    with ExerciseFile.open(v1, readonly=True) as ex:
        exercise = ex.exercise.load()
        assert ex.readonly
        assert ex.exercise.counts()["feedback"] == 0
    assert exercise.title == "Flood at Riverside"
    assert len(exercise.log) == 3
    assert sha256(v1) == before  # not upgraded on disk, and no copy made
    assert _version(v1) == 1
    assert sorted(p.name for p in v1.parent.iterdir()) == [v1.name]


# --- interrupted -------------------------------------------------------------------------------


def _failing_after(
    work: Callable[[Database], None], error: BaseException
) -> Callable[[Database], None]:
    def step(db: Database) -> None:
        work(db)  # part of the step is done when it fails
        raise error

    return step


@pytest.mark.parametrize(
    "error",
    [RuntimeError("power cut"), sqlite3.OperationalError("database or disk is full")],
    ids=["crash", "disk-full"],
)
def test_an_interrupted_migration_leaves_the_file_at_version_1_with_its_data(
    v1: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    before = _contents(v1)
    last = len(schema.MIGRATIONS) - 1
    broken = _failing_after(schema.MIGRATIONS[last], error)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:last], broken))

    with pytest.raises(type(error) if isinstance(error, RuntimeError) else StorageError) as caught:
        ExerciseFile.open(v1)
    if isinstance(error, sqlite3.Error):
        # A full disk is not a damaged file: say what happened, not that the file is broken.
        assert not isinstance(caught.value, DamagedFile)
        assert str(v1) in str(caught.value)
        assert "disk is full" in str(caught.value)

    assert _version(v1) == 1  # all steps commit together, so none of them took
    assert _tables(v1) == V1_TABLES
    assert _contents(v1) == before
    assert _version(_backup_of(v1)) == 1
    assert not [n for n in side_files(v1) if n.endswith(".lock")]

    monkeypatch.undo()  # the next program version gets it right
    with ExerciseFile.open(v1) as ex:
        assert schema.version(ex.db) == schema.SCHEMA_VERSION
        assert len(ex.exercise.load().log) == 3
    assert _contents(v1) == before


def test_a_new_log_field_migration_keeps_the_first_revision_of_its_column() -> None:
    """schema.new_log_field, the migration of a new field of log entries: the column in both
    tables, and the first-revision trigger made again to copy it and every other one."""
    db = Database(sqlite3.connect(":memory:"))
    for step in schema.MIGRATIONS:
        step(db)
    update_of = schema._IMPLICIT_FIRST_REVISION.split(" ON log_entry")[0].split("UPDATE OF")[1]
    assert tuple(update_of.replace(",", " ").split()) == schema.REVISED_AT_V12
    revised = (*rows.REVISED_COLUMNS, "probe")  # the field a newcomer adds, after any other
    schema._script(schema.new_log_field("probe", "TEXT NOT NULL DEFAULT ''", revised))(db)
    db.execute(
        "INSERT INTO log_entry (id, logged_at, kind, text, author, source, revision, "
        "updated_at, probe) VALUES ('e-1', '2024-05-14T09:00:00Z', 'note', 'Typed', "
        "'Ana', 'console', 1, '2024-05-14T09:00:00Z', 'Hall B')"
    )
    db.execute("UPDATE log_entry SET probe = 'Hall C' WHERE id = 'e-1'")
    first = db.execute(
        "SELECT revision, text, author, edited_by, probe FROM log_revision"
    ).fetchall()
    assert first == [(1, "Typed", "Ana", "Ana", "Hall B")]
