"""The code stays lint-clean (the phone pages' JavaScript too), typed, and its compiled Designer
forms match their .ui files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
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
