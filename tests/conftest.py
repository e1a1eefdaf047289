"""Shared fixtures: Qt offscreen before any Qt import, and real exercise files."""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Exports leave LibreOffice alone (each run costs seconds) unless a test names it.
os.environ.setdefault("TTX_SOFFICE", "")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.fakes import FakeClocks
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.storage.exercise_file import ExerciseFile

if TYPE_CHECKING:
    from ttx_desktop.services.session import Session

DATA = Path(__file__).parent / "data"


@pytest.fixture
def mini_path(tmp_path: Path) -> Path:
    """A fresh exercise file made from tests/data/mini.yaml (3 teams, 2 modules, 6 injects)."""
    path = tmp_path / "mini.ttxdb"
    ExerciseFile.create(path, load_definition(DATA / "mini.yaml")).close()
    return path


@pytest.fixture
def mini_file(mini_path: Path) -> Iterator[ExerciseFile]:
    file = ExerciseFile.open(mini_path)
    yield file
    with contextlib.suppress(Exception):  # the test may have closed it already
        file.close()


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


@pytest.fixture
def session(qapp: Any, mini_path: Path, clocks: FakeClocks) -> Iterator[Session]:
    """The services of the mini exercise, with clocks that move only when the test says."""
    from ttx_desktop.services.session import Session

    sess = Session(ExerciseFile.open(mini_path), read_clocks=clocks, author="Tester")
    yield sess
    with contextlib.suppress(Exception):  # the test may have closed it already
        sess.close()


@pytest.fixture
def dialogs() -> Any:
    from tests.fake_dialogs import FakeDialogs

    return FakeDialogs()
