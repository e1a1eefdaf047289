"""Undoable changes to log entries: undo adds a revision with the old values, never rewrites."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ttx_desktop.domain.model import LogEntry
from ttx_desktop.errors import UserError
from ttx_desktop.gui.user_text import error_text
from ttx_desktop.services.log_service import LogService

# (entry id, the values before, the values after); "deleted" means delete() or restore().
Change = tuple[str, dict[str, Any], dict[str, Any]]


def edit_change(entry: LogEntry, **after: Any) -> Change:
    """The change that sets ``after`` on ``entry``, remembering what it replaces."""
    return entry.id, {name: getattr(entry, name) for name in after}, after


def delete_change(entry: LogEntry) -> Change:
    return entry.id, {"deleted": False}, {"deleted": True}


def restore_change(entry: LogEntry) -> Change:
    return entry.id, {"deleted": True}, {"deleted": False}


class LogChangeCommand(QUndoCommand):
    """Changes one or more log entries; undo and redo each add a revision.

    The change is made by ``apply()`` before the command is pushed, so a refused change never
    reaches the undo stack; the redo() that QUndoStack.push calls at once does nothing. When an
    undo or redo fails (the file went away), ``on_error`` is told and the command is dropped.
    """

    def __init__(
        self,
        log: LogService,
        changes: Sequence[Change],
        text: str,
        *,
        by: str = "",
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._log = log
        self._changes = list(changes)
        self._by = by
        self._on_error = on_error
        self._pushed = False
        self.done = 0

    def apply(self) -> None:
        """Makes the change; on failure keeps what was done (``done`` of them) and raises."""
        for entry_id, _before, after in self._changes:
            self._set(entry_id, after)
            self.done += 1

    def trim_to_done(self) -> bool:
        """Forgets the changes that were not made; True if any was."""
        del self._changes[self.done :]
        return bool(self._changes)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._guard(self._forward)

    def undo(self) -> None:
        self._guard(self._backward)

    def _forward(self) -> None:
        for entry_id, _before, after in self._changes:
            self._set(entry_id, after)

    def _backward(self) -> None:
        for entry_id, before, _after in reversed(self._changes):
            self._set(entry_id, before)

    def _guard(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(error_text(exc))

    def _set(self, entry_id: str, values: dict[str, Any]) -> None:
        values = dict(values)
        deleted = values.pop("deleted", None)
        if values:
            self._log.edit(entry_id, by=self._by, **values)
        if deleted is True:
            self._log.delete(entry_id, by=self._by)
        elif deleted is False:
            self._log.restore(entry_id, by=self._by)


def perform(stack: QUndoStack, command: LogChangeCommand) -> None:
    """Applies ``command`` and puts it on ``stack``; raises UserError (a StorageError when the
    file refused a write) if a change failed, after pushing the part that was done so that it
    can still be undone."""
    try:
        command.apply()
    finally:
        if command.trim_to_done():
            stack.push(command)
