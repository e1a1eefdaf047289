"""What the documents count and group: the live log, released injects, evidence, attendance."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ttx_desktop.domain import schedule
from ttx_desktop.domain.model import (
    EntryKind,
    EntryTag,
    Exercise,
    Inject,
    InjectStatus,
    LogEntry,
    Objective,
    Participant,
    Recommendation,
    Team,
)


def live_entries(exercise: Exercise) -> list[LogEntry]:
    """The log without deleted entries, in the order it was recorded."""
    return sorted((e for e in exercise.log if not e.deleted), key=lambda e: (e.logged_at, e.id))


def local_time(moment: datetime | None) -> str:
    """A stored (UTC) moment as the local time of day, "HH:MM"."""
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


def day_of(exercise: Exercise, moment: datetime | None) -> int | None:
    """Which day of a multi-day exercise ``moment`` falls on (1 for its first day), or None
    for a one-day exercise, an unknown moment, or a moment outside the exercise's dates."""
    start, end = exercise.details.start_date, exercise.details.end_date
    if moment is None or start is None or end is None or end <= start:
        return None
    day = (moment.astimezone().date() - start).days + 1
    return day if 1 <= day <= (end - start).days + 1 else None


def entry_module_id(exercise: Exercise, entry: LogEntry) -> str | None:
    """The module an entry belongs to: the one whose clock ran, else its inject's."""
    if entry.module_id is not None:
        return entry.module_id
    inject = exercise.inject(entry.inject_id)
    return inject.module_id if inject is not None else None


def _release_key(inject: Inject) -> tuple[float, float, int]:
    at = inject.released_at.timestamp() if inject.released_at else float("inf")
    return (at, inject.released_s if inject.released_s is not None else 0.0, inject.number)


def released_injects(exercise: Exercise, module_id: str | None = None) -> list[Inject]:
    """Released injects (of one module, if given) in the order they were released."""
    return sorted(
        (
            i
            for i in exercise.injects
            if i.status is InjectStatus.RELEASED and module_id in (None, i.module_id)
        ),
        key=_release_key,
    )


def unreleased_injects(exercise: Exercise, module_id: str | None = None) -> list[Inject]:
    """Injects skipped or never released (of one module, if given), by number."""
    return sorted(
        (
            i
            for i in exercise.injects
            if i.status is not InjectStatus.RELEASED and module_id in (None, i.module_id)
        ),
        key=lambda i: i.number,
    )


def planned_time(exercise: Exercise, inject: Inject) -> str:
    """The planned time as the MSEL shows it: a time of day if known, else "T+H:MM"."""
    return schedule.planned_text(inject, exercise.module(inject.module_id))


def lateness_min(exercise: Exercise, inject: Inject) -> int | None:
    """Minutes an inject was released after (positive) or before its plan; None if unknown.

    Injects pinned to a time of day are compared on the wall clock; the others on their
    module's exercise clock, so a module that started late does not make them all late.
    """
    if inject.status is not InjectStatus.RELEASED:
        return None
    if inject.pinned and inject.released_at is not None:
        pin = schedule.pinned_s(inject)
        if pin is not None:
            return round((schedule.time_of_day_s(inject.released_at) - pin) / 60)
    if inject.released_s is None:
        return None
    return round((inject.released_s - inject.planned_s) / 60)


def judgement(entry: LogEntry) -> EntryTag:
    """Strength, area for improvement or neither: the reviewer's tag, else the entry's kind."""
    if entry.tag is not EntryTag.NONE:
        return entry.tag
    if entry.kind is EntryKind.STRENGTH:
        return EntryTag.STRENGTH
    if entry.kind is EntryKind.IMPROVEMENT:
        return EntryTag.IMPROVEMENT
    return EntryTag.NONE


@dataclass(frozen=True)
class Evidence:
    """The entries that show what went well and what did not for one objective."""

    strengths: tuple[LogEntry, ...]
    improvements: tuple[LogEntry, ...]


def evidence(
    exercise: Exercise, objective: Objective | None, entries: Sequence[LogEntry]
) -> Evidence:
    """Entries judged strength or area for improvement that are tagged to ``objective``; with
    None, those tagged to no objective of the exercise (the report's "Other observations").

    Only the entry's own objective counts: the objectives of its inject were already offered
    as its default when it was logged (domain/evidence.py), and an entry the note-taker or
    reviewer moved elsewhere is never shown under them again."""
    strengths: list[LogEntry] = []
    improvements: list[LogEntry] = []
    for entry in entries:
        verdict = judgement(entry)
        if verdict is EntryTag.NONE or not _bears_on(exercise, entry, objective):
            continue
        (strengths if verdict is EntryTag.STRENGTH else improvements).append(entry)
    return Evidence(tuple(strengths), tuple(improvements))


def _bears_on(exercise: Exercise, entry: LogEntry, objective: Objective | None) -> bool:
    if objective is None:
        return exercise.objective(entry.objective_id) is None
    return entry.objective_id == objective.id


def count_kinds(entries: Iterable[LogEntry]) -> list[tuple[EntryKind, int]]:
    """How many entries of each kind, in the order of EntryKind, leaving out kinds with none."""
    counts = Counter(e.kind for e in entries)
    return [(kind, counts[kind]) for kind in EntryKind if counts[kind]]


def group_by_team(
    exercise: Exercise, entries: Iterable[LogEntry]
) -> list[tuple[Team | None, list[LogEntry]]]:
    """Entries grouped by team in the exercise's team order; entries with no team last."""
    groups: dict[str | None, list[LogEntry]] = defaultdict(list)
    for entry in entries:
        team_id = entry.team_id if exercise.team(entry.team_id) else None
        groups[team_id].append(entry)
    ordered: list[tuple[Team | None, list[LogEntry]]] = [
        (team, groups[team.id]) for team in exercise.teams if groups.get(team.id)
    ]
    if groups.get(None):
        ordered.append((None, groups[None]))
    return ordered


def attendance(exercise: Exercise) -> list[tuple[Team | None, list[tuple[str, list[Participant]]]]]:
    """Participants by team (exercise order; people with no team last), then by organisation."""
    result: list[tuple[Team | None, list[tuple[str, list[Participant]]]]] = []
    known = {t.id for t in exercise.teams}
    for team in (*exercise.teams, None):
        people = [
            p
            for p in exercise.participants
            if (p.team_id == team.id if team else p.team_id not in known)
        ]
        if not people:
            continue
        by_org: dict[str, list[Participant]] = {}
        for person in people:
            by_org.setdefault(person.organisation.strip(), []).append(person)
        result.append((team, list(by_org.items())))
    return result


def organisations(exercise: Exercise) -> list[str]:
    """Participating organisations, each once, in the order they first appear."""
    seen: dict[str, None] = {}
    for person in exercise.participants:
        if name := person.organisation.strip():
            seen.setdefault(name, None)
    return list(seen)


def planned_injects(exercise: Exercise, module_id: str | None = None) -> list[Inject]:
    """Injects (of one module, if given) in their planned order, module by module, released
    or not."""
    order = {m.id: n for n, m in enumerate(exercise.modules)}
    return sorted(
        (i for i in exercise.injects if module_id in (None, i.module_id)),
        key=lambda i: (order.get(i.module_id, len(order)), i.position, i.number),
    )


def about_objective(
    exercise: Exercise, objective: Objective, entries: Sequence[LogEntry]
) -> list[LogEntry]:
    """Entries tagged to ``objective``, those judged strength or area for improvement first,
    then in the order they were recorded."""
    found = [e for e in entries if _bears_on(exercise, e, objective)]
    return sorted(found, key=lambda e: judgement(e) is EntryTag.NONE)


def plan_items(exercise: Exercise) -> list[Recommendation]:
    """The improvement plan in the order the report prints and numbers it (from 1): by
    objective in the exercise's order, items with no objective last."""
    order = {o.id: n for n, o in enumerate(exercise.objectives)}
    return sorted(
        exercise.recommendations,
        key=lambda r: (order.get(r.objective_id or "", len(order)), r.position),
    )
