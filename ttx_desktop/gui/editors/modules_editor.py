"""Modules: the scenario's phases, each with its narrative, key issues and questions."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import Module
from ttx_desktop.gui.editors.form_binding import FormBinding
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.forms.ui_module_form import Ui_ModuleForm
from ttx_desktop.gui.undo_commands import AuthoringUndo


def _set(name: str, value: Any, module: Module) -> Module:
    if type(value) is str:
        value = value.strip()
    return dataclasses.replace(module, **{name: value})


def optional_int(text: Any, what: str) -> int | None:
    """A whole number typed in a cell, or None when left empty."""
    text = str(text).strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a whole number of {what}") from None


class ModulesEditor(TableEditor):
    """The modules in order, and below the selected one's narrative and discussion."""

    noun = "module"

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add module"),
            self.tr("Delete module"),
            self.tr("No modules yet. Add one for each phase of the scenario, often one a day."),
        )

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("modulesEditor")
        self.form = QWidget()
        self.ui = Ui_ModuleForm()
        self.ui.setupUi(self.form)
        self._form_id: str | None = None
        self.fields = FormBinding(self)
        self.fields.text("narrative", self.ui.narrativeEdit)
        self.fields.lines("key_issues", self.ui.issuesEdit)
        self.fields.lines("discussion_questions", self.ui.questionsEdit)
        self.fields.field_edited.connect(self._on_fields_field_edited)
        self.current_changed.connect(self._on_self_current_changed)
        self.add_detail(self.form)
        self._show_current()

    def columns(self) -> list[Column[Any]]:
        return [
            Column("number", self.tr("No."), lambda m: str(m.number), edit=lambda m: m.number,
                   apply=lambda m, v: _set("number", int(v), m), numeric=True),
            Column("title", self.tr("Title"), lambda m: m.title,
                   apply=lambda m, v: _set("title", v, m)),
            Column("day", self.tr("Day"), lambda m: "" if m.day is None else str(m.day),
                   apply=lambda m, v: _set("day", optional_int(v, "days"), m), numeric=True),
            Column("start", self.tr("Starts at"), lambda m: m.start,
                   apply=lambda m, v: _set("start", v, m),
                   tooltip=lambda _m: self.tr("Time of day (HH:MM), or empty")),
            Column("duration_min", self.tr("Minutes"),
                   lambda m: "" if m.duration_min is None else str(m.duration_min),
                   apply=lambda m, v: _set("duration_min", optional_int(v, "minutes"), m),
                   numeric=True),
        ]  # fmt: skip

    def records(self) -> Sequence[Module]:
        return self.service.exercise.modules

    def new_record(self) -> Module:
        modules = self.service.exercise.modules
        number = max((m.number for m in modules), default=0) + 1
        last = modules[-1] if modules else None
        return Module(
            new_id(),
            number,
            self.tr("Module {0}").format(number),
            day=None if last is None or last.day is None else last.day + 1,
            start=last.start if last else "",
        )

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "fields"):
            self._show_current()

    def _show_current(self) -> None:
        module = self.current()
        self._form_id = module.id if module is not None else None
        enabled = module is not None and not self.readonly
        self.fields.set_enabled(enabled)
        self.form.setEnabled(module is not None)
        if module is not None:
            self.fields.show(module)
        else:
            self.fields.show(Module("", 0, ""), force=True)

    def _on_self_current_changed(self, module: Module | None) -> None:
        if module is not None:
            self.fields.show(module, force=True)
        self._show_current()

    def _on_fields_field_edited(self, name: str) -> None:
        module = self.service.exercise.module(self._form_id)
        if module is None or self.readonly:
            return
        edited = dataclasses.replace(module, **{name: self.fields.value(name)})
        if edited != module:
            problem = self.save(module, edited)
            self.fields.mark(name, problem)
