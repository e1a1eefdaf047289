"""Importing an MSEL: a previewable plan from a raw table and a mapping, then applying it.

``read_table`` → ``guess_mapping`` (changeable) → ``plan_import`` gives the injects, the
teams, modules and objectives to create, the problems per row and the rows left out;
nothing is written until ``apply_plan`` (or ``ImportPlan.result`` for a new exercise file).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from ttx_desktop.domain.ids import derived_id, new_id
from ttx_desktop.domain.model import (
    Exercise,
    ExerciseDetails,
    Inject,
    InjectStatus,
    Objective,
    Team,
)
from ttx_desktop.formats import msel_values as values
from ttx_desktop.formats.msel_cells import (
    LINE_SEPARATORS,
    OBJECTIVE_SEPARATORS,
    TARGET_SEPARATORS,
    split_items,
)
from ttx_desktop.formats.msel_columns import Field, normalize
from ttx_desktop.formats.msel_mapping import Mapping, guess_mapping, mapping_from
from ttx_desktop.formats.msel_plan import (
    OBJECTIVE_KEYS,
    TEAM_KEYS,
    ImportPlan,
    SkippedRow,
    apply_plan,
    default_title,
    find_record,
    guess_language,
    timestamp,
)
from ttx_desktop.formats.msel_read import MselError, RawRow, RawTable, blank, read_table
from ttx_desktop.formats.msel_schedule import Draft, first_date, schedule
from ttx_desktop.formats.msel_times import TimeFormatError, parse_day, parse_offset_cell, parse_when
from ttx_desktop.formats.problems import Problem
from ttx_desktop.formats.times import format_time_of_day, parse_offset
from ttx_desktop.messages import message_of, msg

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


def plan_import(
    raw: RawTable,
    mapping: Mapping | None = None,
    exercise: Exercise | None = None,
    *,
    create_teams: bool = True,
) -> ImportPlan:
    """The injects ``raw`` holds under ``mapping``, added to ``exercise`` (None: a new one)."""
    return _Planner(raw, mapping or guess_mapping(raw), exercise, create_teams).plan()


class _Planner:
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
        self.drafts: list[Draft] = []
        self.bad: set[int] = set()
        self.heading = ""
        self.last_module: tuple[int | None, str] | None = None
        self.last_module_title = ""
        self.new_teams: list[Team] = []
        self.new_objectives: list[Objective] = []

    # -- problems ---------------------------------------------------------------------------

    def _header(self, field: Field | None) -> str:
        index = self.mapping.column_of(field) if field is not None else None
        return self.raw.headers[index] if index is not None else ""

    def error(self, line: int | None, column: str, message: str) -> None:
        self.errors.append(Problem(self.raw.source, line, column, message))
        if line is not None:
            self.bad.add(line)

    def warn(self, line: int | None, column: str, message: str) -> None:
        self.warnings.append(Problem(self.raw.source, line, column, message))

    def _record_id(self, kind: str, key: object) -> str:
        return derived_id(self.ex.id, kind, str(key)) if self.new else new_id()

    # -- the plan ---------------------------------------------------------------------------

    def plan(self) -> ImportPlan:
        if not (self.mapping.has(Field.TITLE) or self.mapping.has(Field.TEXT)):
            self.error(None, "", msg("no column holds inject titles or texts; "
                       "name one (on the command line: --map COLUMN=title)"))  # fmt: skip
        else:
            for row in self.raw.rows:
                self._row(row)
        modules, trouble = schedule(self.drafts, self.ex, lambda n: self._record_id("module", n))
        for draft, message in trouble:
            self.error(draft.line, self._header(Field.TIME), message)
        drafts = [d for d in self.drafts if d.line not in self.bad]
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
        )

    def _row(self, row: RawRow) -> None:
        if row.empty:
            return
        if self._repeats_header(row):
            self.skipped.append(SkippedRow(row.line, "repeated header"))
            return
        heading = self._heading(row)
        if heading is not None:
            self.skipped.append(SkippedRow(row.line, "section heading", heading))
            self.heading = heading
            return
        draft = Draft(row.line, heading=self.heading)
        main_notes: list[str] = []
        for index, value in enumerate(row.cells):
            field = self.mapping.field_of(index)
            if value is None or (blank(value) and field not in _VERBATIM):
                continue  # spaces alone are kept only where text is taken as written
            header = self.raw.headers[index]
            try:
                self._take(draft, field, header, value, main_notes)
            except (TimeFormatError, ValueError) as exc:
                self.error(row.line, header, message_of(exc))
        self._finish(draft, main_notes, row)

    def _take(
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

    @property
    def _readers(self) -> dict[Field, Callable[[Draft, str, object, str], None]]:
        return {
            Field.NUMBER: self._number,
            Field.TIME: lambda d, _h, v, _t: setattr(d, "when", parse_when(v)),
            Field.OFFSET: self._offset,
            Field.DAY: lambda d, _h, v, _t: setattr(d, "day", parse_day(v)),
            Field.MODULE: lambda d, _h, v, _t: setattr(d, "module", values.module_key(v)),
            Field.METHOD: self._method,
            Field.STATUS: self._status,
            Field.PINNED: self._pinned,
            Field.RELEASED: self._released,
            Field.RELEASED_AT: lambda d, _h, v, _t: setattr(d, "released_at", timestamp(v)),
        }

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
                      "taken as verbal, kept in the notes", text=text.strip()))  # fmt: skip
            d.notes.append(f"{header}: {text}")
        d.method = method or d.method

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

    def _finish(self, d: Draft, main_notes: list[str], row: RawRow) -> None:
        if self.mapping.has(Field.MODULE):
            if d.module is None:
                d.module, d.module_title = (
                    self.last_module,
                    d.module_title or self.last_module_title,
                )
            else:
                self.last_module, self.last_module_title = d.module, d.module_title
        released = d.released_s is not None or d.released_at is not None
        status = self.mapping.column_of(Field.STATUS)
        if released and (status is None or blank(row.cell(status))):
            d.status = InjectStatus.RELEASED
        if d.status is not InjectStatus.RELEASED:
            d.released_s = d.released_at = None
        d.notes = main_notes[:1] + d.notes
        if not d.title.strip():
            if not d.text.strip():
                self.warn(d.line, self._header(Field.TITLE) or self._header(Field.TEXT),
                          msg("has no title and no inject text; not imported"))  # fmt: skip
                self.skipped.append(SkippedRow(d.line, "untitled row"))
                return
            first = d.text.strip().splitlines()[0].strip()
            d.title = first if len(first) <= 80 else first[:79].rstrip() + "…"
        self.drafts.append(d)

    def _repeats_header(self, row: RawRow) -> bool:
        same = sum(
            1
            for i, v in enumerate(row.cells)
            if isinstance(v, str) and i < len(self.raw.headers)
            and normalize(v) == normalize(self.raw.headers[i])
        )  # fmt: skip
        filled = sum(1 for v in row.cells if not blank(v))
        return same >= 2 and same * 2 >= filled

    def _heading(self, row: RawRow) -> str | None:
        """The text of a section-heading row ("Module 2: Escalation", "END OF EXERCISE")."""
        filled = [(i, v) for i, v in enumerate(row.cells) if not blank(v)]
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

    # -- records ----------------------------------------------------------------------------

    def _injects(self, drafts: list[Draft]) -> list[Inject]:
        taken = {i.number for i in self.ex.injects}
        existing = set(taken)
        numbers: dict[int, int] = {}
        for d in drafts:
            if d.number is not None and d.number not in taken:
                numbers[d.line] = d.number
                taken.add(d.number)
        following = max(taken, default=0) + 1
        for d in drafts:
            if d.line in numbers:
                continue
            numbers[d.line], following = following, following + 1
            if d.number is not None:
                said = (
                    msg("inject {number} is already in the exercise; imported as {new}",
                        number=d.number, new=numbers[d.line])
                    if d.number in existing
                    else msg("inject {number} is already in an earlier row; imported as {new}",
                             number=d.number, new=numbers[d.line])
                )  # fmt: skip
                self.warn(d.line, self._header(Field.NUMBER), said)
        base = max((i.position for i in self.ex.injects), default=-1) + 1
        return [self._inject(d, numbers[d.line], base + n) for n, d in enumerate(drafts)]

    def _inject(self, d: Draft, number: int, position: int) -> Inject:
        teams = [t for t in (self._team(d, item) for item in d.targets) if t is not None]
        objectives = [self._objective(item) for item in d.objectives]
        return Inject(
            id=self._record_id("inject", number),
            number=number,
            module_id=d.module_id,
            title=d.title,
            planned_s=d.planned_s,
            pinned=d.pinned,
            scenario_time=d.scenario_time,
            text=d.text,
            source=d.source,
            target_team_ids=tuple(dict.fromkeys(teams)),
            method=d.method,
            expected_actions=tuple(d.expected),
            objective_ids=tuple(dict.fromkeys(objectives)),
            facilitator_notes="\n".join(d.notes),
            attachments=tuple(d.attachments),
            status=d.status,
            released_s=d.released_s,
            released_at=d.released_at,
            position=position,
        )

    def _team(self, d: Draft, item: str) -> str | None:
        found = find_record(item, self.ex.teams, TEAM_KEYS) or find_record(
            item, self.new_teams, TEAM_KEYS[:1]
        )
        if found is not None:
            return found.id
        teams = self.ex.teams + tuple(self.new_teams)
        if not self.create_teams:
            self.warn(d.line, self._header(Field.TARGETS),
                      msg("no team is called {item!r}; kept in the notes", item=item))  # fmt: skip
            d.notes.append(f"{self._header(Field.TARGETS)}: {item}")
            return None
        code = values.team_code(item, {t.code for t in teams})
        team = Team(
            id=self._record_id("team", code),
            code=code,
            name=item,
            colour=values.PALETTE[len(teams) % len(values.PALETTE)],
        )
        self.new_teams.append(team)
        return team.id

    def _objective(self, item: str) -> str:
        found = find_record(item, self.ex.objectives, OBJECTIVE_KEYS) or next(
            (o for o in self.new_objectives if o.code == item), None
        )
        if found is not None:
            return found.id
        objective = Objective(id=self._record_id("objective", item), code=item, title=item)
        self.new_objectives.append(objective)
        return objective.id


_TEXTS = {
    Field.TITLE: "title", Field.TEXT: "text", Field.SOURCE: "source",
    Field.SCENARIO_TIME: "scenario_time", Field.MODULE_TITLE: "module_title",
}  # fmt: skip
_VERBATIM = frozenset({*_TEXTS, Field.NOTES})
_LISTS = {
    Field.TARGETS: ("targets", TARGET_SEPARATORS, False),
    Field.EXPECTED: ("expected", LINE_SEPARATORS, True),
    Field.OBJECTIVES: ("objectives", OBJECTIVE_SEPARATORS, False),
    Field.ATTACHMENTS: ("attachments", LINE_SEPARATORS, False),
}
