"""Exercises on removable or network drives, worked on as a copy on this computer: the copy
taken under the drive file's lock, and written back, checked, when the exercise closes."""

from __future__ import annotations

from pathlib import Path

from ttx_desktop.storage import working_copy
from ttx_desktop.storage.lock import ExerciseLock


class LocalCopies:
    """The local copies in ``folder`` and the drive files they stand for, each held locked
    so that no second program writes the drive's file meanwhile."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._originals: dict[Path, tuple[Path, ExerciseLock]] = {}  # local copy -> drive file

    @staticmethod
    def wanted_for(file_system_type: str) -> bool:
        """Whether a file on a file system of this type is better worked on as a copy."""
        return working_copy.is_removable(file_system_type)

    def take(self, drive_file: Path) -> tuple[Path, bool]:
        """The local copy of ``drive_file`` and whether an earlier session left it (with
        changes not yet written back). FileLocked when another program holds the drive's
        file; UserError or OSError when the copy cannot be made (nothing is then held)."""
        lock = ExerciseLock(drive_file)
        lock.acquire()
        try:
            local, continued = working_copy.take_local_copy(drive_file, self.folder)
        except BaseException:
            lock.release()
            raise
        self._originals[local.resolve()] = (drive_file, lock)
        return local, continued

    def original_of(self, path: Path) -> Path:
        """The file on the drive for a local copy; any other path as it is."""
        original = self._originals.get(path.resolve())
        return path if original is None else original[0]

    def write_back(self, local: Path, *, closing: bool) -> Path | None:
        """Puts the local copy back on the drive, checked before and after; when ``closing``
        the copy is removed once the drive holds the same, and the drive file let go (even
        when writing back failed: the copy is then kept for the next session). Returns the
        drive file, None for a path that is no local copy; UserError when it failed."""
        key = local.resolve()
        original = self._originals.pop(key, None) if closing else self._originals.get(key)
        if original is None:
            return None
        drive_file, lock = original
        try:
            working_copy.write_back(local, drive_file, remove_local=closing)
        finally:
            if closing:
                lock.release()
        return drive_file
