"""File → Import MSEL spreadsheet… (and a spreadsheet dropped on the window): which file,
then the import dialog on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QWidget

from ttx_desktop.formats.msel_plan import ImportPlan
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.msel_import_dialog import MselImportDialog
from ttx_desktop.services.session import Session

SPREADSHEETS = "*.xlsx *.xlsm *.xls *.csv *.tsv *.txt"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MselImportDialog", text)


def start_import(
    parent: QWidget,
    session: Session | None,
    dialogs: Dialogs,
    settings: QSettings | None,
    *,
    path: Path | None = None,
    opened: Callable[[Path], object] | None = None,
    status: Callable[[str], object] | None = None,
) -> MselImportDialog | None:
    """Asks for a spreadsheet (unless given) and opens the import dialog on it, window-modal.
    ``opened`` gets a new exercise file made from it; ``status`` a line for the status bar."""
    if path is None:
        path = dialogs.open_file(
            parent,
            _tr("Import MSEL spreadsheet"),
            _tr("Spreadsheets ({0})").format(SPREADSHEETS),
        )
    if path is None:
        return None
    dialog = MselImportDialog(path, session, dialogs, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    name = path.name

    def imported(plan: ImportPlan) -> None:
        if status is not None:
            count = len(plan.injects)
            text = (
                _tr("Imported {0} injects from {1}")
                if count != 1
                else _tr("Imported {0} inject from {1}")
            )
            status(text.format(count, name) + " — " + _tr("Edit → Undo takes them out"))

    dialog.imported.connect(imported)
    if opened is not None:
        dialog.created.connect(opened)
    dialog.open()
    dialog.start()
    return dialog
