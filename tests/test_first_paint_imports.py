"""The first paint waits for no module that only later work needs: read in sys.modules of
the real program, started on an exercise, at the moment its window has first painted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ttx_desktop.app import BENCH_FIRST_PAINT, LATER_MODULES
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.storage.exercise_file import ExerciseFile

SAMPLES = Path(__file__).resolve().parent.parent / "sample_exercises"


@pytest.fixture(scope="module")
def loaded_at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    folder = tmp_path_factory.mktemp("first-paint")
    path = folder / "exercise.ttxdb"
    sample = sorted(SAMPLES.glob("*.yaml"))[0]
    ExerciseFile.create(path, load_definition(sample)).close()
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder), BENCH_FIRST_PAINT: "1",
        "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config"),
    }  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "ttx_desktop", str(path)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("first-paint-imports ")]
    return set(line.split()[1:]) - {"-"}


@pytest.mark.parametrize("module", LATER_MODULES)
def test_the_first_paint_does_not_import(loaded_at_first_paint: set[str], module: str) -> None:
    assert module not in loaded_at_first_paint
