"""Kill tests: a writer is killed at random moments; every acknowledged entry survives.

The writer (tests/durability_writer.py) logs through LogService and prints an entry's id only
after its commit returned; between entries it takes backups, saves copies and merges another
laptop's file. Each round kills it with SIGKILL after a random number of acknowledgements
and a random delay, reopens the file as the console does, and checks it. A short run is part
of the normal suite; ``./dev stress`` runs the long one (TTX_KILL_ROUNDS rounds, 200 unless
set).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.storage_helpers import small_exercise
from ttx_desktop.storage.exercise_file import ExerciseFile, save_copy

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parent.parent
V1_FIXTURE = Path(__file__).parent / "fixtures" / "exercise-v1.ttxdb"
MIGRATIONS: Counter[str] = Counter()


def writer(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.durability_writer", *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def stored_ids(path: Path) -> Counter[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return Counter(r[0] for r in conn.execute("SELECT id FROM log_entry"))
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


class Rounds:
    """One exercise file killed round after round, with what was acknowledged so far."""

    def __init__(self, folder: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.path = folder / "exercise.ttxdb"
        self.backups = folder / "backups"
        self.other = folder / "other-laptop.ttxdb"
        self.acked: set[str] = set()
        self.phases: Counter[str] = Counter()
        with ExerciseFile.create(self.path, small_exercise()) as file:
            save_copy(file, self.other)

    def run(self) -> None:
        proc = writer("log", self.path, self.backups, self.other)
        assert proc.stdout is not None
        wanted = self.rng.randint(0, 30)
        last = ""
        seen = 0
        while seen < wanted:
            line = proc.stdout.readline()
            if not line:
                break
            last = line.strip()
            if last.startswith("ack "):
                self.acked.add(last[4:])
                seen += 1
        time.sleep(self.rng.uniform(0, 0.02))
        proc.send_signal(signal.SIGKILL)
        rest, errors = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, errors
        for line in rest.splitlines():  # printed before the kill: committed
            last = line.strip() or last
            if line.startswith("ack "):
                self.acked.add(line[4:].strip())
        self.phases[self._phase(last)] += 1
        self.check()

    @staticmethod
    def _phase(last: str) -> str:
        """What the writer was doing when killed, from its last line."""
        if not last:
            return "opening"
        return last.removeprefix("start ") if last.startswith("start ") else "logging"

    def check(self) -> None:
        with ExerciseFile.open(self.path) as reopened:  # the console's own way in
            assert reopened.exercise.counts()["entries"] >= len(self.acked)
        ids = stored_ids(self.path)
        missing = self.acked - set(ids)
        assert not missing, f"acknowledged but lost: {sorted(missing)[:5]}"
        assert all(ids[i] == 1 for i in self.acked)
        assert integrity(self.path) == "ok"
        for name in self.backups.glob("*"):
            if not name.name.startswith("."):
                assert integrity(name) == "ok", name  # a listed backup is never partial
                name.unlink()


def migration_round(folder: Path, rng: random.Random, entries: int) -> None:
    path = folder / "old.ttxdb"
    for stale in folder.glob("old*"):
        stale.unlink()
    shutil.copyfile(V1_FIXTURE, path)
    proc = writer("migrate", path)
    time.sleep(rng.uniform(0.05, 0.6))  # before, during or after the upgrade
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    MIGRATIONS["done" if "migrated" in out else "killed before done"] += 1
    with ExerciseFile.open(path) as reopened:
        assert reopened.exercise.counts()["entries"] == entries
    assert integrity(path) == "ok"


def fixture_entries(tmp_path: Path) -> int:
    copy = tmp_path / "v1-copy.ttxdb"
    shutil.copyfile(V1_FIXTURE, copy)
    with ExerciseFile.open(copy) as file:
        return file.exercise.counts()["entries"]


def run_rounds(tmp_path: Path, kills: int, migrations: int) -> Rounds:
    seed = int(os.environ.get("TTX_KILL_SEED", random.randrange(1 << 30)))
    print(f"kill test seed {seed} (TTX_KILL_SEED={seed} repeats it)")
    rounds = Rounds(tmp_path, seed)
    for _ in range(kills):
        rounds.run()
    entries = fixture_entries(tmp_path)
    for _ in range(migrations):
        migration_round(tmp_path, rounds.rng, entries)
    print(f"{kills} kills, {len(rounds.acked)} entries acknowledged, at {dict(rounds.phases)}")
    print(f"{migrations} migrations killed: {dict(MIGRATIONS)}")
    return rounds


def test_a_killed_writer_loses_no_acknowledged_entry(tmp_path: Path) -> None:
    rounds = run_rounds(tmp_path, kills=6, migrations=2)
    assert rounds.acked  # the writer got far enough to acknowledge something


@pytest.mark.slow
def test_two_hundred_kills_lose_no_acknowledged_entry(tmp_path: Path) -> None:
    kills = int(os.environ.get("TTX_KILL_ROUNDS", "200"))
    rounds = run_rounds(tmp_path, kills=kills, migrations=max(kills // 5, 1))
    assert len(rounds.acked) > kills
