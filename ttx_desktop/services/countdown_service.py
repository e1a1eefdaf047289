"""The countdown of a discussion round, shown large to the room and on the console."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ttx_desktop.services.changes import COUNTDOWN

DEFAULT_MINUTES = 10
LAST_MINUTE_S = 60.0


def format_countdown(seconds: float) -> str:
    """``9:41`` for what is left of a round, rounded up: it reads 10:00 when it starts."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownService(QObject):
    """One discussion round at a time: started with a duration, stopped by hand; it stays at
    0:00 once over until stopped, so the room sees that time is up.

    Reads a monotonic clock (``now``), so it ignores the wall clock jumping; nothing is stored.

    Signals:
        changed(OpChanges): a round was started or stopped.
    """

    changed = Signal(object)

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._now = now
        self._ends: float | None = None
        self.minutes = DEFAULT_MINUTES  # the last duration asked for, offered next time

    def start(self, minutes: int) -> None:
        if minutes <= 0:
            raise ValueError(minutes)
        self.minutes = minutes
        self._ends = self._now() + minutes * 60
        self.changed.emit(COUNTDOWN)

    def stop(self) -> None:
        if self._ends is not None:
            self._ends = None
            self.changed.emit(COUNTDOWN)

    @property
    def running(self) -> bool:
        return self._ends is not None

    def remaining(self) -> float | None:
        """Seconds left (0 once over), or None when no round is counting."""
        if self._ends is None:
            return None
        return max(0.0, self._ends - self._now())

    def last_minute(self) -> bool:
        left = self.remaining()
        return left is not None and left <= LAST_MINUTE_S

    def text(self) -> str:
        left = self.remaining()
        return "" if left is None else format_countdown(left)
