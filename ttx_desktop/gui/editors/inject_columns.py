"""The MSEL's columns for authoring: how each inject field shows and how a typed value parses."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ttx_desktop.domain.model import DeliveryMethod, Exercise, Inject
from ttx_desktop.formats.times import format_time_of_day, parse_offset, parse_time_of_day
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.inject_labels import method_labels, status_labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("InjectColumns", text)


def planned_text(planned_s: int, start_minutes: int | None) -> str:
    """The planned time as a time of day when the module has a start, else as T+H:MM."""
    if start_minutes is None:
        return _offset(planned_s)
    minutes, seconds = divmod(start_minutes * 60 + planned_s, 60)
    text = format_time_of_day(minutes)
    return f"{text}:{seconds:02d}" if seconds else text


def parse_planned(text: Any, start_minutes: int | None) -> int:
    """Seconds from the module's start for "HH:MM" (when it has a start) or "T+H:MM"."""
    typed = str(text).strip()
    if start_minutes is not None and (minutes := parse_time_of_day(typed)) is not None:
        if minutes < start_minutes:
            raise ValueError(
                _tr("{0} is before the module starts at {1}").format(
                    typed, format_time_of_day(start_minutes)
                )
            )
        return (minutes - start_minutes) * 60
    offset = parse_offset(typed if typed[:1] in "T+-" else f"T+{typed}")
    if offset is None or offset < 0:
        hint = "HH:MM" if start_minutes is not None else "T+H:MM"
        raise ValueError(_tr("{0!r} is not a planned time (write {1})").format(typed, hint))
    return round(offset)


def _offset(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"T+{hours}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


def _set(name: str, value: Any, inject: Inject) -> Inject:
    if type(value) is str:
        value = value.strip()
    return dataclasses.replace(inject, **{name: value})


def inject_columns(exercise: Callable[[], Exercise]) -> list[Column[Any]]:
    """The columns of the authoring MSEL; ``exercise`` gives the exercise as it now stands."""

    def start(inject: Inject) -> int | None:
        module = exercise().module(inject.module_id)
        return None if module is None else parse_time_of_day(module.start)

    def module_text(inject: Inject) -> str:
        module = exercise().module(inject.module_id)
        return str(module.number) if module else "?"

    def module_tip(inject: Inject) -> str:
        module = exercise().module(inject.module_id)
        return module.title if module else ""

    def targets(inject: Inject) -> str:
        teams = [exercise().team(t) for t in inject.target_team_ids]
        return ", ".join(t.code for t in teams if t is not None) or "—"

    def targets_tip(inject: Inject) -> str:
        teams = [exercise().team(t) for t in inject.target_team_ids]
        return "\n".join(t.name for t in teams if t is not None)

    def planned_tip(inject: Inject) -> str:
        if inject.pinned:
            return _tr("Pinned to {0} on the wall clock").format(inject.pinned)
        return _tr("On the module's exercise clock; a pause moves it")

    def planned_display(inject: Inject) -> str:
        text = planned_text(inject.planned_s, start(inject))
        return _tr("{0} · pinned {1}").format(text, inject.pinned) if inject.pinned else text

    methods, statuses = method_labels(), status_labels()
    return [
        Column("number", _tr("#"), lambda i: str(i.number), edit=lambda i: i.number,
               apply=lambda i, v: _set("number", int(v), i), numeric=True),
        Column("module_id", _tr("Module"), module_text, edit=lambda i: i.module_id,
               apply=lambda i, v: _set("module_id", str(v), i), tooltip=module_tip,
               numeric=True),
        Column("planned_s", _tr("Planned"), planned_display,
               edit=lambda i: planned_text(i.planned_s, start(i)),
               apply=lambda i, v: _set("planned_s", parse_planned(v, start(i)), i),
               tooltip=planned_tip),
        Column("scenario_time", _tr("Scenario time"), lambda i: i.scenario_time,
               apply=lambda i, v: _set("scenario_time", v, i)),
        Column("title", _tr("Title"), lambda i: i.title, apply=lambda i, v: _set("title", v, i),
               tooltip=lambda i: i.text),
        Column("source", _tr("From"), lambda i: i.source, apply=lambda i, v: _set("source", v, i)),
        Column("target_team_ids", _tr("To"), targets, tooltip=targets_tip,
               colour=lambda i: _first_colour(exercise(), i)),
        Column("method", _tr("Method"), lambda i: methods.get(i.method, i.method.value),
               edit=lambda i: i.method.value,
               apply=lambda i, v: _set("method", DeliveryMethod(v), i)),
        Column("status", _tr("Status"), lambda i: statuses.get(i.status, i.status.value)),
    ]  # fmt: skip


def _first_colour(exercise: Exercise, inject: Inject) -> str | None:
    teams = [exercise.team(t) for t in inject.target_team_ids]
    return next((t.colour for t in teams if t is not None), None)
