"""Turning domain objects into table rows and back."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, fields
from datetime import date
from typing import Any, cast

from ttx_desktop.domain.agenda import ScheduleItem, ScheduleKind
from ttx_desktop.domain.clock import ClockAction, ClockEvent, Reading
from ttx_desktop.domain.ids import from_iso, to_iso
from ttx_desktop.domain.model import (
    DRAFT_BY_DEFAULT,
    REVISED_FIELDS,
    CorrectiveSuggestion,
    DeliveryMethod,
    EntryKind,
    EntryTag,
    ExerciseDetails,
    FeedbackResponse,
    Gender,
    Inject,
    InjectStatus,
    LogEntry,
    LogRevision,
    Module,
    Objective,
    Participant,
    PlanStatus,
    Priority,
    Rating,
    Recommendation,
    Role,
    Team,
)
from ttx_desktop.storage.schema import search_text

Row = dict[str, Any]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def strings(text: str) -> tuple[str, ...]:
    value = json.loads(text or "[]")
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def pairs(text: str | None) -> tuple[tuple[str, str], ...]:
    """[[short, long], ...] as stored; anything else in the list is left out."""
    value = json.loads(text or "[]")
    if not isinstance(value, list):
        return ()
    return tuple((str(v[0]), str(v[1])) for v in value if isinstance(v, list) and len(v) == 2)


def numbers(text: str | None) -> tuple[int, ...]:
    """[1, 2, ...] as stored; anything but whole numbers is left out."""
    value = json.loads(text or "[]")
    if not isinstance(value, list):
        return ()
    return tuple(v for v in value if isinstance(v, int) and not isinstance(v, bool))


def opt_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def details_row(d: ExerciseDetails) -> Row:
    return {
        "id": d.id, "title": d.title, "purpose": d.purpose, "scope": d.scope,
        "sponsor": d.sponsor, "venue": d.venue, "start_date": date_text(d.start_date),
        "end_date": date_text(d.end_date), "caveat": d.caveat, "language": d.language,
        "point_of_contact": d.point_of_contact, "scenario_summary": d.scenario_summary,
        "ground_rules": dumps(list(d.ground_rules)), "assumptions": dumps(list(d.assumptions)),
        "executive_summary": d.executive_summary, "conclusion": d.conclusion,
        "report_final": int(d.report_final), "draft_documents": dumps(list(d.draft_documents)),
        "notes": d.notes, "created_at": to_iso(d.created_at),
        "updated_at": to_iso(d.updated_at), "acronyms": dumps([list(a) for a in d.acronyms]),
    }  # fmt: skip


def details_from(r: Mapping[str, Any]) -> ExerciseDetails:
    return ExerciseDetails(
        id=r["id"], title=r["title"], purpose=r["purpose"], scope=r["scope"],
        sponsor=r["sponsor"], venue=r["venue"], start_date=opt_date(r["start_date"]),
        end_date=opt_date(r["end_date"]), caveat=r["caveat"], language=r["language"],
        point_of_contact=r["point_of_contact"], scenario_summary=r["scenario_summary"],
        ground_rules=strings(r["ground_rules"]), assumptions=strings(r["assumptions"]),
        executive_summary=r["executive_summary"], conclusion=r["conclusion"],
        draft_documents=_draft_documents(r), created_at=from_iso(r["created_at"]),
        updated_at=from_iso(r["updated_at"]), acronyms=pairs(r.get("acronyms")),
        notes=r.get("notes") or "",  # no such column in an older file opened read-only
    )  # fmt: skip


def _draft_documents(r: Mapping[str, Any]) -> tuple[str, ...]:
    """The documents marked DRAFT; in a file older than the marks (opened read-only, so not
    upgraded) as its ``report_final`` says: a final report made every document final."""
    if "draft_documents" in r:
        return strings(r["draft_documents"])
    return () if r["report_final"] else DRAFT_BY_DEFAULT


def objective_row(o: Objective, position: int) -> Row:
    return {
        "id": o.id, "position": position, "code": o.code, "title": o.title,
        "description": o.description, "capability": o.capability,
        "critical_tasks": dumps(list(o.critical_tasks)), "rating": o.rating.value,
        "evaluator_notes": o.evaluator_notes, "created_at": to_iso(o.created_at),
        "updated_at": to_iso(o.updated_at),
    }  # fmt: skip


def objective_from(r: Mapping[str, Any]) -> Objective:
    return Objective(
        id=r["id"], code=r["code"], title=r["title"], description=r["description"],
        capability=r["capability"], critical_tasks=strings(r["critical_tasks"]),
        rating=Rating(r["rating"]), evaluator_notes=r["evaluator_notes"],
        created_at=from_iso(r["created_at"]), updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


def team_row(t: Team, position: int) -> Row:
    return {
        "id": t.id, "position": position, "code": t.code, "name": t.name, "colour": t.colour,
        "description": t.description, "seat": t.table, "created_at": to_iso(t.created_at),
        "updated_at": to_iso(t.updated_at),
    }  # fmt: skip


def team_from(r: Mapping[str, Any]) -> Team:
    return Team(
        id=r["id"], code=r["code"], name=r["name"], colour=r["colour"],
        description=r["description"], table=r["seat"], created_at=from_iso(r["created_at"]),
        updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


def participant_row(p: Participant, position: int) -> Row:
    return {
        "id": p.id, "position": position, "name": p.name, "organisation": p.organisation,
        "team_id": p.team_id, "role": p.role.value, "gender": p.gender.value, "title": p.title,
        "email": p.email, "created_at": to_iso(p.created_at), "updated_at": to_iso(p.updated_at),
        "days": dumps(list(p.days)),
    }  # fmt: skip


def participant_from(r: Mapping[str, Any]) -> Participant:
    return Participant(
        id=r["id"], name=r["name"], organisation=r["organisation"], team_id=r["team_id"],
        role=Role(r["role"]), gender=Gender(r["gender"]), title=r["title"], email=r["email"],
        days=numbers(r.get("days")), created_at=from_iso(r["created_at"]),
        updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


def module_row(m: Module) -> Row:
    return {
        "id": m.id, "number": m.number, "title": m.title, "day": m.day, "start": m.start,
        "duration_min": m.duration_min, "narrative": m.narrative,
        "key_issues": dumps(list(m.key_issues)),
        "discussion_questions": dumps(list(m.discussion_questions)),
        "created_at": to_iso(m.created_at), "updated_at": to_iso(m.updated_at),
    }  # fmt: skip


def module_from(r: Mapping[str, Any]) -> Module:
    return Module(
        id=r["id"], number=r["number"], title=r["title"], day=r["day"], start=r["start"],
        duration_min=r["duration_min"], narrative=r["narrative"],
        key_issues=strings(r["key_issues"]),
        discussion_questions=strings(r["discussion_questions"]),
        created_at=from_iso(r["created_at"]), updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


def schedule_row(i: ScheduleItem, position: int) -> Row:
    return {
        "id": i.id, "module_id": i.module_id, "position": position, "kind": i.kind.value,
        "title": i.title, "start": i.start, "duration_min": i.duration_min,
        "speaker": i.speaker, "created_at": to_iso(i.created_at),
        "updated_at": to_iso(i.updated_at),
    }  # fmt: skip


def schedule_from(r: Mapping[str, Any]) -> ScheduleItem:
    return ScheduleItem(
        id=r["id"], module_id=r["module_id"], kind=ScheduleKind(r["kind"]), title=r["title"],
        start=r["start"], duration_min=r["duration_min"], speaker=r["speaker"],
        position=r["position"], created_at=from_iso(r["created_at"]),
        updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


def inject_row(i: Inject) -> Row:
    return {
        "id": i.id, "number": i.number, "module_id": i.module_id, "position": i.position,
        "planned_s": i.planned_s, "pinned": i.pinned, "scenario_time": i.scenario_time,
        "title": i.title, "text": i.text, "source": i.source, "method": i.method.value,
        "expected_actions": dumps(list(i.expected_actions)),
        "facilitator_notes": i.facilitator_notes, "attachments": dumps(list(i.attachments)),
        "status": i.status.value, "released_s": i.released_s,
        "released_at": to_iso(i.released_at) if i.released_at else None,
        "created_at": to_iso(i.created_at), "updated_at": to_iso(i.updated_at),
    }  # fmt: skip


def inject_from(r: Mapping[str, Any], targets: Sequence[str], objectives: Sequence[str]) -> Inject:
    return Inject(
        id=r["id"], number=r["number"], module_id=r["module_id"], title=r["title"],
        planned_s=r["planned_s"], pinned=r["pinned"], scenario_time=r["scenario_time"],
        text=r["text"], source=r["source"], target_team_ids=tuple(targets),
        method=DeliveryMethod(r["method"]), expected_actions=strings(r["expected_actions"]),
        objective_ids=tuple(objectives), facilitator_notes=r["facilitator_notes"],
        attachments=strings(r["attachments"]), status=InjectStatus(r["status"]),
        released_s=r["released_s"],
        released_at=from_iso(r["released_at"]) if r["released_at"] else None,
        position=r["position"], created_at=from_iso(r["created_at"]),
        updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


# The columns of a log entry's revised fields (REVISED_FIELDS), in log_entry and log_revision
# alike: each field's column where the two names differ, and how a value that is not stored as
# it is goes in and comes out. Every other field is stored as it is, under its own name.
_COLUMN_OF = {"references": "refs"}
_STORED = {"kind": "{}.value", "tag": "{}.value", "deleted": "int({})"}
_READ = {"kind": "EntryKind({})", "tag": "EntryTag({})", "deleted": "bool({})"}
REVISED_COLUMNS = tuple(_COLUMN_OF.get(name, name) for name in REVISED_FIELDS)


def _made(name: str, returned: str) -> Callable[[Any], Any]:
    """The one-line function ``name`` of ``x`` returning the expression ``returned``, made from
    the table above once on import (as dataclasses makes an __init__): as fast as one written
    out by hand, on the road of every entry logged and read, yet never to be kept in step."""
    scope: dict[str, Any] = {
        "__name__": __name__,  # so that profiles and tracebacks name this module
        "EntryKind": EntryKind,
        "EntryTag": EntryTag,
        "LogRevision": LogRevision,
    }
    exec(f"def {name}(x):\n    return {returned}", scope)  # noqa: S102 - our own text
    return cast(Callable[[Any], Any], scope[name])


_PAIRS = tuple(zip(REVISED_FIELDS, REVISED_COLUMNS, strict=True))
_AS_STORED = ", ".join(f"{c!r}: " + _STORED.get(n, "{}").format(f"x.{n}") for n, c in _PAIRS)
_AS_READ = ", ".join(f"{n!r}: " + _READ.get(n, "{}").format(f"x[{c!r}]") for n, c in _PAIRS)
_AS_TYPED = ", ".join(f"{n}=x.{n}" for n in REVISED_FIELDS)

# The revised fields of an entry or a revision, by column, as stored.
revised_row: Callable[[LogEntry | LogRevision], Row] = _made("revised_row", f"{{{_AS_STORED}}}")
# The revised fields of a row, by field, when it has every revised column.
_revised_cells: Callable[[Mapping[str, Any]], Row] = _made("revised_cells", f"{{{_AS_READ}}}")
# Revision 1 of an entry, as it was typed.
first_revision: Callable[[LogEntry], LogRevision] = _made(
    "first_revision",
    f"LogRevision(revision=1, edited_at=x.logged_at, edited_by=x.author, {_AS_TYPED})",
)


# What a revised column holds in an older file that lacks it: its field's default.
_DEFAULT_CELLS = {
    _COLUMN_OF.get(f.name, f.name): f.default
    for f in fields(LogRevision)
    if f.name in REVISED_FIELDS and f.default is not MISSING
}


def _revised_of(r: Mapping[str, Any]) -> Row:
    """The revised fields of a log_entry or log_revision row, by field; a column the row lacks
    (an older file opened read-only, not upgraded) leaves its field at its default."""
    try:
        return _revised_cells(r)
    except (IndexError, KeyError):  # sqlite3.Row raises IndexError, a dict KeyError
        return _revised_cells(_DEFAULT_CELLS | {key: r[key] for key in r.keys()})  # noqa: SIM118


# The columns of a log entry's row, in the order of ``entry_values``: those stored as they
# are, the revised ones, then those worked out when it is written.
_ENTRY_AS_IS = ("id", "module_id", "exercise_s", "source")
ENTRY_COLUMNS = (*_ENTRY_AS_IS, *REVISED_COLUMNS, "logged_at", "revision", "updated_at",
                 "search_text")  # fmt: skip
_AS_IS_VALUES = ", ".join(f"x.{n}" for n in _ENTRY_AS_IS)
_STORED_VALUES = ", ".join(_STORED.get(n, "{}").format(f"x.{n}") for n in REVISED_FIELDS)
_entry_tuple: Callable[[LogEntry], tuple[Any, ...]] = _made(
    "entry_tuple", f"({_AS_IS_VALUES}, {_STORED_VALUES})"
)


def entry_values(e: LogEntry, revision: int) -> tuple[Any, ...]:
    """The values of an entry's row in the order of ENTRY_COLUMNS: a tuple, with no dictionary
    between the entry and the INSERT of each new entry (issue 20)."""
    logged_at = to_iso(e.logged_at)
    updated_at = logged_at if e.updated_at == e.logged_at else to_iso(e.updated_at)
    return (*_entry_tuple(e), logged_at, revision, updated_at, search_text(e.text, e.author))


def entry_row(e: LogEntry, revision: int) -> Row:
    return dict(zip(ENTRY_COLUMNS, entry_values(e, revision), strict=True))


def revision_row(entry_id: str, v: LogRevision) -> Row:
    return {
        "entry_id": entry_id, "revision": v.revision, **revised_row(v),
        "edited_at": to_iso(v.edited_at), "edited_by": v.edited_by,
    }  # fmt: skip


def revision_from(r: Mapping[str, Any]) -> LogRevision:
    return LogRevision(
        revision=r["revision"], edited_at=from_iso(r["edited_at"]), edited_by=r["edited_by"],
        **_revised_of(r),
    )  # fmt: skip


def entry_from(r: Mapping[str, Any], revisions: Sequence[LogRevision] = ()) -> LogEntry:
    return LogEntry(
        id=r["id"], logged_at=from_iso(r["logged_at"]), module_id=r["module_id"],
        exercise_s=r["exercise_s"], source=r["source"], revisions=tuple(revisions),
        updated_at=from_iso(r["updated_at"]), **_revised_of(r),
    )  # fmt: skip


def recommendation_row(c: Recommendation, position: int) -> Row:
    return {
        "id": c.id, "position": position, "objective_id": c.objective_id, "issue": c.issue,
        "corrective_action": c.corrective_action, "capability_element": c.capability_element,
        "responsible": c.responsible, "contact": c.contact, "start": date_text(c.start),
        "completion": date_text(c.completion), "priority": c.priority.value,
        "status": c.status.value, "created_at": to_iso(c.created_at),
        "updated_at": to_iso(c.updated_at),
    }  # fmt: skip


def recommendation_from(r: Mapping[str, Any]) -> Recommendation:
    return Recommendation(
        id=r["id"], issue=r["issue"], corrective_action=r["corrective_action"],
        objective_id=r["objective_id"], capability_element=r["capability_element"],
        responsible=r["responsible"], contact=r["contact"], start=opt_date(r["start"]),
        completion=opt_date(r["completion"]), priority=Priority(r["priority"]),
        status=PlanStatus(r["status"]) if "status" in r.keys() else PlanStatus.OPEN,  # noqa: SIM118
        position=r["position"], created_at=from_iso(r["created_at"]),
        updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


def feedback_row(f: FeedbackResponse) -> Row:
    return {
        "id": f.id, "submitted_at": to_iso(f.submitted_at), "name": f.name,
        "organisation": f.organisation, "role": f.role, "strengths": dumps(list(f.strengths)),
        "improvements": dumps(list(f.improvements)), "missed": f.missed,
        "corrective": dumps([
            {"action": c.action, "priority": c.priority.value, "owner": c.owner}
            for c in f.corrective
        ]),
        "ratings": dumps(dict(f.ratings)), "device": f.device,
    }  # fmt: skip


def feedback_from(r: Mapping[str, Any]) -> FeedbackResponse:
    corrective = json.loads(r["corrective"] or "[]")
    ratings = json.loads(r["ratings"] or "{}")
    return FeedbackResponse(
        id=r["id"], submitted_at=from_iso(r["submitted_at"]), name=r["name"],
        organisation=r["organisation"], role=r["role"], strengths=strings(r["strengths"]),
        improvements=strings(r["improvements"]), missed=r["missed"],
        corrective=tuple(
            CorrectiveSuggestion(str(c.get("action", "")), Priority(c.get("priority", "")),
                                 str(c.get("owner", "")))
            for c in corrective if isinstance(c, dict)
        ),
        ratings=tuple((str(k), int(v)) for k, v in ratings.items()),
        device=str(r.get("device") or ""),  # files before the column have none
    )  # fmt: skip


def clock_event_row(e: ClockEvent) -> Row:
    return {
        "id": e.id, "seq": e.seq, "module_id": e.module_id, "action": e.action.value,
        "wall": to_iso(e.at.wall), "mono": e.at.mono, "boot": e.at.boot,
        "delta_s": e.delta_s, "author": e.author,
    }  # fmt: skip


def clock_event_from(r: Mapping[str, Any]) -> ClockEvent:
    return ClockEvent(
        id=r["id"], module_id=r["module_id"], action=ClockAction(r["action"]),
        at=Reading(from_iso(r["wall"]), r["mono"], r["boot"]), delta_s=r["delta_s"],
        seq=r["seq"], author=r["author"],
    )  # fmt: skip
