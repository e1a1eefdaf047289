"""Times in the forms MSEL planners write them: clock times, offsets, days, DTGs, Excel cells."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ttx_desktop.formats.times import parse_offset
from ttx_desktop.messages import message_of, msg

DAY_S = 24 * 3600
EXCEL_EPOCH = datetime(1899, 12, 30)
# Excel serial numbers from 1950 to 2100: whole days since EXCEL_EPOCH.
_SERIAL_RANGE = (18264.0, 73051.0)
_MAX_OFFSET_S = 366 * DAY_S

_MONTHS = {
    m: n + 1
    for n, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
    )
}


class TimeFormatError(ValueError):
    """A time cell in no form we know; the message says what was found."""


@dataclass(frozen=True)
class When:
    """What a planned-time cell says. ``clock_s`` is a time of day in seconds after midnight;
    ``offset_s`` is seconds after the module's start; a day is a number or a calendar date."""

    clock_s: int | None = None
    offset_s: int | None = None
    day: int | None = None
    date: date | None = None

    @property
    def empty(self) -> bool:
        return self == When()


_AMPM = r"(?:\s*(?P<ampm>[ap])\.?\s*m\.?)?"
_HRS = (
    r"(?:\s*(?:hrs?|hours|h|ч|час(?:ов|а)?|z|l|local|utc|gmt|msk|bst|[ecmpa][sd]t|[cew]es?t"
    r"|мск))?"
)  # "0400 CDT", "0930L", "1015Z": the clock as written, in whatever zone the sheet keeps
_CLOCK = re.compile(
    r"^(?P<h>[01]?\d|2[0-4])\s*(?:[:.hч]\s*(?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?)?"
    + _AMPM + _HRS + r"$",
    re.IGNORECASE,
)  # fmt: skip
_COMPACT = re.compile(r"^(?P<h>[01]\d|2[0-4]|\d)(?P<m>[0-5]\d)" + _HRS + r"$", re.IGNORECASE)
_DAY = re.compile(
    r"^(?:day|d|день|д|сутки)\s*(?P<plus>\+)?\s*(?P<n>\d{1,3})\b[\s,;/-]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_DTG = re.compile(
    r"^(?P<d>\d{2})(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<zone>[A-Z])?\s*"
    r"(?P<mon>[A-Z]{3})\s*(?P<y>\d{4}|\d{2})$",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"^(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>\d{4}|\d{2}))"
    r"(?:[ T,]+(?P<rest>.*))?$"
)
_UNITS = re.compile(
    r"(?P<n>\d{1,6}(?:[.,]\d+)?)\s*(?P<unit>days?|d|дн(?:я|ей)?|hours?|hrs?|h|ч(?:ас(?:а|ов)?)?"
    r"|minutes?|mins?|m|мин(?:ут[аы]?)?|seconds?|secs?|s|сек(?:унд[аы]?)?)\.?",
    re.IGNORECASE,
)
_UNIT_S = {"d": DAY_S, "д": DAY_S, "h": 3600, "ч": 3600, "m": 60, "м": 60, "s": 1, "с": 1}
_OFFSET_PREFIX = re.compile(
    r"^(?:(?P<letter>[TТHНEЧ])\s*)?(?P<sign>[+-])\s*(?P<rest>.+)$", re.IGNORECASE
)
_NUMBER = re.compile(r"^\d{1,6}(?:[.,]\d+)?$")
_TEXT_DATE = re.compile(
    r"^(?:(?P<d>\d{1,2})\s*[- ]?\s*(?P<mon>[A-Za-z]{3,9})\.?(?:[\s,-]+(?P<y>\d{4}|\d{2}))?"
    r"|(?P<mon2>[A-Za-z]{3,9})\.?\s*(?P<d2>\d{1,2})(?:,?\s+(?P<y2>\d{4}))?)"
    r"(?:[ T,]+(?P<rest>\d.*))?$"
)  # "4- Mar", "7Mar", "4 March 2010", "Mar 4, 2010 09:30"
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
# The year of a date written without one ("4- Mar"): a leap year, so 29 Feb reads; such
# dates count days from each other and never become the exercise's dates.
YEARLESS = 2000


def clock_text(seconds: int) -> str:
    """Seconds after midnight as "HH:MM", or "HH:MM:SS" when not on a minute."""
    seconds %= DAY_S
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{s:02d}" if s else f"{h:02d}:{m:02d}"


def parse_when(value: object, *, month_first: bool = False) -> When:  # noqa: PLR0911
    """The planned time a cell holds, in any form planners write (raises TimeFormatError);
    ``month_first`` reads 3/4/10 as March 4 (decided for a whole column: ``month_first``)."""
    if value is None:
        return When()
    if isinstance(value, datetime):
        return _from_datetime(value)
    if isinstance(value, time):
        return When(clock_s=_seconds_of(value))
    if isinstance(value, date):
        return When(date=value)
    if isinstance(value, timedelta):
        return When(offset_s=_whole_seconds(value.total_seconds()))
    if isinstance(value, bool):
        raise TimeFormatError(msg("{value} is not a time", value=str(value)))
    if isinstance(value, int | float):
        return _from_number(float(value))
    text = " ".join(str(value).split())
    if not text:
        return When()
    return _from_text(text, month_first)


def month_first(cells: Iterable[object]) -> bool:
    """Whether a column's slashed dates are month first (3/15/10), decided for the whole
    column: a first part over 12 says day first, a second part over 12 says month first;
    when none does, the reading that keeps the dates closest together wins (day first on a
    tie)."""
    pairs = []
    for cell in cells:
        match = _SLASHED.match(cell) if isinstance(cell, str) else None
        if match:
            a, b, y = (int(g) for g in match.groups())
            pairs.append((a, b, y + (2000 if y < 100 else 0)))
    if any(a > 12 for a, _, _ in pairs):
        return False
    if any(b > 12 for _, b, _ in pairs):
        return True
    return _span(pairs, month_first=True) < _span(pairs, month_first=False)


def _span(pairs: list[tuple[int, int, int]], *, month_first: bool) -> int:
    days = []
    for a, b, y in pairs:
        month, day = (a, b) if month_first else (b, a)
        try:
            days.append(date(y, month, day).toordinal())
        except ValueError:
            return 10**9
    return max(days) - min(days) if days else 0


def parse_offset_cell(value: object) -> int | None:
    """Seconds after the module's start from an exercise-clock cell ("T+0:30", "45 min",
    an Excel time or duration); None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, time):
        return _seconds_of(value)
    if isinstance(value, timedelta):
        return _whole_seconds(value.total_seconds())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 <= value < 1:  # an Excel time of day typed into an elapsed-time column
            return _whole_seconds(value * DAY_S)
        return _whole_seconds(value * 60)  # a bare number in a clock column: minutes
    text = " ".join(str(value).split())
    try:
        found = _offset(text)
        found = _offset("+" + text) if found is None else found
    except TimeFormatError as exc:
        raise TimeFormatError(msg("{text!r} {reason}", text=text, reason=message_of(exc))) from exc
    if found is None:
        raise TimeFormatError(
            msg("{text!r} is not a time from the start (write T+0:30)", text=text)
        )
    return found


def parse_day(value: object, *, month_first: bool = False) -> int | date | None:  # noqa: PLR0911
    """A day cell: "Day 2", "D2", "2", or a calendar date ("4- Mar", "3/4/10")."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 0 < value < 1000:
            return int(value)
        if _SERIAL_RANGE[0] <= value < _SERIAL_RANGE[1]:
            return (EXCEL_EPOCH + timedelta(days=int(value))).date()
        raise TimeFormatError(msg("{value} is not a day", value=value))
    text = " ".join(str(value).split())
    if not text:
        return None
    if text.isdecimal() and 0 < int(text) < 1000:
        return int(text)
    when = _from_text(text, month_first)
    if when.clock_s is None and when.offset_s is None and (when.day or when.date):
        return when.day or when.date
    raise TimeFormatError(msg("{text!r} is not a day (write Day 2, or a date)", text=text))


# -- forms ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)  # the same times come back row after row
def _from_text(text: str, month_first: bool = False) -> When:  # noqa: PLR0911
    if match := _DAY.match(text):
        number = int(match.group("n")) + (1 if match.group("plus") else 0)
        rest = match.group("rest")
        inner = _from_text(rest, month_first) if rest else When()
        if inner.day is not None or inner.date is not None:
            raise TimeFormatError(msg("{text!r} names two days", text=text))
        return When(clock_s=inner.clock_s, offset_s=inner.offset_s, day=number)
    if match := _DTG.match(text):
        return _dtg(match, text)
    if match := _DATE.match(text):
        return _dated(match, text, month_first)
    if (match := _TEXT_DATE.match(text)) and (named := _named_date(match, text)) is not None:
        return named
    clock = _clock(text)
    if clock is not None:
        return When(clock_s=clock)
    try:
        offset = _offset(text)
    except TimeFormatError as exc:
        raise TimeFormatError(msg("{text!r} {reason}", text=text, reason=message_of(exc))) from exc
    if offset is not None:
        return When(offset_s=offset)
    if _NUMBER.match(text):  # an Excel time or serial number saved as text
        return _from_number(float(text.replace(",", ".")))
    raise TimeFormatError(
        msg("{text!r} is not a time we know (write 09:30, T+0:30, +30 min, Day 2 09:30)", text=text)
    )


def _clock(text: str) -> int | None:
    match = _CLOCK.match(text) or _COMPACT.match(text)
    if not match:
        return None
    groups = match.groupdict()
    hours = int(groups["h"])
    minutes = int(groups.get("m") or 0)
    seconds = int(groups.get("s") or 0)
    if text.isdecimal() and match.re is _CLOCK:
        return None  # a bare "9" is no time; "9 am" and "9h" are
    ampm = (groups.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if ampm == "p" else 0)
    if hours == 24 and (minutes or seconds):
        return None
    return (hours * 60 + minutes) * 60 + seconds


def _offset(text: str) -> int | None:
    precise = parse_offset(text)
    if precise is not None:
        return _checked_offset(precise)
    match = _OFFSET_PREFIX.match(text)
    body = match.group("rest").strip() if match else text
    sign = -1 if match and match.group("sign") == "-" else 1
    if match and (clock := re.fullmatch(r"(\d{1,6}):([0-5]\d)(?::([0-5]\d))?", body)):
        h, m, s = clock.groups()
        return _checked_offset(sign * ((int(h) * 60 + int(m)) * 60 + int(s or 0)))
    if match and body.isdecimal():
        hours = (match.group("letter") or "").upper() in ("H", "Н", "Ч")  # H+2: hours
        return _checked_offset(sign * int(body) * (3600 if hours else 60))
    total, position, last = 0.0, 0, 0
    for unit in _UNITS.finditer(body):
        if body[position : unit.start()].strip(" ,"):
            return None
        last = _UNIT_S[unit.group("unit")[0].lower()]
        total += float(unit.group("n").replace(",", ".")) * last
        position = unit.end()
    tail = body[position:].strip(" ,")
    if position and last == 3600 and tail.isdecimal() and len(tail) <= 2:
        total, tail = total + int(tail) * 60, ""  # "1h30"
    if position == 0 or tail:
        return None
    return _checked_offset(sign * total)


def _checked_offset(seconds: float) -> int:
    if seconds < 0:
        raise TimeFormatError(msg("is before the start (a time from the start cannot be negative)"))
    if seconds > _MAX_OFFSET_S:
        raise TimeFormatError(msg("is more than a year after the start"))
    return _whole_seconds(seconds)


def _dtg(match: re.Match[str], text: str) -> When:
    month = _MONTHS.get(match.group("mon").upper())
    year = int(match.group("y"))
    year += 2000 if year < 100 else 0
    if month is None:
        raise TimeFormatError(
            msg("{text!r}: {month!r} is not a month", text=text, month=match.group("mon"))
        )
    try:
        day = date(year, month, int(match.group("d")))
    except ValueError as exc:
        raise TimeFormatError(msg("{text!r} is not a real date", text=text)) from exc
    return When(clock_s=(int(match.group("h")) * 60 + int(match.group("m"))) * 60, date=day)


def _named_date(match: re.Match[str], text: str) -> When | None:
    g = match.groupdict()
    month = _MONTHS.get((g["mon"] or g["mon2"] or "")[:3].upper())
    if month is None:
        return None
    year = int(g["y"] or g["y2"] or YEARLESS)
    year += 2000 if year < 100 else 0
    try:
        day = date(year, month, int(g["d"] or g["d2"]))
    except ValueError as exc:
        raise TimeFormatError(msg("{text!r} is not a real date", text=text)) from exc
    rest = g["rest"]
    clock = _clock(rest) if rest else None
    if rest and clock is None:
        raise TimeFormatError(msg("{text!r}: {rest!r} is not a time of day", text=text, rest=rest))
    return When(clock_s=clock, date=day)


def _dated(match: re.Match[str], text: str, month_first: bool = False) -> When:
    g = match.groupdict()
    if g["y1"]:
        year, month, day = int(g["y1"]), int(g["m1"]), int(g["d1"])
    else:
        year, month, day = int(g["y2"]), int(g["m2"]), int(g["d2"])
        year += 2000 if year < 100 else 0
        if (month_first and "/" in text) or month > 12 >= day:  # 08/21/2011: month first
            month, day = day, month
    try:
        when = date(year, month, day)
    except ValueError as exc:
        raise TimeFormatError(msg("{text!r} is not a real date", text=text)) from exc
    rest = g["rest"]
    if not rest:
        return When(date=when)
    clock = _clock(rest.removesuffix("Z").removesuffix("z").strip())
    if clock is None:
        rest_time = rest.split("+")[0].split(".")[0]
        clock = _clock(rest_time)
    if clock is None:
        raise TimeFormatError(msg("{text!r}: {rest!r} is not a time of day", text=text, rest=rest))
    return When(clock_s=clock, date=when)


def _from_number(value: float) -> When:
    if not math.isfinite(value) or value < 0:
        raise TimeFormatError(msg("{value} is not a time", value=value))
    if value < 1:
        return When(clock_s=_whole_seconds(value * DAY_S) % DAY_S)  # an Excel time
    if value.is_integer() and 100 <= value < 2400 and value % 100 < 60:
        hhmm = int(value)
        return When(clock_s=(hhmm // 100 * 60 + hhmm % 100) * 60)  # 0700 typed as a number
    if _SERIAL_RANGE[0] <= value < _SERIAL_RANGE[1]:
        return _from_datetime(EXCEL_EPOCH + timedelta(days=value))  # an Excel serial
    raise TimeFormatError(msg("{value:g} is not a time (write 09:30, or T+0:30)", value=value))


def _from_datetime(value: datetime) -> When:
    clock = _seconds_of(value.time())
    if value.date() < date(1900, 1, 2):  # a time of day Excel keeps on its day zero
        return When(clock_s=clock)
    return When(clock_s=clock if clock else None, date=value.date())


def _seconds_of(moment: time) -> int:
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return (seconds + round(moment.microsecond / 1e6)) % DAY_S


def _whole_seconds(seconds: float) -> int:
    if not math.isfinite(seconds) or seconds < 0 or seconds > _MAX_OFFSET_S:
        raise TimeFormatError(msg("is not a time from the start we can use"))
    return round(seconds)
