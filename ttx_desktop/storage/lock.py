"""One writer per exercise file: an OS lock on FILE.lock that names its holder.

The operating system drops the lock when the holding process dies, however it dies, so a
lock left by a killed process is simply taken over. The lock file holds the holder's host,
process id, user and start time, so a refusal can say who has the file.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from ttx_desktop.domain.ids import to_iso, utc_now
from ttx_desktop.messages import Text, msg
from ttx_desktop.storage.errors import FileLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@dataclass(frozen=True)
class Holder:
    """Who holds a lock."""

    host: str
    pid: int
    user: str
    since: str
    program: str = "TTX Desktop"

    def describe(self) -> Text:
        return msg(
            "{program} (process {pid}, user {user}) on {host} since {since}",
            program=self.program,
            pid=self.pid,
            user=self.user,
            host=self.host,
            since=self.since,
        )

    @classmethod
    def me(cls) -> Holder:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no user name in some containers
            user = str(os.getuid()) if hasattr(os, "getuid") else "?"
        return cls(socket.gethostname(), os.getpid(), user, to_iso(utc_now()))


def read_holder(path: Path) -> Holder | None:
    """The holder named in ``path``'s lock file, if it names one."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return Holder(str(data["host"]), int(data["pid"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ExerciseLock:
    """Exclusive write access to one exercise file, held until ``release``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock_file = lock_path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Takes the lock, or raises FileLocked naming the holder."""
        for _ in range(20):
            fd = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                holder = read_holder(self.path)
                who = holder.describe() if holder else msg("another program")
                raise FileLocked(
                    msg(
                        "is open for writing by {who}; close it there first, or open it read-only",
                        who=who,
                    ),
                    path=self.path,
                    holder=who,
                )
            # The file may have been removed by a holder releasing between our open and lock;
            # then our lock is on an orphan inode and we try again.
            if self._same_file(fd):
                self._fd = fd
                self._write_holder(fd)
                return
            _unlock(fd)
            os.close(fd)
        raise FileLocked(msg("its lock file keeps changing; try again"), path=self.path)

    def _same_file(self, fd: int) -> bool:
        try:
            disk = self._lock_file.stat()
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (disk.st_dev, disk.st_ino) == (mine.st_dev, mine.st_ino)

    @staticmethod
    def _write_holder(fd: int) -> None:
        data = json.dumps(Holder.me().__dict__).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0) if hasattr(os, "pwrite") else os.write(fd, data)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self._lock_file.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ExerciseLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
