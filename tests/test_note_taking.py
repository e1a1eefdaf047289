"""The note-taking panel: logging by keyboard only, nothing lost when a write fails."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from ttx_desktop.domain.model import EntryKind
from ttx_desktop.gui.note_panel import NotePanel, latest_released

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def panel(qtbot: Any, session: Any, dialogs: Any, settings: QSettings) -> Iterator[NotePanel]:
    widget = NotePanel(session, dialogs, settings=settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.text.setFocus()
    yield widget


def stored_entries(path: Path) -> list[sqlite3.Row]:
    """The log as another program reads it from the file: a separate, read-only connection."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(
            "SELECT kind, text, team_id, inject_id, author FROM log_entry ORDER BY logged_at"
        ).fetchall()
    finally:
        conn.close()


def type_note(qtbot: Any, panel: NotePanel, text: str) -> None:
    qtbot.keyClicks(panel.text, text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)


def test_an_entry_is_logged_by_keyboard_alone(qtbot: Any, panel: NotePanel, session: Any) -> None:
    teams = session.exercise.teams
    qtbot.keyClick(panel.text, Qt.Key.Key_2, ALT)
    qtbot.keyClick(panel.text, Qt.Key.Key_D, ALT)
    with qtbot.waitSignal(session.log.entry_logged):
        type_note(qtbot, panel, "Hospital moves patients upstairs")
    assert panel.text.toPlainText() == ""
    rows = stored_entries(session.file.path)
    assert [tuple(r)[:3] for r in rows] == [
        ("decision", "Hospital moves patients upstairs", teams[1].id)
    ]
    assert "Logged at" in panel.message.text()


def test_every_kind_key_and_team_key_picks_what_its_tooltip_says(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    for key, kind in [
        (Qt.Key.Key_A, EntryKind.ACTION),
        (Qt.Key.Key_Q, EntryKind.QUESTION),
        (Qt.Key.Key_O, EntryKind.OBSERVATION),
        (Qt.Key.Key_S, EntryKind.STRENGTH),
        (Qt.Key.Key_I, EntryKind.IMPROVEMENT),
        (Qt.Key.Key_N, EntryKind.NOTE),
        (Qt.Key.Key_D, EntryKind.DECISION),
    ]:
        qtbot.keyClick(panel.text, key, ALT)
        assert panel.kind is kind
        assert panel.kind_row.value() == kind.value
        checked = panel.kind_row.button(kind.value)
        assert checked is not None
        assert checked.isChecked()
        assert "Alt+" in checked.toolTip()
    for n, team in enumerate(session.exercise.teams, start=1):
        qtbot.keyClick(panel.text, Qt.Key(Qt.Key.Key_0 + n), ALT)
        assert panel.team_id == team.id
    qtbot.keyClick(panel.text, Qt.Key.Key_0, ALT)
    assert panel.team_id is None
    assert panel.text.toPlainText() == ""  # the keys typed nothing into the note


def test_the_keys_also_work_from_elsewhere_in_the_panel(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.author.setFocus()
    qtbot.keyClick(panel.author, Qt.Key.Key_3, ALT)
    qtbot.keyClick(panel.author, Qt.Key.Key_Q, ALT)
    assert panel.team_id == session.exercise.teams[2].id
    assert panel.kind is EntryKind.QUESTION
    assert panel.author.text() == "Tester"


def test_team_buttons_pick_the_team_with_the_mouse(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    button = panel.team_row.button(session.exercise.teams[0].id)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.team_id == session.exercise.teams[0].id
    assert button.isChecked()
    assert panel.text.hasFocus()  # the buttons do not take the keyboard from the note


def test_shift_enter_breaks_the_line_and_enter_logs_both_lines(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    qtbot.keyClicks(panel.text, "First point")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.text, "Second point")
    assert panel.text.toPlainText() == "First point\nSecond point"
    assert stored_entries(session.file.path) == []
    qtbot.keyClick(panel.text, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert [r["text"] for r in stored_entries(session.file.path)] == ["First point\nSecond point"]


def test_a_failed_write_keeps_the_text_says_why_and_a_retry_logs_it(
    qtbot: Any, panel: NotePanel, session: Any, dialogs: Any
) -> None:
    session.file.db.execute("PRAGMA query_only = ON")  # every write now fails, as on a full disk
    type_note(qtbot, panel, "Do not lose me")
    assert panel.text.toPlainText() == "Do not lose me"
    assert panel.message.text().startswith("Not saved")
    assert "Your text is kept" in panel.message.text()
    assert panel.message.textFormat() == Qt.TextFormat.PlainText
    assert dialogs.shown == []  # no modal box took the keyboard away
    assert panel.text.hasFocus()
    assert stored_entries(session.file.path) == []

    session.file.db.execute("PRAGMA query_only = OFF")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.text.toPlainText() == ""
    assert [r["text"] for r in stored_entries(session.file.path)] == ["Do not lose me"]


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    from ttx_desktop.gui import language

    assert language.install("ru")
    yield
    language.install("en")


def test_a_full_disk_is_said_in_russian_in_the_russian_interface_and_the_text_stays(
    qtbot: Any, panel: NotePanel, session: Any, dialogs: Any, russian: None
) -> None:
    db = session.file.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    note = "Кризисный штаб решает, кто говорит с прессой. " * 150  # needs pages of its own
    panel.text.setPlainText(note)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    shown = panel.message.text()
    assert shown.startswith("Не сохранено: диск заполнен; ничего не записано")
    assert str(session.file.path) in shown  # where: the file is named
    words = shown.replace(str(session.file.path), "")
    assert "disk" not in words and "Error" not in words  # no English, no exception name
    assert panel.text.toPlainText() == note and stored_entries(session.file.path) == []
    assert dialogs.shown == []

    db.execute("PRAGMA max_page_count = 1073741823")  # space freed: Enter again saves it
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.text.toPlainText() == ""
    assert [r["text"] for r in stored_entries(session.file.path)] == [note.strip()]


def test_a_closed_file_keeps_the_text(qtbot: Any, panel: NotePanel, session: Any) -> None:
    qtbot.keyClicks(panel.text, "Written as the file went away")
    session.file.db.close()
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.text.toPlainText() == "Written as the file went away"
    assert panel.message.text().startswith("Not saved")


def test_an_empty_note_is_refused_and_nothing_is_logged(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    qtbot.keyClicks(panel.text, "   ")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.text.toPlainText() == "   "
    assert "no text" in panel.message.text()
    assert stored_entries(session.file.path) == []


def test_the_author_is_remembered_and_stamped_on_entries(
    qtbot: Any, panel: NotePanel, session: Any, dialogs: Any, settings: QSettings
) -> None:
    panel.author.clear()
    qtbot.keyClicks(panel.author, "Maria Lopez")
    qtbot.keyClick(panel.author, Qt.Key.Key_Return)
    panel.text.setFocus()
    type_note(qtbot, panel, "Press office drafts a statement")
    assert stored_entries(session.file.path)[0]["author"] == "Maria Lopez"
    again = NotePanel(session, dialogs, settings=settings)
    qtbot.addWidget(again)
    assert again.author.text() == "Maria Lopez"


def test_a_draft_survives_the_panel_closing(
    qtbot: Any, panel: NotePanel, session: Any, dialogs: Any, settings: QSettings
) -> None:
    qtbot.keyClicks(panel.text, "Half a thought")
    qtbot.waitUntil(lambda: settings.value("notes/draft") == "Half a thought")
    again = NotePanel(session, dialogs, settings=settings)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == "Half a thought"
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert settings.value("notes/draft") is None


def test_the_inject_follows_the_latest_release_to_the_team(
    qtbot: Any, panel: NotePanel, session: Any, clocks: Any
) -> None:
    by_number = {i.number: i for i in session.timeline.injects()}
    civ, med, press = (t.id for t in session.exercise.teams)
    assert panel.inject_id() is None  # nothing released yet
    session.clock.start(session.exercise.modules[0].id)
    for number in (1, 2, 3):  # 1 to CIV; 2 to MED and CIV; 3 to PRESS and CIV
        clocks.advance(60)
        session.timeline.release(by_number[number].id)
    qtbot.keyClick(panel.text, Qt.Key.Key_2, ALT)  # MED
    assert panel.inject_id() == by_number[2].id
    qtbot.keyClick(panel.text, Qt.Key.Key_1, ALT)  # CIV
    assert panel.inject_id() == by_number[3].id
    # a choice made by hand stays until the team changes
    panel.inject.setCurrentIndex(panel.inject.findData(by_number[1].id))
    panel.inject.activated.emit(panel.inject.currentIndex())
    clocks.advance(60)
    session.timeline.release(by_number[4].id)
    assert panel.inject_id() == by_number[1].id
    qtbot.keyClick(panel.text, Qt.Key.Key_3, ALT)  # PRESS
    assert panel.inject_id() == by_number[4].id  # "to: all"
    panel.inject.setCurrentIndex(panel.inject.findData(""))
    type_note(qtbot, panel, "Radio asks for an interview")
    assert stored_entries(session.file.path)[0]["inject_id"] is None
    assert press == panel.team_id
    del civ, med


def test_latest_released_prefers_the_last_release_and_counts_untargeted_as_all(
    session: Any, clocks: Any
) -> None:
    injects = session.timeline.injects()
    assert latest_released(injects, None) is None
    session.clock.start(session.exercise.modules[0].id)
    clocks.advance(10)
    session.timeline.release(injects[3].id)  # to all
    clocks.advance(10)
    session.timeline.release(injects[0].id)  # to CIV
    now = session.timeline.injects()
    civ, med, _press = (t.id for t in session.exercise.teams)
    assert latest_released(now, civ).id == injects[0].id
    assert latest_released(now, med).id == injects[3].id
    assert latest_released(now, None).id == injects[0].id


def test_typed_text_that_looks_like_html_stays_plain(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    type_note(qtbot, panel, "<b>bold</b> & <i>more</i>")
    assert stored_entries(session.file.path)[0]["text"] == "<b>bold</b> & <i>more</i>"
    assert panel.message.textFormat() == Qt.TextFormat.PlainText


def test_a_read_only_exercise_cannot_be_written_and_says_so(
    qtbot: Any, mini_path: Path, clocks: Any, dialogs: Any, settings: QSettings
) -> None:
    from ttx_desktop.services.session import Session
    from ttx_desktop.storage.exercise_file import ExerciseFile

    session = Session(ExerciseFile.open(mini_path, readonly=True), read_clocks=clocks)
    try:
        widget = NotePanel(session, dialogs, settings=settings)
        qtbot.addWidget(widget)
        assert widget.text.isReadOnly()
        assert "read-only" in widget.message.text()
    finally:
        session.close()


def test_the_panel_offers_its_actions_and_shortcut_help(panel: NotePanel) -> None:
    names = [(menu, action.text()) for menu, action in panel.actions_for_menu]
    assert ("log", "&Write a note") in names
    assert panel.team_menu.actions()[0].shortcut().toString() == "Alt+1"
    assert [a.shortcut().toString() for a in panel.kind_menu.actions()][:2] == ["Alt+D", "Alt+A"]
    assert panel.objectName() == "notePanel"
    assert panel.minimumSizeHint().width() > 0


def test_kind_keys_win_over_a_mnemonic_elsewhere_in_the_window(
    qtbot: Any, session: Any, dialogs: Any, settings: QSettings
) -> None:
    """Alt+S in the note field picks Strength; it must never press another panel's "&Skip"."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    skip = QPushButton("&Skip")
    clicks: list[bool] = []
    skip.clicked.connect(lambda: clicks.append(True))
    panel = NotePanel(session, dialogs, settings=settings)
    layout = QVBoxLayout(window)
    layout.addWidget(skip)
    layout.addWidget(panel)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    panel.text.setFocus()
    qtbot.keyClick(panel.text, Qt.Key.Key_S, ALT)
    assert panel.kind is EntryKind.STRENGTH
    assert not skip.isDown()  # a mnemonic press shows the button down at once, then clicks
    for widget in (panel.author, panel.inject):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Q, ALT)
        qtbot.keyClick(widget, Qt.Key.Key_S, ALT)
        assert panel.kind is EntryKind.STRENGTH
        assert not skip.isDown()
        assert not skip.hasFocus()  # not even an ambiguous shortcut that moves the focus
    skip.setFocus()
    qtbot.keyClick(skip, Qt.Key.Key_S, ALT)  # outside the note panel the mnemonic still works
    assert skip.isDown()
    qtbot.waitUntil(lambda: clicks == [True])


def test_a_team_added_or_renamed_while_taking_notes_gets_its_chip_and_key(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    import dataclasses

    from ttx_desktop.domain.model import Team

    qtbot.keyClick(panel.text, Qt.Key.Key_2, ALT)
    chosen = panel.team_id
    session.authoring.save_team(Team(id="team-fire", code="FIRE", name="Fire brigade"))
    renamed = dataclasses.replace(session.exercise.teams[1], name="Hospitals")
    session.authoring.save_team(renamed)
    assert panel.team_id == chosen  # the choice survives the edit
    button = panel.team_row.button(chosen)
    assert button is not None
    assert button.text() == "Hospitals"
    assert button.isChecked()
    qtbot.keyClick(panel.text, Qt.Key.Key_4, ALT)
    assert panel.team_id == "team-fire"
    assert "Alt+1…4 team" in panel.hint.text()


def test_the_inject_combo_follows_a_release_made_elsewhere(
    qtbot: Any, panel: NotePanel, session: Any, clocks: Any
) -> None:
    qtbot.keyClick(panel.text, Qt.Key.Key_2, ALT)  # MED
    session.clock.start(session.exercise.modules[0].id)
    clocks.advance(30)
    inject = session.timeline.injects()[1]  # to MED and CIV
    session.timeline.release(inject.id)
    assert panel.inject_id() == inject.id
    session.timeline.undo_release(inject.id)
    assert panel.inject_id() is None


def test_a_refused_entry_keeps_the_text_and_says_why(
    qtbot: Any, panel: NotePanel, session: Any
) -> None:
    long_text = "x" * 20_001
    panel.text.setPlainText(long_text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.text.toPlainText() == long_text
    assert panel.message.text().startswith("Not logged: the entry is too long")
    assert stored_entries(session.file.path) == []
