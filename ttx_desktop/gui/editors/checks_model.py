"""A list of checkable choices (teams an inject goes to, objectives it tests)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex


class ChecksModel(QAbstractListModel):
    """Items (id, label, colour or None), each checked or not.

    Signals:
        checks_edited(tuple): the user checked or unchecked an item; the checked ids in order.
    """

    checks_edited = Signal(tuple)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str, str | None]] = []
        self._checked: set[str] = set()
        self._editable = True

    def set_items(
        self, items: Sequence[tuple[str, str, str | None]], checked: Iterable[str]
    ) -> None:
        if list(items) == self._items:
            self.set_checked(checked)
            return
        self.beginResetModel()
        self._items = list(items)
        self._checked = set(checked)
        self.endResetModel()

    def set_checked(self, checked: Iterable[str]) -> None:
        self._checked = set(checked)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def checked(self) -> tuple[str, ...]:
        return tuple(
            item_id for item_id, _label, _colour in self._items if item_id in self._checked
        )

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, label, colour = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and colour:
            return QColor(colour)
        if role == self.IdRole:
            return item_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._editable else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self._editable:
            return False
        item_id = self._items[index.row()][0]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_edited.emit(self.checked())
        return True
