"""The code stays lint-clean (the phone pages' JavaScript too), typed, layered without
circles, and its compiled Designer forms match their .ui files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ttx_desktop.gui import build_forms

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_check_is_clean() -> None:
    result = run(tool("ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = run(tool("ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = run(tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_checks_every_layer_but_the_generated_forms() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert config["files"] == ["ttx_desktop"]
    let_off = [o["module"] for o in config["overrides"] if o.get("ignore_errors")]
    assert let_off == [["ttx_desktop.gui.forms.*"]]


def test_a_panel_that_breaks_the_window_contract_fails_mypy(tmp_path: Path) -> None:
    bad = tmp_path / "bad_panel.py"
    bad.write_text(
        "from PySide6.QtGui import QAction\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from ttx_desktop.gui.panel import window_panel\n"
        "@window_panel\n"
        "class BadPanel(QWidget):  # no shortcut_help, and its actions are not QActions\n"
        "    def __init__(self) -> None:\n"
        "        super().__init__()\n"
        "        self.actions_for_menu: list[tuple[str, object]] = []\n",
        encoding="utf-8",
    )
    result = run(tool("mypy"), str(bad))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BadPanel" in result.stdout and "window_panel" in result.stdout


def lint_imports(contract: str) -> subprocess.CompletedProcess[str]:
    """One contract of pyproject.toml's [tool.importlinter], checked afresh (no cache)."""
    return run(tool("lint-imports"), "--no-cache", "--contract", contract)


def test_imports_point_down_the_layers() -> None:
    """A wrong-way import (domain importing storage, services importing gui...) fails here,
    wherever it is written: at the top of a module, inside a function, under TYPE_CHECKING."""
    result = lint_imports("layers")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_import_circles() -> None:
    """No two modules import each other, however far round: not hidden in a function either."""
    result = lint_imports("acyclic")
    assert result.returncode == 0, result.stdout + result.stderr


def test_eslint_is_clean_over_the_phone_pages_javascript() -> None:
    node = shutil.which("node")
    if node is None or shutil.which("npm") is None:
        pytest.skip("Node.js and npm are not installed (./dev test installs them when root)")
    eslint = ROOT / "node_modules" / "eslint" / "bin" / "eslint.js"
    if not eslint.exists():
        pytest.skip("eslint is not installed in node_modules (./dev test or npm ci installs it)")
    result = run(node, str(eslint), "--format", "json", ".")
    found = json.loads(result.stdout or "[]")
    problems = [
        f"{Path(f['filePath']).name}:{m.get('line')}: {m['message']} ({m.get('ruleId')})"
        for f in found
        for m in f["messages"]
    ]
    assert result.returncode == 0 and problems == [], "\n".join(problems) or result.stderr
    linted = {Path(f["filePath"]).relative_to(ROOT).as_posix() for f in found}
    static = ROOT / "ttx_desktop" / "room" / "static"
    assert {p.relative_to(ROOT).as_posix() for p in static.glob("*.js")} <= linted


@pytest.mark.parametrize("source", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_forms_match_their_ui_files(source: Path) -> None:
    compiled = build_forms.target(source)
    assert compiled.exists(), f"{compiled} is missing: run ./dev forms"
    assert compiled.read_text(encoding="utf-8") == build_forms.compile_form(source), (
        f"{compiled.name} is out of date with {source.name}: run ./dev forms"
    )
