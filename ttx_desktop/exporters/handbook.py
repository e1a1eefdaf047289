"""Parts the situation manual, facilitator guide and evaluation guide share: handling
instructions, label/value tables, the teams' tables, the schedule of modules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from ttx_desktop.domain import schedule
from ttx_desktop.domain.model import Exercise, Inject, Module, Role
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import Labels
from ttx_desktop.exporters.tables import Cell, Column, TableRow


def handling(doc: DocumentBuilder, exercise: Exercise, *, purpose: str = "") -> None:
    """Handling instructions on a page of their own: title, caveat, what the document is for,
    point of contact."""
    lb, details = doc.labels, exercise.details
    doc.heading(lb["handling_instructions"], new_page=True)
    doc.paragraph(
        lb.format(
            "handling_text", title=details.title, document=doc.kind_title, caveat=details.caveat
        )
    )
    if purpose:
        doc.paragraph(purpose)
    if details.point_of_contact:
        doc.labelled(lb["point_of_contact"], details.point_of_contact)


def label_table(doc: DocumentBuilder, rows: Sequence[tuple[str, str]]) -> None:
    """A two-column table of labels and values, leaving out empty values; a long value (a
    purpose, a list of organisations) may run on to the next page. With every value empty
    there is no table."""
    filled = [(label, value) for label, value in rows if value.strip()]
    if not filled:
        return
    doc.table(
        [Column("", 1.3), Column("", 4.2)],
        filled,
        header=False,
        label_column=True,
        split_rows=True,
    )


def module_title(module: Module, lb: Labels) -> str:
    """ "Module 2. Day 2: The dam", or "Module 2" for a module without a title."""
    number = lb.format("module_n", number=module.number)
    return f"{number}. {module.title}" if module.title.strip() else number


def day_count(exercise: Exercise) -> int:
    """How many days the exercise runs: its modules' days, else its dates, else one."""
    days = {m.day for m in exercise.modules if m.day is not None}
    if days:
        return len(days)
    d = exercise.details
    if d.start_date is not None and d.end_date is not None and d.end_date >= d.start_date:
        return (d.end_date - d.start_date).days + 1
    return 1


def module_end(module: Module) -> str:
    """The planned end of a module ("HH:MM"), from its start and duration; or ""."""
    start = schedule.parse_time_of_day(module.start)
    if start is None or module.duration_min is None:
        return ""
    return schedule.format_time_of_day(start + module.duration_min)


def schedule_columns(lb: Labels) -> list[Column]:
    return [
        Column("№", 0.45),
        Column(lb["title_col"], 4.3),
        Column(lb["dates"], 1.2),
        Column(lb["start_time"], 1.1),
        Column(lb["duration"], 1.1),
    ]


def schedule_rows(exercise: Exercise, lb: Labels) -> list[TableRow]:
    """One row per module: number, title, day (and its date), hours, duration."""
    rows: list[TableRow] = []
    first = exercise.details.start_date
    for module in exercise.modules:
        day, when = "", ""
        if module.day is not None:
            day = lb.format("day_n", number=module.day)
            if first is not None:
                when = lb.short_date(first + timedelta(days=module.day - 1))
        end = module_end(module)
        hours = f"{module.start}–{end}" if module.start and end else module.start
        length = lb.format("n_minutes", n=module.duration_min) if module.duration_min else ""
        rows.append((str(module.number), module.title or "—", Cell(day, when), hours, length))
    return rows


def team_columns(lb: Labels) -> list[Column]:
    return [Column(lb["team"], 1.7), Column(lb["seat"], 0.8), Column(lb["members"], 4.6)]


def team_rows(exercise: Exercise, *, names: bool = False) -> list[TableRow]:
    """Each team with its table and who sits at it (its description; with ``names``, also
    the names of its players)."""
    rows: list[TableRow] = []
    for team in exercise.teams:
        members = ""
        if names:
            members = ", ".join(
                p.name
                for p in exercise.participants
                if p.team_id == team.id and p.role is Role.PLAYER
            )
        about = team.description or members
        rows.append(
            (Cell(team.name, team.code, bold=True), team.table, Cell(about, members if about !=
             members else ""))
        )  # fmt: skip
    return rows


def targets(exercise: Exercise, inject: Inject, lb: Labels) -> str:
    """The teams an inject goes to, by name; "All teams" when it names none or every one."""
    names = [t.name for t in (exercise.team(i) for i in inject.target_team_ids) if t]
    every = len(exercise.teams) > 1 and set(inject.target_team_ids) >= {
        t.id for t in exercise.teams
    }
    return lb["all_teams"] if every or not names else ", ".join(names)
