"""Injects: their release state and their authored fields."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from ttx_desktop.domain.ids import to_iso, utc_now
from ttx_desktop.domain.model import Inject, InjectStatus, Module, Objective, Team
from ttx_desktop.storage import rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.reading import reading


class InjectRepo:
    """Reads and changes injects."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path  # named in DamagedFile when a stored value cannot be read

    def all(self) -> list[Inject]:
        with reading(self._db, self._path):
            return self._all()

    def _all(self) -> list[Inject]:
        targets: dict[str, list[str]] = {}
        for r in self._db.query("SELECT inject_id, team_id FROM inject_target ORDER BY position"):
            targets.setdefault(r["inject_id"], []).append(r["team_id"])
        objectives: dict[str, list[str]] = {}
        for r in self._db.query(
            "SELECT inject_id, objective_id FROM inject_objective ORDER BY position"
        ):
            objectives.setdefault(r["inject_id"], []).append(r["objective_id"])
        return [
            rows.inject_from(r, targets.get(r["id"], ()), objectives.get(r["id"], ()))
            for r in self._db.query("SELECT * FROM inject ORDER BY position, number")
        ]

    def get(self, inject_id: str) -> Inject | None:
        return next((i for i in self.all() if i.id == inject_id), None)

    def by_number(self, number: int) -> Inject | None:
        return next((i for i in self.all() if i.number == number), None)

    def set_status(
        self,
        inject_id: str,
        status: InjectStatus,
        *,
        at_s: float | None = None,
        at: datetime | None = None,
    ) -> None:
        """Marks an inject released (with its clock and wall time), skipped, or pending again."""
        released = status is InjectStatus.RELEASED
        self._db.table("inject").update(
            inject_id,
            {
                "status": status.value,
                "released_s": at_s if released else None,
                "released_at": to_iso(at or utc_now()) if released else None,
                "updated_at": to_iso(utc_now()),
            },
        )

    def set_times(self, times: Iterable[tuple[str, int, str]]) -> None:
        """Re-times injects: (inject id, planned_s, pinned) each, in one transaction."""
        stamp = to_iso(utc_now())
        with self._db.atomic():
            for inject_id, planned_s, pinned in times:
                self._db.execute(
                    "UPDATE inject SET planned_s = ?, pinned = ?, updated_at = ? WHERE id = ?",
                    [planned_s, pinned, stamp, inject_id],
                )

    def save(self, inject: Inject) -> None:
        """Inserts or replaces one inject with its targets and objectives."""
        with self._db.atomic():
            self._db.table("inject").upsert(rows.inject_row(inject), pk="id")
            self._replace_links(inject)

    def _replace_links(self, inject: Inject) -> None:
        self._db.execute("DELETE FROM inject_target WHERE inject_id = ?", [inject.id])
        self._db.execute("DELETE FROM inject_objective WHERE inject_id = ?", [inject.id])
        self._db.table("inject_target").insert_all(
            {"inject_id": inject.id, "team_id": t, "position": n}
            for n, t in enumerate(inject.target_team_ids)
        )
        self._db.table("inject_objective").insert_all(
            {"inject_id": inject.id, "objective_id": o, "position": n}
            for n, o in enumerate(inject.objective_ids)
        )

    def reorder(self, inject_ids: Iterable[str]) -> None:
        with self._db.atomic():
            for position, inject_id in enumerate(inject_ids):
                self._db.execute(
                    "UPDATE inject SET position = ? WHERE id = ?", [position, inject_id]
                )

    def add_imported(
        self,
        injects: Sequence[Inject],
        *,
        teams: Sequence[Team] = (),
        modules: Sequence[Module] = (),
        objectives: Sequence[Objective] = (),
    ) -> None:
        """Adds injects with the new teams, modules and objectives they name, in one
        transaction, after the records already there (an MSEL import into an open exercise)."""
        db = self._db
        with db.atomic():
            team_base = int(
                db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM team").fetchone()[0]
            )
            objective_base = int(
                db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM objective").fetchone()[0]
            )
            db.table("team").insert_all(
                rows.team_row(t, team_base + n) for n, t in enumerate(teams)
            )
            db.table("objective").insert_all(
                rows.objective_row(o, objective_base + n) for n, o in enumerate(objectives)
            )
            db.table("module").insert_all(rows.module_row(m) for m in modules)
            for inject in injects:
                self.save(inject)
