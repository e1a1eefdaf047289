"""Importing a 4 MB MSEL workbook with no mapping, against a plain openpyxl read of the file.

Ours: ``read_table`` (the sheet found, every cell checked and cleaned), ``guess_mapping``
(headers and cells) and ``plan_import`` (every inject, team and module, nothing written), as
`ttx-desktop import-msel --dry-run` does. Baseline: openpyxl opening the same workbook
read-only and taking every cell's value, the least any import must do. Both in the same
run, alternating, medians. The workbook is made on the first run and kept in the work folder.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Row, median, ratio_goal

RUNS = 5
QUICK_RUNS = 2
ROWS = 14_000
_VOCABULARY = ("river flood levee shelter evacuation power outage hospital school bridge road "
               "police fire ambulance mayor council press statement rumour social media water "
               "supply pump station generator fuel convoy checkpoint volunteers donations "
               "weather warning gauge rising basin residents elderly care home blackout radio "
               "mobile network operator damage assessment insurance recovery")  # fmt: skip
WORDS = _VOCABULARY.split()
TEAMS = ("Emergency Management", "Public Works", "Health", "Police", "Fire", "Communications",
         "Water Utility", "Energy", "Transport", "Mass Care")  # fmt: skip
METHODS = ("Email", "Phone", "Verbal", "Handout", "Slide", "Social media", "Radio")


def make_workbook(path: Path) -> Path:
    """A planner-shaped MSEL of about 4 MB: a title block, then one inject per row."""
    from openpyxl import Workbook

    rng = random.Random(18)
    book = Workbook(write_only=True)
    info = book.create_sheet("Exercise Info")
    info.append(["Exercise", "RIVERSIDE FLOOD 2019"])
    ws = book.create_sheet("MSEL")
    ws.append(["RIVERSIDE FLOOD FULL-SCALE EXERCISE 2019"])
    ws.append(["FOR OFFICIAL USE ONLY"])
    ws.append([])
    ws.append(["INJECT NO.", "Day", "EVENT TIME", "SENT FROM", "SEND TO", "INJECT MODE",
               "Event Summary", "DESCRIPTION/SCRIPT", "Expected Reaction / Response",
               "Controller Notes", "Status"])  # fmt: skip

    syllables = ["ka", "ro", "mi", "te", "su", "na", "lo", "ve", "di", "pa", "ze", "qu"]
    names = [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(3000)
    ]  # places and people a scenario names: they make the text as varied as a real one

    def prose(n: int) -> str:
        words = (rng.choice(WORDS) if rng.random() < 0.6 else rng.choice(names) for _ in range(n))
        return " ".join(words).capitalize() + "."

    for n in range(1, ROWS + 1):
        minute = (n * 7) % (10 * 60)
        ws.append([
            n, f"Day {1 + n * 3 // ROWS}", f"{8 + minute // 60:02d}{minute % 60:02d}",
            rng.choice(TEAMS), ", ".join(rng.sample(TEAMS, rng.randint(1, 3))),
            rng.choice(METHODS), prose(5), prose(rng.randint(60, 110)),
            "\n".join(prose(6) for _ in range(rng.randint(1, 3))), prose(12),
            rng.choice(("Injected", "", "Pending")),
        ])  # fmt: skip
    book.save(path)
    return path


def workbook(work: Path) -> Path:
    path = work / f"msel-{ROWS}.xlsx"
    if not path.exists():
        partial = path.with_suffix(".partial.xlsx")
        make_workbook(partial)
        partial.replace(path)
    return path


def ours(path: Path) -> int:
    from ttx_desktop.formats.msel_import import guess_mapping, plan_import, read_table

    raw = read_table(path)
    plan = plan_import(raw, guess_mapping(raw))
    assert plan.ok, plan.errors[:3]
    return len(plan.injects)


def baseline(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    cells = 0
    for name in book.sheetnames:
        for row in book[name].iter_rows(values_only=True):
            cells += sum(1 for value in row if value is not None)
    book.close()
    return cells


def measure(runs: int, work: Path) -> list[Row]:
    path = workbook(work)
    mine: list[float] = []
    theirs: list[float] = []
    injects = cells = 0
    for _ in range(runs):
        began = time.perf_counter()
        cells = baseline(path)
        theirs.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        injects = ours(path)
        mine.append((time.perf_counter() - began) * 1000)
    size = path.stat().st_size / 2**20
    note = (f"{size:.1f} MB, {injects:,} injects, {cells:,} cells, no mapping given; "
            f"median of {runs}")  # fmt: skip
    return [ratio_goal("import an MSEL workbook (.xlsx), read and planned", median(mine),
                       median(theirs), 1.5, note=note)]  # fmt: skip


def main() -> int:
    args = harness.arguments(__doc__.splitlines()[0])
    rows = measure(QUICK_RUNS if args.quick else RUNS, harness.work_folder(args.work))
    return harness.finish(rows, args.json)


if __name__ == "__main__":
    sys.exit(main())
