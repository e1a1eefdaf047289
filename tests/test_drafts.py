"""The note being typed survives a crash; a failed write keeps it on screen and on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from ttx_desktop.domain.model import EntryKind
from ttx_desktop.gui.note_panel import NotePanel
from ttx_desktop.storage.drafts import Draft, DraftStore

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


def make_panel(qtbot: Any, session: Any, dialogs: Any, tmp_path: Path) -> NotePanel:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = NotePanel(session, dialogs, settings=settings)
    qtbot.addWidget(panel)
    return panel


def test_a_draft_is_kept_per_exercise_file(store: DraftStore, tmp_path: Path) -> None:
    one, two = tmp_path / "one.ttxdb", tmp_path / "two.ttxdb"
    store.save(one, Draft("Half a thought", "team-1", "decision"))
    assert store.load(one) == Draft("Half a thought", "team-1", "decision")
    assert store.load(two) is None
    store.save(one, Draft("   "))  # nothing left to keep
    assert store.load(one) is None
    assert list(store.folder.iterdir()) == []


def test_a_draft_that_cannot_be_read_is_ignored(store: DraftStore, tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    store.folder.mkdir()
    for junk in (b"", b"{not json", json.dumps({"text": 5}).encode(), b"[1, 2]"):
        store.path_for(path).write_bytes(junk)
        assert store.load(path) is None


def test_the_panel_restores_text_team_and_kind(
    qtbot: Any, session: Any, dialogs: Any, store: DraftStore, tmp_path: Path
) -> None:
    session.drafts = store
    panel = make_panel(qtbot, session, dialogs, tmp_path)
    team = session.exercise.teams[1]
    panel.select_team(team.id)
    panel.select_kind(EntryKind.QUESTION)
    qtbot.keyClicks(panel.text, "Who tells the press")
    qtbot.waitUntil(lambda: store.load(session.file.path) is not None)
    again = make_panel(qtbot, session, dialogs, tmp_path / "elsewhere")
    assert again.text.toPlainText() == "Who tells the press"
    assert (again.team_id, again.kind) == (team.id, EntryKind.QUESTION)
    again.text.setFocus()
    qtbot.keyClick(again.text, Qt.Key.Key_Return)
    assert store.load(session.file.path) is None  # logged: the draft is done with


def test_a_failed_write_puts_the_draft_on_disk_at_once_and_names_the_file(
    qtbot: Any, session: Any, dialogs: Any, store: DraftStore, tmp_path: Path
) -> None:
    session.drafts = store
    panel = make_panel(qtbot, session, dialogs, tmp_path)
    session.file.db.execute("PRAGMA query_only = ON")  # every write now fails
    panel.text.setPlainText("Do not lose me")
    panel._draft_timer.stop()  # no pause in typing: only the failure can have saved it
    panel._on_text_submitted()
    assert panel.text.toPlainText() == "Do not lose me"
    assert str(session.file.path) in panel.message.text()
    assert store.load(session.file.path) == Draft("Do not lose me", None, "note")


def test_a_file_removed_underneath_refuses_the_entry_and_keeps_it(
    qtbot: Any, session: Any, dialogs: Any, store: DraftStore, tmp_path: Path
) -> None:
    session.drafts = store
    panel = make_panel(qtbot, session, dialogs, tmp_path)
    session.file.path.rename(session.file.path.with_name("moved away.ttxdb"))
    panel.text.setPlainText("Written as the file went away")
    panel._on_text_submitted()
    assert panel.text.toPlainText() == "Written as the file went away"
    assert "moved or deleted" in panel.message.text()
    assert session.log.entries() == []  # not written into a file no one can find


CRASHING_NOTE_TAKER = """
import os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from tests.fake_dialogs import FakeDialogs
from ttx_desktop.gui.note_panel import NotePanel
from ttx_desktop.services.session import Session
from ttx_desktop.storage.drafts import DraftStore
from ttx_desktop.storage.exercise_file import ExerciseFile

app = QApplication([])
path, folder = Path(sys.argv[1]), Path(sys.argv[2])
session = Session(ExerciseFile.open(path))
session.drafts = DraftStore(folder / "drafts")
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
panel = NotePanel(session, FakeDialogs(), settings=settings)
panel.show()
QTest.keyClicks(panel.text, "Typed just before the laptop died")
QTest.qWait(1000)  # a pause in typing
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_draft_survives_a_killed_program(
    qtbot: Any, mini_path: Path, dialogs: Any, tmp_path: Path, qapp: Any
) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_NOTE_TAKER, str(mini_path), str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == -9, child.stderr.decode()
    from ttx_desktop.services.session import Session
    from ttx_desktop.storage.exercise_file import ExerciseFile

    session = Session(ExerciseFile.open(mini_path))
    session.drafts = DraftStore(tmp_path / "drafts")
    try:
        panel = make_panel(qtbot, session, dialogs, tmp_path / "fresh-settings")
        assert panel.text.toPlainText() == "Typed just before the laptop died"
    finally:
        session.close()
