"""The report's evidence: each objective's strengths and areas for improvement (observation,
analysis, references and the improvement plan item that answers it), the observations tied
to no objective, and the summary's lists of major strengths and areas for improvement."""

from __future__ import annotations

from collections.abc import Sequence

from ttx_desktop.domain.model import EntryKind, EntryTag, Exercise, LogEntry, Objective
from ttx_desktop.exporters import facts
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import Labels

SUMMARY_ITEMS = 3


def summary_lists(doc: DocumentBuilder, entries: Sequence[LogEntry]) -> None:
    """Major strengths and primary areas for improvement, a few of each."""
    lb = doc.labels
    for title, tag in (
        ("major_strengths", EntryTag.STRENGTH),
        ("primary_afi", EntryTag.IMPROVEMENT),
    ):
        chosen = leading(entries, tag)
        if chosen:
            doc.paragraph(lb[title], "Block Label")
            doc.bullets(e.text for e in chosen)


def leading(entries: Sequence[LogEntry], tag: EntryTag) -> list[LogEntry]:
    """A few entries judged ``tag``, those a reviewer linked to an objective first."""
    judged = [e for e in entries if facts.judgement(e) is tag]
    judged.sort(key=lambda e: (e.objective_id is None, e.tag is EntryTag.NONE))
    seen: set[str] = set()
    result = []
    for entry in judged:
        if entry.text not in seen:
            seen.add(entry.text)
            result.append(entry)
    return result[:SUMMARY_ITEMS]


def objective_evidence(
    doc: DocumentBuilder, exercise: Exercise, objective: Objective, entries: Sequence[LogEntry]
) -> None:
    """The strengths and areas for improvement tagged to ``objective``, and only those."""
    found = facts.evidence(exercise, objective, entries)
    _strengths(doc, exercise, found.strengths, none="no_strengths")
    _improvements(doc, exercise, found.improvements, none="no_afi")


def other_observations(
    doc: DocumentBuilder, exercise: Exercise, entries: Sequence[LogEntry]
) -> None:
    """Strengths and areas for improvement tagged to no objective, each once; nothing when
    there are none."""
    found = facts.evidence(exercise, None, entries)
    if not found.strengths and not found.improvements:
        return
    lb = doc.labels
    doc.heading(lb["other_observations"], 2)
    doc.paragraph(lb["other_observations_intro"], keep_with_next=True)
    if found.strengths:
        _strengths(doc, exercise, found.strengths, none="")
    if found.improvements:
        _improvements(doc, exercise, found.improvements, none="")


def _strengths(
    doc: DocumentBuilder, exercise: Exercise, items: Sequence[LogEntry], *, none: str
) -> None:
    lb = doc.labels
    doc.heading(lb["strengths"], 3)
    if not items and none:
        doc.paragraph(lb[none], "Note")
    for n, entry in enumerate(items, 1):
        doc.labelled(
            lb.format("strength_n", n=n), entry.text
        ).paragraph_format.keep_with_next = True
        doc.labelled(lb["evidence"], evidence_line(exercise, entry, lb), "Evidence")


def _improvements(
    doc: DocumentBuilder, exercise: Exercise, items: Sequence[LogEntry], *, none: str
) -> None:
    """HSEEP's shape of an area for improvement: the observation, the analysis of its root
    cause, the references, and the improvement plan item that answers it."""
    lb = doc.labels
    doc.heading(lb["areas_for_improvement"], 3)
    if not items and none:
        doc.paragraph(lb[none], "Note")
    numbers = {r.id: n for n, r in enumerate(facts.plan_items(exercise), 1)}
    plan = {r.id: r for r in exercise.recommendations}
    for n, entry in enumerate(items, 1):
        doc.paragraph(lb.format("afi_n", n=n), "Block Label", keep_with_next=True)
        doc.labelled(lb["observation"], entry.text).paragraph_format.keep_with_next = True
        # What the review has not written yet shows as a note, so that a draft shows its gaps.
        lines = [("afi_analysis", entry.analysis or lb["afi_no_analysis"], not entry.analysis)]
        if entry.references:
            lines.append(("afi_references", entry.references, False))
        item = plan.get(entry.plan_item_id or "")
        if item is not None:
            action = item.corrective_action or item.issue
            lines.append(("afi_plan", lb.format("afi_plan_item", n=numbers[item.id],
                                                action=action), False))  # fmt: skip
        else:
            lines.append(("afi_plan", lb["afi_no_plan"], True))
        for label, value, missing in lines:
            line = doc.labelled(lb[label], value, "Note" if missing else None)
            line.paragraph_format.keep_with_next = True
        doc.labelled(lb["evidence"], evidence_line(exercise, entry, lb), "Evidence")


def evidence_line(exercise: Exercise, entry: LogEntry, lb: Labels) -> str:
    """Where an entry comes from: team, inject, date and time, kind, author."""
    team = exercise.team(entry.team_id)
    inject = exercise.inject(entry.inject_id)
    parts = [
        team.name if team else "",
        lb.format("inject_n", number=inject.number) if inject else "",
        f"{lb.short_date(entry.logged_at.astimezone())} {facts.local_time(entry.logged_at)}",
        lb.kind(entry.kind) if entry.kind is not EntryKind.NOTE else "",
        entry.author,
    ]
    return " · ".join(p for p in parts if p)
