"""Working on a local copy of a file that lives on a USB stick or a network share.

Such drives may be pulled out, drop off the network, or not honour a flush; SQLite's
write-ahead log is not safe on network file systems. So the program writes to a copy on the
laptop's own disk and puts it back on the drive, checked, when the exercise is closed or a
copy is saved. A local copy that is still there was not written back (the program stopped
first) and is taken up again rather than replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

from ttx_desktop.atomic import put_in_place
from ttx_desktop.messages import msg, reason_of
from ttx_desktop.storage.connection import file_uri, verdict_of
from ttx_desktop.storage.errors import StorageError, WriteFailed

# File system types (as QStorageInfo and /proc/mounts name them) of removable and network
# drives; Windows reports FAT32 and exFAT by those names.
REMOVABLE_TYPES = frozenset(
    {"vfat", "msdos", "fat", "fat16", "fat32", "exfat", "fuseblk", "nfs", "nfs4", "cifs",
     "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "davfs", "fuse.davfs2"}
)  # fmt: skip
SIDE_FILES = ("-wal", "-shm")


def is_removable(file_system_type: str) -> bool:
    return file_system_type.strip().casefold() in REMOVABLE_TYPES


def local_path(folder: Path, original: Path) -> Path:
    digest = hashlib.sha256(str(original.resolve()).encode()).hexdigest()[:8]
    return folder / f"{original.stem}-{digest}{original.suffix}"


def take_local_copy(original: Path, folder: Path) -> tuple[Path, bool]:
    """The local copy of ``original`` in ``folder`` and whether it was left by an earlier
    session (and so holds changes not yet written back)."""
    local = local_path(folder, original)
    if local.exists():
        return local, True
    folder.mkdir(parents=True, exist_ok=True)
    temp = local.with_name(f".{local.name}.partial")
    try:
        _copy(original, temp)
        put_in_place(temp, local)
    except sqlite3.Error as exc:
        raise StorageError(
            msg("could not be copied to this computer ({reason})", reason=str(exc)), path=original
        ) from exc
    except OSError as exc:
        raise WriteFailed(
            msg(
                "could not be copied to this computer ({reason})",
                reason=reason_of(exc),
            ),
            path=local,
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    return local, False


def write_back(local: Path, original: Path, *, remove_local: bool) -> None:
    """Puts the local copy back in place of ``original``, checked before and after; with
    ``remove_local`` the local copy goes once the drive holds the same. On failure the
    original and the local copy are both left as they were."""
    temp = original.with_name(f".{original.name}.partial")
    try:
        _copy(local, temp)
        wal = original.with_name(original.name + "-wal")
        if wal.exists() and wal.stat().st_size:  # changes made there by someone else
            raise WriteFailed(
                msg(
                    "has a write-ahead log beside it ({name}) with changes of its own; it "
                    "was not replaced",
                    name=wal.name,
                ),
                path=original,
            )
        for suffix in SIDE_FILES:  # a log of the old file must never meet the new one
            original.with_name(original.name + suffix).unlink(missing_ok=True)
        put_in_place(temp, original)
        if _counts(original) != _counts(local):
            raise WriteFailed(msg("did not read back the same as the local copy"), path=original)
    except sqlite3.Error as exc:
        raise WriteFailed(
            msg(
                "could not be written back ({reason}); the local copy {local} is kept",
                reason=str(exc),
                local=str(local),
            ),
            path=original,
        ) from exc
    except OSError as exc:
        raise WriteFailed(
            msg(
                "could not be written back ({reason}); the local copy {local} is kept",
                reason=reason_of(exc),
                local=str(local),
            ),
            path=original,
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    if remove_local:
        for suffix in ("", *SIDE_FILES):
            with contextlib.suppress(OSError):
                local.with_name(local.name + suffix).unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(file_uri(source, "ro"), uri=True)
    try:
        src.execute("PRAGMA trusted_schema = OFF")
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = verdict_of(dst, "integrity_check(5)")
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok":
        raise WriteFailed(
            msg("the copy did not verify ({verdict})", verdict=str(verdict)), path=target
        )


def _counts(path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(file_uri(path, "ro"), uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        tables = ("log_entry", "log_revision", "inject", "clock_event")
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        return tuple(
            int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) if t in names else -1
            for t in tables
        )
    finally:
        conn.close()
