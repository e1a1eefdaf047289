"""What the headless program says about an exercise: summary, counts, problems, SQLite errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ttx_desktop.domain.clock import ClockError, ClockEvent, ExerciseClock
from ttx_desktop.domain.model import Exercise, Inject, InjectStatus, Module
from ttx_desktop.errors import UserError
from ttx_desktop.formats.times import format_offset, format_time_of_day, parse_time_of_day

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ttx_desktop.storage.exercise_file import ExerciseFile

FIRST_INJECTS = 8
TITLE_WIDTH = 60


def load_sample(name: str = "en") -> Exercise:
    """A bundled sample exercise, read from its definition."""
    from importlib.resources import as_file

    from ttx_desktop import paths
    from ttx_desktop.formats.definition import load_definition

    sample = paths.sample(name)
    if not sample.is_file():
        raise UserError(
            "the bundled sample exercise is missing from this installation", path=sample
        )
    with as_file(sample) as path:
        return load_definition(path)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def counts_text(exercise: Exercise) -> str:
    """ "31 injects, 6 teams, 3 modules, 45 participants" (and log entries when there are any)."""
    parts = [
        plural(len(exercise.injects), "inject"),
        plural(len(exercise.teams), "team"),
        plural(len(exercise.modules), "module"),
        plural(len(exercise.participants), "participant"),
    ]
    entries = sum(not e.deleted for e in exercise.log)
    if entries:
        parts.append(plural(entries, "log entry").replace("entrys", "entries"))
    return ", ".join(parts)


def inject_time(inject: Inject, module: Module | None) -> str:
    """When an inject is planned: its pinned time, a time of day, or an offset on the clock."""
    if inject.pinned:
        return inject.pinned
    start = parse_time_of_day(module.start) if module is not None and module.start else None
    if start is None:
        return format_offset(inject.planned_s)
    return format_time_of_day(start + inject.planned_s // 60)


def _clip(text: str, width: int = TITLE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(exercise: Exercise, *, first: int = FIRST_INJECTS) -> str:
    """A plain-text overview: details, teams, modules and the first injects with their times."""
    d = exercise.details
    lines = [d.title]
    if d.start_date:
        end = d.end_date if d.end_date and d.end_date != d.start_date else None
        lines.append(
            f"  Dates:  {d.start_date.isoformat()}" + (f" to {end.isoformat()}" if end else "")
        )
    for label, value in (("Venue", d.venue), ("Sponsor", d.sponsor), ("Caveat", d.caveat)):
        if value:
            lines.append(f"  {label}:  {_clip(value)}")
    lines.append(f"  Teams ({len(exercise.teams)}):")
    lines += [f"    {t.code:<8} {_clip(t.name)}" for t in exercise.teams]
    per_module = Counter(i.module_id for i in exercise.injects)
    lines.append(f"  Modules ({len(exercise.modules)}):")
    for m in exercise.modules:
        when = ", ".join(
            part
            for part in (
                f"day {m.day}" if m.day else "",
                m.start,
                f"{m.duration_min} min" if m.duration_min else "",
                plural(per_module[m.id], "inject"),
            )
            if part
        )
        lines.append(f"    {m.number:>2}  {_clip(m.title)}  ({when})")
    shown = exercise.injects[:first]
    more = f", first {len(shown)}" if len(exercise.injects) > len(shown) else ""
    lines.append(f"  Injects ({len(exercise.injects)}{more}):")
    codes = {t.id: t.code for t in exercise.teams}
    for i in shown:
        to = ", ".join(codes.get(t, "?") for t in i.target_team_ids)
        scene = f"  [{i.scenario_time}]" if i.scenario_time else ""
        arrow = f"  -> {to}" if to else ""
        time = inject_time(i, exercise.module(i.module_id))
        lines.append(f"    {i.number:>3}  {time:>7}{scene}  {_clip(i.title)}{arrow}")
    entries = sum(not e.deleted for e in exercise.log)
    lines.append(f"  Participants: {len(exercise.participants)}   Log entries: {entries}")
    return "\n".join(lines)


def damage(db: Database) -> list[str]:
    """What SQLite's integrity check and foreign-key check find wrong in an open file."""
    from ttx_desktop.storage.connection import integrity_check

    verdict = integrity_check(db)
    return [f"SQLite reports: {verdict}"] if verdict != "ok" else _broken_keys(db)


def _broken_keys(db: Database) -> list[str]:
    return [
        f"table {table} row {rowid} refers to a missing {parent}"
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()
    ]


def stored_problems(xf: ExerciseFile) -> tuple[list[str], Exercise | None]:
    """Every problem of an open exercise file, and its exercise when it could be read."""
    from ttx_desktop.storage.connection import integrity_check

    verdict = integrity_check(xf.db)
    if verdict != "ok":
        return [f"is damaged (SQLite reports: {verdict})"], None
    exercise = xf.exercise.load()
    return _broken_keys(xf.db) + exercise_problems(exercise, xf.clock.all()), exercise


def exercise_problems(exercise: Exercise, clock_events: Sequence[ClockEvent] = ()) -> list[str]:
    """Every broken cross-reference or rule in a stored exercise, as plain sentences."""
    ids = _Ids(
        teams={t.id for t in exercise.teams},
        modules={m.id for m in exercise.modules},
        injects={i.id for i in exercise.injects},
        objectives={o.id for o in exercise.objectives},
    )
    return [
        *_detail_problems(exercise),
        *_inject_problems(exercise.injects, ids),
        *_log_problems(exercise, ids),
        *_clock_problems(clock_events, ids.modules),
    ]


@dataclass(frozen=True)
class _Ids:
    teams: set[str]
    modules: set[str]
    injects: set[str]
    objectives: set[str]


def _detail_problems(exercise: Exercise) -> list[str]:
    problems = []
    d = exercise.details
    if not d.title.strip():
        problems.append("the exercise has no title")
    if d.start_date and d.end_date and d.end_date < d.start_date:
        problems.append(f"the exercise ends ({d.end_date}) before it starts ({d.start_date})")
    problems += _twice("team code", (t.code.casefold() for t in exercise.teams))
    problems += _twice("team name", (t.name.casefold() for t in exercise.teams))
    problems += _twice("module number", (str(m.number) for m in exercise.modules))
    problems += _twice("inject number", (str(i.number) for i in exercise.injects))
    problems += [
        f"module {m.number}: start {m.start!r} is not a time of day (HH:MM)"
        for m in exercise.modules
        if m.start and parse_time_of_day(m.start) is None
    ]
    teams = {t.id for t in exercise.teams}
    problems += [
        f"participant {p.name!r}: unknown team {p.team_id}"
        for p in exercise.participants
        if p.team_id is not None and p.team_id not in teams
    ]
    return problems


def _inject_problems(injects: Iterable[Inject], ids: _Ids) -> list[str]:
    problems = []
    for i in injects:
        found = [f"unknown team {t}" for t in i.target_team_ids if t not in ids.teams]
        found += [f"unknown objective {o}" for o in i.objective_ids if o not in ids.objectives]
        if i.module_id not in ids.modules:
            found.append(f"unknown module {i.module_id}")
        if i.planned_s < 0:
            found.append(f"planned before its module starts ({i.planned_s} s)")
        if i.pinned and parse_time_of_day(i.pinned) is None:
            found.append(f"pinned time {i.pinned!r} is not a time of day (HH:MM)")
        if (i.status is InjectStatus.RELEASED) != (i.released_at is not None):
            found.append(f"{i.status.value}, but its release time is {i.released_at or 'missing'}")
        problems += [f"inject {i.number}: {what}" for what in found]
    return problems


def _log_problems(exercise: Exercise, ids: _Ids) -> list[str]:
    problems = []
    for e in exercise.log:
        refs = (
            ("team", e.team_id, ids.teams),
            ("inject", e.inject_id, ids.injects),
            ("module", e.module_id, ids.modules),
            ("objective", e.objective_id, ids.objectives),
        )
        found = [f"unknown {what} {ref}" for what, ref, known in refs if ref and ref not in known]
        if not e.text.strip() and not e.deleted:
            found.append("has no text")
        problems += [f"log entry {e.id}: {what}" for what in found]
    problems += [
        f"recommendation {r.issue[:40]!r}: unknown objective {r.objective_id}"
        for r in exercise.recommendations
        if r.objective_id is not None and r.objective_id not in ids.objectives
    ]
    return problems


def _twice(what: str, keys: Iterable[str]) -> list[str]:
    seen = Counter(keys)
    return [f"{what} {key!r} is used {n} times" for key, n in seen.items() if n > 1]


def _clock_problems(events: Sequence[ClockEvent], modules: set[str]) -> list[str]:
    problems = []
    clock = ExerciseClock()
    for event in sorted(events, key=lambda e: e.seq):
        where = f"clock event {event.seq} ({event.action.value})"
        if event.module_id not in modules:
            problems.append(f"{where}: unknown module {event.module_id}")
        try:
            clock.apply(event)
        except ClockError as exc:
            problems.append(f"{where}: {exc}")
    return problems
