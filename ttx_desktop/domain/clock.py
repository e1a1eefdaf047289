"""The exercise clock: elapsed time derived from stored events, immune to wall-clock jumps.

The clock keeps no running state of its own. Each start, pause, resume, adjust or reset is
an event that records the wall time, the monotonic time and the boot it was read in. The
elapsed time of a module is then computed from its events and a reading of "now": spans
inside one boot are measured on the monotonic clock (a user or NTP changing the wall clock
changes nothing, and a restart of the program resumes exactly), and only spans across a
reboot fall back to the wall clock, never counted as negative.
"""

from __future__ import annotations

import enum
import functools
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ttx_desktop.domain.ids import utc_now
from ttx_desktop.messages import msg


class ClockAction(enum.StrEnum):
    """What a clock event does."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"
    RESET = "reset"


class ClockState(enum.StrEnum):
    """Where a module's clock stands."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


class ClockError(ValueError):
    """An action that does not fit the clock's state, such as pausing a paused clock."""


@dataclass(frozen=True)
class Reading:
    """One reading of the machine's clocks."""

    wall: datetime
    mono: float
    boot: str


_BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
_PROCESS_BOOT = uuid.uuid4().hex  # where the OS gives no boot id, spans count only in-process


@functools.cache  # a process never outlives its boot; read once, not at every log entry
def boot_id() -> str:
    """An id of the current boot, so monotonic readings are compared only within one."""
    try:
        return _BOOT_ID_FILE.read_text(encoding="ascii").strip()
    except OSError:
        return "process-" + _PROCESS_BOOT


def _monotonic() -> float:
    """Seconds since boot, counting time the laptop sleeps where the system can (Linux).

    A facilitator who closes the lid over lunch with the clock running expects the lunch to
    count; plain time.monotonic() stops while the machine is suspended.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


def read_clocks() -> Reading:
    """The real clocks of this machine now."""
    return Reading(wall=utc_now(), mono=_monotonic(), boot=boot_id())


@dataclass(frozen=True)
class ClockEvent:
    """A stored clock event."""

    id: str
    module_id: str
    action: ClockAction
    at: Reading
    delta_s: float = 0.0
    seq: int = 0
    author: str = field(default="", compare=False)


def span(start: Reading, end: Reading) -> float:
    """Seconds from one reading to another: monotonic within a boot, wall across boots."""
    if start.boot == end.boot:
        return max(0.0, end.mono - start.mono)
    return max(0.0, (end.wall - start.wall).total_seconds())


@dataclass(frozen=True)
class ModuleClock:
    """The clock of one module at the moment of its last event."""

    module_id: str
    state: ClockState = ClockState.IDLE
    banked_s: float = 0.0  # elapsed up to ``since``
    since: Reading | None = None  # last event's reading; a running span starts here

    def elapsed(self, now: Reading) -> float:
        """Elapsed exercise seconds of this module at ``now``."""
        if self.state is ClockState.RUNNING and self.since is not None:
            return self.banked_s + span(self.since, now)
        return self.banked_s

    def apply(self, event: ClockEvent) -> ModuleClock:
        """The clock after ``event``; raises ClockError for an action its state does not allow."""
        banked = self.elapsed(event.at)
        action = event.action
        if action is ClockAction.START:
            if self.state is not ClockState.IDLE:
                raise ClockError(msg("the clock of this module has already started"))
            return ModuleClock(self.module_id, ClockState.RUNNING, 0.0, event.at)
        if action is ClockAction.PAUSE:
            if self.state is not ClockState.RUNNING:
                raise ClockError(msg("the clock is not running"))
            return ModuleClock(self.module_id, ClockState.PAUSED, banked, event.at)
        if action is ClockAction.RESUME:
            if self.state is not ClockState.PAUSED:
                raise ClockError(msg("the clock is not paused"))
            return ModuleClock(self.module_id, ClockState.RUNNING, banked, event.at)
        if action is ClockAction.ADJUST:
            if self.state is ClockState.IDLE:
                raise ClockError(msg("start the clock before adjusting it"))
            return ModuleClock(
                self.module_id, self.state, max(0.0, banked + event.delta_s), event.at
            )
        return ModuleClock(self.module_id)


class ExerciseClock:
    """The clocks of all modules of an exercise, folded from their events in order."""

    def __init__(self, events: Iterable[ClockEvent] = ()) -> None:
        self._modules: dict[str, ModuleClock] = {}
        self._current: str | None = None
        self._last_seq = 0
        for event in sorted(events, key=lambda e: e.seq):
            self.apply(event)

    @property
    def last_seq(self) -> int:
        return self._last_seq

    @property
    def current_module_id(self) -> str | None:
        """The module whose clock was last started, resumed or adjusted."""
        return self._current

    def module_clock(self, module_id: str) -> ModuleClock:
        return self._modules.get(module_id, ModuleClock(module_id))

    def state(self, module_id: str | None = None) -> ClockState:
        module_id = module_id or self._current
        return self.module_clock(module_id).state if module_id else ClockState.IDLE

    def elapsed(self, now: Reading, module_id: str | None = None) -> float:
        """Elapsed seconds of ``module_id`` (default: the current module) at ``now``."""
        module_id = module_id or self._current
        return self.module_clock(module_id).elapsed(now) if module_id else 0.0

    def check(self, event: ClockEvent) -> None:
        """Raises ClockError if ``event`` cannot apply now, without applying it."""
        self.module_clock(event.module_id).apply(event)

    def apply(self, event: ClockEvent) -> None:
        """Folds one more event in; raises ClockError if it does not fit."""
        clock = self.module_clock(event.module_id).apply(event)
        self._modules[event.module_id] = clock
        self._last_seq = max(self._last_seq, event.seq)
        if event.action is ClockAction.RESET:
            if self._current == event.module_id:
                self._current = None
        else:
            self._current = event.module_id


def format_offset(seconds: float, *, signed: bool = False) -> str:
    """Seconds as H:MM:SS (negative with a minus, or a plus when ``signed``)."""
    sign = "-" if seconds < 0 else ("+" if signed else "")
    whole = int(abs(seconds))
    return f"{sign}{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
