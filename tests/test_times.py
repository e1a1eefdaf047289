"""Times of day and exercise-clock offsets as definitions write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttx_desktop.formats.times import (
    format_offset,
    format_time_of_day,
    parse_offset,
    parse_time_of_day,
)

MAX_OFFSET_MS = (999_999 * 3600 + 59 * 60 + 59) * 1000 + 999


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("09:30", 570), ("9:30", 570), ("9.30", 570), (" 09:30 ", 570), ("00:00", 0),
     ("0:05", 5), ("23:59", 1439), ("12:00", 720)],
)  # fmt: skip
def test_parse_time_of_day(text: str, minutes: int) -> None:
    assert parse_time_of_day(text) == minutes


@pytest.mark.parametrize(
    "text",
    ["", "24:00", "9:60", "930", "9:5", "09:30:00", "T+0:15", "-1:00", "9h30", "09 : 30",
     "٠٩:٣٠", "０９:３０", "9:30 am"],
)  # fmt: skip
def test_not_a_time_of_day(text: str) -> None:
    assert parse_time_of_day(text) is None


@pytest.mark.parametrize(
    ("minutes", "text"), [(0, "00:00"), (570, "09:30"), (1439, "23:59"), (1440, "00:00")]
)
def test_format_time_of_day(minutes: int, text: str) -> None:
    assert format_time_of_day(minutes) == text


@given(st.integers(0, 24 * 60 - 1))
def test_time_of_day_round_trip(minutes: int) -> None:
    text = format_time_of_day(minutes)
    assert parse_time_of_day(text) == minutes
    assert len(text) == 5


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("T+0:15", 900), ("T+0:00", 0), ("+0:15", 900), ("T+1:02:03", 3723), ("T-0:05", -300),
     ("T + 0:15", 900), (" T+0:15 ", 900), ("T+0:00:01.5", 1.5), ("T+0:00:01.25", 1.25),
     ("T+0:00:01.2345", 1.234), ("T+0:00:00.000001", 0), ("T+999999:59:59.999", 3599999999.999),
     ("T+48:00", 172800)],
)  # fmt: skip
def test_parse_offset(text: str, seconds: float) -> None:
    assert parse_offset(text) == seconds


@pytest.mark.parametrize(
    "text",
    ["", "T+", "0:15", "T0:15", "T+0:60", "T+0:5", "T+0:15:60", "T+0:15.5", "T+1234567:00",
     "09:30", "T+0:15:00.", "T+0:15:00.1234567", "T+١:٠٠", "15 min"],
)  # fmt: skip
def test_not_an_offset(text: str) -> None:
    assert parse_offset(text) is None


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "T+0:00"), (900, "T+0:15"), (3723, "T+1:02:03"), (1.5, "T+0:00:01.500"),
     (-300, "T-0:05"), (-0.0001, "T+0:00"), (172800, "T+48:00"), (0.001, "T+0:00:00.001")],
)  # fmt: skip
def test_format_offset(seconds: float, text: str) -> None:
    assert format_offset(seconds) == text


@given(st.integers(-MAX_OFFSET_MS, MAX_OFFSET_MS))
def test_offset_round_trip_to_the_millisecond(millis: int) -> None:
    seconds = millis / 1000
    assert parse_offset(format_offset(seconds)) == seconds


@given(st.integers(0, 999_999 * 3600))
def test_whole_seconds_read_back_as_whole_seconds(seconds: int) -> None:
    text = format_offset(seconds)
    assert parse_offset(text) == seconds
    assert ("." in text) is False


@given(st.floats(0, 1e9, allow_nan=False))
def test_any_clock_value_is_kept_to_the_nearest_millisecond(seconds: float) -> None:
    back = parse_offset(format_offset(seconds))
    assert back is not None
    assert abs(back - seconds) <= 0.0005 + 1e-9 * seconds
