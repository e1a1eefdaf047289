"""The presenter's agenda page: the day's modules, presentations, breaks and plenaries, large,
with what is on now marked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ttx_desktop.domain.agenda import AgendaLine, ScheduleKind, agenda, minutes_of
from ttx_desktop.gui.large_text import large_label
from ttx_desktop.services.session import Session

STYLE = """
#agendaPage { background: #10161f; }
#agendaPage QLabel { color: #f2f4f7; }
#agendaPage QLabel#agendaTitle { color: #aab4c3; }
#agendaPage QLabel[kind="break"] { color: #8fa3b8; }
#agendaPage QLabel[now="true"] { color: #ffd27a; }
"""


def kind_words() -> dict[ScheduleKind | None, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("AgendaPage", text)

    return {
        None: tr("Module"),
        ScheduleKind.PRESENTATION: tr("Presentation"),
        ScheduleKind.BREAK: tr("Break"),
        ScheduleKind.PLENARY: tr("Plenary"),
    }


class AgendaPage(QWidget):
    """The agenda of the current module's day, one line per module or schedule item.

    ``now`` gives the minutes after midnight (the wall clock; tests set it).

    Signals: none.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self._session = session
        self.now: Callable[[], int] = lambda: datetime.now().hour * 60 + datetime.now().minute
        self.title = self._label("agendaTitle", 1.4, bold=True)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(32)
        self._grid.setVerticalSpacing(14)
        self.lines: list[AgendaLine] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(56, 40, 56, 40)
        outer.addWidget(self.title)
        outer.addSpacing(18)
        outer.addLayout(self._grid)
        outer.addStretch(1)

    def _label(self, name: str, scale: float, *, bold: bool = False) -> QLabel:
        return large_label(name, scale, bold=bold)

    def refresh(self) -> None:
        """Re-reads the agenda of the day of the module now running (else the first)."""
        exercise = self._session.exercise
        module = exercise.module(self._session.clock.current_module_id())
        if module is None and exercise.modules:
            module = exercise.modules[0]
        day = module.day if module is not None else None
        self.lines = agenda(exercise.modules, exercise.schedule, day)
        heading = self.tr("Agenda of the day")
        if day is not None:
            heading = self.tr("Agenda of day {0}").format(day)
        self.title.setText(heading)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        words = kind_words()
        now = self.now()
        for row, line in enumerate(self.lines):
            when = f"{line.start}–{line.end}" if line.end else line.start
            what = f"{words[line.kind]}: {line.title}"
            if line.speaker:
                what += f" — {line.speaker}"
            begin, end = minutes_of(line.start), minutes_of(line.end)
            current = begin is not None and end is not None and begin <= now < end
            for column, text in enumerate((when, what)):
                label = self._label(f"agenda_{row}_{column}", 1.1, bold=line.kind is None)
                label.setText(text)
                label.setProperty("now", "true" if current else "false")
                label.setProperty("kind", line.kind.value if line.kind else "module")
                self._grid.addWidget(label, row, column)
        self._grid.setColumnStretch(1, 1)
