"""The situation manual (participant handbook): overview, objectives, roles, schedule, ground
rules and assumptions, then each module's scenario, key issues and discussion questions.

It is handed to players, so it holds nothing of the injects, expected actions or
facilitators' notes."""

from __future__ import annotations

from ttx_desktop.domain.model import Exercise, Module, Role
from ttx_desktop.exporters import agenda, facts, handbook
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.tables import Cell, Column, Group, TableRow


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The situation manual of ``exercise`` as .docx bytes."""
    options = options or ExportOptions()
    labels = labels_for(exercise.details.language)
    doc = DocumentBuilder(exercise, "sitman", kind_title=labels["sitman"], options=options)
    doc.cover(doc.cover_fields(exercise), full_page=True)
    handbook.handling(doc, exercise, purpose=labels["sitman_purpose"])
    doc.toc(depth=1)  # the parts under each heading repeat; the contents list the heads
    _overview(doc, exercise)
    _objectives(doc, exercise)
    _roles(doc, exercise)
    _structure(doc, exercise)
    _rules(doc, exercise)
    for module in exercise.modules:
        _module(doc, exercise, module)
    _participants(doc, exercise)
    return doc.to_bytes()


def _overview(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb, d = doc.labels, exercise.details
    doc.heading(lb["overview"], new_page=True)
    rows = [
        (lb["exercise_name"], d.title),
        (lb["dates"], lb.dates(d.start_date, d.end_date)),
        (lb["venue"], d.venue),
        (lb["purpose"], d.purpose),
        (lb["scope"], d.scope),
        (lb["scenario"], d.scenario_summary),
        (lb["sponsor"], d.sponsor),
        (lb["participating_organisations"], "; ".join(facts.organisations(exercise))),
        (lb["point_of_contact"], d.point_of_contact),
    ]
    handbook.label_table(doc, rows)


def _objectives(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["objectives_capabilities"], new_page=True)
    if not exercise.objectives:
        doc.paragraph(lb["no_objectives"], "Note")
        return
    doc.paragraph(lb["objectives_intro"], keep_with_next=True)
    rows: list[TableRow] = [
        (Cell(o.code, bold=True), Cell(o.title, o.description), o.capability)
        for o in exercise.objectives
    ]
    doc.table(
        [Column("№", 0.5), Column(lb["objectives"], 4.2), Column(lb["capability"], 1.8)], rows
    )


def _roles(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["roles"])
    present = {p.role for p in exercise.participants} | {Role.PLAYER, Role.FACILITATOR}
    duties = {
        Role.PLAYER: "duty_player",
        Role.FACILITATOR: "duty_facilitator",
        Role.EVALUATOR: "duty_evaluator",
        Role.OBSERVER: "duty_observer",
        Role.CONTROLLER: "duty_controller",
    }
    rows: list[TableRow] = [
        (Cell(lb.roles(role), bold=True), lb[duties[role]]) for role in Role if role in present
    ]
    doc.table([Column(lb["role"], 1.6), Column(lb["duties"], 5)], rows)
    if exercise.teams:
        doc.heading(lb["teams_tables"], 2)
        doc.table(handbook.team_columns(lb), handbook.team_rows(exercise))


def _structure(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["structure"], new_page=True)
    if not exercise.modules:
        doc.paragraph(lb["no_modules"], "Note")
        return
    days = handbook.day_count(exercise)
    doc.paragraph(
        lb.format(
            "structure_intro",
            modules=lb.count(len(exercise.modules), "module"),
            days=lb.count(days, "day"),
        ),
        keep_with_next=True,
    )
    doc.table(handbook.schedule_columns(lb), handbook.schedule_rows(exercise, lb))


def _rules(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb, d = doc.labels, exercise.details
    if d.ground_rules:
        doc.heading(lb["ground_rules"])
        doc.bullets(d.ground_rules)
    if d.assumptions:
        doc.heading(lb["assumptions"])
        doc.bullets(d.assumptions)


def _module(doc: DocumentBuilder, exercise: Exercise, module: Module) -> None:
    lb = doc.labels
    doc.heading(handbook.module_title(module, lb), new_page=True)
    agenda.add_agenda(doc, exercise, module)  # presentations, breaks, plenaries
    if module.narrative.strip():
        doc.heading(lb["narrative"], 2)
        doc.prose(module.narrative)
    if module.key_issues:
        doc.heading(lb["key_issues"], 2)
        doc.bullets(module.key_issues)
    if module.discussion_questions:
        doc.heading(lb["discussion_questions"], 2)
        doc.numbered(module.discussion_questions)
    if not (module.narrative.strip() or module.key_issues or module.discussion_questions):
        doc.paragraph(lb["module_unwritten"], "Note")


def _participants(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    if not exercise.participants:
        return
    doc.heading(lb["appendix_participants"], new_page=True)
    rows: list[TableRow] = []
    for team, by_org in facts.attendance(exercise):
        rows.append(Group(team.name if team else lb["no_team"], team.colour if team else ""))
        for organisation, people in by_org:
            for person in people:
                role = "" if person.role is Role.PLAYER else lb.role(person.role)
                rows.append((person.name, Cell(organisation or "—", role), person.title))
    doc.table(
        [Column(lb["name"], 2), Column(lb["organisation"], 2.8), Column(lb["position"], 2.6)],
        rows,
    )
