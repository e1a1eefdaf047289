"""Labels in the presenter's large type: plain text (what people typed is never HTML),
wrapped, sized as a multiple of the screen's usual type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def large_label(name: str, scale: float, *, bold: bool = False) -> QLabel:
    """A wrapped plain-text label named ``name``, ``scale`` times the presenter's base size."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(max(10.0, font.pointSizeF()) * scale * 1.6)
    font.setBold(bold)
    label.setFont(font)
    return label
