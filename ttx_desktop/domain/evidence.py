"""Rules of evidence: the objective an entry speaks to, and which questions stay open."""

from __future__ import annotations

from collections.abc import Iterable

from ttx_desktop.domain.model import EntryKind, Inject, LogEntry


def default_objective(inject: Inject | None) -> str | None:
    """The objective an entry answering ``inject`` speaks to unless the note-taker says
    otherwise: the inject's objective when it has exactly one, else none (a choice between
    several is the note-taker's, not a guess)."""
    if inject is None or len(inject.objective_ids) != 1:
        return None
    return inject.objective_ids[0]


def closing_entries(entries: Iterable[LogEntry]) -> dict[str, list[LogEntry]]:
    """The live entries that close each question, by the question's id."""
    found: dict[str, list[LogEntry]] = {}
    for entry in entries:
        if entry.closes_id is not None and not entry.deleted:
            found.setdefault(entry.closes_id, []).append(entry)
    return found


def open_questions(entries: Iterable[LogEntry]) -> list[LogEntry]:
    """The live questions that no later live entry is marked as closing, in the given order.

    An entry logged before the question it names (a mistaken link) does not close it."""
    live = [e for e in entries if not e.deleted]
    closers = closing_entries(live)
    return [
        e
        for e in live
        if e.kind is EntryKind.QUESTION
        and not any(c.logged_at >= e.logged_at for c in closers.get(e.id, ()))
    ]
