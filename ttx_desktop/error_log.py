"""Errors no code expected: people are told one sentence that names what could not be done,
and the details (the traceback) go to a log file in the program's data folder, named there."""

from __future__ import annotations

import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from ttx_desktop import __version__
from ttx_desktop.errors import UserError
from ttx_desktop.messages import msg

FILE_NAME = "errors.log"
MAX_BYTES = 512 * 1024  # then the log starts afresh, the one before kept as errors.log.1


class UnexpectedError(UserError):
    """An error no code expected, told as a sentence; its details are in ``log``."""

    def __init__(self, message: str, *, log: Path) -> None:
        super().__init__(message)
        self.log = log


def log_file() -> Path:
    """Where the details go: errors.log in the program's data folder."""
    from ttx_desktop.paths import data_home

    return data_home() / FILE_NAME


def record(details: str, *, context: str = "") -> Path:
    """Appends ``details`` (a traceback, a program's output) with the time, the version and
    ``context`` (what was being done) to the log; returns the file written. When the data
    folder cannot be written the log goes to the temporary folder instead."""
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    entry = f"--- {stamp} · TTX Desktop {__version__} · {context}\n{details.rstrip()}\n\n"
    fallback = Path(tempfile.gettempdir()) / f"ttx-desktop-{FILE_NAME}"
    for path in (log_file(), fallback):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file() and path.stat().st_size > MAX_BYTES:
                path.replace(path.with_name(path.name + ".1"))
            with path.open("a", encoding="utf-8", errors="replace") as out:
                out.write(entry)
        except OSError:
            continue
        return path
    return fallback


def unexpected(error: BaseException, what: str, *, context: str = "") -> UnexpectedError:
    """``error`` recorded in the log, as the sentence to tell: "``what`` could not be done:
    the program met an error it did not expect; the details are in FILE." ``what`` is a
    message such as msg("The after-action report could not be written")."""
    details = "".join(traceback.format_exception(error))
    log = record(details, context=context or " ".join(sys.argv[1:]))
    return UnexpectedError(told(what, log), log=log)


def told(what: str, log: Path) -> str:
    """The sentence for an unexpected error: what failed, and where its details are."""
    return msg(
        "{what}: the program met an error it did not expect. The details are in {log}.",
        what=what,
        log=str(log),
    )
