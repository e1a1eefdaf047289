"""Rolling backups of the open exercise: every few minutes when something changed, and at
close; taken off the UI thread."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ttx_desktop.errors import UserError
from ttx_desktop.messages import punctuated
from ttx_desktop.storage import backups
from ttx_desktop.storage.backups import Backup

FIRST_DELAY_MS = 2_000  # the backup on opening waits this long
INTERVAL_MS = 5 * 60 * 1000


class BackupService(QObject):
    """Backs up one exercise file at a time into its own folder under ``root``.

    A backup is made through a read-only connection of its own, in a worker thread, so the
    window never waits for it; the next one is skipped while the file has not changed.

    Signals:
        backup_taken(Backup): a backup was written and verified.
        backup_failed(str): a backup could not be made; the message says why and where (a
            ``messages.Text`` when it came from a UserError, so the interface can translate it).
    """

    backup_taken = Signal(object)
    backup_failed = Signal(object)  # a str (Signal(str) would drop a Text's template)
    _worker_done = Signal(object)  # a Backup or the exception, from the worker thread

    def __init__(
        self, root: Path, *, interval_ms: int = INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.root = root
        self.path: Path | None = None
        self.last_at: datetime | None = None  # when the newest backup was taken
        self._taken_of: object = None  # the file's fingerprint when the last backup began
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.backup_if_changed)
        self._worker_done.connect(self._on_worker_done)

    @property
    def folder(self) -> Path | None:
        return None if self.path is None else backups.folder_for(self.root, self.path)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def watch(self, path: Path) -> None:
        """Starts backing up ``path``: one backup in a moment, once the window has painted
        (its reads would slow the first paint of a large log), then one per interval if the
        file changed. Closing before that moment takes the backup then."""
        self.stop()
        self.path = path
        self.last_at = backups.latest(self.folder) if self.folder else None
        self._taken_of = None
        self._timer.start()
        QTimer.singleShot(FIRST_DELAY_MS, self, self.backup_if_changed)

    def backup_if_changed(self) -> bool:
        """Starts a backup in the background unless one is running or nothing changed."""
        if self.path is None or self.busy:
            return False
        mark = backups.fingerprint(self.path)
        if mark == self._taken_of:
            return False
        self._taken_of = mark
        self._thread = threading.Thread(
            target=self._work, args=(self.path, self.folder), name="backup", daemon=True
        )
        self._thread.start()
        return True

    def finish(self) -> Backup | None:
        """The file was closed: waits for a running backup, then takes a last one if the file
        changed since (in this thread: closing is a moment the user expects to wait). With
        no backup taken while it was open, one is due only if the file was written after the
        newest backup there is: closing an unchanged file reads none of it."""
        self._timer.stop()
        self.wait()
        path, folder = self.path, self.folder
        self.path = None
        if path is None or folder is None or backups.fingerprint(path) == self._taken_of:
            return None
        if (
            self._taken_of is None
            and self.last_at is not None
            and not backups.changed_since(path, self.last_at)
        ):
            return None
        try:
            made = self._take(path, folder)
        except UserError as exc:
            self.backup_failed.emit(_message(exc))
            return None
        self._announce(made)
        return made

    def stop(self) -> None:
        """Stops watching without a last backup (the file could not be closed cleanly)."""
        self._timer.stop()
        self.wait()
        self.path = None

    def wait(self, timeout: float | None = 60) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # ----------------------------------------------------------- restoring

    def folder_of(self, path: Path) -> Path:
        """The folder that holds the backups of the exercise file at ``path``."""
        return backups.folder_for(self.root, path)

    def newest_good(self, path: Path) -> Backup | None:
        """The newest backup of ``path`` that passes SQLite's full check, if any."""
        return backups.newest_good(self.folder_of(path))

    def listed(self, path: Path) -> list[Backup]:
        """The backups of ``path``, newest first, once a backup being taken is done."""
        self.wait()
        return backups.list_backups(self.folder_of(path))

    @staticmethod
    def replace_damaged(path: Path, good: Backup) -> Path:
        """Moves the damaged file at ``path`` aside (renamed, nothing deleted) and puts the
        backup ``good`` in its place; returns where the damaged file went. UserError when
        either step fails (the damaged file is then left where it was, or aside)."""
        aside = backups.move_aside(path)
        backups.restore(good.path, path)
        return aside

    @staticmethod
    def restore_beside(chosen: Backup, current: Path) -> Path:
        """Writes the backup ``chosen`` as a new file beside ``current``, named after it and
        the time it was taken; returns the new file's path (UserError if it cannot)."""
        stamp = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H.%M")
        target = _free(current.with_name(f"{current.stem} (backup {stamp}){current.suffix}"))
        backups.restore(chosen.path, target)
        return target

    @staticmethod
    def _take(path: Path, folder: Path) -> Backup:
        made = backups.take_backup(path, folder)
        backups.prune(folder, now=datetime.now(UTC))
        return made

    def _work(self, path: Path, folder: Path) -> None:
        try:
            result: object = self._take(path, folder)
        except Exception as exc:  # reported on the UI thread; the worker must not die silent
            result = exc
        self._worker_done.emit(result)

    def _on_worker_done(self, result: object) -> None:
        if isinstance(result, Backup):
            self._announce(result)
        elif isinstance(result, UserError):
            self._taken_of = None  # try again next time
            self.backup_failed.emit(_message(result))
        else:
            self._taken_of = None
            self.backup_failed.emit(self.tr("Backup failed: {0}").format(result))

    def _announce(self, made: Backup) -> None:
        self.last_at = made.taken_at
        self.backup_taken.emit(made)


def _message(error: UserError) -> str:
    """``str(error)``, "FILE: why", kept translatable (messages.py)."""
    if error.path is None:
        return error.detail
    return punctuated("{path}: {detail}", path=error.path, detail=error.detail)


def _free(path: Path) -> Path:
    """``path``, or the first of "NAME 2", "NAME 3"… beside it that does not exist yet."""
    number = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} {number}{path.suffix}")
        number += 1
    return candidate
