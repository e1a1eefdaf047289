"""Runs every benchmark, each in a fresh process, prints one table and writes bench/RESULTS.md.

Usage: python bench/run_all.py [--quick] [--work FOLDER] [--only NAME ...]
(``./dev bench`` runs it.) The large exercise files are made on the first run and kept in
the work folder (default: ~/.cache/ttx-desktop-bench) for the next.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Row

BENCH = Path(__file__).resolve().parent
SCRIPTS = ("first_paint", "log", "stall", "export", "memory", "filter", "room", "msel_import")


def machine() -> str:
    """Cores, memory, CPU model, system and the versions that matter."""
    cpu = platform.processor() or platform.machine()
    with_model = Path("/proc/cpuinfo")
    if with_model.exists():
        for line in with_model.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    if hasattr(os, "sysconf") and "SC_PHYS_PAGES" in os.sysconf_names:
        total = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {total / 2**30:.0f} GB memory"
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover - the benchmarks need it anyway
        pyside = "?"
    return (
        f"{os.cpu_count()} cores ({cpu}){memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {pyside}, SQLite {sqlite3.sqlite_version}"
    )


def run_script(name: str, args: argparse.Namespace, out: Path) -> tuple[list[Row], dict]:
    command = [sys.executable, str(BENCH / f"bench_{name}.py"), "--json", str(out)]
    if args.quick:
        command.append("--quick")
    if args.work:
        command += ["--work", str(args.work)]
    began = time.perf_counter()
    done = subprocess.run(command, check=False, capture_output=True, text=True)
    took = time.perf_counter() - began
    print(f"  bench_{name}: {took:.0f} s", file=sys.stderr, flush=True)
    if done.returncode != 0 or not out.exists():
        print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
        return [Row(f"bench_{name}.py", None, note=f"failed (exit {done.returncode})")], {}
    return harness.load_rows(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--work", type=Path, help="work folder (default: the user's cache)")
    parser.add_argument("--only", nargs="+", choices=SCRIPTS, help="run only these")
    parser.add_argument("--no-write", action="store_true", help="leave bench/RESULTS.md alone")
    args = parser.parse_args()
    began = time.perf_counter()
    print("making the large exercises if needed…", file=sys.stderr, flush=True)
    harness.big_file(harness.BIG_ENTRIES, args.work)
    harness.big_file(harness.STRESS_ENTRIES, args.work)
    rows: list[Row] = []
    info: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in args.only or SCRIPTS:
            found, extra = run_script(name, args, Path(folder) / f"{name}.json")
            rows += found
            info |= extra
    took = time.perf_counter() - began
    table = harness.render_table(rows)
    print(table)
    where = "; ".join(f"{k}: {v}" for k, v in sorted(info.items()))
    print(f"\n{machine()}\n{where}\nall benchmarks took {took:.0f} s")
    if not args.no_write and not args.only:
        write_results(table, where, took, quick=args.quick)
    return 0


def write_results(table: str, where: str, took: float, *, quick: bool) -> None:
    today = dt.date.today().isoformat()
    mode = " (--quick: fewer repetitions)" if quick else ""
    (BENCH / "RESULTS.md").write_text(
        f"# Benchmark results\n\n"
        f"Measured on {today} with `./dev bench`{mode}; all benchmarks took {took:.0f} s.\n\n"
        f"Machine: {machine()}.\n\n"
        f"Displays: {where}.\n\n"
        f"{table}\n\n"
        "Ratios are ours ÷ baseline; times are medians unless the row says otherwise. "
        "How each figure is measured: [README.md](README.md).\n"
    )


if __name__ == "__main__":
    sys.exit(main())
