"""Participants: name, organisation, team, role and (optionally) gender for statistics."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import Gender, Participant, Role
from ttx_desktop.gui.editors.delegates import ChoiceDelegate
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.undo_commands import AuthoringUndo


def _set(name: str, value: Any, person: Participant) -> Participant:
    if type(value) is str:
        value = value.strip()
    return dataclasses.replace(person, **{name: value})


def parse_days(text: str) -> tuple[int, ...]:
    """ "1, 2 3" as (1, 2, 3); anything that is not a day number is left out."""
    found = {int(part) for part in text.replace(",", " ").split()
             if part.isdecimal() and part.isascii() and 1 <= int(part) <= 366}  # fmt: skip
    return tuple(sorted(found))


class ParticipantsEditor(TableEditor):
    """The people taking part; team, role and gender are chosen from lists."""

    noun = "participant"
    stretch = ("organisation", "title")

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add participant"),
            self.tr("Delete participant"),
            self.tr("No participants yet. Add the players, facilitators, note-takers and "
                    "observers."),
        )  # fmt: skip

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("participantsEditor")
        self.role_labels = {
            Role.PLAYER: self.tr("Player"),
            Role.FACILITATOR: self.tr("Facilitator"),
            Role.EVALUATOR: self.tr("Note-taker / evaluator"),
            Role.OBSERVER: self.tr("Observer"),
            Role.CONTROLLER: self.tr("Controller"),
        }
        self.gender_labels = {
            Gender.UNSPECIFIED: self.tr("Not stated"),
            Gender.FEMALE: self.tr("Female"),
            Gender.MALE: self.tr("Male"),
            Gender.OTHER: self.tr("Other"),
        }
        for key, options in (
            ("team_id", self._team_options),
            ("role", lambda: [(v, k.value) for k, v in self.role_labels.items()]),
            ("gender", lambda: [(v, k.value) for k, v in self.gender_labels.items()]),
        ):
            delegate = ChoiceDelegate(options, self.view)
            self.view.setItemDelegateForColumn(self.model.column_of(key), delegate)
        self.refresh()
        self.fit_columns()

    def columns(self) -> list[Column[Any]]:
        return [
            Column("name", self.tr("Name"), lambda p: p.name,
                   apply=lambda p, v: _set("name", v, p)),
            Column("organisation", self.tr("Organisation"), lambda p: p.organisation,
                   apply=lambda p, v: _set("organisation", v, p)),
            Column("team_id", self.tr("Team"), self._team_text, edit=lambda p: p.team_id,
                   apply=lambda p, v: _set("team_id", v or None, p), clearable=True,
                   colour=self._team_colour),
            Column("role", self.tr("Role"), lambda p: self._label("role_labels", p.role),
                   edit=lambda p: p.role.value, apply=lambda p, v: _set("role", Role(v), p)),
            Column("gender", self.tr("Gender"), lambda p: self._label("gender_labels", p.gender),
                   edit=lambda p: p.gender.value,
                   apply=lambda p, v: _set("gender", Gender(v), p)),
            Column("title", self.tr("Position"), lambda p: p.title,
                   apply=lambda p, v: _set("title", v, p)),
            Column("email", self.tr("E-mail"), lambda p: p.email,
                   apply=lambda p, v: _set("email", v, p)),
            Column("days", self.tr("Days"), lambda p: ", ".join(map(str, p.days)),
                   apply=lambda p, v: _set("days", parse_days(str(v)), p),
                   tooltip=lambda p: self.tr("The days of the exercise the person came, "
                                             "e.g. 1, 2")),
        ]  # fmt: skip

    def records(self) -> Sequence[Participant]:
        return self.service.exercise.participants

    def new_record(self) -> Participant:
        return Participant(new_id(), self.tr("New participant"))

    def _label(self, table: str, value: Any) -> str:
        return str(getattr(self, table, {}).get(value, value))

    def _team_text(self, person: Participant) -> str:
        team = self.service.exercise.team(person.team_id)
        return f"{team.code} — {team.name}" if team else "—"

    def _team_colour(self, person: Participant) -> str | None:
        team = self.service.exercise.team(person.team_id)
        return team.colour if team else None

    def _team_options(self) -> list[tuple[str, Any]]:
        return [("—", None)] + [(f"{t.code} — {t.name}", t.id) for t in self.service.exercise.teams]
