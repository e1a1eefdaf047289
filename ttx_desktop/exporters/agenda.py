"""A module's schedule items (presentations, breaks, plenaries) as lines of a document."""

from __future__ import annotations

from ttx_desktop.domain.agenda import ScheduleKind, agenda
from ttx_desktop.domain.model import Exercise, Module
from ttx_desktop.exporters.document import DocumentBuilder

WORDS = {
    "en": {
        "agenda": "Agenda",
        ScheduleKind.PRESENTATION: "Presentation",
        ScheduleKind.BREAK: "Break",
        ScheduleKind.PLENARY: "Plenary",
    },
    "ru": {
        "agenda": "Повестка дня",
        ScheduleKind.PRESENTATION: "Выступление",
        ScheduleKind.BREAK: "Перерыв",
        ScheduleKind.PLENARY: "Пленарное заседание",
    },
}


def agenda_lines(exercise: Exercise, module: Module) -> list[str]:
    """ "10:30–10:50 Presentation: Flood forecasting (Dr A. Lee)", one per item, by time."""
    words = WORDS.get(exercise.details.language, WORDS["en"])
    lines = []
    for line in agenda([module], exercise.schedule):
        if line.kind is None:
            continue
        when = f"{line.start}–{line.end}" if line.end else line.start
        text = f"{words[line.kind]}: {line.title}"
        if line.speaker:
            text += f" ({line.speaker})"
        lines.append(f"{when} {text}" if when else text)
    return lines


def add_agenda(doc: DocumentBuilder, exercise: Exercise, module: Module) -> None:
    """The module's agenda under its own heading, when it has schedule items."""
    lines = agenda_lines(exercise, module)
    if lines:
        words = WORDS.get(exercise.details.language, WORDS["en"])
        doc.heading(str(words["agenda"]), 2)
        doc.bullets(lines)
