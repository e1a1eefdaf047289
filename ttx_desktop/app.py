"""The one place that wires the program: open a file, build the services, show the window."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ttx_desktop import __version__
from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.document_export import DocumentExport
from ttx_desktop.gui.export_menu import export_folder
from ttx_desktop.gui.first_frame import after_first_frame
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.gui.safekeeping import Safekeeping
from ttx_desktop.gui.user_text import detail_text, error_text, failure_text
from ttx_desktop.paths import APPLICATION, ORGANISATION, data_home
from ttx_desktop.services.export_kinds import EXPORTS, ExportRequest
from ttx_desktop.services.session import Session
from ttx_desktop.storage.errors import DamagedFile, FileLocked
from ttx_desktop.storage.exercise_file import EXTENSION, ExerciseFile, save_copy

if TYPE_CHECKING:
    from ttx_desktop.gui.background import BackgroundJob

# Hidden, for bench/bench_first_paint.py: report the first paint with an exercise shown, quit.
BENCH_FIRST_PAINT = "TTX_BENCH_FIRST_PAINT"
# Modules only later work needs (writes, documents, spreadsheets, QR codes, the room server):
# the first paint should not wait for their import. The probe reports those already loaded.
# How often the window looks whether the checks of a large file, run after it showed, ended.
CHECK_POLL_MS = 100
LATER_MODULES = ("sqlite_utils", "docx", "openpyxl", "qrcode", "ttx_desktop.room")


def data_folder() -> Path:
    """Where the program keeps exercises it makes (copies of samples, imported definitions)."""
    folder = data_home() / "exercises"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unique_path(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{EXTENSION}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){EXTENSION}"
        number += 1
    return candidate


class Controller(QObject):
    """Opens and closes exercises for the main window; owns the current session."""

    def __init__(
        self,
        window: MainWindow,
        dialogs: Dialogs,
        settings: QSettings,
        folder: Path,
        *,
        keep: Path | None = None,
    ) -> None:
        super().__init__()
        self.window = window
        self.dialogs = dialogs
        self.settings = settings
        self.folder = folder
        self.session: Session | None = None
        self.presenter: QObject | None = None
        self.export_job: BackgroundJob | None = None  # the last export started, for tests
        window.open_requested.connect(self.open)
        window.new_from_sample_requested.connect(self.new_from_sample)
        window.new_requested.connect(self._on_window_new_requested)
        window.new_blank_requested.connect(self.new_blank)
        window.close_requested.connect(self._on_window_close_requested)
        window.close_guard = self.may_stop_room  # closing the window asks the same
        window.save_copy_requested.connect(self._on_window_save_copy_requested)
        window.export_definition_requested.connect(self._on_window_export_definition_requested)
        self.documents = DocumentExport(
            window, dialogs, lambda: self.session, parent=self, settings=settings
        )
        window.export_document_requested.connect(self.documents.export)
        window.presenter_requested.connect(self.show_presenter)
        # Backups, drafts and local copies: beside the user's exercises, never inside them.
        self.safekeeping = Safekeeping(window, dialogs, keep or folder, parent=self)
        window.restore_backup_requested.connect(self._on_window_restore_backup_requested)

    # ---------------------------------------------------------------- opening

    def start(self, path: Path | None) -> None:
        """Opens ``path``, else the last exercise, else a fresh copy of the bundled sample."""
        if path is not None:
            self.open(path)
            return
        last = self.settings.value("last_file", "")
        if last and Path(str(last)).exists():
            self.open(Path(str(last)))
        else:
            self.new_from_sample("en")

    def open(self, path: Path) -> bool:
        path = Path(path)
        if not self.may_stop_room():
            return False
        if path.suffix.lower() in (".yaml", ".yml"):
            return self._create_from_definition(path)
        local = self.safekeeping.local_path(path)  # a copy when on a USB stick or a share
        return local is not None and self._open_file(local)

    def _open_file(self, path: Path) -> bool:
        try:
            # A large file's whole check starts once the window has painted it, not before:
            # on two cores it would share them with the first frame.
            file = ExerciseFile.open(path, defer_checks=True, start_checks=False)
            session = self._session(file)
        except DamagedFile as exc:
            return self.safekeeping.recover(path, exc) and self._open_file(path)
        except FileLocked as exc:
            question = self.tr("{0}\n\nOpen it read-only?").format(detail_text(exc))
            if not self.dialogs.confirm(self.window, self.tr("Exercise in use"), question):
                return False
            return self._try_open_readonly(path)
        except UserError as exc:
            self.dialogs.error(self.window, self.tr("Cannot open exercise"), error_text(exc))
            return False
        self._show(session)
        if not session.file.checks_awaited:
            after_first_frame(self.window, session.file.start_checks)
            self._watch_checks(session)
        return True

    def _watch_checks(self, session: Session) -> None:
        """A large file is shown while SQLite still checks it in a thread (its writes wait
        for the check): when the check finds damage, the exercise is closed unwritten and
        the damage reported as on opening, with the newest good backup offered."""
        timer = QTimer(self)
        timer.setInterval(CHECK_POLL_MS)

        def poll() -> None:
            if self.session is not session:
                timer.stop()
                timer.deleteLater()
                return
            if not session.file.checks_done:
                return
            timer.stop()
            timer.deleteLater()
            try:
                session.file.await_checks()
            except DamagedFile as exc:
                self._damaged_after_opening(session, exc)
            except UserError as exc:
                self.safekeeping.backups.stop()
                self.close_session()
                self.dialogs.error(self.window, self.tr("Cannot open exercise"), error_text(exc))

        timer.timeout.connect(poll)
        timer.start()

    def _damaged_after_opening(self, session: Session, damage: DamagedFile) -> None:
        path = session.file.path
        self.safekeeping.backups.stop()  # no closing backup of a damaged file
        self.close_session()
        if self.safekeeping.recover(path, damage):
            self._open_file(path)

    def _try_open_readonly(self, path: Path) -> bool:
        try:
            session = self._session(ExerciseFile.open(path, readonly=True))
        except UserError as exc:
            self.dialogs.error(self.window, self.tr("Cannot open exercise"), error_text(exc))
            return False
        self._show(session)
        return True

    def new_from_sample(self, name: str) -> bool:
        from ttx_desktop.paths import sample

        source = sample(name)
        return self._create_from_definition(Path(str(source)), source.read_bytes())

    def new_blank(self) -> bool:
        """File → New exercise: a blank exercise with one module, after its title and dates."""
        from ttx_desktop.domain.blank import blank_exercise
        from ttx_desktop.gui.language import effective

        answer = self.dialogs.ask_new_exercise(self.window)
        if answer is None or not self.may_stop_room():
            return False
        title, start, end = answer
        exercise = blank_exercise(
            title, start, end, module_title=self.tr("Module 1"), language=effective(self.settings)
        )
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "exercise"
        target = unique_path(self.folder, stem[:60])
        try:
            session = self._session(ExerciseFile.create(target, exercise))
        except (UserError, OSError) as exc:
            self.dialogs.error(self.window, self.tr("Cannot create exercise"), error_text(exc))
            return False
        self._show(session)
        self.window.show_view("prepare")
        self.window.show_status(self.tr("Created {0}").format(target.name))
        return True

    def _create_from_definition(self, path: Path, data: bytes | None = None) -> bool:
        from ttx_desktop.formats.definition import parse_definition

        if not self.may_stop_room():
            return False

        try:
            raw = path.read_bytes() if data is None else data
            exercise = parse_definition(raw, str(path))
            target = unique_path(self.folder, path.stem.removesuffix(".yaml"))
            session = self._session(ExerciseFile.create(target, exercise))
        except (UserError, OSError) as exc:
            self.dialogs.error(self.window, self.tr("Cannot create exercise"), error_text(exc))
            return False
        self._show(session)
        self.window.show_status(self.tr("Created {0} from {1}").format(target.name, path.name))
        return True

    def _session(self, file: ExerciseFile) -> Session:
        """A session on ``file``, which reads the exercise through: a value the program cannot
        read (a file edited outside it) is refused like any damage found on opening, and the
        file is closed again."""
        try:
            return Session(file, author=str(self.settings.value("author", "")))
        except BaseException:
            file.close()
            raise

    def _show(self, session: Session) -> None:
        self.close_session()
        self.session = session
        file = session.file
        self.safekeeping.opened(self.session)
        self.window.set_session(self.session)
        shown = self.safekeeping.original_of(file.path)  # the drive's file, not the local copy
        self.window.add_recent(shown)
        self.settings.setValue("last_file", str(shown.resolve()))

    def close_session(self) -> None:
        if self.presenter is not None:
            self.presenter.deleteLater()
            self.presenter = None
        if self.session is not None:
            session, self.session = self.session, None
            self.window.set_session(None)
            session.close()
            self.safekeeping.closed(session.file.path)

    def may_stop_room(self) -> bool:
        """Before the exercise is closed (which closes its room): True when no phone used the
        room in the last minute, or the user agrees to cut them off."""
        session = self.session
        room = session.room if session is not None else None
        if room is None or not room.running:
            return True
        devices = room.device_count()
        if devices == 0:
            return True
        return self.dialogs.confirm(self.window, self.tr("Close the room?"), self.tr(
            "The room is open: devices that used it in the last minute: {0}. Closing the "
            "exercise closes the room, so phones can no longer log notes or see injects until "
            "it is opened again. Everything they sent is saved.\n\nClose anyway?"
        ).format(devices))  # fmt: skip

    def _on_window_close_requested(self) -> None:
        if self.may_stop_room():
            self.close_session()

    # ---------------------------------------------------------------- actions

    def _on_window_new_requested(self) -> None:
        path = self.dialogs.open_file(
            self.window,
            self.tr("New exercise from definition"),
            self.tr("Definitions (*.yaml *.yml)"),
        )
        if path is not None:
            self._create_from_definition(path)

    def _on_window_save_copy_requested(self) -> None:
        if self.session is None:
            return
        target = self.dialogs.save_file(
            self.window, self.tr("Save a copy as"), self.tr("Exercises (*.ttxdb)"),
            str(self.session.file.path.with_name(self.session.file.path.stem + " copy.ttxdb")),
        )  # fmt: skip
        if target is None:
            return
        try:
            save_copy(self.session.file, target)
        except UserError as exc:
            self.dialogs.error(self.window, self.tr("Cannot save a copy"), error_text(exc))
            return
        self.safekeeping.write_back_now(self.session.file.path)
        self.window.show_status(self.tr("Saved a copy as {0}").format(target))

    def _on_window_restore_backup_requested(self) -> None:
        if self.session is not None:
            restored = self.safekeeping.restore_into_new_file(self.session.file.path)
            if restored is not None and self.open(restored):
                self.window.show_status(self.tr("Opened the backup as {0}").format(restored))

    def _on_window_export_definition_requested(self) -> None:
        if self.session is None:
            return
        # Beside the documents, in Documents/TTX Desktop/TITLE/, not in the hidden data folder.
        folder = export_folder(self.documents.documents(), self.session.exercise.title)
        target = self.dialogs.save_file(
            self.window, self.tr("Export definition"), self.tr("Definitions (*.yaml)"),
            str(folder / self.session.file.path.with_suffix(".yaml").name),
        )  # fmt: skip
        if target is None:
            return

        def failed(exc: BaseException) -> None:
            self.window.show_status("")
            told = failure_text(exc, EXPORTS["yaml"].not_written, context=f"export yaml {target}")
            self.dialogs.error(self.window, self.tr("Cannot export"), told)

        # A headless run of this program writes it, so the window never freezes meanwhile;
        # the file chooser has already asked before replacing an existing file.
        self.window.show_status(self.tr("Exporting the definition to {0}…").format(target), 0)
        from ttx_desktop.gui.background import run_program  # loaded when first used

        self.export_job = run_program(
            ExportRequest("yaml", self.session.file.path, target, force=True).argv(),
            lambda _output: self._said_definition(target),
            failed,
            parent=self,
        )

    def _said_definition(self, target: Path) -> None:
        text = self.tr("Exported the definition to {0}").format(target)
        self.window.show_status(text)
        self.window.say_written(text, target.parent, self.documents.open_url)

    def show_presenter(self) -> None:
        if self.session is None:
            return
        from ttx_desktop.gui.presenter_window import PresenterWindow

        if self.presenter is None:
            made = PresenterWindow(self.session)
            # Closing the main window quits even while the projector shows this one, so the
            # exercise is closed and its room stopped (Session.close) rather than left serving.
            made.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            made.forward = self.window.forward_keys  # F7 on the projector releases, as here
            self.presenter = made
        presenter = self.presenter
        assert isinstance(presenter, PresenterWindow)
        if presenter.isVisible() and presenter.isActiveWindow():
            # F5 again on the projector's window (on one screen it covers the console):
            # back to the console, the presenter staying open behind it.
            self.window.raise_()
            self.window.activateWindow()
            return
        presenter.show_on_preferred_screen()


class FirstPaintProbe(QObject):
    """Prints ``first-paint <wall time>`` once the main window, showing an exercise, is on
    screen with its first frame painted, then quits; the benchmark subtracts the time it
    started the process. It watches the window's own first expose (gui/first_frame.py), not
    every event of the program: a filter on the whole application would itself make Qt for
    Python build every class it has at the first event of an unexposed one."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(app)
        self._app = app
        after_first_frame(window, self._report)

    def _report(self) -> None:
        loaded = [name for name in LATER_MODULES if name in sys.modules]
        print(f"first-paint {time.time():.6f}", flush=True)
        print(f"first-paint-imports {' '.join(loaded) or '-'}", flush=True)
        self._app.quit()


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("ttx-desktop")
    from PySide6.QtGui import QIcon

    from ttx_desktop.paths import resource

    app.setWindowIcon(QIcon(str(resource("icons", "ttx-desktop.png"))))
    return app


def run_gui(path: Path | None = None) -> int:
    """Runs the window until it is closed; returns the exit code."""
    app = make_application(sys.argv[:1])
    settings = QSettings()
    from ttx_desktop.gui.language import install_from_settings

    install_from_settings(settings)  # before any window: widgets take their text when built
    from ttx_desktop.gui import contrast

    contrast.follow(app)  # field borders that a high-contrast palette would hide
    dialogs = Dialogs()
    window = MainWindow(dialogs, settings)
    controller = Controller(window, dialogs, settings, data_folder(), keep=data_folder().parent)
    from ttx_desktop.gui.error_handler import ErrorHandler

    ErrorHandler(app, dialogs, window)  # an error no slot caught is shown, not only printed
    window.show()
    # At once, before the event loop paints: the first frame shows the exercise, rather than
    # the empty state painted and laid out for nothing. A question asked while opening (a
    # locked or damaged file) still comes with the window behind it.
    controller.start(path)
    if os.environ.get(BENCH_FIRST_PAINT) == "1":
        FirstPaintProbe(app, window)
    code = app.exec()
    window.hide()  # a closing backup, when one is due, runs with the window already gone
    controller.close_session()
    settings.sync()
    # The process ends with this: every file is closed and the settings written. Python's
    # last collections would only walk the window's objects again (tens of milliseconds at
    # exit); moved out of the collector's sight, they are still freed with the process.
    gc.freeze()
    return code


def temporary_settings(folder: Path) -> QSettings:
    """Settings kept in a file in ``folder``, for the smoke test and for tests."""
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def temporary_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="ttx-desktop-"))
