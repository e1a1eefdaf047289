"""The facilitator's main window: views, docks, menus and the status bar around one session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.empty_state import EmptyState
from ttx_desktop.gui.export_menu import documents_folder
from ttx_desktop.gui.window_layout import WindowLayout
from ttx_desktop.gui.window_menus import WindowMenus
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

OPENABLE = (".ttxdb", ".yaml", ".yml")
IMPORTABLE = (".xlsx", ".xlsm", ".xls", ".csv")  # dropped, they open the MSEL import dialog


class MainWindow(WindowMenus):
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
        # The types of what follows are declared in WindowViews and WindowMenus.
        self.session = None
        self.panels = {}
        self._lazy = {}
        self._docks = {}
        self._panel_actions = []
        self._menus = {}
        self.room_menu = None
        self.table_view = None
        self.notice = None
        self.open_url = QDesktopServices.openUrl  # tests replace it
        self.documents_folder = documents_folder  # tests replace it
        # Asked before the window closes; False keeps it open (set by the controller).
        self.close_guard: Callable[[], bool] | None = None
        self._status = QLabel()
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self._status)
        self._views = QTabWidget()
        self._views.setObjectName("views")
        self._views.setDocumentMode(True)
        self._show_empty()
        self._build_menus()
        self.layout_keeper.restore_geometry()
        self._refresh_title()

    # ----------------------------------------------------------------- session

    def set_session(self, session: Session | None) -> None:
        """Shows ``session`` (or the empty state when None), rebuilding the panels."""
        self._save_layout()
        self._drop_panels()
        self._show_empty()
        self.session = session
        if session is not None:
            self._build_panels(session)
            session.changed.connect(self._on_session_changed)
        self._refresh_menus()
        self._refresh_title()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self._refresh_title()

    def _show_empty(self) -> None:
        """The empty state in the middle of the window, with its Open and sample buttons."""
        self._empty = EmptyState(self)
        self._empty.open_clicked.connect(self._on_open_triggered)
        self._empty.sample_clicked.connect(lambda: self.new_from_sample_requested.emit("en"))
        self.setCentralWidget(self._empty)

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
