"""Exporting the after-action report of the large exercise, against bare python-docx; and
`export all` of the large exercise, against its slowest single document.

Ours: read the exercise from its file and render the report (catalog.render("aar"), with the
pictures drawn by Qt), as `ttx-desktop export aar` does. Baseline: a bare python-docx script
writing the same content (every paragraph's text and every table's cells, in order, taken
from our own report) with python-docx's plain API, pictures and styles left out. Medians.

`export all`: `ttx-desktop export all` in a process of its own, from its start to its exit,
against the slowest of `ttx-desktop export KIND` for the heaviest kinds, each in a process
of its own the same way (with LibreOffice, where installed, laying out the contents' page
numbers, as a user's export does). One run of each, as they take most of a minute.
"""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Row, median, ratio_goal

RUNS = 3
QUICK_RUNS = 1


def ours(path: Path) -> bytes:
    from ttx_desktop.exporters import catalog
    from ttx_desktop.exporters.charts import offscreen_pictures
    from ttx_desktop.exporters.options import ExportOptions
    from ttx_desktop.storage.exercise_file import ExerciseFile

    with ExerciseFile.open(path, readonly=True) as xf:
        exercise = xf.exercise.load()
    return catalog.render("aar", exercise, ExportOptions(pictures=offscreen_pictures()))


def content(data: bytes) -> list[tuple[str, Any]]:
    """The body of a .docx in order: ("p", text) and ("t", rows of cell texts)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    blocks: list[tuple[str, Any]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(("p", item.text))
        elif isinstance(item, Table):
            blocks.append(("t", [[cell.text for cell in row.cells] for row in item.rows]))
    return blocks


def bare(blocks: list[tuple[str, Any]]) -> bytes:
    """The fastest plain python-docx can write the same paragraphs and tables."""
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "p":
            document.add_paragraph(value)
            continue
        rows: list[list[str]] = value
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=False):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def measure(runs: int, work: Path) -> list[Row]:
    big = harness.big_file(harness.BIG_ENTRIES, work)
    mine: list[float] = []
    theirs: list[float] = []
    blocks: list[tuple[str, Any]] = []
    for _ in range(runs):
        began = time.perf_counter()
        data = ours(big)
        mine.append((time.perf_counter() - began) * 1000)
        blocks = blocks or content(data)
        began = time.perf_counter()
        bare(blocks)
        theirs.append((time.perf_counter() - began) * 1000)
    tables = sum(1 for kind, _ in blocks if kind == "t")
    cells = sum(len(r) for kind, rows in blocks if kind == "t" for r in rows)
    paragraphs = len(blocks) - tables
    note = f"{paragraphs:,} paragraphs, {tables} tables, {cells:,} cells; median of {runs}"
    return [ratio_goal("export the after-action report (Word)", median(mine), median(theirs),
                       1.5, note=note)]  # fmt: skip


# The kinds whose single export takes longest on the large exercise (minutes: LibreOffice's
# layout of 10,000 entries; the definition: every entry with its history in YAML).
HEAVY = {"minutes": ".docx", "aar": ".docx", "cards": ".docx", "yaml": ".yaml"}


def export_all(big: Path, work: Path) -> list[Row]:
    import subprocess

    def timed(*args: str) -> float:
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ttx_desktop", *args], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        return (time.perf_counter() - began) * 1000

    with harness.scratch(work) as folder:
        env = harness.child_env(folder / "home", {"QT_QPA_PLATFORM": "offscreen"})
        timed("export", "sitman", str(big), "-o", str(folder / "warm.docx"))  # bytecode
        single = {kind: timed("export", kind, str(big), "-o", str(folder / f"one{suffix}"),
                              "--force") for kind, suffix in HEAVY.items()}  # fmt: skip
        everything = timed("export", "all", str(big), "-o", str(folder / "pack"), "--force")
    slowest = max(single, key=single.__getitem__)
    cores = os.cpu_count() or 1
    note = (f"{len(cli_kinds())} files, {cores} cores; baseline: the slowest single export, "
            f"{slowest} (" + ", ".join(f"{k} {v / 1000:.1f} s" for k, v in single.items())
            + "); one run each")  # fmt: skip
    return [ratio_goal("export all, large exercise", everything, single[slowest], 1.5,
                       note=note)]  # fmt: skip


def cli_kinds() -> list[str]:
    from ttx_desktop.services.export_kinds import EXPORTS

    return list(EXPORTS)


def main() -> int:
    args = harness.arguments(__doc__.splitlines()[0])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # pictures only; no window
    work = harness.work_folder(args.work)
    rows = measure(QUICK_RUNS if args.quick else RUNS, work)
    rows += export_all(harness.big_file(harness.BIG_ENTRIES, work), work)
    return harness.finish(rows, args.json)


if __name__ == "__main__":
    sys.exit(main())
