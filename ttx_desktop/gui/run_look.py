"""The run view's shared look: state colours, team chips and muted secondary text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap

if TYPE_CHECKING:  # the painter uses this module with a QGuiApplication only, no widgets
    from PySide6.QtWidgets import QLabel


def chips_pixmap(colours: tuple[str, ...], ratio: float = 1.0, size: int = 10) -> QPixmap:
    """Small rounded squares in the given colours, side by side (a team or state marker)."""
    gap = 3
    width = max(1, len(colours) * (size + gap) - gap)
    pixmap = QPixmap(int(width * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for n, colour in enumerate(colours):
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(n * (size + gap), 0, size, size, 2.5, 2.5)
    painter.end()
    return pixmap


def mute(label: QLabel, share: float = 0.68) -> None:
    """Draws a label's text between the text and the background colour: secondary, readable."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor.fromRgbF(
        text.redF() * share + back.redF() * (1 - share),
        text.greenF() * share + back.greenF() * (1 - share),
        text.blueF() * share + back.blueF() * (1 - share),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as typed (Qt would take "<b>" in it as HTML)."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
