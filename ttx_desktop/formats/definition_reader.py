"""Reading an exercise definition: YAML values to an Exercise, with every problem at its line."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from ttx_desktop.domain.ids import derived_id, from_iso, new_id
from ttx_desktop.domain.model import (
    FEEDBACK_RATINGS,
    CorrectiveSuggestion,
    DeliveryMethod,
    EntryKind,
    EntryTag,
    Exercise,
    ExerciseDetails,
    FeedbackResponse,
    Gender,
    Inject,
    InjectStatus,
    LogEntry,
    Module,
    Objective,
    Participant,
    Priority,
    Rating,
    Recommendation,
    Role,
    Team,
)
from ttx_desktop.formats.problems import Problem
from ttx_desktop.formats.safe_yaml import Located
from ttx_desktop.formats.times import format_time_of_day, parse_offset, parse_time_of_day

FORMAT = "ttx-exercise/1"
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
E = TypeVar("E", bound=enum.Enum)

TOP_KEYS = {
    "format", "exercise", "objectives", "teams", "participants", "modules", "injects", "log",
    "recommendations", "feedback",
}  # fmt: skip
EXERCISE_KEYS = {
    "id", "title", "purpose", "scope", "sponsor", "venue", "dates", "caveat", "language",
    "point_of_contact", "scenario_summary", "ground_rules", "assumptions", "executive_summary",
    "conclusion", "report_final",
}  # fmt: skip
OBJECTIVE_KEYS = {
    "id", "code", "title", "description", "capability", "critical_tasks", "rating",
    "evaluator_notes",
}  # fmt: skip
TEAM_KEYS = {"id", "code", "name", "colour", "description", "table"}
PARTICIPANT_KEYS = {"id", "name", "organisation", "team", "role", "gender", "title", "email"}
MODULE_KEYS = {
    "id", "number", "title", "day", "start", "duration", "narrative", "key_issues",
    "discussion_questions",
}  # fmt: skip
INJECT_KEYS = {
    "id", "number", "module", "time", "pinned", "scenario_time", "title", "text", "from", "to",
    "method", "expected_actions", "objectives", "notes", "attachments", "status",
    "released_at", "released_clock",
}  # fmt: skip
LOG_KEYS = {
    "id", "time", "clock", "module", "team", "inject", "kind", "text", "author", "tag",
    "objective", "source", "deleted",
}  # fmt: skip
RECOMMENDATION_KEYS = {
    "id", "objective", "issue", "corrective_action", "capability_element", "responsible",
    "contact", "start", "completion", "priority",
}  # fmt: skip
FEEDBACK_KEYS = {
    "id", "submitted_at", "name", "organisation", "role", "strengths", "improvements",
    "missed", "corrective", "ratings",
}  # fmt: skip


class Reader:
    """Collects problems while it turns Located values into typed fields."""

    def __init__(self, filename: str) -> None:
        self.file = filename
        self.problems: list[Problem] = []

    def problem(self, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field, message))

    def mapping(self, loc: Located | None, field: str, allowed: set[str]) -> dict[str, Located]:
        if loc is None or loc.value is None:
            return {}
        if not isinstance(loc.value, dict):
            self.problem(loc.where, field, "should be a mapping of key: value lines")
            return {}
        for key, value in loc.value.items():
            if key not in allowed:
                hint = _close_match(key, allowed)
                self.problem(
                    value.where, f"{field}.{key}" if field else key,
                    "unknown key" + (f" (did you mean '{hint}'?)" if hint else ""),
                )  # fmt: skip
        return dict(loc.value)

    def records(
        self, top: dict[str, Located], key: str, allowed: set[str]
    ) -> list[tuple[str, int, dict[str, Located]]]:
        """The list under ``key`` as (field path, line, mapping) per item."""
        loc = top.get(key)
        if loc is None or loc.value is None:
            return []
        if not isinstance(loc.value, list):
            self.problem(loc.where, key, "should be a list (each item starting with '- ')")
            return []
        out = []
        for n, item in enumerate(loc.value, start=1):
            field = f"{key}[{n}]"
            out.append((field, item.line, self.mapping(item, field, allowed)))
        return out

    def text(
        self, m: dict[str, Located], key: str, field: str, *, required: bool = False, line: int = 0
    ) -> str:
        loc = m.get(key)
        if (
            loc is None
            or loc.value is None
            or (isinstance(loc.value, str) and not loc.value.strip())
        ):
            if required:
                self.problem(loc.where if loc else line or None, f"{field}.{key}", "missing")
            return ""
        if isinstance(loc.value, list | dict):
            self.problem(loc.where, f"{field}.{key}", "should be text, not a list or mapping")
            return ""
        return loc.value if isinstance(loc.value, str) else (loc.raw or str(loc.value))

    def integer(
        self,
        m: dict[str, Located],
        key: str,
        field: str,
        *,
        required: bool = False,
        line: int = 0,
        minimum: int | None = None,
    ) -> int | None:
        loc = m.get(key)
        if loc is None or loc.value is None:
            if required:
                self.problem(line or None, f"{field}.{key}", "missing")
            return None
        if isinstance(loc.value, bool) or not isinstance(loc.value, int):
            self.problem(
                loc.where, f"{field}.{key}", f"{loc.raw or loc.value!r} is not a whole number"
            )
            return None
        if minimum is not None and loc.value < minimum:
            self.problem(loc.where, f"{field}.{key}", f"should be at least {minimum}")
            return None
        return int(loc.value)

    def boolean(self, m: dict[str, Located], key: str, field: str) -> bool:
        loc = m.get(key)
        if loc is None or loc.value is None:
            return False
        if not isinstance(loc.value, bool):
            self.problem(loc.where, f"{field}.{key}", "should be true or false")
            return False
        return loc.value

    def strings(self, m: dict[str, Located], key: str, field: str) -> tuple[str, ...]:
        loc = m.get(key)
        if loc is None or loc.value is None:
            return ()
        if isinstance(loc.value, list):
            out = []
            for item in loc.value:
                if isinstance(item.value, list | dict) or item.value is None:
                    self.problem(item.line, f"{field}.{key}", "each item should be a line of text")
                else:
                    out.append(
                        item.value if isinstance(item.value, str) else (item.raw or str(item.value))
                    )
            return tuple(out)
        if isinstance(loc.value, dict):
            self.problem(loc.where, f"{field}.{key}", "should be a list of texts")
            return ()
        return (self.text(m, key, field),)

    def choice(self, m: dict[str, Located], key: str, field: str, kind: type[E], default: E) -> E:
        loc = m.get(key)
        if loc is None or loc.value is None or loc.value == "":
            return default
        text = str(loc.raw if loc.raw is not None else loc.value).strip()
        for member in kind:
            if text.casefold() in (str(member.value).casefold(), member.name.casefold()):
                return member
        allowed = ", ".join(str(x.value) for x in kind if x.value)
        self.problem(loc.where, f"{field}.{key}", f"{text!r} is not one of: {allowed}")
        return default

    def day(self, m: dict[str, Located], key: str, field: str) -> date | None:
        loc = m.get(key)
        if loc is None or loc.value is None or loc.value == "":
            return None
        if isinstance(loc.value, datetime):
            return loc.value.date()
        if isinstance(loc.value, date):
            return loc.value
        try:
            return date.fromisoformat(str(loc.value).strip())
        except ValueError:
            self.problem(
                loc.where, f"{field}.{key}", f"{loc.value!r} is not a date (write YYYY-MM-DD)"
            )
            return None

    def stamp(
        self, m: dict[str, Located], key: str, field: str, *, required: bool = False, line: int = 0
    ) -> datetime | None:
        loc = m.get(key)
        if loc is None or loc.value is None or loc.value == "":
            if required:
                self.problem(line or None, f"{field}.{key}", "missing")
            return None
        try:
            return from_iso(loc.raw if loc.raw is not None else str(loc.value))
        except ValueError:
            self.problem(
                loc.where,
                f"{field}.{key}",
                f"{loc.raw!r} is not a timestamp (write 2026-08-21T09:47:12Z)",
            )
            return None

    def offset(self, m: dict[str, Located], key: str, field: str) -> float | None:
        loc = m.get(key)
        if loc is None or loc.value is None or loc.value == "":
            return None
        value = parse_offset(str(loc.raw or loc.value))
        if value is None or value < 0:
            self.problem(
                loc.where, f"{field}.{key}", f"{loc.raw!r} is not a clock offset (write T+H:MM:SS)"
            )
        return value


def _close_match(key: str, allowed: set[str]) -> str | None:
    import difflib  # noqa: PLC0415 - only needed for a typo

    found = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.7)
    return found[0] if found else None


class _Index:
    """Codes and numbers seen so far, to resolve references and report duplicates."""

    def __init__(self, reader: Reader, what: str) -> None:
        self.reader, self.what = reader, what
        self.ids: dict[Any, str] = {}
        self.lines: dict[Any, int] = {}

    def add(self, key: Any, record_id: str, line: int, field: str) -> None:
        if key in self.ids:
            self.reader.problem(
                line, field, f"{key} is used twice (first at line {self.lines[key]})"
            )
            return
        self.ids[key] = record_id
        self.lines[key] = line

    def ref(self, key: Any, line: int, field: str) -> str | None:
        if key in self.ids:
            return self.ids[key]
        known = ", ".join(str(k) for k in self.ids) or "none are defined"
        self.reader.problem(line, field, f"unknown {self.what} {key!r} ({self.what}s: {known})")
        return None


def build_exercise(root: Located | None, reader: Reader) -> Exercise:
    """The Exercise that ``root`` describes; problems go to ``reader.problems``."""
    if root is None or not isinstance(root.value, dict):
        reader.problem(
            root.line if root else None,
            "",
            "should be a mapping with format:, exercise:, teams:, injects: ...",
        )
        return Exercise(details=ExerciseDetails(id=new_id(), title=""))
    top = reader.mapping(root, "", TOP_KEYS)
    fmt = reader.text(top, "format", "", required=False)
    if fmt != FORMAT:
        line = top["format"].where if "format" in top else 1
        reader.problem(
            line, "format", f"should be '{FORMAT}'" + (f", not {fmt!r}" if fmt else " (missing)")
        )
    details = _details(reader, top)
    xid = details.id
    ids: Callable[[str, object], str] = lambda kind, key: derived_id(xid, kind, str(key))  # noqa: E731

    objectives, obj_index = [], _Index(reader, "objective")
    for field, line, m in reader.records(top, "objectives", OBJECTIVE_KEYS):
        code = reader.text(m, "code", field, required=True, line=line)
        oid = reader.text(m, "id", field) or ids("objective", code)
        obj_index.add(code, oid, line, f"{field}.code")
        objectives.append(Objective(
            id=oid, code=code, title=reader.text(m, "title", field, required=True, line=line),
            description=reader.text(m, "description", field),
            capability=reader.text(m, "capability", field),
            critical_tasks=reader.strings(m, "critical_tasks", field),
            rating=reader.choice(m, "rating", field, Rating, Rating.NONE),
            evaluator_notes=reader.text(m, "evaluator_notes", field),
        ))  # fmt: skip

    teams, team_index, team_names = [], _Index(reader, "team"), _Index(reader, "team name")
    for field, line, m in reader.records(top, "teams", TEAM_KEYS):
        code = reader.text(m, "code", field, required=True, line=line)
        name = reader.text(m, "name", field, required=True, line=line)
        tid = reader.text(m, "id", field) or ids("team", code)
        team_index.add(code, tid, line, f"{field}.code")
        if name:
            team_names.add(name.casefold(), tid, line, f"{field}.name")
        colour = reader.text(m, "colour", field) or "#4C72B0"
        if not _COLOUR.match(colour):
            reader.problem(
                m["colour"].where, f"{field}.colour", f"{colour!r} is not a colour (write #RRGGBB)"
            )
        teams.append(Team(
            id=tid, code=code, name=name, colour=colour,
            description=reader.text(m, "description", field), table=reader.text(m, "table", field),
        ))  # fmt: skip

    participants, seen_names = [], dict[str, int]()
    for field, line, m in reader.records(top, "participants", PARTICIPANT_KEYS):
        name = reader.text(m, "name", field, required=True, line=line)
        seen_names[name] = seen_names.get(name, 0) + 1
        key = name if seen_names[name] == 1 else f"{name}#{seen_names[name]}"
        team_code = reader.text(m, "team", field)
        participants.append(Participant(
            id=reader.text(m, "id", field) or ids("participant", key), name=name,
            organisation=reader.text(m, "organisation", field),
            team_id=team_index.ref(team_code, m["team"].where, f"{field}.team") if team_code else None,
            role=reader.choice(m, "role", field, Role, Role.PLAYER),
            gender=reader.choice(m, "gender", field, Gender, Gender.UNSPECIFIED),
            title=reader.text(m, "title", field), email=reader.text(m, "email", field),
        ))  # fmt: skip

    modules, mod_index, mod_starts = [], _Index(reader, "module"), dict[str, int | None]()
    for field, line, m in reader.records(top, "modules", MODULE_KEYS):
        number = reader.integer(m, "number", field, required=True, line=line, minimum=1)
        mid = reader.text(m, "id", field) or ids("module", number)
        if number is not None:
            mod_index.add(number, mid, line, f"{field}.number")
        start = reader.text(m, "start", field)
        start_min = parse_time_of_day(start) if start else None
        if start and start_min is None:
            reader.problem(
                m["start"].where, f"{field}.start", f"{start!r} is not a time of day (write HH:MM)"
            )
        mod_starts[mid] = start_min
        modules.append(Module(
            id=mid, number=number or 0, title=reader.text(m, "title", field, required=True, line=line),
            day=reader.integer(m, "day", field, minimum=1),
            start=format_time_of_day(start_min) if start_min is not None else "",
            duration_min=reader.integer(m, "duration", field, minimum=1),
            narrative=reader.text(m, "narrative", field),
            key_issues=reader.strings(m, "key_issues", field),
            discussion_questions=reader.strings(m, "discussion_questions", field),
        ))  # fmt: skip

    injects, inj_index = [], _Index(reader, "inject")
    for position, (field, line, m) in enumerate(reader.records(top, "injects", INJECT_KEYS)):
        number = reader.integer(m, "number", field, required=True, line=line, minimum=1)
        iid = reader.text(m, "id", field) or ids("inject", number)
        if number is not None:
            inj_index.add(number, iid, line, f"{field}.number")
        module_no = reader.integer(m, "module", field, required=True, line=line)
        module_id = (
            mod_index.ref(module_no, m["module"].where, f"{field}.module")
            if module_no is not None
            else None
        )
        status = reader.choice(m, "status", field, InjectStatus, InjectStatus.PENDING)
        released_s = reader.offset(m, "released_clock", field)
        injects.append(Inject(
            id=iid, number=number or 0, module_id=module_id or "",
            title=reader.text(m, "title", field, required=True, line=line),
            planned_s=_planned(reader, m, field, line, mod_starts.get(module_id) if module_id else -1),
            pinned=_pinned(reader, m, field), scenario_time=reader.text(m, "scenario_time", field),
            text=reader.text(m, "text", field), source=reader.text(m, "from", field),
            target_team_ids=_targets(reader, m, field, team_index),
            method=reader.choice(m, "method", field, DeliveryMethod, DeliveryMethod.VERBAL),
            expected_actions=reader.strings(m, "expected_actions", field),
            objective_ids=tuple(
                x for code in reader.strings(m, "objectives", field)
                if (x := obj_index.ref(code, m["objectives"].where, f"{field}.objectives"))
            ),
            facilitator_notes=reader.text(m, "notes", field),
            attachments=reader.strings(m, "attachments", field), status=status,
            released_s=released_s if status is InjectStatus.RELEASED else None,
            released_at=reader.stamp(m, "released_at", field) if status is InjectStatus.RELEASED else None,
            position=position,
        ))  # fmt: skip

    def ref(
        index: _Index, m: dict[str, Located], key: str, field: str, *, number: bool = False
    ) -> str | None:
        if key not in m or m[key].value in (None, ""):
            return None
        value: Any = reader.integer(m, key, field) if number else reader.text(m, key, field)
        return None if value is None else index.ref(value, m[key].where, f"{field}.{key}")

    log = []
    for n, (field, line, m) in enumerate(reader.records(top, "log", LOG_KEYS)):
        logged = reader.stamp(m, "time", field, required=True, line=line)
        log.append(LogEntry(
            id=reader.text(m, "id", field) or ids("log", n),
            kind=reader.choice(m, "kind", field, EntryKind, EntryKind.NOTE),
            text=reader.text(m, "text", field, required=True, line=line),
            logged_at=logged or datetime.fromtimestamp(0).astimezone(),
            team_id=ref(team_index, m, "team", field), inject_id=ref(inj_index, m, "inject", field, number=True),
            module_id=ref(mod_index, m, "module", field, number=True),
            exercise_s=reader.offset(m, "clock", field), author=reader.text(m, "author", field),
            tag=reader.choice(m, "tag", field, EntryTag, EntryTag.NONE),
            objective_id=ref(obj_index, m, "objective", field),
            source=reader.text(m, "source", field) or "console", deleted=reader.boolean(m, "deleted", field),
        ))  # fmt: skip
        if "kind" not in m:
            reader.problem(line, f"{field}.kind", "missing")

    recommendations = []
    for n, (field, line, m) in enumerate(
        reader.records(top, "recommendations", RECOMMENDATION_KEYS)
    ):
        start, completion = reader.day(m, "start", field), reader.day(m, "completion", field)
        if start and completion and completion < start:
            reader.problem(m["completion"].where, f"{field}.completion", "is before the start date")
        recommendations.append(Recommendation(
            id=reader.text(m, "id", field) or ids("recommendation", n),
            issue=reader.text(m, "issue", field, required=True, line=line),
            corrective_action=reader.text(m, "corrective_action", field),
            objective_id=ref(obj_index, m, "objective", field),
            capability_element=reader.text(m, "capability_element", field),
            responsible=reader.text(m, "responsible", field), contact=reader.text(m, "contact", field),
            start=start, completion=completion,
            priority=reader.choice(m, "priority", field, Priority, Priority.NONE), position=n,
        ))  # fmt: skip

    feedback = [_feedback(reader, field, line, m, ids("feedback", n))
                for n, (field, line, m) in enumerate(reader.records(top, "feedback", FEEDBACK_KEYS))]  # fmt: skip

    return Exercise(
        details=details, objectives=tuple(objectives), teams=tuple(teams),
        participants=tuple(participants), modules=tuple(modules), injects=tuple(injects),
        log=tuple(log), recommendations=tuple(recommendations), feedback=tuple(feedback),
    )  # fmt: skip


def _details(reader: Reader, top: dict[str, Located]) -> ExerciseDetails:
    field = "exercise"
    if "exercise" not in top:
        reader.problem(1, "exercise", "missing (the exercise's title, dates and other details)")
    m = reader.mapping(top.get("exercise"), field, EXERCISE_KEYS)
    dates = reader.mapping(m.get("dates"), "exercise.dates", {"start", "end"})
    start, end = (
        reader.day(dates, "start", "exercise.dates"),
        reader.day(dates, "end", "exercise.dates"),
    )
    if start and end and end < start:
        reader.problem(dates["end"].where, "exercise.dates.end", "is before the start date")
    language = reader.text(m, "language", field) or "en"
    if language not in ("en", "ru"):
        reader.problem(
            m["language"].where, "exercise.language", f"{language!r} is not supported (en or ru)"
        )
    line = top["exercise"].where if "exercise" in top else 1
    return ExerciseDetails(
        id=reader.text(m, "id", field) or new_id(),
        title=reader.text(m, "title", field, required="exercise" in top, line=line),
        purpose=reader.text(m, "purpose", field), scope=reader.text(m, "scope", field),
        sponsor=reader.text(m, "sponsor", field), venue=reader.text(m, "venue", field),
        start_date=start, end_date=end or start,
        caveat=reader.text(m, "caveat", field) if "caveat" in m else "FOR TRAINING USE ONLY",
        language=language, point_of_contact=reader.text(m, "point_of_contact", field),
        scenario_summary=reader.text(m, "scenario_summary", field),
        ground_rules=reader.strings(m, "ground_rules", field),
        assumptions=reader.strings(m, "assumptions", field),
        executive_summary=reader.text(m, "executive_summary", field),
        conclusion=reader.text(m, "conclusion", field),
        report_final=reader.boolean(m, "report_final", field),
    )  # fmt: skip


def _planned(
    reader: Reader, m: dict[str, Located], field: str, line: int, start_min: int | None
) -> int:
    loc = m.get("time")
    if loc is None or loc.value in (None, ""):
        reader.problem(line, f"{field}.time", "missing (write HH:MM or T+H:MM)")
        return 0
    text = str(loc.raw if loc.raw is not None else loc.value)
    offset = parse_offset(text)
    if offset is not None:
        if offset < 0:
            reader.problem(loc.where, f"{field}.time", "cannot be before the module's start")
            return 0
        return round(offset)
    minutes = parse_time_of_day(text)
    if minutes is None:
        # YAML 1.1 reads an unquoted 09:30 as a base-60 number; the raw text is still a time.
        reader.problem(
            loc.where, f"{field}.time", f"{text!r} is not a time (write HH:MM or T+H:MM)"
        )
        return 0
    if start_min == -1:  # the module is unknown, which is reported already
        return 0
    if start_min is None:
        reader.problem(
            loc.where,
            f"{field}.time",
            "is a time of day, but its module has no start time; give the module a start or write T+H:MM",
        )
        return 0
    if minutes < start_min:
        reader.problem(
            loc.where,
            f"{field}.time",
            f"{text} is before its module starts ({format_time_of_day(start_min)})",
        )
        return 0
    return (minutes - start_min) * 60


def _pinned(reader: Reader, m: dict[str, Located], field: str) -> str:
    text = reader.text(m, "pinned", field)
    if not text:
        return ""
    minutes = parse_time_of_day(text)
    if minutes is None:
        reader.problem(
            m["pinned"].where, f"{field}.pinned", f"{text!r} is not a time of day (write HH:MM)"
        )
        return ""
    return format_time_of_day(minutes)


def _targets(reader: Reader, m: dict[str, Located], field: str, teams: _Index) -> tuple[str, ...]:
    loc = m.get("to")
    if loc is None or loc.value in (None, ""):
        return ()
    if isinstance(loc.value, str) and loc.value.strip().casefold() == "all":
        return tuple(teams.ids.values())
    out: list[str] = []
    for code in reader.strings(m, "to", field):
        team_id = teams.ref(code.strip(), loc.where, f"{field}.to")
        if team_id and team_id not in out:
            out.append(team_id)
    return tuple(out)


def _feedback(
    reader: Reader, field: str, line: int, m: dict[str, Located], default_id: str
) -> FeedbackResponse:
    corrective = []
    loc = m.get("corrective")
    for n, item in enumerate(
        loc.value if loc is not None and isinstance(loc.value, list) else [], start=1
    ):
        c = reader.mapping(item, f"{field}.corrective[{n}]", {"action", "priority", "owner"})
        corrective.append(CorrectiveSuggestion(
            action=reader.text(c, "action", f"{field}.corrective[{n}]", required=True, line=item.line),
            priority=reader.choice(c, "priority", f"{field}.corrective[{n}]", Priority, Priority.NONE),
            owner=reader.text(c, "owner", f"{field}.corrective[{n}]"),
        ))  # fmt: skip
    ratings = []
    for key, value in reader.mapping(
        m.get("ratings"), f"{field}.ratings", set(FEEDBACK_RATINGS)
    ).items():
        if key in FEEDBACK_RATINGS:
            if (
                isinstance(value.value, int)
                and not isinstance(value.value, bool)
                and 1 <= value.value <= 5
            ):
                ratings.append((key, int(value.value)))
            else:
                reader.problem(
                    value.where, f"{field}.ratings.{key}", "should be a number from 1 to 5"
                )
    submitted = reader.stamp(m, "submitted_at", field, required=True, line=line)
    return FeedbackResponse(
        id=reader.text(m, "id", field) or default_id,
        submitted_at=submitted or datetime.fromtimestamp(0).astimezone(),
        name=reader.text(m, "name", field), organisation=reader.text(m, "organisation", field),
        role=reader.text(m, "role", field), strengths=reader.strings(m, "strengths", field),
        improvements=reader.strings(m, "improvements", field), missed=reader.text(m, "missed", field),
        corrective=tuple(corrective), ratings=tuple(ratings),
    )  # fmt: skip
