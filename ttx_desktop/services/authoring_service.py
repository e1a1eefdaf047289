"""Authoring: the exercise's details, objectives, teams, participants, modules and injects."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ttx_desktop.domain.agenda import ScheduleItem, ScheduleKind
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import (
    Exercise,
    ExerciseDetails,
    Inject,
    InjectStatus,
    Module,
    Objective,
    Participant,
    Recommendation,
    Team,
)
from ttx_desktop.errors import UserError
from ttx_desktop.formats.times import parse_time_of_day
from ttx_desktop.messages import Text, joined, msg, punctuated
from ttx_desktop.services import authoring_rules as rules
from ttx_desktop.services.changes import EXERCISE
from ttx_desktop.storage.authoring_repo import AuthoringRepo, RecordInUse, References
from ttx_desktop.storage.exercise_file import ExerciseFile

if TYPE_CHECKING:  # the MSEL reader loads when an MSEL is first imported, not at start
    from ttx_desktop.formats.msel_plan import ImportPlan

Record = Objective | Team | Participant | Module | Inject | Recommendation | ScheduleItem
R = TypeVar("R", Objective, Team, Participant, Module, Inject, Recommendation, ScheduleItem)
T = TypeVar("T")

_TABLE: dict[type, str] = {
    Objective: "objective",
    Team: "team",
    Participant: "participant",
    Module: "module",
    Inject: "inject",
    Recommendation: "recommendation",
    ScheduleItem: "schedule_item",
}
_DETAIL_FIELDS = frozenset(f.name for f in dataclasses.fields(ExerciseDetails)) - {
    "id",
    "created_at",
    "updated_at",
}
_GONE = {
    "objective": msg("That objective no longer exists"),
    "team": msg("That team no longer exists"),
    "participant": msg("That participant no longer exists"),
    "module": msg("That module no longer exists"),
    "inject": msg("That inject no longer exists"),
    "recommendation": msg("That recommendation no longer exists"),
    "schedule_item": msg("That schedule item no longer exists"),
}


class EditRefused(UserError):
    """An authoring change that was refused; nothing was written."""


class AuthoringService(QObject):
    """Holds the exercise as authored now and changes it, one stored edit at a time.

    Every save and delete checks the record, writes it to the file, reads the exercise again
    and then announces it: when a method returns, the change is on disk.

    Signals:
        changed(OpChanges): details, objectives, teams, participants, modules, injects or
            recommendations were changed; ``exercise`` holds the new state. The session
            passes it on to the panels (which listen to ``Session.changed``).
    """

    changed = Signal(object)

    def __init__(self, file: ExerciseFile) -> None:
        super().__init__()
        self._file = file
        self._repo = AuthoringRepo(file.db)
        self._exercise = file.exercise.load(with_log=False)

    @property
    def exercise(self) -> Exercise:
        return self._exercise

    @property
    def readonly(self) -> bool:
        return self._file.readonly

    def reload(self) -> None:
        """Reads the exercise again from the file and announces it."""
        self._stored(None)

    def adopt(self, exercise: Exercise) -> None:
        """Takes the exercise as another service just read it (after a release, a delay or
        a merge), without reading the file again and without announcing it."""
        self._exercise = exercise

    # ----------------------------------------------------------------- details

    def update_details(self, **fields: Any) -> ExerciseDetails:
        """Changes some of the exercise's own fields, e.g. ``update_details(venue="Hall")``."""
        unknown = set(fields) - _DETAIL_FIELDS
        if unknown:
            names = ", ".join(sorted(unknown))
            raise EditRefused(msg("unknown exercise field(s): {fields}", fields=names))
        return self.save_details(dataclasses.replace(self._exercise.details, **fields))

    def save_details(self, details: ExerciseDetails) -> ExerciseDetails:
        self._refuse(rules.details_problems(details), msg("The exercise details"))
        return self._stored(self._repo.save_details(details))

    # -------------------------------------------------------------- objectives

    def save_objective(self, objective: Objective, *, position: int | None = None) -> Objective:
        objective = _stripped(objective, "code", "title")
        problems = rules.objective_problems(objective, self._exercise)
        self._refuse(problems, msg("Objective {code}", code=objective.code or msg("(no code)")))
        return self._stored(self._repo.save_objective(objective, position))

    def delete_objective(self, objective_id: str) -> int | None:
        objective = self._find(self._exercise.objectives, objective_id, "objective")
        return self._delete("objective", objective_id, msg("Objective {code}", code=objective.code))

    # ------------------------------------------------------------------- teams

    def save_team(self, team: Team, *, position: int | None = None) -> Team:
        team = _stripped(team, "code", "name", "colour")
        label = msg("Team {code}", code=team.code or msg("(no code)"))
        self._refuse(rules.team_problems(team, self._exercise), label)
        return self._stored(self._repo.save_team(team, position))

    def delete_team(self, team_id: str) -> int | None:
        team = self._find(self._exercise.teams, team_id, "team")
        label = msg("Team {code} ({name})", code=team.code, name=team.name)
        return self._delete("team", team_id, label)

    # ------------------------------------------------------------ participants

    def save_participant(self, person: Participant, *, position: int | None = None) -> Participant:
        person = _stripped(person, "name")
        label = msg("Participant {name}", name=person.name or msg("(no name)"))
        self._refuse(rules.participant_problems(person, self._exercise), label)
        return self._stored(self._repo.save_participant(person, position))

    def delete_participant(self, participant_id: str) -> int | None:
        self._find(self._exercise.participants, participant_id, "participant")
        return self._delete("participant", participant_id, msg("The participant"))

    # ----------------------------------------------------------------- modules

    def save_module(self, module: Module) -> Module:
        module = _stripped(module, "title", "start")
        label = msg("Module {number}", number=module.number)
        self._refuse(rules.module_problems(module, self._exercise), label)
        return self._stored(self._repo.save_module(module))

    def delete_module(self, module_id: str) -> None:
        module = self._find(self._exercise.modules, module_id, "module")
        label = msg("Module {number} ({title})", number=module.number, title=module.title)
        self._delete("module", module_id, label)

    # ----------------------------------------------------------------- injects

    def validate_inject(self, inject: Inject) -> list[Text]:
        """What is wrong with ``inject`` as it would be saved; empty when it may be saved."""
        return [message for _field, message in self.inject_problems(inject)]

    def inject_problems(self, inject: Inject) -> list[tuple[str, Text]]:
        """Like ``validate_inject``, each message with the field it is about."""
        return rules.inject_problems(inject, self._exercise)

    def save_inject(self, inject: Inject) -> Inject:
        inject = _stripped(inject, "title", "pinned")
        self._refuse(self.validate_inject(inject), msg("Inject {number}", number=inject.number))
        return self._stored(self._repo.save_inject(inject))

    def delete_inject(self, inject_id: str) -> None:
        inject = self._find(self._exercise.injects, inject_id, "inject")
        self._delete("inject", inject_id, msg("Inject {number}", number=inject.number))

    def next_inject_number(self) -> int:
        return self._repo.next_inject_number()

    def new_inject(self, *, after_id: str | None = None) -> Inject:
        """A fresh inject (not yet stored) placed after ``after_id``, or at the end."""
        after = self._exercise.inject(after_id)
        if after is None and self._exercise.injects:
            after = self._exercise.injects[-1]
        if after is None:
            if not self._exercise.modules:
                raise EditRefused(msg("Add a module first: every inject belongs to a module"))
            module_id, planned, position = self._exercise.modules[0].id, 0, 0
        else:
            module_id, planned, position = after.module_id, after.planned_s, after.position + 1
        return Inject(
            id=new_id(),
            number=self.next_inject_number(),
            module_id=module_id,
            title="New inject",
            planned_s=planned,
            position=position,
        )

    def duplicate_inject(self, inject_id: str) -> Inject:
        """Stores a copy of an inject, pending, with the next free number, right after it."""
        source = self._find(self._exercise.injects, inject_id, "inject")
        copy = dataclasses.replace(
            source,
            id=new_id(),
            number=self.next_inject_number(),
            position=source.position + 1,
            status=InjectStatus.PENDING,
            released_s=None,
            released_at=None,
        )
        return self.save_inject(copy)

    def move_inject(self, inject_id: str, new_position: int) -> None:
        """Moves an inject to index ``new_position`` of the MSEL order (0 is the first)."""
        ids = [i.id for i in self._exercise.injects]
        if inject_id not in ids:
            raise EditRefused(msg("That inject no longer exists"))
        ids.remove(inject_id)
        ids.insert(max(0, min(new_position, len(ids))), inject_id)
        self._repo.reorder("inject", ids)
        self._stored(None)

    # ------------------------------------------------------------ MSEL import

    def add_imported(self, plan: ImportPlan) -> None:
        """Adds what an MSEL import plan holds (injects, and the teams, modules and
        objectives they name) in one transaction; refuses a plan with errors."""
        from ttx_desktop.formats.msel_plan import apply_plan

        self._refuse([], msg("The import of {source}", source=str(plan.source)))
        apply_plan(plan, self._file.injects)
        self._stored(None)

    def remove_imported(self, plan: ImportPlan) -> None:
        """Takes out what ``add_imported(plan)`` added, in one transaction, unless something
        added since names it (a log entry, another inject, a participant...)."""
        self._refuse([], msg("The imported injects"))
        held = rules.import_holders(plan, self._exercise, self._repo.references)
        if held:
            raise RecordInUse(
                msg("The import cannot be taken out: {reasons}", reasons=joined(held, "; "))
            )
        gone = [("inject", i.id) for i in plan.injects]
        gone += [("module", m.id) for m in plan.new_modules]
        gone += [("team", t.id) for t in plan.new_teams]
        gone += [("objective", o.id) for o in plan.new_objectives]
        self._repo.delete_all(gone)
        self._stored(None)

    # --------------------------------------------------------- recommendations

    def save_recommendation(self, item: Recommendation) -> Recommendation:
        item = _stripped(item, "issue")
        problems = rules.recommendation_problems(item, self._exercise)
        self._refuse(problems, msg("The recommendation"))
        return self._stored(self._repo.save_recommendation(item))

    def delete_recommendation(self, recommendation_id: str) -> None:
        self._find(self._exercise.recommendations, recommendation_id, "recommendation")
        self._delete("recommendation", recommendation_id, msg("The recommendation"))

    def new_recommendation(self) -> Recommendation:
        """A fresh improvement-plan item (not yet stored), placed at the end."""
        last = max((r.position for r in self._exercise.recommendations), default=-1)
        return Recommendation(id=new_id(), issue="New issue", position=last + 1)

    # ---------------------------------------------------------- schedule items

    def save_schedule_item(
        self, item: ScheduleItem, *, position: int | None = None
    ) -> ScheduleItem:
        """Stores a presentation, break or plenary of a module's day."""
        item = _stripped(item, "title", "start", "speaker")
        problems: list[Text] = []
        if not item.title:
            problems.append(msg("the title is missing"))
        if self._exercise.module(item.module_id) is None:
            problems.append(msg("its module does not exist"))
        if item.start and parse_time_of_day(item.start) is None:
            problems.append(msg("{start!r} is not a time of day (write HH:MM)", start=item.start))
        if item.duration_min is not None and item.duration_min <= 0:
            problems.append(msg("the duration must be at least one minute"))
        label = msg("Schedule item {title}", title=item.title or msg("(no title)"))
        self._refuse(problems, label)
        return self._stored(self._repo.save_schedule_item(item, position))

    def delete_schedule_item(self, item_id: str) -> int | None:
        item = self._find(self._exercise.schedule, item_id, "schedule_item")
        return self._delete(
            "schedule_item", item_id, msg("Schedule item {title}", title=item.title)
        )

    def new_schedule_item(self, *, module_id: str | None = None) -> ScheduleItem:
        """A fresh presentation (not yet stored) in ``module_id``'s day, else the first module's."""
        module = self._exercise.module(module_id) or (
            self._exercise.modules[0] if self._exercise.modules else None
        )
        last = max((i.position for i in self._exercise.schedule), default=-1)
        return ScheduleItem(
            new_id(), module.id if module else "", ScheduleKind.PRESENTATION,
            "New presentation", start=module.start if module else "", duration_min=30,
            position=last + 1,
        )  # fmt: skip

    # ---------------------------------------------------- any record, for undo

    def save_record(self, record: Record, *, position: int | None = None) -> Record:  # noqa: PLR0911
        """Saves any authored record (used by undo, which holds records of every kind)."""
        match record:
            case Objective():
                return self.save_objective(record, position=position)
            case Team():
                return self.save_team(record, position=position)
            case Participant():
                return self.save_participant(record, position=position)
            case Module():
                return self.save_module(record)
            case Inject():
                return self.save_inject(record)
            case Recommendation():
                return self.save_recommendation(record)
            case ScheduleItem():
                return self.save_schedule_item(record, position=position)
        raise TypeError(f"not an authored record: {record!r}")

    def delete_record(self, record: Record) -> int | None:
        """Deletes any authored record; returns its former position where it had one."""
        deleters = {
            Objective: self.delete_objective,
            Team: self.delete_team,
            Participant: self.delete_participant,
            Module: self.delete_module,
            Inject: self.delete_inject,
            Recommendation: self.delete_recommendation,
            ScheduleItem: self.delete_schedule_item,
        }
        return deleters[type(record)](record.id)

    def dependents(self, record: Record) -> tuple[Record, ...]:
        """Records that let go of ``record`` when it is deleted (and get it back on undo)."""
        if isinstance(record, Team):
            return tuple(p for p in self._exercise.participants if p.team_id == record.id)
        if isinstance(record, Objective):
            return tuple(r for r in self._exercise.recommendations if r.objective_id == record.id)
        if isinstance(record, Module):  # they go with their module, and come back with it
            return tuple(i for i in self._exercise.schedule if i.module_id == record.id)
        return ()

    def current(self, record: Record) -> Record | None:
        """The stored state of the record with ``record``'s kind and id, if it still exists."""
        ex = self._exercise
        kinds: dict[type, tuple[Record, ...]] = {
            Objective: ex.objectives, Team: ex.teams, Participant: ex.participants,
            Module: ex.modules, Inject: ex.injects, Recommendation: ex.recommendations,
            ScheduleItem: ex.schedule,
        }  # fmt: skip
        return next((r for r in kinds[type(record)] if r.id == record.id), None)

    def position(self, record: Record) -> int | None:
        """Where a record stands in its list, for records whose order is stored."""
        table = _TABLE[type(record)]
        return None if table == "module" else self._repo.position(table, record.id)

    # ----------------------------------------------------------------- helpers

    def module_start_minutes(self, module_id: str) -> int | None:
        """The module's scheduled start as minutes after midnight, or None if it has none."""
        module = self._exercise.module(module_id)
        return None if module is None else parse_time_of_day(module.start)

    def _refuse(self, problems: Sequence[str], what: Text) -> None:
        if self._file.readonly:
            raise EditRefused(msg("The exercise is open read-only; changes cannot be saved"))
        if problems:
            raise EditRefused(
                punctuated("{what}: {problems}", what=what, problems=joined(problems, "; "))
            )

    def _delete(self, table: str, record_id: str, label: Text) -> int | None:
        self._refuse([], label)
        holders = self._repo.references(table, record_id)
        if holders:
            raise RecordInUse(
                msg("{label} cannot be deleted: {reasons}", label=label, reasons=_describe(holders))
            )
        try:
            position = self._repo.delete(table, record_id)
        except RecordInUse as exc:
            raise RecordInUse(
                msg("{label} cannot be deleted: other records still name it", label=label)
            ) from exc
        self._stored(None)
        return position

    def _find(self, records: tuple[R, ...], record_id: str, kind: str) -> R:
        found = next((r for r in records if r.id == record_id), None)
        if found is None:
            raise EditRefused(_GONE[kind])
        return found

    def _stored(self, value: T) -> T:
        self._exercise = self._file.exercise.load(with_log=False)
        self.changed.emit(EXERCISE)
        return value


def _stripped(record: R, *names: str) -> R:
    """The record with leading and trailing spaces removed from the named text fields."""
    return dataclasses.replace(record, **{n: getattr(record, n).strip() for n in names})


def _describe(holders: References) -> Text:
    parts = []
    if holders.inject_numbers:
        numbers = ", ".join(str(n) for n in holders.inject_numbers[:8])
        numbers += "…" if len(holders.inject_numbers) > 8 else ""
        if len(holders.inject_numbers) == 1:
            parts.append(msg("inject {numbers} name it", numbers=numbers))
        else:
            parts.append(msg("injects {numbers} name it", numbers=numbers))
    if holders.log_entries:
        if holders.log_entries == 1:
            parts.append(msg("{count} log entry name it", count=holders.log_entries))
        else:
            parts.append(msg("{count} log entries name it", count=holders.log_entries))
    if holders.clock_events:
        parts.append(msg("the exercise clock has run in it"))
    described = parts[0]
    for part in parts[1:]:
        described = msg("{first} and {then}", first=described, then=part)
    if holders.inject_numbers:
        return msg("{reasons} (change those injects first)", reasons=described)
    return described
