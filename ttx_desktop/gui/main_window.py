"""The facilitator's main window: views, docks, menus and the status bar around one session."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRect, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.empty_state import EmptyState
from ttx_desktop.gui.export_menu import add_export_menu, documents_folder, export_folder
from ttx_desktop.gui.panel import Panel
from ttx_desktop.gui.room_menu import RoomMenu
from ttx_desktop.gui.window_layout import WindowLayout, scrolling
from ttx_desktop.services.changes import OpChanges
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

OPENABLE = (".ttxdb", ".yaml", ".yml")
IMPORTABLE = (".xlsx", ".xlsm", ".xls", ".csv")  # dropped, they open the MSEL import dialog


class MainWindow(QMainWindow):
    """Shows the open exercise: Run, Log and Prepare views with the clock, next inject and notes.

    File operations are asked of the application controller through signals, so the window
    never opens files itself.

    Signals:
        open_requested(Path): the user chose or dropped a file to open (.ttxdb or .yaml).
        new_from_sample_requested(str): the user asked for a new exercise from a bundled sample.
        new_requested: the user asked for a new exercise from a definition (a file is chosen).
        new_blank_requested: the user asked for a new blank exercise (title and dates asked).
        close_requested: the user asked to close the exercise.
        save_copy_requested: the user asked to save a copy of the exercise file.
        restore_backup_requested: the user asked to open one of the file's backups.
        export_definition_requested: the user asked to write the definition out as YAML.
        export_document_requested(str): the user asked for a Word document of this kind
            (exporters/catalog.py), or "all" of them into a folder.
        presenter_requested: the user asked for the presenter window.
    """

    open_requested = Signal(Path)
    new_from_sample_requested = Signal(str)
    new_requested = Signal()
    new_blank_requested = Signal()
    close_requested = Signal()
    save_copy_requested = Signal()
    restore_backup_requested = Signal()
    export_definition_requested = Signal()
    export_document_requested = Signal(str)
    presenter_requested = Signal()

    def __init__(
        self,
        dialogs: Dialogs,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        available: Callable[[], QRect] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle("TTX Desktop")
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._dialogs = dialogs
        self._settings = settings
        # The screen's available area; tests hand in a virtual screen.
        self.layout_keeper = WindowLayout(self, settings, available)
        self._fitted = False
        self.session: Session | None = None
        self.panels: dict[str, Panel] = {}
        self._lazy: dict[str, QWidget] = {}
        self._docks: dict[str, QDockWidget] = {}
        self._panel_actions: list[tuple[str, QAction]] = []
        self._menus: dict[str, QMenu] = {}
        self.room_menu: RoomMenu | None = None
        self.table_view: TableView | None = None
        self.notice: Notice | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.documents_folder: Callable[[], Path] = documents_folder  # tests replace it
        # Asked before the window closes; False keeps it open (set by the controller).
        self.close_guard: Callable[[], bool] | None = None
        self._status = QLabel()
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self._status)
        self._views = QTabWidget()
        self._views.setObjectName("views")
        self._views.setDocumentMode(True)
        self._empty = EmptyState(self)
        self._empty.open_clicked.connect(self._on_open_triggered)
        self._empty.sample_clicked.connect(lambda: self.new_from_sample_requested.emit("en"))
        self.setCentralWidget(self._empty)
        self._build_menus()
        self.layout_keeper.restore_geometry()
        self._refresh_title()

    # ----------------------------------------------------------------- session

    def set_session(self, session: Session | None) -> None:
        """Shows ``session`` (or the empty state when None), rebuilding the panels."""
        self._save_layout()
        self._drop_panels()
        self.session = session
        if session is not None:
            self._build_panels(session)
            session.changed.connect(self._on_session_changed)
        self._refresh_menus()
        self._refresh_title()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self._refresh_title()

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
        self._views.addTab(run, self.tr("&Run"))
        # The Log and Prepare views are hidden at first: each is built when first needed (its
        # tab chosen, a menu opened, the shortcuts listed), so the window shows sooner.
        self._lazy = {"log": QWidget(), "prepare": QWidget(), "recommendations": QWidget()}
        for name, page in self._lazy.items():
            page.setObjectName(f"{name}Page")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self._views.addTab(self._lazy["log"], self.tr("&Log"))
        self._views.addTab(self._lazy["prepare"], self.tr("&Prepare"))
        self._views.addTab(self._lazy["recommendations"], self.tr("Re&commendations"))
        self._views.currentChanged.connect(self._on_views_current_changed)
        self.setCentralWidget(self._views)

        self._add_dock("clock", self.tr("Exercise clock"), scrolling(clock))
        self._add_dock("next", self.tr("Next inject"), scrolling(nxt))
        self._add_dock("notes", self.tr("Take notes"), scrolling(notes, keep_bottom=True))
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
        self._empty = EmptyState(self)
        self._empty.open_clicked.connect(self._on_open_triggered)
        self._empty.sample_clicked.connect(lambda: self.new_from_sample_requested.emit("en"))
        self.setCentralWidget(self._empty)

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

    # ------------------------------------------------------------------- menus

    def _menu_titles(self) -> tuple[tuple[str, str], ...]:
        return (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("run", self.tr("&Run")),
            ("log", self.tr("&Log")),
            ("room", self.tr("Roo&m")),  # not Alt+O: that picks "observation" while taking notes
            ("help", self.tr("&Help")),
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name, title in self._menu_titles():
            self._menus[name] = bar.addMenu(title)
        for name in ("edit", "log"):  # their items include the Prepare and Log views' actions
            self._menus[name].aboutToShow.connect(self.build_views)
        self._refresh_menus()

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, menu)  # owned by the menu, so a rebuild deletes it
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        menu.addAction(action)
        return action

    def _add_export_actions(self, file: QMenu, *, enabled: bool) -> None:
        """File → Export definition (YAML) and the Export documents submenu."""
        self._action(
            file,
            self.tr("E&xport definition (YAML)…"),
            self.export_definition_requested.emit,
            enabled=enabled,
        )
        add_export_menu(
            file, self.export_document_requested.emit, enabled=enabled, settings=self._settings
        )

    def _add_bring_in_actions(self, file: QMenu) -> None:
        """File → Import MSEL spreadsheet and Merge another laptop's copy."""
        self._action(file, self.tr("&Import MSEL spreadsheet…"), self.import_msel)
        if self.room_menu is not None:
            file.addAction(self.room_menu.merge_action)
        else:
            self._action(file, self.tr("&Merge another laptop's copy…"), _nothing, enabled=False)

    def _refresh_menus(self) -> None:
        has = self.session is not None
        writable = has and self.session is not None and not self.session.readonly
        for menu in self._menus.values():
            for sub in menu.findChildren(QMenu):  # clear() keeps submenus: drop the old ones
                if sub.parent() is menu:
                    sub.deleteLater()
            menu.clear()
        file = self._menus["file"]
        samples = file.addMenu(self.tr("New from &sample"))
        from ttx_desktop.paths import sample_list

        for item in sample_list():
            name = item.name
            self._action(
                samples,
                name.removesuffix(".yaml"),
                partial(self.new_from_sample_requested.emit, name),
            )
        self._action(
            file,
            self.tr("&New exercise…"),
            self.new_blank_requested.emit,
            QKeySequence.StandardKey.New,
        )
        self._action(file, self.tr("New from de&finition…"), self.new_requested.emit)
        self._action(
            file, self.tr("&Open…"), self._on_open_triggered, QKeySequence.StandardKey.Open
        )
        recent = file.addMenu(self.tr("Open &recent"))
        for path in self.recent_files():
            self._action(recent, str(path), partial(self.open_requested.emit, path))
        recent.setEnabled(bool(self.recent_files()))
        file.addSeparator()
        self._add_bring_in_actions(file)
        self._action(
            file,
            self.tr("Save a &copy as…"),
            self.save_copy_requested.emit,
            QKeySequence.StandardKey.SaveAs,
            enabled=has,
        )
        self._action(
            file, self.tr("Restore from &backup…"), self.restore_backup_requested.emit, enabled=has
        )
        self._add_export_actions(file, enabled=has)
        file.addSeparator()
        self._action(
            file,
            self.tr("C&lose exercise"),
            self.close_requested.emit,
            QKeySequence.StandardKey.Close,
            enabled=has,
        )
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = self._menus["edit"]
        if self.session is not None:
            undo = self.session.undo_stack.createUndoAction(edit, self.tr("&Undo"))
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo = self.session.undo_stack.createRedoAction(edit, self.tr("&Redo"))
            redo.setShortcut(QKeySequence.StandardKey.Redo)
            edit.addAction(undo)
            edit.addAction(redo)
            undo.setEnabled(writable and undo.isEnabled())
        self._add_preferences_action(edit)

        self._fill_view_menu(self._menus["view"], enabled=has)

        for menu_name, action in self._panel_actions:
            self._menus.get(menu_name, self._menus["run"]).addAction(action)
        self._menus["run"].setEnabled(has)
        self._menus["log"].setEnabled(has)
        if self.room_menu is not None:
            self.room_menu.fill(self._menus["room"])
        if self.table_view is not None:
            self.table_view.fill(self._menus["view"], self._menus["run"])
        self._menus["room"].setEnabled(has)

        self._add_help_actions(self._menus["help"])

    def _fill_view_menu(self, view: QMenu, *, enabled: bool) -> None:
        self._action(
            view,
            self.tr("&Run view"),
            lambda: self.show_view("run"),
            "Ctrl+Shift+1",
            enabled=enabled,
        )
        self._action(
            view,
            self.tr("&Log view"),
            lambda: self.show_view("log"),
            "Ctrl+Shift+2",
            enabled=enabled,
        )
        self._action(
            view,
            self.tr("&Prepare view"),
            lambda: self.show_view("prepare"),
            "Ctrl+Shift+3",
            enabled=enabled,
        )
        self._action(
            view,
            self.tr("Re&commendations and votes"),
            lambda: self.show_view("recommendations"),
            "Ctrl+Shift+4",
            enabled=enabled,
        )
        view.addSeparator()
        for dock in self._docks.values():
            view.addAction(dock.toggleViewAction())
        self._action(view, self.tr("Reset la&yout"), self.reset_layout)
        view.addSeparator()
        self._action(
            view, self.tr("Pr&esenter window"), self.presenter_requested.emit, "F5", enabled=enabled
        )
        self._action(
            view,
            self.tr("&Full screen"),
            self._toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
        )

    def _add_preferences_action(self, edit: QMenu) -> None:
        edit.addSeparator()
        preferences = self._action(
            edit,
            self.tr("Pre&ferences…"),
            self._on_preferences_triggered,
            QKeySequence.StandardKey.Preferences,
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _add_help_actions(self, help_menu: QMenu) -> None:
        self._action(help_menu, self.tr("&User guide"), self._on_user_guide_triggered)
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self._on_shortcuts_triggered, "F1")
        about = self._action(help_menu, self.tr("&About TTX Desktop"), self._on_about_triggered)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def all_shortcuts(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcut) for every action with a shortcut, menus and panels alike."""
        self.build_views()
        out: list[tuple[str, str, str]] = []
        seen: set[int] = set()
        for menu_name, menu in self._menus.items():
            for action in _walk(menu):
                if id(action) in seen:
                    continue
                seen.add(id(action))
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    out.append(
                        (menu.title().replace("&", ""), action.text().replace("&", ""), keys)
                    )
            del menu_name
        for panel in self.panels.values():
            for extra in panel.shortcut_help:
                out.append((self.tr("Panel"), extra[0], extra[1]))
        from ttx_desktop.gui.presenter_keys import presenter_shortcuts

        out += [(self.tr("Presenter window"), text, keys) for text, keys in presenter_shortcuts()]
        return out

    def _on_shortcuts_triggered(self) -> None:
        from ttx_desktop.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.all_shortcuts(), self).exec()

    def _on_about_triggered(self) -> None:
        from ttx_desktop.gui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _on_user_guide_triggered(self) -> None:
        from ttx_desktop.gui.help_window import HelpWindow

        HelpWindow.show_guide(self)

    def _on_preferences_triggered(self) -> None:
        from ttx_desktop.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._settings, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted and dialog.apply():
            self.retranslate()

    def retranslate(self) -> None:
        """Shows the window in the language just installed. Menus and views are built anew
        around the same session: what they show lives in the exercise file, and the layout
        and the note being typed in the settings, so nothing is lost."""
        self.setLocale(QLocale())  # dates, numbers and calendars follow the new language
        for name, title in self._menu_titles():
            self._menus[name].setTitle(title)
        from ttx_desktop.gui.note_panel import NotePanel

        if isinstance(notes := self.panels.get("notes"), NotePanel):
            notes.keep_draft()
        view = self._views.currentIndex() if self.session is not None else 0
        if self.session is not None:
            self.session.changed.disconnect(self._on_session_changed)
        self.set_session(self.session)
        if self.session is not None:
            self._views.setCurrentIndex(view)

    def import_msel(self, path: Path | None = None) -> QWidget | None:
        """Opens the MSEL import dialog on ``path`` (asked for when None); returns it."""
        from ttx_desktop.gui.msel_import_action import start_import

        return start_import(
            self, self.session, self._dialogs, self._settings, path=path,
            opened=self.open_requested.emit, status=self.show_status,
        )  # fmt: skip

    def _on_open_triggered(self) -> None:
        path = self._dialogs.open_file(
            self, self.tr("Open exercise"), self.tr("Exercises (*.ttxdb *.yaml *.yml)")
        )
        if path is not None:
            self.open_requested.emit(path)

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # ------------------------------------------------------------ title, status

    def _refresh_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("TTX Desktop")
            self._status.setText(self.tr("No exercise open"))
            return
        name = self.session.file.path.name
        title = self.session.exercise.title
        readonly = self.tr(" (read-only)") if self.session.readonly else ""
        self.setWindowTitle(f"{title} — {name}{readonly} — TTX Desktop")
        if self.session.readonly:
            self._status.setText(
                self.tr("Read-only: {0} is open for writing elsewhere").format(name)
            )
        else:
            self._status.setText(self.tr("All changes saved — {0}").format(name))

    def show_status(self, text: str, msec: int = 5000) -> None:
        self.statusBar().showMessage(text, msec)

    # ----------------------------------------------------- recent files, layout

    def recent_files(self) -> list[Path]:
        value = self._settings.value("recent_files", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(p)) for p in items if str(p)]

    def add_recent(self, path: Path) -> None:
        items = [str(path.resolve())] + [str(p) for p in self.recent_files() if p != path.resolve()]
        self._settings.setValue("recent_files", items[:10])
        self._refresh_menus()

    def _save_layout(self) -> None:
        self.layout_keeper.save(docks=bool(self._docks))

    # ------------------------------------------------------------- drag & drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        known = OPENABLE + IMPORTABLE
        if urls and all(Path(u.toLocalFile()).suffix.lower() in known for u in urls[:1]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            path = Path(urls[0].toLocalFile())
            if path.suffix.lower() in IMPORTABLE:  # a spreadsheet: the MSEL import dialog
                QTimer.singleShot(0, lambda: self.import_msel(path))
            else:
                QTimer.singleShot(0, lambda: self.open_requested.emit(path))
            event.acceptProposedAction()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once the window manager's frame is known, the title bar fits too
            self._fitted = True
            QTimer.singleShot(0, self.layout_keeper.fit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()  # e.g. phones still in the room and the user said no
            return
        self._save_layout()
        event.accept()


def _nothing() -> None:
    pass


def _walk(menu: QMenu) -> list[QAction]:
    actions: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            actions.extend(_walk(sub))
        elif not action.isSeparator():
            actions.append(action)
    return actions
