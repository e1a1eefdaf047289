"""A value that passes the checks on opening but cannot be read, written into the file while
it is open: every read after opening names the file as damaged, and the log view says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ttx_desktop.gui.log_panel import LogPanel
from ttx_desktop.storage.errors import DamagedFile, FileBusy
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.log_query import LogFilter, LogQuery
from ttx_desktop.storage.room_store import RoomStore

BAD_VALUES = [("kind", "bogus"), ("logged_at", "not a time"), ("updated_at", "")]


def _spoil(path: Path, sql: str, *params: object) -> None:
    """Writes with a plain SQLite connection, as another tool would, behind the program."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


def _logged(file: ExerciseFile) -> str:
    from ttx_desktop.domain.ids import utc_now
    from ttx_desktop.domain.model import EntryKind, LogEntry

    entry = LogEntry(id="spoilt", kind=EntryKind.NOTE, text="Mayor informed", logged_at=utc_now())
    file.log.append(entry)
    return entry.id


@pytest.mark.parametrize(("column", "value"), BAD_VALUES)
def test_log_reads_after_opening_name_the_damaged_file(
    mini_file: ExerciseFile, column: str, value: str
) -> None:
    entry_id = _logged(mini_file)
    _spoil(mini_file.path, f"UPDATE log_entry SET {column} = ? WHERE id = ?", value, entry_id)
    query = LogQuery(mini_file.db, mini_file.path)
    reads = [
        lambda: query.page(LogFilter()),
        lambda: query.row(entry_id),
        lambda: mini_file.log.get(entry_id),
        lambda: list(mini_file.log.all()),
        mini_file.exercise.load,
    ]
    for read in reads:
        with pytest.raises(DamagedFile) as caught:
            read()
        assert str(mini_file.path) in str(caught.value)
        assert "cannot read" in str(caught.value)
    assert query.count(LogFilter()) == 1  # counting reads no value: the rest of the log stands


def test_a_query_without_a_path_names_the_file_it_is_open_on(mini_file: ExerciseFile) -> None:
    entry_id = _logged(mini_file)
    _spoil(mini_file.path, "UPDATE log_entry SET kind = 'bogus' WHERE id = ?", entry_id)
    with pytest.raises(DamagedFile, match=r"mini\.ttxdb"):
        LogQuery(mini_file.db).page(LogFilter())


def test_inject_reads_name_the_damaged_file(mini_file: ExerciseFile) -> None:
    _spoil(mini_file.path, "UPDATE inject SET method = 'carrier pigeon'")
    with pytest.raises(DamagedFile, match=r"mini\.ttxdb"):
        mini_file.injects.all()


def test_the_room_snapshot_names_the_damaged_file(mini_path: Path) -> None:
    store = RoomStore(mini_path)
    try:
        store.snapshot()
        _spoil(mini_path, "UPDATE inject SET status = 'lost'")
        with pytest.raises(DamagedFile, match=r"mini\.ttxdb"):
            store.snapshot()
    finally:
        store.close()


def test_an_operational_error_is_not_called_damage(mini_file: ExerciseFile) -> None:
    from ttx_desktop.storage.reading import reading

    with pytest.raises(FileBusy) as caught, reading(mini_file.db, mini_file.path):
        raise sqlite3.OperationalError("database is locked")
    assert not isinstance(caught.value, DamagedFile)
    assert caught.value.path == str(mini_file.path)


@pytest.mark.gui
def test_the_log_view_says_which_file_is_damaged_and_keeps_what_it_read(
    qtbot: Any, session: Any, dialogs: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    first = session.log.log("decision", "Open the shelter", author="Ann")
    second = session.log.log("note", "Mayor informed", author="Ann")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = LogPanel(session, dialogs, settings=settings)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.model.rowCount() == 2
    assert panel.message.isHidden()
    _spoil(session.file.path, "UPDATE log_entry SET kind = 'bogus' WHERE id = ?", first.id)
    # searching and filtering read the spoilt row again: no traceback, a message instead
    panel.model.refilter(search="Mayor")
    assert [panel.model.entry_at(0).id] == [second.id]  # type: ignore[union-attr]
    panel.model.refilter(search="")
    assert panel.message.isVisible()
    text = panel.message.text()
    assert str(session.file.path) in text
    assert "Restore from backup" in text
    # an entry logged meanwhile still reaches the disk and the count
    third = session.log.log("note", "Press conference at noon", author="Ann")
    assert session.file.log.exists(third.id)
    assert session.file.db.execute("SELECT count(*) FROM log_entry").fetchone()[0] == 3


@pytest.mark.gui
def test_a_log_view_opened_on_a_damaged_row_says_so_at_once(
    qtbot: Any, session: Any, dialogs: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    entry = session.log.log("decision", "Open the shelter", author="Ann")
    _spoil(session.file.path, "UPDATE log_entry SET logged_at = 'x' WHERE id = ?", entry.id)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = LogPanel(session, dialogs, settings=settings)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.model.rowCount() == 0
    assert panel.message.isVisible()
    assert "mini.ttxdb" in panel.message.text()


def test_clock_reads_name_the_damaged_file(mini_file: ExerciseFile) -> None:
    module = mini_file.exercise.load().modules[0].id
    _spoil(
        mini_file.path,
        "INSERT INTO clock_event (id, seq, module_id, action, wall, mono, boot) "
        "VALUES ('c1', 1, ?, 'rewind', 'x', 0, 'b')",
        module,
    )
    with pytest.raises(DamagedFile, match=r"mini\.ttxdb"):
        mini_file.clock.all()


def test_a_readable_page_leaves_out_only_the_entry_that_cannot_be_read(
    mini_file: ExerciseFile,
) -> None:
    from ttx_desktop.domain.ids import utc_now
    from ttx_desktop.domain.model import EntryKind, LogEntry

    ids = []
    for n in range(5):
        entry = LogEntry(id=f"e{n}", kind=EntryKind.NOTE, text=f"note {n}", logged_at=utc_now())
        mini_file.log.append(entry)
        ids.append(entry.id)
    _spoil(mini_file.path, "UPDATE log_entry SET kind = 'bogus' WHERE id = 'e2'")
    query = LogQuery(mini_file.db, mini_file.path)
    with pytest.raises(DamagedFile):
        query.page(LogFilter())  # the strict read still says so
    found = query.readable_page(LogFilter(), limit=10)
    assert [r.entry.id for r in found.rows] == ["e4", "e3", "e1", "e0"]
    assert found.covered == 5 and found.damage is not None
    assert "mini.ttxdb" in str(found.damage)
    clean = query.readable_page(LogFilter(search="note 4"))
    assert clean.damage is None and [r.entry.id for r in clean.rows] == ["e4"]


@pytest.mark.gui
def test_a_damaged_entry_hides_only_itself_from_the_log_view_page_after_page(
    qtbot: Any, session: Any
) -> None:
    from ttx_desktop.gui.log_model import LogModel

    logged = [session.log.log("note", f"note {n}", author="Ann") for n in range(7)]
    # the newest first: pages of two are [6 5] [4 3] [2 1] [0]; spoil the end of a page
    _spoil(session.file.path, "UPDATE log_entry SET kind = 'bogus' WHERE id = ?", logged[3].id)
    query = LogQuery(session.file.db, session.file.path)
    model = LogModel(query, session.log, session.exercise, page_size=2)
    damaged: list[str] = []
    model.damaged.connect(damaged.append)
    model.refilter(search="")
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.entry_at(row).text for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert shown == ["note 6", "note 5", "note 4", "note 2", "note 1", "note 0"]
    assert damaged and str(session.file.path) in damaged[-1]
