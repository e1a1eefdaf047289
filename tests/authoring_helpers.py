"""Shared pieces of the Prepare view tests: the panel, cells, typing, and reading the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from ttx_desktop.domain.model import Exercise
from ttx_desktop.gui.authoring_panel import AuthoringPanel
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile


@pytest.fixture
def panel(session: Session, dialogs: Any, qtbot: Any) -> Iterator[AuthoringPanel]:
    widget = AuthoringPanel(session, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget


def on_disk(session: Session) -> Exercise:
    """The exercise as a second reader of the file sees it: proof that it was written."""
    with ExerciseFile.open(Path(session.file.path), readonly=True) as other:
        return other.exercise.load(with_log=False)


def cell(editor: TableEditor, record_id: str, key: str) -> QModelIndex:
    return editor.model.index(editor.model.row_of(record_id), editor.model.column_of(key))


def type_into_cell(qtbot: Any, editor: TableEditor, index: QModelIndex, text: str) -> None:
    """Opens the cell's editor as a double click would, types, and presses Enter."""
    panel = editor.window()
    assert isinstance(panel, AuthoringPanel)
    panel.show_editor(editor)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    line = editor.view.viewport().findChild(QLineEdit) or editor.view.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)
