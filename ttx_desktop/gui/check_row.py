"""A wrapping row of check boxes for choosing several of a few (tables, rights, objectives)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from ttx_desktop.gui.flow_layout import FlowLayout


class CheckRow(QWidget):
    """Check boxes that wrap when space runs out; each can be reached with Tab.

    Signals:
        changed: the user checked or unchecked a box; read the choice with ``values``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """Replaces the boxes with (value, text) pairs, none checked."""
        for box in self._boxes.values():
            self._layout.removeWidget(box)
            box.deleteLater()
        self._boxes = {}
        for value, text in options:
            box = QCheckBox(text, self)
            box.setObjectName(f"check_{value}")
            box.clicked.connect(self.changed)
            self._layout.addWidget(box)
            self._boxes[value] = box

    def set_values(self, values: tuple[str, ...]) -> None:
        for value, box in self._boxes.items():
            box.setChecked(value in values)

    def values(self) -> tuple[str, ...]:
        return tuple(value for value, box in self._boxes.items() if box.isChecked())

    def box(self, value: str) -> QCheckBox:
        return self._boxes[value]
