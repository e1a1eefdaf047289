"""Filtering the live log of the 100,000-entry exercise: time until the view shows the result.

The Log panel is shown on the stress exercise; a filter is chosen the way a person does
(a team in the team box; a word typed in the search box and Enter, which skips the pause the
box otherwise waits for while typing), and the clock stops once the model holds the first
page and the view has painted it. Each filter alternates with "all entries"; medians.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Row, median

RUNS = 9
QUICK_RUNS = 3
GOAL_MS = 100.0


def measure(runs: int, work: Path) -> list[Row]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ttx_desktop.gui.log_panel import LogPanel
    from ttx_desktop.services.session import Session
    from ttx_desktop.storage.exercise_file import ExerciseFile

    app = QApplication.instance() or QApplication([])
    stress = harness.big_file(harness.STRESS_ENTRIES, work)
    rows: list[Row] = []
    with harness.scratch(work) as folder:
        session = Session(ExerciseFile.open(harness.copy_exercise(stress, folder)))
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        panel = LogPanel(session, _NoDialogs(), settings=settings)
        panel.resize(1200, 800)
        panel.show()
        app.processEvents()
        bar = panel.filter_bar
        team = session.exercise.teams[2]

        def choose_team(team_id: str | None) -> Callable[[], None]:
            return lambda: bar.team.setCurrentIndex(bar.team.findData(team_id or "*"))

        def search(text: str) -> Callable[[], None]:
            def run() -> None:
                bar.search.setText(text)
                QTest.keyClick(bar.search, Qt.Key.Key_Return)

            return run

        cases = {
            f"by team ({team.code})": (choose_team(team.id), choose_team(None)),
            "by text, a common word": (search("evidence"), search("")),
            "by text, a word no entry has": (search("quarantine"), search("")),
            "by text, Cyrillic": (search("доказательства"), search("")),
            "by team and text": (
                lambda: (choose_team(team.id)(), search("regulator")()),
                lambda: (search("")(), choose_team(None)()),
            ),
        }
        try:
            for name, (apply, undo) in cases.items():
                times: list[float] = []
                counts: set[int] = set()
                for _ in range(runs):
                    began = time.perf_counter()
                    apply()
                    app.processEvents()  # the view lays out and paints the first page
                    times.append((time.perf_counter() - began) * 1000)
                    counts.add(panel.model.matching_count())
                    undo()
                    app.processEvents()
                found = ", ".join(f"{c:,}" for c in sorted(counts))
                took = median(times)
                rows.append(
                    Row(f"filter 100,000 entries {name}", took, None, "ms",
                        f"< {GOAL_MS:g} ms", took < GOAL_MS, f"{found} found, median of {runs}")
                )  # fmt: skip
        finally:
            panel.close()
            panel.deleteLater()
            app.processEvents()
            session.close()
    return rows


class _NoDialogs:
    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


def main() -> int:
    args = harness.arguments(__doc__.splitlines()[0])
    work = harness.work_folder(args.work)
    with harness.display() as screen:
        os.environ.update(screen.env)
        rows = measure(QUICK_RUNS if args.quick else RUNS, work)
    return harness.finish(rows, args.json, {"filter display": screen.name})


if __name__ == "__main__":
    sys.exit(main())
