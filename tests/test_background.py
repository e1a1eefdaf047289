"""Slow work off the UI thread: worker threads, headless runs of the program, and the export
of the definition from the window, which goes that way."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from ttx_desktop.errors import UserError
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.gui.background import run_in_background, run_program
from ttx_desktop.messages import Text

pytestmark = pytest.mark.gui


def test_a_thread_job_reports_its_value_on_the_ui_thread(qtbot: Any) -> None:
    ui = threading.get_ident()
    seen: list[tuple[object, int]] = []
    worker: list[int] = []

    def work() -> str:
        worker.append(threading.get_ident())
        return "done"

    job = run_in_background(work, lambda value: seen.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: not job.running)
    assert seen == [("done", ui)]
    assert worker and worker[0] != ui


def test_a_thread_job_reports_its_exception(qtbot: Any) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    job = run_in_background(work, failed=failures.append)
    qtbot.waitUntil(lambda: not job.running)
    assert isinstance(failures[0], OSError)


def test_a_program_job_gives_the_program_s_output(qtbot: Any) -> None:
    outputs: list[str] = []
    job = run_program(["--version"], outputs.append)
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert outputs and outputs[0].startswith("ttx-desktop ")


def test_a_program_job_that_fails_gives_its_one_line_message(qtbot: Any, tmp_path: Path) -> None:
    missing = tmp_path / "missing.ttxdb"
    failures: list[BaseException] = []
    job = run_program(["check", str(missing)], failed=failures.append)
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert isinstance(failures[0], UserError)
    message = str(failures[0])
    assert "missing.ttxdb" in message
    assert not message.startswith("ttx-desktop:")
    assert "Traceback" not in message
    # It came back as the message itself, so the window can show it translated.
    assert isinstance(failures[0].detail, Text) and failures[0].detail == "no such file"
    assert failures[0].path == str(missing)


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


def test_the_definition_exports_in_the_background_with_the_log(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    session = controller.session
    team = session.exercise.teams[0]
    session.log.log("decision", "Logged before the export", team_id=team.id)
    target = tmp_path / "out.yaml"
    dialogs.path_answers.append(target)
    controller.window.export_definition_requested.emit()
    assert controller.export_job is not None
    qtbot.waitUntil(lambda: not controller.export_job.running, timeout=60_000)
    assert dialogs.errors() == []
    exported = load_definition(target)
    assert exported.title == session.exercise.title
    assert [e.text for e in exported.log] == ["Logged before the export"]
    assert "Exported the definition" in controller.window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_why(
    qtbot: Any, controller: Any, dialogs: Any, tmp_path: Path
) -> None:
    dialogs.path_answers.append(tmp_path / "no such folder" / "out.yaml")
    controller.window.export_definition_requested.emit()
    qtbot.waitUntil(lambda: not controller.export_job.running, timeout=60_000)
    assert len(dialogs.errors()) == 1
    assert "out.yaml" in dialogs.errors()[0]
