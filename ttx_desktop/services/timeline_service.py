"""The timeline of injects: release, skip, delay and re-time them against the exercise clock."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ttx_desktop.domain import schedule
from ttx_desktop.domain.clock import ClockState
from ttx_desktop.domain.model import Exercise, Inject, InjectStatus, Module
from ttx_desktop.domain.schedule import InjectState, ScheduleNow
from ttx_desktop.errors import UserError
from ttx_desktop.messages import Text, msg
from ttx_desktop.services.changes import TIMELINE
from ttx_desktop.services.clock_service import ClockService
from ttx_desktop.storage.exercise_file import ExerciseFile

MAX_SHIFT_MIN = 24 * 60
# An inject's status as a refusal names it (InjectStatus's values, translatable).
_STATUS = {
    InjectStatus.PENDING: msg("pending"),
    InjectStatus.RELEASED: msg("released"),
    InjectStatus.SKIPPED: msg("skipped"),
}


class TimelineRefused(UserError):
    """A release, skip or re-timing that does not fit the inject; nothing was written."""


class TimelineService(QObject):
    """Releases, skips and re-times injects, and says where each stands against the clock.

    Each change is stored first and announced after; the methods that change something return
    the injects as they were before, so an undo command can put them back.

    Signals:
        changed(OpChanges): an inject was released, skipped, reopened or re-timed; the
            session passes it on to the panels (which listen to ``Session.changed``).
    """

    changed = Signal(object)

    def __init__(
        self, file: ExerciseFile, clock: ClockService, *, exercise: Exercise | None = None
    ) -> None:
        """``exercise``, when given, is the file's exercise (no log) just read by its caller,
        so that opening reads it once; else it is read here."""
        super().__init__()
        self._file = file
        self._clock = clock
        self._exercise = file.exercise.load(with_log=False) if exercise is None else exercise
        self._injects = list(self._exercise.injects)

    # ------------------------------------------------------------------ reading

    def injects(self) -> list[Inject]:
        return list(self._injects)

    def inject(self, inject_id: str | None) -> Inject | None:
        return next((i for i in self._injects if i.id == inject_id), None)

    def modules(self) -> tuple[Module, ...]:
        return self._exercise.modules

    def exercise(self) -> Exercise:
        """The exercise as last loaded (no log), with the injects as they stand now."""
        return replace(self._exercise, injects=tuple(self._injects))

    def adopt(self, exercise: Exercise) -> None:
        """Takes the exercise as another service just read it (after an authoring edit or a
        merge), without reading the file again and without announcing it."""
        self._exercise = exercise
        self._injects = list(exercise.injects)

    def now(self) -> ScheduleNow:
        """One reading of the modules' clocks and the local time of day."""
        clock = self._clock
        elapsed = {
            module.id: clock.elapsed(module.id)
            for module in self._exercise.modules
            if clock.state(module.id) is not ClockState.IDLE
        }
        wall = clock.now().wall
        return ScheduleNow(
            elapsed=elapsed,
            time_of_day_s=schedule.time_of_day_s(wall),
            current_module_id=clock.current_module_id(),
            off_day=schedule.modules_off_day(self._exercise, wall),
        )

    def state_of(self, inject: Inject, now: ScheduleNow | None = None) -> InjectState:
        return schedule.state_of(inject, now or self.now())

    def states(self, now: ScheduleNow | None = None) -> dict[str, InjectState]:
        """The state of every inject by id."""
        return schedule.states(self._injects, now or self.now())

    def seconds_until(self, inject: Inject, now: ScheduleNow | None = None) -> float:
        return schedule.seconds_until(inject, now or self.now())

    def next_inject(
        self, now: ScheduleNow | None = None, *, team_id: str | None = None
    ) -> Inject | None:
        """The inject to release next (of those for ``team_id``, when given)."""
        order = [m.id for m in self._exercise.modules]
        injects = [i for i in self._injects if schedule.is_for_team(i, team_id)]
        return schedule.next_inject(injects, now or self.now(), order)

    def current_module_id(self) -> str | None:
        """The module whose clock was last started, resumed or adjusted."""
        return self._clock.current_module_id()

    # ----------------------------------------------------------------- changing

    def release(self, inject_id: str) -> Inject:
        """Releases a pending or skipped inject, stamped with its module's exercise clock and
        the wall time. Returns the inject as it was before."""
        before = self._require(inject_id)
        if before.status is InjectStatus.RELEASED:
            raise TimelineRefused(
                msg("inject {number} has already been released", number=before.number)
            )
        module_id = before.module_id
        at_s = (
            self._clock.elapsed(module_id)
            if self._clock.state(module_id) is not ClockState.IDLE
            else None
        )
        self._file.injects.set_status(
            inject_id, InjectStatus.RELEASED, at_s=at_s, at=self._clock.now().wall
        )
        return self._changed(before)

    def skip(self, inject_id: str) -> Inject:
        """Skips a pending inject. Returns the inject as it was before."""
        before = self._require(inject_id)
        if before.status is not InjectStatus.PENDING:
            raise TimelineRefused(_not_as_expected(before, InjectStatus.PENDING))
        self._file.injects.set_status(inject_id, InjectStatus.SKIPPED)
        return self._changed(before)

    def undo_release(self, inject_id: str) -> Inject:
        """Makes a released inject pending again. Returns the inject as it was before."""
        return self._reopen(inject_id, InjectStatus.RELEASED)

    def unskip(self, inject_id: str) -> Inject:
        """Makes a skipped inject pending again. Returns the inject as it was before."""
        return self._reopen(inject_id, InjectStatus.SKIPPED)

    def restore_status(self, inject: Inject) -> None:
        """Puts back the status and release stamps ``inject`` holds (for undo and redo).

        An inject deleted in the meantime is left alone.
        """
        if self.inject(inject.id) is None:
            return
        self._file.injects.set_status(
            inject.id, inject.status, at_s=inject.released_s, at=inject.released_at
        )
        self._refresh()

    def delay(self, inject_id: str, minutes: int) -> list[Inject]:
        """Plans one inject ``minutes`` later (earlier if negative). Returns it as it was."""
        before = self._require(inject_id)
        self._check_minutes(minutes)
        if before.status is not InjectStatus.PENDING:
            raise TimelineRefused(_not_as_expected(before, InjectStatus.PENDING))
        return self._retime([schedule.delayed(before, minutes)])

    def shift_following(self, inject_id: str, minutes: int) -> list[Inject]:
        """Moves the inject and every later pending inject of its module by ``minutes``.

        Pinned injects other than this one keep their pins. Returns the moved injects as they
        were before.
        """
        self._require(inject_id)
        self._check_minutes(minutes)
        return self._retime(schedule.shifted_following(self._injects, inject_id, minutes))

    def retime(self, injects: Iterable[Inject]) -> None:
        """Puts back the planned times and pins ``injects`` hold (for undo and redo)."""
        known = [i for i in injects if self.inject(i.id) is not None]
        self._file.injects.set_times((i.id, i.planned_s, i.pinned) for i in known)
        self._refresh()

    # ------------------------------------------------------------------ helpers

    def _require(self, inject_id: str) -> Inject:
        inject = self.inject(inject_id)
        if inject is None:
            raise TimelineRefused(msg("the exercise has no inject with id {id}", id=inject_id))
        return inject

    def _reopen(self, inject_id: str, expected: InjectStatus) -> Inject:
        before = self._require(inject_id)
        if before.status is not expected:
            raise TimelineRefused(_not_as_expected(before, expected))
        self._file.injects.set_status(inject_id, InjectStatus.PENDING)
        return self._changed(before)

    @staticmethod
    def _check_minutes(minutes: int) -> None:
        if minutes == 0 or abs(minutes) > MAX_SHIFT_MIN:
            raise TimelineRefused(
                msg("shift by 1 to {most} minutes, forward or back", most=MAX_SHIFT_MIN)
            )

    def _retime(self, moved: list[Inject]) -> list[Inject]:
        if not moved:
            raise TimelineRefused(msg("no pending inject to move"))
        before = [self._require(i.id) for i in moved]
        self._file.injects.set_times((i.id, i.planned_s, i.pinned) for i in moved)
        self._refresh()
        return before

    def _changed(self, before: Inject) -> Inject:
        self._refresh()
        return before

    def _refresh(self) -> None:
        """Reads the exercise once after a write, and announces it: the session hands this
        reading to the other services, so nobody reads it again."""
        self.adopt(self._file.exercise.load(with_log=False))
        self.changed.emit(TIMELINE)


def _not_as_expected(inject: Inject, expected: InjectStatus) -> Text:
    return msg(
        "inject {number} is {status}, not {expected}",
        number=inject.number,
        status=_STATUS[inject.status],
        expected=_STATUS[expected],
    )
