"""Compiles ui/*.ui (Qt Designer) into ttx_desktop/gui/forms/ui_*.py with pyside6-uic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
FORMS = ROOT / "ttx_desktop" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return found


def compile_form(source: Path) -> str:
    """The Python that pyside6-uic makes of one .ui file."""
    result = subprocess.run(  # noqa: S603 - our own tool on our own files
        [uic(), "-g", "python", str(source)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def target(source: Path) -> Path:
    return FORMS / f"ui_{source.stem}.py"


def main() -> int:
    for source in sorted(UI.glob("*.ui")):
        target(source).write_text(compile_form(source), encoding="utf-8")
        print(f"{source.relative_to(ROOT)} -> {target(source).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
