"""What an MSEL column holds, from its cells: clock times, numbers, short labels or prose.

The headers say what a column may be; its cells say which of the candidates it is. A column
named "Inject" that holds 1, 2, 3 is a number column; two columns both named like a
description go to text and title by the length of what they hold; a column nobody named
that holds 09:00, 09:30 is the time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_read import CellValue, RawRow, blank
from ttx_desktop.formats.msel_times import TimeFormatError, parse_when
from ttx_desktop.formats.msel_values import cell_text, inject_number, method_of

SAMPLE = 120  # rows looked at per column; enough to tell, cheap on a 20,000-row sheet
_CODE = re.compile(r"^[A-Za-zА-Яа-я]{0,6}[\s.#№-]*\d{1,6}[a-z]?$")  # "12", "INJ-012", "3a"

# Whole cells that stand for "nothing here" in planners' sheets.
PLACEHOLDERS = frozenset({
    "-", "--", "---", "—", "–", "n/a", "na", "n.a.", "n. a.", "tbd", "tbc", "tba", "?", "...",
    "…", "none", "nil", "н/д", "нет данных", "—/—",
})  # fmt: skip


def placeholder(value: CellValue) -> bool:
    """A cell that holds a placeholder ("---", "N/A", "TBD") rather than a value."""
    if not isinstance(value, str) or len(value) > 24:
        return False
    return " ".join(value.split()).casefold() in PLACEHOLDERS


@dataclass(frozen=True)
class Profile:
    """What a column's filled cells look like (fractions of the filled cells)."""

    filled: int = 0
    clock: float = 0.0  # read as a time, a date or a date-time
    numbers: float = 0.0  # inject numbers or codes ("12", "INJ-012")
    methods: float = 0.0  # a delivery method we know
    length: float = 0.0  # mean length of the text
    distinct: float = 1.0  # distinct values / filled cells

    @property
    def prose(self) -> bool:
        return self.length >= 30 and self.numbers < 0.5 and self.clock < 0.5


def profiles(rows: Sequence[RawRow], width: int) -> list[Profile]:
    """A profile of each of ``width`` columns, from the first rows."""
    sample = rows[:SAMPLE]
    return [_profile([row.cell(i) for row in sample]) for i in range(width)]


def _profile(cells: list[CellValue]) -> Profile:
    filled = [c for c in cells if not blank(c) and not placeholder(c)]
    if not filled:
        return Profile()
    n = len(filled)
    texts = [cell_text(c).strip() for c in filled]
    return Profile(
        filled=n,
        clock=sum(1 for c in filled if _clock_like(c)) / n,
        numbers=sum(1 for c, t in zip(filled, texts, strict=True) if _number_like(c, t)) / n,
        methods=sum(1 for c in filled if isinstance(c, str) and method_of(c) is not None) / n,
        length=sum(len(t) for t in texts) / n,
        distinct=len(set(texts)) / n,
    )


def _clock_like(value: CellValue) -> bool:
    if isinstance(value, datetime | time | date | timedelta):
        return True
    if isinstance(value, bool) or (isinstance(value, int | float) and 0 < value < 100):
        return False  # 1, 2, 3 are numbers before they are times
    try:
        return not parse_when(value).empty
    except (TimeFormatError, ValueError):
        return False


def _number_like(value: CellValue, text: str) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return inject_number(value) is not None and value < 10_000
    return len(text) <= 12 and bool(_CODE.match(text))


_TIMES = frozenset({Field.TIME, Field.OFFSET, Field.PINNED, Field.RELEASED})
_LABELS = frozenset({Field.SOURCE, Field.TARGETS, Field.METHOD, Field.STATUS, Field.MODULE})


def fit(field: Field, p: Profile) -> float:  # noqa: PLR0911 - one rule per kind of column
    """How much a column's cells confirm (+) or deny (-) that it holds ``field``."""
    if p.filled < 3:
        return 0.0  # too few cells to overrule a header
    if field in _TIMES:
        return 0.05 if p.clock >= 0.8 else (-0.45 if p.clock < 0.4 else 0.0)
    if field is Field.NUMBER:
        return 0.05 if p.numbers >= 0.8 else (-0.45 if p.numbers < 0.4 else 0.0)
    if field is Field.TEXT:
        if p.numbers >= 0.8 or p.clock >= 0.8:
            return -0.6
        return min(p.length, 200) / 1000 - (0.3 if p.length < 12 and p.distinct < 0.5 else 0)
    if field is Field.TITLE:
        if p.numbers >= 0.8 or p.clock >= 0.8:
            return -0.6
        return -0.4 if p.filled >= 3 and p.distinct < 0.6 else 0.0
    if field in _LABELS:
        if p.clock >= 0.8 and field is not Field.MODULE:
            return -0.6
        bonus = 0.05 if field is Field.METHOD and p.methods >= 0.6 else 0.0
        return bonus - (0.3 if p.length > 60 else 0.0)
    return 0.0


def guesses(p: Profile) -> dict[Field, float]:
    """Fields a column whose header names none may hold, judged by its cells alone."""
    if p.filled < 2:
        return {}
    if p.clock >= 0.8:
        return {Field.TIME: 0.6}
    if p.methods >= 0.8 and p.length < 25:
        return {Field.METHOD: 0.6}
    if p.prose and p.length >= 40:
        return {Field.TEXT: 0.55}
    return {}
