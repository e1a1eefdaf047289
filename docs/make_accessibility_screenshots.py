"""Takes the run view at 200 % scaling and in a high-contrast palette, mid-exercise.

Run under a real display (for example Xvfb), once per look:
    QT_SCALE_FACTOR=2 python docs/make_accessibility_screenshots.py scaled docs/screenshots
    python docs/make_accessibility_screenshots.py high-contrast docs/screenshots
The exercise is the one make_screenshots.py plays: clock running, four injects released, notes.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import grab, play

from ttx_desktop.app import Controller, make_application
from ttx_desktop.gui import contrast
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.main_window import MainWindow


def high_contrast(app: QApplication) -> None:
    """White on black with yellow and cyan accents, as in Windows' High Contrast Black."""
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#FFFFFF",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1A1A1A",
        QPalette.ColorRole.Text: "#FFFFFF",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#FFFFFF",
        QPalette.ColorRole.Highlight: "#1AEBFF",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#FFFF00",
        QPalette.ColorRole.Link: "#FFFF00",
        QPalette.ColorRole.PlaceholderText: "#C0C0C0",
        QPalette.ColorRole.Light: "#FFFFFF",
        QPalette.ColorRole.Mid: "#C0C0C0",
        QPalette.ColorRole.Dark: "#FFFFFF",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#3FF23F"))
    app.setPalette(palette)


def main(look: str, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    if look == "high-contrast":
        high_contrast(app)
        contrast.apply(app)  # as the program does at start in a high-contrast palette
    folder = Path(tempfile.mkdtemp(prefix="ttx-shots-"))
    path = folder / "exercise-silk-signal.ttxdb"
    play(path)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Dialogs(), settings)
    controller = Controller(window, Dialogs(), settings, folder)
    window.resize(1440, 900)  # a 2880 x 1800 laptop screen at 200 %, in Qt's logical pixels
    window.show()
    controller.open(path)
    for _ in range(20):
        app.processEvents()
    name = "run-view-200-percent.png" if look == "scaled" else "run-view-high-contrast.png"
    grab(window, out / name)
    controller.close_session()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")))
