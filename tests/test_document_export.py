"""File → Export documents in the console: each document, or all of them into a folder,
written by a headless run of the program while the window goes on; progress, the result to
open, and a clear message when a document cannot be written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QMenu

from tests.export_helpers import heading_texts, reopen
from ttx_desktop.domain.documents import DOCUMENTS

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(qtbot: Any, tmp_path: Path, mini_path: Path, dialogs: Any) -> Any:
    from ttx_desktop.app import Controller, temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    settings = temporary_settings(tmp_path)
    window = MainWindow(dialogs, settings)
    qtbot.addWidget(window)
    made = Controller(window, dialogs, settings, tmp_path)
    assert made.open(mini_path)
    yield made
    made.close_session()


def export_menu(controller: Any) -> QMenu:
    file = controller.window.menuBar().actions()[0].menu()
    menu = next(
        a.menu() for a in file.actions() if a.menu() and a.menu().objectName() == "exportMenu"
    )
    assert isinstance(menu, QMenu)
    return menu


def trigger(controller: Any, kind: str) -> None:
    action = next(a for a in export_menu(controller).actions() if a.data() == kind)
    action.trigger()


def wait_done(qtbot: Any, controller: Any) -> None:
    qtbot.waitUntil(lambda: not controller.documents.running, timeout=180_000)


def test_the_file_menu_offers_each_document_and_all(controller: Any) -> None:
    menu = export_menu(controller)
    kinds = [a.data() for a in menu.actions() if a.data()]
    assert kinds == [*DOCUMENTS, "all"]
    assert menu.isEnabled()
    controller.close_session()
    assert not export_menu(controller).isEnabled()


def test_one_document_is_written_off_the_ui_thread_then_offered_to_open(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    controller.documents.open_url = opened.append
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    target = tmp_path / "manual"  # the suffix is added
    dialogs.path_answers.append(target)
    trigger(controller, "sitman")
    assert controller.documents.running and not controller.documents.progress.isHidden()
    wait_done(qtbot, controller)
    timer.stop()
    assert ticks, "the window's event loop did not run during the export"
    assert dialogs.errors() == []
    written = tmp_path / "manual.docx"
    assert heading_texts(reopen(written.read_bytes()), 1)[0] == "Handling instructions"
    assert "Exported" in controller.window.statusBar().currentMessage()
    assert controller.documents.progress.isHidden()
    links = controller.documents.links
    assert not links.isHidden() and "Show in folder" in links.text()
    links.linkActivated.emit("open")
    links.linkActivated.emit("folder")
    assert [u.toLocalFile() for u in opened] == [str(written), str(tmp_path)]


def test_all_documents_go_into_a_folder_with_progress(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    dialogs.path_answers.append(folder)
    done: list[list[Path]] = []
    controller.documents.exported.connect(done.append)
    trigger(controller, "all")
    progress = controller.documents.progress
    assert progress.maximum() == len(DOCUMENTS)
    wait_done(qtbot, controller)
    assert dialogs.errors() == []
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"mini-{d.filename}.docx" for d in DOCUMENTS.values())
    assert done and len(done[0]) == len(DOCUMENTS)
    assert progress.value() == len(DOCUMENTS)
    assert f"Exported {len(DOCUMENTS)} documents" in controller.window.statusBar().currentMessage()


def test_all_asks_before_replacing_documents_in_the_folder(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    existing = tmp_path / "mini-minutes.docx"
    existing.write_bytes(b"kept")
    dialogs.path_answers.append(tmp_path)
    dialogs.confirm_answers.append(False)
    trigger(controller, "all")
    assert not controller.documents.running
    assert [kind for kind, _, _ in dialogs.shown].count("confirm") == 1
    assert existing.read_bytes() == b"kept"


def test_a_document_that_cannot_be_written_says_which_and_why(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "guide.docx"
    dialogs.path_answers.append(target)
    trigger(controller, "guide")
    wait_done(qtbot, controller)
    assert dialogs.errors() == [f"{target}: its folder does not exist"]
    assert controller.documents.progress.isHidden()
    assert controller.documents.links.isHidden()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write a read-only folder"
)
def test_a_read_only_folder_is_named_in_the_message(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        dialogs.path_answers.append(folder / "cards.docx")
        trigger(controller, "cards")
        wait_done(qtbot, controller)
    finally:
        folder.chmod(0o755)
    assert len(dialogs.errors()) == 1
    assert "cards.docx: could not be written" in dialogs.errors()[0]
    assert list(folder.iterdir()) == []


def test_a_second_export_waits_for_the_first(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    dialogs.path_answers.append(tmp_path / "eeg.docx")
    trigger(controller, "eeg")
    trigger(controller, "minutes")  # while the first runs: told, not started
    assert ("info", "Export", "An export is still running.") in dialogs.shown
    wait_done(qtbot, controller)
    assert (tmp_path / "eeg.docx").is_file() and not (tmp_path / "minutes.docx").exists()


def test_also_save_as_pdf_is_remembered_and_says_when_libreoffice_is_missing(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    """Without LibreOffice (tests/conftest.py points the finder at nothing) the PDF is
    refused with a sentence, and the Word document is not written half-way."""
    pdf = next(a for a in export_menu(controller).actions() if a.objectName() == "exportPdfAction")
    assert pdf.isCheckable() and not pdf.isChecked()
    pdf.trigger()
    assert controller.settings.value("export/pdfToo", False, type=bool)
    target = tmp_path / "report.docx"
    dialogs.path_answers.append(target)
    trigger(controller, "aar")
    wait_done(qtbot, controller)
    assert len(dialogs.errors()) == 1
    assert "saving as PDF needs LibreOffice" in dialogs.errors()[0]
    assert not target.exists()
