"""Writing an Exercise out as a definition that a person can read, edit and diff."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import yaml

from ttx_desktop.domain.ids import derived_id, to_iso
from ttx_desktop.domain.model import Exercise, InjectStatus, Module
from ttx_desktop.formats.definition_reader import FORMAT
from ttx_desktop.formats.times import format_offset, format_time_of_day, parse_time_of_day


class _Dumper(yaml.SafeDumper):
    """Block scalars for paragraphs, no aliases, lists indented under their key."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Flow(list[Any]):
    """A short list of codes, written on one line: [LEA, ICT]."""


def _flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Flow, _flow)


def _stamp(moment: datetime | None) -> str | None:
    """A timestamp in UTC, without microseconds when it has none."""
    if moment is None:
        return None
    text = to_iso(moment)
    return text.replace(".000000Z", "Z")


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    """Adds ``key`` unless ``value`` is empty, so that written files stay short."""
    if value not in (None, "", (), [], {}, False):
        out[key] = list(value) if isinstance(value, tuple) else value


def dump_definition(exercise: Exercise) -> str:
    """The YAML definition of ``exercise``; reading it back gives an equal exercise."""
    xid = exercise.id

    def own_id(out: dict[str, Any], record_id: str, kind: str, key: object) -> None:
        if record_id != derived_id(xid, kind, str(key)):
            out["id"] = record_id

    d = exercise.details
    details: dict[str, Any] = {"id": d.id, "title": d.title}
    for key in ("purpose", "scope", "sponsor", "venue"):
        _put(details, key, getattr(d, key))
    if d.start_date:
        details["dates"] = {"start": d.start_date}
        if d.end_date and d.end_date != d.start_date:
            details["dates"]["end"] = d.end_date
    details["caveat"] = d.caveat
    details["language"] = d.language
    for key in ("point_of_contact", "scenario_summary", "ground_rules", "assumptions",
                "executive_summary", "conclusion", "report_final"):  # fmt: skip
        _put(details, key, getattr(d, key))

    doc: dict[str, Any] = {"format": FORMAT, "exercise": details}

    objectives = []
    codes = {o.id: o.code for o in exercise.objectives}
    for o in exercise.objectives:
        item: dict[str, Any] = {}
        own_id(item, o.id, "objective", o.code)
        item |= {"code": o.code, "title": o.title}
        for key in ("description", "capability", "critical_tasks"):
            _put(item, key, getattr(o, key))
        _put(item, "rating", o.rating.value)
        _put(item, "evaluator_notes", o.evaluator_notes)
        objectives.append(item)
    _put(doc, "objectives", objectives)

    teams = []
    team_codes = {t.id: t.code for t in exercise.teams}
    for t in exercise.teams:
        item = {}
        own_id(item, t.id, "team", t.code)
        item |= {"code": t.code, "name": t.name, "colour": t.colour}
        _put(item, "description", t.description)
        _put(item, "table", t.table)
        teams.append(item)
    _put(doc, "teams", teams)

    participants, seen = [], dict[str, int]()
    for p in exercise.participants:
        seen[p.name] = seen.get(p.name, 0) + 1
        item = {}
        own_id(
            item, p.id, "participant", p.name if seen[p.name] == 1 else f"{p.name}#{seen[p.name]}"
        )
        item["name"] = p.name
        _put(item, "organisation", p.organisation)
        _put(item, "team", team_codes.get(p.team_id or ""))
        item["role"] = p.role.value
        _put(item, "gender", p.gender.value if p.gender.value != "unspecified" else "")
        _put(item, "title", p.title)
        _put(item, "email", p.email)
        participants.append(item)
    _put(doc, "participants", participants)

    modules = {m.id: m for m in exercise.modules}
    mod_numbers = {m.id: m.number for m in exercise.modules}
    module_items = []
    for m in exercise.modules:
        item = {}
        own_id(item, m.id, "module", m.number)
        item |= {"number": m.number, "title": m.title}
        _put(item, "day", m.day)
        _put(item, "start", m.start)
        _put(item, "duration", m.duration_min)
        for key in ("narrative", "key_issues", "discussion_questions"):
            _put(item, key, getattr(m, key))
        module_items.append(item)
    _put(doc, "modules", module_items)

    all_teams = [t.id for t in exercise.teams]
    inject_numbers = {i.id: i.number for i in exercise.injects}
    injects = []
    for i in sorted(exercise.injects, key=lambda x: x.position):
        item = {}
        own_id(item, i.id, "inject", i.number)
        item |= {"number": i.number, "module": mod_numbers.get(i.module_id, 0)}
        item["time"] = _planned_text(i.planned_s, modules.get(i.module_id))
        _put(item, "pinned", i.pinned)
        _put(item, "scenario_time", i.scenario_time)
        item["title"] = i.title
        _put(item, "text", i.text)
        _put(item, "from", i.source)
        targets = list(i.target_team_ids)
        if targets and targets == all_teams and len(all_teams) > 1:
            item["to"] = "all"
        else:
            _put(item, "to", _Flow(team_codes[t] for t in targets if t in team_codes))
        item["method"] = i.method.value
        _put(item, "expected_actions", i.expected_actions)
        _put(item, "objectives", _Flow(codes[o] for o in i.objective_ids if o in codes))
        _put(item, "notes", i.facilitator_notes)
        _put(item, "attachments", i.attachments)
        if i.status is not InjectStatus.PENDING:
            item["status"] = i.status.value
        if i.status is InjectStatus.RELEASED:
            _put(item, "released_at", _stamp(i.released_at))
            _put(
                item,
                "released_clock",
                format_offset(i.released_s) if i.released_s is not None else None,
            )
        injects.append(item)
    _put(doc, "injects", injects)

    log = []
    for e in exercise.log:
        item = {"id": e.id, "time": _stamp(e.logged_at)}
        if e.exercise_s is not None:
            item["clock"] = format_offset(e.exercise_s)
        _put(item, "module", mod_numbers.get(e.module_id or ""))
        _put(item, "team", team_codes.get(e.team_id or ""))
        _put(item, "inject", inject_numbers.get(e.inject_id or ""))
        item["kind"] = e.kind.value
        item["text"] = e.text
        _put(item, "author", e.author)
        _put(item, "tag", e.tag.value)
        _put(item, "objective", codes.get(e.objective_id or ""))
        if e.source != "console":
            item["source"] = e.source
        _put(item, "deleted", e.deleted)
        log.append(item)
    _put(doc, "log", log)

    recommendations = []
    for n, c in enumerate(exercise.recommendations):
        item = {}
        own_id(item, c.id, "recommendation", n)
        _put(item, "objective", codes.get(c.objective_id or ""))
        item["issue"] = c.issue
        for key in ("corrective_action", "capability_element", "responsible", "contact", "start",
                    "completion"):  # fmt: skip
            _put(item, key, getattr(c, key))
        _put(item, "priority", c.priority.value)
        recommendations.append(item)
    _put(doc, "recommendations", recommendations)

    feedback = []
    for f in exercise.feedback:
        item = {"id": f.id, "submitted_at": _stamp(f.submitted_at)}
        for key in ("name", "organisation", "role", "strengths", "improvements", "missed"):
            _put(item, key, getattr(f, key))
        corrective = []
        for c in f.corrective:
            entry: dict[str, Any] = {"action": c.action}
            _put(entry, "priority", c.priority.value)
            _put(entry, "owner", c.owner)
            corrective.append(entry)
        _put(item, "corrective", corrective)
        _put(item, "ratings", dict(f.ratings))
        feedback.append(item)
    _put(doc, "feedback", feedback)

    text = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return f"# TTX Desktop exercise definition (docs/exercise-format.md)\n{text}"


def _planned_text(planned_s: int, module: Module | None) -> str:
    start = parse_time_of_day(module.start) if module and module.start else None
    if start is not None and planned_s % 60 == 0 and start + planned_s // 60 < 24 * 60:
        return format_time_of_day(start + planned_s // 60)
    return format_offset(planned_s)
