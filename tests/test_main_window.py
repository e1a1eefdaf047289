"""The main window around a session: the views it builds only when needed, and the hidden
first-paint report the start-up benchmark reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window: Any) -> Any:
    return shown_window


def test_the_log_and_prepare_views_wait_until_they_are_needed(window: Any) -> None:
    assert "log" not in window.panels
    assert "prepare" not in window.panels
    window.show_view("log")
    assert type(window.panels["log"]).__name__ == "LogPanel"
    assert window.panels["log"].isVisible()
    assert "prepare" not in window.panels
    window.show_view("prepare")
    assert type(window.panels["prepare"]).__name__ == "AuthoringPanel"
    assert window.panels["prepare"].isVisible()


def test_the_menus_hold_every_view_s_actions_when_opened(window: Any) -> None:
    edit = window._menus["edit"]
    edit.aboutToShow.emit()
    texts = [a.text().replace("&", "") for a in window._menus["edit"].actions()]
    assert "Add row" in texts
    log = [a.text().replace("&", "") for a in window._menus["log"].actions()]
    assert "Find in log" in log


def test_the_shortcut_list_names_the_views_not_yet_shown(window: Any) -> None:
    actions = {action for _menu, action, _keys in window.all_shortcuts()}
    assert {"Add row", "Find in log", "Tag as strength"} <= actions


def test_a_logged_entry_shows_in_a_log_view_built_later(window: Any, session: Any) -> None:
    team = session.exercise.teams[0]
    session.log.log("decision", "Before the Log view was built", team_id=team.id)
    window.show_view("log")
    model = window.panels["log"].model
    assert [model.entry_at(n).text for n in range(model.rowCount())] == [
        "Before the Log view was built"
    ]


def test_the_program_reports_its_first_paint_and_quits(tmp_path: Path, mini_path: Path) -> None:
    env = os.environ | {
        "TTX_BENCH_FIRST_PAINT": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "ttx_desktop", str(mini_path)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    assert len(lines) == 1
    assert float(lines[0].split()[1]) > 0
