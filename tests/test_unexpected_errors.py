"""An error no code expected, met while exporting, reaches people as a sentence in their
language that names the document and the log file; the traceback is in that file only."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_document_export import controller, trigger, wait_done
from ttx_desktop import cli, error_log
from ttx_desktop.exporters import aar
from ttx_desktop.messages import AS_JSON, from_json_line
from ttx_desktop.services import export_pack

__all__ = ["controller"]  # the window with the mini exercise open, from the export tests

CRASH = ZeroDivisionError("division by zero")


@pytest.fixture
def data_home(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program's data folder, in the test's own folder (for this process and those it
    starts). The application is made first: the export would make a windowless one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    from ttx_desktop.gui import language

    assert language.install("ru")
    yield
    language.install("en")


def crash(*_args: object, **_kwargs: object) -> bytes:
    raise CRASH


def assert_no_python_words(told: str) -> None:
    for word in ("Traceback", "ZeroDivisionError", "division by zero", 'File "'):
        assert word not in told


def assert_logged(log: Path, data_home: Path) -> None:
    assert log.is_relative_to(data_home)
    assert log.name == error_log.FILE_NAME
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details or "ZeroDivisionError" in details
    assert "ZeroDivisionError: division by zero" in details


def test_the_command_names_the_document_and_the_log(
    mini_path: Path, tmp_path: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(aar, "render", crash)
    code = cli.main(["export", "aar", str(mini_path), "-o", str(tmp_path / "aar.docx")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("ttx-desktop: The after-action report could not be written: ")
    assert "did not expect" in err
    assert_no_python_words(err)
    log = error_log.log_file()
    assert str(log) in err
    assert_logged(log, data_home)
    assert not (tmp_path / "aar.docx").exists()


def test_export_all_writes_nothing_and_names_the_document_that_failed(
    mini_path: Path, tmp_path: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(aar, "render", crash)
    monkeypatch.setattr(export_pack, "workers", lambda jobs: 1)  # in this process, where it fails
    assert cli.main(["export", "all", str(mini_path), "-o", str(tmp_path / "pack")]) == 1
    err = capsys.readouterr().err
    assert "The after-action report could not be written" in err
    assert_no_python_words(err)
    assert list((tmp_path / "pack").iterdir()) == []


def test_the_window_reads_the_sentence_in_russian(
    mini_path: Path,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    russian: None,
) -> None:
    from ttx_desktop.gui.user_text import error_text

    monkeypatch.setattr(aar, "render", crash)
    monkeypatch.setenv(AS_JSON, "1")
    assert cli.main(["export", "aar", str(mini_path), "-o", str(tmp_path / "aar.docx")]) == 1
    line = capsys.readouterr().err.splitlines()[0]
    found = from_json_line(line)
    assert found is not None
    path, detail = found
    told = error_text(cli.UserError(detail, path=path))
    assert told.startswith("Отчёт по итогам учения не удалось записать: ")
    assert "непредвиденная ошибка" in told and str(error_log.log_file()) in told
    assert_no_python_words(json.dumps(line))


def test_any_other_command_says_it_could_not_be_completed(
    mini_path: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    def broken(_args: object) -> int:
        raise KeyError("team-42")

    monkeypatch.setattr(cli, "_cmd_check", broken)
    assert cli.main(["check", str(mini_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ttx-desktop: The command could not be completed: ")
    assert "KeyError" not in err and "team-42" not in err
    assert "KeyError: 'team-42'" in error_log.log_file().read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- the window

# A headless run of the program whose report cannot be made, as the window starts it.
FAILING_RUN = """\
import sys
import ttx_desktop.exporters.aar as aar
def crash(*args, **kwargs):
    raise ZeroDivisionError("division by zero")
aar.render = crash
from ttx_desktop.cli import main
raise SystemExit(main(sys.argv[1:]))
"""
# One that dies before it can say anything of its own: Python's traceback only.
DYING_RUN = """\
import sys
sys.stderr.write('Traceback (most recent call last):\\n  File "x.py", line 1\\n'
                 'ZeroDivisionError: division by zero\\n')
raise SystemExit(1)
"""


def headless(script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from ttx_desktop.gui import background

    def command(args: list[str]) -> tuple[str, list[str]]:
        return sys.executable, ["-c", script, *args]

    monkeypatch.setattr(background, "program_command", command)


@pytest.mark.gui
def test_the_window_names_the_report_in_its_language(
    qtbot: Any,
    controller: Any,
    dialogs: Any,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    russian: None,
) -> None:
    headless(FAILING_RUN, monkeypatch)
    dialogs.path_answers.append(tmp_path / "report.docx")
    trigger(controller, "aar")
    wait_done(qtbot, controller)
    (told,) = dialogs.errors()
    assert told.startswith("Отчёт по итогам учения не удалось записать: ")
    assert_no_python_words(told)
    log = error_log.log_file()
    assert str(log) in told
    assert_logged(log, data_home)
    assert not (tmp_path / "report.docx").exists()


@pytest.mark.gui
def test_a_run_that_dies_is_told_as_a_sentence_and_logged(
    qtbot: Any,
    controller: Any,
    dialogs: Any,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    headless(DYING_RUN, monkeypatch)
    dialogs.path_answers.append(tmp_path / "cards.docx")
    trigger(controller, "cards")
    wait_done(qtbot, controller)
    (told,) = dialogs.errors()
    assert told.startswith("The inject cards could not be written: ")
    assert_no_python_words(told)
    assert str(error_log.log_file()) in told
    assert_logged(error_log.log_file(), data_home)


@pytest.mark.gui
def test_a_definition_export_that_dies_is_told_as_a_sentence(
    qtbot: Any,
    controller: Any,
    dialogs: Any,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    headless(DYING_RUN, monkeypatch)
    dialogs.path_answers.append(tmp_path / "exercise.yaml")
    controller.window.export_definition_requested.emit()
    qtbot.waitUntil(lambda: dialogs.errors() != [], timeout=60_000)
    (told,) = dialogs.errors()
    assert told.startswith("The exercise definition could not be written: ")
    assert_no_python_words(told)
    assert_logged(error_log.log_file(), data_home)
