"""The last line of defence: an error no slot caught is shown to the user, not only printed.

Qt calls Python slots from its event loop; an exception they raise would otherwise reach only
the terminal, which a facilitator never sees. Our own errors (UserError: a damaged file, a
failed write, a refused input) carry a message meant for people and are shown as such; any
other error is told as a sentence that names the error log (error_log.py), where its traceback
goes, and to stderr. The program keeps running either way: everything logged is on disk.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ttx_desktop import error_log
from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.user_text import error_text

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHandler", text)


class ErrorHandler(QObject):
    """Installed as sys.excepthook while the window lives; ``uninstall`` puts the old one back."""

    def __init__(self, parent: QObject, dialogs: Dialogs, window: QWidget) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._window = window
        self._previous: Hook = sys.excepthook
        self._showing = False  # an error raised while one is shown is only printed
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit: as before
            self._previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        if not isinstance(error, UserError):
            print(details, file=sys.stderr, end="")
        if self._showing:
            return
        self._showing = True
        try:
            if isinstance(error, UserError):
                title, text = _tr("Something went wrong"), error_text(error)
            else:
                title = _tr("Unexpected error")
                log = error_log.record(details, context="window")
                text = _tr(
                    "TTX Desktop met an error it did not expect. Everything logged so far is "
                    "saved.\n\nThe details are in {0}. If this happens again, save a copy of "
                    "the exercise, restart the program and send that file to whoever supports "
                    "you."
                ).format(log)
            self._dialogs.error(self._window, title, text)
        finally:
            self._showing = False
