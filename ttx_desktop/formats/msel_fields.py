"""Reading one MSEL cell into the inject it belongs to, by the field its column holds."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime

from ttx_desktop.domain.model import DeliveryMethod, InjectStatus
from ttx_desktop.formats import msel_values as values
from ttx_desktop.formats.msel_cells import (
    LINE_SEPARATORS,
    OBJECTIVE_SEPARATORS,
    TARGET_SEPARATORS,
    split_items,
)
from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_plan import timestamp
from ttx_desktop.formats.msel_schedule import Draft
from ttx_desktop.formats.msel_times import (
    TimeFormatError,
    parse_day,
    parse_offset_cell,
    parse_when,
)
from ttx_desktop.formats.times import format_time_of_day, parse_offset
from ttx_desktop.messages import msg


class CellReaders:
    """What each field's cells become on a draft inject; the planner gives the columns and
    the month order of their dates, and says how to warn."""

    col: dict[Field, int | None]
    month_first: dict[int, bool]

    def warn(self, line: int | None, column: str, message: str, where: str = "") -> None:
        raise NotImplementedError

    def take(
        self, d: Draft, field: Field | None, header: str, value: object, main: list[str]
    ) -> None:
        text = value if isinstance(value, str) else values.cell_text(value)
        if field is None or field is Field.KEEP or (field is Field.NOTES and main):
            d.notes.append(f"{header}: {values.cell_text(value)}")
        elif field is Field.NOTES:
            main.append(text)
        elif field in _TEXTS:
            setattr(d, _TEXTS[field], text)
        elif field in _LISTS:
            name, separators, bullets = _LISTS[field]
            getattr(d, name).extend(split_items(text, separators, bullets=bullets))
        elif field is not Field.IGNORE:
            self._readers[field](d, header, value, text)

    @functools.cached_property
    def _readers(self) -> dict[Field, Callable[[Draft, str, object, str], None]]:
        return {
            Field.NUMBER: self._number,
            Field.TIME: lambda d, _h, v, _t: setattr(
                d, "when", parse_when(v, month_first=self._mf(Field.TIME))
            ),
            Field.OFFSET: self._offset,
            Field.DAY: lambda d, _h, v, _t: setattr(
                d, "day", parse_day(v, month_first=self._mf(Field.DAY))
            ),
            Field.MODULE: lambda d, _h, v, _t: setattr(d, "module", values.module_key(v)),
            Field.METHOD: self._method,
            Field.STATUS: self._status,
            Field.PINNED: self._pinned,
            Field.RELEASED: self._released,
            Field.RELEASED_AT: lambda d, _h, v, _t: setattr(d, "released_at", timestamp(v)),
        }

    def _mf(self, field: Field) -> bool:
        index = self.col[field]
        return index is not None and self.month_first.get(index, False)

    def _number(self, d: Draft, header: str, value: object, text: str) -> None:
        d.number = values.inject_number(value)
        if d.number is None:
            d.notes.append(f"{header}: {text}")

    def _offset(self, d: Draft, _header: str, value: object, _text: str) -> None:
        try:
            d.offset = parse_offset_cell(value)
        except TimeFormatError:
            d.when = parse_when(value)  # "Day 2 09:30" in a T+ column: taken as written
            if d.when.offset_s is not None:
                d.offset = d.when.offset_s

    def _method(self, d: Draft, header: str, value: object, text: str) -> None:
        method = values.method_of(value)
        if method is None:
            self.warn(d.line, header, msg("{text!r} is not a delivery method we know; "
                      "taken as other, kept in the notes", text=text.strip()))  # fmt: skip
            d.notes.append(f"{header}: {text.strip()}")  # the planner's own word, kept
        d.method = method or DeliveryMethod.OTHER

    def _pinned(self, d: Draft, header: str, value: object, text: str) -> None:
        clock = parse_when(value).clock_s
        if clock is None:
            raise TimeFormatError(msg("{text!r} is not a time of day", text=text.strip()))
        d.pinned = format_time_of_day(clock // 60)

    def _status(self, d: Draft, header: str, value: object, _text: str) -> None:
        status = values.status_of(value)
        if status is None:
            text = values.cell_text(value)
            said = msg("{text!r} is not a status we know; taken as pending", text=text)
            self.warn(d.line, header, said)
            d.notes.append(f"{header}: {text}")
        d.status = status or InjectStatus.PENDING

    def _released(self, d: Draft, _header: str, value: object, _text: str) -> None:
        if isinstance(value, str):
            precise = parse_offset(value.strip())
            if precise is not None and precise >= 0:
                d.released_s = precise
                return
            if value.strip()[:4].isdecimal() and "-" in value:
                d.released_at = timestamp(value)
                return
        if isinstance(value, datetime):
            d.released_at = timestamp(value)
            return
        d.released_s = parse_offset_cell(value)


_TEXTS = {
    Field.TITLE: "title", Field.TEXT: "text", Field.SOURCE: "source",
    Field.SCENARIO_TIME: "scenario_time", Field.MODULE_TITLE: "module_title",
}  # fmt: skip
VERBATIM = frozenset({*_TEXTS, Field.NOTES})  # fields whose text is taken as written
_LISTS = {
    Field.TARGETS: ("targets", TARGET_SEPARATORS, False),
    Field.EXPECTED: ("expected", LINE_SEPARATORS, True),
    Field.OBJECTIVES: ("objectives", OBJECTIVE_SEPARATORS, False),
    Field.ATTACHMENTS: ("attachments", LINE_SEPARATORS, False),
}
