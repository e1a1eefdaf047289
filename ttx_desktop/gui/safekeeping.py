"""Keeping the open exercise safe: backups and their status, restore, recovery of a damaged
file, local copies of files on removable or network drives, and the note draft store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStorageInfo, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.local_time import date_time_text, time_text
from ttx_desktop.gui.user_text import error_text, localized
from ttx_desktop.services.backup_service import BackupService
from ttx_desktop.services.local_copies import LocalCopies
from ttx_desktop.services.session import Session
from ttx_desktop.storage.backups import Backup
from ttx_desktop.storage.drafts import DraftStore
from ttx_desktop.storage.errors import DamagedFile, FileLocked

Chooser = Callable[[list[Backup], Path, Path], Backup | None]


def file_system_type(path: Path) -> str:
    return bytes(QStorageInfo(str(path.parent)).fileSystemType().data()).decode(errors="replace")


def choose_in_dialog(parent: QMainWindow) -> Chooser:
    def choose(found: list[Backup], folder: Path, original: Path) -> Backup | None:
        from ttx_desktop.gui.restore_backup_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(found, folder, original, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen if accepted else None

    return choose


class Safekeeping(QObject):
    """What the controller asks of it at open, at close and from the File menu.

    ``keep`` holds backups/, drafts/ and local-copies/. ``file_system_type`` and
    ``choose_backup`` are attributes so that tests can stand in for a USB stick or a click.
    """

    def __init__(
        self, window: QMainWindow, dialogs: Dialogs, keep: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window, self.dialogs, self.keep = window, dialogs, keep
        self.backups = BackupService(keep / "backups", parent=self)
        self.drafts = DraftStore(keep / "drafts")
        self.file_system_type: Callable[[Path], str] = file_system_type
        self.choose_backup: Chooser = choose_in_dialog(window)
        self.copies = LocalCopies(keep / "local-copies")
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.status)
        self.backups.backup_taken.connect(self._on_backups_backup_taken)
        self.backups.backup_failed.connect(self._on_backups_backup_failed)

    # ------------------------------------------------------------- opening

    def local_path(self, path: Path) -> Path | None:
        """``path``, or a local copy of it when it lives on a removable or network drive and
        the user agrees; None when it cannot be opened at all."""
        kind = self.file_system_type(path)
        if not self.copies.wanted_for(kind) or not path.exists():
            return path
        question = self.tr(
            "{0} is on a removable drive or a network share (file system {1}). Such a drive "
            "can lose the last changes when it is unplugged or the network drops.\n\n"
            "Work on a copy on this computer and write it back to the drive, checked, when "
            "you close the exercise or save a copy?"
        ).format(path, kind)
        if not self.dialogs.confirm(
            self.window, self.tr("Exercise on a removable drive"), question
        ):
            return path
        try:
            local, continued = self.copies.take(path)
        except (FileLocked, UserError, OSError) as exc:
            self.dialogs.error(self.window, self.tr("Cannot open exercise"), error_text(exc))
            return None
        if continued:
            self.dialogs.info(self.window, self.tr("Exercise on a removable drive"), self.tr(
                "The copy on this computer left by an earlier session was not written back "
                "to the drive. Work goes on in it, so nothing it holds is lost:\n{0}"
            ).format(local))  # fmt: skip
        return local

    def original_of(self, path: Path) -> Path:
        """The file on the drive for a local copy; any other path as it is."""
        return self.copies.original_of(path)

    def recover(self, path: Path, damage: DamagedFile) -> bool:
        """Offers the newest good backup in place of a damaged file; True when it is in
        place (the damaged file moved aside), so the caller opens ``path`` again."""
        folder = self.backups.folder_of(path)
        good = self.backups.newest_good(path)
        title = self.tr("Exercise file damaged")
        if good is None:
            self.dialogs.error(self.window, title, self.tr(
                "{0}\n\nNo backup of it was found in {1}. The file was left as it is; see "
                "the reliability guide for what else can be tried."
            ).format(error_text(damage), folder))  # fmt: skip
            return False
        question = self.tr(
            "{0}\n\nThe newest good backup was taken {1} and holds {2} log entries and {3} "
            "injects.\n\nMove the damaged file aside (it is renamed, nothing is deleted) and "
            "open the backup in its place?"
        ).format(error_text(damage), _when(good), good.entries, good.injects)
        if not self.dialogs.confirm(self.window, title, question):
            return False
        try:
            aside = self.backups.replace_damaged(path, good)
        except UserError as exc:
            self.dialogs.error(self.window, title, error_text(exc))
            return False
        self.dialogs.info(self.window, title, self.tr(
            "The backup taken {0} is now {1}.\nThe damaged file was kept as {2}."
        ).format(_when(good), path, aside))  # fmt: skip
        return True

    def opened(self, session: Session) -> None:
        session.drafts = self.drafts
        if session.readonly:
            self.backups.stop()
            self.status.setText("")
            return
        self.backups.watch(session.file.path)
        self._show_last()

    # ------------------------------------------------------------- closing

    def closed(self, path: Path) -> None:
        """After the file was closed: a last backup, and a local copy written back."""
        self.backups.finish()
        self.status.setText("")
        self._write_back(path, closing=True)

    def write_back_now(self, path: Path) -> None:
        """Save a copy was asked: the drive's file gets the local copy too."""
        self._write_back(path, closing=False)

    def _write_back(self, local: Path, *, closing: bool) -> None:
        try:
            drive_file = self.copies.write_back(local, closing=closing)
        except UserError as exc:
            self.dialogs.error(self.window, self.tr("Not written back to the drive"), self.tr(
                "{0}\n\nYour work is safe in the copy on this computer:\n{1}\nIt is written "
                "back the next time you open the exercise from the drive and close it."
            ).format(error_text(exc), local))  # fmt: skip
            return
        if drive_file is None:  # not a local copy
            return
        self.window.statusBar().showMessage(
            self.tr("Written back to {0} and checked").format(drive_file), 8000
        )

    # ------------------------------------------------------------- restore

    def restore_into_new_file(self, current: Path) -> Path | None:
        """File → Restore from backup: the chosen backup as a new file beside ``current``."""
        folder = self.backups.folder_of(current)
        found = self.backups.listed(current)
        if not found:
            self.dialogs.info(self.window, self.tr("Restore from backup"), self.tr(
                "There are no backups of {0} yet. One is taken a few minutes after a change, "
                "and when the exercise is closed."
            ).format(current.name))  # fmt: skip
            return None
        chosen = self.choose_backup(found, folder, current)
        if chosen is None:
            return None
        try:
            target = self.backups.restore_beside(chosen, current)
        except UserError as exc:
            self.dialogs.error(self.window, self.tr("Cannot restore"), error_text(exc))
            return None
        return target

    # -------------------------------------------------------------- status

    def _on_backups_backup_taken(self, _made: Backup) -> None:
        self._show_last()

    def _on_backups_backup_failed(self, message: str) -> None:
        message = localized(message)
        self.status.setText(self.tr("Backup failed"))
        self.status.setToolTip(message)
        self.window.statusBar().showMessage(self.tr("Backup failed: {0}").format(message), 15000)

    def _show_last(self) -> None:
        last = self.backups.last_at
        if last is None:
            self.status.setText(self.tr("No backup yet"))
        else:
            self.status.setText(self.tr("Backed up {0}").format(time_text(last, seconds=False)))
        self.status.setToolTip(self.tr("Backups are kept in {0}").format(self.backups.folder))


def _when(backup: Backup) -> str:
    return date_time_text(backup.taken_at)
