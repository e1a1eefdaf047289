"""The facilitator guide: the exercise at a glance, the opening brief, the teams and who sits
where, the timing plan, then module by module the scenario, prompts, discussion questions and
the full MSEL with expected actions and facilitator notes."""

from __future__ import annotations

from ttx_desktop.domain.model import Exercise, Inject, Module, Role
from ttx_desktop.exporters import facts, handbook
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.tables import Cell, Column, Group, TableRow


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The facilitator guide of ``exercise`` as .docx bytes."""
    options = options or ExportOptions()
    labels = labels_for(exercise.details.language)
    doc = DocumentBuilder(exercise, "guide", kind_title=labels["guide"], options=options)
    doc.cover(doc.cover_fields(exercise), full_page=True)
    handbook.handling(doc, exercise, purpose=labels["guide_note"])
    doc.toc(depth=1)  # the parts under each heading repeat; the contents list the heads
    _at_a_glance(doc, exercise)
    _briefing(doc, exercise)
    _seating(doc, exercise)
    _timing(doc, exercise)
    for module in exercise.modules:
        _module(doc, exercise, module)
    return doc.to_bytes()


def _at_a_glance(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb, d = doc.labels, exercise.details
    doc.heading(lb["at_a_glance"], new_page=True)
    handbook.label_table(
        doc,
        [
            (lb["exercise_name"], d.title),
            (lb["dates"], lb.dates(d.start_date, d.end_date)),
            (lb["venue"], d.venue),
            (lb["purpose"], d.purpose),
            (lb["scope"], d.scope),
            (lb["scenario"], d.scenario_summary),
            (lb["point_of_contact"], d.point_of_contact),
        ],
    )
    if exercise.objectives:
        doc.heading(lb["objectives"], 2)
        rows: list[TableRow] = [
            (Cell(o.code, bold=True), o.title, o.capability) for o in exercise.objectives
        ]
        doc.table(
            [Column("№", 0.5), Column(lb["objectives"], 4.2), Column(lb["capability"], 1.8)],
            rows,
        )


def _briefing(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb, d = doc.labels, exercise.details
    if not d.ground_rules and not d.assumptions:
        return
    doc.heading(lb["briefing"], new_page=True)
    doc.paragraph(lb["briefing_intro"])
    if d.ground_rules:
        doc.heading(lb["ground_rules"], 2)
        doc.numbered(d.ground_rules)
    if d.assumptions:
        doc.heading(lb["assumptions"], 2)
        doc.numbered(d.assumptions)


def _seating(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["seating"], new_page=True)
    if exercise.teams:
        doc.table(handbook.team_columns(lb), handbook.team_rows(exercise, names=True))
    else:
        doc.paragraph(lb["no_teams"], "Note")
    control = [p for p in exercise.participants if p.role is not Role.PLAYER]
    if control:
        doc.heading(lb["exercise_control"], 2)
        rows: list[TableRow] = []
        for role in Role:
            people = [p for p in control if p.role is role]
            if people:
                rows.append(Group(lb.roles(role)))
                rows.extend((p.name, p.organisation, p.title) for p in people)
        doc.table(
            [Column(lb["name"], 2), Column(lb["organisation"], 2.8),
             Column(lb["position"], 2.6)],
            rows,
        )  # fmt: skip


def _timing(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["timing_plan"], new_page=True)
    if not exercise.injects:
        doc.paragraph(lb["no_injects"], "Note")
        return
    doc.paragraph(lb["timing_intro"], keep_with_next=True)
    rows: list[TableRow] = []
    for module in exercise.modules:
        rows.append(Group(handbook.module_title(module, lb)))
        if module.start:
            rows.append((module.start, "", Cell(lb["module_opens"], bold=True)))
        for inject in facts.planned_injects(exercise, module.id):
            rows.append(
                (
                    facts.planned_time(exercise, inject),
                    str(inject.number),
                    Cell(inject.title, inject.scenario_time),
                    handbook.targets(exercise, inject, lb),
                    lb.method(inject.method),
                )
            )
        if end := handbook.module_end(module):
            rows.append((end, "", Cell(lb["module_closes"], bold=True)))
    columns = [
        Column(lb["time"], 0.75), Column("№", 0.45), Column(lb["inject"], 3.9),
        Column(lb["to"], 1.6), Column(lb["method"], 1.2),
    ]  # fmt: skip
    doc.table(columns, rows)


def _module(doc: DocumentBuilder, exercise: Exercise, module: Module) -> None:
    lb = doc.labels
    doc.heading(handbook.module_title(module, lb), new_page=True)
    if module.narrative.strip():
        doc.heading(lb["narrative"], 2)
        doc.prose(module.narrative)
    if module.key_issues:
        doc.heading(lb["prompts"], 2)
        doc.bullets(module.key_issues)
    if module.discussion_questions:
        doc.heading(lb["discussion_questions"], 2)
        doc.numbered(module.discussion_questions)
    injects = facts.planned_injects(exercise, module.id)
    if not (module.narrative.strip() or module.key_issues or module.discussion_questions):
        doc.paragraph(lb["module_unwritten"], "Note")
    if injects:
        doc.heading(lb["injects_heading"], 2)
    for inject in injects:
        _inject(doc, exercise, inject)


def _inject(doc: DocumentBuilder, exercise: Exercise, inject: Inject) -> None:
    lb = doc.labels
    doc.heading(f"{lb.format('inject_n', number=inject.number)}: {inject.title}", 3)
    objectives = [exercise.objective(o) for o in inject.objective_ids]
    handbook.label_table(
        doc,
        [
            (lb["planned_time"], facts.planned_time(exercise, inject)),
            (lb["scenario_time_col"], inject.scenario_time),
            (lb["from"], inject.source),
            (lb["to"], handbook.targets(exercise, inject, lb)),
            (lb["method"], lb.method(inject.method)),
            (lb["objectives"], "; ".join(f"{o.code}. {o.title}" for o in objectives if o)),
        ],
    )
    doc.prose(inject.text)
    if inject.expected_actions:
        doc.paragraph(lb["expected_actions"], "Block Label")
        doc.bullets(inject.expected_actions)
    if inject.facilitator_notes.strip():
        doc.paragraph(lb["facilitator_notes"], "Block Label")
        doc.prose(inject.facilitator_notes, "Note")
    if inject.attachments:
        doc.paragraph(lb["attachments"], "Block Label")
        doc.bullets(inject.attachments)
