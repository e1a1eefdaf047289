"""Start to first paint: TTX Desktop on the large exercise against a bare PySide6 window.

Each run is a fresh process. The clock starts just before the process is spawned and stops at
the wall time the process prints when the window's first frame is painted: TTX Desktop does
so under TTX_BENCH_FIRST_PAINT=1 (app/run.py) once an exercise is shown; the baseline is a script
that shows an empty QMainWindow. Both watch the window's first expose (Qt paints the window as
it handles it) and report from the event loop right after; neither filters every event of the
program, which in Qt for Python costs per object. Both then quit; the whole-process time is
reported as well.
Runs of the three alternate, after one unmeasured warm-up each; the table gives medians.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Display, Row, median, ratio_goal

RUNS = 7
QUICK_RUNS = 3

# The fastest thing that could put a main window on screen with Qt for Python.
BARE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()

app = QApplication([])
window = QMainWindow()
probe = Probe()
window.show()
window.windowHandle().installEventFilter(probe)
app.exec()
"""


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(start to first paint, start to exit) of one fresh process, in milliseconds."""
    began = time.time()
    done = subprocess.run(
        command, check=False, env=env, capture_output=True, text=True, timeout=120
    )
    ended = time.time()
    painted = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if done.returncode != 0 or not painted:
        raise RuntimeError(
            f"{command[-1]} did not report its first paint (exit {done.returncode}):\n"
            f"{done.stdout}\n{done.stderr}"
        )
    return (float(painted[0].split()[1]) - began) * 1000, (ended - began) * 1000


def measure(runs: int, work: Path, screen: Display) -> tuple[list[Row], dict[str, str]]:
    big = harness.big_file(harness.BIG_ENTRIES, work)
    stress = harness.big_file(harness.STRESS_ENTRIES, work)
    with harness.scratch(work) as folder:
        env = harness.child_env(folder / "home", screen.env)
        ours_env = env | {"TTX_BENCH_FIRST_PAINT": "1"}
        cases = {
            "bare": ([sys.executable, "-c", BARE], env),
            "big": (
                [sys.executable, "-m", "ttx_desktop", str(harness.copy_exercise(big, folder))],
                ours_env,
            ),
            "stress": (
                [sys.executable, "-m", "ttx_desktop", str(harness.copy_exercise(stress, folder))],
                ours_env,
            ),
        }
        paint: dict[str, list[float]] = {name: [] for name in cases}
        whole: dict[str, list[float]] = {name: [] for name in cases}
        for attempt in range(runs + 1):
            for name, (command, environment) in cases.items():
                first, total = run_once(command, environment)
                if attempt:  # the first round warms the disk cache and is not counted
                    paint[name].append(first)
                    whole[name].append(total)
    bare, bare_whole = median(paint["bare"]), median(whole["bare"])
    note = f"median of {runs}"
    rows = [
        ratio_goal("first paint, 10,000 entries", median(paint["big"]), bare, 1.5, note=note),
        ratio_goal("first paint, 100,000 entries", median(paint["stress"]), bare, 2, note=note),
        Row("whole process, start to exit, 10,000 entries", median(whole["big"]), bare_whole,
            note=note),
        Row("whole process, start to exit, 100,000 entries", median(whole["stress"]),
            bare_whole, note=note),
    ]  # fmt: skip
    return rows, {"first paint display": screen.name}


def main() -> int:
    args = harness.arguments(__doc__.splitlines()[0])
    work = harness.work_folder(args.work)
    with harness.display() as screen:
        rows, info = measure(QUICK_RUNS if args.quick else RUNS, work, screen)
    return harness.finish(rows, args.json, info)


if __name__ == "__main__":
    sys.exit(main())
