"""The live log: lazy model, filters, search, edit in place with history, tags, delete/undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from ttx_desktop.domain.model import EntryKind, EntryTag, LogEntry
from ttx_desktop.gui.log_history_dialog import LogHistoryModel
from ttx_desktop.gui.log_model import LogModel
from ttx_desktop.gui.log_panel import LogPanel
from ttx_desktop.gui.note_text_edit import NoteTextEdit
from ttx_desktop.storage.log_query import LogFilter, LogQuery

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def logged(session: Any) -> list[LogEntry]:
    """Six entries, two per team, oldest first."""
    civ, med, press = session.exercise.teams
    injects = session.timeline.injects()
    items = [
        ("decision", "Open the shelter at the school", civ, injects[0]),
        ("question", "Who talks to the press?", press, None),
        ("action", "Move patients upstairs", med, injects[1]),
        ("observation", "<b>bold</b> claims on social media", press, injects[2]),
        ("note", "Mayor informed", civ, None),
        ("decision", "Ask the army for sandbags", med, None),
    ]
    return [
        session.log.log(kind, text, team_id=team.id, inject_id=i.id if i else None, author="Ann")
        for kind, text, team, i in items
    ]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def panel(
    qtbot: Any, session: Any, dialogs: Any, settings: QSettings, logged: list[LogEntry]
) -> Iterator[LogPanel]:
    widget = LogPanel(session, dialogs, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def texts(model: LogModel) -> list[str]:
    return [model.entry_at(n).text for n in range(model.rowCount())]  # type: ignore[union-attr]


def choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def select(panel: LogPanel, *rows: int) -> None:
    panel.view.clearSelection()
    for row in rows:
        panel.view.selectionModel().select(
            panel.model.index(row, 0),
            panel.view.selectionModel().SelectionFlag.Select
            | panel.view.selectionModel().SelectionFlag.Rows,
        )
    panel.view.selectionModel().setCurrentIndex(
        panel.model.index(rows[0], 0), panel.view.selectionModel().SelectionFlag.NoUpdate
    )


def test_the_model_passes_the_model_tester(
    qtmodeltester: Any, panel: LogPanel, session: Any, logged: list[LogEntry]
) -> None:
    session.log.edit(logged[0].id, text="Changed", by="Ann")
    session.log.delete(logged[1].id)
    panel.deleted_action.trigger()
    qtmodeltester.check(panel.model, force_py=True)


def test_newest_first_and_new_entries_arrive_on_top_without_a_reset(
    qtbot: Any, panel: LogPanel, session: Any
) -> None:
    model = panel.model
    assert texts(model)[0] == "Ask the army for sandbags"
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        session.log.log("note", "Newest entry")
    assert inserted.args[1:] == [0, 0]
    assert texts(model)[0] == "Newest entry"
    assert resets == []
    assert panel.filter_bar.count.text() == "7 entries"
    panel.newest_action.trigger()
    assert texts(model)[0] == "Open the shelter at the school"
    session.log.log("note", "Last of all")
    assert texts(model)[-1] == "Last of all"


def test_filters_by_team_kind_inject_module_and_tag(
    panel: LogPanel, session: Any, logged: list[LogEntry]
) -> None:
    civ, med, _press = session.exercise.teams
    choose(panel.filter_bar.team, med.id)
    assert texts(panel.model) == ["Ask the army for sandbags", "Move patients upstairs"]
    assert panel.filter_bar.count.text() == "2 entries"
    choose(panel.filter_bar.kind, EntryKind.ACTION.value)
    assert texts(panel.model) == ["Move patients upstairs"]
    choose(panel.filter_bar.team, "*")
    choose(panel.filter_bar.kind, "*")
    choose(panel.filter_bar.inject, session.timeline.injects()[2].id)
    assert texts(panel.model) == ["<b>bold</b> claims on social media"]
    choose(panel.filter_bar.inject, "*")
    choose(panel.filter_bar.module, session.exercise.modules[1].id)
    assert texts(panel.model) == []  # the clock never ran, so no entry has a module
    assert panel.filter_bar.count.text() == "0 entries"
    choose(panel.filter_bar.module, "*")
    session.log.edit(logged[4].id, tag=EntryTag.STRENGTH)
    choose(panel.filter_bar.tag, EntryTag.STRENGTH.value)
    assert texts(panel.model) == ["Mayor informed"]
    choose(panel.filter_bar.tag, "*")
    choose(panel.filter_bar.team, "")  # no team
    assert texts(panel.model) == []
    session.log.log("note", "General remark")
    assert texts(panel.model) == ["General remark"]
    del civ


def test_search_waits_for_typing_to_pause_then_filters(qtbot: Any, panel: LogPanel) -> None:
    qtbot.keyClicks(panel.filter_bar.search, "PRESS")
    qtbot.waitUntil(lambda: panel.model.filter.search == "PRESS")
    assert texts(panel.model) == ["Who talks to the press?"]
    panel.filter_bar.search.clear()
    qtbot.keyClicks(panel.filter_bar.search, "ann sandbags")
    qtbot.keyClick(panel.filter_bar.search, Qt.Key.Key_Return)
    assert texts(panel.model) == ["Ask the army for sandbags"]
    panel.filter_bar.search.setText("100%")
    qtbot.keyClick(panel.filter_bar.search, Qt.Key.Key_Return)
    assert texts(panel.model) == []


def test_edit_in_place_keeps_history_shows_edited_and_undoes(
    qtbot: Any, panel: LogPanel, session: Any
) -> None:
    model = panel.model
    row = texts(model).index("Mayor informed")
    entry_id = model.entry_at(row).id  # type: ignore[union-attr]
    select(panel, row)
    panel.edit_action.trigger()
    editor = panel.view.findChild(NoteTextEdit, "logTextEditor")
    assert editor is not None
    assert editor.toPlainText() == "Mayor informed"
    editor.selectAll()
    qtbot.keyClicks(editor, "Mayor and council informed")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert session.log.get(entry_id).text == "Mayor and council informed"
    assert [r.text for r in session.log.get(entry_id).revisions] == [
        "Mayor informed",
        "Mayor and council informed",
    ]
    assert model.index(row, LogModel.EDITED).data(DISPLAY) == "edited"
    assert model.index(row, LogModel.TEXT).data(DISPLAY) == "Mayor and council informed"

    session.undo_stack.undo()
    entry = session.log.get(entry_id)
    assert entry.text == "Mayor informed"
    assert len(entry.revisions) == 3  # undo adds a revision; history is never rewritten
    session.undo_stack.redo()
    assert session.log.get(entry_id).text == "Mayor and council informed"


def test_kind_team_and_inject_cells_edit_through_the_undo_stack(
    panel: LogPanel, session: Any
) -> None:
    model = panel.model
    med = session.exercise.teams[1]
    row = texts(model).index("Who talks to the press?")
    entry_id = model.entry_at(row).id  # type: ignore[union-attr]
    assert model.setData(model.index(row, LogModel.KIND), EntryKind.ACTION.value)
    assert model.setData(model.index(row, LogModel.TEAM), med.id)
    assert model.index(row, LogModel.KIND).data(DISPLAY) == "Action"
    assert model.index(row, LogModel.TEAM).data(DISPLAY) == med.code
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    entry = session.log.get(entry_id)
    assert (entry.kind, entry.team_id) == (EntryKind.QUESTION, session.exercise.teams[2].id)
    assert ("", "") in [(v, "") for _label, v in model.choices(LogModel.INJECT)]


def test_a_refused_edit_says_why_and_changes_nothing(
    qtbot: Any, panel: LogPanel, session: Any
) -> None:
    model = panel.model
    with qtbot.waitSignal(model.failed) as failed:
        assert not model.setData(model.index(0, LogModel.TEXT), "   ")
    assert "no text" in failed.args[0]
    assert panel.message.isVisibleTo(panel)
    assert "no text" in panel.message.text()
    assert session.undo_stack.count() == 0


def test_tag_as_strength_and_area_for_improvement_with_undo(panel: LogPanel, session: Any) -> None:
    select(panel, 0, 1)
    first, second = panel.selected_entries()
    panel.strength_action.trigger()
    assert session.log.get(first.id).tag is EntryTag.STRENGTH
    assert session.log.get(second.id).tag is EntryTag.STRENGTH
    assert panel.model.index(0, LogModel.TAG).data(DISPLAY) == "Strength"
    assert panel.model.index(0, LogModel.EDITED).data(DISPLAY) == ""  # a tag is not an edit
    select(panel, 0)
    panel.improvement_action.trigger()
    assert session.log.get(first.id).tag is EntryTag.IMPROVEMENT
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.log.get(first.id).tag is EntryTag.NONE
    assert session.log.get(second.id).tag is EntryTag.NONE


def test_delete_undo_redo_and_the_deleted_toggle(
    panel: LogPanel, session: Any, logged: list[LogEntry]
) -> None:
    model = panel.model
    row = texts(model).index("Move patients upstairs")
    select(panel, row)
    panel.delete_action.trigger()
    assert "Move patients upstairs" not in texts(model)
    assert session.log.get(logged[2].id).deleted
    assert panel.filter_bar.count.text() == "5 entries"
    session.undo_stack.undo()
    assert "Move patients upstairs" in texts(model)
    assert not session.log.get(logged[2].id).deleted
    session.undo_stack.redo()
    assert "Move patients upstairs" not in texts(model)

    panel.deleted_action.trigger()
    row = texts(model).index("Move patients upstairs")
    font = model.index(row, LogModel.TEXT).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert model.index(row, LogModel.EDITED).data(DISPLAY) == "deleted"
    assert not model.flags(model.index(row, LogModel.TEXT)) & Qt.ItemFlag.ItemIsEditable
    select(panel, row)
    assert panel.restore_action.isEnabled()
    assert not panel.delete_action.isEnabled()
    panel.restore_action.trigger()
    assert not session.log.get(logged[2].id).deleted
    assert model.index(row, LogModel.EDITED).data(DISPLAY) == ""


def test_the_history_dialog_lists_every_revision(
    qtbot: Any, qtmodeltester: Any, panel: LogPanel, session: Any, logged: list[LogEntry]
) -> None:
    session.log.edit(logged[5].id, text="Ask the army for 500 sandbags", by="Ben")
    session.log.edit(logged[5].id, tag=EntryTag.IMPROVEMENT, by="Cleo")
    select(panel, texts(panel.model).index("Ask the army for 500 sandbags"))
    panel.history_action.trigger()
    dialog = panel.history_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model, force_py=True)
    rows = [[model.index(r, c).data(DISPLAY) for c in (0, 2, 3)] for r in range(model.rowCount())]
    assert rows == [
        ["1", "Ann", "Logged: Decision, Health services"],
        ["2", "Ben", "Text edited"],
        ["3", "Cleo", "Tagged: Area for improvement"],
    ]
    dialog.view.selectRow(0)
    assert dialog.text.toPlainText() == "Ask the army for sandbags"
    assert isinstance(model, LogHistoryModel)


def test_text_that_looks_like_html_is_shown_literally(panel: LogPanel) -> None:
    model = panel.model
    row = texts(model).index("<b>bold</b> claims on social media")
    index = model.index(row, LogModel.TEXT)
    assert index.data(DISPLAY) == "<b>bold</b> claims on social media"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;" in tip
    assert "<b>bold" not in tip


def test_lazy_loading_holds_one_page_until_more_is_fetched(qtbot: Any, session: Any) -> None:
    start = datetime(2020, 3, 16, 9, 0, tzinfo=UTC)  # before anything logged now
    with session.file.db.atomic():
        for n in range(1000):
            session.file.log.append(
                LogEntry(
                    id=f"bulk-{n:04d}",
                    kind=EntryKind.NOTE,
                    text=f"Bulk {n}",
                    logged_at=start + timedelta(seconds=n),
                )
            )
    model = LogModel(LogQuery(session.file.db), session.log, session.exercise, page_size=200)
    assert model.rowCount() == 200
    assert model.matching_count() == 1000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    assert model.entry_at(399).id == "bulk-0600"  # type: ignore[union-attr]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    # a new entry beyond the loaded page, oldest first, waits for the next fetch
    model.set_filter(LogFilter(newest_first=False))
    assert model.rowCount() == 200
    session.log.log("note", "Newest")
    assert model.rowCount() == 200
    assert model.matching_count() == 1001


def test_a_read_only_session_cannot_edit(
    qtbot: Any, mini_path: Any, clocks: Any, dialogs: Any, settings: QSettings
) -> None:
    from ttx_desktop.services.session import Session
    from ttx_desktop.storage.exercise_file import ExerciseFile

    writer = Session(ExerciseFile.open(mini_path), read_clocks=clocks)
    writer.log.log("note", "Written by the other window")
    writer.close()
    session = Session(ExerciseFile.open(mini_path, readonly=True), read_clocks=clocks)
    try:
        widget = LogPanel(session, dialogs, settings=settings)
        qtbot.addWidget(widget)
        index = widget.model.index(0, LogModel.TEXT)
        assert not widget.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        select(widget, 0)
        assert not widget.delete_action.isEnabled()
        assert widget.history_action.isEnabled()
    finally:
        session.close()


def test_the_panel_offers_its_actions_for_the_menus(panel: LogPanel) -> None:
    keys = {a.text(): a.shortcut().toString() for _menu, a in panel.actions_for_menu}
    assert keys["&Delete entry"] == "Del"
    assert keys["Tag as &strength"] == "Ctrl+Alt+S"
    assert all(menu == "log" for menu, _a in panel.actions_for_menu)
    assert panel.objectName() == "logPanel"


def test_hidden_columns_are_remembered(
    qtbot: Any, panel: LogPanel, session: Any, dialogs: Any, settings: QSettings
) -> None:
    assert panel.view.isColumnHidden(LogModel.CLOCK)  # shown on request, from the header
    panel.show_column(LogModel.CLOCK, True)
    panel.show_column(LogModel.TAG, False)
    again = LogPanel(session, dialogs, settings=settings)
    qtbot.addWidget(again)
    assert not again.view.isColumnHidden(LogModel.CLOCK)
    assert again.view.isColumnHidden(LogModel.TAG)
    assert not again.view.isColumnHidden(LogModel.TEXT)


def test_kind_is_edited_with_a_combo_box_in_the_cell(
    qtbot: Any, panel: LogPanel, session: Any
) -> None:
    row = texts(panel.model).index("Mayor informed")
    entry_id = panel.model.entry_at(row).id  # type: ignore[union-attr]
    panel.view.edit(panel.model.index(row, LogModel.KIND))
    combo = panel.view.findChild(QComboBox, "logChoiceEditor")
    assert combo is not None
    assert combo.currentData() == EntryKind.NOTE.value
    combo.setCurrentIndex(combo.findData(EntryKind.DECISION.value))
    combo.activated.emit(combo.currentIndex())
    assert session.log.get(entry_id).kind is EntryKind.DECISION


def test_a_change_that_fails_half_way_keeps_what_was_done_undoable(
    session: Any, logged: list[LogEntry]
) -> None:
    from ttx_desktop.gui.log_commands import LogChangeCommand, delete_change, perform
    from ttx_desktop.services.log_service import EntryRefused

    ghost = LogEntry(
        id="no-such-entry", kind=EntryKind.NOTE, text="x", logged_at=logged[0].logged_at
    )
    errors: list[str] = []
    command = LogChangeCommand(
        session.log,
        [delete_change(logged[0]), delete_change(ghost)],
        "Delete",
        on_error=errors.append,
    )
    with pytest.raises(EntryRefused):
        perform(session.undo_stack, command)
    assert session.log.get(logged[0].id).deleted
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert not session.log.get(logged[0].id).deleted
    session.file.db.execute("PRAGMA query_only = ON")
    session.undo_stack.redo()  # the file refuses: reported, and the command is dropped
    assert errors and "read-only" in errors[0]
    assert session.undo_stack.count() == 0
    session.file.db.execute("PRAGMA query_only = OFF")


def test_refilter_changes_part_of_the_filter(panel: LogPanel) -> None:
    panel.model.refilter(search="sandbags")
    assert texts(panel.model) == ["Ask the army for sandbags"]
    panel.model.refilter(search="", newest_first=False)
    assert texts(panel.model)[0] == "Open the shelter at the school"


def test_an_entry_edited_out_of_the_filter_leaves_the_table_without_a_reset(
    qtbot: Any, panel: LogPanel, session: Any, logged: list[LogEntry]
) -> None:
    civ, med, _press = session.exercise.teams
    choose(panel.filter_bar.team, med.id)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(panel.model.rowsRemoved):
        session.log.edit(logged[2].id, team_id=civ.id)
    assert texts(panel.model) == ["Ask the army for sandbags"]
    with qtbot.waitSignal(panel.model.rowsInserted):
        session.log.edit(logged[4].id, team_id=med.id)
    assert texts(panel.model) == ["Ask the army for sandbags", "Mayor informed"]
    assert resets == []
    assert panel.filter_bar.count.text() == "2 entries"


def test_history_describes_each_kind_of_change(session: Any, logged: list[LogEntry]) -> None:
    from ttx_desktop.gui.log_history_dialog import describe

    entry = logged[0]
    session.log.edit(entry.id, kind="action", team_id=session.exercise.teams[1].id)
    session.log.delete(entry.id)
    session.log.restore(entry.id)
    session.log.edit(entry.id, tag=EntryTag.STRENGTH)
    session.log.edit(entry.id, tag=EntryTag.NONE)
    revisions = session.log.get(entry.id).revisions
    said = [
        describe(revisions[n - 1] if n else None, r, session.exercise)
        for n, r in enumerate(revisions)
    ]
    assert said == [
        "Logged: Decision, Civil protection",
        "Kind: Decision → Action; Team: Civil protection → Health services",
        "Deleted",
        "Restored",
        "Tagged: Strength",
        "Tag removed",
    ]


def test_panels_can_go_while_the_session_stays(
    qtbot: Any, session: Any, dialogs: Any, settings: QSettings
) -> None:
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ttx_desktop.gui.note_panel import NotePanel

    log_panel = LogPanel(session, dialogs, settings=settings)
    note_panel = NotePanel(session, dialogs, settings=settings)
    log_panel.deleteLater()
    note_panel.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(log_panel)
    assert not shiboken6.isValid(note_panel)
    session.log.log("note", "Logged after the panels went")
    session.clock.start(session.exercise.modules[0].id)
    session.timeline.release(session.timeline.injects()[0].id)


def test_keys_in_the_search_box_edit_the_search_not_the_log(
    qtbot: Any, panel: LogPanel, session: Any
) -> None:
    with qtbot.waitActive(panel):
        panel.activateWindow()
    select(panel, 0)
    entry = panel.selected_entries()[0]
    search = panel.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "abc")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "bc"
    assert not session.log.get(entry.id).deleted
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert session.log.get(entry.id).deleted
