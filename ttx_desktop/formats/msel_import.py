"""Importing an MSEL: a previewable plan from a raw table and a mapping, then applying it.

``read_table`` → ``guess_mapping`` (changeable) → ``plan_import`` gives the injects, the
teams, modules and objectives to create, the problems per row and the rows left out;
nothing is written until ``apply_plan`` (or ``ImportPlan.result`` for a new exercise file).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import (
    Exercise,
    ExerciseDetails,
    InjectStatus,
    Objective,
    Team,
)
from ttx_desktop.formats import msel_values as values
from ttx_desktop.formats.msel_columns import Field, normalize
from ttx_desktop.formats.msel_content import placeholder
from ttx_desktop.formats.msel_fields import VERBATIM, CellReaders
from ttx_desktop.formats.msel_file import read_table
from ttx_desktop.formats.msel_mapping import Mapping, guess_mapping, mapping_from
from ttx_desktop.formats.msel_plan import (
    ImportPlan,
    SkippedRow,
    apply_plan,
    default_title,
    guess_language,
)
from ttx_desktop.formats.msel_read import MselError, RawRow, RawTable, blank
from ttx_desktop.formats.msel_records import Records
from ttx_desktop.formats.msel_rows import (
    column_warnings,
    legend_like,
    not_an_msel,
    set_aside,
    title_from,
)
from ttx_desktop.formats.msel_schedule import Draft, first_date, schedule
from ttx_desktop.formats.msel_times import (
    TimeFormatError,
    month_first,
    parse_day,
    parse_offset_cell,
    parse_when,
)
from ttx_desktop.formats.problems import Problem
from ttx_desktop.messages import Text, message_of, msg

__all__ = [
    "ImportPlan",
    "Mapping",
    "MselError",
    "SkippedRow",
    "apply_plan",
    "guess_mapping",
    "mapping_from",
    "plan_import",
    "read_table",
]

_NUMBERED = re.compile(r"^\s*(?:#\s*)?\d+(?:[.\-/]\d+)*[A-Za-z]?\s*$")
_SECTION = re.compile(
    r"^(?:module|phase|move|stage|part|section|day|session|block|модуль|этап|фаза|часть|раздел"
    r"|день|блок)\b",
    re.IGNORECASE,
)
_TIMES: dict[Field, Callable[[object], object]] = {
    Field.TIME: parse_when, Field.OFFSET: parse_offset_cell, Field.DAY: parse_day,
}  # fmt: skip


def _parses(parse: Callable[[object], object], value: object) -> bool:
    try:
        parse(value)
    except (TimeFormatError, ValueError):
        return False
    return True


def _word_of(header: str, key: str) -> str:
    """A word a header's own text holds, or "" (a cell without it cannot repeat the header)."""
    word = (key.split() or [""])[-1]
    return word if word in header.casefold() else ""


def _ours(raw: RawTable) -> bool:
    """A table our own export wrote: read exactly as written, placeholders and all."""
    from ttx_desktop.formats.msel_write import HEADERS

    return {normalize(h) for h in raw.headers} >= {normalize(h) for h in HEADERS}


def plan_import(
    raw: RawTable,
    mapping: Mapping | None = None,
    exercise: Exercise | None = None,
    *,
    create_teams: bool = True,
) -> ImportPlan:
    """The injects ``raw`` holds under ``mapping``, added to ``exercise`` (None: a new one)."""
    return _Planner(raw, mapping or guess_mapping(raw), exercise, create_teams).plan()


class _Planner(Records, CellReaders):
    def __init__(
        self, raw: RawTable, mapping: Mapping, exercise: Exercise | None, create_teams: bool
    ) -> None:
        self.raw, self.mapping, self.create_teams = raw, mapping, create_teams
        self.new = exercise is None
        self.ex = exercise or Exercise(
            ExerciseDetails(id=new_id(), title=default_title(raw), language=guess_language(raw))
        )
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.skipped: list[SkippedRow] = []
        self.planning_notes: list[SkippedRow] = []
        self.notes: list[str] = [t for t in raw.title_lines[1:] if legend_like(t)]
        self.drafts: list[Draft] = []
        self.bad: set[int] = set()
        self.key = -1
        self.where = raw.source
        self.heading = ""
        self.last_module: tuple[int | None, str] | None = None
        self.last_module_title = ""
        self.new_teams: list[Team] = []
        self.new_objectives: list[Objective] = []
        self.literal = _ours(raw)
        self.header_keys = [normalize(h) for h in raw.headers]
        self.header_words = [
            _word_of(h, k) for h, k in zip(raw.headers, self.header_keys, strict=True)
        ]
        self.col = {f: mapping.column_of(f) for f in Field}
        self.fields = [mapping.field_of(i) for i in range(len(raw.headers))]
        self.month_first = {
            index: month_first(row.cell(index) for row in raw.rows)
            for index in (mapping.column_of(Field.TIME), mapping.column_of(Field.DAY))
            if index is not None
        }

    # -- problems ---------------------------------------------------------------------------

    def _header(self, field: Field | None) -> str:
        index = self.mapping.column_of(field) if field is not None else None
        return self.raw.headers[index] if index is not None else ""

    def error(self, line: int | None, column: str, message: str, where: str = "") -> None:
        self.errors.append(Problem(where or self.where, line, column, message))
        if line is not None:
            self.bad.add(self.key)

    def warn(self, line: int | None, column: str, message: str, where: str = "") -> None:
        self.warnings.append(Problem(where or self.where, line, column, message))

    # -- the plan ---------------------------------------------------------------------------

    def plan(self) -> ImportPlan:
        refused = not_an_msel(self.mapping)
        if refused is not None:
            self.error(None, "", refused)
            column_said: list[Text] = []
        else:
            column_said = column_warnings(self.mapping)
            for said in column_said:
                self.warn(None, "", said)
            for key, row in enumerate(self.raw.rows):
                self.key = key
                self.where = f"{self.raw.source} ({row.sheet})" if row.sheet else self.raw.source
                self._row(row)
        timed = any(self.mapping.has(f) for f in (Field.TIME, Field.OFFSET))
        modules, trouble, filled = schedule(
            self.drafts, self.ex, lambda n: self._record_id("module", n), timed=timed
        )
        for draft, message in trouble:
            self.bad.add(draft.key)
            self.errors.append(Problem(draft.where, draft.line, self._header(Field.TIME), message))
        for draft, message in filled:
            if draft.key not in self.bad:
                self.warn(draft.line, self._header(Field.TIME), message, draft.where)
        drafts = [d for d in self.drafts if d.key not in self.bad]
        used = {d.module_id for d in drafts}
        injects = self._injects(drafts)
        return ImportPlan(
            source=self.raw.source,
            exercise=self.ex,
            new=self.new,
            injects=tuple(injects),
            lines=tuple(d.line for d in drafts),
            new_teams=tuple(self.new_teams),
            new_modules=tuple(m for m in modules if m.id in used),
            new_objectives=tuple(self.new_objectives),
            errors=tuple(self.errors),
            warnings=tuple(self.warnings),
            skipped=tuple(self.skipped),
            dates=first_date(drafts),
            planning_notes=tuple(self.planning_notes),
            notes=tuple(self.notes),
            column_warnings=tuple(column_said),
            sheets_read=self.raw.sheets_read or ((self.raw.sheet,) if self.raw.sheet else ()),
            sheets_aside=self.raw.sheets_aside,
        )

    def _row(self, row: RawRow) -> None:
        if row.empty:
            return
        if self._repeats_header(row):
            self.skipped.append(SkippedRow(row.line, "repeated header"))
            return
        heading = self._heading(row)
        if heading is not None and legend_like(heading):
            self.notes.append(heading)
            self.skipped.append(SkippedRow(row.line, "legend", heading))
            return
        if heading is not None:
            self.skipped.append(SkippedRow(row.line, "section heading", heading))
            self.heading = heading
            return
        if not self.literal and self._planning_note(row):
            return
        draft = Draft(row.line, key=self.key, where=self.where, heading=self.heading)
        main_notes: list[str] = []
        for index, value in enumerate(row.cells):
            field = self.fields[index] if index < len(self.fields) else None
            if value is None or (placeholder(value) and not self.literal):
                continue
            if blank(value) and field not in VERBATIM:
                continue  # spaces alone are kept only where text is taken as written
            header = self.raw.headers[index]
            try:
                self.take(draft, field, header, value, main_notes)
            except (TimeFormatError, ValueError) as exc:
                self.error(row.line, header, message_of(exc))
        self._finish(draft, main_notes, row)

    def _planning_note(self, row: RawRow) -> bool:
        """Sets aside a row its status marks as a planning note ("Not injected")."""
        index = self.col[Field.STATUS]
        status = row.cell(index) if index is not None else None
        if not isinstance(status, str) or not set_aside(status):
            return False
        cell = {f: row.cell(i) for f in (Field.TITLE, Field.TEXT)
                if (i := self.col[f]) is not None}  # fmt: skip
        title = cell.get(Field.TITLE)
        text = (
            values.cell_text(title)
            if not blank(title)
            else title_from(values.cell_text(cell.get(Field.TEXT)))
        )
        self.planning_notes.append(SkippedRow(row.line, status.strip(), text))
        return True

    def _finish(self, d: Draft, main_notes: list[str], row: RawRow) -> None:
        if self.col[Field.MODULE] is not None:
            if d.module is None:
                d.module, d.module_title = (
                    self.last_module,
                    d.module_title or self.last_module_title,
                )
            else:
                self.last_module, self.last_module_title = d.module, d.module_title
        released = d.released_s is not None or d.released_at is not None
        status = self.col[Field.STATUS]
        if released and (status is None or blank(row.cell(status))):
            d.status = InjectStatus.RELEASED
        said = normalize(values.cell_text(row.cell(status))) if status is not None else ""
        if d.status is InjectStatus.RELEASED and not released and said != "released":
            d.status = InjectStatus.PENDING  # "Injected" in a planning sheet: not yet here
        if d.status is not InjectStatus.RELEASED:
            d.released_s = d.released_at = None
        d.notes = main_notes[:1] + d.notes
        if not d.title.strip():
            if not d.text.strip():
                self.warn(d.line, self._header(Field.TITLE) or self._header(Field.TEXT),
                          msg("has no title and no inject text; not imported"))  # fmt: skip
                self.skipped.append(SkippedRow(d.line, "untitled row"))
                return
            d.title = title_from(d.text)
        self.drafts.append(d)

    def _repeats_header(self, row: RawRow) -> bool:
        headers, words = self.header_keys, self.header_words
        same = 0
        for i, v in enumerate(row.cells[: len(headers)]):
            if (
                type(v) is str and len(v) <= 2 * len(headers[i]) + 8  # prose is no header
                and words[i] in v.casefold() and normalize(v) == headers[i]
            ):  # fmt: skip
                same += 1
        if same < 2:
            return False
        return same * 2 >= sum(1 for v in row.cells if not blank(v))

    def _heading(self, row: RawRow) -> str | None:
        """The text of a section-heading row ("Module 2: Escalation", "END OF EXERCISE")."""
        filled = [(i, v) for i, v in enumerate(row.cells) if not blank(v)]
        if len({v for _, v in filled}) > 2:
            return None  # an inject's row: more than two different cells
        texts = list(dict.fromkeys(" ".join(values.cell_text(v).split()) for _, v in filled))
        if not texts or len(texts) > 2 or (len(texts) == 2 and not _SECTION.match(texts[0])):
            return None
        for index, value in filled:
            field = self.mapping.field_of(index)
            if field in _TIMES and _parses(_TIMES[field], value):
                return None
            if field is Field.NUMBER and _NUMBERED.match(values.cell_text(value)):
                return None  # "12", "1.2", "3a": an inject's number, however written
        return " — ".join(texts)
