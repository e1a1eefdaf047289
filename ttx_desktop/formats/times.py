"""Times as people write them in exercise definitions: times of day and clock offsets."""

from __future__ import annotations

import re

_TIME_OF_DAY = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$", re.ASCII)
# Up to 999,999 hours: far beyond any exercise, and short enough that int() is instant.
_OFFSET = re.compile(
    r"^\s*(?:T\s*)?([+-])\s*(\d{1,6}):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,6}))?)?\s*$", re.ASCII
)


def parse_time_of_day(text: str) -> int | None:
    """Minutes after midnight of "HH:MM" (or "H:MM", "H.MM"), or None if it is not one."""
    match = _TIME_OF_DAY.match(text)
    if not match:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def format_time_of_day(minutes: int) -> str:
    """Minutes after midnight as "HH:MM" (a time past midnight wraps to the next day)."""
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def parse_offset(text: str) -> float | None:
    """Seconds of "T+H:MM", "T+H:MM:SS", "+H:MM" or "T+H:MM:SS.mmm", or None.

    Fractions are kept to the millisecond (further digits are dropped), so that a value
    written by ``format_offset`` reads back equal.
    """
    match = _OFFSET.match(text)
    if not match:
        return None
    sign, hours, minutes, seconds, fraction = match.groups()
    whole = (int(hours) * 60 + int(minutes)) * 60 + int(seconds or 0)
    millis = whole * 1000 + (int(fraction.ljust(3, "0")[:3]) if fraction else 0)
    value = millis / 1000
    return -value if sign == "-" else value


def format_offset(seconds: float) -> str:
    """Seconds as "T+H:MM" when whole minutes, else "T+H:MM:SS" (with ".mmm" if needed)."""
    millis = round(abs(seconds) * 1000)
    sign = "-" if seconds < 0 and millis else "+"
    whole, ms = divmod(millis, 1000)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"T{sign}{hours}:{minutes:02d}"
    if secs or ms:
        text += f":{secs:02d}"
    if ms:
        text += f".{ms:03d}"
    return text
