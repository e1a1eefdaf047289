"""File → Export's menu: one action per document, "all", and "Also save as PDF"; and where
documents go by default (Documents/TTX Desktop/EXERCISE TITLE/)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QMenu

from ttx_desktop.domain.documents import DOCUMENTS

ALL = "all"
PDF_SETTING = "export/pdfToo"  # File → Export documents → Also save as PDF


def documents_folder() -> Path:
    """The user's own Documents folder, where exports go unless chosen otherwise."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(base) if base else Path.home() / "Documents"


def export_folder(base: Path, title: str) -> Path:
    """``base``/TTX Desktop/TITLE: a folder per exercise that the user can find again."""
    safe = "".join(c if c.isalnum() or c in " -_.,()" else "_" for c in title).strip(" .")
    return base / "TTX Desktop" / (safe[:80] or "exercise")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentExport", text)


def titles() -> dict[str, str]:
    """Each document's menu text, in the catalog's order."""
    known = {
        "minutes": _tr("&Minutes…"),
        "aar": _tr("&After-action report…"),
        "sitman": _tr("&Situation manual…"),
        "guide": _tr("&Facilitator guide…"),
        "cards": _tr("Inject &cards…"),
        "msel-doc": _tr("MSEL (&Word table)…"),
        "eeg": _tr("&Evaluation guide…"),
        "recommendations": _tr("Policy &recommendations…"),
    }
    return {kind: known.get(kind, f"{kind}…") for kind in DOCUMENTS}


def add_export_menu(
    menu: QMenu,
    requested: Callable[[str], object],
    *,
    enabled: bool,
    settings: QSettings | None = None,
) -> QMenu:
    """Adds File → Export with one action per document and "Export all documents…";
    each calls ``requested`` with the document's kind (or "all"). "Also save as PDF" is
    kept in ``settings``."""
    settings = settings if settings is not None else QSettings()
    for old in menu.findChildren(QMenu, "exportMenu"):  # left by the menu's last rebuild
        old.deleteLater()
    export = menu.addMenu(_tr("Export &documents"))
    export.setObjectName("exportMenu")
    for kind, text in titles().items():
        action = export.addAction(text)
        action.setData(kind)
        action.triggered.connect(lambda _checked=False, k=kind: requested(k))
    export.addSeparator()
    every = export.addAction(_tr("E&xport all documents…"))
    every.setData(ALL)
    every.triggered.connect(lambda _checked=False: requested(ALL))
    export.addSeparator()
    pdf = export.addAction(_tr("Also save as &PDF"))
    pdf.setObjectName("exportPdfAction")
    pdf.setCheckable(True)
    pdf.setChecked(pdf_too(settings))
    pdf.setToolTip(_tr("Saves a PDF beside each Word document (needs LibreOffice)"))
    pdf.toggled.connect(lambda on: settings.setValue(PDF_SETTING, on))
    export.setEnabled(enabled)
    return export


def pdf_too(settings: QSettings) -> bool:
    """Whether exports save a PDF beside each Word document (remembered between runs)."""
    return bool(settings.value(PDF_SETTING, False, type=bool))
