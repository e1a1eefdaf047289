"""The appendices of the after-action report: the improvement plan (landscape), the
participants counted by organisation, team and gender, and the participants' feedback."""

from __future__ import annotations

from collections import Counter
from statistics import mean

from ttx_desktop.domain.model import FEEDBACK_RATINGS, Exercise, Gender, Priority
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.tables import Cell, Column, TableRow


def improvement_plan(doc: DocumentBuilder, exercise: Exercise) -> None:
    """Appendix A: one row per recommendation, in objective order, on landscape pages."""
    lb = doc.labels
    doc.landscape()
    doc.heading(lb["appendix_a"])
    if not exercise.recommendations:
        doc.paragraph(lb["no_recommendations"], "Note")
        doc.portrait()
        return
    doc.paragraph(lb["ip_intro"], keep_with_next=True)
    order = {o.id: n for n, o in enumerate(exercise.objectives)}
    items = sorted(
        exercise.recommendations,
        key=lambda r: (order.get(r.objective_id or "", len(order)), r.position),
    )
    rows: list[TableRow] = []
    for item in items:
        objective = exercise.objective(item.objective_id)
        where = Cell(f"{objective.code}. {objective.title}", objective.capability) if objective \
            else Cell("—")  # fmt: skip
        priority = f"{lb['priority']}: {_priority(item.priority, lb.language)}" \
            if item.priority is not Priority.NONE else ""  # fmt: skip
        rows.append(
            (
                where,
                Cell(item.issue),
                Cell(item.corrective_action, priority),
                item.capability_element,
                Cell(item.responsible, item.contact),
                _span(lb.short_date(item.start), lb.short_date(item.completion)),
            )
        )
    # The point of contact under the organisation and both dates in one column: eight
    # columns of Russian headers would not fit a landscape page without breaking words.
    columns = [
        Column(lb["objective_capability"], 2.2), Column(lb["issue"], 2.9),
        Column(lb["corrective_action"], 2.9), Column(lb["capability_element"], 1.3),
        Column(lb["responsible_contact"], 2.2), Column(lb["start_completion"], 1.3),
    ]  # fmt: skip
    doc.table(columns, rows)
    doc.portrait()


def _span(start: str, end: str) -> str:
    """Start and completion dates, one per line ("16.05.2027 –" over "14.08.2027")."""
    if start and end:
        return f"{start}\u00a0–\n\n{end}"
    return start or end


def _priority(priority: Priority, language: str) -> str:
    names = {"high": ("high", "высокий"), "medium": ("medium", "средний"), "low": ("low", "низкий")}
    return names[priority.value][1 if language == "ru" else 0]


def participants(doc: DocumentBuilder, exercise: Exercise) -> None:
    """Appendix B: how many people took part, by organisation, by team and gender, by gender."""
    lb = doc.labels
    doc.heading(lb["appendix_b"])
    people = exercise.participants
    if not people:
        doc.paragraph(lb["none_recorded"], "Note")
        return
    doc.heading(lb["by_organisation"], 2)
    by_org = Counter(p.organisation.strip() or "—" for p in people)
    rows: list[TableRow] = [(org, str(n)) for org, n in by_org.most_common()]
    rows.append((Cell(lb["total"], bold=True), Cell(str(len(people)), bold=True)))
    doc.table([Column(lb["organisation"], 5), Column(lb["count"], 1)], rows)

    genders = [g for g in Gender if any(p.gender is g for p in people)]
    doc.heading(lb["by_team"], 2)
    team_rows: list[TableRow] = []
    for team in (*exercise.teams, None):
        members = [p for p in people if (p.team_id == team.id if team else
                                         exercise.team(p.team_id) is None)]  # fmt: skip
        if members:
            counts = Counter(p.gender for p in members)
            name = team.name if team else lb["no_team"]
            team_rows.append((name, *(str(counts[g]) for g in genders), str(len(members))))
    totals = Counter(p.gender for p in people)
    team_rows.append(
        (Cell(lb["total"], bold=True), *(Cell(str(totals[g]), bold=True) for g in genders),
         Cell(str(len(people)), bold=True))
    )  # fmt: skip
    doc.table(
        [Column(lb["team"], 3.2), *(Column(lb.gender(g), 1) for g in genders),
         Column(lb["total"], 0.9)],
        team_rows,
    )  # fmt: skip

    doc.heading(lb["by_gender"], 2)
    gender_rows: list[TableRow] = [
        (lb.gender(g), str(totals[g]), lb.percent(100 * totals[g] / len(people))) for g in genders
    ]
    doc.table([Column(lb["by_gender"], 3), Column(lb["count"], 1), Column(lb["share"], 1)],
              gender_rows)  # fmt: skip


def feedback(doc: DocumentBuilder, exercise: Exercise) -> None:
    """Appendix C, once feedback exists: average ratings, and what participants wrote."""
    forms = exercise.feedback
    if not forms:
        return
    lb = doc.labels
    doc.heading(lb["appendix_c"], new_page=True)
    doc.paragraph(lb.format("feedback_intro", n=len(forms)), keep_with_next=True)
    rows: list[TableRow] = []
    for key in FEEDBACK_RATINGS:
        scores = [score for form in forms for k, score in form.ratings if k == key and score]
        if scores:
            rows.append((lb.feedback_statement(key), lb.number(mean(scores), 1), str(len(scores))))
    if rows:
        doc.table(
            [Column(lb["statement"], 5), Column(lb["average"], 0.9), Column(lb["answers"], 0.9)],
            rows,
        )
    for title, texts in (
        ("feedback_strengths", [t for f in forms for t in f.strengths]),
        ("feedback_improvements", [t for f in forms for t in f.improvements]),
        ("feedback_missed", [f.missed for f in forms]),
    ):
        counted = Counter(" ".join(t.split()) for t in texts if t.strip())
        if counted:
            doc.heading(lb[title], 2)
            doc.bullets(f"{t} (×{n})" if n > 1 else t for t, n in counted.most_common())
    suggestions = [s for f in forms for s in f.corrective if s.action.strip()]
    if suggestions:
        doc.heading(lb["feedback_corrective"], 2)
        doc.table(
            [Column(lb["corrective_action"], 4), Column(lb["priority"], 1),
             Column(lb["owner"], 2)],
            [(s.action, _priority(s.priority, lb.language) if s.priority is not Priority.NONE
              else "", s.owner) for s in suggestions],
        )  # fmt: skip
