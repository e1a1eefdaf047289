"""A table model over a list of frozen records, described by column specs, with in-place errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from ttx_desktop.gui.user_text import localized
from ttx_desktop.messages import message_of

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-ttx-record-id"
ERROR_TINT = QColor(220, 50, 47, 56)  # readable over light and dark bases alike


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: how a record shows, how it is edited, and how an edit makes a new record.

    ``apply`` returns the edited record, or raises ValueError with a message for the user
    (a time that does not parse). A column without ``apply`` is read-only.
    """

    key: str
    title: str
    text: Callable[[R], str]
    edit: Callable[[R], Any] | None = None
    apply: Callable[[R, Any], R] | None = None
    colour: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str] | None = None
    numeric: bool = False
    clearable: bool | None = None  # Backspace empties the cell; by default plain text columns

    def can_clear(self) -> bool:
        if self.apply is None:
            return False
        return self.edit is None if self.clearable is None else self.clearable


# Called with (record before, record after); returns None when stored, else why not.
Commit = Callable[[Any, Any], "str | None"]
# Called with (record id, new index in the list) when a row is dropped elsewhere.
Move = Callable[[str, int], None]


class RecordsModel(QAbstractTableModel, Generic[R]):
    """Rows are records, columns are ``Column`` specs; edits go to a commit callback.

    A refused edit leaves the record as it was and marks its cell: a warning icon, a tint and
    the reason as tooltip, until that field is next stored or the record goes away.

    Signals:
        edit_refused(str, str): a typed value did not parse: the column's title and why.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    edit_refused = Signal(str, str)

    def __init__(
        self,
        columns: Sequence[Column[R]],
        commit: Commit | None = None,
        *,
        move: Move | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._commit = commit
        self._move = move
        self._records: list[R] = []
        self._errors: dict[tuple[str, str], str] = {}

    # -------------------------------------------------------------- records

    def set_records(self, records: Sequence[R]) -> None:
        """Shows ``records``: updates rows in place when the same records stand in order."""
        new = list(records)
        ids = {r.id for r in new}
        self._errors = {k: v for k, v in self._errors.items() if k[0] in ids}
        if [r.id for r in new] != [r.id for r in self._records]:
            self.beginResetModel()
            self._records = new
            self.endResetModel()
            return
        self._records = new
        if new:
            last = self.index(len(new) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def record_at(self, index: Index) -> R | None:
        return self.record(index.row()) if index.isValid() else None

    def row_of(self, record_id: str) -> int:
        return next((n for n, r in enumerate(self._records) if r.id == record_id), -1)

    def column_of(self, key: str) -> int:
        return next((n for n, c in enumerate(self._columns) if c.key == key), -1)

    def clear(self, index: Index) -> bool:
        """Empties a cell that may be empty (Backspace in the table), as an edit."""
        if not index.isValid() or not self._columns[index.column()].can_clear():
            return False
        return self.setData(index, "", Qt.ItemDataRole.EditRole)

    def error(self, record_id: str, key: str) -> str | None:
        return self._errors.get((record_id, key))

    def set_error(self, record_id: str, key: str, message: str | None) -> None:
        """Marks (or with None clears) a refused edit of one field of one record."""
        if message is None:
            if self._errors.pop((record_id, key), None) is None:
                return
        else:
            self._errors[(record_id, key)] = message
        row, column = self.row_of(record_id), self.column_of(key)
        if row >= 0 and column >= 0:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._records)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._records):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        record = self.record_at(index)
        if record is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        error = self._errors.get((record.id, column.key))
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return column.text(record)
            case Qt.ItemDataRole.EditRole:
                return column.edit(record) if column.edit is not None else column.text(record)
            case Qt.ItemDataRole.ToolTipRole:
                if error is not None:
                    return error
                return column.tooltip(record) if column.tooltip is not None else None
            case Qt.ItemDataRole.DecorationRole:
                if error is not None:
                    return _warning_icon()
                colour = column.colour(record) if column.colour is not None else None
                return QColor(colour) if colour else None
            case Qt.ItemDataRole.BackgroundRole:
                return ERROR_TINT if error is not None else None
            case Qt.ItemDataRole.TextAlignmentRole:
                if column.numeric:
                    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                return None
            case self.IdRole:
                return record.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return (
                Qt.ItemFlag.ItemIsDropEnabled if self._move is not None else Qt.ItemFlag.NoItemFlags
            )
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._commit is not None and self._columns[index.column()].apply is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._move is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record_at(index)
        if role != Qt.ItemDataRole.EditRole or record is None or self._commit is None:
            return False
        column = self._columns[index.column()]
        if column.apply is None:
            return False
        current = column.edit(record) if column.edit is not None else column.text(record)
        if value == current and (record.id, column.key) not in self._errors:
            return True
        try:
            edited = column.apply(record, value)
        except ValueError as exc:
            message = localized(message_of(exc))
            self.set_error(record.id, column.key, message)
            self.edit_refused.emit(column.title, message)
            return False
        if edited == record:
            self.set_error(record.id, column.key, None)
            return True
        refusal = self._commit(record, edited)
        self.set_error(record.id, column.key, refusal)
        return refusal is None

    # --------------------------------------------------------- drag to move

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction if self._move is not None else Qt.DropAction.IgnoreAction

    def supportedDragActions(self) -> Qt.DropAction:
        return self.supportedDropActions()

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows and (record := self.record(rows[0])) is not None:
            data.setData(MIME_TYPE, record.id.encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._move is not None and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Moves the dragged record to stand before ``row`` (or on ``parent``'s row)."""
        if self._move is None or not data.hasFormat(MIME_TYPE):
            return False
        record_id = bytes(data.data(MIME_TYPE).data()).decode()
        source = self.row_of(record_id)
        if source < 0:
            return False
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self._records)
        new = target - 1 if source < target else target
        if new != source:
            self._move(record_id, max(0, min(new, len(self._records) - 1)))
        # Nothing is left for the view to remove: the move itself re-lists the records.
        return False


def _warning_icon() -> Any:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else None
