"""The rules for whole MSEL rows and cells: planning notes, "All", legends, titles, dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttx_desktop.formats.msel_content import placeholder
from ttx_desktop.formats.msel_rows import (
    TITLE_LIMIT,
    every_team,
    legend_like,
    set_aside,
    title_from,
)
from ttx_desktop.formats.msel_times import YEARLESS, month_first, parse_day, parse_when


@pytest.mark.parametrize(
    ("status", "aside"),
    [("Not injected", True), ("PLANNING INFO ONLY", True), ("Cancelled", True),
     ("deleted", True), ("Do not inject", True), ("Отменена", True), ("Injected", False),
     ("skipped", False), ("Pending", False), ("", False)],
)  # fmt: skip
def test_planning_notes_by_their_status(status: str, aside: bool) -> None:
    assert set_aside(status) is aside


@pytest.mark.parametrize("cell", ["All", "ALL PLAYERS", "all teams", "Все", "всем участникам"])
def test_every_team(cell: str) -> None:
    assert every_team(cell)


@pytest.mark.parametrize("cell", ["Allied forces", "Police", "Все службы города"])
def test_not_every_team(cell: str) -> None:
    assert not every_team(cell)


@pytest.mark.parametrize("cell", ["---", "N/A", "TBD", "n/a", "-", " tbc "])
def test_placeholders(cell: str) -> None:
    assert placeholder(cell)


@pytest.mark.parametrize("cell", ["Police", "NA-12", "0", "To be decided by the mayor"])
def test_values_that_are_no_placeholders(cell: str) -> None:
    assert not placeholder(cell)


def test_legends() -> None:
    assert legend_like("LEGEND")
    assert legend_like("Yellow rows = contingency injects")
    assert legend_like("Colour key: red = cancelled")
    assert not legend_like("Module 2: Escalation")
    assert not legend_like("END OF EXERCISE")


def test_titles_from_the_narrative() -> None:
    assert title_from("Second slide. The bypass is blocked too.") == "Second slide"
    assert title_from("St. Mary's runs on backup power.") == "St. Mary's runs on backup power"
    long = "Villagers in the upper valley ask for food and blankets after a cold night."
    assert title_from(long) == "Villagers in the upper valley ask for food and…"


@given(st.text(max_size=400))
def test_a_title_from_any_narrative_is_short_and_one_line(text: str) -> None:
    title = title_from(text)
    assert len(title) <= TITLE_LIMIT + 1 and "\n" not in title


def test_slashed_dates_are_read_one_way_for_the_whole_column() -> None:
    assert month_first(["3/4/10", "3/5/10"])  # a day apart, not a month
    assert not month_first(["4/3/10", "13/3/10"])  # 13 is no month
    assert month_first(["3/13/10", "3/4/10"])
    assert parse_day("3/4/10", month_first=True) == date(2010, 3, 4)
    assert parse_day("3/4/10") == date(2010, 4, 3)


@pytest.mark.parametrize(
    ("cell", "clock", "day"),
    [("0400 CDT", 4 * 60, None), ("0930L", 9 * 60 + 30, None), ("05:15 CDT", 5 * 60 + 15, None),
     ("1015Z", 10 * 60 + 15, None), ("210900Z AUG 11", 9 * 60, date(2011, 8, 21)),
     ("4- Mar", None, date(YEARLESS, 3, 4)), ("7Mar", None, date(YEARLESS, 3, 7)),
     ("Mar 4, 2010 09:30", 9 * 60 + 30, date(2010, 3, 4))],
)  # fmt: skip
def test_time_forms(cell: str, clock: int | None, day: date | None) -> None:
    when = parse_when(cell)
    assert (None if when.clock_s is None else when.clock_s // 60) == clock
    assert when.date == day
