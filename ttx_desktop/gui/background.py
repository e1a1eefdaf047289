"""Slow work off the UI thread: in a worker thread, or in a headless run of this program.

A worker thread suits short work that waits on the disk. Long Python work (an export, an
import) still takes the interpreter's lock from the UI thread for a long time now and then
(the garbage collector, lxml), which freezes the window for a quarter of a second at a time;
so it runs as ``ttx-desktop COMMAND ...`` in a process of its own (QProcess), which reads the
exercise file read-only through WAL while the window goes on writing. Either way the outcome
arrives as a signal on the UI thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QThreadPool, Signal

from ttx_desktop.errors import UserError
from ttx_desktop.messages import AS_JSON, from_json_line

PROG = "ttx-desktop"


class BackgroundJob(QObject):
    """One piece of work off the UI thread; its outcome is signalled on the UI thread.

    Signals:
        finished(object): the work is done; the function's value, or the program's output.
        failed(object): the work failed; the exception (a UserError for a program that
            exited with an error, carrying its one-line message).
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self.finished.connect(self._on_done)
        self.failed.connect(self._on_done)

    def _begin(self) -> None:
        self.running = True
        _RUNNING.add(self)  # kept alive until it has reported

    def _on_done(self, _outcome: object) -> None:
        self.running = False
        _RUNNING.discard(self)


_RUNNING: set[BackgroundJob] = set()


class ProgramCrashed(UserError):
    """A headless run that ended without a message of ours (a traceback, a crash, a signal):
    ``output`` is what it printed on stderr, for the error log."""

    def __init__(self, message: str, *, output: str) -> None:
        super().__init__(message)
        self.output = output


class ThreadJob(BackgroundJob):
    """A function run in Qt's thread pool. It must not touch widgets, nor use the window's
    SQLite connection (it opens one of its own)."""

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def start(self) -> ThreadJob:
        self._begin()
        QThreadPool.globalInstance().start(self._run)
        return self

    def _run(self) -> None:  # in a worker thread: emit only; Qt queues it to the UI thread
        try:
            result = self._work()
        except BaseException as exc:  # reported on the UI thread, never lost in the pool
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class ProgramJob(BackgroundJob):
    """A headless run of this program (``ttx-desktop ARGS``); ``finished`` gets its output,
    ``failed`` a UserError with the message it printed on exit code 1."""

    def __init__(self, args: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process = QProcess(self)
        program, arguments = program_command(args)
        self.process.setProgram(program)
        self.process.setArguments(arguments)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(AS_JSON, "1")  # its error comes back translatable (messages.py)
        if sys.platform.startswith("linux"):  # it draws charts, never windows: no display
            environment.insert("QT_QPA_PLATFORM", "offscreen")
        self.process.setProcessEnvironment(environment)
        self.process.finished.connect(self._on_process_finished)
        self.process.errorOccurred.connect(self._on_process_error_occurred)

    def start(self) -> ProgramJob:
        self._begin()
        self.process.start()
        return self

    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        output = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        errors = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self.finished.emit(output)
            return
        lines = [line for line in errors.splitlines() if line.strip()]
        for line in reversed(lines):
            found = from_json_line(line)
            if found is not None:
                path, detail = found
                self.failed.emit(UserError(detail, path=path))
                return
        message = lines[-1] if lines else self.tr("{0} stopped (exit code {1})").format(PROG, code)
        message = message.removeprefix(f"{PROG}: ")
        told = status == QProcess.ExitStatus.NormalExit and code == 1
        if not told or "Traceback (most recent call last)" in errors:  # ours, not the user's
            self.failed.emit(ProgramCrashed(message, output=errors or message))
            return
        self.failed.emit(UserError(message))

    def _on_process_error_occurred(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(
                UserError(
                    self.tr("{0} could not be started ({1})").format(
                        PROG, self.process.errorString()
                    )
                )
            )


def program_command(args: Sequence[str]) -> tuple[str, list[str]]:
    """How to run this program headless: the frozen executable itself, or this Python."""
    if getattr(sys, "frozen", False):
        # On Windows the window's executable has no console, so its output would reach no
        # pipe; build.spec puts the console one, ttx-desktop.exe, beside it.
        console = Path(sys.executable).with_name("ttx-desktop.exe")
        if sys.platform == "win32" and console.is_file():
            return str(console), list(args)
        return sys.executable, list(args)
    return sys.executable, ["-m", "ttx_desktop", *args]


def _connected(
    job: BackgroundJob,
    done: Callable[[Any], object] | None,
    failed: Callable[[BaseException], object] | None,
) -> None:
    if done is not None:
        job.finished.connect(done)
    if failed is not None:
        job.failed.connect(failed)


def run_in_background(
    work: Callable[[], Any],
    done: Callable[[Any], object] | None = None,
    failed: Callable[[BaseException], object] | None = None,
    parent: QObject | None = None,
) -> ThreadJob:
    """Starts ``work`` in a worker thread; ``done`` gets its value, ``failed`` its exception,
    both on this thread (connected before the work starts, so that none is missed)."""
    job = ThreadJob(work, parent)
    _connected(job, done, failed)
    return job.start()


def run_program(
    args: Sequence[str],
    done: Callable[[str], object] | None = None,
    failed: Callable[[BaseException], object] | None = None,
    parent: QObject | None = None,
) -> ProgramJob:
    """Starts ``ttx-desktop ARGS`` (e.g. ``export aar FILE -o OUT``) in a process of its own;
    ``done`` gets what it printed, ``failed`` a UserError with its message."""
    job = ProgramJob(args, parent)
    _connected(job, done, failed)
    return job.start()
