"""Help → Keyboard shortcuts: every shortcut of the window and its panels, in one table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.gui.translate_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


class ShortcutsModel(QAbstractTableModel):
    """Rows of (menu, action, keys)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ShortcutsModel", "Menu"),
        QT_TRANSLATE_NOOP("ShortcutsModel", "Action"),
        QT_TRANSLATE_NOOP("ShortcutsModel", "Shortcut"),
    )

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = sorted(rows)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None


class ShortcutsDialog(QDialog):
    """A read-only table of shortcuts."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsModel(rows, self)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)  # Tab goes on to the Close button
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(560, 520)
