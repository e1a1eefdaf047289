"""Planned times in every form planners write them, and Excel's time, date and serial cells."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ttx_desktop.formats.msel_times import (
    TimeFormatError,
    When,
    clock_text,
    parse_day,
    parse_offset_cell,
    parse_when,
)

H = 3600
AUG21 = date(2011, 8, 21)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("09:30", When(clock_s=9 * H + 1800)),
        ("9:30", When(clock_s=9 * H + 1800)),
        ("9.30", When(clock_s=9 * H + 1800)),
        ("0700", When(clock_s=7 * H)),
        ("930", When(clock_s=9 * H + 1800)),
        ("0930 hrs", When(clock_s=9 * H + 1800)),
        ("0930Z", When(clock_s=9 * H + 1800)),
        ("21:00 hrs", When(clock_s=21 * H)),
        ("09:30:15", When(clock_s=9 * H + 1815)),
        ("9 am", When(clock_s=9 * H)),
        ("9:30 PM", When(clock_s=21 * H + 1800)),
        ("12:00 am", When(clock_s=0)),
        ("9h30", When(clock_s=9 * H + 1800)),
        ("9ч30", When(clock_s=9 * H + 1800)),
        ("T+00:30", When(offset_s=1800)),
        ("T+0:15:30", When(offset_s=930)),
        ("T + 30", When(offset_s=1800)),
        ("Т+0:30", When(offset_s=1800)),  # a Cyrillic Т
        ("+30 min", When(offset_s=1800)),
        ("+30 мин", When(offset_s=1800)),
        ("+1:30", When(offset_s=5400)),
        ("+1h30", When(offset_s=5400)),
        ("H+2", When(offset_s=2 * H)),
        ("90 minutes", When(offset_s=5400)),
        ("1 h 30 min", When(offset_s=5400)),
        ("Day 2 09:30", When(clock_s=9 * H + 1800, day=2)),
        ("Day 2, 09:30", When(clock_s=9 * H + 1800, day=2)),
        ("D2 0930", When(clock_s=9 * H + 1800, day=2)),
        ("D+1 09:30", When(clock_s=9 * H + 1800, day=2)),
        ("День 2 10:00", When(clock_s=10 * H, day=2)),
        ("Day 3", When(day=3)),
        ("210900AUG2011", When(clock_s=9 * H, date=AUG21)),
        ("210900ZAUG11", When(clock_s=9 * H, date=AUG21)),
        ("210900Z AUG 2011", When(clock_s=9 * H, date=AUG21)),
        ("2011-08-21 09:00", When(clock_s=9 * H, date=AUG21)),
        ("21.08.2011 09:00", When(clock_s=9 * H, date=AUG21)),
        ("08/21/2011 09:00", When(clock_s=9 * H, date=AUG21)),
        ("2011-08-21T09:00:00Z", When(clock_s=9 * H, date=AUG21)),
        ("0.395833", When(clock_s=9 * H + 1800)),  # an Excel time saved as text
        ("40776.375", When(clock_s=9 * H, date=AUG21)),  # an Excel serial saved as text
        ("", When()),
        (None, When()),
    ],
)
def test_text_forms(cell: object, expected: When) -> None:
    assert parse_when(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (time(9, 30), When(clock_s=9 * H + 1800)),
        (time(9, 29, 59, 971000), When(clock_s=9 * H + 1800)),  # Excel's float rounding
        (datetime(1899, 12, 30, 9, 30), When(clock_s=9 * H + 1800)),  # a time on day zero
        (datetime(2011, 8, 21, 9, 0), When(clock_s=9 * H, date=AUG21)),
        (datetime(2011, 8, 21), When(date=AUG21)),
        (AUG21, When(date=AUG21)),
        (timedelta(minutes=45), When(offset_s=2700)),
        (0.5, When(clock_s=12 * H)),  # an unformatted time serial
        (40776.375, When(clock_s=9 * H, date=AUG21)),  # an unformatted date-time serial
        (700, When(clock_s=7 * H)),  # 0700 typed as a number
        (1330.0, When(clock_s=13 * H + 1800)),
    ],
)
def test_excel_cells(cell: object, expected: When) -> None:
    assert parse_when(cell) == expected


@pytest.mark.parametrize(
    "cell", ["9", "x", "25:00", "1.1", "T-0:15", "Day 2 Day 3", "320900XYZ2011", "310900FEB2011",
             "T+99999:00", True, -3, float("nan"), "12:00 pm extra"],
)  # fmt: skip
def test_what_is_not_a_time_says_so(cell: object) -> None:
    with pytest.raises(TimeFormatError):
        parse_when(cell)


def test_offset_cells() -> None:
    assert parse_offset_cell("T+1:00") == H
    assert parse_offset_cell("30") == 1800  # a bare number in a clock column: minutes
    assert parse_offset_cell(45) == 2700
    assert parse_offset_cell(time(0, 30)) == 1800  # an Excel time typed as elapsed time
    assert parse_offset_cell(timedelta(hours=26)) == 26 * H  # an [h]:mm cell
    assert parse_offset_cell("") is None
    with pytest.raises(TimeFormatError):
        parse_offset_cell("soon")


def test_day_cells() -> None:
    assert parse_day("Day 2") == 2
    assert parse_day("D3") == 3
    assert parse_day(4) == 4
    assert parse_day("21.08.2011") == AUG21
    assert parse_day(datetime(2011, 8, 21, 9)) == AUG21
    with pytest.raises(TimeFormatError):
        parse_day("Tuesday-ish")


def test_clock_text() -> None:
    assert clock_text(9 * H + 1800) == "09:30"
    assert clock_text(9 * H + 1815) == "09:30:15"
    assert clock_text(25 * H) == "01:00"


@given(st.one_of(st.text(max_size=30), st.floats(), st.integers(), st.datetimes(),
                 st.times(), st.timedeltas()))  # fmt: skip
@example("¹")  # a digit to str.isdigit() that int() refuses
@example("١٢:٣٠")  # Arabic-Indic digits
def test_any_cell_gives_a_time_or_our_error(cell: object) -> None:
    for parse in (parse_when, parse_offset_cell, parse_day):
        with contextlib.suppress(TimeFormatError):
            parse(cell)
