"""The live log: filters, search, edit in place, tags, history and delete with undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.domain.model import EntryTag, LogEntry
from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.empty_state import EmptyHint
from ttx_desktop.gui.entry_review_dialog import EntryReviewDialog, earlier_questions
from ttx_desktop.gui.log_commands import (
    Change,
    LogChangeCommand,
    delete_change,
    edit_change,
    perform,
    restore_change,
)
from ttx_desktop.gui.log_delegates import LogChoiceDelegate, LogTextDelegate
from ttx_desktop.gui.log_filter_bar import LogFilterBar
from ttx_desktop.gui.log_history_dialog import LogHistoryDialog
from ttx_desktop.gui.log_labels import tag_label
from ttx_desktop.gui.log_model import LogModel, damage_message
from ttx_desktop.gui.panel import panel_action, window_panel
from ttx_desktop.gui.user_text import error_text
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session
from ttx_desktop.storage.errors import DamagedFile
from ttx_desktop.storage.log_query import LogQuery

HEADER_KEY = "log/header"


@window_panel
class LogPanel(QWidget):
    """The log of the exercise as a table with a filter bar.

    Edits typed into cells, tags and deletes go on the session's undo stack; undoing adds a
    revision with the earlier values, so the history of an entry is never rewritten.

    Changes are announced by the session's LogService.

    Signals:
        recommendation_requested(str): the user asked for a policy recommendation made from
            this entry (its id).
    """

    shortcut_help: tuple[tuple[str, str], ...] = ()  # its keys are all in menus

    recommendation_requested = Signal(str)

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logPanel")
        self._session = session
        self._dialogs = dialogs
        self._settings = settings if settings is not None else QSettings()
        self.history_dialog: LogHistoryDialog | None = None
        self.review_dialog: EntryReviewDialog | None = None
        self.model = LogModel(
            LogQuery(session.file.db, session.file.path),
            session.log,
            session.exercise,
            edit=self._edit,
            parent=self,
        )
        self.model.set_readonly(session.readonly)
        self.filter_bar = LogFilterBar()
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.message = QLabel()
        self.message.setObjectName("logMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self._message_timer = QTimer(self, singleShot=True, interval=10_000)
        self._message_timer.timeout.connect(self.message.hide)
        self._build_view()
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.empty_hint = EmptyHint(
            self.view,
            self.tr(
                "Nothing logged yet. Type a note under Take notes (Ctrl+L) and press Enter: "
                "each entry shows here once it is on disk. If filters are set above, clear "
                "them to see every entry."
            ),
        )
        self.filter_bar.fill(session.exercise)
        self.model.failed.connect(self._show_error)
        self.model.damaged.connect(self._show_damage)
        if self.model.damage:  # found while the model read its first page
            self._show_damage(self.model.damage)
        self.model.count_changed.connect(self.filter_bar.set_count)
        self.filter_bar.set_count(self.model.matching_count())
        session.changed.connect(self._on_session_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsRemoved):
            signal.connect(self._update_actions)
        self._update_actions()

    # ------------------------------------------------------------------ build

    def _build_view(self) -> None:
        self.view = QTableView()
        self.view.setObjectName("logView")
        self.view.setAccessibleName(self.tr("Log entries"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Tab goes on to the next control, as everywhere else; the arrow keys move in the table.
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self.view.setItemDelegateForColumn(LogModel.TEXT, LogTextDelegate(self.view))
        choice = LogChoiceDelegate(self.model, self.view)
        for column in (LogModel.KIND, LogModel.TEAM, LogModel.INJECT, LogModel.OBJECTIVE):
            self.view.setItemDelegateForColumn(column, choice)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LogModel.TEXT, QHeaderView.ResizeMode.Stretch)
        digits = self.fontMetrics().horizontalAdvance("00:00:00") + 24
        widths = {
            LogModel.TIME: digits, LogModel.CLOCK: digits, LogModel.TEAM: 72,
            LogModel.KIND: 104, LogModel.TAG: 112, LogModel.OBJECTIVE: 64, LogModel.INJECT: 110,
            LogModel.AUTHOR: 90,
            LogModel.EDITED: self.fontMetrics().horizontalAdvance("deleted") + 20,
        }  # fmt: skip
        for column, width in widths.items():
            header.resizeSection(column, width)
        state = self._settings.value(HEADER_KEY)
        if state is None or not header.restoreState(state):
            # Room for the text in a narrow window: the exercise clock is in the Time column's
            # tooltip, the author is found by the search; the header's menu shows both.
            for column in (LogModel.CLOCK, LogModel.AUTHOR):
                self.view.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_custom_context_menu_requested)
        header.sectionResized.connect(lambda *_: self._save_header())

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        return panel_action(self, text, keys, slot)

    def _build_actions(self) -> None:
        self.find_action = self._action(
            self.tr("&Find in log"), self.filter_bar.focus_search, QKeySequence.StandardKey.Find
        )
        self.edit_action = self._action(self.tr("&Edit entry text"), self.edit_current, "F2")
        self.history_action = self._action(self.tr("Entry &history…"), self.show_history, "Ctrl+H")
        self.review_action = self._action(self.tr("Re&view entry…"), self.review_current, "Ctrl+R")
        self.strength_action = self._action(
            self.tr("Tag as &strength"), lambda: self.tag_selected(EntryTag.STRENGTH), "Ctrl+Alt+S"
        )
        self.improvement_action = self._action(
            self.tr("Tag as area for &improvement"),
            lambda: self.tag_selected(EntryTag.IMPROVEMENT),
            "Ctrl+Alt+I",
        )
        self.untag_action = self._action(
            self.tr("&Clear tag"), lambda: self.tag_selected(EntryTag.NONE), "Ctrl+Alt+0"
        )
        self.delete_action = self._action(
            self.tr("&Delete entry"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.restore_action = self._action(self.tr("&Restore entry"), self.restore_selected)
        self.recommend_action = self._action(
            self.tr("&Make a recommendation from this entry"), self.recommend_current
        )
        self.deleted_action = self.filter_bar.deleted_action
        self.deleted_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.newest_action = self.filter_bar.newest_action
        for action in (self.deleted_action, self.newest_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        groups = (
            (self.find_action,),
            (self.edit_action, self.history_action, self.review_action),
            (self.strength_action, self.improvement_action, self.untag_action),
            (self.recommend_action,),
            (self.delete_action, self.restore_action),
            (self.deleted_action, self.newest_action),
        )
        self.actions_for_menu: list[tuple[str, QAction]] = []
        for group in groups:  # each group after a separator, the note panel's items first
            separator = QAction(self)
            separator.setSeparator(True)
            self.actions_for_menu += [("log", a) for a in (separator, *group)]

    # ---------------------------------------------------------------- actions

    def selected_entries(self) -> list[LogEntry]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [e for row in rows if (e := self.model.entry_at(row)) is not None]

    def recommend_current(self) -> None:
        """Asks for a policy recommendation drafted from the chosen entry (an area for
        improvement, say); the window opens it in the Recommendations view."""
        chosen = self.selected_entries()
        if chosen:
            self.recommendation_requested.emit(chosen[0].id)

    def edit_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.view.edit(self.model.index(current.row(), LogModel.TEXT))

    def show_history(self) -> None:
        entry = self.model.entry_at(self.view.currentIndex())
        try:
            full = self._session.log.get(entry.id) if entry is not None else None
        except DamagedFile as exc:  # its history holds a value that cannot be read
            self._show_damage(damage_message(exc))
            return
        if full is None:
            return
        if self.history_dialog is not None:
            self.history_dialog.deleteLater()
        self.history_dialog = LogHistoryDialog(full, self._session.exercise, self)
        self.history_dialog.open()

    def review_current(self) -> None:
        """Opens the review of the current entry: analysis, references, plan item, the
        question it closes; what is changed there goes on the undo stack as one edit."""
        entry = self.model.entry_at(self.view.currentIndex())
        if entry is None or entry.deleted or self._session.readonly:
            return
        try:
            questions = earlier_questions(self._session.log.entries(), entry)
        except UserError as exc:
            self._show_error(error_text(exc))
            return
        if self.review_dialog is not None:
            self.review_dialog.deleteLater()
        dialog = EntryReviewDialog(entry, self._session.exercise, questions, self)
        self.review_dialog = dialog

        def apply() -> None:
            if changes := dialog.changes():
                self._change([edit_change(entry, **changes)], self.tr("Review log entry"))

        dialog.accepted.connect(apply)
        dialog.open()

    def tag_selected(self, tag: EntryTag) -> None:
        changes = [edit_change(e, tag=tag) for e in self.selected_entries() if e.tag != tag]
        label = (
            self.tr("Tag as {0}").format(tag_label(tag).lower()) if tag else self.tr("Clear tag")
        )
        self._change(changes, label)

    def delete_selected(self) -> None:
        changes = [delete_change(e) for e in self.selected_entries() if not e.deleted]
        self._change(
            changes,
            self.tr("Delete log entries") if len(changes) > 1 else self.tr("Delete log entry"),
        )

    def restore_selected(self) -> None:
        changes = [restore_change(e) for e in self.selected_entries() if e.deleted]
        self._change(
            changes,
            self.tr("Restore log entries") if len(changes) > 1 else self.tr("Restore log entry"),
        )

    def _change(self, changes: list[Change], text: str) -> None:
        if not changes or self._session.readonly:
            return
        try:
            perform(self._session.undo_stack, self._command(changes, text))
        except UserError as exc:
            self._show_error(error_text(exc))

    def _edit(self, entry_id: str, changes: dict[str, Any]) -> None:
        """Edits typed into a cell, as an undoable command; the model reports failures."""
        row = self.model.row_of(entry_id)
        entry = self.model.entry_at(row) if row is not None else None
        if entry is not None:
            perform(
                self._session.undo_stack,
                self._command([edit_change(entry, **changes)], self.tr("Edit log entry")),
            )

    def _command(self, changes: list[Change], text: str) -> LogChangeCommand:
        return LogChangeCommand(
            self._session.log, changes, text, by=self._session.author, on_error=self._show_error
        )

    # ------------------------------------------------------------------ slots

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.history_action, self.review_action, None,
                       self.strength_action,
                       self.improvement_action, self.untag_action, None, self.delete_action,
                       self.restore_action):  # fmt: skip
            if action is None:
                menu.addSeparator()
            elif action.isEnabled():
                menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _on_header_custom_context_menu_requested(self, pos: QPoint) -> None:
        """A menu of the columns, to hide the ones a narrow window has no room for."""
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == LogModel.TEXT:
                continue
            name = self.model.headerData(column, Qt.Orientation.Horizontal) or self.tr("Edited")
            action = menu.addAction(str(name))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        self.view.setColumnHidden(column, not shown)
        self._save_header()

    def _save_header(self) -> None:
        self._settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())

    def _on_filter_bar_filter_changed(self) -> None:
        self.model.set_filter(self.filter_bar.filter())

    def _on_session_changed(self, changes: OpChanges) -> None:
        if not changes.exercise:
            return
        self.model.set_exercise(self._session.exercise)
        self.filter_bar.fill(self._session.exercise)

    def _update_actions(self) -> None:
        entries = self.selected_entries()
        writable = not self._session.readonly
        live = [e for e in entries if not e.deleted]
        self.edit_action.setEnabled(writable and len(live) == 1)
        self.history_action.setEnabled(len(entries) == 1)
        self.review_action.setEnabled(writable and len(live) == 1)
        for action in (self.strength_action, self.improvement_action, self.untag_action,
                       self.delete_action):  # fmt: skip
            action.setEnabled(writable and bool(live))
        self.restore_action.setEnabled(writable and any(e.deleted for e in entries))

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        dark = self.palette().window().color().lightnessF() < 0.5
        self.message.setStyleSheet(f"color: {'#FF8A80' if dark else '#B00020'};")
        self.message.show()
        self._message_timer.start()

    def _show_damage(self, text: str) -> None:
        """Damage stays said until the file is closed: the log no longer shows all of it."""
        self._show_error(text)
        self._message_timer.stop()

    def minimumSizeHint(self) -> QSize:
        return QSize(560, 240)
