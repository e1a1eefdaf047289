"""The main window's Room menu, the room panel in a dock, the open room's status sign, and
File → Merge another laptop's copy."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolButton

from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

if TYPE_CHECKING:
    from ttx_desktop.gui.merge_action import MergeAction
    from ttx_desktop.gui.room_panel import RoomPanel
    from ttx_desktop.room.room_service import RoomService
    from ttx_desktop.room.tokens import RoomRole

OPEN_SHORTCUT = "Ctrl+Shift+R"


class RoomMenu(QObject):
    """The Room menu's actions for one session, the dock that shows the room, and a sign in
    the status bar while the room is open (click it to bring the dock forward).

    The room's server code, its panel and the merge load only when first asked for, so an
    exercise opens as fast as if there were no room.

    Signals: none; the room's state is announced by ``Session.changed`` (``room``).
    """

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        dialogs: Dialogs,
        *,
        place_dock: Callable[[QDockWidget], None],
    ) -> None:
        super().__init__(window)
        self._window, self._session, self._dialogs = window, session, dialogs
        self._place_dock = place_dock  # puts the room's dock in the window where it belongs
        self.panel: RoomPanel | None = None
        self.dock: QDockWidget | None = None
        self.merger: MergeAction | None = None
        self._heard_devices = False
        self.open_action = self._make(self.tr("&Open the room…"), self.show_panel, OPEN_SHORTCUT)
        self.open_action.setToolTip(self.tr("Let phones in the room join by QR code"))
        self.stop_action = self._make(self.tr("&Stop the room"), self._on_stop_triggered)
        # By the role's name: the room's modules load when the room is first used, not
        # before the first paint.
        self._links: list[tuple[str, str, QAction]] = []
        for role_name, rotate_text, revoke_text in (
            ("note-taker", self.tr("New &note-taker link"), self.tr("Close no&te-taker link")),
            ("participant", self.tr("New &participant link"), self.tr("Close p&articipant link")),
            ("rapporteur", self.tr("New &rapporteur link"), self.tr("Close rapporte&ur link")),
        ):
            self._add_link_actions(role_name, rotate_text, revoke_text)
        self.print_action = self._make(
            self.tr("Print &join sheet…"), lambda: self.show_panel().print_join_sheet()
        )
        self.pdf_action = self._make(
            self.tr("Save join sheet as P&DF…"), lambda: self.show_panel().save_join_sheet_as()
        )
        self.merge_action = self._make(
            self.tr("&Merge another laptop's copy…"), self._on_merge_triggered
        )
        self.merge_action.setToolTip(
            self.tr("Bring in the log, feedback and recommendations of a copy")
        )
        self.merge_action.setEnabled(not session.readonly)
        self.sign = QToolButton()
        self.sign.setObjectName("roomSign")
        self.sign.setAutoRaise(True)
        self.sign.setToolTip(self.tr("The room is open; click to show it"))
        self.sign.setAccessibleName(self.tr("The room is open"))
        self.sign.clicked.connect(self.show_panel)
        self.sign.hide()
        window.statusBar().addPermanentWidget(self.sign)
        session.changed.connect(self._on_session_changed)
        self._refresh()

    def _make(self, text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _add_link_actions(self, role_name: str, rotate_text: str, revoke_text: str) -> None:
        def rotate() -> None:
            self.show_panel().rotate(_role(role_name))

        def revoke() -> None:
            self.show_panel().revoke(_role(role_name))

        rotate_action = self._make(rotate_text, rotate)
        rotate_action.setToolTip(self.tr("Make a new link; the old one stops working at once"))
        revoke_action = self._make(revoke_text, revoke)
        self._links += [(role_name, "rotate", rotate_action)]
        self._links += [(role_name, "revoke", revoke_action)]

    @property
    def link_actions(self) -> list[tuple[RoomRole, str, QAction]]:
        """The actions that renew or close each role's join link."""
        return [(_role(name), kind, action) for name, kind, action in self._links]

    def fill(self, menu: QMenu) -> None:
        """Puts the actions into ``menu`` (which the window rebuilds now and then)."""
        menu.addAction(self.open_action)
        menu.addAction(self.stop_action)
        menu.addSeparator()
        for _name, _kind, action in self._links:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.print_action)
        menu.addAction(self.pdf_action)

    # ---------------------------------------------------------------- the dock

    def show_panel(self) -> RoomPanel:
        """Builds the room panel in its dock when first asked for, then brings it forward."""
        if self.panel is None or self.dock is None:
            from ttx_desktop.gui.room_panel import RoomPanel
            from ttx_desktop.gui.window_layout import scrolling

            self.panel = RoomPanel(self._session, self._dialogs)
            self.dock = QDockWidget(self.tr("The room"), self._window)
            self.dock.setObjectName("dock_room")
            self.dock.setWidget(scrolling(self.panel))
            self.dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            self._place_dock(self.dock)
        self.dock.show()
        self.dock.raise_()
        return self.panel

    def close(self) -> None:
        """Takes the dock and the sign out of the window (the session is being let go)."""
        self._session.changed.disconnect(self._on_session_changed)
        if self._heard_devices:
            _room(self._session).devices_changed.disconnect(self._on_room_devices_changed)
        if self.dock is not None:
            self._window.removeDockWidget(self.dock)
            self.dock.deleteLater()
        self._window.statusBar().removeWidget(self.sign)
        self.sign.deleteLater()
        self.panel = self.dock = None
        self.deleteLater()

    # ------------------------------------------------------------------ merge

    def merge_copy(self) -> MergeAction:
        """The merge, made when first used; File → Merge triggers it."""
        if self.merger is None:
            from ttx_desktop.gui.merge_action import MergeAction

            self.merger = MergeAction(self._session, self._dialogs, self._window)
            self.merger.changed.connect(self._on_merger_changed)
        return self.merger

    def _on_merge_triggered(self) -> None:
        self.merge_copy().trigger()

    def _on_merger_changed(self) -> None:
        if self.merger is not None:  # disabled while a merge runs
            self.merge_action.setEnabled(self.merger.isEnabled())

    # ------------------------------------------------------------------ state

    def _on_stop_triggered(self) -> None:
        if (room := self._session.room) is not None:
            room.stop()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.room:
            self._refresh()

    def _on_room_devices_changed(self, _count: int) -> None:
        self._refresh()

    def _refresh(self) -> None:
        session = self._session
        running = session.room_open
        if running and not self._heard_devices:
            _room(session).devices_changed.connect(self._on_room_devices_changed)
            self._heard_devices = True
        for action in (self.stop_action, self.print_action, self.pdf_action):
            action.setEnabled(running)
        for name, kind, action in self._links:
            has_link = running and bool(_room(session).join_url(_role(name)))
            action.setEnabled(running and (kind == "rotate" or has_link))
        self.sign.setVisible(running)
        if running:
            room = _room(session)
            self.sign.setText(
                self.tr("Room open at {0} · devices: {1}").format(
                    room.base_url.removeprefix("http://"), room.device_count()
                )
            )


def _room(session: Session) -> RoomService:
    """The session's room; its server code loads when first asked for (not at start)."""
    from ttx_desktop.room.room_service import room_service_for

    return room_service_for(session)


def _role(name: str) -> RoomRole:
    from ttx_desktop.room.tokens import RoomRole

    return RoomRole(name)
