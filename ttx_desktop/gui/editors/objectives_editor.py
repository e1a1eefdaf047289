"""Objectives: what the exercise must test, the capability each names, its critical tasks and,
after the exercise, its rating and the evaluators' notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import Objective, Rating
from ttx_desktop.gui.editors.delegates import ChoiceDelegate
from ttx_desktop.gui.editors.form_binding import FormBinding
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.forms.ui_objective_form import Ui_ObjectiveForm
from ttx_desktop.gui.undo_commands import AuthoringUndo


def _set(name: str, value: Any, objective: Objective) -> Objective:
    text: dict[str, Any] = {name: str(value).strip()}  # a text field, named at run time
    return dataclasses.replace(objective, **text)


class ObjectivesEditor(TableEditor):
    """The exercise objectives, in the order the documents list them, and below the selected
    one's critical tasks and evaluator notes."""

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
        self.view.setItemDelegateForColumn(
            self.model.column_of("rating"),
            ChoiceDelegate(lambda: [(v, k.value) for k, v in self.rating_labels().items()],
                           self.view),
        )  # fmt: skip
        self.form = QWidget()
        self.ui = Ui_ObjectiveForm()
        self.ui.setupUi(self.form)
        self._form_id: str | None = None
        self.fields = FormBinding(self)
        self.fields.lines("critical_tasks", self.ui.tasksEdit)
        self.fields.text("evaluator_notes", self.ui.evaluatorEdit)
        self.fields.field_edited.connect(self._on_fields_field_edited)
        self.current_changed.connect(self._on_self_current_changed)
        self.add_detail(self.form)
        self._show_current(force=True)

    def rating_labels(self) -> dict[Rating, str]:
        """HSEEP's ratings as the table shows them."""
        return {
            Rating.NONE: self.tr("Not rated"),
            Rating.P: self.tr("P — performed without challenges"),
            Rating.S: self.tr("S — performed with some challenges"),
            Rating.M: self.tr("M — performed with major challenges"),
            Rating.U: self.tr("U — unable to be performed"),
        }

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
            Column("rating", self.tr("Rating"), lambda o: o.rating.value or "—",
                   edit=lambda o: o.rating.value,
                   apply=lambda o, v: dataclasses.replace(o, rating=Rating(str(v))),
                   tooltip=lambda o: self.rating_labels()[o.rating]),
        ]  # fmt: skip

    def records(self) -> Sequence[Objective]:
        return self.service.exercise.objectives

    def new_record(self) -> Objective:
        taken = {o.code.casefold() for o in self.service.exercise.objectives}
        n = len(taken) + 1
        while f"o{n}" in taken:
            n += 1
        return Objective(new_id(), f"O{n}", self.tr("New objective"))

    # ------------------------------------------------------------------ form

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "fields"):
            self._show_current()

    def _show_current(self, *, force: bool = False) -> None:
        objective = self.current()
        self._form_id = objective.id if objective is not None else None
        self.form.setEnabled(objective is not None)
        self.fields.set_enabled(objective is not None and not self.readonly)
        self.fields.show(objective or Objective("", "", ""), force=force or objective is None)

    def _on_self_current_changed(self, _objective: Objective | None) -> None:
        self._show_current(force=True)

    def _on_fields_field_edited(self, name: str) -> None:
        objective = next((o for o in self.records() if o.id == self._form_id), None)
        if objective is None or self.readonly:
            return
        edited = dataclasses.replace(objective, **{name: self.fields.value(name)})
        if edited != objective or self.fields.is_marked(name):
            self.fields.mark(name, self.save(objective, edited))
