"""About TTX Desktop: version, licence, and the licences of the software it is built on."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop import __version__
from ttx_desktop.paths import resource

LICENCE = "GPL-3.0-or-later"


def licence_text(name: str) -> str:
    """A file of resources/licenses, or a line saying it is missing (never an exception)."""
    try:
        return resource("licenses", name).read_text(encoding="utf-8")
    except OSError:
        return f"resources/licenses/{name} is missing from this copy of the program."


class AboutDialog(QDialog):
    """Three tabs: the program, its licence (GNU GPL), and the third-party licences.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About TTX Desktop"))
        self.resize(720, 560)
        summary = QLabel(
            "<h2>TTX Desktop {}</h2><p>{}</p><p>{}</p><p>{}</p>".format(
                __version__,
                self.tr(
                    "A facilitator console for tabletop exercises that runs entirely on one "
                    "laptop, with no server and no internet."
                ),
                self.tr(
                    "Free software: you may use, share and change it under the GNU General "
                    "Public License, version 3 or later ({0}). It comes with no warranty."
                ).format(LICENCE),
                self.tr(
                    "Built with Qt {0} and Qt for Python (PySide6) {1} under the GNU LGPL "
                    "version 3, on Python {2}. The other libraries and their licences are "
                    "listed under Third-party software."
                ).format(qVersion(), pyside_version, platform.python_version()),
            )
        )
        summary.setObjectName("aboutSummary")
        summary.setTextFormat(Qt.TextFormat.RichText)  # our own text only, nothing typed
        summary.setWordWrap(True)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(summary, self.tr("&About"))
        self.tabs.addTab(self._text("GPL-3.0.txt", self.tr("Licence")), self.tr("&Licence"))
        self.tabs.addTab(
            self._text("THIRD-PARTY.txt", self.tr("Third-party software")),
            self.tr("&Third-party software"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _text(self, name: str, accessible_name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(licence_text(name))
        view.setObjectName(name.split(".", maxsplit=1)[0])
        view.setReadOnly(True)
        view.setAccessibleName(accessible_name)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return view
