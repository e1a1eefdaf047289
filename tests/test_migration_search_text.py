"""Schema version 5: the folded search text of log entries, kept in step by every writer."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.storage_helpers import MODULE_IDS, T0, small_exercise
from ttx_desktop.domain.model import EntryKind, LogEntry
from ttx_desktop.storage import schema
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.log_query import LogFilter, LogQuery

FIXTURE = Path(__file__).parent / "fixtures" / "exercise-v1.ttxdb"


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    path = tmp_path / "riverside.ttxdb"
    shutil.copyfile(FIXTURE, path)
    return path


@pytest.fixture
def small(tmp_path: Path) -> Iterator[ExerciseFile]:
    with ExerciseFile.create(tmp_path / "small.ttxdb", small_exercise(log=False)) as file:
        yield file


def _entry(n: int, text: str, author: str = "Anna") -> LogEntry:
    return LogEntry(
        id=f"e-{n}", kind=EntryKind.NOTE, text=text, logged_at=T0 + timedelta(seconds=n),
        module_id=MODULE_IDS[0], author=author,
    )  # fmt: skip


def _folded(db: sqlite3.Connection) -> dict[str, str | None]:
    return dict(db.execute("SELECT id, search_text FROM log_entry ORDER BY id").fetchall())


def _found(file: ExerciseFile, words: str) -> list[str]:
    query = LogQuery(file.db)
    flt = LogFilter(search=words, include_deleted=True, newest_first=False)
    found = [r.entry.id for r in query.page(flt)]
    assert query.count(flt) == len(found)
    return found


def test_a_version_1_file_gets_the_folded_text_of_every_entry(v1: Path) -> None:
    with ExerciseFile.open(v1) as file:
        assert schema.version(file.db) == schema.SCHEMA_VERSION >= 5
        rows = file.db.execute("SELECT text, author, search_text FROM log_entry").fetchall()
        assert rows
        for text, author, folded in rows:
            assert folded == f"{text.casefold()}\n{author.casefold()}"
        assert _found(file, "EVACUATE STREETS") == ["log-1"]
        for index in ("log_entry_by_time", "log_entry_by_team"):  # a filter reads them alone
            columns = [r[2] for r in file.db.execute(f"PRAGMA index_info({index})")]
            assert columns[-3:] == ["id", "deleted", "search_text"]


def test_the_triggers_that_keep_history_still_refuse_after_the_upgrade(v1: Path) -> None:
    with ExerciseFile.open(v1):
        pass
    conn = sqlite3.connect(v1)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="cannot be rewritten"):
            conn.execute("UPDATE log_revision SET text = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            conn.execute("DELETE FROM log_entry")
        with pytest.raises(sqlite3.IntegrityError, match="never replaced"):
            conn.execute("INSERT OR REPLACE INTO log_entry SELECT * FROM log_entry LIMIT 1")
    finally:
        conn.close()


def test_logging_and_editing_keep_the_search_text_in_step(small: ExerciseFile) -> None:
    small.log.append(_entry(1, "Сервер УПАЛ ночью", author="Ivan"))
    assert _found(small, "упал") == ["e-1"]
    assert _found(small, "IVAN сервер") == ["e-1"]
    small.log.edit("e-1", text="Сервер поднят")
    assert _found(small, "упал") == []
    assert _found(small, "ПОДНЯТ") == ["e-1"]
    # An edit of the case alone leaves the folded text as it was; it must not be lost.
    small.log.edit("e-1", text="СЕРВЕР ПОДНЯТ")
    assert _folded(small.db.conn) == {"e-1": "сервер поднят\nivan"}


def test_another_writer_that_knows_nothing_of_it_leaves_rows_found_all_the_same(
    small: ExerciseFile,
) -> None:
    small.log.append(_entry(1, "Pumps failed at the depot"))
    small.log.append(_entry(2, "Pumps restarted"))
    # As an older program or an SQLite tool would: no search_text written.
    small.db.execute(
        "INSERT INTO log_entry (id, logged_at, kind, text, author, updated_at) "
        "VALUES ('e-3', '2030-01-01T00:00:00.000000Z', 'note', 'Pumps ÜBERFLUTET', 'Olga', "
        "'2030-01-01T00:00:00.000000Z')"
    )
    small.db.execute("UPDATE log_entry SET text = 'Generators failed' WHERE id = 'e-1'")
    small.db.conn.commit()
    assert _folded(small.db.conn) == {"e-1": None, "e-2": "pumps restarted\nanna", "e-3": None}
    assert _found(small, "pumps") == ["e-2", "e-3"]
    assert _found(small, "überflutet") == ["e-3"]
    assert _found(small, "GENERATORS") == ["e-1"]
    assert _found(small, "depot") == []


def test_a_version_1_file_opened_read_only_is_searched_without_the_column(v1: Path) -> None:
    with ExerciseFile.open(v1, readonly=True) as file:
        assert schema.version(file.db) == 1
        assert _found(file, "evacuate") == ["log-1"]
