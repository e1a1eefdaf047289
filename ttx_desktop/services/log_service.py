"""Logging what note-takers record: checked, stamped with both clocks, on disk before it counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from ttx_desktop.domain.ids import new_id, utc_now
from ttx_desktop.domain.log_entry import (
    FROM_INJECT,
    EntryRefused,
    EntryRequest,
    _FromInject,
    check_length,
    checked_text,
    inject_of,
    new_entry,
    objective_of,
    parse_kind,
    team_of,
)
from ttx_desktop.domain.model import LOG_TEXT_FIELDS, EntryKind, EntryTag, Exercise, LogEntry
from ttx_desktop.messages import message_of, msg
from ttx_desktop.services.changes import ENTRIES
from ttx_desktop.storage.log_repo import LogRepo

__all__ = ["EntryRefused", "LogService", "Stamp"]  # EntryRefused: what a caller catches

# The current module and its elapsed exercise seconds, e.g. ClockService.stamp.
Stamp = Callable[[], tuple[str | None, float | None]]


class LogService(QObject):
    """Appends log entries, and edits, deletes and restores them keeping their history.

    Every method writes first and announces after: when a signal fires, or a method returns,
    the change is committed to the exercise file.

    Signals:
        entry_logged(LogEntry): a new entry was committed (here, by the room server or a merge).
        entry_edited(LogEntry): an entry got a new revision (its current state is passed).
        entry_deleted(LogEntry): an entry was marked deleted; it stays in the file.
        entry_restored(LogEntry): a deleted entry was brought back.
        changed(OpChanges): after each of the above written here, ``entries`` set; the
            session passes it on to the panels. The four above carry the entry, for the
            log's item model.
    """

    entry_logged = Signal(object)
    entry_edited = Signal(object)
    entry_deleted = Signal(object)
    entry_restored = Signal(object)
    changed = Signal(object)

    def __init__(
        self,
        repo: LogRepo,
        exercise: Exercise,
        stamp: Stamp,
        *,
        now: Callable[[], datetime] = utc_now,
        guard: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._guard = guard  # raises when the file can no longer take writes (it was removed)
        self._repo = repo
        self._exercise = exercise
        self._stamp = stamp
        self._now = now

    def set_exercise(self, exercise: Exercise) -> None:
        """The exercise as it now stands, after teams or injects were edited."""
        self._exercise = exercise

    def log(
        self,
        kind: EntryKind | str,
        text: str,
        *,
        team_id: str | None = None,
        inject_id: str | int | None = None,
        author: str = "",
        source: str = "console",
        objective_id: str | _FromInject | None = FROM_INJECT,
    ) -> LogEntry:
        """Checks, stamps and appends a new entry (domain.log_entry.new_entry, the one road of
        console, phones and command line); it is committed when this returns.

        ``team_id``, ``inject_id`` and ``objective_id`` may also be a code, a number or a code.
        Without ``objective_id`` the entry speaks to its inject's objective when the inject
        has exactly one (None: to no objective)."""
        asked = EntryRequest(kind, text, team_id, inject_id, objective_id, author)
        entry = new_entry(
            self._exercise,
            asked,
            entry_id=new_id(),
            logged_at=self._now(),
            stamp=self._stamp(),
            source=source,
        )
        if self._guard is not None:
            self._guard()
        stored = self._repo.append(entry)
        self.entry_logged.emit(stored)
        self.changed.emit(ENTRIES)
        return stored

    def announce(self, entry: LogEntry, *, edited: bool = False) -> None:
        """Announces an entry another writer committed (the room server or a merge, through
        a connection of its own) as entry_logged, or entry_edited when it gained revisions,
        so the log's rows show it as if it were logged here. The writer then says the whole
        change once, with ``Session.announce``."""
        (self.entry_edited if edited else self.entry_logged).emit(entry)

    def edit(self, entry_id: str, *, by: str = "", **changes: Any) -> LogEntry:
        """Adds a revision with ``changes`` (kind, text, team_id, inject_id, author, tag,
        objective_id, and the review's analysis, references, plan_item_id, closes_id); the
        earlier text stays in the entry's history."""
        if "deleted" in changes:
            raise EntryRefused(msg("use delete() or restore() to delete or restore an entry"))
        if "kind" in changes:
            changes["kind"] = parse_kind(changes["kind"])
        if "tag" in changes:
            changes["tag"] = self._parse_tag(changes["tag"])
        if "text" in changes:
            changes["text"] = str(changes["text"])
        for name in LOG_TEXT_FIELDS:
            if name in changes:
                changes[name] = str(changes[name] or "").strip()
                check_length(changes[name])
        self._check_links(entry_id, changes)
        self._check(changes)
        entry = self._change(entry_id, by, changes)
        self.entry_edited.emit(entry)
        self.changed.emit(ENTRIES)
        return entry

    def delete(self, entry_id: str, *, by: str = "") -> LogEntry:
        """Marks the entry deleted; it stays in the file with its history."""
        entry = self._change(entry_id, by, {"deleted": True})
        self.entry_deleted.emit(entry)
        self.changed.emit(ENTRIES)
        return entry

    def restore(self, entry_id: str, *, by: str = "") -> LogEntry:
        entry = self._change(entry_id, by, {"deleted": False})
        self.entry_restored.emit(entry)
        self.changed.emit(ENTRIES)
        return entry

    def get(self, entry_id: str) -> LogEntry | None:
        return self._repo.get(entry_id, with_history=True)

    def entries(self, *, include_deleted: bool = False) -> list[LogEntry]:
        return list(self._repo.all(include_deleted=include_deleted))

    def _change(self, entry_id: str, by: str, changes: dict[str, Any]) -> LogEntry:
        try:
            return self._repo.edit(entry_id, by=by, **changes)
        except KeyError:
            raise EntryRefused(msg("there is no log entry with id {id}", id=entry_id)) from None
        except ValueError as exc:  # a field that cannot be edited
            raise EntryRefused(message_of(exc)) from exc

    def _check(self, changes: dict[str, Any]) -> None:
        """Checks an edit's text and links as a new entry's are, by the same rules."""
        exercise = self._exercise
        if "text" in changes:
            changes["text"] = checked_text(changes["text"])
        if changes.get("team_id") is not None:
            changes["team_id"] = team_of(exercise, changes["team_id"]).id
        if changes.get("inject_id") is not None:
            changes["inject_id"] = inject_of(exercise, changes["inject_id"]).id
        if changes.get("objective_id") is not None:
            changes["objective_id"] = objective_of(exercise, changes["objective_id"]).id

    def _check_links(self, entry_id: str, changes: dict[str, Any]) -> None:
        """The plan item and the closed question an edit names must exist."""
        plan_item_id = changes.get("plan_item_id")
        if plan_item_id is not None and not any(
            r.id == plan_item_id for r in self._exercise.recommendations
        ):
            raise EntryRefused(
                msg("the improvement plan has no item with id {id}", id=plan_item_id)
            )
        closes_id = changes.get("closes_id")
        if closes_id is not None:
            if closes_id == entry_id:
                raise EntryRefused(msg("an entry cannot close itself"))
            question = self._repo.get(closes_id)
            if question is None or question.kind is not EntryKind.QUESTION:
                raise EntryRefused(msg("there is no question with id {id}", id=closes_id))

    @staticmethod
    def _parse_tag(tag: EntryTag | str) -> EntryTag:
        try:
            return EntryTag(tag)
        except ValueError:
            known = ", ".join(repr(t.value) for t in EntryTag)
            raise EntryRefused(
                msg("unknown tag {tag!r} (tags are {known})", tag=tag, known=known)
            ) from None
