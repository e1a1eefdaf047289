"""The event loop's longest stall while long work runs in a running console.

The console is the real one (MainWindow and Controller, as ``ttx-desktop`` builds them) with
the large exercise open and shown. A precise 5 ms QTimer notes when it fires; a stall is the
longest gap between two firings beyond those 5 ms. Baseline: the same console, idle, for a
second. Work the window already offers is started as a person starts it (the menu's signal,
with the file chooser answered); other work runs the way the window runs it (the documents
through gui/background.py: a headless ``ttx-desktop`` command in a process of its own;
backups in a thread), as the row says.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Row

TICK_MS = 5
IDLE_S = 1.0
OPEN_SETTLE_S = 2.0
SETTLE_S = 0.2
GOAL_MS = 50.0
MSEL_ROWS = 1_000
ROOT = Path(__file__).resolve().parent.parent


class Monitor:
    """Notes the longest gap between firings of a precise timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - TICK_MS)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return max(0.0, self.longest)


def wait_until(done: Callable[[], bool], timeout_s: float = 300) -> float:
    """Runs the event loop until ``done()`` (checked every 10 ms); returns seconds taken."""
    from PySide6.QtCore import QEventLoop, QTimer

    began = time.perf_counter()
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(10)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    if not done():
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
    check.stop()
    return time.perf_counter() - began


def settle(seconds: float) -> None:
    stop = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() >= stop)


def measure(work: Path) -> tuple[list[Row], dict[str, str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ttx_desktop.app import Controller, make_application
    from ttx_desktop.gui.main_window import MainWindow

    app = make_application(["bench"])
    assert isinstance(app, QApplication)
    big = harness.big_file(harness.BIG_ENTRIES, work)
    rows: list[Row] = []
    with harness.scratch(work) as folder:
        dialogs = _Dialogs()
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(dialogs, settings)  # type: ignore[arg-type]
        controller = Controller(window, dialogs, settings, folder)  # type: ignore[arg-type]
        window.resize(1400, 900)
        window.show()
        controller.open(harness.copy_exercise(big, folder))
        settle(OPEN_SETTLE_S)  # the first layout and paint of the opened exercise
        monitor = Monitor()
        monitor.start()
        settle(IDLE_S)
        idle = monitor.stop()

        def row(name: str, stall: float | None, took: float | None, note: str = "") -> None:
            took_note = f"took {took:.1f} s" if took is not None else ""
            note = "; ".join(filter(None, [took_note, note]))
            met = None if stall is None else stall <= GOAL_MS
            rows.append(Row(f"longest stall while {name}", stall, idle, "ms",
                            f"≤ {GOAL_MS:g} ms", met, note))  # fmt: skip

        def run(name: str, start: Callable[[], Any], done: Callable[[], bool], note: str) -> None:
            monitor.start()
            start()
            took = wait_until(done)
            settle(SETTLE_S)
            row(name, monitor.stop(), took, note)

        # 1. The definition (YAML) export, from the File menu.
        target = folder / "exported.yaml"
        dialogs.answer = target
        run(
            "exporting the definition (YAML) from the File menu",
            window.export_definition_requested.emit,
            lambda: target.exists() and not _busy(controller),
            "the window's own action",
        )

        # 2. The after-action report (Word), when the exporter exists.
        if (ROOT / "ttx_desktop" / "exporters" / "aar.py").exists():
            session = controller.session
            assert session is not None
            out = folder / "aar.docx"
            run(
                "exporting the after-action report (Word)",
                _program(["export", "aar", str(session.file.path), "-o", str(out)]),
                out.exists,
                "as File → Export documents runs it: `export aar` through gui/background.py",
            )
        else:
            row("exporting the after-action report (Word)", None, None,
                "skipped: ttx_desktop/exporters/aar.py does not exist yet")  # fmt: skip

        # 3. Importing a 1,000-row MSEL, when the importer exists.
        if (ROOT / "ttx_desktop" / "formats" / "msel_import.py").exists():
            table = _msel_table(folder)
            made = folder / "imported.ttxdb"
            run(
                f"importing a {MSEL_ROWS:,}-row MSEL (.xlsx)",
                _program(["import-msel", str(table), "-o", str(made)]),
                made.exists,
                "the headless `import-msel` through gui/background.py; the import dialog "
                "reads and plans in a worker thread instead",
            )
        else:
            row(f"importing a {MSEL_ROWS:,}-row MSEL", None, None,
                "skipped: ttx_desktop/formats/msel_import.py does not exist yet")  # fmt: skip

        # 4. Taking a backup, when backups exist: until the window takes them itself, in a
        # thread of its own as the window would, while the console runs.
        if (ROOT / "ttx_desktop" / "storage" / "backups.py").exists():
            session = controller.session
            assert session is not None
            taken = _backup_thread(session.file.path, folder / "backups")
            run(
                "taking a backup",
                taken.start,
                lambda: not taken.is_alive(),
                "as the backup service takes it: storage/backups.py's take_backup in a thread",
            )
            if taken.failed:
                rows[-1].note += f"; failed: {taken.failed}"
                rows[-1].met = False
        else:
            row("taking a backup", None, None, "skipped: storage/backups.py does not exist yet")

        controller.close_session()
        window.close()
        app.processEvents()
    return rows, {}


class _BackupThread(threading.Thread):
    def __init__(self, source: Path, folder: Path) -> None:
        super().__init__(name="backup", daemon=True)
        self.source, self.folder, self.failed = source, folder, ""

    def run(self) -> None:
        from ttx_desktop.storage.backups import take_backup

        try:
            take_backup(self.source, self.folder)
        except Exception as exc:  # reported in the row
            self.failed = str(exc)


def _backup_thread(source: Path, folder: Path) -> _BackupThread:
    return _BackupThread(source, folder)


def _busy(controller: Any) -> bool:
    job = getattr(controller, "export_job", None)
    return bool(job is not None and job.running)


def _program(args: list[str]) -> Callable[[], None]:
    from ttx_desktop.gui.background import run_program

    def start() -> None:
        run_program(args, failed=lambda exc: print(f"failed: {exc}", file=sys.stderr))

    return start


def _msel_table(folder: Path) -> Path:
    import random

    from bench.make_big_exercise import SEED, authored
    from ttx_desktop.formats.msel_write import msel_xlsx

    path = folder / "msel.xlsx"
    path.write_bytes(msel_xlsx(authored(random.Random(SEED), MSEL_ROWS)))
    return path


class _Dialogs:
    """Answers the file chooser with ``answer``; reports errors on stderr."""

    answer: Path | None = None

    def save_file(self, *args: object) -> Path | None:
        return self.answer

    def error(self, parent: object, title: str, text: str) -> None:
        print(f"error: {title}: {text}", file=sys.stderr)

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


def main() -> int:
    args = harness.arguments(__doc__.splitlines()[0])
    work = harness.work_folder(args.work)
    with harness.display() as screen:
        os.environ.update(screen.env)
        rows, info = measure(work)
    return harness.finish(rows, args.json, info | {"stall display": screen.name})


if __name__ == "__main__":
    sys.exit(main())
