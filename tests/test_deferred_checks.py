"""A large file is shown before SQLite's own check has read all of it: writes wait for the
check, a damaged file is never written to and is reported as on opening, and a file left open
by a kill, or one that needs a migration, is still checked whole before it opens."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.storage_helpers import garble_root_page, sha256, small_exercise
from tests.test_recovery import fill
from ttx_desktop.app import CHECK_POLL_MS
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, LogEntry
from ttx_desktop.storage import connection, schema
from ttx_desktop.storage.errors import DamagedFile
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.lock import lock_path


@pytest.fixture(autouse=True)
def every_file_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks of any file run after it opened (normally only from 8 MB on)."""
    monkeypatch.setattr(connection, "DEFER_CHECKS_FROM", 0)


def _entry(text: str = "Typed in the first second") -> LogEntry:
    return LogEntry(id=new_id(), kind=EntryKind.NOTE, text=text, logged_at=datetime.now(UTC))


def _made(path: Path, entries: int = 60) -> Path:
    with ExerciseFile.create(path, small_exercise()) as file:
        fill(file, entries)
    return path


def _garble_index(path: Path) -> str:
    """Garbles a page of an index that opening the exercise never reads; returns the verdict
    SQLite's quick check gives on it."""
    conn = sqlite3.connect(path)
    (name,) = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ballot'"
        " ORDER BY rootpage LIMIT 1"
    ).fetchone()
    conn.close()
    garble_root_page(path, name, mask=0x5A)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict = str(conn.execute("PRAGMA quick_check(5)").fetchone()[0])
    finally:
        conn.close()
    assert verdict != "ok", f"garbling index {name} went unnoticed"
    return verdict


def test_a_sound_file_opens_and_is_written_once_checked(tmp_path: Path) -> None:
    path = _made(tmp_path / "big.ttxdb")
    with ExerciseFile.open(path, defer_checks=True) as file:
        entry = _entry()
        file.log.append(entry)  # waits for the check, which passes
        assert file.checks_done
        assert entry.id in {e.id for e in file.log.all()}
    with ExerciseFile.open(path) as file:
        assert entry.id in {e.id for e in file.log.all()}


def test_a_write_in_the_first_moment_waits_for_the_check_and_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    release = threading.Event()
    checked = connection._check_pages

    def slow_check(db: connection.Database, where: Path) -> None:
        release.wait(10)
        checked(db, where)

    monkeypatch.setattr(connection, "_check_pages", slow_check)
    with ExerciseFile.open(path, defer_checks=True) as file:
        assert not file.checks_done
        entry = _entry()
        writer = threading.Thread(target=file.log.append, args=(entry,))
        writer.start()
        writer.join(0.2)
        assert writer.is_alive(), "the write did not wait for the check"
        release.set()
        writer.join(10)
        assert not writer.is_alive()
        assert entry.id in {e.id for e in file.log.all()}


def test_a_damaged_file_opens_for_reading_then_refuses_every_write_unchanged(
    tmp_path: Path,
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    verdict = _garble_index(path)
    before = sha256(path)

    with pytest.raises(DamagedFile) as at_open:
        ExerciseFile.open(path)  # as before: the whole check before the file opens
    assert sha256(path) == before

    file = ExerciseFile.open(path, defer_checks=True)
    try:
        assert file.exercise.load().details.title == small_exercise().details.title
        for _ in range(2):  # and it stays refused
            with pytest.raises(DamagedFile) as at_write:
                file.log.append(_entry())
        assert str(at_write.value) == str(at_open.value)
        assert verdict.split()[0] in str(at_write.value)
        with pytest.raises(DamagedFile):
            file.await_checks()
    finally:
        file.close()
    assert sha256(path) == before


def test_closing_before_the_check_ends_waits_for_nothing_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n"
    monkeypatch.setattr(connection, "_check_pages", lambda db, where: db.execute(endless))
    file = ExerciseFile.open(path, defer_checks=True)
    before = sha256(path)
    assert not file.checks_done
    closer = threading.Thread(target=file.close)
    closer.start()
    closer.join(10)  # SQLite is told to stop the check: a check never ending is not waited for
    assert not closer.is_alive()
    assert sha256(path) == before


def test_checks_started_later_wait_for_their_start_or_the_first_write(tmp_path: Path) -> None:
    path = _made(tmp_path / "big.ttxdb")
    with ExerciseFile.open(path, defer_checks=True, start_checks=False) as file:
        assert not file.checks_done and not file.checks_awaited
        entry = _entry()
        file.log.append(entry)  # the write starts the check and waits for it
        assert file.checks_done
        assert entry.id in {e.id for e in file.log.all()}
    with ExerciseFile.open(path, defer_checks=True, start_checks=False) as file:
        file.start_checks()
        file.start_checks()  # once only
        file.await_checks()
        assert file.checks_done


def test_a_damaged_file_whose_check_starts_later_is_refused_all_the_same(
    tmp_path: Path,
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    _garble_index(path)
    before = sha256(path)
    with (
        ExerciseFile.open(path, defer_checks=True, start_checks=False) as file,
        pytest.raises(DamagedFile),
    ):
        file.log.append(_entry())
    with ExerciseFile.open(path, defer_checks=True, start_checks=False) as file:
        pass  # closed before its check started: nothing waited for, nothing written
    assert sha256(path) == before


def test_a_file_left_open_by_a_kill_is_checked_whole_before_it_opens(tmp_path: Path) -> None:
    path = _made(tmp_path / "big.ttxdb")
    lock_path(path).write_text("12345\n", encoding="utf-8")  # what a killed writer leaves
    lock_path(path).touch()
    with ExerciseFile.open(path, defer_checks=True) as file:
        assert file.checks_done


def test_a_file_that_needs_a_migration_is_checked_whole_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    conn.close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, lambda db: None))
    with ExerciseFile.open(path, defer_checks=True) as file:
        assert file.checks_done


def test_a_small_file_is_checked_whole_before_it_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "DEFER_CHECKS_FROM", 8 * 2**20)
    path = _made(tmp_path / "small.ttxdb", entries=2)
    _garble_index(path)
    with pytest.raises(DamagedFile):
        ExerciseFile.open(path, defer_checks=True)


# --- in the window ---------------------------------------------------------------------------


@pytest.mark.gui
def test_the_window_shows_a_large_file_then_reports_its_damage_as_on_opening(
    qtbot: Any, controller: Any, tmp_path: Path, dialogs: Any
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    _garble_index(path)
    before = sha256(path)
    with pytest.raises(DamagedFile) as at_open:
        ExerciseFile.open(path, readonly=True)

    assert controller.open(path)  # shown at once, its check still to come
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)
    (error,) = dialogs.errors()
    assert at_open.value.detail in error and "No backup" in error
    assert sha256(path) == before


@pytest.mark.gui
def test_a_note_logged_while_a_large_file_is_checked_is_saved(
    qtbot: Any, controller: Any, tmp_path: Path, dialogs: Any
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    assert controller.open(path)
    controller.session.log.log("decision", "Logged at once")
    qtbot.waitUntil(lambda: controller.session.file.checks_done, timeout=10_000)
    qtbot.wait(3 * CHECK_POLL_MS)
    assert controller.session is not None and dialogs.errors() == []
    assert "Logged at once" in [e.text for e in controller.session.log.entries()]


@pytest.mark.gui
def test_the_shown_window_starts_the_check_once_it_has_painted(
    qtbot: Any, controller: Any, tmp_path: Path
) -> None:
    path = _made(tmp_path / "big.ttxdb")
    controller.window.show()
    assert controller.open(path)
    file = controller.session.file
    assert not file.checks_done  # not before the first frame
    qtbot.waitUntil(lambda: file.checks_done, timeout=10_000)
    file.await_checks()
