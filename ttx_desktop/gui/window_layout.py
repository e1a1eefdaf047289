"""Where the main window sits and how its docks are laid out: fitted to the screen's available
area, remembered per screen size, and put back as first laid out on View → Reset layout."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

SIDE_WIDTH = 460  # the right-hand column (clock, next inject, room) as first laid out
NOTES_HEIGHT = 230
MAX_SIDE_SHARE = 0.4  # a side dock never takes more than this of the window's width
PREFERRED = QSize(1400, 900)
# The docks in their first places, in the order they are added.
AREAS = {
    "clock": Qt.DockWidgetArea.RightDockWidgetArea,
    "next": Qt.DockWidgetArea.RightDockWidgetArea,
    "room": Qt.DockWidgetArea.RightDockWidgetArea,
    "notes": Qt.DockWidgetArea.BottomDockWidgetArea,
}


def screen_key(available: QRect) -> str:
    """The settings group of one screen size: a layout made on a projector's 1920×1080 does
    not follow the laptop back to its own 1366×768."""
    return f"window/{available.width()}x{available.height()}"


def scrolling(panel: QWidget, *, keep_bottom: bool = False) -> QScrollArea:
    """``panel`` in a scroll area, so that a dock never asks for more room than the screen has:
    the panel scrolls instead of pushing the note field off the screen. With ``keep_bottom``
    a short dock shows the panel's bottom (the note field and its Log button)."""
    area = _PanelScroll(keep_bottom=keep_bottom)
    area.setObjectName(f"{panel.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(panel)
    return area


class _PanelScroll(QScrollArea):
    """Gives the panel the whole viewport, and scrolls only below the panel's minimum size.

    A resizable scroll area would give a panel with wrapped text its height for the width,
    all of its text at once, and scroll the panel's buttons out of sight; here the panel's
    own text box scrolls first.
    """

    def __init__(self, *, keep_bottom: bool = False) -> None:
        super().__init__()
        self.setWidgetResizable(False)
        self._keep_bottom = keep_bottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_panel()

    def fit_panel(self) -> None:
        panel = self.widget()
        if panel is None:
            return
        least = panel.minimumSizeHint().expandedTo(panel.minimumSize())
        view = self.viewport().size()
        panel.resize(max(view.width(), least.width()), max(view.height(), least.height()))
        if self._keep_bottom:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_panel()  # the panel's minimum changed (a longer title, a new language)
        return super().eventFilter(watched, event)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)


class WindowLayout:
    """Fits, saves and restores the main window's geometry and dock layout, per screen size.

    ``available`` gives the screen's available geometry; tests hand in a virtual screen.
    """

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        available: Callable[[], QRect] | None = None,
    ) -> None:
        self._window, self._settings = window, settings
        self._available = available

    def available(self) -> QRect:
        if self._available is not None:
            return self._available()
        return self._window.screen().availableGeometry()

    def _key(self, name: str) -> str:
        return f"{screen_key(self.available())}/{name}"

    # ---------------------------------------------------------------- geometry

    def restore_geometry(self) -> None:
        """The geometry saved on this screen size, else one that fits it; inside it either way."""
        geometry = self._settings.value(self._key("geometry"))
        if not (
            isinstance(geometry, QByteArray | bytes)
            and self._window.restoreGeometry(QByteArray(geometry))
        ):
            self.place_default()
        self.fit()

    def place_default(self) -> None:
        """A comfortable size where the screen has room for it, else the whole available area."""
        screen = self.available()
        size = PREFERRED.boundedTo(screen.size() - self._frame_size())
        self._window.resize(size)
        self._window.move(
            screen.left() + (screen.width() - size.width()) // 2,
            screen.top() + (screen.height() - size.height()) // 2,
        )

    def fit(self) -> None:
        """Pulls the window inside the available area, shrinking it if it is larger."""
        window = self._window
        if window.isMaximized() or window.isFullScreen():
            return
        screen = self.available()
        frame = self._frame_size()
        size = window.size().boundedTo(screen.size() - frame)
        if size != window.size():
            window.resize(size)
        outer = window.frameGeometry()
        x = min(max(outer.left(), screen.left()), screen.right() + 1 - outer.width())
        y = min(max(outer.top(), screen.top()), screen.bottom() + 1 - outer.height())
        if (x, y) != (outer.left(), outer.top()):
            window.move(max(x, screen.left()), max(y, screen.top()))

    def _frame_size(self) -> QSize:
        """The title bar and borders the window manager adds (none before the first show)."""
        window = self._window
        frame = window.frameGeometry().size() - window.geometry().size()
        return frame.expandedTo(QSize(0, 0))

    # -------------------------------------------------------------- the docks

    def save(self, *, docks: bool) -> None:
        self._settings.setValue(self._key("geometry"), self._window.saveGeometry())
        if docks:
            self._settings.setValue(self._key("state"), self._window.saveState())

    def restore_state(self, docks: dict[str, QDockWidget]) -> bool:
        """The dock layout saved on this screen size; False when there is none."""
        state = self._settings.value(self._key("state"))
        if not isinstance(state, QByteArray | bytes):
            return False
        if not self._window.restoreState(QByteArray(state)):
            return False
        # Once the restored layout has taken effect, so that the widths read are the real ones.
        QTimer.singleShot(0, self._window, lambda: self.keep_sensible(docks))
        return True

    def lay_out(self, docks: dict[str, QDockWidget]) -> None:
        """The docks in their first places: clock, next inject and room down the right-hand
        column (the room under the next inject, never over it), the notes along the bottom."""
        window = self._window
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        for name, area in AREAS.items():
            dock = docks.get(name)
            if dock is None:
                continue
            dock.setFloating(False)
            window.addDockWidget(area, dock, Qt.Orientation.Vertical)
            if name != "room":
                dock.show()
        # Once the window has laid the docks out at its real size: sizes asked for before
        # that are shared out again, the notes taking the height the views should have.
        QTimer.singleShot(0, self._window, lambda: self._size(docks))

    def _size(self, docks: dict[str, QDockWidget]) -> None:
        window = self._window
        # RuntimeError: the docks were let go meanwhile (another exercise opened).
        with contextlib.suppress(RuntimeError):
            side = [docks[n] for n in ("clock", "next", "room") if n in docks]
            side = [d for d in side if d.isVisible() and not d.isFloating()]
            width = min(SIDE_WIDTH, int(self.available().width() * MAX_SIDE_SHARE))
            window.resizeDocks(side, [width] * len(side), Qt.Orientation.Horizontal)
            if "notes" in docks:
                window.resizeDocks([docks["notes"]], [NOTES_HEIGHT], Qt.Orientation.Vertical)
            self._keep_clock_whole(docks)
            # Once more when the next inject's wrapped header has its height for the width it
            # now has (it asked for more while the column was still narrow).
            QTimer.singleShot(100, self._window, lambda: self._keep_clock_whole(docks))

    def _keep_clock_whole(self, docks: dict[str, QDockWidget]) -> None:
        """The clock's dock as tall as the clock needs; the docks under it share the rest."""
        clock = docks.get("clock")
        try:
            if clock is None or not clock.isVisible() or clock.isFloating():
                return
        except RuntimeError:  # let go meanwhile (another exercise opened)
            return
        inner = clock.widget()
        panel = inner.widget() if isinstance(inner, QScrollArea) else inner
        layout = panel.layout() if panel is not None else None
        wanted = layout.sizeHint().height() if layout is not None else 220
        title = clock.fontMetrics().height() + 14  # the dock's own title bar
        self._window.resizeDocks([clock], [wanted + title], Qt.Orientation.Vertical)

    def place_room(self, docks: dict[str, QDockWidget], room: QDockWidget) -> None:
        """The room's dock under the next inject, both visible."""
        window = self._window
        beside = docks.get("next")
        if (
            beside is not None
            and window.dockWidgetArea(beside) != Qt.DockWidgetArea.NoDockWidgetArea
        ):
            window.splitDockWidget(beside, room, Qt.Orientation.Vertical)
        else:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, room)
        QTimer.singleShot(0, self._window, lambda: self._keep_clock_whole(docks))

    def keep_sensible(self, docks: dict[str, QDockWidget]) -> None:
        """Narrows side docks that grew past their share of the window (a longer language or
        a long imported title once widened them), so the views in the middle keep their room."""
        window = self._window
        limit = int(max(window.width(), 640) * MAX_SIDE_SHARE)
        # RuntimeError: the docks were let go meanwhile (another exercise opened).
        with contextlib.suppress(RuntimeError):
            self._narrow(docks, limit)

    def _narrow(self, docks: dict[str, QDockWidget], limit: int) -> None:
        window = self._window
        wide = [
            dock
            for dock in docks.values()
            if dock.parent() is window  # not yet let go
            and not dock.isFloating()
            and window.dockWidgetArea(dock)
            in (Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea)
            and dock.width() > limit
        ]
        if wide:
            window.resizeDocks(wide, [limit] * len(wide), Qt.Orientation.Horizontal)
