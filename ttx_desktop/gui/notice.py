"""A notice that floats over the window's lower right corner: it says where something went and
offers to open it, and leaves the keyboard where it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)

MARGIN = 16
WIDTH = 440
SHOWN_MS = 30_000


class Notice(QFrame):
    """Says one thing with one button; closes by its ✕, by itself after a while, or when a
    new notice replaces it. Never modal and never takes the focus.

    Signals: none.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # paths and titles people typed
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setObjectName("noticeButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the notice"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 6, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._action: Callable[[], object] | None = None
        self.button.clicked.connect(self._on_button_clicked)
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    def say(self, text: str, button: str, action: Callable[[], object]) -> None:
        """Shows ``text`` with a button that calls ``action`` (and closes the notice)."""
        self.text.setText(text)
        self.button.setText(button)
        self._action = action
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def say_folder(self, text: str, folder: Path, open_url: Callable[[QUrl], object]) -> None:
        """Says where files went, with a button that opens their folder."""
        self.say(text, self.tr("Open folder"), lambda: open_url(QUrl.fromLocalFile(str(folder))))

    def _on_button_clicked(self) -> None:
        if self._action is not None:
            self._action()
        self.hide()

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(WIDTH, max(200, window.width() - 2 * MARGIN))
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height(), self.minimumSizeHint().height())
        bottom = window.height() - MARGIN
        if isinstance(window, QMainWindow) and window.statusBar().isVisible():
            bottom -= window.statusBar().height()
        self.setGeometry(window.width() - width - MARGIN, bottom - height, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False
