"""The common shape of a records editor: a tool row, a table, and why an edit was refused."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.errors import UserError
from ttx_desktop.gui.editors.records_model import Column, RecordsModel
from ttx_desktop.gui.editors.widgets import MessageStrip
from ttx_desktop.gui.undo_commands import AuthoringUndo
from ttx_desktop.gui.user_text import detail_text
from ttx_desktop.services.authoring_service import AuthoringService
from ttx_desktop.services.changes import OpChanges

FIT_ROWS = 50  # columns fit the visible rows and this many more: all 300 took half a second


class TableEditor(QWidget):
    """Edits one kind of record in a table; every edit is stored at once and can be undone.

    Subclasses name the records (``noun``), give the columns, the records, a fresh record and
    the texts of their actions; ``stretch`` names the columns that share the spare width.

    Signals:
        current_changed(object): the selected record, or None.
    """

    current_changed = Signal(object)
    noun = "record"
    movable = False
    stretch: tuple[str, ...] = ("title",)
    widest = 220  # a fitted column grows no wider than this many pixels

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo
        self.readonly = undo.service.readonly
        self.model = RecordsModel(
            self.columns(),
            None if self.readonly else self._commit,
            move=self._move if self.movable and not self.readonly else None,
            parent=self,
        )
        self.view = self._build_view()
        add_text, delete_text, empty_text = self.texts()
        self.empty_hint = self._build_empty_hint(empty_text)
        self.message = MessageStrip()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))
        self.add_action = self._tool(add_text, "list-add", self._on_add_action_triggered)
        self.delete_action = self._tool(delete_text, "list-remove",
                                        self._on_delete_action_triggered)  # fmt: skip
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.layout_.addWidget(self.toolbar)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.message)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        undo.changed.connect(self._on_session_changed)
        self._keep: str | None = None
        self.refresh()
        self.fit_columns()

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName(f"{self.noun}Table")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(not self._stretched())
        for column in self._stretched():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.setIconSize(QSize(14, 14))
        return view

    def _stretched(self) -> list[int]:
        return [c for c in map(self.model.column_of, self.stretch) if c >= 0]

    def _build_empty_hint(self, text: str) -> QLabel:
        hint = QLabel(text, self.view.viewport())
        hint.setObjectName("emptyHint")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the palette's quiet, disabled text colour
        hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return hint

    # ------------------------------------------------------------ subclasses

    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def records(self) -> Sequence[Any]:
        raise NotImplementedError

    def new_record(self) -> Any:
        raise NotImplementedError

    def texts(self) -> tuple[str, str, str]:
        """The Add and Delete actions' texts, and what an empty table says."""
        return self.tr("Add"), self.tr("Delete"), ""

    # ------------------------------------------------------------- behaviour

    @property
    def service(self) -> AuthoringService:
        return self._undo.service

    def refresh(self) -> None:
        self.model.set_records(self.records())
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self._update_actions()

    def fit_columns(self) -> None:
        """Sizes columns to their contents within sensible bounds; one column stretches."""
        header = self.view.horizontalHeader()
        stretched = self._stretched()
        for column in range(self.model.columnCount()):
            if column in stretched:
                continue
            fitted = max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
            header.resizeSection(column, min(max(fitted + 12, 56), self.widest))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Backspace empties the current cell, as in a spreadsheet (Delete deletes the row)."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.view.viewport().rect().adjusted(24, 24, -24, -24))
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Backspace
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            self.model.clear(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def add_detail(self, widget: QWidget) -> None:
        """Puts a form for the selected record under the table, with a splitter between."""
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName(f"{self.noun}Splitter")
        splitter.setChildrenCollapsible(False)
        self.layout_.replaceWidget(self.view, splitter)
        splitter.addWidget(self.view)
        # The form scrolls, so that on a small screen the table keeps its rows in sight.
        scroll = QScrollArea()
        scroll.setObjectName(f"{self.noun}FormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    def current(self) -> Any:
        return self.model.record_at(self.view.currentIndex())

    def select(self, record_id: str, column: int = 0) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            index = self.model.index(row, max(0, column))
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)

    def add(self) -> Any:
        """Stores a fresh record, selects it and opens its first editable cell."""
        try:
            record = self._undo.save(None, self.new_record())
        except UserError as exc:
            self.message.show_message(detail_text(exc))
            return None
        self.message.show_message(None)
        column = self._first_column()
        self.select(record.id, column)
        self.view.setFocus()
        self.view.edit(self.model.index(self.model.row_of(record.id), column))
        return record

    def _first_column(self) -> int:
        """Where typing starts in a new row: its title or name, not its number."""
        for key in ("title", "name"):
            if (column := self.model.column_of(key)) >= 0:
                return column
        return next((n for n, c in enumerate(self.columns()) if c.apply), 0)

    def delete(self) -> None:
        """Deletes the selected record (undo puts it back); a refusal is said in place."""
        record = self.current()
        if record is None:
            return
        row = self.view.currentIndex().row()
        try:
            self._undo.delete(record)
        except UserError as exc:
            self.message.show_message(detail_text(exc))
            return
        self.message.show_message(None)
        if (near := self.model.record(min(row, self.model.rowCount() - 1))) is not None:
            self.select(near.id)

    def save(self, before: Any, after: Any) -> str | None:
        """Stores an edited record; returns why not, also shown under the table."""
        return self._commit(before, after)

    def _commit(self, before: Any, after: Any) -> str | None:
        try:
            self._undo.save(before, after)
        except UserError as exc:
            self.message.show_message(self.tr("Not saved. {0}").format(detail_text(exc)))
            return detail_text(exc)
        self.message.show_message(None)
        return None

    def _move(self, record_id: str, new: int) -> None:
        record = next((r for r in self.records() if r.id == record_id), None)
        if record is None:
            return
        try:
            self._undo.move(record, new)
        except UserError as exc:
            self.message.show_message(detail_text(exc))
            return
        self.select(record_id)

    def _tool(self, text: str, icon: str, slot: Any) -> QAction:
        action = QAction(QIcon.fromTheme(icon), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    def _update_actions(self) -> None:
        self.add_action.setEnabled(not self.readonly)
        self.delete_action.setEnabled(not self.readonly and self.current() is not None)

    # ----------------------------------------------------------------- slots

    def _on_add_action_triggered(self) -> None:
        self.add()

    def _on_delete_action_triggered(self) -> None:
        self.delete()

    def _on_model_edit_refused(self, column: str, message: str) -> None:
        """A typed value that does not parse: said under the table, in words, as well as
        marked on its cell."""
        self.message.show_message(self.tr("Not saved. {0}: {1}").format(column, message))

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self.refresh()

    def _on_model_about_to_be_reset(self) -> None:
        current = self.current()
        self._keep = current.id if current is not None else None

    def _on_model_reset(self) -> None:
        if self._keep is not None:
            self.select(self._keep)
        self._keep = None

    def _on_view_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_actions()
        self.current_changed.emit(self.model.record_at(current))
