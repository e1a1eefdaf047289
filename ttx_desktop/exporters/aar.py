"""The after-action report and improvement plan, in the HSEEP structure ministries know:
executive summary, exercise overview, conduct (timeline and chart), analysis of objectives with
their ratings and evidence, conclusion, then appendices (aar_appendices.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ttx_desktop.domain.model import Exercise, LogEntry, Objective, Rating
from ttx_desktop.exporters import aar_appendices, aar_evidence, aar_policy, facts
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import Labels, labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.pictures import bars_text, entries_per_team_and_module, timeline_text
from ttx_desktop.exporters.tables import Cell, Column, Group, TableRow

TIMELINE_PX = (2000, 900)
CHART_PX = (2000, 1000)


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The after-action report of ``exercise`` as .docx bytes."""
    options = options or ExportOptions()
    labels = labels_for(exercise.details.language)
    doc = DocumentBuilder(exercise, "aar", kind_title=labels["aar"], options=options)
    entries = facts.live_entries(exercise)
    doc.cover(doc.cover_fields(exercise), full_page=True)
    _handling(doc, exercise)
    doc.toc()
    _executive_summary(doc, exercise, entries)
    _overview(doc, exercise)
    _conduct(doc, exercise)
    _analysis(doc, exercise, entries)
    aar_policy.policy_recommendations(doc, exercise)
    _conclusion(doc, exercise)
    aar_appendices.improvement_plan(doc, exercise)
    aar_appendices.participants(doc, exercise)
    aar_appendices.feedback(doc, exercise)
    aar_appendices.acronyms(doc, exercise)
    return doc.to_bytes()


def _handling(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb, details = doc.labels, exercise.details
    doc.heading(lb["handling_instructions"], new_page=True)
    doc.paragraph(
        lb.format("handling_text", title=details.title, document=lb["aar"], caveat=details.caveat)
    )
    if details.point_of_contact:
        doc.labelled(lb["point_of_contact"], details.point_of_contact)


def _executive_summary(
    doc: DocumentBuilder, exercise: Exercise, entries: Sequence[LogEntry]
) -> None:
    lb = doc.labels
    doc.heading(lb["executive_summary"], new_page=True)
    if exercise.details.executive_summary.strip():
        doc.prose(exercise.details.executive_summary)
    else:
        doc.paragraph(lb["generated_draft"], "Note")
        for text in summary_draft(exercise, entries, lb):
            doc.paragraph(text)
    # The organiser's own summary still gets the lists the log supports (HSEEP's template
    # asks for both).
    aar_evidence.summary_lists(doc, entries)


def summary_draft(exercise: Exercise, entries: Sequence[LogEntry], lb: Labels) -> list[str]:
    """The generated first draft of the executive summary: the facts of the day."""
    d = exercise.details
    venue = lb.format("summary_venue", venue=d.venue) if d.venue else ""
    released = facts.released_injects(exercise)
    kinds = ", ".join(lb.kind_count(kind, n) for kind, n in facts.count_kinds(entries))
    dates = lb.dates(d.start_date, d.end_date)
    held = "summary_held" if dates else "summary_held_undated"
    if not released and not entries:  # nothing has happened yet: the rehearsal, the hour before
        held = "summary_not_held"
    first = [lb.format(held, exercise=lb.exercise_named(d.title), dates=dates, venue=venue)]
    if exercise.participants:
        first.append(
            lb.format(
                "summary_people",
                people=len(exercise.participants),
                organisations=len(facts.organisations(exercise)),
                teams=len(exercise.teams),
            )
        )
    second = [
        lb.format(
            "summary_injects",
            planned=len(exercise.injects),
            modules=len(exercise.modules),
            released=len(released),
            skipped=len(exercise.injects) - len(released),
        )
        if exercise.injects
        else lb["no_injects"]
    ]
    if entries:
        second.append(lb.format("summary_entries", entries=len(entries), kinds=kinds))
    result = [" ".join(first), " ".join(second)]
    if exercise.objectives:
        result.append(lb.format("summary_objectives", n=len(exercise.objectives)))
    return result


def _overview(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb, d = doc.labels, exercise.details
    doc.heading(lb["overview"], new_page=True)
    objectives = "\n\n".join(f"{o.code}. {o.title}" for o in exercise.objectives)
    rows = [
        (lb["exercise_name"], d.title),
        (lb["dates"], lb.dates(d.start_date, d.end_date)),
        (lb["venue"], d.venue),
        (lb["purpose"], d.purpose),
        (lb["scope"], d.scope),
        (lb["objectives"], objectives),
        (lb["scenario"], d.scenario_summary),
        (lb["sponsor"], d.sponsor),
        (lb["participating_organisations"], "; ".join(facts.organisations(exercise))),
        (lb["point_of_contact"], d.point_of_contact),
    ]
    doc.table(
        [Column("", 1.3), Column("", 4.2)],
        [(label, value) for label, value in rows if value.strip()],
        header=False,
        label_column=True,
    )


def _conduct(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["conduct"], new_page=True)
    pictures = doc.options.pictures
    chart = entries_per_team_and_module(exercise, lb)
    timeline = bool(exercise.injects)
    # Each picture that has something to show, introduced by what it shows.
    intro = {(True, True): "conduct_intro", (True, False): "conduct_timeline_only",
             (False, True): "conduct_chart_only"}.get((timeline, not chart.empty))  # fmt: skip
    if pictures is not None and intro is None:
        doc.paragraph(lb["no_entries_yet"], "Note")
    elif pictures is not None and intro is not None:
        first, second = doc.next_figure(), doc.next_figure(2)
        doc.paragraph(lb.format(intro, timeline=first, chart=second if timeline else first))
        if timeline:
            png = pictures.timeline(exercise, width=TIMELINE_PX[0], height=TIMELINE_PX[1])
            doc.picture(png, lb["timeline_caption"], description=timeline_text(exercise, lb))
        if not chart.empty:
            png = pictures.grouped_bars(chart, width=CHART_PX[0], height=CHART_PX[1])
            doc.picture(png, lb["chart_caption"], description=bars_text(chart))
    doc.heading(lb["injects_timing"], 2)
    rows: list[TableRow] = []
    for module in exercise.modules:
        injects = sorted((i for i in exercise.injects if i.module_id == module.id),
                         key=lambda i: (i.position, i.number))  # fmt: skip
        if not injects:
            continue
        rows.append(Group(module.title or f"{lb['module']} {module.number}"))
        for inject in injects:
            late = facts.lateness_min(exercise, inject)
            rows.append(
                (
                    str(inject.number),
                    inject.title,
                    facts.planned_time(exercise, inject),
                    facts.local_time(inject.released_at),
                    lb.lateness(late) if inject.released_at else lb["skipped"],
                )
            )
    columns = [Column("№", 0.45), Column(lb["inject"], 4), Column(lb["planned"], 0.9),
               Column(lb["actual"], 0.9), Column(lb["difference"], 1.35)]  # fmt: skip
    doc.table_or_note(columns, rows, lb["no_injects"])


def _analysis(doc: DocumentBuilder, exercise: Exercise, entries: Sequence[LogEntry]) -> None:
    lb = doc.labels
    doc.heading(lb["analysis"], new_page=True)
    doc.paragraph(lb["analysis_intro"], keep_with_next=True)
    scale = [
        (Cell(r.value, bold=True), Cell(lb.rating(r), lb.rating_definition(r)))
        for r in (Rating.P, Rating.S, Rating.M, Rating.U)
    ]
    doc.table([Column(lb["rating"], 0.6), Column(lb["meaning"], 6)], scale)
    if not exercise.objectives:
        doc.paragraph(lb["no_objectives"], "Note")
        aar_evidence.other_observations(doc, exercise, entries)
        return
    summary = [
        (f"{o.code}. {o.title}", o.capability, f"{o.rating.value or '—'}")
        for o in exercise.objectives
    ]
    doc.paragraph(lb["objectives"], "Block Label")
    doc.table(
        [Column(lb["objectives"], 4), Column(lb["capability"], 2.2), Column(lb["rating"], 0.7)],
        summary,
    )
    for objective in exercise.objectives:
        _objective(doc, exercise, objective, entries)
    aar_evidence.other_observations(doc, exercise, entries)


def _objective(
    doc: DocumentBuilder, exercise: Exercise, objective: Objective, entries: Sequence[LogEntry]
) -> None:
    lb = doc.labels
    doc.heading(f"{objective.code}. {objective.title}", 2)
    if objective.capability:
        doc.labelled(lb["capability"], objective.capability)
    rating = objective.rating
    meaning = lb.rating(rating)
    doc.labelled(lb["rating"], f"{rating.value} — {meaning}" if rating.value else meaning)
    if objective.description:
        doc.prose(objective.description)
    if objective.critical_tasks:
        doc.paragraph(lb["critical_tasks"], "Block Label")
        doc.bullets(objective.critical_tasks)
    aar_evidence.objective_evidence(doc, exercise, objective, entries)
    if objective.evaluator_notes.strip():
        doc.labelled(lb["evaluator_notes"], objective.evaluator_notes)


def _conclusion(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["conclusion"], new_page=True)
    if exercise.details.conclusion.strip():
        doc.prose(exercise.details.conclusion)
        return
    doc.paragraph(lb["generated_draft"], "Note")
    counts = Counter(o.rating for o in exercise.objectives)
    rated = [
        f"{counts[r]} — {lb.rating(r).lower()}" if lb.language == "ru" else
        f"{counts[r]} {lb.rating(r).lower()}"
        for r in (Rating.P, Rating.S, Rating.M, Rating.U, Rating.NONE) if counts[r]
    ]  # fmt: skip
    if exercise.objectives and counts[Rating.NONE] < len(exercise.objectives):
        doc.paragraph(lb.format("conclusion_ratings", n=len(exercise.objectives),
                                rated="; ".join(rated)))  # fmt: skip
    elif exercise.objectives:
        doc.paragraph(lb["conclusion_unrated"])
    if exercise.recommendations:
        doc.paragraph(lb.format("conclusion_plan", n=len(exercise.recommendations)))
    elif not exercise.objectives:
        doc.paragraph(lb["no_objectives"], "Note")
