"""Schedule items (presentations, breaks, plenaries) and the agenda of a day: what happens
when, besides the injects."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from ttx_desktop.domain.ids import utc_now


class TimedModule(Protocol):
    """What the agenda reads of a module (model.Module, which holds the schedule items)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def day(self) -> int | None: ...
    @property
    def start(self) -> str: ...
    @property
    def duration_min(self) -> int | None: ...


class ScheduleKind(enum.StrEnum):
    """What a schedule item is."""

    PRESENTATION = "presentation"  # a speaker, often from another organisation
    BREAK = "break"
    PLENARY = "plenary"  # the tables together: a briefing, a hot wash, a debrief


@dataclass(frozen=True)
class ScheduleItem:
    """A presentation, break or plenary on a module's day that is not an inject.

    ``start`` is a wall time of day ("HH:MM"); ``speaker`` names who speaks, with their
    organisation if the author wishes.
    """

    id: str
    module_id: str
    kind: ScheduleKind
    title: str
    start: str = ""
    duration_min: int | None = None
    speaker: str = ""
    position: int = 0
    created_at: datetime = field(default_factory=utc_now, compare=False)
    updated_at: datetime = field(default_factory=utc_now, compare=False)


@dataclass(frozen=True)
class AgendaLine:
    """One line of a day's agenda: a module starting, or a schedule item."""

    start: str  # "HH:MM", or "" when not timed
    end: str
    kind: ScheduleKind | None  # None: a module
    title: str
    speaker: str = ""
    module_id: str = ""


def minutes_of(text: str) -> int | None:
    """Minutes after midnight of "HH:MM", or None."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdecimal() and minutes.isdecimal() and len(minutes) == 2):
        return None
    value = int(hours) * 60 + int(minutes)
    return value if int(hours) < 24 and int(minutes) < 60 else None


def _end(start: str, duration_min: int | None) -> str:
    begin = minutes_of(start)
    if begin is None or not duration_min:
        return ""
    end = (begin + duration_min) % (24 * 60)
    return f"{end // 60:02d}:{end % 60:02d}"


def agenda(
    modules: Sequence[TimedModule], items: Sequence[ScheduleItem], day: int | None = None
) -> list[AgendaLine]:
    """The modules of ``day`` (all days when None) and their schedule items, by day, then by
    time; lines without a time come last in their day, a module before its items."""
    chosen = [m for m in modules if day is None or m.day == day]
    day_of = {m.id: m.day or 0 for m in chosen}
    lines = [
        AgendaLine(m.start, _end(m.start, m.duration_min), None, m.title, module_id=m.id)
        for m in chosen
    ]
    lines += [
        AgendaLine(i.start, _end(i.start, i.duration_min), i.kind, i.title, i.speaker, i.module_id)
        for i in items
        if i.module_id in day_of
    ]

    def key(line: AgendaLine) -> tuple[int, int, bool]:
        when = minutes_of(line.start)
        return (day_of[line.module_id], 24 * 60 if when is None else when, line.kind is not None)

    return sorted(lines, key=key)
