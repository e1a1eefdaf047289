"""The exercise clock as a use-case: every start, pause, resume, adjust or reset is stored first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ttx_desktop.domain import clock
from ttx_desktop.domain.clock import (
    ClockAction,
    ClockError,
    ClockEvent,
    ClockState,
    ExerciseClock,
    Reading,
)
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.log_entry import Stamp, entry_stamp
from ttx_desktop.errors import UserError
from ttx_desktop.messages import message_of, msg
from ttx_desktop.services.changes import CLOCK
from ttx_desktop.storage.clock_repo import ClockRepo
from ttx_desktop.storage.errors import WriteRefused


class ClockRefused(UserError):
    """A clock action that does not fit the clock's state, or names no module of the exercise."""


class ClockService(QObject):
    """Starts, pauses, resumes, adjusts and resets the modules' clocks.

    The clock is rebuilt from the stored events when the service is made, so after a restart
    or a crash it stands exactly where it was. An event is applied only once it is stored.

    Signals:
        changed(OpChanges): an event was stored; a module's state or elapsed time changed.
    """

    changed = Signal(object)

    def __init__(
        self,
        repo: ClockRepo,
        read_clocks: Callable[[], Reading] = clock.read_clocks,
        *,
        author: str = "",
    ) -> None:
        super().__init__()
        self._repo = repo
        self._read = read_clocks
        self._author = author
        self._clock = ExerciseClock(repo.all())

    def start(self, module_id: str) -> ClockEvent:
        return self._record(module_id, ClockAction.START)

    def pause(self) -> ClockEvent:
        return self._record(self._require_current(), ClockAction.PAUSE)

    def resume(self, module_id: str | None = None) -> ClockEvent:
        """Resumes ``module_id`` (default: the current module) from where it was paused."""
        return self._record(module_id or self._require_current(), ClockAction.RESUME)

    def adjust(self, delta_s: float) -> ClockEvent:
        """Moves the current module's clock forward (positive) or back (negative, not below 0)."""
        return self._record(self._require_current(), ClockAction.ADJUST, delta_s)

    def reset(self, module_id: str) -> ClockEvent:
        return self._record(module_id, ClockAction.RESET)

    def now(self) -> Reading:
        return self._read()

    def elapsed(self, module_id: str | None = None) -> float:
        """Elapsed exercise seconds of ``module_id`` (default: the current module) now."""
        return self._clock.elapsed(self._read(), module_id)

    def state(self, module_id: str | None = None) -> ClockState:
        return self._clock.state(module_id)

    def current_module_id(self) -> str | None:
        return self._clock.current_module_id

    def stamp(self) -> Stamp:
        """The current module and its elapsed seconds now, as a new log entry is stamped."""
        return entry_stamp(self._clock, self._read())

    def _require_current(self) -> str:
        module_id = self._clock.current_module_id
        if module_id is None:
            raise ClockRefused(msg("the exercise clock has not been started"))
        return module_id

    def _record(self, module_id: str, action: ClockAction, delta_s: float = 0.0) -> ClockEvent:
        event = ClockEvent(
            id=new_id(),
            module_id=module_id,
            action=action,
            at=self._read(),
            delta_s=delta_s,
            author=self._author,
        )
        try:
            self._clock.check(event)
        except ClockError as exc:
            raise ClockRefused(message_of(exc)) from exc
        try:
            stored = self._repo.append(event)
        except WriteRefused as exc:  # the module_id foreign key
            raise ClockRefused(
                msg("the exercise has no module with id {id}", id=module_id)
            ) from exc
        self._clock.apply(stored)
        self.changed.emit(CLOCK)
        return stored
