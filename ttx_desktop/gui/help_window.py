"""Help → User guide: the bundled guide (docs/user-guide.md) with its screenshots, offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ttx_desktop.paths import user_guide


class HelpWindow(QDialog):
    """The user guide in a window of its own, beside the main window (not modal).

    Signals: none.
    """

    _open: HelpWindow | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("TTX Desktop user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 760)
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        language = QLocale().name().split("_")[0]
        self.path = Path(str(user_guide(language)))
        if self.path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        else:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this copy of the program ({0}).").format(
                    self.path
                )
            )
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    @classmethod
    def show_guide(cls, parent: QWidget | None = None) -> HelpWindow:
        """Shows the guide, reusing the window if it is already open."""
        if cls._open is None:
            cls._open = cls(parent)
            cls._open.destroyed.connect(cls._forget)
        cls._open.show()
        cls._open.raise_()
        cls._open.activateWindow()
        return cls._open

    @classmethod
    def _forget(cls) -> None:
        cls._open = None
