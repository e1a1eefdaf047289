"""Undoable authoring edits: save a record, delete a record, move an inject, edit the details."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from ttx_desktop.domain.agenda import ScheduleItem
from ttx_desktop.domain.model import (
    ExerciseDetails,
    Inject,
    Module,
    Objective,
    Participant,
    Recommendation,
    Team,
)
from ttx_desktop.errors import UserError
from ttx_desktop.formats.msel_plan import ImportPlan
from ttx_desktop.gui.user_text import error_text
from ttx_desktop.services.authoring_service import AuthoringService, Record

# Shown when an undo or redo cannot be carried out (e.g. a log entry now names the team).
ErrorSink = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


def describe(record: Record) -> str:  # noqa: PLR0911 - one return per kind
    """A short name for a record in undo texts: "inject 12", "team CIV"."""
    match record:
        case Inject():
            return _tr("inject {0}").format(record.number)
        case Team():
            return _tr("team {0}").format(record.code)
        case Objective():
            return _tr("objective {0}").format(record.code)
        case Module():
            return _tr("module {0}").format(record.number)
        case Participant():
            return _tr("participant {0}").format(record.name)
        case Recommendation():
            issue = record.issue if len(record.issue) <= 30 else record.issue[:29] + "…"
            return _tr("recommendation “{0}”").format(issue)
        case ScheduleItem():
            return _tr("schedule item “{0}”").format(record.title)
    return _tr("record")


class ServiceCommand(QUndoCommand):
    """Runs service calls for undo and redo; a refused step reports and drops the command.
    Subclasses give ``_apply`` and ``_revert``; ``done`` says the change was made before the
    command was pushed (its first redo does nothing)."""

    def __init__(self, text: str, on_error: ErrorSink | None, done: bool) -> None:
        super().__init__(text)
        self._on_error = on_error
        self._skip_redo = done  # the change was made before the command was pushed

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._attempt(self._apply)

    def undo(self) -> None:
        self._attempt(self._revert)

    def _attempt(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(error_text(exc))

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class SaveRecordCommand(ServiceCommand):
    """Saves ``after``; undo saves ``before`` again, or deletes ``after`` if it was new.

    Only the fields that differ between ``before`` and ``after`` are set back and forth, on
    the record as it is stored then: a delay the timeline made meanwhile survives an undo.
    """

    def __init__(
        self,
        service: AuthoringService,
        before: Record | None,
        after: Record,
        *,
        text: str = "",
        on_error: ErrorSink | None = None,
        done: bool = False,
    ) -> None:
        verb = _tr("Add {0}") if before is None else _tr("Edit {0}")
        super().__init__(text or verb.format(describe(after)), on_error, done)
        self._service = service
        self._before, self._after = before, after
        self._changed = changed_fields(before, after) if before is not None else []
        self._position = service.position(after) if done and before is None else None

    def _apply(self) -> None:
        self._after = self._service.save_record(self._with(self._after), position=self._position)

    def _revert(self) -> None:
        if self._before is None:
            self._position = self._service.delete_record(self._after)
        else:
            self._before = self._service.save_record(self._with(self._before))

    def _with(self, source: Record) -> Record:
        """The stored record with the edited fields taken from ``source``."""
        current = self._service.current(source)
        if current is None or self._before is None:
            return source
        return dataclasses.replace(current, **{f: getattr(source, f) for f in self._changed})


def changed_fields(before: Record, after: Record) -> list[str]:
    """The names of the fields (other than time stamps) whose values differ."""
    return [
        f.name
        for f in dataclasses.fields(before)
        if f.compare and getattr(before, f.name) != getattr(after, f.name)
    ]


class DeleteRecordCommand(ServiceCommand):
    """Deletes a record; undo puts it back where it stood, with what let go of it."""

    def __init__(
        self,
        service: AuthoringService,
        record: Record,
        *,
        position: int | None = None,
        dependents: tuple[Record, ...] = (),
        on_error: ErrorSink | None = None,
        done: bool = False,
    ) -> None:
        super().__init__(_tr("Delete {0}").format(describe(record)), on_error, done)
        self._service = service
        self._record = record
        self._position = position
        self._dependents = dependents

    def _apply(self) -> None:
        self._dependents = self._service.dependents(self._record)
        self._position = self._service.delete_record(self._record)

    def _revert(self) -> None:
        self._record = self._service.save_record(self._record, position=self._position)
        for dependent in self._dependents:
            self._service.save_record(dependent)


class MoveInjectCommand(ServiceCommand):
    """Moves an inject from one index of the MSEL order to another."""

    def __init__(
        self,
        service: AuthoringService,
        inject: Inject,
        old: int,
        new: int,
        *,
        on_error: ErrorSink | None = None,
        done: bool = False,
    ) -> None:
        super().__init__(_tr("Move {0}").format(describe(inject)), on_error, done)
        self._service, self._id, self._old, self._new = service, inject.id, old, new

    def _apply(self) -> None:
        self._service.move_inject(self._id, self._new)

    def _revert(self) -> None:
        self._service.move_inject(self._id, self._old)


class UpdateDetailsCommand(ServiceCommand):
    """Replaces the exercise's details; undo puts the earlier ones back."""

    def __init__(
        self,
        service: AuthoringService,
        before: ExerciseDetails,
        after: ExerciseDetails,
        *,
        on_error: ErrorSink | None = None,
        done: bool = False,
    ) -> None:
        super().__init__(_tr("Edit exercise details"), on_error, done)
        self._service, self._before, self._after = service, before, after

    def _apply(self) -> None:
        self._service.save_details(self._after)

    def _revert(self) -> None:
        self._service.save_details(self._before)


class ImportMselCommand(ServiceCommand):
    """Adds what an MSEL import plan holds; undo takes it all out again in one step."""

    def __init__(
        self,
        service: AuthoringService,
        plan: ImportPlan,
        *,
        on_error: ErrorSink | None = None,
        done: bool = False,
    ) -> None:
        count = len(plan.injects)
        text = _tr("Import {0} injects") if count != 1 else _tr("Import {0} inject")
        super().__init__(text.format(count), on_error, done)
        self._service, self._plan = service, plan

    def _apply(self) -> None:
        self._service.add_imported(self._plan)

    def _revert(self) -> None:
        self._service.remove_imported(self._plan)


class AuthoringUndo:
    """Makes an authoring change now and records it on the undo stack.

    Each method raises the service's UserError when the change is refused; then nothing was
    written and nothing was pushed.
    """

    def __init__(
        self,
        service: AuthoringService,
        stack: QUndoStack,
        on_error: ErrorSink | None = None,
        *,
        changed: SignalInstance | None = None,
    ) -> None:
        """``changed`` is the session's change signal, which the editors listen to (the
        service's own when there is no session: then releases go unheard)."""
        self.service, self._stack, self._on_error = service, stack, on_error
        self.changed = changed if changed is not None else service.changed

    def save(self, before: Record | None, after: Record, *, text: str = "") -> Record:
        stored = self.service.save_record(after)
        self._stack.push(SaveRecordCommand(self.service, before, stored, text=text,
                                           on_error=self._on_error, done=True))  # fmt: skip
        return stored

    def delete(self, record: Record) -> None:
        dependents = self.service.dependents(record)
        position = self.service.delete_record(record)
        self._stack.push(DeleteRecordCommand(self.service, record, position=position,
                                             dependents=dependents, on_error=self._on_error,
                                             done=True))  # fmt: skip

    def duplicate(self, inject: Inject) -> Inject:
        copy = self.service.duplicate_inject(inject.id)
        text = _tr("Duplicate {0} as {1}").format(describe(inject), copy.number)
        self._stack.push(SaveRecordCommand(self.service, None, copy, text=text,
                                           on_error=self._on_error, done=True))  # fmt: skip
        return copy

    def move(self, inject: Inject, new: int) -> None:
        old = [i.id for i in self.service.exercise.injects].index(inject.id)
        if old == new:
            return
        self.service.move_inject(inject.id, new)
        self._stack.push(MoveInjectCommand(self.service, inject, old, new,
                                           on_error=self._on_error, done=True))  # fmt: skip

    def retime(self, before: Inject, after: Inject, new: int) -> Inject:
        """Stores a re-timed inject and moves it to ``new`` in the MSEL order, one undo step."""
        stored = self.service.save_record(after)
        assert isinstance(stored, Inject)
        old = [i.id for i in self.service.exercise.injects].index(stored.id)
        self._stack.beginMacro(_tr("Re-time {0}").format(describe(before)))
        self._stack.push(SaveRecordCommand(self.service, before, stored,
                                           on_error=self._on_error, done=True))  # fmt: skip
        if old != new:
            self.service.move_inject(stored.id, new)
            self._stack.push(MoveInjectCommand(self.service, stored, old, new,
                                               on_error=self._on_error, done=True))  # fmt: skip
        self._stack.endMacro()
        return stored

    def import_plan(self, plan: ImportPlan) -> None:
        """Adds an MSEL import plan's injects (and the records they name) as one step."""
        self.service.add_imported(plan)
        self._stack.push(ImportMselCommand(self.service, plan, on_error=self._on_error,
                                           done=True))  # fmt: skip

    def details(self, after: ExerciseDetails) -> None:
        before = self.service.exercise.details
        if after == before:
            return
        self.service.save_details(after)
        self._stack.push(UpdateDetailsCommand(self.service, before, after,
                                              on_error=self._on_error, done=True))  # fmt: skip
