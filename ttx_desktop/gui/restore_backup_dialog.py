"""File → Restore from backup: the backups of the open exercise, newest first, to pick one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.gui.local_time import date_time_text
from ttx_desktop.storage.backups import Backup

Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    """Backups as rows: when taken, log entries, injects, size."""

    def __init__(self, backups: list[Backup], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._headers = (self.tr("Taken"), self.tr("Log entries"), self.tr("Injects"),
                         self.tr("Size"))  # fmt: skip

    def backup(self, row: int) -> Backup | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        backup = self._backups[index.row()]
        enabled = Qt.ItemFlag.ItemIsEnabled if backup.readable else Qt.ItemFlag.NoItemFlags
        return enabled | Qt.ItemFlag.ItemIsSelectable if backup.readable else enabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup, column = self._backups[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None

    def _text(self, backup: Backup, column: int) -> str:
        locale = QLocale()
        if column == 0:
            return date_time_text(backup.taken_at)  # seconds too: backups may be a minute apart
        if not backup.readable:
            return self.tr("damaged") if column == 1 else ""
        values = {1: locale.toString(backup.entries), 2: locale.toString(backup.injects)}
        return values.get(column) or locale.formattedDataSize(backup.size)


class RestoreBackupDialog(QDialog):
    """Lists the backups; ``chosen`` is the one picked when the dialog is accepted."""

    def __init__(
        self, backups: list[Backup], folder: Path, original: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = BackupsModel(backups, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        intro = QLabel(
            self.tr(
                "Pick a backup of {0}. It opens as a new file beside the exercise file; the "
                "exercise file itself is left as it is.\nBackups are kept in {1}."
            ).format(original.name, folder)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.doubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        first = next((n for n, b in enumerate(backups) if b.readable), None)
        if first is not None:
            self.view.selectRow(first)
        self._on_selection_changed()

    @property
    def chosen(self) -> Backup | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _on_selection_changed(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(self.chosen is not None)
