"""What the window shows when no exercise is open: a first-run hint and two ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A calm welcome with "Open the sample exercise" and "Open an exercise…".

    Signals:
        sample_clicked: the user wants the bundled sample exercise.
        open_clicked: the user wants to choose a file.
    """

    sample_clicked = Signal()
    open_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("No exercise is open"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Open an exercise file (.ttxdb), start from an exercise definition (.yaml), "
                "or try the bundled sample. You can also drop a file on this window."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setMaximumWidth(520)
        sample = QPushButton(self.tr("Open the &sample exercise"))
        sample.setDefault(True)
        sample.clicked.connect(self.sample_clicked)
        choose = QPushButton(self.tr("&Open an exercise…"))
        choose.clicked.connect(self.open_clicked)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, hint, sample, choose):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.setSpacing(14)
        layout.addStretch(3)
