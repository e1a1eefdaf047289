"""Test doubles for the machine's clocks (never for our own storage)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ttx_desktop.domain.clock import Reading


class FakeClocks:
    """Wall and monotonic clocks that move only when a test says so."""

    def __init__(self, wall: datetime | None = None, boot: str = "boot-1") -> None:
        self.wall = wall or datetime(2027, 3, 16, 9, 30, tzinfo=UTC)
        self.mono = 1000.0
        self.boot = boot

    def __call__(self) -> Reading:
        return Reading(self.wall, self.mono, self.boot)

    def advance(self, seconds: float) -> None:
        """Time passes: both clocks move."""
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds

    def jump_wall(self, seconds: float) -> None:
        """Someone changes the wall clock; monotonic time does not move."""
        self.wall += timedelta(seconds=seconds)

    def reboot(self, boot: str = "boot-2", mono: float = 5.0) -> None:
        self.boot = boot
        self.mono = mono
