"""The MSEL as a Word document: every inject in one landscape table, module by module, with
planned and actual release times and status (the spreadsheet form is formats/msel_write.py)."""

from __future__ import annotations

from collections import Counter

from ttx_desktop.domain.model import Exercise, Inject, InjectStatus
from ttx_desktop.exporters import facts, handbook
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import Labels, labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.tables import Cell, Column, Group, TableRow


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The MSEL of ``exercise`` as .docx bytes, on landscape pages."""
    options = options or ExportOptions()
    lb = labels_for(exercise.details.language)
    doc = DocumentBuilder(exercise, "msel-doc", kind_title=lb["msel_doc"], options=options)
    doc.landscape_throughout()
    doc.paragraph(doc.title, "Title")
    doc.paragraph(doc.kind_title, "Subtitle")
    status = Counter(i.status for i in exercise.injects)
    if not exercise.injects:
        doc.paragraph(lb["no_injects"], "Note")
        return doc.to_bytes()
    doc.paragraph(
        lb.format(
            "msel_intro",
            injects=lb.count(len(exercise.injects), "inject"),
            modules=lb.count(len(exercise.modules), "module"),
            released=status[InjectStatus.RELEASED],
            skipped=status[InjectStatus.SKIPPED],
            pending=status[InjectStatus.PENDING],
        ),
        keep_with_next=True,
    )
    if exercise.teams:
        legend = "; ".join(f"{t.code} — {t.name}" for t in exercise.teams)
        doc.labelled(lb["teams_legend"], legend).paragraph_format.keep_with_next = True
    rows: list[TableRow] = []
    for module in exercise.modules:
        injects = facts.planned_injects(exercise, module.id)
        if not injects:
            continue
        rows.append(Group(handbook.module_title(module, lb)))
        for inject in injects:
            released = inject.status is InjectStatus.RELEASED
            late = facts.lateness_min(exercise, inject)
            rows.append(
                (
                    Cell(str(inject.number), bold=True),
                    facts.planned_time(exercise, inject),
                    Cell(facts.local_time(inject.released_at) if released else "—",
                         lb.lateness(late) if released else ""),
                    inject.scenario_time,
                    Cell(inject.title, bold=True, body=inject.text),
                    inject.source,
                    _codes(exercise, inject, lb),
                    lb.method(inject.method),
                    "\n\n".join(inject.expected_actions),
                    lb.inject_status(inject.status),
                )
            )  # fmt: skip
    columns = [
        Column("№", 0.4), Column(lb["planned"], 1.15), Column(lb["actual"], 1.15),
        Column(lb["scenario_time_col"], 1.75), Column(lb["inject"], 4.0),
        Column(lb["from"], 1.9), Column(lb["to"], 0.95), Column(lb["method"], 1.55),
        Column(lb["expected_actions"], 3.5), Column(lb["status"], 1.3),
    ]  # fmt: skip
    doc.table(columns, rows)  # each inject whole on one page, under the repeated header
    return doc.to_bytes()


def _codes(exercise: Exercise, inject: Inject, lb: Labels) -> str:
    """The teams an inject goes to, by their short codes (named in the legend above)."""
    every = handbook.targets(exercise, inject, lb)
    if every == lb["all_teams"]:
        return every
    return ", ".join(t.code for t in (exercise.team(i) for i in inject.target_team_ids) if t)
