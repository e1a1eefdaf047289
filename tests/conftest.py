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
    from tests.room_helpers import Room
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


@pytest.fixture
def room(mini_path: Path) -> Iterator[Room]:
    """The mini exercise's room on loopback, with rate limits loose enough not to get in a
    test's way."""
    from tests.room_helpers import close_room, open_room
    from ttx_desktop.room.limits import Limits

    opened = open_room(mini_path, Limits(rate_per_s=1000, burst=1000))
    yield opened
    close_room(opened)


def show_main_window(qtbot: Any, tmp_path: Path, dialogs: Any, session: Session) -> Any:
    """A main window with settings of the test's own, on ``session``, shown and exposed."""
    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    made = MainWindow(dialogs, temporary_settings(tmp_path))
    qtbot.addWidget(made)
    made.set_session(session)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def shown_window(qtbot: Any, tmp_path: Path, session: Session, dialogs: Any) -> Iterator[Any]:
    """The main window on the session, shown."""
    made = show_main_window(qtbot, tmp_path, dialogs, session)
    yield made
    made.set_session(None)


@pytest.fixture
def controller(qtbot: Any, tmp_path: Path, dialogs: Any) -> Iterator[Any]:
    """The program's controller over a real main window, with settings and keep folders of
    the test's own."""
    from ttx_desktop.app import Controller, temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    settings = temporary_settings(tmp_path)
    window = MainWindow(dialogs, settings)
    qtbot.addWidget(window)
    made = Controller(window, dialogs, settings, tmp_path / "exercises", keep=tmp_path / "keep")
    yield made
    made.close_session()
