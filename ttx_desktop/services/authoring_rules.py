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
from ttx_desktop.messages import Text, msg

if TYPE_CHECKING:
    from ttx_desktop.formats.msel_plan import ImportPlan

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def details_problems(d: ExerciseDetails) -> list[Text]:
    out = []
    if not d.title.strip():
        out.append(msg("the title is empty"))
    if d.start_date and d.end_date and d.end_date < d.start_date:
        out.append(msg("the end date is before the start date"))
    if not _LANGUAGE.match(d.language):
        out.append(
            msg(
                "the language {language!r} is not a language code such as en or ru",
                language=d.language,
            )
        )
    return out


def objective_problems(o: Objective, ex: Exercise) -> list[Text]:
    out = []
    if not o.code:
        out.append(msg("the code is empty"))
    other = next(
        (x for x in ex.objectives if x.id != o.id and x.code.casefold() == o.code.casefold()),
        None,
    )
    if o.code and other is not None:
        out.append(
            msg(
                "the code {code} is already used by objective “{title}”",
                code=o.code,
                title=other.title,
            )
        )
    if not o.title:
        out.append(msg("the title is empty"))
    return out


def team_problems(t: Team, ex: Exercise) -> list[Text]:
    out = []
    others = [x for x in ex.teams if x.id != t.id]
    taken = {k.casefold(): x for x in others for k in (x.code, x.name)}
    if not t.code:
        out.append(msg("the code is empty"))
    elif len(t.code.split()) > 1:
        out.append(msg("the code {code!r} must be one word (such as CIV)", code=t.code))
    elif t.code.casefold() in taken:
        out.append(
            msg(
                "the code {code} is already used by team “{name}”",
                code=t.code,
                name=taken[t.code.casefold()].name,
            )
        )
    if not t.name:
        out.append(msg("the name is empty"))
    elif t.name.casefold() in taken:
        out.append(
            msg(
                "the name “{name}” is already used by team {code}",
                name=t.name,
                code=taken[t.name.casefold()].code,
            )
        )
    if not COLOUR.match(t.colour):
        out.append(msg("the colour {colour!r} is not a colour (write #RRGGBB)", colour=t.colour))
    return out


def participant_problems(p: Participant, ex: Exercise) -> list[Text]:
    out = []
    if not p.name:
        out.append(msg("the name is empty"))
    if p.team_id is not None and ex.team(p.team_id) is None:
        out.append(msg("the team no longer exists"))
    return out


def module_problems(m: Module, ex: Exercise) -> list[Text]:
    out = []
    if m.number < 1:
        out.append(msg("the number must be 1 or more"))
    other = next((x for x in ex.modules if x.id != m.id and x.number == m.number), None)
    if other is not None:
        out.append(
            msg(
                "number {number} is already used by module “{title}”",
                number=m.number,
                title=other.title,
            )
        )
    if not m.title:
        out.append(msg("the title is empty"))
    if m.start and parse_time_of_day(m.start) is None:
        out.append(
            msg(
                "the start {start!r} is not a time of day (write HH:MM or leave it empty)",
                start=m.start,
            )
        )
    if m.day is not None and m.day < 1:
        out.append(msg("the day must be 1 or more"))
    if m.duration_min is not None and m.duration_min <= 0:
        out.append(msg("the duration must be more than 0 minutes"))
    return out


def inject_problems(i: Inject, ex: Exercise) -> list[tuple[str, Text]]:
    """(field, message) for each problem, the field named as in ``Inject``."""
    out: list[tuple[str, Text]] = []
    if i.number < 1:
        out.append(("number", msg("the number must be 1 or more")))
    other = next((x for x in ex.injects if x.id != i.id and x.number == i.number), None)
    if other is not None:
        already = msg(
            "number {number} is already used by inject “{title}”",
            number=i.number,
            title=other.title,
        )
        out.append(("number", already))
    if not i.title.strip():
        out.append(("title", msg("the title is empty")))
    if ex.module(i.module_id) is None:
        out.append(("module_id", msg("the module no longer exists")))
    if i.planned_s < 0:
        out.append(("planned_s", msg("the planned time is before the module starts")))
    if i.pinned and parse_time_of_day(i.pinned) is None:
        pinned = msg(
            "the pinned time {pinned!r} is not a time of day (write HH:MM)", pinned=i.pinned
        )
        out.append(("pinned", pinned))
    if any(ex.team(t) is None for t in i.target_team_ids):
        out.append(("target_team_ids", msg("a target team no longer exists")))
    if len(set(i.target_team_ids)) != len(i.target_team_ids):
        out.append(("target_team_ids", msg("a team is named twice among the targets")))
    if any(ex.objective(o) is None for o in i.objective_ids):
        out.append(("objective_ids", msg("a linked objective no longer exists")))
    return out


def recommendation_problems(r: Recommendation, ex: Exercise) -> list[Text]:
    out = []
    if not r.issue:
        out.append(msg("the issue is empty"))
    if r.objective_id is not None and ex.objective(r.objective_id) is None:
        out.append(msg("the objective no longer exists"))
    if r.start and r.completion and r.completion < r.start:
        out.append(msg("the completion date is before the start date"))
    return out


class _Counts(Protocol):
    @property
    def log_entries(self) -> int: ...
    @property
    def clock_events(self) -> int: ...


def import_holders(
    plan: ImportPlan, ex: Exercise, references: Callable[[str, str], _Counts]
) -> list[Text]:
    """What added since an MSEL import still names what it added, so that taking the import
    out would lose it: log entries, the clock, other injects, participants, recommendations."""
    out: list[Text] = []
    ids = {i.id for i in plan.injects}
    logged = sum(references("inject", i).log_entries for i in ids)
    for kind, records in (("team", plan.new_teams), ("module", plan.new_modules),
                          ("objective", plan.new_objectives)):  # fmt: skip
        for record in records:
            counts = references(kind, record.id)
            logged += counts.log_entries
            if counts.clock_events and isinstance(record, Module):  # only modules run clocks
                out.append(
                    msg("the exercise clock has run in module “{title}”", title=record.title)
                )
    if logged:
        if logged == 1:
            out.append(msg("{count} log entry names them", count=logged))
        else:
            out.append(msg("{count} log entries name them", count=logged))
    new = {t.id for t in plan.new_teams} | {m.id for m in plan.new_modules}
    new |= {o.id for o in plan.new_objectives}
    others = [
        i.number
        for i in ex.injects
        if i.id not in ids
        and (i.module_id in new or new & set(i.target_team_ids) or new & set(i.objective_ids))
    ]
    if others:
        numbers = ", ".join(map(str, others[:8]))
        if len(others) == 1:
            out.append(msg("inject {numbers} now names what it added", numbers=numbers))
        else:
            out.append(msg("injects {numbers} now name what it added", numbers=numbers))
    people = [p.name for p in ex.participants if p.team_id in new]
    if people:
        out.append(msg("participants in a team it added: {names}", names=", ".join(people[:5])))
    if any(r.objective_id in new for r in ex.recommendations):
        out.append(msg("a recommendation now names an objective it added"))
    return out
