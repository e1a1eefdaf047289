"""The appendices of the after-action report: the improvement plan (landscape), the
participants counted by organisation, team, gender, role and day, the participants' feedback,
and the acronyms."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from statistics import mean

from ttx_desktop.domain.model import FEEDBACK_RATINGS, Exercise, Gender, Participant, Priority, Role
from ttx_desktop.exporters import facts
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
    rows: list[TableRow] = []
    for number, item in enumerate(facts.plan_items(exercise), 1):
        objective = exercise.objective(item.objective_id)
        where = Cell(f"{objective.code}. {objective.title}", objective.capability) if objective \
            else Cell("—")  # fmt: skip
        priority = f"{lb['priority']}: {_priority(item.priority, lb.language)}" \
            if item.priority is not Priority.NONE else ""  # fmt: skip
        rows.append(
            (
                str(number),
                where,
                Cell(item.issue),
                Cell(item.corrective_action, priority),
                item.capability_element,
                Cell(item.responsible, item.contact),
                _span(lb.short_date(item.start), lb.short_date(item.completion)),
                lb[f"status_{item.status.value}"],
            )
        )
    # The point of contact under the organisation and both dates in one column: ten columns
    # of Russian headers would not fit a landscape page without breaking words.
    status_width = 1.4 if lb.language == "ru" else 1.0  # "Выполняется" is long
    columns = [
        Column("№", 0.35), Column(lb["objective_capability"], 2.0), Column(lb["issue"], 2.6),
        Column(lb["corrective_action"], 2.6), Column(lb["capability_element"], 1.3),
        Column(lb["responsible_contact"], 2.0), Column(lb["start_completion"], 1.3),
        Column(lb["status"], status_width),
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
    _by_role(doc, people)
    _by_day(doc, people, exercise.details.start_date)


STAFF = (Role.FACILITATOR, Role.EVALUATOR, Role.CONTROLLER, Role.OBSERVER)


def _by_role(doc: DocumentBuilder, people: tuple[Participant, ...]) -> None:
    """Players apart from the staff who ran, recorded and watched the exercise."""
    lb = doc.labels
    counts = Counter(p.role for p in people)
    doc.heading(lb["by_role"], 2)
    rows: list[TableRow] = [(Cell(lb["players"], bold=True), Cell(str(counts[Role.PLAYER]),
                                                                  bold=True))]  # fmt: skip
    rows += [(lb.roles(role), str(counts[role])) for role in STAFF if counts[role]]
    staff = sum(counts[role] for role in STAFF)
    rows.append((Cell(lb["staff_total"], bold=True), Cell(str(staff), bold=True)))
    doc.table([Column(lb["participants"], 4), Column(lb["count"], 1)], rows)


def _by_day(doc: DocumentBuilder, people: tuple[Participant, ...], start: date | None) -> None:
    """Who came on which day (with its date, when the exercise has one), where the
    participant list says so."""
    days = sorted({day for p in people for day in p.days})
    if not days:
        return
    lb = doc.labels
    doc.heading(lb["by_day"], 2)
    rows: list[TableRow] = []
    for day in days:
        came = [p for p in people if day in p.days]
        players = sum(p.role is Role.PLAYER for p in came)
        name = lb.format("attendance_day_n", n=day)
        if start is not None:
            name += f" ({lb.short_date(start + timedelta(days=day - 1))})"
        rows.append((name, str(players), str(len(came) - players), str(len(came))))
    doc.table(
        [Column(lb["day_column"], 1.6), Column(lb["players"], 1.3), Column(lb["staff"], 1.6),
         Column(lb["total"], 1)],
        rows,
    )  # fmt: skip
    unknown = sum(not p.days for p in people)
    if unknown:
        doc.paragraph(lb.format("day_unknown", n=unknown), "Note")


def acronyms(doc: DocumentBuilder, exercise: Exercise) -> None:
    """The last appendix, when the definition lists acronyms: each with what it stands for."""
    pairs = sorted(exercise.details.acronyms, key=lambda pair: pair[0].casefold())
    if not pairs:
        return
    lb = doc.labels
    letters = ("A", "B", "C", "D") if lb.language != "ru" else ("А", "Б", "В", "Г")
    letter = letters[3] if exercise.feedback else letters[2]
    doc.heading(lb.format("appendix_acronyms", letter=letter), new_page=True)
    doc.table([Column(lb["acronym"], 1.4), Column(lb["stands_for"], 5)], pairs)


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
