"""Writing an Exercise out as a definition that a person can read, edit and diff.

Records are named the way people write them (teams and objectives by code, modules and
injects by number); an ``id:`` is written only where it differs from the id the reader would
derive. Empty fields are left out, so that written files stay short.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import yaml

from ttx_desktop.domain.ids import derived_id
from ttx_desktop.domain.model import (
    DRAFT_BY_DEFAULT,
    LOG_TEXT_FIELDS,
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
    PlanStatus,
    Recommendation,
    Team,
)
from ttx_desktop.formats import definition_policy
from ttx_desktop.formats.definition_reader import FORMAT, participant_key
from ttx_desktop.formats.definition_records import DEFAULT_SOURCE
from ttx_desktop.formats.definition_schedule import write_schedule
from ttx_desktop.formats.times import format_offset, format_time_of_day, parse_time_of_day

Item = dict[str, Any]
HEADER = "# TTX Desktop exercise definition (docs/exercise-format.md)\n"
# YAML reads these as line breaks and would turn them into "\n" in a block or plain scalar;
# only a double-quoted scalar, which escapes them, keeps them.
_YAML_BREAKS = frozenset("\x85\u2028\u2029\r")


class _Dumper(yaml.SafeDumper):
    """Block scalars for paragraphs, no aliases, lists indented under their key."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class _Flow(list[Any]):
    """A short list of codes, written on one line: [LEA, ICT]."""


class _Clock(str):
    """A time of day or a clock offset, always quoted: "09:30", "T+0:15"."""

    __slots__ = ()


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = None
    if not _YAML_BREAKS.isdisjoint(value):
        style = '"'
    elif "\n" in value:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _clock(dumper: yaml.SafeDumper, value: _Clock) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


def _flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Clock, _clock)
_Dumper.add_representer(_Flow, _flow)


def _stamp(moment: datetime | None) -> str | None:
    """A timestamp in UTC, ``2026-08-21T09:47:12Z``, with microseconds only when it has some."""
    if moment is None:
        return None
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    spec = "microseconds" if utc.microsecond else "seconds"
    return utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _put(out: Item, key: str, value: Any) -> None:
    """Adds ``key`` unless ``value`` is empty, so that written files stay short."""
    if value is None or value is False or (not isinstance(value, int) and not value):
        return
    out[key] = list(value) if isinstance(value, tuple) else value


def _put_all(out: Item, record: object, keys: Iterable[str]) -> None:
    for key in keys:
        _put(out, key, getattr(record, key))


@dataclass(frozen=True)
class _Names:
    """How the file names records: codes and numbers by id, and the ids it need not write."""

    exercise_id: str
    objective_codes: dict[str, str]
    team_codes: dict[str, str]
    module_numbers: dict[str, int]
    modules: dict[str, Module]
    inject_numbers: dict[str, int]
    plan_numbers: dict[str, int]

    @classmethod
    def of(cls, exercise: Exercise) -> _Names:
        return cls(
            exercise_id=exercise.id,
            objective_codes={o.id: o.code for o in exercise.objectives},
            team_codes={t.id: t.code for t in exercise.teams},
            module_numbers={m.id: m.number for m in exercise.modules},
            modules={m.id: m for m in exercise.modules},
            inject_numbers={i.id: i.number for i in exercise.injects},
            plan_numbers={r.id: n for n, r in enumerate(exercise.recommendations, start=1)},
        )

    def item(self, record_id: str, kind: str, key: object) -> Item:
        """A new item, with ``id:`` if the record's id is not the one the reader derives."""
        if record_id != derived_id(self.exercise_id, kind, str(key)):
            return {"id": record_id}
        return {}

    def codes(self, ids: Iterable[str], codes: dict[str, str]) -> _Flow:
        return _Flow(codes[i] for i in ids if i in codes)


def dump_definition(exercise: Exercise) -> str:
    """The YAML definition of ``exercise``; reading it back gives an equal exercise."""
    names = _Names.of(exercise)
    doc: Item = {"format": FORMAT, "exercise": _write_details(exercise.details)}
    _put(doc, "objectives", [_write_objective(o, names) for o in exercise.objectives])
    _put(doc, "teams", [_write_team(t, names) for t in exercise.teams])
    _put(doc, "participants", _write_participants(exercise.participants, names))
    _put(doc, "modules", [_write_module(m, names) for m in exercise.modules])
    _put(
        doc, "schedule", write_schedule(exercise.schedule, names.module_numbers, names.item, _Clock)
    )
    injects = sorted(exercise.injects, key=lambda i: i.position)
    all_teams = [t.id for t in exercise.teams]
    _put(doc, "injects", [_write_inject(i, names, all_teams) for i in injects])
    _put(doc, "log", [_write_entry(e, names) for e in exercise.log])
    recommendations = enumerate(exercise.recommendations)
    _put(doc, "recommendations", [_write_recommendation(c, n, names) for n, c in recommendations])
    _put(doc, "feedback", [_write_response(f) for f in exercise.feedback])
    _put(doc, "policy_recommendations", definition_policy.write_policy(exercise, names.team_codes))
    _put(doc, "votes", definition_policy.write_votes(exercise, _stamp))
    text = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return HEADER + text


def _write_details(d: ExerciseDetails) -> Item:
    out: Item = {"id": d.id, "title": d.title}
    _put_all(out, d, ("purpose", "scope", "sponsor", "venue"))
    dates: Item = {}
    _put(dates, "start", d.start_date)
    if d.end_date != d.start_date:
        dates["end"] = d.end_date  # without `end:` the reader takes the start
    _put(out, "dates", dates)
    out["caveat"] = d.caveat  # always: without it the reader takes the default caveat
    out["language"] = d.language
    keys = ("point_of_contact", "scenario_summary", "ground_rules", "assumptions")
    _put_all(out, d, (*keys, "executive_summary", "conclusion"))
    if d.draft_documents != DRAFT_BY_DEFAULT:  # without the key the reader takes the default
        out["draft_documents"] = list(d.draft_documents)
    _put(out, "acronyms", dict(d.acronyms))
    _put(out, "notes", d.notes)
    return out


def _write_objective(o: Objective, names: _Names) -> Item:
    out = names.item(o.id, "objective", o.code) | {"code": o.code, "title": o.title}
    _put_all(out, o, ("description", "capability", "critical_tasks"))
    _put(out, "rating", o.rating.value)
    _put(out, "evaluator_notes", o.evaluator_notes)
    return out


def _write_team(t: Team, names: _Names) -> Item:
    out = names.item(t.id, "team", t.code) | {"code": t.code, "name": t.name, "colour": t.colour}
    _put_all(out, t, ("description", "table"))
    return out


def _write_participants(participants: Iterable[Participant], names: _Names) -> list[Item]:
    out = []
    seen: set[str] = set()
    for p in participants:
        item = names.item(p.id, "participant", participant_key(p.name, seen))
        item["name"] = p.name
        _put(item, "organisation", p.organisation)
        _put(item, "team", names.team_codes.get(p.team_id or ""))
        item["role"] = p.role.value
        _put(item, "gender", p.gender.value if p.gender is not Gender.UNSPECIFIED else "")
        _put_all(item, p, ("title", "email"))
        _put(item, "days", _Flow(p.days))
        out.append(item)
    return out


def _write_module(m: Module, names: _Names) -> Item:
    out = names.item(m.id, "module", m.number) | {"number": m.number, "title": m.title}
    _put(out, "day", m.day)
    _put(out, "start", _Clock(m.start) if m.start else None)
    _put(out, "duration", m.duration_min)
    _put_all(out, m, ("narrative", "key_issues", "discussion_questions"))
    return out


def _write_inject(i: Inject, names: _Names, all_teams: list[str]) -> Item:
    out = names.item(i.id, "inject", i.number)
    out |= {"number": i.number, "module": names.module_numbers.get(i.module_id, 0)}
    out["time"] = _planned_text(i.planned_s, names.modules.get(i.module_id))
    _put(out, "pinned", _Clock(i.pinned) if i.pinned else None)
    _put(out, "scenario_time", i.scenario_time)
    out["title"] = i.title
    _put(out, "text", i.text)
    _put(out, "from", i.source)
    targets = list(i.target_team_ids)
    if len(all_teams) > 1 and targets == all_teams:
        out["to"] = "all"
    else:
        _put(out, "to", names.codes(targets, names.team_codes))
    out["method"] = i.method.value
    _put(out, "expected_actions", i.expected_actions)
    _put(out, "objectives", names.codes(i.objective_ids, names.objective_codes))
    _put(out, "notes", i.facilitator_notes)
    _put(out, "attachments", i.attachments)
    if i.status is not InjectStatus.PENDING:
        out["status"] = i.status.value
    if i.status is InjectStatus.RELEASED:
        _put(out, "released_at", _stamp(i.released_at))
        clock = format_offset(i.released_s) if i.released_s is not None else None
        _put(out, "released_clock", _Clock(clock) if clock else None)
    return out


def _planned_text(planned_s: int, module: Module | None) -> _Clock:
    """A time of day when the module has a start and the time falls on a minute of that day."""
    start = parse_time_of_day(module.start) if module and module.start else None
    if start is not None and planned_s % 60 == 0 and start + planned_s // 60 < 24 * 60:
        return _Clock(format_time_of_day(start + planned_s // 60))
    return _Clock(format_offset(planned_s))


def _write_entry(e: LogEntry, names: _Names) -> Item:
    out: Item = {"id": e.id, "time": _stamp(e.logged_at)}
    if e.exercise_s is not None:
        out["clock"] = _Clock(format_offset(e.exercise_s))
    _put(out, "module", names.module_numbers.get(e.module_id or ""))
    _put(out, "team", names.team_codes.get(e.team_id or ""))
    _put(out, "inject", names.inject_numbers.get(e.inject_id or ""))
    out["kind"] = e.kind.value
    out["text"] = e.text
    _put(out, "author", e.author)
    _put(out, "tag", e.tag.value)
    _put(out, "objective", names.objective_codes.get(e.objective_id or ""))
    if e.source != DEFAULT_SOURCE:
        out["source"] = e.source
    _put(out, "deleted", e.deleted)
    _put_all(out, e, LOG_TEXT_FIELDS)
    _put(out, "plan_item", names.plan_numbers.get(e.plan_item_id or ""))
    _put(out, "closes", e.closes_id)
    return out


def _write_recommendation(c: Recommendation, n: int, names: _Names) -> Item:
    out = names.item(c.id, "recommendation", n)
    _put(out, "objective", names.objective_codes.get(c.objective_id or ""))
    out["issue"] = c.issue
    keys = ("corrective_action", "capability_element", "responsible", "contact")
    _put_all(out, c, (*keys, "start", "completion"))
    _put(out, "priority", c.priority.value)
    if c.status is not PlanStatus.OPEN:
        out["status"] = c.status.value
    return out


def _write_response(f: FeedbackResponse) -> Item:
    out: Item = {"id": f.id, "submitted_at": _stamp(f.submitted_at)}
    _put_all(out, f, ("name", "organisation", "role", "strengths", "improvements", "missed"))
    corrective = []
    for c in f.corrective:
        entry: Item = {"action": c.action}
        _put(entry, "priority", c.priority.value)
        _put(entry, "owner", c.owner)
        corrective.append(entry)
    _put(out, "corrective", corrective)
    _put(out, "ratings", dict(f.ratings))
    return out
