"""File → Merge another laptop's copy…: the merge runs off the UI thread, then views catch up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ttx_desktop.gui.background import ThreadJob
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.user_text import error_text, localized
from ttx_desktop.services.merge_service import MergeService
from ttx_desktop.services.session import Session
from ttx_desktop.storage.merge import MergeReport


class MergeAction(QAction):
    """Asks for another laptop's copy of the exercise and merges it into the session's file.

    Signals:
        merged(MergeReport): the merge committed; the log and the authored views were told.
    """

    merged = Signal(object)

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget) -> None:
        super().__init__(parent)
        self.setText(self.tr("&Merge another laptop's copy…"))
        self.setToolTip(self.tr("Bring in the log, feedback and recommendations of a copy"))
        self.setEnabled(not session.readonly)
        self._dialogs, self._parent = dialogs, parent
        self._service = MergeService(session, self)
        self.job: ThreadJob | None = None
        self._other = Path()
        self.triggered.connect(self._on_triggered)

    def _on_triggered(self) -> None:
        path = self._dialogs.open_file(
            self._parent, self.tr("Merge a copy"), self.tr("Exercises (*.ttxdb)")
        )
        if path is not None:
            self.merge(path)

    def merge(self, other: Path) -> ThreadJob:
        """Merges ``other`` in a worker thread, through a connection of the worker's own."""
        self.setEnabled(False)
        self._other = Path(other)
        self.job = ThreadJob(lambda: self._service.merge(self._other), self)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        return self.job.start()

    def _on_job_finished(self, report: MergeReport) -> None:
        self.setEnabled(True)
        self._service.announce(report)
        text = self.tr("From {0}: {1}.").format(self._other.name, self._summary(report))
        if report.conflicts:
            text += "\n\n" + self.tr("To check:")
            text += "".join(f"\n• {localized(c)}" for c in report.conflicts)
        elif not report.changed:
            text += "\n\n" + self.tr("Nothing was new: this file already held all of it.")
        self._dialogs.info(self._parent, self.tr("Merged"), text)
        self.merged.emit(report)

    def _summary(self, report: MergeReport) -> str:
        """The report's summary (MergeReport.summary) in the interface's language."""
        text = self.tr(
            "added {0} log entries, {1} revisions of entries already here, {2} feedback forms, "
            "{3} recommendations"
        ).format(report.entries, report.revisions, report.feedback, report.recommendations)
        if report.records:
            text += self.tr(", {0} teams, participants, modules, objectives or injects").format(
                report.records
            )
        return text + self.tr("; {0} to check").format(len(report.conflicts))

    def _on_job_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self._dialogs.error(self._parent, self.tr("Cannot merge"), error_text(error))
