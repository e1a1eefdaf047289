"""Empty states: the window with no exercise open (a first-run hint and two ways in), and a
quiet hint over a table that has nothing to show yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


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


class EmptyHint(QLabel):
    """A hint drawn over an item view while its model has no rows: what would be here, and
    how to put it there. It ignores the mouse, so the view works underneath.

    Signals: none.
    """

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyHint")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setEnabled(False)  # drawn in the palette's quiet, disabled text colour
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._view = view
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.refresh)
        view.viewport().installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(self._view.model().rowCount() == 0)
        self.setGeometry(self._view.viewport().rect().adjusted(24, 24, -24, -24))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect().adjusted(24, 24, -24, -24))
        return False
