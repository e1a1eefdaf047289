"""Logging what note-takers record: checked, stamped with both clocks, on disk before it counts."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import QObject, Signal

from ttx_desktop.domain.evidence import default_objective
from ttx_desktop.domain.ids import new_id, utc_now
from ttx_desktop.domain.model import EntryKind, EntryTag, Exercise, LogEntry
from ttx_desktop.errors import UserError
from ttx_desktop.messages import message_of, msg
from ttx_desktop.services.changes import ENTRIES
from ttx_desktop.storage.log_repo import LogRepo

MAX_TEXT_CHARS = 20_000  # a long paragraph of minutes; longer input is pasted by mistake

# The current module and its elapsed exercise seconds, e.g. ClockService.stamp.
Stamp = Callable[[], tuple[str | None, float | None]]


class _FromInject(enum.Enum):
    FROM_INJECT = 0


# The objective of an entry whose writer did not choose one: its inject's, if only one.
FROM_INJECT: Final = _FromInject.FROM_INJECT


class EntryRefused(UserError):
    """An entry that cannot be logged or changed as asked; nothing was written."""


def parse_kind(kind: EntryKind | str) -> EntryKind:
    """The entry kind for ``kind``, forgiving case, spaces and underscores."""
    if isinstance(kind, EntryKind):
        return kind
    key = "-".join(str(kind).strip().casefold().replace("_", " ").split())
    try:
        return EntryKind(key)
    except ValueError:
        known = ", ".join(k.value for k in EntryKind)
        raise EntryRefused(
            msg("unknown kind {kind!r} (kinds are {known})", kind=kind, known=known)
        ) from None


def millis(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000) / 1000


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
        inject_id: str | None = None,
        author: str = "",
        source: str = "console",
        objective_id: str | _FromInject | None = FROM_INJECT,
    ) -> LogEntry:
        """Checks, stamps and appends a new entry; it is committed when this returns.

        Without ``objective_id`` the entry speaks to its inject's objective when the inject
        has exactly one (None: to no objective)."""
        entry_kind = parse_kind(kind)
        if isinstance(objective_id, _FromInject):
            objective_id = default_objective(self._exercise.inject(inject_id))
        self._check(text=text, team_id=team_id, inject_id=inject_id, objective_id=objective_id)
        if self._guard is not None:
            self._guard()
        module_id, elapsed = self._stamp()
        entry = LogEntry(
            id=new_id(),
            kind=entry_kind,
            text=text.strip(),
            logged_at=self._now(),
            team_id=team_id,
            inject_id=inject_id,
            module_id=module_id,
            exercise_s=millis(elapsed),
            author=author.strip(),
            source=source,
            objective_id=objective_id,
        )
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
            changes["text"] = str(changes["text"]).strip()
        for name in ("analysis", "references"):
            if name in changes:
                changes[name] = str(changes[name] or "").strip()
                self._check_length(changes[name])
        self._check_links(entry_id, changes)
        self._check(**{k: v for k, v in changes.items() if k in _CHECKED})
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

    def _check(
        self,
        *,
        text: str | None = None,
        team_id: str | None = None,
        inject_id: str | None = None,
        objective_id: str | None = None,
    ) -> None:
        if text is not None:
            if not text.strip():
                raise EntryRefused(msg("the entry has no text"))
            self._check_length(text)
        exercise = self._exercise
        if team_id is not None and exercise.team(team_id) is None:
            raise EntryRefused(msg("the exercise has no team with id {id}", id=team_id))
        if inject_id is not None and exercise.inject(inject_id) is None:
            raise EntryRefused(msg("the exercise has no inject with id {id}", id=inject_id))
        if objective_id is not None and exercise.objective(objective_id) is None:
            raise EntryRefused(msg("the exercise has no objective with id {id}", id=objective_id))

    @staticmethod
    def _check_length(text: str) -> None:
        if len(text) > MAX_TEXT_CHARS:
            raise EntryRefused(
                msg(
                    "the entry is too long ({size:,} characters; at most {most:,})",
                    size=len(text),
                    most=MAX_TEXT_CHARS,
                )
            )

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


_CHECKED = ("text", "team_id", "inject_id", "objective_id")
