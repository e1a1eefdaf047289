"""Teams: code, name and colour (picked with the colour dialog), description and table."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import Team
from ttx_desktop.gui.editors.delegates import ColourDelegate
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.undo_commands import AuthoringUndo

# Distinct colours that read well as markers and as text backgrounds, light or dark.
PALETTE = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3",
           "#937860", "#DA8BC3", "#8C8C8C", "#CCB974", "#64B5CD")  # fmt: skip


def _set(name: str, value: Any, team: Team) -> Team:
    text: dict[str, Any] = {name: str(value).strip()}  # a text field, named at run time
    return dataclasses.replace(team, **text)


class TeamsEditor(TableEditor):
    """The player groups; a double click on a colour opens the colour picker."""

    noun = "team"
    stretch = ("description",)

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add team"),
            self.tr("Delete team"),
            self.tr("No teams yet. Add one for each table, sector or agency cell."),
        )

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("teamsEditor")
        self.colour_delegate = ColourDelegate(parent=self.view)
        self.view.setItemDelegateForColumn(0, self.colour_delegate)
        self.colour_action = self._tool(self.tr("Choose colour…"), "preferences-desktop-color",
                                        self._on_colour_action_triggered)  # fmt: skip
        self._update_actions()

    def columns(self) -> list[Column[Any]]:
        return [
            Column("colour", self.tr("Colour"), lambda t: t.colour.upper(),
                   colour=lambda t: t.colour,
                   apply=lambda t, v: _set("colour", str(v).upper(), t),
                   tooltip=lambda _t: self.tr("Double-click to choose a colour")),
            Column("code", self.tr("Code"), lambda t: t.code,
                   apply=lambda t, v: _set("code", v, t)),
            Column("name", self.tr("Name"), lambda t: t.name,
                   apply=lambda t, v: _set("name", v, t)),
            Column("table", self.tr("Table"), lambda t: t.table,
                   apply=lambda t, v: _set("table", v, t)),
            Column("description", self.tr("Description"), lambda t: t.description,
                   apply=lambda t, v: _set("description", v, t), tooltip=lambda t: t.description),
        ]  # fmt: skip

    def records(self) -> Sequence[Team]:
        return self.service.exercise.teams

    def new_record(self) -> Team:
        teams = self.service.exercise.teams
        taken = {k.casefold() for t in teams for k in (t.code, t.name)}
        n = len(teams) + 1
        while f"t{n}" in taken or f"new team {n}" in taken:
            n += 1
        used = {t.colour.upper() for t in teams}
        colour = next((c for c in PALETTE if c not in used), PALETTE[len(teams) % len(PALETTE)])
        return Team(new_id(), f"T{n}", self.tr("New team {0}").format(n), colour=colour)

    def choose_colour(self) -> None:
        """Opens the colour picker for the selected team."""
        index = self.view.currentIndex()
        if index.isValid() and not self.readonly:
            self.colour_delegate.pick(self.model, self.model.index(index.row(), 0), self)

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "colour_action"):
            self.colour_action.setEnabled(not self.readonly and self.current() is not None)

    def _on_colour_action_triggered(self) -> None:
        self.choose_colour()
