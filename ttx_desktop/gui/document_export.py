"""File → Export: the Word documents, one at a time or the whole pack into a folder.

Each document is written by the export service (services/export_service.py) in a headless
run of this program (``ttx-desktop export KIND``), so the window stays responsive however
long the document takes; a progress bar in the status bar counts the documents, and when
they are written a notice over the window says where and offers to open the folder.
Documents go by default to Documents/TTX Desktop/EXERCISE TITLE/.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar

from ttx_desktop.domain.documents import DOCUMENTS
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.export_menu import ALL, documents_folder, export_folder, pdf_too, titles
from ttx_desktop.gui.user_text import error_text, failure_text
from ttx_desktop.services.export_kinds import ExportRequest
from ttx_desktop.services.session import Session

if TYPE_CHECKING:
    from ttx_desktop.gui.background import ProgramJob
    from ttx_desktop.gui.main_window import MainWindow
    from ttx_desktop.gui.notice import Notice


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentExport", text)


class DocumentExport(QObject):
    """Asks where to write, then writes the documents off the UI thread, one after another.

    Signals:
        exported(list): every document asked for was written; their paths.
        failed(str): a document could not be written; the message shown (the rest are not
            attempted, and what was written stays).
    """

    exported = Signal(list)
    failed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        dialogs: Dialogs,
        session: Callable[[], Session | None],
        parent: QObject | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._window, self._dialogs, self._session = window, dialogs, session
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.documents: Callable[[], Path] = documents_folder  # tests replace it
        self.job: ProgramJob | None = None
        self._queue: list[tuple[str, Path]] = []
        self._written: list[Path] = []
        self._total = 0
        self._source = Path()
        self._room_url = ""
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.links = QLabel()
        self.links.setObjectName("exportLinks")
        self.links.setTextFormat(Qt.TextFormat.RichText)  # our own fixed words only
        self.links.linkActivated.connect(self._on_links_link_activated)
        self.links.hide()
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.links)

    @property
    def running(self) -> bool:
        return bool(self._queue) or (self.job is not None and self.job.running)

    def export(self, kind: str) -> None:
        """Asks for a file (or, for "all", a folder) and writes the document(s) there."""
        session = self._session()
        if session is None:
            return
        if self.running:
            self._dialogs.info(self._window, _tr("Export"), _tr("An export is still running."))
            return
        source = session.file.path
        default = export_folder(self.documents(), session.exercise.title)
        if kind == ALL:
            folder = self._dialogs.choose_folder(
                self._window, _tr("Export all documents into"), start=default
            )
            if folder is None:
                return
            targets = {k: folder / f"{source.stem}-{d.filename}.docx" for k, d in DOCUMENTS.items()}
            existing = [t.name for t in targets.values() if t.exists()]
            if existing and not self._dialogs.confirm(
                self._window,
                _tr("Replace documents?"),
                _tr("{0} already holds {1}. Replace them?").format(folder, ", ".join(existing)),
            ):
                return
        else:
            suggested = default / f"{source.stem}-{DOCUMENTS[kind].filename}.docx"
            target = self._dialogs.save_file(
                self._window, _tr("Export"), _tr("Word documents (*.docx)"), str(suggested)
            )
            if target is None:
                return
            if target.suffix.lower() != ".docx":
                target = target.with_name(target.name + ".docx")
            targets = {kind: target}
        self.start(source, targets, room_url=session.room_url)

    def start(self, source: Path, targets: dict[str, Path], *, room_url: str = "") -> None:
        """Writes each document kind of ``source`` to its target, one process at a time."""
        self._source, self._room_url = source, room_url
        self._queue = list(targets.items())
        self._written = []
        self._total = len(self._queue)
        self.links.hide()
        self.progress.setRange(0, self._total if self._total > 1 else 0)  # one: just busy
        self.progress.setValue(0)
        self.progress.show()
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._finish()
            return
        kind, target = self._queue[0]
        done = self._total - len(self._queue)
        name = titles()[kind].replace("&", "").removesuffix("…")
        if self._total > 1:
            self._window_status(_tr("Writing {0} of {1}: {2}…").format(done + 1, self._total, name))
        else:
            self._window_status(_tr("Writing {0}…").format(name))
        # The file chooser asked before replacing a file, and so did "all" for its folder;
        # without LibreOffice the export says PDF needs it.
        request = ExportRequest(
            kind, self._source, target, force=True, pdf=pdf_too(self._settings),
            room_url=self._room_url if kind == "cards" else None,
        )  # fmt: skip
        from ttx_desktop.gui.background import run_program  # loaded when first used

        # The export service runs in a headless run of this program, so that a long
        # document never freezes the window and a crash in it never takes the window down.
        self.job = run_program(
            request.argv(), self._on_job_finished, self._on_job_failed, parent=self
        )

    def _on_job_finished(self, _output: str) -> None:
        _kind, target = self._queue.pop(0)
        self._written.append(target)
        self.progress.setValue(self._total - len(self._queue))
        self._next()

    def _on_job_failed(self, error: BaseException) -> None:
        kind = self._queue[0][0] if self._queue else ""
        self._queue.clear()
        self.progress.hide()
        self._window_status("")
        if kind in DOCUMENTS:
            context = f"export {kind} {self._source}"
            message = failure_text(error, DOCUMENTS[kind].not_written, context=context)
        else:
            message = error_text(error)
        self._dialogs.error(self._window, _tr("Cannot export"), message)
        self.failed.emit(message)

    def _finish(self) -> None:
        self.progress.hide()
        written = self._written
        if len(written) == 1:
            self._window_status(_tr("Exported {0}").format(written[0]))
            self.links.setText(
                f'<a href="open">{_tr("Open")}</a> · <a href="folder">{_tr("Show in folder")}</a>'
            )
        else:
            folder = written[0].parent if written else Path()
            self._window_status(_tr("Exported {0} documents into {1}").format(len(written), folder))
            self.links.setText(f'<a href="folder">{_tr("Show in folder")}</a>')
        self.links.show()
        self._say_where(written)
        self.exported.emit(written)

    @property
    def notice(self) -> Notice | None:
        return self._window.notice

    def _say_where(self, written: list[Path]) -> None:
        """A notice over the window (the status bar may be cut off on a small screen)."""
        if not written:
            return
        folder = written[0].parent
        if len(written) == 1:
            text = _tr("Exported {0} into {1}").format(written[0].name, folder)
        else:
            text = _tr("Exported {0} documents into {1}").format(len(written), folder)
        self._window.say_written(text, folder, self.open_url)

    def _on_links_link_activated(self, link: str) -> None:
        if not self._written:
            return
        path = self._written[0] if link == "open" else self._written[0].parent
        self.open_url(QUrl.fromLocalFile(str(path)))

    def _window_status(self, text: str) -> None:
        self._window.show_status(text, 0)
