"""Where exports go: a visible folder per exercise under Documents, and a notice over the
window that says where, with a button that opens the folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QUrl

from ttx_desktop.gui.export_menu import export_folder

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(qtbot: Any, tmp_path: Path, mini_path: Path, dialogs: Any) -> Any:
    from ttx_desktop.app import Controller, temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    settings = temporary_settings(tmp_path)
    window = MainWindow(dialogs, settings, available=lambda: QRect(0, 0, 1366, 728))
    qtbot.addWidget(window)
    window.show()
    made = Controller(window, dialogs, settings, tmp_path)
    made.documents.documents = lambda: tmp_path / "Documents"
    assert made.open(mini_path)
    yield made
    made.close_session()


def _wait(qtbot: Any, controller: Any) -> None:
    qtbot.waitUntil(lambda: not controller.documents.running, timeout=120_000)


def test_one_document_is_offered_in_the_exercise_s_documents_folder_and_a_notice_says_where(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    controller.documents.open_url = opened.append
    folder = tmp_path / "Documents" / "TTX Desktop" / "Mini exercise_ flood at Riverton"
    folder.mkdir(parents=True)  # as the real file chooser does, to start in it
    dialogs.path_answers.append(folder / "minutes.docx")
    controller.documents.export("minutes")
    assert dialogs.suggested == [str(folder / "mini-minutes.docx")]
    _wait(qtbot, controller)
    assert dialogs.errors() == []
    notice = controller.documents.notice
    assert notice is not None and notice.isVisible()
    assert str(folder) in notice.text.text() and "minutes.docx" in notice.text.text()
    assert controller.window.rect().contains(notice.geometry())  # inside the window at 1366
    assert not notice.hasFocus()
    notice.button.click()
    assert [u.toLocalFile() for u in opened] == [str(folder)]
    assert not notice.isVisible()


def test_all_documents_start_in_the_same_folder(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    dialogs.path_answers.append(None)  # the user looked, then cancelled
    controller.documents.export("all")
    start = dialogs.folder_starts[0]
    assert start == tmp_path / "Documents" / "TTX Desktop" / "Mini exercise_ flood at Riverton"


def test_the_export_folder_is_named_after_the_title_and_stays_inside_its_base() -> None:
    base = Path("/base")
    assert export_folder(base, "Flood: day 1") == base / "TTX Desktop" / "Flood_ day 1"
    assert export_folder(base, "../../etc").parent == base / "TTX Desktop"
    assert export_folder(base, "") == base / "TTX Desktop" / "exercise"


def test_the_definition_is_offered_beside_the_documents_and_a_notice_says_where(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "Documents" / "TTX Desktop" / "Mini exercise_ flood at Riverton"
    folder.mkdir(parents=True)
    dialogs.path_answers.append(folder / "mini.yaml")
    controller.window.export_definition_requested.emit()
    assert dialogs.suggested == [str(folder / "mini.yaml")]
    qtbot.waitUntil(lambda: not controller.export_job.running, timeout=60_000)
    assert dialogs.errors() == []
    notice = controller.window.notice
    assert notice is not None and notice.isVisible() and "mini.yaml" in notice.text.text()
