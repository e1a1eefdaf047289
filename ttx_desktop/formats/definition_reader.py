"""Reading an exercise definition: YAML values to an Exercise, with every problem at its line.

The sections are read in the file's order of dependence: details, then objectives and teams
(which later sections refer to by code), participants, modules, injects (which refer to
modules by number), and last what was recorded while the exercise ran (definition_records.py).
"""

from __future__ import annotations

import re
from collections.abc import Hashable

from ttx_desktop.domain.documents import DOCUMENTS
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import (
    DRAFT_BY_DEFAULT,
    DeliveryMethod,
    Exercise,
    ExerciseDetails,
    Gender,
    Inject,
    InjectStatus,
    Module,
    Objective,
    Participant,
    Rating,
    Role,
    Team,
)
from ttx_desktop.formats import definition_policy, definition_records
from ttx_desktop.formats.definition_context import Context
from ttx_desktop.formats.definition_schedule import read_schedule
from ttx_desktop.formats.safe_yaml import Located
from ttx_desktop.formats.times import format_time_of_day, parse_offset, parse_time_of_day
from ttx_desktop.formats.yaml_fields import Fields, Index, Reader, given, shown
from ttx_desktop.messages import msg

FORMAT = "ttx-exercise/1"
DEFAULT_CAVEAT = "FOR TRAINING USE ONLY"
DEFAULT_COLOUR = "#4C72B0"
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

TOP_KEYS = {
    "format", "exercise", "objectives", "teams", "participants", "modules", "injects", "log",
    "recommendations", "feedback", "policy_recommendations", "votes", "schedule",
}  # fmt: skip
EXERCISE_KEYS = {
    "id", "title", "purpose", "scope", "sponsor", "venue", "dates", "caveat", "language",
    "point_of_contact", "scenario_summary", "ground_rules", "assumptions", "executive_summary",
    "conclusion", "draft_documents", "report_final", "acronyms", "notes",
}  # fmt: skip
OBJECTIVE_KEYS = {
    "id", "code", "title", "description", "capability", "critical_tasks", "rating",
    "evaluator_notes",
}  # fmt: skip
TEAM_KEYS = {"id", "code", "name", "colour", "description", "table"}
PARTICIPANT_KEYS = {
    "id", "name", "organisation", "team", "role", "gender", "title", "email", "days",
}  # fmt: skip
MODULE_KEYS = {
    "id", "number", "title", "day", "start", "duration", "narrative", "key_issues",
    "discussion_questions",
}  # fmt: skip
INJECT_KEYS = {
    "id", "number", "module", "time", "pinned", "scenario_time", "title", "text", "from", "to",
    "method", "expected_actions", "objectives", "notes", "attachments", "status",
    "released_at", "released_clock",
}  # fmt: skip
LANGUAGES = ("en", "ru")


def build_exercise(root: Located | None, reader: Reader) -> Exercise:
    """The Exercise that ``root`` describes; problems go to ``reader.problems``."""
    if root is None or not isinstance(root.value, dict):
        if root is None or root.value is None:
            message = msg("is empty; a definition starts with 'format: {format}'", format=FORMAT)
            reader.problem(None, "", message)
        else:
            message = msg("should be a mapping with format:, exercise:, teams:, injects: ...")
            reader.problem(root.line, "", message)
        return Exercise(details=ExerciseDetails(id=new_id(), title=""))
    top = reader.mapping(root, "", TOP_KEYS)
    _check_format(reader, top)
    details = _read_details(reader, top)
    ctx = Context(reader, details.id)
    objectives = _read_objectives(ctx, top)
    teams = _read_teams(ctx, top)
    participants = _read_participants(ctx, top)
    modules = _read_modules(ctx, top)
    injects = _read_injects(ctx, top)
    plan = definition_records.read_recommendations(ctx, top)
    log = definition_records.read_log(ctx, top, plan)
    policy = definition_policy.read_policy(ctx, top, log, plan)
    votes, ballots = definition_policy.read_votes(ctx, top, policy)
    return Exercise(
        details=details,
        objectives=objectives,
        teams=teams,
        participants=participants,
        modules=modules,
        injects=injects,
        log=log,
        recommendations=plan,
        feedback=definition_records.read_feedback(ctx, top),
        policy=policy,
        votes=votes,
        ballots=ballots,
        schedule=read_schedule(ctx, top),
    )


def _check_format(reader: Reader, top: Fields) -> None:
    loc = top.get("format")
    if loc is not None and loc.raw == FORMAT:
        return
    if loc is None or loc.value in (None, ""):
        message = msg("should be '{format}' (missing)", format=FORMAT)
        reader.problem(loc.where if loc else 1, "format", message)
    else:
        message = msg("should be '{format}', not {value}", format=FORMAT, value=shown(loc))
        reader.problem(loc.where, "format", message)


def _read_details(reader: Reader, top: Fields) -> ExerciseDetails:
    field = "exercise"
    if "exercise" not in top:
        reader.problem(1, field, msg("missing (the exercise's title, dates and other details)"))
    m = reader.mapping(top.get("exercise"), field, EXERCISE_KEYS)
    dates = reader.mapping(m.get("dates"), "exercise.dates", {"start", "end"})
    start = reader.day(dates, "start", "exercise.dates")
    end = reader.day(dates, "end", "exercise.dates")
    if end and not start and "start" not in dates:
        message = msg("missing (an end needs a start)")
        reader.problem(dates["end"].where, "exercise.dates.start", message)
    if start and end and end < start:
        reader.problem(dates["end"].where, "exercise.dates.end", msg("is before the start date"))
    language = reader.text(m, "language", field) or LANGUAGES[0]
    if language not in LANGUAGES:
        message = msg(
            "{language!r} is not supported ({others} or {last})",
            language=language,
            others=", ".join(LANGUAGES[:-1]),
            last=LANGUAGES[-1],
        )
        reader.problem(m["language"].where, "exercise.language", message)
    line = top["exercise"].where if "exercise" in top else 1
    return ExerciseDetails(
        id=reader.identifier(m, field) or new_id(),
        title=reader.text(m, "title", field, required="exercise" in top, line=line),
        purpose=reader.text(m, "purpose", field),
        scope=reader.text(m, "scope", field),
        sponsor=reader.text(m, "sponsor", field),
        venue=reader.text(m, "venue", field),
        start_date=start,
        end_date=end if "end" in dates else start,  # `end:` left empty: no end date
        caveat=reader.text(m, "caveat", field) if "caveat" in m else DEFAULT_CAVEAT,
        language=language,
        point_of_contact=reader.text(m, "point_of_contact", field),
        scenario_summary=reader.text(m, "scenario_summary", field),
        ground_rules=reader.strings(m, "ground_rules", field),
        assumptions=reader.strings(m, "assumptions", field),
        executive_summary=reader.text(m, "executive_summary", field),
        conclusion=reader.text(m, "conclusion", field),
        draft_documents=_draft_documents(reader, m, field),
        acronyms=definition_records.read_acronyms(reader, m, field),
        notes=reader.text(m, "notes", field),
    )


def _draft_documents(reader: Reader, m: Fields, field: str) -> tuple[str, ...]:
    """The documents marked DRAFT: ``draft_documents``, else as the older ``report_final``
    says (a final report made every document final), else the minutes and the report."""
    report_final = reader.boolean(m, "report_final", field)
    if "draft_documents" not in m:
        return () if report_final else DRAFT_BY_DEFAULT
    found: list[str] = []
    for kind in reader.strings(m, "draft_documents", field):
        if kind in found:
            continue
        if kind in DOCUMENTS:
            found.append(kind)
            continue
        message = msg(
            "{kind!r} is not a document (the documents are {known})",
            kind=kind,
            known=", ".join(DOCUMENTS),
        )
        reader.problem(m["draft_documents"].where, f"{field}.draft_documents", message)
    return tuple(found)


def _read_objectives(ctx: Context, top: Fields) -> tuple[Objective, ...]:
    out = []
    reader = ctx.reader
    for field, line, m in reader.records(top, "objectives", OBJECTIVE_KEYS):
        code = reader.text(m, "code", field, required=True, line=line)
        oid = ctx.record_id(m, field, line, "objective", code)
        _register(ctx.objectives, code, oid, m.get("code"), f"{field}.code")
        out.append(
            Objective(
                id=oid,
                code=code,
                title=reader.text(m, "title", field, required=True, line=line),
                description=reader.text(m, "description", field),
                capability=reader.text(m, "capability", field),
                critical_tasks=reader.strings(m, "critical_tasks", field),
                rating=reader.choice(m, "rating", field, Rating, Rating.NONE),
                evaluator_notes=reader.text(m, "evaluator_notes", field),
            )
        )
    return tuple(out)


def _read_teams(ctx: Context, top: Fields) -> tuple[Team, ...]:
    out = []
    reader = ctx.reader
    for field, line, m in reader.records(top, "teams", TEAM_KEYS):
        code = reader.text(m, "code", field, required=True, line=line)
        name = reader.text(m, "name", field, required=True, line=line)
        tid = ctx.record_id(m, field, line, "team", code)
        _register(ctx.teams, code, tid, m.get("code"), f"{field}.code")
        if name.strip():
            _register(ctx.team_names, name.casefold(), tid, m.get("name"), f"{field}.name")
        colour = reader.text(m, "colour", field) or DEFAULT_COLOUR
        if not _COLOUR.match(colour):
            message = msg("{colour!r} is not a colour (write #RRGGBB)", colour=colour)
            reader.problem(m["colour"].where, f"{field}.colour", message)
        out.append(
            Team(
                id=tid,
                code=code,
                name=name,
                colour=colour,
                description=reader.text(m, "description", field),
                table=reader.text(m, "table", field),
            )
        )
    return tuple(out)


def participant_key(name: str, used: set[str]) -> str:
    """The natural key of a participant: the name, numbered from the second of one name.

    The key is unique even when a name looks numbered already ("A", "A#2", "A").
    """
    key, n = name, 1
    while key in used:
        n += 1
        key = f"{name}#{n}"
    used.add(key)
    return key


def _read_participants(ctx: Context, top: Fields) -> tuple[Participant, ...]:
    out = []
    reader = ctx.reader
    seen: set[str] = set()
    for field, line, m in reader.records(top, "participants", PARTICIPANT_KEYS):
        name = reader.text(m, "name", field, required=True, line=line)
        out.append(
            Participant(
                id=ctx.record_id(m, field, line, "participant", participant_key(name, seen)),
                name=name,
                organisation=reader.text(m, "organisation", field),
                team_id=ctx.ref_code(ctx.teams, m, "team", field),
                role=reader.choice(m, "role", field, Role, Role.PLAYER),
                gender=reader.choice(m, "gender", field, Gender, Gender.UNSPECIFIED),
                title=reader.text(m, "title", field),
                email=reader.text(m, "email", field),
                days=definition_records.read_days(reader, m, field),
            )
        )
    return tuple(out)


def _read_modules(ctx: Context, top: Fields) -> tuple[Module, ...]:
    out = []
    reader = ctx.reader
    for field, line, m in reader.records(top, "modules", MODULE_KEYS):
        number = reader.integer(m, "number", field, required=True, line=line, minimum=1)
        mid = ctx.record_id(m, field, line, "module", number)
        if number is not None:
            _register(ctx.modules, number, mid, m.get("number"), f"{field}.number")
        start = reader.time_of_day(m, "start", field)
        if start is None and given(m, "start"):
            ctx.unreadable_starts.add(mid)  # reported; the injects need not say so again
        ctx.module_starts.setdefault(mid, start)  # a repeated number keeps the first start
        out.append(
            Module(
                id=mid,
                number=number or 0,
                title=reader.text(m, "title", field, required=True, line=line),
                day=reader.integer(m, "day", field, minimum=1),
                start=format_time_of_day(start) if start is not None else "",
                duration_min=reader.integer(m, "duration", field, minimum=1),
                narrative=reader.text(m, "narrative", field),
                key_issues=reader.strings(m, "key_issues", field),
                discussion_questions=reader.strings(m, "discussion_questions", field),
            )
        )
    return tuple(out)


def _read_injects(ctx: Context, top: Fields) -> tuple[Inject, ...]:
    out = []
    for position, (field, line, m) in enumerate(ctx.reader.records(top, "injects", INJECT_KEYS)):
        out.append(_read_inject(ctx, field, line, m, position))
    return tuple(out)


def _read_inject(ctx: Context, field: str, line: int, m: Fields, position: int) -> Inject:
    reader = ctx.reader
    number = reader.integer(m, "number", field, required=True, line=line, minimum=1)
    iid = ctx.record_id(m, field, line, "inject", number)
    if number is not None:
        _register(ctx.injects, number, iid, m.get("number"), f"{field}.number")
    module_no = reader.integer(m, "module", field, required=True, line=line)
    module_id = None
    if module_no is not None:
        module_id = ctx.modules.ref(module_no, m["module"].where, f"{field}.module")
    status = reader.choice(m, "status", field, InjectStatus, InjectStatus.PENDING)
    released = status is InjectStatus.RELEASED
    released_s = reader.offset(m, "released_clock", field)
    released_at = reader.stamp(m, "released_at", field)
    return Inject(
        id=iid,
        number=number or 0,
        module_id=module_id or "",
        title=reader.text(m, "title", field, required=True, line=line),
        planned_s=_planned(ctx, m, field, line, module_id),
        pinned=_pinned(reader, m, field),
        scenario_time=reader.text(m, "scenario_time", field),
        text=reader.text(m, "text", field),
        source=reader.text(m, "from", field),
        target_team_ids=_targets(ctx, m, field),
        method=reader.choice(m, "method", field, DeliveryMethod, DeliveryMethod.VERBAL),
        expected_actions=reader.strings(m, "expected_actions", field),
        objective_ids=ctx.ref_codes(ctx.objectives, m, "objectives", field),
        facilitator_notes=reader.text(m, "notes", field),
        attachments=reader.strings(m, "attachments", field),
        status=status,
        released_s=released_s if released else None,
        released_at=released_at if released else None,
        position=position,
    )


def _register(index: Index, key: Hashable, record_id: str, at: Located | None, field: str) -> None:
    """Adds a record's code or number to ``index`` (a missing one is reported already)."""
    if key != "" and at is not None:
        index.add(key, record_id, at.where, field)


def _planned(ctx: Context, m: Fields, field: str, line: int, module_id: str | None) -> int:
    """Seconds from the module's start, from an offset (T+H:MM) or a time of day (HH:MM)."""
    loc = m.get("time")
    if loc is None or loc.value in (None, "") or isinstance(loc.value, list | dict):
        message = (
            msg("should be a time, not a list or mapping (write HH:MM or T+H:MM)")
            if loc and loc.value
            else msg("missing (write HH:MM or T+H:MM)")
        )
        ctx.reader.problem(loc.where if loc else line, f"{field}.time", message)
        return 0
    text = str(loc.raw)  # YAML 1.1 reads an unquoted 10:30 as a number; its text is the time
    offset = parse_offset(text)
    if offset is not None and offset >= 0:
        return round(offset)
    problem: str
    if offset is not None:
        seconds, problem = 0, msg("cannot be before the module's start")
    else:
        seconds, problem = _after_start(ctx, text, module_id)
    if problem:
        ctx.reader.problem(loc.where, f"{field}.time", problem)
    return seconds


def _after_start(ctx: Context, text: str, module_id: str | None) -> tuple[int, str]:
    """Seconds from the module's start to the time of day ``text``, or what is wrong."""
    minutes = parse_time_of_day(text)
    if minutes is None:
        return 0, msg("{time!r} is not a time (write HH:MM or T+H:MM)", time=text)
    if module_id is None or module_id in ctx.unreadable_starts:
        return 0, ""  # the module or its start is wrong, which is reported already
    start = ctx.module_starts.get(module_id)
    if start is None:
        return 0, msg("is a time of day, but its module has no start; give it one or write T+H:MM")
    if minutes < start:
        return 0, msg(
            "{time} is before its module starts ({start})",
            time=text,
            start=format_time_of_day(start),
        )
    return (minutes - start) * 60, ""


def _pinned(reader: Reader, m: Fields, field: str) -> str:
    minutes = reader.time_of_day(m, "pinned", field)
    return format_time_of_day(minutes) if minutes is not None else ""


def _targets(ctx: Context, m: Fields, field: str) -> tuple[str, ...]:
    """The teams an inject goes to: team codes, or "all"."""
    loc = m.get("to")
    if loc is None or loc.value in (None, ""):
        return ()
    if isinstance(loc.value, str) and loc.value.strip().casefold() == "all":
        return tuple(ctx.teams.ids.values())
    return ctx.ref_codes(ctx.teams, m, "to", field)
