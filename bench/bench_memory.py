"""Peak memory (resident set) with the large exercise open, and after exports, against a bare
QMainWindow. Each figure is the peak of a fresh process, as the kernel reports it at its end.

- bare: a script that shows an empty QMainWindow, lets it paint, quits.
- open: ttx-desktop on the large exercise, up to its first paint (TTX_BENCH_FIRST_PAINT).
- after exports: the real console on the large exercise, which then exports the definition
  from the File menu (in a headless process of its own, as the window does) and shows the Log
  view; the window's process is measured.
- the exports' own processes, `ttx-desktop export yaml` and `export aar` on the large
  exercise, each on its own line: the window starts both in processes of their own. The
  report's process is measured with LibreOffice turned off; where it is installed, the
  report has it lay out the contents in a process of its own, whose peak (which the kernel
  reports as the report's, since it waited for it) has a line of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.bench_first_paint import BARE
from bench.harness import Row

LIMIT_MB = 150


def peak_mb(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """The peak resident memory of one fresh process (MB), and what it printed."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed (exit {process.returncode}):\n{output}")
    return usage.ru_maxrss / 1024, output  # Linux reports kilobytes


def measure(work: Path, screen: harness.Display) -> list[Row]:
    big = harness.big_file(harness.BIG_ENTRIES, work)
    with harness.scratch(work) as folder:
        file = harness.copy_exercise(big, folder)
        env = harness.child_env(folder / "home", screen.env)
        bare, _ = peak_mb([sys.executable, "-c", BARE], env)
        opened, _ = peak_mb(
            [sys.executable, "-m", "ttx_desktop", str(file)], env | {"TTX_BENCH_FIRST_PAINT": "1"}
        )
        console, _ = peak_mb([sys.executable, __file__, "--console", str(file)], env)
        # The exports' own processes, started from here: a child of the window would count
        # the window's memory too (the kernel keeps the peak across fork and exec).
        headless = env | {"QT_QPA_PLATFORM": "offscreen"}
        program = [sys.executable, "-m", "ttx_desktop", "export"]
        exporter, _ = peak_mb([*program, "yaml", str(file), "-o", str(folder / "x.yaml")], headless)
        aar_command = [*program, "aar", str(file), "-o", str(folder / "aar.docx"), "--force"]
        # The kernel's peak of a process covers its waited-for children too: where LibreOffice
        # is installed, the report has it lay out the contents, in a process of its own whose
        # peak would stand for ours. The report's own process is measured with it turned off
        # (TTX_SOFFICE empty), and the whole run on its own line.
        aar, _ = peak_mb(aar_command, headless | {"TTX_SOFFICE": ""})
        with_office, _ = peak_mb(aar_command, headless)

    def row(name: str, ours: float, note: str = "") -> Row:
        return Row(name, ours, bare, "MB", f"≤ baseline + {LIMIT_MB} MB",
                   ours <= bare + LIMIT_MB, note)  # fmt: skip

    return [
        row("peak memory, large exercise open (to first paint)", opened),
        row("peak memory of the window, after exporting the definition and opening the Log "
            "view", console),
        row("peak memory of the definition export's own process", exporter,
            "`export yaml`, which runs beside the window while it exports"),
        row("peak memory of `export aar` (the Word report) in its own process", aar,
            "as File → Export documents starts it; LibreOffice not used"),
        Row("peak memory of the largest process of `export aar` with LibreOffice laying out "
            "its contents", with_office, bare, "MB", "", None,
            "LibreOffice's own process, started by the report where it is installed"),
    ]  # fmt: skip


def console(path: Path) -> int:
    """The child of the 'after exports' line: the real console, one export, the Log view."""
    from PySide6.QtCore import QSettings

    from bench.bench_stall import _Dialogs, settle, wait_until
    from ttx_desktop.app import Controller, make_application
    from ttx_desktop.gui.main_window import MainWindow

    app = make_application(["bench"])
    folder = path.parent
    dialogs = _Dialogs()
    settings = QSettings(str(folder / "memory-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(dialogs, settings)  # type: ignore[arg-type]
    controller = Controller(window, dialogs, settings, folder)  # type: ignore[arg-type]
    window.resize(1400, 900)
    window.show()
    controller.open(path)
    settle(1.0)
    target = folder / "memory-export.yaml"
    dialogs.answer = target
    window.export_definition_requested.emit()
    wait_until(lambda: target.exists() and not getattr(controller.export_job, "running", False))
    window.show_view("log")
    settle(1.0)
    controller.close_session()
    window.close()
    app.processEvents()
    return 0


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--console":
        return console(Path(sys.argv[2]))
    args = harness.arguments(__doc__.splitlines()[0])
    work = harness.work_folder(args.work)
    with harness.display() as screen:
        rows = measure(work, screen)
    return harness.finish(rows, args.json, {"memory display": screen.name})


if __name__ == "__main__":
    sys.exit(main())
