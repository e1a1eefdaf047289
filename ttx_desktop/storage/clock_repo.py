"""The exercise clock's stored events."""

from __future__ import annotations

from sqlite_utils import Database

from ttx_desktop.domain.clock import ClockEvent
from ttx_desktop.storage import rows


class ClockRepo:
    """Appends clock events in sequence and reads them back."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def append(self, event: ClockEvent) -> ClockEvent:
        """Stores ``event`` with the next sequence number; committed when this returns."""
        with self._db.atomic():
            last = self._db.execute("SELECT coalesce(max(seq), 0) FROM clock_event").fetchone()[0]
            stored = ClockEvent(
                id=event.id,
                module_id=event.module_id,
                action=event.action,
                at=event.at,
                delta_s=event.delta_s,
                seq=int(last) + 1,
                author=event.author,
            )
            self._db.table("clock_event").insert(rows.clock_event_row(stored))
        return stored

    def all(self) -> list[ClockEvent]:
        return [
            rows.clock_event_from(r)
            for r in self._db.query("SELECT * FROM clock_event ORDER BY seq")
        ]
