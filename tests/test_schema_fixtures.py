"""Files of every earlier schema version open, upgrade with every row kept, and an upgrade
cut short leaves them as they were."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fixtures.make_schema_fixtures import build, fixture, rows_at, versions
from tests.storage_helpers import side_files
from ttx_desktop.storage import schema
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import StorageError
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.room_repo import RoomRepo

VERSIONS = list(versions())


def _plain(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)


def _version(path: Path) -> int:
    conn = _plain(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _contents(path: Path, version: int) -> dict[str, list[tuple[object, ...]]]:
    """Every row the fixture of ``version`` was given, read through that version's columns."""
    conn, original = _plain(path), _plain(fixture(version))
    try:
        out = {}
        for table, rows in rows_at(version).items():
            old = [r[1] for r in original.execute(f"PRAGMA table_info({table})")]
            out[table] = conn.execute(
                f"SELECT {', '.join(old)} FROM {table} ORDER BY 1, 2"
            ).fetchall()
            assert len(out[table]) == len(rows)
        return out
    finally:
        conn.close()
        original.close()


@pytest.fixture(params=VERSIONS, ids=[f"v{n}" for n in VERSIONS])
def old(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[int, Path]:
    version = int(request.param)
    path = tmp_path / "riverside.ttxdb"
    shutil.copyfile(fixture(version), path)
    return version, path


def test_a_fixture_is_kept_for_every_earlier_version() -> None:
    """A new migration needs a fixture of the version before it (make_schema_fixtures.py)."""
    assert list(range(1, schema.SCHEMA_VERSION)) == VERSIONS
    for version in VERSIONS:
        assert fixture(version).exists(), f"run tests/fixtures/make_schema_fixtures.py ({version})"
        assert _version(fixture(version)) == version
        assert not side_files(fixture(version))


@pytest.mark.parametrize("version", [n for n in VERSIONS if n > 1])
def test_the_script_makes_the_committed_fixture(tmp_path: Path, version: int) -> None:
    again = build(tmp_path / "again.ttxdb", version)
    assert _contents(again, version) == _contents(fixture(version), version)


def test_each_old_version_opens_upgrades_and_keeps_every_row(old: tuple[int, Path]) -> None:
    version, path = old
    before = _contents(path, version)
    with ExerciseFile.open(path) as ex:
        assert schema.version(ex.db) == schema.SCHEMA_VERSION
        exercise = ex.exercise.load()
        tokens = RoomRepo(ex.db).tokens()
    assert _contents(path, version) == before
    assert exercise.title == "Flood at Riverside"
    assert [t.code for t in exercise.teams] == ["FIRE", "PRESS"]
    assert [e.id for e in exercise.log] == ["log-1", "log-2", "log-3"]
    assert len(exercise.injects) == 2 and len(exercise.recommendations) == 1
    assert [f.name for f in exercise.feedback] == (
        ["Dana Ortiz", "Олег Петров"] if version >= 2 else []
    )
    assert tokens == ({"note-taker": "tok-notes-1", "participant": ""} if version >= 4 else {})

    backup = path.with_name(f"riverside.before-schema-{schema.SCHEMA_VERSION}.ttxdb")
    assert _version(backup) == version
    assert _contents(backup, version) == before


def test_each_old_version_takes_new_entries_after_the_upgrade(old: tuple[int, Path]) -> None:
    _, path = old
    with ExerciseFile.open(path) as ex:
        ex.log.edit("log-2", text="Кто и когда сообщает жителям?")
    with ExerciseFile.open(path, readonly=True) as ex:
        assert [v.text for v in ex.log.history("log-2")][-1] == "Кто и когда сообщает жителям?"


def _failing_after(work: Callable[[Database], None]) -> Callable[[Database], None]:
    def step(db: Database) -> None:
        work(db)
        raise sqlite3.OperationalError("database or disk is full")

    return step


def test_an_upgrade_cut_short_leaves_each_old_version_as_it_was(
    old: tuple[int, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    version, path = old
    before = _contents(path, version)
    last = len(schema.MIGRATIONS) - 1
    monkeypatch.setattr(
        schema, "MIGRATIONS", (*schema.MIGRATIONS[:last], _failing_after(schema.MIGRATIONS[last]))
    )
    with pytest.raises(StorageError, match="disk is full"):
        ExerciseFile.open(path)
    assert _version(path) == version
    assert _contents(path, version) == before
    monkeypatch.undo()
    with ExerciseFile.open(path) as ex:
        assert schema.version(ex.db) == schema.SCHEMA_VERSION
    assert _contents(path, version) == before
