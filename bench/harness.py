"""What the benchmarks share: result rows, statistics, the work folder, the big files, a display.

Every bench_*.py script runs alone (``python bench/bench_log.py``) and prints its rows; with
``--json FILE`` it also writes them for run_all.py, which runs each script as a fresh process.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:  # run as a script: make the checkout importable
    sys.path.insert(0, str(ROOT))

BIG_ENTRIES = 10_000
STRESS_ENTRIES = 100_000


@dataclass
class Row:
    """One line of the results table. ``met`` is None when there is no goal or no figure."""

    measure: str
    ours: float | None
    baseline: float | None = None
    unit: str = "ms"
    goal: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.baseline:
            return None
        return self.ours / self.baseline


def ratio_goal(
    measure: str, ours: float, baseline: float, limit: float, *, unit: str = "ms", note: str = ""
) -> Row:
    """A row whose goal is ``ours <= limit × baseline``."""
    return Row(measure, ours, baseline, unit, f"≤ {limit:g}× baseline", ours <= limit * baseline,
               note)  # fmt: skip


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


# ------------------------------------------------------------------------------ work folder


def work_folder(explicit: Path | None = None) -> Path:
    """Where big files and scratch files go: on the disk where exercise files live (the
    user's home), not in a tmpfs /tmp, so that fsync costs what it costs for real."""
    if explicit is None:
        env = os.environ.get("TTX_BENCH_WORK")
        cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        explicit = Path(env) if env else Path(cache) / "ttx-desktop-bench"
    explicit.mkdir(parents=True, exist_ok=True)
    return explicit


@contextlib.contextmanager
def scratch(folder: Path) -> Iterator[Path]:
    """A fresh folder inside ``folder``, removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="run-", dir=folder))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def big_file(entries: int = BIG_ENTRIES, folder: Path | None = None) -> Path:
    """The large exercise with ``entries`` log entries, made once per version of the generator
    and of the schema (the file name carries a hash of both)."""
    folder = work_folder(folder)
    source = (BENCH / "make_big_exercise.py").read_bytes()
    source += (ROOT / "ttx_desktop" / "storage" / "schema.py").read_bytes()
    source += (ROOT / "ttx_desktop" / "storage" / "rows.py").read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:12]
    path = folder / f"big-{entries}-{digest}.ttxdb"
    if not path.exists():
        for stale in folder.glob(f"big-{entries}-*.ttxdb"):
            stale.unlink()
        print(f"making {path.name} ({entries:,} entries)…", file=sys.stderr, flush=True)
        subprocess.run(
            [sys.executable, str(BENCH / "make_big_exercise.py"), str(path),
             "--entries", str(entries)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return path


def copy_exercise(source: Path, folder: Path, name: str = "") -> Path:
    """A private copy of an exercise file (benchmarks that write never touch the cached one)."""
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


# ---------------------------------------------------------------------------------- display


@dataclass
class Display:
    """The environment a GUI subprocess gets: an X server (Xvfb) when there is one, else Qt's
    offscreen platform; ``name`` says which, for the table."""

    env: dict[str, str]
    name: str


@contextlib.contextmanager
def display(*, want_x: bool = True) -> Iterator[Display]:
    """Starts a private Xvfb (if installed and ``want_x``) for the duration."""
    xvfb = shutil.which("Xvfb") if want_x and sys.platform.startswith("linux") else None
    if xvfb is None:
        yield Display({"QT_QPA_PLATFORM": "offscreen"}, "Qt offscreen platform (no Xvfb)")
        return
    read, write = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            yield Display({"QT_QPA_PLATFORM": "offscreen"}, "Qt offscreen platform (Xvfb failed)")
        else:
            yield Display({"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}, "Xvfb (xcb)")
    finally:
        process.terminate()
        process.wait(timeout=10)


def child_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured subprocess: its own settings and data folders, so that
    no run sees the last one's window layout or recent files, and nor does the user's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "TTX_"))}
    env.pop("DISPLAY", None)
    # An installed program runs from compiled bytecode; without it every start compiles the
    # program's modules again (a fifth of the first paint). The cache lives beside the work
    # files, not in the source tree, and the unmeasured warm-up run fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        PYTHONPYCACHEPREFIX=str(home.parent / "bytecode"),
    )
    env.update(extra or {})
    return env


# ------------------------------------------------------------------------- script plumbing


def arguments(description: str, extra: Callable[[argparse.ArgumentParser], None] | None = None):
    """The options every bench script takes: --json FILE, --work FOLDER, --quick."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    parser.add_argument("--work", type=Path, help="work folder (default: the user's cache)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    if extra is not None:
        extra(parser)
    return parser.parse_args()


def finish(rows: list[Row], json_path: Path | None, info: dict[str, str] | None = None) -> int:
    print(render_table(rows))
    for key, value in (info or {}).items():
        print(f"{key}: {value}")
    if json_path is not None:
        json_path.write_text(
            json.dumps({"rows": [asdict(r) for r in rows], "info": info or {}}, indent=1)
        )
    return 0


def load_rows(path: Path) -> tuple[list[Row], dict[str, str]]:
    data = json.loads(path.read_text())
    return [Row(**r) for r in data["rows"]], data.get("info", {})


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        digits = 2 if value < 10 else 1 if value < 100 else 0
        return f"{value:,.{digits}f} ms"
    return f"{value:,.0f} {unit}"


def render_table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table: measure, ours, baseline, ratio, goal, met?"""
    lines = [
        "| measure | ours | baseline | ratio | goal | met? |",
        "|---|---:|---:|---:|---|---|",
    ]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        met = {True: "yes", False: "**no**", None: "—"}[r.met]
        measure = f"{r.measure} ({r.note})" if r.note else r.measure
        lines.append(
            f"| {measure} | {_number(r.ours, r.unit)} | {_number(r.baseline, r.unit)} "
            f"| {ratio} | {r.goal or '—'} | {met} |"
        )
    return "\n".join(lines)
