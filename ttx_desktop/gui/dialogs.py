"""Message boxes and file pickers, behind one small service that tests replace."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs:
    """The real dialogs. Tests pass a FakeDialogs with the same methods instead."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_int(
        self, parent: QWidget | None, title: str, label: str, value: int, low: int, high: int
    ) -> int | None:
        number, ok = QInputDialog.getInt(parent, title, label, value, low, high)
        return number if ok else None

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        answer, ok = QInputDialog.getText(parent, title, label, text=text)
        return answer if ok else None

    def ask_lines(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        """Several lines of text (options of a poll, say), or None when cancelled."""
        answer, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        return answer if ok else None

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        """The index of the item the user picked from ``items``, or None."""
        if not items:
            return None
        answer, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(answer) if ok and answer in items else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> Path | None:
        _make_folder(Path(suggested).parent if Path(suggested).is_absolute() else None)
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def choose_folder(
        self, parent: QWidget | None, title: str, *, start: Path | None = None
    ) -> Path | None:
        _make_folder(start)
        name = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
        return Path(name) if name else None

    def ask_new_exercise(self, parent: QWidget | None) -> tuple[str, date, date] | None:
        """The title, first and last day of a new blank exercise, or None if cancelled."""
        from ttx_desktop.gui.new_exercise_dialog import NewExerciseDialog

        dialog = NewExerciseDialog(parent)
        return dialog.answer() if dialog.exec() == NewExerciseDialog.DialogCode.Accepted else None


def _make_folder(folder: Path | None) -> None:
    """Makes the folder a chooser is to start in (Documents/TTX Desktop/TITLE) if it is not
    there yet; where it cannot be made, the chooser starts where the system says."""
    if folder is not None:
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
