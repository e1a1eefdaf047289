"""Putting a file in place so that a crash or a full disk leaves either the old file or the
new one: written beside it, flushed to the disk, renamed over it, and the folder's entry
flushed too (where the platform lets a folder be opened)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_path(path: Path) -> None:
    """Flushes a file's contents, or a folder's entries, to the disk. Windows cannot open a
    folder; there its entries are flushed with the rename itself."""
    if os.name == "nt" and path.is_dir():  # pragma: no cover - folders cannot be opened there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def put_in_place(temp: Path, target: Path) -> None:
    """Renames the finished ``temp`` over ``target``: flushed first, its folder after."""
    fsync_path(temp)
    temp.replace(target)
    fsync_path(target.parent)


def write_atomic(path: Path, data: bytes, *, shared: bool = False) -> None:
    """Writes ``data`` to a temporary file beside ``path`` and puts it in place. A temporary
    file is private to its owner; ``shared`` gives the result an ordinary file's permissions
    (an exported document), else it stays private (a draft of a note)."""
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if shared:
            umask = os.umask(0)
            os.umask(umask)
            temp.chmod(0o666 & ~umask)
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_path(folder)
