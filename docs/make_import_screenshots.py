"""Takes the MSEL import dialog's screenshot from the real program, on a test spreadsheet.

Run under a real display (for example Xvfb):
`python docs/make_import_screenshots.py docs/screenshots [SPREADSHEET]`.
It opens the bundled sample exercise, then File → Import MSEL spreadsheet… on the HSEEP-style
workbook of the tests (a title block, merged cells, section headings), and grabs the dialog.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from ttx_desktop.app import make_application
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.gui.msel_import_dialog import MselImportDialog
from ttx_desktop.paths import sample
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile

ROOT = Path(__file__).resolve().parents[1]
SPREADSHEET = ROOT / "tests" / "data" / "hseep_title_block.xlsx"


def main(out: Path, spreadsheet: Path) -> int:
    app = make_application(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="ttx-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    path = folder / "exercise.ttxdb"
    ExerciseFile.create(path, load_definition(Path(str(sample("en"))))).close()
    session = Session(ExerciseFile.open(path))
    window = MainWindow(Dialogs(), settings)
    window.set_session(session)
    window.show()
    dialog = window.import_msel(spreadsheet)
    assert isinstance(dialog, MselImportDialog)
    dialog.resize(1180, 760)
    dialog.ui.newFileRadio.setChecked(True)  # the sample's modules start later than this MSEL
    deadline = time.monotonic() + 20
    while dialog.plan is None and dialog.message.isHidden() and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    dialog.grab().save(str(out / "msel-import.png"))
    dialog.reject()
    window.set_session(None)
    session.close()
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    source = Path(sys.argv[2]) if len(sys.argv) > 2 else SPREADSHEET
    sys.exit(main(target, source))
