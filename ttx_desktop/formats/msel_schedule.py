"""Modules and planned times for imported injects: which module each row is in, when it starts.

A row's planned time may be a time of day, a time from the start, a day and a time, or a
date and time. Each module starts at the earliest time of day of its rows (or where a row
that gives both a time of day and a time from the start puts it), and each inject's
``planned_s`` is counted from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from ttx_desktop.domain.model import DeliveryMethod, Exercise, InjectStatus, Module
from ttx_desktop.formats.msel_times import DAY_S, YEARLESS, When
from ttx_desktop.formats.times import format_time_of_day, parse_time_of_day
from ttx_desktop.messages import msg


@dataclass
class Draft:
    """One MSEL row on its way to becoming an inject."""

    line: int
    key: int = 0  # the row's place in the table: unique where lines are not (several sheets)
    where: str = ""  # the file, and the sheet when rows come from several
    number: int | None = None
    module: tuple[int | None, str] | None = None  # (number, title) from a module cell
    heading: str = ""  # the section heading the row sits under
    module_title: str = ""
    when: When = field(default_factory=When)
    offset: int | None = None
    day: int | date | None = None
    title: str = ""
    text: str = ""
    source: str = ""
    scenario_time: str = ""
    pinned: str = ""
    targets: list[str] = field(default_factory=list)
    to_all: bool = False  # "All" among the targets: every team
    expected: list[str] = field(default_factory=list)
    objectives: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    method: DeliveryMethod = DeliveryMethod.VERBAL
    status: InjectStatus = InjectStatus.PENDING
    released_s: float | None = None
    released_at: datetime | None = None
    notes: list[str] = field(default_factory=list)
    module_id: str = ""
    planned_s: int = 0


@dataclass(frozen=True)
class _Words:
    """Titles of the modules an import makes, in the exercise's own language (they are
    data: documents print them)."""

    module: str
    day: str


_WORDS = {"en": _Words("Module {0}", "Day {0}"), "ru": _Words("Модуль {0}", "День {0}")}


@dataclass
class _Group:
    key: tuple[object, ...]
    number: int | None
    title: str
    drafts: list[Draft] = field(default_factory=list)


def schedule(
    drafts: list[Draft], exercise: Exercise, new_module_id: Callable[[int], str], *, timed: bool
) -> tuple[list[Module], list[tuple[Draft, str]], list[tuple[Draft, str]]]:
    """Gives each draft its module and planned time; returns the modules to create,
    (draft, message) for rows whose time cannot be placed, and, when the table has a time
    column (``timed``), (draft, message) for rows with no time, given the row above's."""
    days = _day_numbers(drafts)
    words = _WORDS.get(exercise.details.language, _WORDS["en"])
    groups = _groups(drafts, days, words)
    used = {m.number for m in exercise.modules}
    wanted = {g.number for g in groups if g.number is not None}
    new: list[Module] = []
    trouble: list[tuple[Draft, str]] = []
    filled: list[tuple[Draft, str]] = []
    for group in groups:
        module = _existing(exercise, group)
        if module is None:
            number = group.number
            if number is None or number in used:
                number = _free(used | wanted)
            used.add(number)
            module = Module(
                id=new_module_id(number),
                number=number,
                title=group.title or words.module.format(number),
            )
            module = _timed(module, group, days)
            new.append(module)
        errors, blanks = _plan(module, group, days)
        trouble += errors
        filled += blanks if timed else []
    return new, trouble, filled


def _day_numbers(drafts: list[Draft]) -> dict[int, int | None]:
    """The exercise day of each draft (by line): day numbers as written, dates counted from
    the first date; a row with no day takes the day of the row before."""
    dates = [d for d in (_date_of(x) for x in drafts) if d is not None]
    first = min(dates) if dates else None
    out: dict[int, int | None] = {}
    current: int | None = None
    for draft in drafts:
        found = draft.when.day if draft.when.day is not None else None
        when_date = _date_of(draft)
        if found is None and isinstance(draft.day, int):
            found = draft.day
        if found is None and when_date is not None and first is not None:
            found = (when_date - first).days + 1
        current = found if found is not None else current
        out[draft.key] = current
    return out


def _date_of(draft: Draft) -> date | None:
    if draft.when.date is not None:
        return draft.when.date
    return draft.day if isinstance(draft.day, date) else None


def first_date(drafts: list[Draft]) -> tuple[date | None, date | None]:
    dates = [d for d in (_date_of(x) for x in drafts) if d is not None and d.year != YEARLESS]
    return (min(dates), max(dates)) if dates else (None, None)


def _groups(drafts: list[Draft], days: dict[int, int | None], words: _Words) -> list[_Group]:
    groups: dict[tuple[object, ...], _Group] = {}
    for draft in drafts:
        if draft.module is not None:
            number, title = draft.module
            key: tuple[object, ...] = (
                ("n", number) if number is not None else ("t", title.casefold())
            )
            title = draft.module_title or title
        elif draft.heading:
            from ttx_desktop.formats.msel_values import module_key

            number, title = module_key(draft.heading)
            key, title = ("h", draft.heading), draft.module_title or title or draft.heading
        elif days.get(draft.key) is not None:
            number = days[draft.key]
            key, title = ("d", number), draft.module_title or words.day.format(number)
        else:
            number, key, title = None, ("default",), draft.module_title
        group = groups.setdefault(key, _Group(key, number, title))
        group.drafts.append(draft)
    return list(groups.values())


def _existing(exercise: Exercise, group: _Group) -> Module | None:
    if group.key[0] == "d":
        return next((m for m in exercise.modules if m.day == group.number), None)
    if group.number is not None:
        found = next((m for m in exercise.modules if m.number == group.number), None)
        if found is not None or group.key[0] == "n":
            return found
    if group.title:
        key = group.title.casefold()
        return next((m for m in exercise.modules if m.title.casefold() == key), None)
    if group.key == ("default",) and len(exercise.modules) == 1:
        return exercise.modules[0]
    return None


def _free(used: set[int]) -> int:
    number = 1
    while number in used:
        number += 1
    return number


def _timed(module: Module, group: _Group, days: dict[int, int | None]) -> Module:
    """A new module with the day and start time its rows imply."""
    day_values = [days[d.key] for d in group.drafts if days.get(d.key) is not None]
    first_day = min(v for v in day_values if v is not None) if day_values else None
    start: int | None = None
    for draft in group.drafts:  # a row with both forms fixes the start exactly
        if draft.when.clock_s is not None and draft.offset is not None:
            since = ((days.get(draft.key) or first_day or 0) - (first_day or 0)) * DAY_S
            start = (draft.when.clock_s + since - draft.offset) % DAY_S
            break
    if start is None:
        clocked = [
            ((days.get(d.key) or 0), d.when.clock_s)
            for d in group.drafts
            if d.when.clock_s is not None and d.offset is None and d.when.offset_s is None
        ]
        if clocked:
            day0 = min(clocked)[0]
            start = min(c for day, c in clocked if day == day0)
    out = Module(id=module.id, number=module.number, title=module.title, day=first_day)
    if start is None:
        return out
    return Module(
        id=out.id, number=out.number, title=out.title, day=first_day,
        start=format_time_of_day(start // 60),
    )  # fmt: skip


def _plan(
    module: Module, group: _Group, days: dict[int, int | None]
) -> tuple[list[tuple[Draft, str]], list[tuple[Draft, str]]]:
    minutes = parse_time_of_day(module.start) if module.start else None
    start = minutes * 60 if minutes is not None else None
    first_day = module.day
    if first_day is None:
        found = [days[d.key] for d in group.drafts if days.get(d.key) is not None]
        first_day = min(v for v in found if v is not None) if found else None
    trouble: list[tuple[Draft, str]] = []
    filled: list[tuple[Draft, str]] = []
    previous: int | None = None
    for draft in group.drafts:
        draft.module_id = module.id
        offset = draft.offset if draft.offset is not None else draft.when.offset_s
        if offset is not None:
            planned = offset
        elif draft.when.clock_s is not None:
            if start is None:
                said = msg("module {number} has no start time to count from", number=module.number)
                trouble.append((draft, said))
                continue
            day = days.get(draft.key)
            since = (day - first_day) * DAY_S if day is not None and first_day is not None else 0
            planned = draft.when.clock_s + since - start
            if planned < 0 and day is None:
                planned += DAY_S  # past midnight
            if planned < 0:
                text = format_time_of_day(draft.when.clock_s // 60)
                said = msg("{time} is before the start of module {number} ({start})",
                           time=text, number=module.number, start=module.start)  # fmt: skip
                trouble.append((draft, said))
                continue
        elif previous is None:
            planned = 0
            said = msg("has no time; placed at the start of module {number}", number=module.number)
            filled.append((draft, said))
        else:
            planned = previous
            said = msg("has no time; given the time of the row above ({time})",
                       time=_clock_text(start, previous))  # fmt: skip
            filled.append((draft, said))
        draft.planned_s = previous = planned
    return trouble, filled


def _clock_text(start: int | None, planned: int) -> str:
    if start is None:
        minutes = planned // 60
        return f"T+{minutes // 60}:{minutes % 60:02d}"
    return format_time_of_day((start + planned) // 60 % (24 * 60))
