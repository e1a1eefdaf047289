"""Typed fields out of YAML mappings; each getter reports what is wrong at the value's line."""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Hashable
from datetime import date, datetime
from typing import TypeVar

from ttx_desktop.domain.ids import from_iso
from ttx_desktop.formats.problems import Problem
from ttx_desktop.formats.safe_yaml import Located
from ttx_desktop.formats.times import parse_offset, parse_time_of_day
from ttx_desktop.messages import Text, msg

E = TypeVar("E", bound=enum.Enum)
Fields = dict[str, Located]

MAX_INTEGER = 999_999_999  # far above any inject number, and safe for SQLite
_INTEGER = re.compile(r"^[-+]?[0-9]+$")
_MAX_LISTED = 20  # known codes named in an "unknown ..." message


def path(field: str, key: str) -> str:
    """The dotted name of ``key`` inside ``field``, as problems show it."""
    return f"{field}.{key}" if field else key


def shown(loc: Located) -> str:
    """A value as a problem message quotes it: its text, or what kind of thing it is."""
    if isinstance(loc.value, list):
        return msg("a list")
    if isinstance(loc.value, dict):
        return msg("a mapping")
    return repr(loc.raw if loc.raw is not None else loc.value)


def printable(text: str) -> str:
    """``text`` as it can be shown in a terminal: quoted with escapes if it holds controls."""
    return text if text.isprintable() else repr(text)


def _is_scalar(loc: Located) -> bool:
    return not isinstance(loc.value, list | dict)


def _scalar_text(loc: Located) -> str:
    """The text of a scalar as written: a string as it is, anything else as it was typed."""
    if isinstance(loc.value, str):
        return loc.value
    return loc.raw if loc.raw is not None else str(loc.value)


def _empty(loc: Located | None) -> bool:
    return loc is None or loc.value is None or loc.value == ""


def given(m: Fields, key: str) -> bool:
    """Whether ``key`` has a value, not left empty or blank."""
    loc = m.get(key)
    if loc is None or _empty(loc):
        return False
    return not (isinstance(loc.value, str) and not loc.value.strip())


class Reader:
    """Collects problems while it turns Located values into typed fields.

    Every getter takes the mapping, the key and the field path of the mapping (``injects[3]``),
    returns a usable default when the value is missing or wrong, and records a Problem for
    anything wrong, so that one pass finds every problem of a file.
    """

    def __init__(self, filename: str) -> None:
        self.file = filename
        self.problems: list[Problem] = []

    def problem(self, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field, message))

    def mapping(self, loc: Located | None, field: str, allowed: set[str]) -> Fields:
        """The keys of a mapping; an unknown key is reported with a did-you-mean."""
        if loc is None or loc.value is None:
            return {}
        if not isinstance(loc.value, dict):
            self.problem(loc.where, field, msg("should be a mapping of key: value lines"))
            return {}
        for key, value in loc.value.items():
            if key not in allowed:
                hint = _close_match(key, allowed)
                message = (
                    msg("unknown key (did you mean '{hint}'?)", hint=hint)
                    if hint
                    else msg("unknown key")
                )
                self.problem(value.where, path(field, printable(key)), message)
        return dict(loc.value)

    def records(
        self, m: Fields, key: str, allowed: set[str], field: str = ""
    ) -> list[tuple[str, int, Fields]]:
        """The list of mappings under ``key`` as (field path, line, mapping) per item."""
        loc = m.get(key)
        if loc is None or loc.value is None:
            return []
        if not isinstance(loc.value, list):
            message = msg("should be a list (each item starting with '- ')")
            self.problem(loc.where, path(field, key), message)
            return []
        out = []
        for n, item in enumerate(loc.value, start=1):
            item_field = f"{path(field, key)}[{n}]"
            if isinstance(item.value, dict):
                out.append((item_field, item.line, self.mapping(item, item_field, allowed)))
            else:  # skipped, so that its fields are not each reported missing as well
                message = (
                    msg("is empty; write a mapping of key: value lines")
                    if item.value is None
                    else msg("should be a mapping of key: value lines")
                )
                self.problem(item.line, item_field, message)
        return out

    def text(
        self, m: Fields, key: str, field: str, *, required: bool = False, line: int = 0
    ) -> str:
        """Text exactly as written (spaces kept); a number or date is taken as typed."""
        loc = m.get(key)
        if loc is None or loc.value is None:
            if required:
                self.problem(loc.where if loc else line or None, path(field, key), msg("missing"))
            return ""
        if not _is_scalar(loc):
            message = msg("should be text, not a list or mapping")
            self.problem(loc.where, path(field, key), message)
            return ""
        value = _scalar_text(loc)
        if required and not value.strip():
            self.problem(loc.where, path(field, key), msg("missing"))
        return value

    def identifier(self, m: Fields, field: str) -> str | None:
        """The record's own ``id:``, or None when it has none."""
        return self.text(m, "id", field).strip() or None

    def integer(
        self,
        m: Fields,
        key: str,
        field: str,
        *,
        required: bool = False,
        line: int = 0,
        minimum: int | None = None,
        maximum: int = MAX_INTEGER,
    ) -> int | None:
        """A whole number written in decimal (a leading zero does not make it octal)."""
        loc = m.get(key)
        if _empty(loc):
            if required:
                self.problem(loc.where if loc else line or None, path(field, key), msg("missing"))
            return None
        assert loc is not None
        raw = loc.raw.strip() if loc.raw is not None and _is_scalar(loc) else ""
        if isinstance(loc.value, bool) or not _INTEGER.match(raw):
            message = msg("{value} is not a whole number", value=shown(loc))
            self.problem(loc.where, path(field, key), message)
            return None
        digits = raw.lstrip("+-").lstrip("0") or "0"
        too_long = len(digits) > len(str(MAX_INTEGER))  # and int() refuses very long text
        value = maximum + 1 if too_long else int(digits) * (-1 if raw[0] == "-" else 1)
        if minimum is not None and value < minimum:
            message = msg("should be at least {minimum}", minimum=minimum)
            self.problem(loc.where, path(field, key), message)
            return None
        if value > maximum:
            message = msg("should be at most {maximum}", maximum=maximum)
            self.problem(loc.where, path(field, key), message)
            return None
        return value

    def boolean(self, m: Fields, key: str, field: str) -> bool:
        loc = m.get(key)
        if loc is None or loc.value is None:
            return False
        if not isinstance(loc.value, bool):
            self.problem(loc.where, path(field, key), msg("should be true or false"))
            return False
        return loc.value

    def strings(self, m: Fields, key: str, field: str) -> tuple[str, ...]:
        """A list of texts; a single text stands for a list of one."""
        loc = m.get(key)
        if loc is None or loc.value is None:
            return ()
        if isinstance(loc.value, dict):
            self.problem(loc.where, path(field, key), msg("should be a list of texts"))
            return ()
        if not isinstance(loc.value, list):
            value = _scalar_text(loc)
            return (value,) if value else ()
        out = []
        for n, item in enumerate(loc.value, start=1):
            if item.value is None or not _is_scalar(item):
                message = msg("should be a line of text")
                self.problem(item.line, f"{path(field, key)}[{n}]", message)
            else:
                out.append(_scalar_text(item))
        return tuple(out)

    def choice(self, m: Fields, key: str, field: str, kind: type[E], default: E) -> E:
        """A member of ``kind``, by value or name, ignoring case."""
        loc = m.get(key)
        if _empty(loc):
            return default
        assert loc is not None
        text = _scalar_text(loc).strip() if _is_scalar(loc) else None
        for member in kind:
            if text is not None and text.casefold() in (
                str(member.value).casefold(),
                member.name.casefold(),
            ):
                return member
        allowed = ", ".join(str(x.value) for x in kind if x.value)
        message = msg("{value} is not one of: {allowed}", value=shown(loc), allowed=allowed)
        self.problem(loc.where, path(field, key), message)
        return default

    def day(self, m: Fields, key: str, field: str) -> date | None:
        loc = m.get(key)
        if _empty(loc):
            return None
        assert loc is not None
        if isinstance(loc.value, datetime):
            return loc.value.date()
        if isinstance(loc.value, date):
            return loc.value
        try:
            if not _is_scalar(loc):
                raise ValueError
            return date.fromisoformat(_scalar_text(loc).strip())
        except ValueError:
            message = msg("{value} is not a date (write YYYY-MM-DD)", value=shown(loc))
            self.problem(loc.where, path(field, key), message)
            return None

    def stamp(
        self, m: Fields, key: str, field: str, *, required: bool = False, line: int = 0
    ) -> datetime | None:
        """A timestamp, in UTC; one without a zone is taken as UTC."""
        loc = m.get(key)
        if _empty(loc):
            if required:
                self.problem(loc.where if loc else line or None, path(field, key), msg("missing"))
            return None
        assert loc is not None
        try:
            if not _is_scalar(loc):
                raise ValueError
            return from_iso(_scalar_text(loc).strip())
        except (ValueError, OverflowError):
            message = msg(
                "{value} is not a timestamp (write 2026-08-21T09:47:12Z)", value=shown(loc)
            )
            self.problem(loc.where, path(field, key), message)
            return None

    def offset(self, m: Fields, key: str, field: str) -> float | None:
        """Seconds on an exercise clock, written T+H:MM:SS."""
        loc = m.get(key)
        if _empty(loc):
            return None
        assert loc is not None
        value = parse_offset(_scalar_text(loc)) if _is_scalar(loc) else None
        if value is None or value < 0:
            message = msg("{value} is not a clock offset (write T+H:MM:SS)", value=shown(loc))
            self.problem(loc.where, path(field, key), message)
            return None
        return value

    def time_of_day(self, m: Fields, key: str, field: str) -> int | None:
        """Minutes after midnight of a time written HH:MM."""
        if not given(m, key):
            return None
        loc = m[key]
        minutes = parse_time_of_day(_scalar_text(loc)) if _is_scalar(loc) else None
        if minutes is None:
            message = msg("{value} is not a time of day (write HH:MM)", value=shown(loc))
            self.problem(loc.where, path(field, key), message)
        return minutes


def _close_match(key: str, allowed: set[str]) -> str | None:
    found = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.7)
    return found[0] if found else None


class Index:
    """Codes or numbers seen so far, to resolve references and to report duplicates."""

    def __init__(self, reader: Reader, what: str) -> None:
        self.reader, self.what = reader, what
        self.ids: dict[Hashable, str] = {}
        self.lines: dict[Hashable, int] = {}

    def add(
        self, key: Hashable, record_id: str, line: int, field: str, *, quiet: bool = False
    ) -> bool:
        """Registers ``key``; a key seen before is reported (unless ``quiet``), not registered."""
        if key in self.ids:
            if quiet:
                return False
            shown = repr(key) if isinstance(key, str) else str(key)
            message = msg(
                "{value} is used twice (first at line {line})", value=shown, line=self.lines[key]
            )
            self.reader.problem(line, field, message)
            return False
        self.ids[key] = record_id
        self.lines[key] = line
        return True

    def ref(self, key: Hashable, line: int, field: str) -> str | None:
        """The id of the record ``key`` names; an unknown key is reported."""
        if key in self.ids:
            return self.ids[key]
        known = [printable(str(k)) for k in self.ids][:_MAX_LISTED]
        listed = ", ".join(known) + (", ..." if len(self.ids) > _MAX_LISTED else "")
        message = _unknown(self.what, key, listed or msg("none are defined"))
        self.reader.problem(line, field, message)
        return None


def _unknown(what: str, key: Hashable, listed: str) -> Text:
    """The problem of a reference to a ``what`` the file does not define, one sentence a kind
    (so that a translation can agree its words with the kind)."""
    shown = key if isinstance(key, int | str) else str(key)
    if what == "objective":
        return msg("unknown objective {key!r} (objectives: {listed})", key=shown, listed=listed)
    if what == "team":
        return msg("unknown team {key!r} (teams: {listed})", key=shown, listed=listed)
    if what == "module":
        return msg("unknown module {key!r} (modules: {listed})", key=shown, listed=listed)
    if what == "inject":
        return msg("unknown inject {key!r} (injects: {listed})", key=shown, listed=listed)
    return msg("unknown {what} {key!r} (known: {listed})", what=what, key=shown, listed=listed)
