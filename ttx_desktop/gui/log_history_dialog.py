"""The history of one log entry: every revision, who made it, when, and what it changed."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
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
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.domain.model import Exercise, LogEntry, LogRevision
from ttx_desktop.gui.local_time import date_time_text, time_text
from ttx_desktop.gui.log_labels import inject_label, kind_label, plain_tooltip, tag_label
from ttx_desktop.gui.translate_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogHistoryDialog", text)


def describe(previous: LogRevision | None, revision: LogRevision, exercise: Exercise) -> str:
    """What ``revision`` changed, in words, e.g. "Kind: Decision → Action; Text edited"."""

    def team(team_id: str | None) -> str:
        found = exercise.team(team_id)
        return found.name if found else _tr("no team")

    def inject(inject_id: str | None) -> str:
        return inject_label(exercise.inject(inject_id)) or _tr("no inject")

    if previous is None:
        return _tr("Logged: {0}, {1}").format(kind_label(revision.kind), team(revision.team_id))
    pairs = [
        (_tr("Kind"), kind_label(previous.kind), kind_label(revision.kind)),
        (_tr("Team"), team(previous.team_id), team(revision.team_id)),
        (_tr("Inject"), inject(previous.inject_id), inject(revision.inject_id)),
        (_tr("Author"), previous.author or "—", revision.author or "—"),
    ]
    changes: list[str] = []
    if revision.deleted != previous.deleted:
        changes.append(_tr("Deleted") if revision.deleted else _tr("Restored"))
    changes += [f"{name}: {old} → {new}" for name, old, new in pairs if old != new]
    if revision.text != previous.text:
        changes.append(_tr("Text edited"))
    if revision.tag != previous.tag:
        tagged = _tr("Tagged: {0}").format(tag_label(revision.tag))
        changes.append(tagged if revision.tag else _tr("Tag removed"))
    if revision.objective_id != previous.objective_id:
        found = exercise.objective(revision.objective_id)
        changes.append(_tr("Objective: {0}").format(found.code if found else "—"))
    for name, words in (("analysis", _tr("Analysis edited")),
                        ("references", _tr("References edited"))):  # fmt: skip
        if getattr(revision, name) != getattr(previous, name):
            changes.append(words)
    if revision.plan_item_id != previous.plan_item_id:
        changes.append(_tr("Linked to the improvement plan") if revision.plan_item_id
                       else _tr("Unlinked from the improvement plan"))  # fmt: skip
    if revision.closes_id != previous.closes_id:
        changes.append(_tr("Closes a question") if revision.closes_id
                       else _tr("No longer closes a question"))  # fmt: skip
    return "; ".join(changes) or _tr("No change")


class LogHistoryModel(QAbstractTableModel):
    """The revisions of one entry, oldest first: number, time, who, what changed.

    Signals: none (the history of an entry only grows; the dialog shows it as it was).
    """

    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("LogHistoryModel", "When"),
        QT_TRANSLATE_NOOP("LogHistoryModel", "By"),
        QT_TRANSLATE_NOOP("LogHistoryModel", "Change"),
    )
    TextRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, entry: LogEntry, exercise: Exercise, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revisions = entry.revisions
        self._changes = [
            describe(self._revisions[n - 1] if n else None, r, exercise)
            for n, r in enumerate(self._revisions)
        ]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._revisions)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._revisions):
            return None
        revision = self._revisions[index.row()]
        if role == self.TextRole:
            return revision.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return plain_tooltip(self._changes[index.row()])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            str(revision.revision),
            date_time_text(revision.edited_at),
            revision.edited_by,
            self._changes[index.row()],
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None


class LogHistoryDialog(QDialog):
    """Lists the revisions of an entry; the text of the selected one shows below, read-only.

    Signals: none.
    """

    def __init__(self, entry: LogEntry, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logHistoryDialog")
        when = time_text(entry.logged_at)
        self.setWindowTitle(self.tr("History of the entry logged at {0}").format(when))
        self.model = LogHistoryModel(entry, exercise, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("historyText")
        caption = QLabel(self.tr("Text of the selected revision:"))
        caption.setTextFormat(Qt.TextFormat.PlainText)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(caption)
        lower_layout.addWidget(self.text)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        if self.model.rowCount():
            self.view.selectRow(self.model.rowCount() - 1)
        self.resize(680, 440)

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.text.setPlainText(str(current.data(LogHistoryModel.TextRole) or ""))
