"""Shared fixtures: Qt offscreen before any Qt import, and real exercise files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

import pytest  # noqa: E402

from tests.fakes import FakeClocks  # noqa: E402
from ttx_desktop.formats.definition import load_definition  # noqa: E402
from ttx_desktop.storage.exercise_file import ExerciseFile  # noqa: E402

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
    if file.db is not None:
        try:
            file.close()
        except Exception:  # already closed by the test
            pass


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


@pytest.fixture
def session(qapp: Any, mini_path: Path, clocks: FakeClocks) -> Iterator[Session]:
    """The services of the mini exercise, with clocks that move only when the test says."""
    from ttx_desktop.services.session import Session  # noqa: PLC0415

    sess = Session(ExerciseFile.open(mini_path), read_clocks=clocks, author="Tester")
    yield sess
    try:
        sess.close()
    except Exception:
        pass


@pytest.fixture
def dialogs() -> Any:
    from tests.fake_dialogs import FakeDialogs  # noqa: PLC0415

    return FakeDialogs()
