"""What an MSEL import would add, and applying it: the plan the console previews."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol, TypeVar

from ttx_desktop.domain.ids import from_iso
from ttx_desktop.domain.model import Exercise, Inject, Module, Objective, Team
from ttx_desktop.formats.msel_read import MselError, RawTable
from ttx_desktop.formats.problems import Problem
from ttx_desktop.messages import msg


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not an inject: a section heading, a repeated header, an empty inject,
    a legend, or a planning note (``reason`` is then its status as written)."""

    line: int
    reason: str
    text: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """What an import would add; ``errors`` must be empty before it can be applied."""

    source: str
    exercise: Exercise  # what the plan adds to: the open exercise, or a blank new one
    new: bool
    injects: tuple[Inject, ...]
    lines: tuple[int, ...]  # the table row of each inject
    new_teams: tuple[Team, ...]
    new_modules: tuple[Module, ...]
    new_objectives: tuple[Objective, ...]
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    skipped: tuple[SkippedRow, ...]
    dates: tuple[date | None, date | None] = (None, None)
    planning_notes: tuple[SkippedRow, ...] = ()  # rows marked "not injected", "cancelled"...
    notes: tuple[str, ...] = ()  # legends and colour keys found beside the table
    column_warnings: tuple[str, ...] = ()  # columns an MSEL has that were not found
    sheets_read: tuple[str, ...] = ()
    sheets_aside: tuple[tuple[str, str], ...] = ()  # (sheet, why it was not read)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.injects)

    def result(self, title: str | None = None) -> Exercise:
        """The exercise with everything the plan adds (for a new exercise file, or a preview)."""
        ex = self.exercise
        details = ex.details
        if title:
            details = replace(details, title=title)
        if self.new and self.dates[0] is not None:
            details = replace(details, start_date=self.dates[0], end_date=self.dates[1])
        if self.notes:  # the MSEL's legend and colour key, kept with the exercise
            kept = "\n".join(n for n in self.notes if n not in details.notes.splitlines())
            details = replace(details, notes="\n".join(p for p in (details.notes, kept) if p))
        return replace(
            ex,
            details=details,
            teams=ex.teams + self.new_teams,
            objectives=ex.objectives + self.new_objectives,
            modules=tuple(sorted(ex.modules + self.new_modules, key=lambda m: m.number)),
            injects=ex.injects + self.injects,
        )


class PlanWriter(Protocol):
    """Storage that adds records in one transaction (``InjectRepo.add_imported``)."""

    def add_imported(
        self,
        injects: Sequence[Inject],
        *,
        teams: Sequence[Team],
        modules: Sequence[Module],
        objectives: Sequence[Objective],
    ) -> None: ...


def apply_plan(plan: ImportPlan, writer: PlanWriter) -> None:
    """Writes a plan into an open exercise; refuses a plan with errors."""
    if plan.errors:
        raise MselError(plan.errors)
    if not plan.injects:
        raise MselError.at(plan.source, msg("holds no injects to import"))
    writer.add_imported(
        plan.injects,
        teams=plan.new_teams,
        modules=plan.new_modules,
        objectives=plan.new_objectives,
    )


def default_title(raw: RawTable) -> str:
    if raw.title_lines:
        return raw.title_lines[0][:200]
    return Path(raw.source).stem or raw.sheet or "Imported MSEL"


def guess_language(raw: RawTable, sample_rows: int = 50) -> str:
    """The language of a new exercise made from ``raw``: Russian when Cyrillic letters
    outnumber Latin ones in the headers and the first rows (a Russian MSEL gives Russian
    documents), else English."""
    texts = [*raw.headers, *raw.title_lines]
    for row in raw.rows[:sample_rows]:
        texts += [cell for cell in row.cells if isinstance(cell, str)]
    cyrillic = latin = 0
    for text in texts:
        for ch in text:
            if "\u0400" <= ch <= "\u04ff":
                cyrillic += 1
            elif ch.isascii() and ch.isalpha():
                latin += 1
    return "ru" if cyrillic > latin else "en"


T = TypeVar("T", Team, Objective)
TEAM_KEYS: tuple[Callable[[Team], str], ...] = (lambda t: t.name, lambda t: t.code)
OBJECTIVE_KEYS: tuple[Callable[[Objective], str], ...] = (lambda o: o.code, lambda o: o.title)


def find_record(item: str, records: Sequence[T], keys: Sequence[Callable[[T], str]]) -> T | None:
    """The record ``item`` names: by each key exactly, then by each key ignoring case."""
    folded = item.casefold()
    for exact in (True, False):
        for key in keys:
            for record in records:
                name = key(record)
                if name == item if exact else name.casefold() == folded:
                    return record
    return None


def timestamp(value: object) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    text = str(value).strip()
    try:
        return from_iso(text)
    except ValueError as exc:
        raise ValueError(
            msg("{text!r} is not a date and time (write 2026-08-21T09:47:12Z)", text=text)
        ) from exc
