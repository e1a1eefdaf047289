"""Editors for log cells: the text (Enter saves, Shift+Enter breaks) and kind, team, inject."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ttx_desktop.gui.log_model import LogModel
from ttx_desktop.gui.note_text_edit import NoteTextEdit

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole


class LogTextDelegate(QStyledItemDelegate):
    """Edits an entry's text in a few lines of plain text; Enter saves, Esc cancels."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = NoteTextEdit(parent)
        editor.setObjectName("logTextEditor")
        editor.submitted.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, NoteTextEdit):
            editor.setPlainText(str(index.data(EDIT) or ""))
            editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, NoteTextEdit):
            model.setData(index, editor.toPlainText(), EDIT)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        lines = editor.fontMetrics().lineSpacing() * 4 + 10
        rect.setHeight(max(rect.height(), lines))
        editor.setGeometry(rect)


class LogChoiceDelegate(QStyledItemDelegate):
    """Edits kind, team or inject with a combo box of the model's choices; a pick saves."""

    def __init__(self, model: LogModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("logChoiceEditor")
        for label, value in self._model.choices(index.column()):
            combo.addItem(label, value)
        combo.activated.connect(lambda _n: self._finish(combo))
        return combo

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT) or "")))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
