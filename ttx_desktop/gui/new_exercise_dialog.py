"""File → New exercise: asks for the title and dates of a blank exercise."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class NewExerciseDialog(QDialog):
    """The title (required) and the first and last day; OK stays off until they make sense,
    and the reason is said under the fields.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newExerciseDialog")
        self.setWindowTitle(self.tr("New exercise"))
        day = today or date.today()
        first = QDate(day.year, day.month, day.day)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Flood at Riverton"))
        self.start = self._date(first)
        self.end = self._date(first)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&First day:"), self.start)
        form.addRow(self.tr("&Last day:"), self.end)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for signal in (self.title.textChanged, self.start.dateChanged, self.end.dateChanged):
            signal.connect(self._check)
        self._check()

    def _date(self, value: QDate) -> QDateEdit:
        field = QDateEdit(value)
        field.setCalendarPopup(True)
        field.setDisplayFormat("yyyy-MM-dd")
        return field

    def problem_text(self) -> str:
        """Why OK is off, or "" when the answers make an exercise."""
        if not self.title.text().strip():
            return self.tr("Give the exercise a title.")
        if self.end.date() < self.start.date():
            return self.tr("The last day is before the first day.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def answer(self) -> tuple[str, date, date]:
        return (
            self.title.text().strip(),
            _day(self.start.date()),
            _day(self.end.date()),
        )


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
