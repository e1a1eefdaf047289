"""The interface meets the exercise file only through storage's StorageErrors: no module under
gui/ imports sqlite3, nor the command line's helpers (whose words are English only)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[1] / "ttx_desktop" / "gui"
BANNED = ("sqlite3", "ttx_desktop.cli", "ttx_desktop.cli_summary")


def imported(source: str) -> set[str]:
    """Every module ``source`` imports, wherever the import stands (also inside a function),
    with the names a ``from`` import takes from its package."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _banned(name: str) -> bool:
    return any(name == b or name.startswith(b + ".") for b in BANNED)


@pytest.mark.parametrize("module", sorted(GUI.rglob("*.py")), ids=lambda p: str(p.relative_to(GUI)))
def test_no_gui_module_imports_sqlite3_or_the_command_line(module: Path) -> None:
    found = sorted(n for n in imported(module.read_text(encoding="utf-8")) if _banned(n))
    assert found == [], f"{module.name} imports {', '.join(found)}: catch StorageError instead"


def test_the_check_sees_every_way_of_importing() -> None:
    source = (
        "import sqlite3 as db\n"
        "def later():\n"
        "    from ttx_desktop import cli_summary\n"
        "    from ttx_desktop.cli_summary import counts_text\n"
    )
    assert {"sqlite3", "ttx_desktop.cli_summary"} <= imported(source)
    assert not _banned("ttx_desktop.client") and _banned("ttx_desktop.cli")
