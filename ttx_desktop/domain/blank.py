"""A blank exercise to start from: a title, its dates and one module, nothing else."""

from __future__ import annotations

from datetime import date

from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import Exercise, ExerciseDetails, Module


def blank_exercise(
    title: str,
    start: date | None,
    end: date | None,
    *,
    module_title: str,
    language: str = "en",
) -> Exercise:
    """A new exercise called ``title`` with one module (day 1, from 09:00), ready to fill in."""
    details = ExerciseDetails(
        new_id(), title.strip(), start_date=start, end_date=end or start, language=language
    )
    module = Module(new_id(), 1, module_title, day=1, start="09:00")
    return Exercise(details, modules=(module,))
