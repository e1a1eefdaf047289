"""The minutes: who attended, then module by module each released inject with the entries that
answer it by team, then every decision, the room's votes and the questions no later entry
closed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ttx_desktop.domain.evidence import open_questions
from ttx_desktop.domain.model import EntryKind, Exercise, Inject, InjectStatus, LogEntry, Module
from ttx_desktop.exporters import facts
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import Labels, labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.tables import Cell, Column, Group, TableRow
from ttx_desktop.exporters.votes_section import votes_section


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The minutes of ``exercise`` as .docx bytes (deleted log entries never appear)."""
    options = options or ExportOptions()
    labels = labels_for(exercise.details.language)
    doc = DocumentBuilder(exercise, "minutes", kind_title=labels["minutes"], options=options)
    doc.cover(doc.cover_fields(exercise))
    doc.toc()
    entries = facts.live_entries(exercise)
    _attendance(doc, exercise)
    _proceedings(doc, exercise, entries)
    _entries_of_kind(doc, exercise, entries, EntryKind.DECISION, "decisions", "no_decisions")
    votes_section(doc, exercise, lb_key="minutes_votes")
    _open_questions(doc, exercise, entries)
    return doc.to_bytes()


def _attendance(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["attendance"])
    groups = facts.attendance(exercise)
    if not groups:
        doc.paragraph(lb["none_recorded"], "Note")
        return
    doc.paragraph(
        lb.format(
            "attendance_intro",
            people=len(exercise.participants),
            organisations=len(facts.organisations(exercise)),
            teams=len(exercise.teams),
        ),
        keep_with_next=True,
    )
    rows: list[TableRow] = []
    for team, by_org in groups:
        rows.append(Group(team.name if team else lb["no_team"], team.colour if team else ""))
        for organisation, people in by_org:
            names = ", ".join(
                p.name if p.role.value == "player" else f"{p.name} ({lb.role(p.role).lower()})"
                for p in people
            )
            rows.append((organisation or "—", names, str(len(people))))
    columns = [
        Column(lb["organisation"], 2.4),
        Column(lb["participants"], 4),
        Column(lb["people_short"], 0.6),
    ]
    doc.table(columns, rows)


def _proceedings(doc: DocumentBuilder, exercise: Exercise, entries: Sequence[LogEntry]) -> None:
    lb = doc.labels
    doc.heading(lb["proceedings"], new_page=True)
    by_inject: dict[str, list[LogEntry]] = {}
    loose: dict[str | None, list[LogEntry]] = {}
    for entry in entries:
        if exercise.inject(entry.inject_id) is not None and entry.inject_id is not None:
            by_inject.setdefault(entry.inject_id, []).append(entry)
        else:
            loose.setdefault(facts.entry_module_id(exercise, entry), []).append(entry)
    if not entries and not facts.released_injects(exercise):
        doc.paragraph(lb["no_proceedings"], "Note")
    known_modules = {m.id for m in exercise.modules}
    for n, module in enumerate(exercise.modules):
        _module(doc, exercise, module, by_inject, loose.get(module.id, []), new_page=n > 0)
    stray = [e for key, group in loose.items() if key not in known_modules for e in group]
    if stray:
        doc.heading(lb["other_discussion_general"], 2)
        doc.table(_entry_columns(lb), _entry_rows(exercise, stray, lb))


def _module(
    doc: DocumentBuilder,
    exercise: Exercise,
    module: Module,
    by_inject: dict[str, list[LogEntry]],
    loose: list[LogEntry],
    *,
    new_page: bool,
) -> None:
    lb = doc.labels
    doc.heading(module.title or f"{lb['module']} {module.number}", 2, new_page=new_page)
    shown = facts.released_injects(exercise, module.id)
    answered = [i for i in facts.unreleased_injects(exercise, module.id) if i.id in by_inject]
    for inject in [*shown, *answered]:
        _inject(doc, exercise, inject, by_inject.get(inject.id, []))
    if loose:
        doc.heading(lb["other_discussion"], 3)
        doc.table(_entry_columns(lb), _entry_rows(exercise, loose, lb))
    silent = [i for i in facts.unreleased_injects(exercise, module.id) if i.id not in by_inject]
    if not shown and not answered and not loose and not silent:
        doc.paragraph(lb["module_unplayed"], "Note")
    if silent:
        items = "; ".join(f"{lb.format('inject_n', number=i.number)} ({i.title})" for i in silent)
        doc.paragraph(lb.format("not_released", items=items), "Note")


def _inject(
    doc: DocumentBuilder, exercise: Exercise, inject: Inject, entries: list[LogEntry]
) -> None:
    lb = doc.labels
    released = inject.status is InjectStatus.RELEASED
    time = _when(exercise, inject.released_at, lb) if released else ""
    number = lb.format("inject_n", number=inject.number)
    doc.heading(f"{time} · {number}: {inject.title}" if time else f"{number}: {inject.title}", 3)
    details = []
    if inject.scenario_time:
        details.append(f"{lb['scenario_time'].capitalize()}: {inject.scenario_time}")
    if not released:
        details.append(lb["skipped"])
    if details:
        doc.paragraph(" · ".join(details), "Note", keep_with_next=bool(entries))
    if entries:
        doc.table(_entry_columns(lb), _entry_rows(exercise, entries, lb))
    else:
        doc.paragraph(lb["no_entries_for_inject"], "Note")


def _when(exercise: Exercise, moment: datetime | None, lb: Labels) -> str:
    """A time of day, with its day in a multi-day exercise ("Day 2, 10:40")."""
    day = facts.day_of(exercise, moment)
    time = facts.local_time(moment)
    return lb.format("day_time", day=day, time=time) if day is not None else time


def _entry_columns(lb: Labels) -> list[Column]:
    return [
        Column(lb["time"], 0.7),
        Column(lb["kind"], 1.25),
        Column(lb["entry"], 4.6),
        Column(lb["author"], 1.35),
    ]


def _entry_rows(exercise: Exercise, entries: Sequence[LogEntry], lb: Labels) -> list[TableRow]:
    rows: list[TableRow] = []
    for team, group in facts.group_by_team(exercise, entries):
        rows.append(Group(team.name if team else "—", team.colour if team else ""))
        rows.extend(
            (_when(exercise, e.logged_at, lb), lb.kind(e.kind), e.text, e.author) for e in group
        )
    return rows


def _open_questions(doc: DocumentBuilder, exercise: Exercise, entries: Sequence[LogEntry]) -> None:
    """The questions still open: those no later answer or decision was marked as closing."""
    asked = any(e.kind is EntryKind.QUESTION for e in entries)
    if not asked:
        _entries_of_kind(
            doc, exercise, entries, EntryKind.QUESTION, "open_questions", "no_questions"
        )
        return
    still_open = open_questions(entries)
    if not still_open:
        doc.heading(doc.labels["open_questions"], new_page=True)
        doc.paragraph(doc.labels["no_open_questions"], "Note")
        return
    kind = EntryKind.QUESTION
    _entries_of_kind(doc, exercise, still_open, kind, "open_questions", "no_questions",
                     intro="open_questions_intro")  # fmt: skip


def _entries_of_kind(
    doc: DocumentBuilder,
    exercise: Exercise,
    entries: Sequence[LogEntry],
    kind: EntryKind,
    title: str,
    none: str,
    *,
    intro: str = "",
) -> None:
    lb = doc.labels
    doc.heading(lb[title], new_page=True)
    if intro:
        doc.paragraph(lb[intro], keep_with_next=True)
    chosen = [e for e in entries if e.kind is kind]
    if not chosen:
        doc.paragraph(lb[none], "Note")
        return
    rows: list[TableRow] = []
    for team, group in facts.group_by_team(exercise, chosen):
        rows.append(Group(team.name if team else "—", team.colour if team else ""))
        for entry in group:
            inject = exercise.inject(entry.inject_id)
            rows.append(
                (
                    _when(exercise, entry.logged_at, lb),
                    str(inject.number) if inject else "—",
                    Cell(entry.text, entry.author),
                )
            )
    doc.table(
        [Column(lb["time"], 0.7), Column(lb["inject"], 0.8), Column(lb.kind(kind), 6.2)], rows
    )
