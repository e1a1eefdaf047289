"""Small pieces shared by the editors: a message strip, and lists typed one per line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget


class MessageStrip(QFrame):
    """A quiet line under an editor that says why a change was not saved; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        tint = base.darker(108) if base.lightness() > 128 else base.lighter(140)
        tint.setRed(min(255, tint.red() + 40))
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str | None) -> None:
        self.label.setText(text or "")
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()


def lines_text(items: Sequence[str]) -> str:
    """A list of short texts as one per line."""
    return "\n".join(items)


def text_lines(text: str) -> tuple[str, ...]:
    """One item per non-empty line, trimmed."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())
