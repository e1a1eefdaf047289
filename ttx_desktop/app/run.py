"""Runs the program's window: the application object, the first paint's probe, the settings
and folders of a test run."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication

from ttx_desktop import __version__
from ttx_desktop.app.controller import Controller, data_folder
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.first_frame import after_first_frame
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.paths import APPLICATION, ORGANISATION

# Hidden, for bench/bench_first_paint.py: report the first paint with an exercise shown, quit.
BENCH_FIRST_PAINT = "TTX_BENCH_FIRST_PAINT"
# Modules only later work needs (writes, documents, spreadsheets, QR codes, the room server):
# the first paint should not wait for their import. The probe reports those already loaded.
LATER_MODULES = ("sqlite_utils", "docx", "openpyxl", "qrcode", "ttx_desktop.room")


class FirstPaintProbe(QObject):
    """Prints ``first-paint <wall time>`` once the main window, showing an exercise, is on
    screen with its first frame painted, then quits; the benchmark subtracts the time it
    started the process. It watches the window's own first expose (gui/first_frame.py), not
    every event of the program: a filter on the whole application would itself make Qt for
    Python build every class it has at the first event of an unexposed one."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(app)
        self._app = app
        after_first_frame(window, self._report)

    def _report(self) -> None:
        loaded = [name for name in LATER_MODULES if name in sys.modules]
        print(f"first-paint {time.time():.6f}", flush=True)
        print(f"first-paint-imports {' '.join(loaded) or '-'}", flush=True)
        self._app.quit()


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("ttx-desktop")
    from PySide6.QtGui import QIcon

    from ttx_desktop.paths import resource

    app.setWindowIcon(QIcon(str(resource("icons", "ttx-desktop.png"))))
    return app


def run_gui(path: Path | None = None) -> int:
    """Runs the window until it is closed; returns the exit code."""
    app = make_application(sys.argv[:1])
    settings = QSettings()
    from ttx_desktop.gui.language import install_from_settings

    install_from_settings(settings)  # before any window: widgets take their text when built
    from ttx_desktop.gui import contrast

    contrast.follow(app)  # field borders that a high-contrast palette would hide
    dialogs = Dialogs()
    window = MainWindow(dialogs, settings)
    controller = Controller(window, dialogs, settings, data_folder(), keep=data_folder().parent)
    from ttx_desktop.gui.error_handler import ErrorHandler

    ErrorHandler(app, dialogs, window)  # an error no slot caught is shown, not only printed
    window.show()
    # At once, before the event loop paints: the first frame shows the exercise, rather than
    # the empty state painted and laid out for nothing. A question asked while opening (a
    # locked or damaged file) still comes with the window behind it.
    controller.start(path)
    if os.environ.get(BENCH_FIRST_PAINT) == "1":
        FirstPaintProbe(app, window)
    code = app.exec()
    window.hide()  # a closing backup, when one is due, runs with the window already gone
    controller.close_session()
    settings.sync()
    # The process ends with this: every file is closed and the settings written. Python's
    # last collections would only walk the window's objects again (tens of milliseconds at
    # exit); moved out of the collector's sight, they are still freed with the process.
    gc.freeze()
    return code


def temporary_settings(folder: Path) -> QSettings:
    """Settings kept in a file in ``folder``, for the smoke test and for tests."""
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def temporary_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="ttx-desktop-"))
