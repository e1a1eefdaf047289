"""Saving and deleting one authored record at a time: details, objectives, teams, injects..."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ttx_desktop.domain.agenda import ScheduleItem
from ttx_desktop.domain.ids import to_iso, utc_now
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
from ttx_desktop.messages import msg
from ttx_desktop.storage import rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import WriteRefused
from ttx_desktop.storage.failures import translated
from ttx_desktop.storage.reading import reading

# Tables whose rows keep an explicit order in a ``position`` column.
POSITIONED = ("objective", "team", "participant", "inject", "recommendation", "schedule_item")
# Columns of an inject that the timeline writes (release, skip) and authoring never updates.
RELEASE_STATE = ("status", "released_s", "released_at")


class RecordInUse(UserError):
    """A record that other records still name, so it cannot be deleted."""


class RecordRefused(UserError):
    """A record the file's constraints refuse (a duplicate code or number, a missing link)."""


class AuthoringRepo:
    """Writes single authored records, stamping ``updated_at``; each call is one transaction.

    Saving upserts (never deletes and re-inserts, so links that cascade survive). A new record
    saved at a given position pushes the records at and after it down by one.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ saves

    def save_details(self, details: ExerciseDetails) -> ExerciseDetails:
        details = replace(details, updated_at=utc_now())
        row = rows.details_row(details)
        del row["created_at"]
        with self._write():
            self._db.execute(
                "UPDATE exercise SET " + ", ".join(f"{k} = :{k}" for k in row if k != "id")
                + " WHERE id = :id",
                row,
            )  # fmt: skip
        return details

    def save_objective(self, objective: Objective, position: int | None = None) -> Objective:
        objective = replace(objective, updated_at=utc_now())
        with self._write():
            where = self._place("objective", objective.id, position)
            self._upsert("objective", rows.objective_row(objective, where))
        return objective

    def save_team(self, team: Team, position: int | None = None) -> Team:
        team = replace(team, updated_at=utc_now())
        with self._write():
            self._upsert("team", rows.team_row(team, self._place("team", team.id, position)))
        return team

    def save_participant(self, person: Participant, position: int | None = None) -> Participant:
        person = replace(person, updated_at=utc_now())
        with self._write():
            where = self._place("participant", person.id, position)
            self._upsert("participant", rows.participant_row(person, where))
        return person

    def save_module(self, module: Module) -> Module:
        module = replace(module, updated_at=utc_now())
        with self._write():
            self._upsert("module", rows.module_row(module))
        return module

    def save_inject(self, inject: Inject) -> Inject:
        inject = replace(inject, updated_at=utc_now())
        with self._write():
            inject = replace(inject, position=self._place("inject", inject.id, inject.position))
            # The release state belongs to the timeline: authoring sets it only on insert.
            self._upsert("inject", rows.inject_row(inject), keep=RELEASE_STATE)
            self._db.execute("DELETE FROM inject_target WHERE inject_id = ?", [inject.id])
            self._db.execute("DELETE FROM inject_objective WHERE inject_id = ?", [inject.id])
            for n, team_id in enumerate(inject.target_team_ids):
                self._db.execute(
                    "INSERT INTO inject_target (inject_id, team_id, position) VALUES (?, ?, ?)",
                    [inject.id, team_id, n],
                )
            for n, objective_id in enumerate(inject.objective_ids):
                self._db.execute(
                    "INSERT INTO inject_objective (inject_id, objective_id, position) "
                    "VALUES (?, ?, ?)",
                    [inject.id, objective_id, n],
                )
        return inject

    def save_schedule_item(self, item: ScheduleItem, position: int | None = None) -> ScheduleItem:
        item = replace(item, updated_at=utc_now())
        with self._write():
            where = self._place("schedule_item", item.id, position)
            self._upsert("schedule_item", rows.schedule_row(item, where))
        return replace(item, position=where)

    def save_recommendation(self, item: Recommendation) -> Recommendation:
        item = replace(item, updated_at=utc_now())
        with self._write():
            item = replace(item, position=self._place("recommendation", item.id, item.position))
            self._upsert("recommendation", rows.recommendation_row(item, item.position))
        return item

    def reorder(self, table: str, ids: Sequence[str]) -> None:
        """Gives the rows of ``table`` the positions 0, 1, 2... in the order of ``ids``."""
        assert table in POSITIONED
        now = to_iso(utc_now())
        with self._write():
            for position, record_id in enumerate(ids):
                self._db.execute(
                    f"UPDATE {table} SET position = ?, updated_at = ? "
                    "WHERE id = ? AND position IS NOT ?",
                    [position, now, record_id, position],
                )

    # ---------------------------------------------------------------- deletes

    def delete(self, table: str, record_id: str) -> int | None:
        """Deletes one row; returns the position it had (None for tables without one).

        Raises RecordInUse when the schema's foreign keys refuse it; callers should ask
        ``references`` first for a message that says what holds the record.
        """
        assert table in (*POSITIONED, "module")
        position = self.position(table, record_id) if table in POSITIONED else None
        with self._write():
            self._db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
        return position

    def delete_all(self, records: Sequence[tuple[str, str]]) -> None:
        """Deletes (table, id) rows in the order given, in one transaction: all or none."""
        with self._write():
            for table, record_id in records:
                assert table in (*POSITIONED, "module")
                self._db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])

    def references(self, table: str, record_id: str) -> References:
        """What still names a record, leaving out links that let go when it is deleted.

        Participants and recommendations let go of a deleted team or objective (their link
        becomes empty), so they are not counted here.
        """
        numbers: tuple[int, ...] = ()
        if table in _INJECTS_NAMING:
            numbers = tuple(int(r[0]) for r in self._rows(_INJECTS_NAMING[table], record_id))
        log = 0
        if table in _LOG_COLUMN:
            log = self._count(f"SELECT count(*) FROM log_entry WHERE {_LOG_COLUMN[table]} = ?",
                              record_id)  # fmt: skip
        clock = 0
        if table == "module":
            clock = self._count("SELECT count(*) FROM clock_event WHERE module_id = ?", record_id)
        return References(numbers, log, clock)

    def _count(self, sql: str, record_id: str) -> int:
        return int(self._rows(sql, record_id)[0][0])

    def _rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """The rows ``sql`` reads; SQLite's errors told as StorageErrors (reading.py)."""
        with reading(self._db):
            return list(self._db.execute(sql, list(params)).fetchall())

    # ---------------------------------------------------------------- helpers

    def position(self, table: str, record_id: str) -> int | None:
        found = self._rows(f"SELECT position FROM {table} WHERE id = ?", record_id)
        return int(found[0][0]) if found else None

    def next_inject_number(self) -> int:
        return int(self._rows("SELECT COALESCE(MAX(number), 0) + 1 FROM inject")[0][0])

    def _place(self, table: str, record_id: str, position: int | None) -> int:
        """The position to store a record at, making room for a new one placed among others."""
        current = self.position(table, record_id)
        if current is not None:
            return current if position is None else position
        if position is None:
            row = self._db.execute(f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table}")
            return int(row.fetchone()[0])
        self._db.execute(
            f"UPDATE {table} SET position = position + 1 WHERE position >= ?", [position]
        )
        return position

    def _upsert(self, table: str, row: dict[str, Any], keep: tuple[str, ...] = ()) -> None:
        """Inserts ``row``, or updates it in place leaving ``keep`` columns as they are."""
        columns = list(row)
        kept = ("id", "created_at", *keep)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in kept)
        self._db.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + c for c in columns)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            row,
        )

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction that turns the schema's refusals into messages a user can act on."""
        try:
            with translated(), self._db.atomic():
                yield
        except WriteRefused as exc:
            raise _refusal(exc.reason) from exc


@dataclass(frozen=True)
class References:
    """What still names a record that is about to be deleted."""

    inject_numbers: tuple[int, ...] = ()
    log_entries: int = 0
    clock_events: int = 0

    def __bool__(self) -> bool:
        return bool(self.inject_numbers or self.log_entries or self.clock_events)


def _refusal(text: str) -> UserError:
    if "FOREIGN KEY" in text:
        return RecordInUse(msg("other records still name it, or it names a record that is gone"))
    if "UNIQUE" in text:
        field = text.rsplit(".", 1)[-1]
        return RecordRefused(msg("another record already has this {field}", field=field))
    return RecordRefused(msg("the file refused the change ({reason})", reason=text))


# For each table: the injects that name a row, and the columns of log_entry that may.
_INJECTS_NAMING = {
    "team": "SELECT i.number FROM inject_target t JOIN inject i ON i.id = t.inject_id "
            "WHERE t.team_id = ? ORDER BY i.position, i.number",
    "module": "SELECT number FROM inject WHERE module_id = ? ORDER BY position, number",
    "objective": "SELECT i.number FROM inject_objective o JOIN inject i ON i.id = o.inject_id "
                 "WHERE o.objective_id = ? ORDER BY i.position, i.number",
}  # fmt: skip
_LOG_COLUMN = {"team": "team_id", "module": "module_id", "objective": "objective_id",
               "inject": "inject_id"}  # fmt: skip
