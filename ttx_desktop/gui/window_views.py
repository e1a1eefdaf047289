"""The main window's views and docks: the Run view with its docks, the Log, Prepare and
Recommendations views built when first needed, and the room's dock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.export_menu import export_folder
from ttx_desktop.gui.panel import Panel
from ttx_desktop.gui.room_menu import RoomMenu
from ttx_desktop.gui.window_layout import WindowLayout, scrolling
from ttx_desktop.services.session import Session

if TYPE_CHECKING:
    from ttx_desktop.gui.authoring_panel import AuthoringPanel
    from ttx_desktop.gui.log_panel import LogPanel
    from ttx_desktop.gui.msel_panel import MselPanel
    from ttx_desktop.gui.next_inject_panel import NextInjectPanel
    from ttx_desktop.gui.note_panel import NotePanel
    from ttx_desktop.gui.notice import Notice
    from ttx_desktop.gui.recommendations_view import RecommendationsView
    from ttx_desktop.gui.table_view import TableView
    from ttx_desktop.gui.timeline_panel import TimelinePanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowViews(QMainWindow):
    """The part of the main window that builds and drops the panels around one session.

    MainWindow sets the attributes below in its ``__init__``; the strings stay in the
    "MainWindow" translation context.
    """

    _dialogs: Dialogs
    _settings: QSettings
    layout_keeper: WindowLayout
    session: Session | None
    panels: dict[str, Panel]
    _lazy: dict[str, QWidget]
    _docks: dict[str, QDockWidget]
    _panel_actions: list[tuple[str, QAction]]
    room_menu: RoomMenu | None
    table_view: TableView | None
    notice: Notice | None
    open_url: Callable[[QUrl], object]
    documents_folder: Callable[[], Path]
    _views: QTabWidget

    def _refresh_menus(self) -> None:
        """Fills the menus anew; the menus' part of the window (WindowMenus) does it."""

    def _build_panels(self, session: Session) -> None:
        from ttx_desktop.gui.clock_panel import ClockPanel
        from ttx_desktop.gui.msel_panel import MselPanel
        from ttx_desktop.gui.next_inject_panel import NextInjectPanel
        from ttx_desktop.gui.note_panel import NotePanel
        from ttx_desktop.gui.timeline_panel import TimelinePanel

        clock = ClockPanel(session, self._dialogs)
        timeline = TimelinePanel(session, self._dialogs)
        msel = MselPanel(session, self._dialogs)
        nxt = NextInjectPanel(session, self._dialogs, settings=self._settings)
        notes = NotePanel(session, self._dialogs, settings=self._settings)
        self.panels = {"clock": clock, "timeline": timeline, "msel": msel, "next": nxt,
                       "notes": notes}  # fmt: skip
        self._connect_selection(timeline, msel, nxt)
        self._catch_keys(notes, timeline)

        run = QSplitter(Qt.Orientation.Vertical)
        run.setObjectName("runSplitter")
        run.addWidget(timeline)
        run.addWidget(msel)
        run.setStretchFactor(0, 2)
        run.setStretchFactor(1, 3)
        self._views = QTabWidget()
        self._views.setObjectName("views")
        self._views.setDocumentMode(True)
        self._views.addTab(run, _tr("&Run"))
        # The Log and Prepare views are hidden at first: each is built when first needed (its
        # tab chosen, a menu opened, the shortcuts listed), so the window shows sooner.
        self._lazy = {"log": QWidget(), "prepare": QWidget(), "recommendations": QWidget()}
        for name, page in self._lazy.items():
            page.setObjectName(f"{name}Page")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self._views.addTab(self._lazy["log"], _tr("&Log"))
        self._views.addTab(self._lazy["prepare"], _tr("&Prepare"))
        self._views.addTab(self._lazy["recommendations"], _tr("Re&commendations"))
        self._views.currentChanged.connect(self._on_views_current_changed)
        self.setCentralWidget(self._views)

        self._add_dock("clock", _tr("Exercise clock"), scrolling(clock))
        self._add_dock("next", _tr("Next inject"), scrolling(nxt))
        self._add_dock("notes", _tr("Take notes"), scrolling(notes, keep_bottom=True))
        self.layout_keeper.lay_out(self._docks)
        self.layout_keeper.restore_state(self._docks)
        for panel in self.panels.values():
            self._panel_actions.extend(panel.actions_for_menu)
        self.room_menu = RoomMenu(self, session, self._dialogs, place_dock=self.add_room_dock)
        from ttx_desktop.gui.table_view import TableView

        self.table_view = TableView(
            self, session, self._dialogs, (timeline, msel, nxt), notes,
            folder=lambda: export_folder(self.documents_folder(), session.exercise.title),
            said=self.say_written,
        )  # fmt: skip

    def build_views(self, *names: str) -> None:
        """Builds the Log and Prepare views (or those named) if they are not built yet."""
        session = self.session
        if session is None:
            return
        built = False
        for name in names or ("log", "prepare", "recommendations"):
            if name in self.panels or name not in self._lazy:
                continue
            if name == "log":
                from ttx_desktop.gui.log_panel import LogPanel

                log = LogPanel(session, self._dialogs, settings=self._settings)
                log.recommendation_requested.connect(self.recommend_from_entry)
                panel: LogPanel | RecommendationsView | AuthoringPanel = log
            elif name == "recommendations":
                from ttx_desktop.gui.recommendations_view import RecommendationsView

                panel = RecommendationsView(session, self._dialogs)
            else:
                from ttx_desktop.gui.authoring_panel import AuthoringPanel

                panel = AuthoringPanel(session, self._dialogs)
            self.panels[name] = panel
            layout = self._lazy[name].layout()
            assert layout is not None
            layout.addWidget(panel)
            panel.show()  # at once: a layout shows a late child only after the next event
            self._panel_actions.extend(panel.actions_for_menu)
            built = True
        if built:
            self._refresh_menus()

    def _on_views_current_changed(self, index: int) -> None:
        page = self._views.widget(index)
        for name, lazy in self._lazy.items():
            if page is lazy:
                self.build_views(name)

    def _catch_keys(self, notes: NotePanel, timeline: TimelinePanel) -> None:
        """Team and kind keys from anywhere in the Run and Log views; typing on a button or the
        timeline starts a note."""
        from ttx_desktop.gui.first_frame import after_first_frame
        from ttx_desktop.gui.run_keys import catch_note_keys

        def catch() -> None:
            if self.panels.get("notes") is notes:  # still the panels shown
                catch_note_keys(self, notes, timeline.canvas, self._in_run_or_log)

        # Once the window is on screen (no key reaches it before): the filter sees every event
        # of the program, and the first of them makes Qt for Python build every class it has.
        after_first_frame(self, catch)

    def _in_run_or_log(self) -> bool:
        return self._views.currentIndex() in (0, 1)

    def forward_keys(self, event: QKeyEvent) -> bool:
        """Does what ``event``'s keys do in this window, for a key pressed in the presenter
        window: F7 releases, F9 runs the clock, the arrows move in the view that has the focus."""
        from ttx_desktop.gui.run_keys import forward_keys

        return forward_keys(self, event)

    def _connect_selection(
        self, timeline: TimelinePanel, msel: MselPanel, nxt: NextInjectPanel
    ) -> None:
        """Selecting an inject anywhere selects it in the other run panels."""
        for source, other in ((timeline, msel), (msel, timeline)):
            source.inject_selected.connect(other.select_inject)
            source.inject_selected.connect(nxt.select_inject)

    def _add_dock(self, name: str, title: str, content: QWidget) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(content)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self._docks[name] = dock

    def add_room_dock(self, dock: QDockWidget) -> None:
        """Takes in the room's dock: where it was left on this screen, else under the next
        inject, both visible."""
        self._docks["room"] = dock
        if not self.restoreDockWidget(dock):
            self.layout_keeper.place_room(self._docks, dock)

    def reset_layout(self) -> None:
        """View → Reset layout: every dock back in its first place and width, the window
        fitted to the screen."""
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        self.layout_keeper.place_default()
        self.layout_keeper.fit()
        self.layout_keeper.lay_out(self._docks)
        self.layout_keeper.save(docks=bool(self._docks))

    def say_written(
        self, text: str, folder: Path, open_url: Callable[[QUrl], object] | None = None
    ) -> None:
        """A notice over the window's corner that says where files went, with a button that
        opens the folder (the status bar may be cut off on a small screen)."""
        from ttx_desktop.gui.notice import Notice

        if self.notice is None:
            self.notice = Notice(self)
        self.notice.say_folder(text, folder, open_url or self.open_url)

    def _drop_panels(self) -> None:
        if self.table_view is not None:
            self.table_view.close()
            self.table_view = None
        if self.room_menu is not None:
            self.room_menu.close()
            self.room_menu = None
        self._docks.pop("room", None)  # the room menu takes its own dock away
        for dock in self._docks.values():
            self.removeDockWidget(dock)
            dock.deleteLater()
        self._docks.clear()
        for panel in self.panels.values():
            panel.deleteLater()
        self.panels.clear()
        self._lazy.clear()
        self._panel_actions.clear()

    def show_view(self, name: str) -> None:
        """Brings a view forward: run, log, prepare or recommendations."""
        index = {"run": 0, "log": 1, "prepare": 2, "recommendations": 3}[name]
        if self.session is not None:
            self._views.setCurrentIndex(index)

    def recommend_from_entry(self, entry_id: str) -> None:
        """A recommendation drafted from a log entry, shown in the Recommendations view."""
        self.show_view("recommendations")
        view = self.panels.get("recommendations")
        from ttx_desktop.gui.recommendations_view import RecommendationsView

        if isinstance(view, RecommendationsView):
            view.recommendations.from_entry(entry_id)

    def _save_layout(self) -> None:
        self.layout_keeper.save(docks=bool(self._docks))
