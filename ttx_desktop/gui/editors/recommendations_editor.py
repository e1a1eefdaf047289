"""The improvement plan: issue, corrective action, objective, owner, contact, dates, priority,
status."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ttx_desktop.domain.model import PlanStatus, Priority, Recommendation
from ttx_desktop.gui.editors.delegates import ChoiceDelegate, DateDelegate, parse_date
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.local_time import date_text
from ttx_desktop.gui.undo_commands import AuthoringUndo


def _set(name: str, value: Any, item: Recommendation) -> Recommendation:
    if type(value) is str:
        value = value.strip()
    return dataclasses.replace(item, **{name: value})


class RecommendationsEditor(TableEditor):
    """The improvement plan written in review, one corrective action per row."""

    noun = "recommendation"
    stretch = ("issue", "corrective_action")
    widest = 170

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add recommendation"),
            self.tr("Delete recommendation"),
            self.tr("No recommendations yet. After the exercise, add one corrective action "
                    "for each area for improvement."),
        )  # fmt: skip

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("recommendationsEditor")
        self.priority_labels = {
            Priority.NONE: "—",
            Priority.HIGH: self.tr("High"),
            Priority.MEDIUM: self.tr("Medium"),
            Priority.LOW: self.tr("Low"),
        }
        self.status_labels = {
            PlanStatus.OPEN: self.tr("Open"),
            PlanStatus.IN_PROGRESS: self.tr("In progress"),
            PlanStatus.DONE: self.tr("Done"),
        }
        self.view.setItemDelegateForColumn(
            self.model.column_of("status"),
            ChoiceDelegate(
                lambda: [(v, k.value) for k, v in self.status_labels.items()], self.view
            ),
        )
        self.view.setItemDelegateForColumn(
            self.model.column_of("objective_id"), ChoiceDelegate(self._objective_options, self.view)
        )
        self.view.setItemDelegateForColumn(
            self.model.column_of("priority"),
            ChoiceDelegate(
                lambda: [(v, k.value) for k, v in self.priority_labels.items()], self.view
            ),
        )
        dates = DateDelegate(self.view)
        for key in ("start", "completion"):
            self.view.setItemDelegateForColumn(self.model.column_of(key), dates)
        self.refresh()
        self.fit_columns()

    def columns(self) -> list[Column[Any]]:
        return [
            Column("issue", self.tr("Issue / area for improvement"), lambda r: r.issue,
                   apply=lambda r, v: _set("issue", v, r), tooltip=lambda r: r.issue),
            Column("corrective_action", self.tr("Corrective action"), lambda r: r.corrective_action,
                   apply=lambda r, v: _set("corrective_action", v, r),
                   tooltip=lambda r: r.corrective_action),
            Column("objective_id", self.tr("Objective"), self._objective_text,
                   edit=lambda r: r.objective_id,
                   apply=lambda r, v: _set("objective_id", v or None, r), clearable=True,
                   tooltip=self._objective_tip),
            Column("capability_element", self.tr("Capability element"),
                   lambda r: r.capability_element,
                   apply=lambda r, v: _set("capability_element", v, r)),
            Column("responsible", self.tr("Responsible organisation"), lambda r: r.responsible,
                   apply=lambda r, v: _set("responsible", v, r)),
            Column("contact", self.tr("Point of contact"), lambda r: r.contact,
                   apply=lambda r, v: _set("contact", v, r)),
            Column("start", self.tr("Start"), lambda r: _date(r.start),
                   edit=lambda r: _iso(r.start),
                   apply=lambda r, v: _set("start", parse_date(str(v)), r), clearable=True),
            Column("completion", self.tr("Completion"), lambda r: _date(r.completion),
                   edit=lambda r: _iso(r.completion),
                   apply=lambda r, v: _set("completion", parse_date(str(v)), r), clearable=True),
            Column("priority", self.tr("Priority"), lambda r: self._priority_text(r.priority),
                   edit=lambda r: r.priority.value,
                   apply=lambda r, v: _set("priority", Priority(v), r), clearable=True),
            Column("status", self.tr("Status"),
                   lambda r: str(getattr(self, "status_labels", {}).get(r.status, r.status.value)),
                   edit=lambda r: r.status.value,
                   apply=lambda r, v: _set("status", PlanStatus(v or "open"), r)),
        ]  # fmt: skip

    def records(self) -> Sequence[Recommendation]:
        return self.service.exercise.recommendations

    def new_record(self) -> Recommendation:
        return dataclasses.replace(self.service.new_recommendation(), issue=self.tr("New issue"))

    def _priority_text(self, priority: Priority) -> str:
        return getattr(self, "priority_labels", {}).get(priority, priority.value) or "—"

    def _objective_text(self, item: Recommendation) -> str:
        objective = self.service.exercise.objective(item.objective_id)
        return objective.code if objective else "—"

    def _objective_tip(self, item: Recommendation) -> str:
        objective = self.service.exercise.objective(item.objective_id)
        return objective.title if objective else ""

    def _objective_options(self) -> list[tuple[str, Any]]:
        return [("—", None)] + [
            (f"{o.code} — {o.title}", o.id) for o in self.service.exercise.objectives
        ]


def _date(value: Any) -> str:
    return date_text(value) if value else ""


def _iso(value: Any) -> str:
    """The text the date delegate edits and parse_date reads."""
    return value.isoformat() if value else ""
