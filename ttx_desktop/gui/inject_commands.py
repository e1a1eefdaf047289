"""Undoable run actions (release, skip, reopen, delay, shift) as commands on the session's stack.

Each action is done by the timeline service first, so a refusal (a TimelineRefused) reaches
the caller before anything is pushed; the command's first redo() then only records it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ttx_desktop.domain.model import Inject, InjectStatus
from ttx_desktop.services.timeline_service import TimelineService


def _tr(text: str) -> str:
    return QCoreApplication.translate("InjectCommands", text)


class InjectStatusCommand(QUndoCommand):
    """Undoes and redoes a change of one inject's status by restoring its stored stamps."""

    def __init__(self, text: str, timeline: TimelineService, before: Inject, after: Inject) -> None:
        super().__init__(text)
        self._timeline = timeline
        self._before, self._after = before, after
        self._done = True

    def redo(self) -> None:
        if self._done:  # the service already did it when the command was made
            self._done = False
            return
        self._timeline.restore_status(self._after)

    def undo(self) -> None:
        self._timeline.restore_status(self._before)


class InjectRetimeCommand(QUndoCommand):
    """Undoes and redoes a delay or a shift by restoring planned times and pins."""

    def __init__(
        self, text: str, timeline: TimelineService, before: list[Inject], after: list[Inject]
    ) -> None:
        super().__init__(text)
        self._timeline = timeline
        self._before, self._after = before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._timeline.retime(self._after)

    def undo(self) -> None:
        self._timeline.retime(self._before)


def _status(
    stack: QUndoStack,
    timeline: TimelineService,
    inject_id: str,
    text: str,
    action: Callable[[str], Inject],
) -> Inject:
    before = action(inject_id)
    after = timeline.inject(inject_id) or before
    label = text.format(before.number, before.title)
    stack.push(InjectStatusCommand(label, timeline, before, after))
    return after


def release(stack: QUndoStack, timeline: TimelineService, inject_id: str) -> Inject:
    """Releases the inject, undoably; returns it released. Raises TimelineRefused."""
    return _status(stack, timeline, inject_id, _tr("Release inject {0} “{1}”"), timeline.release)


def skip(stack: QUndoStack, timeline: TimelineService, inject_id: str) -> Inject:
    return _status(stack, timeline, inject_id, _tr("Skip inject {0} “{1}”"), timeline.skip)


def reopen(stack: QUndoStack, timeline: TimelineService, inject_id: str) -> Inject:
    """Makes a released or skipped inject pending again, undoably."""
    inject = timeline.inject(inject_id)
    if inject is not None and inject.status is InjectStatus.SKIPPED:
        return _status(stack, timeline, inject_id, _tr("Unskip inject {0} “{1}”"), timeline.unskip)
    return _status(
        stack, timeline, inject_id, _tr("Undo release of inject {0} “{1}”"), timeline.undo_release
    )


def _retime(
    stack: QUndoStack, timeline: TimelineService, text: str, action: Callable[[], list[Inject]]
) -> list[Inject]:
    before = action()
    after = [timeline.inject(i.id) or i for i in before]
    stack.push(InjectRetimeCommand(text, timeline, before, after))
    return after


def delay(stack: QUndoStack, timeline: TimelineService, inject_id: str, minutes: int) -> None:
    """Plans one inject ``minutes`` later, undoably. Raises TimelineRefused."""
    inject = timeline.inject(inject_id)
    number = inject.number if inject else "?"
    text = _tr("Delay inject {0} by {1} min").format(number, minutes)
    _retime(stack, timeline, text, lambda: timeline.delay(inject_id, minutes))


def shift_following(
    stack: QUndoStack, timeline: TimelineService, inject_id: str, minutes: int
) -> None:
    """Moves the inject and all later pending ones of its module, undoably."""
    inject = timeline.inject(inject_id)
    number = inject.number if inject else "?"
    text = _tr("Shift injects from {0} on by {1} min").format(number, minutes)
    _retime(stack, timeline, text, lambda: timeline.shift_following(inject_id, minutes))
