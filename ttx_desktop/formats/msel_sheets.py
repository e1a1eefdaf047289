"""Which sheets of a workbook hold the MSEL, judged by what they hold, never by their names.

A planner's workbook keeps an info sheet, a legend, a "Key Events" summary, an old
exercise's tab and planning notes beside the MSEL. The sheet whose rows look most like
injects (titles or texts, times, numbers, recipients; not rows marked "not injected") is the
MSEL; when sheets are one per day they are read together: sheets named as days ("Day 1",
"Day 2", "Monday") with the same columns, each row on its sheet's day, or sheets with the
same columns whose dates follow on from each other's (not an old exercise's, years before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_mapping import Mapping, guess_mapping
from ttx_desktop.formats.msel_read import Grid, MselError, RawRow, RawTable, blank, table_from_grid
from ttx_desktop.formats.msel_rows import not_an_msel, set_aside
from ttx_desktop.formats.msel_times import YEARLESS, TimeFormatError, parse_day, parse_when
from ttx_desktop.messages import msg

DAY_HEADER = "Day (sheet)"
_KEY_FIELDS = (Field.TIME, Field.OFFSET, Field.NUMBER, Field.TARGETS, Field.METHOD,
               Field.SOURCE, Field.EXPECTED)  # fmt: skip
_DAY_NAME = re.compile(
    r"^\s*(?:(?:day|d|день|сутки|tag|jour)\s*[-_#№.]?\s*(?P<n>\d{1,3})|(?P<week>mon|tue|wed|thu|fri"
    r"|sat|sun|пн|вт|ср|чт|пт|сб|вс|понед|вторн|сред|четв|пятн|суббот|воскрес)\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SheetVerdict:
    """How much one sheet looks like an MSEL, and if not, why."""

    name: str
    score: float
    injects: int
    table: RawTable | None
    why: str = ""
    dates: frozenset[date] = frozenset()  # the days its rows are dated on, if they are


SAME_EXERCISE_DAYS = 14  # sheets whose dates lie this close are days of one exercise
OLD_DAYS = 300  # a sheet dated this long before the newest is an earlier exercise's
_DATE_SAMPLE = 200


def judge(source: str, name: str, grid: Grid, hidden: bool = False) -> SheetVerdict:
    """Reads a sheet as an MSEL would be read and counts the rows that look like injects."""
    try:
        table = table_from_grid(source, grid, sheet=name)
    except MselError:
        return SheetVerdict(name, 0.0, 0, None, msg("no header row of MSEL columns"))
    mapping = guess_mapping(table)
    if not_an_msel(mapping) is not None:
        return SheetVerdict(name, 0.0, 0, table, msg("its columns are not an MSEL's"))
    texts = [i for f in (Field.TITLE, Field.TEXT) if (i := mapping.column_of(f)) is not None]
    status = mapping.column_of(Field.STATUS)
    injects = notes = 0
    for row in table.rows:
        if not any(not blank(row.cell(i)) for i in texts) or _heading_like(row):
            continue
        cell = row.cell(status) if status is not None else None
        if isinstance(cell, str) and set_aside(cell):
            notes += 1
        else:
            injects += 1
    if not injects:
        why = (
            msg("its {count} rows are planning notes (not injected)", count=notes)
            if notes
            else msg("no rows that look like injects")
        )
        return SheetVerdict(name, 0.0, 0, table, why)
    fields = sum(1 for f in _KEY_FIELDS if mapping.has(f))
    score = injects * (1 + 0.25 * fields) * (0.5 if hidden else 1.0)
    return SheetVerdict(name, score, injects, table, dates=_dates(table, mapping))


def _dates(table: RawTable, mapping: Mapping) -> frozenset[date]:
    """The calendar days a sheet's date or time column names (none for times of day)."""
    found: set[date] = set()
    for field, read in ((Field.DAY, parse_day), (Field.TIME, lambda v: parse_when(v).date)):
        index = mapping.column_of(field)
        if index is None:
            continue
        for row in table.rows[:_DATE_SAMPLE]:
            try:
                value = read(row.cell(index))
            except (TimeFormatError, ValueError):
                continue
            if isinstance(value, date) and value.year != YEARLESS:
                found.add(value)
    return frozenset(found)


def _heading_like(row: RawRow) -> bool:
    return sum(1 for c in row.cells if not blank(c)) <= 1


def choose(verdicts: Sequence[SheetVerdict]) -> tuple[list[SheetVerdict], list[tuple[str, str]]]:
    """The sheets to read and (sheet, why) for the others: the sheet whose rows look most
    like injects with the sheets that are other days of it, the group with most such rows
    winning; a group dated a year before the newest counts half (an old exercise's tab)."""
    candidates = [v for v in verdicts if v.table is not None and v.score > 0]
    if not candidates:
        return [], [(v.name, v.why) for v in verdicts]
    groups = [_days_of(v, verdicts) for v in candidates]
    newest = max((d for v in candidates for d in v.dates), default=None)

    def weight(group: list[SheetVerdict]) -> tuple[float, int]:
        score = sum(v.score for v in group)
        latest = max((d for v in group for d in v.dates), default=None)
        if newest is not None and latest is not None and (newest - latest).days > OLD_DAYS:
            score /= 2  # dated a year or more before the others: an earlier exercise's tab
        return score, -verdicts.index(group[0])

    chosen = max(groups, key=weight)
    read = " + ".join(v.name for v in chosen)
    total = sum(v.injects for v in chosen)
    aside = []
    for v in verdicts:
        if v in chosen:
            continue
        if v.why:
            why = v.why
        elif v.dates and newest is not None and (newest - max(v.dates)).days > OLD_DAYS:
            why = msg("dated {when}, long before the sheets read: an earlier exercise's",
                      when=max(v.dates).isoformat())  # fmt: skip
        else:
            why = msg(
                "fewer rows look like injects ({count}) than in {sheet!r} ({best})",
                count=v.injects, sheet=read, best=total,
            )  # fmt: skip
        aside.append((v.name, why))
    return chosen, aside


def _days_of(first: SheetVerdict, verdicts: Sequence[SheetVerdict]) -> list[SheetVerdict]:
    """``first`` and the sheets that are other days of the same exercise, in workbook order."""
    if _DAY_NAME.match(first.name):
        return [v for v in verdicts if v is first or _same_day_sheet(v, first)]
    if first.dates:
        return [v for v in verdicts if v is first or _next_days_sheet(v, first)]
    return [first]


def _same_day_sheet(v: SheetVerdict, best: SheetVerdict) -> bool:
    if v.table is None or best.table is None or v.score <= 0 or not _DAY_NAME.match(v.name):
        return False
    return _same_columns(v.table, best.table)


def _next_days_sheet(v: SheetVerdict, best: SheetVerdict) -> bool:
    """A sheet of the same columns dated on other days of the same exercise."""
    if v.table is None or best.table is None or v.score <= 0 or not v.dates:
        return False
    if v.dates & best.dates or not _same_columns(v.table, best.table):
        return False
    days = [d.toordinal() for d in v.dates | best.dates]
    return max(days) - min(days) <= SAME_EXERCISE_DAYS


def combined(chosen: Sequence[SheetVerdict], names: Sequence[str], notes: Sequence[str],
             aside: Sequence[tuple[str, str]]) -> RawTable:  # fmt: skip
    """One table of the chosen sheets; sheets one per day add a day column from their names."""
    first = chosen[0].table
    assert first is not None
    if len(chosen) == 1:
        return replace(first, sheets=tuple(names), notes=tuple(notes), sheets_read=(first.sheet,),
                       sheets_aside=tuple(aside))  # fmt: skip
    width = len(first.headers)
    named = all(_DAY_NAME.match(v.name) for v in chosen)  # else the rows' own dates say
    rows: list[RawRow] = []
    for order, verdict in enumerate(chosen, start=1):
        assert verdict.table is not None
        match = _DAY_NAME.match(verdict.name)
        number = int(match.group("n")) if match and match.group("n") else order
        for row in verdict.table.rows:
            cells = row.cells[:width] + (None,) * (width - len(row.cells))
            day = (f"Day {number}",) if named else ()
            rows.append(RawRow(row.line, (*cells, *day), sheet=verdict.name))
    return replace(
        first,
        headers=(*first.headers, DAY_HEADER) if named else first.headers,
        rows=tuple(rows),
        sheets=tuple(names),
        notes=tuple(notes),
        sheets_read=tuple(v.name for v in chosen),
        sheets_aside=tuple(aside),
    )


Sheets = str | Sequence[str] | None  # a sheet, the sheets to read together, or None: guess


def read_sheets(
    source: str,
    names: Sequence[str],
    sheet: Sheets,
    grid_of: Callable[[str], Grid],
    hidden: Callable[[str], bool],
    notes: Sequence[str] = (),
) -> RawTable:
    """The table of a workbook's sheets ``names``: the ``sheet`` named, the sheets named read
    together (one per day), or those whose rows look most like injects."""
    if sheet is None and len(names) > 1:
        verdicts = [judge(source, n, grid_of(n), hidden(n)) for n in names]
        chosen, aside = choose(verdicts)
        if not chosen:
            listed = "; ".join(f"{name!r}: {why}" for name, why in aside)
            said = msg("does not look like an MSEL: no sheet holds rows that look like injects "
                       "(a column of titles or texts and one of times or numbers) ({listed})",
                       listed=listed)  # fmt: skip
            raise MselError.at(source, said)
        return combined(chosen, names, notes, aside)
    wanted = [names[0]] if sheet is None else [sheet] if isinstance(sheet, str) else list(sheet)
    picked = list(dict.fromkeys(named(names, w, source) for w in wanted))
    if len(picked) == 1:
        grid = grid_of(picked[0])
        return table_from_grid(source, grid, sheet=picked[0], sheets=names, notes=notes)
    verdicts = [judge(source, n, grid_of(n)) for n in picked]
    first = verdicts[0].table
    for verdict in verdicts:
        if verdict.table is None:
            said = msg("has no header row in sheet {sheet!r}", sheet=verdict.name)
            raise MselError.at(source, said)
        if first is not None and not _same_columns(verdict.table, first):
            said = msg("sheets {first!r} and {other!r} have different columns; import them "
                       "one at a time", first=first.sheet, other=verdict.name)  # fmt: skip
            raise MselError.at(source, said)
    aside = [(n, msg("not chosen")) for n in names if n not in picked]
    return combined(verdicts, names, notes, aside)


def named(names: Sequence[str], sheet: str, source: str) -> str:
    """The sheet a user names: by name ignoring case, or by number from 1."""
    for name in names:
        if name == sheet or name.casefold().strip() == sheet.casefold().strip():
            return name
    if sheet.isdecimal() and 1 <= int(sheet) <= len(names):
        return names[int(sheet) - 1]
    listed = ", ".join(repr(n) for n in names)
    said = msg("has no sheet {sheet!r} (its sheets are {listed})", sheet=sheet, listed=listed)
    raise MselError.at(source, said)


def _same_columns(one: RawTable, other: RawTable) -> bool:
    return [h.casefold() for h in one.headers] == [h.casefold() for h in other.headers]
