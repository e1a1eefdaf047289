"""What the run panels do to an inject (release, skip, reopen, delay, shift), with dialogs and undo.

The timeline, the MSEL and the next-inject panel share one ``InjectActions`` each, so the
questions asked, the refusals shown and the undo texts are the same wherever it is done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from ttx_desktop.domain.model import InjectStatus
from ttx_desktop.gui import inject_commands
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.user_text import detail_text
from ttx_desktop.services.session import Session
from ttx_desktop.services.timeline_service import MAX_SHIFT_MIN, TimelineRefused

DEFAULT_DELAY_MIN = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("InjectActions", text)


class InjectActions:
    """Runs one inject action for a panel, asking and reporting through ``dialogs``."""

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget) -> None:
        self._session = session
        self._dialogs = dialogs
        self._parent = parent

    @property
    def writable(self) -> bool:
        return not self._session.readonly

    def release(self, inject_id: str) -> bool:
        timeline, stack = self._session.timeline, self._session.undo_stack
        return self._run(
            _tr("Release"), lambda: inject_commands.release(stack, timeline, inject_id)
        )

    def skip(self, inject_id: str) -> bool:
        timeline, stack = self._session.timeline, self._session.undo_stack
        return self._run(_tr("Skip"), lambda: inject_commands.skip(stack, timeline, inject_id))

    def reopen(self, inject_id: str) -> bool:
        """Undoes the release (or the skip) of this inject, whatever was done since."""
        timeline, stack = self._session.timeline, self._session.undo_stack
        return self._run(_tr("Reopen"), lambda: inject_commands.reopen(stack, timeline, inject_id))

    def delay(self, inject_id: str) -> bool:
        """Asks by how many minutes, then plans this one inject that much later."""
        inject = self._session.timeline.inject(inject_id)
        if inject is None or not self.writable:
            return False
        minutes = self._dialogs.ask_int(
            self._parent,
            _tr("Delay inject"),
            _tr("Delay inject {0} by how many minutes? (Negative brings it forward.)").format(
                inject.number
            ),
            DEFAULT_DELAY_MIN,
            -MAX_SHIFT_MIN,
            MAX_SHIFT_MIN,
        )
        if not minutes:
            return False
        timeline, stack = self._session.timeline, self._session.undo_stack
        return self._run(
            _tr("Delay"), lambda: inject_commands.delay(stack, timeline, inject_id, minutes)
        )

    def shift_following(self, inject_id: str) -> bool:
        """Asks by how many minutes, then moves this inject and every later pending one."""
        inject = self._session.timeline.inject(inject_id)
        if inject is None or not self.writable:
            return False
        minutes = self._dialogs.ask_int(
            self._parent,
            _tr("Shift following injects"),
            _tr(
                "Move inject {0} and every later pending inject of its module by how many "
                "minutes? (Negative brings them forward; pinned injects keep their time.)"
            ).format(inject.number),
            DEFAULT_DELAY_MIN,
            -MAX_SHIFT_MIN,
            MAX_SHIFT_MIN,
        )
        if not minutes:
            return False
        timeline, stack = self._session.timeline, self._session.undo_stack
        return self._run(
            _tr("Shift"),
            lambda: inject_commands.shift_following(stack, timeline, inject_id, minutes),
        )

    def fill_menu(self, menu: QMenu, inject_id: str) -> None:
        """Adds the actions that fit this inject's status to a context menu."""
        inject = self._session.timeline.inject(inject_id)
        if inject is None:
            return
        status = inject.status
        items: list[tuple[str, Callable[[str], bool], bool]] = [
            (_tr("&Release"), self.release, status is not InjectStatus.RELEASED),
            (_tr("&Skip"), self.skip, status is InjectStatus.PENDING),
            (_tr("&Delay…"), self.delay, status is InjectStatus.PENDING),
            (_tr("Shift &following…"), self.shift_following, True),
            (
                _tr("&Unskip") if status is InjectStatus.SKIPPED else _tr("&Undo release"),
                self.reopen,
                status is not InjectStatus.PENDING,
            ),
        ]
        for text, slot, enabled in items:
            action = menu.addAction(text)
            action.setEnabled(enabled and self.writable)
            action.triggered.connect(lambda _checked=False, s=slot: s(inject_id))

    def _run(self, title: str, action: Callable[[], object]) -> bool:
        if not self.writable:
            return False
        try:
            action()
        except TimelineRefused as exc:
            self._dialogs.error(self._parent, title, detail_text(exc))
            return False
        return True
