"""Every control a keyboard reaches has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def _unnamed(root: Any) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    kinds = (
        QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
        QPlainTextEdit, QTextEdit, QAbstractSlider,
    )  # fmt: skip
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_") or widget.window() is not root:
            continue  # Qt's own parts, and pop-ups such as a combo box's list
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__}#{widget.objectName()}")
    return found


def test_every_control_of_every_view_has_an_accessible_name(
    qtbot: Any, tmp_path: Path, session: Any, dialogs: Any
) -> None:
    from PySide6.QtWidgets import QTabWidget

    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    window = MainWindow(dialogs, temporary_settings(tmp_path))
    qtbot.addWidget(window)
    window.set_session(session)
    window.show()
    window.build_views()
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
    assert _unnamed(window) == []
    window.set_session(None)
