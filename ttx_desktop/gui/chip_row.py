"""A row of coloured, checkable chips of which one is chosen, wrapping when space runs out."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QWidget

from ttx_desktop.gui.flow_layout import FlowLayout


class Chip(NamedTuple):
    value: str
    text: str
    colour: str
    tip: str = ""


def chip_style(colour: str) -> str:
    """A chip marked by its colour on the left, filled with it when chosen."""
    fill = QColor(colour)
    ink = "#000000" if fill.lightnessF() > 0.6 else "#ffffff"
    c = fill.name()
    return (
        f"QPushButton {{ border: 1px solid palette(mid); border-left: 5px solid {c};"
        " border-radius: 4px; padding: 4px 12px; background: palette(button);"
        " color: palette(button-text); }"
        " QPushButton:hover { background: palette(midlight); }"
        f" QPushButton:checked {{ background: {c}; border-color: {c}; color: {ink}; }}"
    )


class ChipRow(QWidget):
    """Exclusive chips that never take the keyboard focus (it stays where the user types).

    Signals:
        chosen(str): the user clicked a chip; the chip's value is passed.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._group = QButtonGroup(self)
        self._group.buttonClicked.connect(self._on_group_button_clicked)

    def set_chips(self, chips: list[Chip]) -> None:
        """Replaces the chips; none is chosen until ``select``."""
        for button in self._group.buttons():
            self._group.removeButton(button)
            self._layout.removeWidget(button)
            button.deleteLater()
        for chip in chips:
            button = QPushButton(chip.text, self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(chip_style(chip.colour))
            button.setToolTip(chip.tip)
            button.setProperty("value", chip.value)
            self._group.addButton(button)
            self._layout.addWidget(button)
            button.show()
        self._layout.invalidate()

    def select(self, value: str) -> None:
        for button in self._group.buttons():
            button.setChecked(button.property("value") == value)

    def value(self) -> str | None:
        button = self._group.checkedButton()
        return None if button is None else str(button.property("value"))

    def buttons(self) -> list[QAbstractButton]:
        return list(self._group.buttons())

    def button(self, value: str) -> QAbstractButton | None:
        return next((b for b in self._group.buttons() if b.property("value") == value), None)

    def _on_group_button_clicked(self, button: QAbstractButton) -> None:
        self.chosen.emit(str(button.property("value")))
