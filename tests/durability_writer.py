"""A writer for the kill and full-disk tests: logs through the console's own services.

    python -m tests.durability_writer log FILE BACKUPS OTHER [--fsize BYTES]
    python -m tests.durability_writer migrate FILE

``log`` logs entries through LogService (as the note panel does) and prints ``ack ID`` only
after ``log()`` returned, that is after the commit. Between entries it takes backups, saves
copies (an export of the whole file) and merges OTHER, another laptop's copy of the exercise,
so that a kill may land in any of them. With ``--fsize`` the process may write files no
larger than BYTES (RLIMIT_FSIZE): a disk that fills up. A refused entry prints ``refused
KIND MESSAGE`` (KIND: the StorageError storage raised); after the third refusal the limit is
lifted and the same entry is tried again, as a note-taker presses Enter again once space is
freed.

``migrate`` opens FILE, which upgrades an older schema, and prints ``migrated``.
"""

from __future__ import annotations

import resource
import signal
import sys
from pathlib import Path

from ttx_desktop.services.log_service import LogService
from ttx_desktop.storage import backups
from ttx_desktop.storage.errors import StorageError
from ttx_desktop.storage.exercise_file import ExerciseFile, save_copy
from ttx_desktop.storage.merge import merge_file


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def log(path: Path, folder: Path, other: Path, fsize: int | None) -> int:
    if fsize is not None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, resource.RLIM_INFINITY))
    with ExerciseFile.open(path) as xf:
        service = LogService(xf.log, xf.exercise.load(), lambda: (None, None))
        refusals = after = 0
        n = 0
        while n < 100_000:
            text = f"Entry {n}: " + "the crisis cell discusses the next step " * (n % 5 + 1)
            try:
                entry = service.log("decision", text, author="writer")
            except StorageError as exc:  # what the note panel shows, and keeps the text
                say(f"refused {type(exc).__name__} {exc}")
                refusals += 1
                if refusals == 3:
                    resource.setrlimit(resource.RLIMIT_FSIZE, (-1, -1))
                    say("space freed")
                if refusals > 5:
                    return 1
                continue
            say(f"ack {entry.id}")
            n += 1
            if fsize is not None:
                if refusals >= 3 and (after := after + 1) == 5:
                    return 0
                continue
            if n % 7 == 0:
                say("start backup")
                backups.take_backup(path, folder)
                say("backup")
            if n % 11 == 0:
                say("start copy")
                save_copy(xf, folder.parent / "copy.ttxdb")
                say("copy")
            if n % 13 == 0:
                say("start merge")
                merge_file(xf, other)
                say("merge")
    return 0


def main(argv: list[str]) -> int:
    if argv[0] == "migrate":
        ExerciseFile.open(Path(argv[1])).close()
        say("migrated")
        return 0
    fsize = int(argv[argv.index("--fsize") + 1]) if "--fsize" in argv else None
    return log(Path(argv[1]), Path(argv[2]), Path(argv[3]), fsize)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
