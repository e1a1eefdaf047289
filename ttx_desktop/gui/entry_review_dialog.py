"""The review of one log entry: root cause, references, the plan item that answers it, and
the question it closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ttx_desktop.domain.model import EntryKind, Exercise, LogEntry
from ttx_desktop.exporters.facts import plan_items
from ttx_desktop.gui.local_time import time_text
from ttx_desktop.gui.log_labels import one_line

CLIP = 70  # characters of a question or plan item shown in a list


def _clip(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= CLIP else text[: CLIP - 1] + "…"


class EntryReviewDialog(QDialog):
    """Edits what the review adds to an entry; ``changes()`` says what the user changed.

    The caller applies the changes (as one undoable command) once the dialog is accepted.

    Signals: those of QDialog.
    """

    def __init__(
        self,
        entry: LogEntry,
        exercise: Exercise,
        questions: list[LogEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryReviewDialog")
        self.setWindowTitle(self.tr("Review log entry"))
        self._entry = entry
        layout = QFormLayout(self)
        shown = QLabel(one_line(entry.text))
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setWordWrap(True)
        layout.addRow(self.tr("Entry:"), shown)
        self.analysis = QPlainTextEdit(entry.analysis)
        self.analysis.setTabChangesFocus(True)
        self.analysis.setPlaceholderText(self.tr("Why it happened: the root cause"))
        layout.addRow(self.tr("&Analysis:"), self.analysis)
        self.references = QPlainTextEdit(entry.references)
        self.references.setTabChangesFocus(True)
        self.references.setPlaceholderText(self.tr("Plans, procedures, laws it concerns"))
        self.references.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addRow(self.tr("&References:"), self.references)
        self.plan_item = QComboBox()
        self.plan_item.addItem(self.tr("None"), "")
        for n, item in enumerate(plan_items(exercise), 1):
            self.plan_item.addItem(f"{n}. {_clip(item.corrective_action or item.issue)}", item.id)
        self.plan_item.setCurrentIndex(max(self.plan_item.findData(entry.plan_item_id or ""), 0))
        self.plan_item.setToolTip(self.tr("The improvement plan item that answers this entry"))
        layout.addRow(self.tr("&Improvement plan:"), self.plan_item)
        self.closes = QComboBox()
        self.closes.addItem(self.tr("None"), "")
        for question in questions:
            label = f"{time_text(question.logged_at)} · {_clip(question.text)}"
            self.closes.addItem(label, question.id)
        self.closes.setCurrentIndex(max(self.closes.findData(entry.closes_id or ""), 0))
        self.closes.setToolTip(self.tr("The question this answer or decision closes"))
        self.closes.setEnabled(entry.kind is not EntryKind.QUESTION)
        layout.addRow(self.tr("&Closes question:"), self.closes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def changes(self) -> dict[str, Any]:
        """The fields the user changed, with their new values."""
        now: dict[str, Any] = {
            "analysis": self.analysis.toPlainText().strip(),
            "references": self.references.toPlainText().strip(),
            "plan_item_id": self.plan_item.currentData() or None,
            "closes_id": self.closes.currentData() or None,
        }
        return {k: v for k, v in now.items() if v != getattr(self._entry, k)}


def earlier_questions(entries: list[LogEntry], entry: LogEntry) -> list[LogEntry]:
    """The live questions asked before ``entry``: those it may close, the latest first."""
    found = [
        e
        for e in entries
        if e.kind is EntryKind.QUESTION
        and not e.deleted
        and e.id != entry.id
        and (e.logged_at, e.id) <= (entry.logged_at, entry.id)
    ]
    return sorted(found, key=lambda e: (e.logged_at, e.id), reverse=True)
