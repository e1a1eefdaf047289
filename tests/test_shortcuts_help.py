"""Help → Keyboard shortcuts lists every key the console answers to, the presenter's too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence

from ttx_desktop.app import temporary_settings
from ttx_desktop.services.session import Session

pytestmark = pytest.mark.gui
NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, session: Session, dialogs: Any) -> Any:
    from ttx_desktop.gui.main_window import MainWindow

    made = MainWindow(dialogs, temporary_settings(tmp_path))
    qtbot.addWidget(made)
    made.set_session(session)
    yield made
    made.set_session(None)


def test_every_action_with_a_key_is_listed(window: Any, session: Session, qtbot: Any) -> None:
    from ttx_desktop.gui.presenter_window import PresenterWindow

    listed = " ".join(keys for _menu, _action, keys in window.all_shortcuts())
    presenter = PresenterWindow(session)
    qtbot.addWidget(presenter)
    missing = [
        (action.text(), key.toString(NATIVE))
        for root in (window, presenter)
        for action in root.findChildren(QAction)
        for key in action.shortcuts()
        if key.toString(NATIVE) not in listed.split(", ") and key.toString(NATIVE) not in listed
    ]
    assert missing == []
    menus = {menu for menu, _action, _keys in window.all_shortcuts()}
    assert "Presenter window" in menus


def test_the_shortcuts_model_passes_the_model_tester(window: Any, qtmodeltester: Any) -> None:
    from ttx_desktop.gui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.all_shortcuts(), window)
    qtmodeltester.check(dialog.model)
