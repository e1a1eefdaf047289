"""Cell editors for authoring tables: choices from a list, colours and optional dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ttx_desktop.gui.local_time import date_edit_format

Options = Callable[[], Sequence[tuple[str, Any]]]
# Asks the user for a colour starting from the given one; None when cancelled.
ChooseColour = Callable[[QWidget | None, QColor], QColor | None]
_NO_DATE = QDate(1900, 1, 1)
Index = QModelIndex | QPersistentModelIndex


def choose_colour(parent: QWidget | None, start: QColor) -> QColor | None:
    """The platform's colour picker."""
    colour = QColorDialog.getColor(start, parent)
    return colour if colour.isValid() else None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (label, value) choices; the model's EditRole holds the value."""

    def __init__(self, options: Options, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._options():
            combo.addItem(label, value)
        combo.activated.connect(lambda _n: self._on_combo_activated(combo))
        return combo

    def _on_combo_activated(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = next((n for n in range(editor.count()) if editor.itemData(n) == value), 0)
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ColourDelegate(QStyledItemDelegate):
    """A double click opens the colour picker; F2 edits the #RRGGBB text."""

    def __init__(self, choose: ChooseColour = choose_colour, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choose = choose

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and (
            index.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            self.pick(model, index, self.parent() if isinstance(self.parent(), QWidget) else None)
            return True
        return super().editorEvent(event, model, option, index)

    def pick(self, model: QAbstractItemModel, index: Index, parent: Any = None) -> None:
        start = QColor(str(index.data(Qt.ItemDataRole.EditRole)))
        colour = self.choose(parent, start)
        if colour is not None:
            model.setData(index, colour.name().upper(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date with a calendar; the model's EditRole holds ISO text, or "" for no date.

    Backspace on the cell (see TableEditor) empties it.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDisplayFormat(date_edit_format())
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        # An empty date opens on today, and stays empty unless the user changes the day.
        editor.setDate(
            QDate.fromString(text, Qt.DateFormat.ISODate) if text else QDate.currentDate()
        )
        editor.setProperty("was_empty", not text)
        editor.dateChanged.connect(lambda _day: editor.setProperty("was_empty", False))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        chosen = editor.date()
        untouched = bool(editor.property("was_empty"))
        text = "" if untouched or chosen == _NO_DATE else chosen.toString(Qt.DateFormat.ISODate)
        model.setData(index, text, Qt.ItemDataRole.EditRole)


def parse_date(text: str) -> date | None:
    """ISO text as a date, "" as None; ValueError with a readable message otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD)") from None
