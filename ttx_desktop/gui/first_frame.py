"""Work that waits for a window's first frame on screen, so that it does not delay that frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

# When the window system never says the window is on screen (a minimised start), the work
# starts after this anyway.
LATEST_MS = 2000


def after_first_frame(window: QWidget, then: Callable[[], object]) -> None:
    """Calls ``then`` once ``window`` is on screen and its first frame painted; at once when
    it is not shown (tests, the smoke test) or already on screen."""
    handle = window.windowHandle()
    if not window.isVisible() or handle is None or handle.isExposed():
        then()
        return
    _FirstFrame(window, handle, then)


class _FirstFrame(QObject):
    """Watches one window's first expose (Qt paints it as it handles that event), then calls
    its work from the event loop, after the frame, once."""

    def __init__(self, window: QWidget, handle: QWindow, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._handle = handle
        self._then: Callable[[], object] | None = then
        handle.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._handle.isExposed():
            self._handle.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._handle.removeEventFilter(self)
        then()
        self.deleteLater()
