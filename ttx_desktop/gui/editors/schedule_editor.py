"""The schedule: presentations, breaks and plenaries of each module's day, besides the injects."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ttx_desktop.domain.agenda import ScheduleItem, ScheduleKind
from ttx_desktop.gui.editors.delegates import ChoiceDelegate
from ttx_desktop.gui.editors.modules_editor import optional_int
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.undo_commands import AuthoringUndo


def _set(name: str, value: Any, item: ScheduleItem) -> ScheduleItem:
    if type(value) is str:
        value = value.strip()
    return dataclasses.replace(item, **{name: value})


class ScheduleEditor(TableEditor):
    """One row per item: its module, kind, time, length, title and speaker. They show on the
    timeline, on the presenter's agenda and in the situation manual."""

    noun = "schedule"
    stretch = ("title",)

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add item"),
            self.tr("Delete item"),
            self.tr(
                "No presentations, breaks or plenaries yet. Add the speakers, coffee breaks "
                "and report-backs of each day: they show on the timeline and the agenda."
            ),
        )

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("scheduleEditor")
        view = self.view
        view.setItemDelegateForColumn(
            self.model.column_of("module_id"), ChoiceDelegate(self._module_options, view)
        )
        view.setItemDelegateForColumn(
            self.model.column_of("kind"),
            ChoiceDelegate(lambda: [(v, k.value) for k, v in self.kind_labels().items()], view),
        )

    def kind_labels(self) -> dict[ScheduleKind, str]:
        return {
            ScheduleKind.PRESENTATION: self.tr("Presentation"),
            ScheduleKind.BREAK: self.tr("Break"),
            ScheduleKind.PLENARY: self.tr("Plenary"),
        }

    def columns(self) -> list[Column[Any]]:
        def module_text(item: ScheduleItem) -> str:
            module = self.service.exercise.module(item.module_id)
            return f"{module.number} — {module.title}" if module else ""

        return [
            Column("module_id", self.tr("Module"), module_text, edit=lambda i: i.module_id,
                   apply=lambda i, v: _set("module_id", str(v), i)),
            Column("kind", self.tr("Kind"), lambda i: self.kind_labels()[i.kind],
                   edit=lambda i: i.kind.value,
                   apply=lambda i, v: _set("kind", ScheduleKind(str(v)), i)),
            Column("start", self.tr("Starts at"), lambda i: i.start,
                   apply=lambda i, v: _set("start", v, i),
                   tooltip=lambda _i: self.tr("Time of day (HH:MM), or empty")),
            Column("duration_min", self.tr("Minutes"),
                   lambda i: "" if i.duration_min is None else str(i.duration_min),
                   apply=lambda i, v: _set("duration_min", optional_int(v, "minutes"), i),
                   numeric=True),
            Column("title", self.tr("Title"), lambda i: i.title,
                   apply=lambda i, v: _set("title", v, i)),
            Column("speaker", self.tr("Speaker"), lambda i: i.speaker,
                   apply=lambda i, v: _set("speaker", v, i)),
        ]  # fmt: skip

    def records(self) -> Sequence[ScheduleItem]:
        return self.service.exercise.schedule

    def new_record(self) -> ScheduleItem:
        current = self.current()
        return self.service.new_schedule_item(module_id=current.module_id if current else None)

    def _module_options(self) -> list[tuple[str, Any]]:
        return [(f"{m.number} — {m.title}", m.id) for m in self.service.exercise.modules]
