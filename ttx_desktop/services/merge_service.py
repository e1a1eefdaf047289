"""Merging another laptop's copy of the exercise into this one: its log, feedback,
recommendations and authored records, then the views told what came in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ttx_desktop.services.changes import of_merge
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.merge import MergeReport, merge_file, merge_path
from ttx_desktop.storage.room_repo import second_connection


class MergeService(QObject):
    """Merges copies into the session's file, and tells the session's services.

    ``merge`` may run in a worker thread (it writes through a connection of its own);
    ``announce`` runs on the UI thread once it is done.

    Signals:
        merged(MergeReport): a merge committed, and the log and authored views were told.
    """

    merged = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    def merge(self, other: Path) -> MergeReport:
        """Merges the copy at ``other`` into the session's file, in one transaction, through
        a connection of the caller's own (so a worker thread may call it)."""
        self._session.file.await_checks()  # a merge writes: not before the file is known whole
        target = self._session.file.path
        db = second_connection(target)
        try:
            return merge_path(db, target, Path(other))
        finally:
            db.close()

    def announce(self, report: MergeReport) -> None:
        """Tells the session's services what ``report`` brought in, as if written here."""
        session = self._session
        changed = [(i, False) for i in report.added_ids] + [(i, True) for i in report.revised_ids]
        for entry_id, edited in changed:
            entry = session.log.get(entry_id)
            if entry is not None:
                session.log.announce(entry, edited=edited)
        session.announce(of_merge(report))  # one change, the exercise read again if need be
        self.merged.emit(report)


def merge_into(path: Path, other: Path) -> MergeReport:
    """Merges the copy at ``other`` into the exercise file at ``path`` (no window open)."""
    with ExerciseFile.open(path) as file:
        return merge_file(file, other)
