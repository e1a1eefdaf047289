"""The controller's answers to the window's other requests: a new exercise from a chosen
definition, a copy saved, a backup restored, the definition exported, the presenter window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.document_export import DocumentExport
from ttx_desktop.gui.export_menu import export_folder
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.gui.safekeeping import Safekeeping
from ttx_desktop.gui.user_text import error_text, failure_text
from ttx_desktop.services.export_kinds import EXPORTS, ExportRequest
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import save_copy

if TYPE_CHECKING:
    from ttx_desktop.gui.background import BackgroundJob


def _tr(text: str) -> str:
    return QCoreApplication.translate("Controller", text)


class WindowActions(QObject):
    """The part of the Controller (app/controller.py) that answers the window's file and view
    requests other than opening and closing; its strings stay in the "Controller" context."""

    window: MainWindow
    dialogs: Dialogs
    session: Session | None
    presenter: QObject | None
    export_job: BackgroundJob | None
    documents: DocumentExport
    safekeeping: Safekeeping

    if TYPE_CHECKING:  # the Controller's opening, which these requests end in

        def open(self, path: Path) -> bool: ...
        def _create_from_definition(self, path: Path, data: bytes | None = None) -> bool: ...

    def _on_window_new_requested(self) -> None:
        path = self.dialogs.open_file(
            self.window,
            _tr("New exercise from definition"),
            _tr("Definitions (*.yaml *.yml)"),
        )
        if path is not None:
            self._create_from_definition(path)

    def _on_window_save_copy_requested(self) -> None:
        if self.session is None:
            return
        target = self.dialogs.save_file(
            self.window, _tr("Save a copy as"), _tr("Exercises (*.ttxdb)"),
            str(self.session.file.path.with_name(self.session.file.path.stem + " copy.ttxdb")),
        )  # fmt: skip
        if target is None:
            return
        try:
            save_copy(self.session.file, target)
        except UserError as exc:
            self.dialogs.error(self.window, _tr("Cannot save a copy"), error_text(exc))
            return
        self.safekeeping.write_back_now(self.session.file.path)
        self.window.show_status(_tr("Saved a copy as {0}").format(target))

    def _on_window_restore_backup_requested(self) -> None:
        if self.session is not None:
            restored = self.safekeeping.restore_into_new_file(self.session.file.path)
            if restored is not None and self.open(restored):
                self.window.show_status(_tr("Opened the backup as {0}").format(restored))

    def _on_window_export_definition_requested(self) -> None:
        if self.session is None:
            return
        # Beside the documents, in Documents/TTX Desktop/TITLE/, not in the hidden data folder.
        folder = export_folder(self.documents.documents(), self.session.exercise.title)
        target = self.dialogs.save_file(
            self.window, _tr("Export definition"), _tr("Definitions (*.yaml)"),
            str(folder / self.session.file.path.with_suffix(".yaml").name),
        )  # fmt: skip
        if target is None:
            return

        def failed(exc: BaseException) -> None:
            self.window.show_status("")
            told = failure_text(exc, EXPORTS["yaml"].not_written, context=f"export yaml {target}")
            self.dialogs.error(self.window, _tr("Cannot export"), told)

        # A headless run of this program writes it, so the window never freezes meanwhile;
        # the file chooser has already asked before replacing an existing file.
        self.window.show_status(_tr("Exporting the definition to {0}…").format(target), 0)
        from ttx_desktop.gui.background import run_program  # loaded when first used

        self.export_job = run_program(
            ExportRequest("yaml", self.session.file.path, target, force=True).argv(),
            lambda _output: self._said_definition(target),
            failed,
            parent=self,
        )

    def _said_definition(self, target: Path) -> None:
        text = _tr("Exported the definition to {0}").format(target)
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
