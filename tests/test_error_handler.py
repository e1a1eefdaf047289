"""An error no slot caught reaches the user as a message, and the program goes on."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from ttx_desktop.gui.error_handler import ErrorHandler
from ttx_desktop.storage.errors import DamagedFile

pytestmark = pytest.mark.gui


@pytest.fixture
def handler(qapp: Any, qtbot: Any, dialogs: Any) -> Iterator[ErrorHandler]:
    window = QWidget()
    qtbot.addWidget(window)
    before = sys.excepthook
    made = ErrorHandler(qapp, dialogs, window)
    assert sys.excepthook == made.handle
    yield made
    made.uninstall()
    assert sys.excepthook == before


def _raise_from_a_slot(qtbot: Any, error: Exception) -> None:
    """What Qt's event loop does with an error a slot did not catch: sys.excepthook."""
    try:
        raise error
    except Exception as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)
    qtbot.wait(1)


def test_our_error_from_a_slot_is_shown_with_its_own_words(
    handler: ErrorHandler, qtbot: Any, dialogs: Any, tmp_path: Any
) -> None:
    path = tmp_path / "day 2.ttxdb"
    _raise_from_a_slot(qtbot, DamagedFile("holds a value TTX Desktop cannot read", path=path))
    assert len(dialogs.errors()) == 1
    assert str(path) in dialogs.errors()[0] and "cannot read" in dialogs.errors()[0]


def test_an_unexpected_error_is_told_as_a_sentence_and_logged(
    handler: ErrorHandler,
    qtbot: Any,
    dialogs: Any,
    capsys: Any,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ttx_desktop import error_log

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    _raise_from_a_slot(qtbot, KeyError("team-42"))
    (told,) = dialogs.errors()
    assert "KeyError" not in told and "team-42" not in told and "saved" in told
    log = error_log.log_file()
    assert str(log) in told and log.is_relative_to(tmp_path)
    assert "KeyError: 'team-42'" in log.read_text(encoding="utf-8")
    assert "Traceback" in capsys.readouterr().err


def test_keyboard_interrupt_goes_to_the_previous_hook(
    handler: ErrorHandler, dialogs: Any, monkeypatch: Any
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(handler, "_previous", lambda kind, error, tb: seen.append(kind))
    handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and dialogs.errors() == []
