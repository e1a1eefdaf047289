"""Objectives: what the exercise must test, each with a code and the capability it names."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import Objective
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.undo_commands import AuthoringUndo


def _set(name: str, value: Any, objective: Objective) -> Objective:
    return dataclasses.replace(objective, **{name: str(value).strip()})


class ObjectivesEditor(TableEditor):
    """The exercise objectives, in the order the documents list them."""

    noun = "objective"
    stretch = ("title", "description")

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add objective"),
            self.tr("Delete objective"),
            self.tr("No objectives yet. Add what the exercise must test, such as "
                    "“O1 — Warn the public in time”."),
        )  # fmt: skip

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("objectivesEditor")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("code", self.tr("Code"), lambda o: o.code,
                   apply=lambda o, v: _set("code", v, o)),
            Column("title", self.tr("Objective"), lambda o: o.title,
                   apply=lambda o, v: _set("title", v, o)),
            Column("capability", self.tr("Capability"), lambda o: o.capability,
                   apply=lambda o, v: _set("capability", v, o)),
            Column("description", self.tr("Description"), lambda o: o.description,
                   apply=lambda o, v: _set("description", v, o), tooltip=lambda o: o.description),
        ]  # fmt: skip

    def records(self) -> Sequence[Objective]:
        return self.service.exercise.objectives

    def new_record(self) -> Objective:
        taken = {o.code.casefold() for o in self.service.exercise.objectives}
        n = len(taken) + 1
        while f"o{n}" in taken:
            n += 1
        return Objective(new_id(), f"O{n}", self.tr("New objective"))
