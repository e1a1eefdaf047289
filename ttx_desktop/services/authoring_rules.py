"""What makes an authored record acceptable: pure checks that return messages, not errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from ttx_desktop.domain.model import (
    Exercise,
    ExerciseDetails,
    Inject,
    Module,
    Objective,
    Participant,
    Recommendation,
    Team,
)
from ttx_desktop.formats.times import parse_time_of_day

if TYPE_CHECKING:
    from ttx_desktop.formats.msel_plan import ImportPlan

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _quoted(text: str) -> str:
    return f"“{text}”"


def details_problems(d: ExerciseDetails) -> list[str]:
    out = []
    if not d.title.strip():
        out.append("the title is empty")
    if d.start_date and d.end_date and d.end_date < d.start_date:
        out.append("the end date is before the start date")
    if not _LANGUAGE.match(d.language):
        out.append(f"the language {d.language!r} is not a language code such as en or ru")
    return out


def objective_problems(o: Objective, ex: Exercise) -> list[str]:
    out = []
    if not o.code:
        out.append("the code is empty")
    other = next(
        (x for x in ex.objectives if x.id != o.id and x.code.casefold() == o.code.casefold()),
        None,
    )
    if o.code and other is not None:
        out.append(f"the code {o.code} is already used by objective {_quoted(other.title)}")
    if not o.title:
        out.append("the title is empty")
    return out


def team_problems(t: Team, ex: Exercise) -> list[str]:
    out = []
    others = [x for x in ex.teams if x.id != t.id]
    taken = {k.casefold(): x for x in others for k in (x.code, x.name)}
    if not t.code:
        out.append("the code is empty")
    elif len(t.code.split()) > 1:
        out.append(f"the code {t.code!r} must be one word (such as CIV)")
    elif t.code.casefold() in taken:
        out.append(
            f"the code {t.code} is already used by team {_quoted(taken[t.code.casefold()].name)}"
        )
    if not t.name:
        out.append("the name is empty")
    elif t.name.casefold() in taken:
        out.append(
            f"the name {_quoted(t.name)} is already used by team {taken[t.name.casefold()].code}"
        )
    if not COLOUR.match(t.colour):
        out.append(f"the colour {t.colour!r} is not a colour (write #RRGGBB)")
    return out


def participant_problems(p: Participant, ex: Exercise) -> list[str]:
    out = []
    if not p.name:
        out.append("the name is empty")
    if p.team_id is not None and ex.team(p.team_id) is None:
        out.append("the team no longer exists")
    return out


def module_problems(m: Module, ex: Exercise) -> list[str]:
    out = []
    if m.number < 1:
        out.append("the number must be 1 or more")
    other = next((x for x in ex.modules if x.id != m.id and x.number == m.number), None)
    if other is not None:
        out.append(f"number {m.number} is already used by module {_quoted(other.title)}")
    if not m.title:
        out.append("the title is empty")
    if m.start and parse_time_of_day(m.start) is None:
        out.append(f"the start {m.start!r} is not a time of day (write HH:MM or leave it empty)")
    if m.day is not None and m.day < 1:
        out.append("the day must be 1 or more")
    if m.duration_min is not None and m.duration_min <= 0:
        out.append("the duration must be more than 0 minutes")
    return out


def inject_problems(i: Inject, ex: Exercise) -> list[tuple[str, str]]:
    """(field, message) for each problem, the field named as in ``Inject``."""
    out: list[tuple[str, str]] = []
    if i.number < 1:
        out.append(("number", "the number must be 1 or more"))
    other = next((x for x in ex.injects if x.id != i.id and x.number == i.number), None)
    if other is not None:
        out.append(
            ("number", f"number {i.number} is already used by inject {_quoted(other.title)}")
        )
    if not i.title.strip():
        out.append(("title", "the title is empty"))
    if ex.module(i.module_id) is None:
        out.append(("module_id", "the module no longer exists"))
    if i.planned_s < 0:
        out.append(("planned_s", "the planned time is before the module starts"))
    if i.pinned and parse_time_of_day(i.pinned) is None:
        out.append(("pinned", f"the pinned time {i.pinned!r} is not a time of day (write HH:MM)"))
    if any(ex.team(t) is None for t in i.target_team_ids):
        out.append(("target_team_ids", "a target team no longer exists"))
    if len(set(i.target_team_ids)) != len(i.target_team_ids):
        out.append(("target_team_ids", "a team is named twice among the targets"))
    if any(ex.objective(o) is None for o in i.objective_ids):
        out.append(("objective_ids", "a linked objective no longer exists"))
    return out


def recommendation_problems(r: Recommendation, ex: Exercise) -> list[str]:
    out = []
    if not r.issue:
        out.append("the issue is empty")
    if r.objective_id is not None and ex.objective(r.objective_id) is None:
        out.append("the objective no longer exists")
    if r.start and r.completion and r.completion < r.start:
        out.append("the completion date is before the start date")
    return out


class _Counts(Protocol):
    log_entries: int
    clock_events: int


def import_holders(
    plan: ImportPlan, ex: Exercise, references: Callable[[str, str], _Counts]
) -> list[str]:
    """What added since an MSEL import still names what it added, so that taking the import
    out would lose it: log entries, the clock, other injects, participants, recommendations."""
    out: list[str] = []
    ids = {i.id for i in plan.injects}
    logged = sum(references("inject", i).log_entries for i in ids)
    for kind, records in (("team", plan.new_teams), ("module", plan.new_modules),
                          ("objective", plan.new_objectives)):  # fmt: skip
        for record in records:
            counts = references(kind, record.id)
            logged += counts.log_entries
            if counts.clock_events:
                out.append(f"the exercise clock has run in module {_quoted(record.title)}")
    if logged:
        out.append(f"{logged} log {'entry names' if logged == 1 else 'entries name'} them")
    new = {t.id for t in plan.new_teams} | {m.id for m in plan.new_modules}
    new |= {o.id for o in plan.new_objectives}
    others = [
        i.number
        for i in ex.injects
        if i.id not in ids
        and (i.module_id in new or new & set(i.target_team_ids) or new & set(i.objective_ids))
    ]
    if others:
        word = "inject" if len(others) == 1 else "injects"
        verb = "names" if len(others) == 1 else "name"
        out.append(f"{word} {', '.join(map(str, others[:8]))} now {verb} what it added")
    people = [p.name for p in ex.participants if p.team_id in new]
    if people:
        out.append(f"participants in a team it added: {', '.join(people[:5])}")
    if any(r.objective_id in new for r in ex.recommendations):
        out.append("a recommendation now names an objective it added")
    return out
