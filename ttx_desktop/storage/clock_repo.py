"""The exercise clock's stored events."""

from __future__ import annotations

from pathlib import Path

from ttx_desktop.domain.clock import ClockEvent
from ttx_desktop.storage import rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.reading import reading


class ClockRepo:
    """Appends clock events in sequence and reads them back."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path  # named in DamagedFile when a stored value cannot be read

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
        with reading(self._db, self._path):
            return [
                rows.clock_event_from(r)
                for r in self._db.query("SELECT * FROM clock_event ORDER BY seq")
            ]
