"""Opens and closes exercises for the main window, and owns the session shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from ttx_desktop.app.window_actions import WindowActions
from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.document_export import DocumentExport
from ttx_desktop.gui.first_frame import after_first_frame
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.gui.safekeeping import Safekeeping
from ttx_desktop.gui.user_text import detail_text, error_text
from ttx_desktop.paths import data_home
from ttx_desktop.services.session import Session
from ttx_desktop.storage.errors import DamagedFile, FileLocked
from ttx_desktop.storage.exercise_file import EXTENSION, ExerciseFile

# How often the window looks whether the checks of a large file, run after it showed, ended.
CHECK_POLL_MS = 100


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


class Controller(WindowActions):
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
        self.session = None
        self.presenter = None
        self.export_job = None  # the last export started, for tests
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
