"""Every control is reached with Tab, or has a key of its own; menus open from the keyboard."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

pytestmark = pytest.mark.gui

CONTROLS = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit,
    QTextEdit, QAbstractSlider,
)  # fmt: skip
# Controls Tab passes by on purpose, because a key of their own reaches them: the team and
# kind chips of the note panel (Alt+1..9, Alt+D/A/Q/O/S/I/N) and its Log button (Enter).
BY_KEY = {"teamRow", "kindRow"}
BY_KEY_NAMES = {"logButton"}


def _label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}".strip()


def _controls(root: QWidget) -> list[QWidget]:
    """The enabled, visible controls of ``root``, without Qt's own inner parts."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if not (widget.isVisible() and widget.isEnabled()) or widget.window() is not root:
            continue
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") or (
            parent and parent.objectName().startswith("qt_")
        ):
            continue  # the scroll bars and buttons inside Qt's composite widgets
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue
        found.append(widget)
    return found


def _tab_walk(qtbot: Any, root: QWidget, limit: int = 300) -> list[QWidget]:
    """Presses Tab from the first control until the focus comes round again."""
    root.focusNextChild()
    first = QApplication.focusWidget()
    assert first is not None, "nothing in the window takes the keyboard"
    reached = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return reached
        if now is not None and now not in reached:
            reached.append(now)
    pytest.fail(f"Tab never came back to {_label(first)}: it is caught at {_label(now)}")


def _unreached(qtbot: Any, root: QWidget) -> list[str]:
    reached = _tab_walk(qtbot, root)
    missed = []
    for widget in _controls(root):
        parent = widget.parentWidget()
        if widget in reached or widget.objectName() in BY_KEY_NAMES:
            continue
        if parent is not None and parent.objectName() in BY_KEY:
            continue
        missed.append(_label(widget))
    return missed


def _activate(qtbot: Any, widget: QWidget) -> None:
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, session: Any, dialogs: Any) -> Iterator[Any]:
    """The run view mid-exercise: the clock runs, so its adjust buttons are live."""
    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    made = MainWindow(dialogs, temporary_settings(tmp_path))
    qtbot.addWidget(made)
    made.set_session(session)
    session.clock.start(session.exercise.modules[0].id)
    made.resize(1280, 800)
    _activate(qtbot, made)
    yield made
    made.set_session(None)


def test_tab_reaches_every_control_of_the_run_view(qtbot: Any, window: Any) -> None:
    reached = _tab_walk(qtbot, window)
    names = {w.objectName() for w in reached}
    # The docks are in the walk, not only the central view.
    assert {"runButton", "backButton", "adjustButton", "releaseButton", "skipButton"} <= names
    assert {"text", "inject", "author", "mselView", "mselSearch", "timelineCanvas"} <= names
    assert _unreached(qtbot, window) == []


def test_tab_reaches_the_room_panel(qtbot: Any, window: Any) -> None:
    panel = window.room_menu.show_panel()
    qtbot.waitUntil(panel.isVisible)
    inside = [w for w in _controls(window) if panel.isAncestorOf(w)]
    assert inside
    assert _unreached(qtbot, window) == []


def test_tab_leaves_the_tables(qtbot: Any, window: Any) -> None:
    """A table that kept Tab for its cells would trap the keyboard (the walk above fails)."""
    window.build_views("log")
    for name in ("mselView", "logView"):
        view = window.findChild(QAbstractItemView, name)
        assert view is not None and not view.tabKeyNavigation(), name


def test_the_dialogs_can_be_walked_with_tab(qtbot: Any, window: Any) -> None:
    from ttx_desktop.gui.about_dialog import AboutDialog
    from ttx_desktop.gui.preferences_dialog import PreferencesDialog
    from ttx_desktop.gui.shortcuts_dialog import ShortcutsDialog

    rows = window.all_shortcuts()
    window.hide()  # each dialog alone on screen, so that it keeps the keyboard
    for dialog in (PreferencesDialog(window._settings), ShortcutsDialog(rows), AboutDialog()):
        qtbot.addWidget(dialog)
        _activate(qtbot, dialog)
        assert _unreached(qtbot, dialog) == [], dialog.windowTitle()
        dialog.reject()


def test_every_menu_opens_with_its_own_alt_key(window: Any) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    keys = [re.search(r"&(\w)", title) for title in titles]
    assert all(keys), titles
    letters = [key.group(1).lower() for key in keys if key]
    assert len(set(letters)) == len(letters), titles
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        for item in menu.actions():
            assert item.isSeparator() or item.text().strip(), f"an item without text in {titles}"
