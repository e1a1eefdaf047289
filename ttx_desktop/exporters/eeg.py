"""The exercise evaluation guide (EEG): for each objective its capability and critical tasks
to tick, the observations logged against it, room for the evaluator's notes, the P/S/M/U
rating and the evaluator's name, contact and signature."""

from __future__ import annotations

from collections.abc import Sequence

from docx.shared import Cm, Length
from docx.table import Table

from ttx_desktop.domain.model import Exercise, LogEntry, Objective, Rating, Role
from ttx_desktop.exporters import facts, handbook
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.tables import Cell, Column, TableRow

# The observations printed under an objective: enough to evaluate from, short enough to read;
# the rest are counted (the whole log is in the minutes).
MAX_OBSERVATIONS = 40
RATINGS = (Rating.P, Rating.S, Rating.M, Rating.U)
TICKED, EMPTY = "☒", "☐"


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The evaluation guide of ``exercise`` as .docx bytes."""
    options = options or ExportOptions()
    labels = labels_for(exercise.details.language)
    doc = DocumentBuilder(exercise, "eeg", kind_title=labels["eeg"], options=options)
    doc.cover(doc.cover_fields(exercise), full_page=True)
    handbook.handling(doc, exercise)
    doc.toc(depth=1)  # the parts under each heading repeat; the contents list the heads
    _how_to(doc)
    _evaluators(doc, exercise)
    entries = facts.live_entries(exercise)
    if not exercise.objectives:
        doc.paragraph(labels["no_objectives"], "Note")
    for objective in exercise.objectives:
        _objective(doc, exercise, objective, entries)
    return doc.to_bytes()


def _how_to(doc: DocumentBuilder) -> None:
    lb = doc.labels
    doc.heading(lb["eeg_use"], new_page=True)
    doc.paragraph(lb["eeg_intro"], keep_with_next=True)
    doc.table([Column(lb["rating"], 0.6), Column(lb["meaning"], 6)], _scale(doc, Rating.NONE))


def _scale(doc: DocumentBuilder, chosen: Rating, *, boxes: bool = False) -> list[TableRow]:
    lb = doc.labels
    rows: list[TableRow] = []
    for rating in RATINGS:
        code = f"{TICKED if rating is chosen else EMPTY} {rating.value}" if boxes else rating.value
        rows.append((Cell(code, bold=True), Cell(lb.rating(rating), lb.rating_definition(rating))))
    return rows


def _evaluators(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["evaluators"])
    people = [p for p in exercise.participants if p.role is Role.EVALUATOR]
    if not people:
        doc.paragraph(lb["no_evaluators"], "Note")
        return
    rows: list[TableRow] = []
    for person in people:
        team = exercise.team(person.team_id)
        rows.append((person.name, person.organisation, team.name if team else "", person.email))
    doc.table(
        [Column(lb["name"], 2), Column(lb["organisation"], 2.6), Column(lb["team"], 1.6),
         Column(lb["email"], 2)],
        rows,
    )  # fmt: skip


def _objective(
    doc: DocumentBuilder, exercise: Exercise, objective: Objective, entries: Sequence[LogEntry]
) -> None:
    lb = doc.labels
    doc.heading(f"{objective.code}. {objective.title}", new_page=True)
    handbook.label_table(
        doc, [(lb["capability"], objective.capability), (lb["purpose"], objective.description)]
    )
    if objective.critical_tasks:
        doc.heading(lb["critical_tasks"], 2)
        rows: list[TableRow] = [
            (str(n), task, lb["performed_choices"], "")
            for n, task in enumerate(objective.critical_tasks, 1)
        ]
        doc.table(
            [Column("№", 0.4), Column(lb["critical_tasks"], 3.6),
             Column(lb["performed"], 1.5), Column(lb["observer_notes"], 2.4)],
            rows,
        )  # fmt: skip
    _observations(doc, exercise, facts.about_objective(exercise, objective, entries))
    doc.heading(lb["evaluator_notes_space"], 2)
    notes = doc.table([Column("", 1)], [(objective.evaluator_notes,)], header=False)
    _at_least(notes, Cm(5))
    doc.heading(lb["rating"], 2)
    doc.table(
        [Column(lb["rating"], 0.8), Column(lb["meaning"], 6)],
        _scale(doc, objective.rating, boxes=True),
    )
    doc.heading(lb["evaluator_name"], 2)
    signature = doc.table(
        [Column("", 1.4), Column("", 4)],
        [(lb["name"], ""), (lb["evaluator_contact"], ""), (lb["date_signature"], "")],
        header=False,
        label_column=True,
    )
    _at_least(signature, Cm(0.9))


def _observations(doc: DocumentBuilder, exercise: Exercise, found: list[LogEntry]) -> None:
    lb = doc.labels
    doc.heading(lb["observations"], 2)
    if not found:
        doc.paragraph(lb["no_observations"], "Note")
        return
    shown = sorted(found[:MAX_OBSERVATIONS], key=lambda e: (e.logged_at, e.id))
    days = {e.logged_at.astimezone().date() for e in shown}
    rows: list[TableRow] = []
    for entry in shown:
        when = facts.local_time(entry.logged_at)
        if len(days) > 1:  # over several days a time alone would seem out of order
            when = f"{entry.logged_at.astimezone():%d.%m} {when}"
        team = exercise.team(entry.team_id)
        inject = exercise.inject(entry.inject_id)
        rows.append(
            (
                when,
                team.name if team else "—",
                str(inject.number) if inject else "—",
                lb.kind(entry.kind),
                Cell(entry.text, entry.author),
            )
        )
    doc.table(
        [Column(lb["time"], 0.85), Column(lb["team"], 1.75), Column(lb["inject"], 0.95),
         Column(lb["kind"], 1.25), Column(lb["entry"], 4.4)],
        rows,
    )  # fmt: skip
    if len(found) > len(shown):
        doc.paragraph(lb.format("more_observations", n=len(found) - len(shown)), "Note")


def _at_least(table: Table, height: Length) -> None:
    """Makes each row of ``table`` at least ``height`` tall: room to write by hand."""
    for row in table.rows:
        row.height = height
