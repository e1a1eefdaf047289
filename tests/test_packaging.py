"""The program as people get it: the PyInstaller folder from build.spec, and `pip install .`
into a fresh environment. Both run from a folder outside the checkout, so that nothing of the
checkout can stand in for what the package forgot."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ttx_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "countering-terrorist-use-of-internet.yaml"
DOCUMENTS = ("minutes", "after-action-report", "situation-manual", "inject-cards", "msel")
# The bundle leaves out the Qt modules the program does not use.
UNWANTED = (
    *("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6VirtualKeyboard", "Qt6Pdf", "Qt6Multimedia"),
    *("libssl", "libcrypto", "_ssl.", "readline."),  # no TLS, no interactive interpreter
)
LIMIT_MB = 175  # about 150 MB on Linux; the limit leaves room for other systems' libraries


def _environment(home: Path) -> dict[str, str]:
    """A clean environment: no path into the checkout, settings and data in ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> str:
    result = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result.stdout


def _exercise_and_documents(
    program: list[str], sample: Path, work: Path, env: dict[str, str]
) -> None:
    """--version, --smoke-test, a new exercise from the bundled sample, and export all."""
    assert _run([*program, "--version"], work, env).strip() == f"ttx-desktop {__version__}"
    assert "smoke test passed" in _run([*program, "--smoke-test"], work, env)
    _run([*program, "new", str(sample), "-o", "exercise.ttxdb"], work, env)
    _run([*program, "export", "all", "exercise.ttxdb", "-o", "out"], work, env)
    written = {path.name for path in (work / "out").iterdir()}
    for name in DOCUMENTS:
        assert f"exercise-{name}.docx" in written, written
    assert "exercise-msel.xlsx" in written


def _size_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None or sys.platform != "linux",
    reason="needs PyInstaller (the build extra); the folder is checked on Linux",
)
def test_the_pyinstaller_folder_runs_on_its_own(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    _run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(tmp_path / "build"), "build.spec"],
        ROOT, dict(os.environ), timeout=1800,
    )  # fmt: skip
    folder = dist / "ttx-desktop"
    program = folder / "ttx-desktop"
    data = folder / "_internal" / "ttx_desktop"
    for part in (
        f"samples/{SAMPLE}",
        "resources/translations/ttx_desktop_ru.qm",
        "resources/licenses/THIRD-PARTY.txt",
        "resources/icons/ttx-desktop.png",
        "help/user-guide.md",
        "help/user-guide.ru.md",
        "help/screenshots/run-view.png",
    ):
        assert (data / part).is_file(), part
    names = [p.name for p in folder.rglob("*")]
    assert not [n for n in names if n.startswith(UNWANTED)]
    size = _size_mb(folder)
    print(f"the folder is {size:.0f} MB")  # shown with pytest -s
    assert size < LIMIT_MB, f"the folder is {size:.0f} MB"

    work.mkdir()
    # The folder is moved, as a facilitator carries it: nothing may point back at dist/.
    carried = tmp_path / "usb stick" / "TTX Desktop"
    carried.parent.mkdir()
    folder.rename(carried)
    program = carried / "ttx-desktop"
    sample = carried / "_internal" / "ttx_desktop" / "samples" / SAMPLE
    _exercise_and_documents([str(program)], sample, work, _environment(tmp_path / "home"))


def test_pip_install_into_a_fresh_environment_gives_the_same_program(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    _run([base, "-m", "venv", str(venv)], tmp_path, dict(os.environ))
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    env = _environment(tmp_path / "home")
    _run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-c", str(ROOT / "constraints.txt"), str(ROOT)],
        tmp_path, env, timeout=1800,
    )  # fmt: skip
    program = python.with_name("ttx-desktop")
    installed = _run(
        [str(python), "-c", "from ttx_desktop.paths import sample; print(sample('en'))"],
        tmp_path,
        env,
    ).strip()
    assert str(venv) in installed  # the sample ships in the package, not read from the checkout
    work = tmp_path / "work"
    work.mkdir()
    _exercise_and_documents([str(program)], Path(installed), work, env)
    guide = _run(
        [str(python), "-c", "from ttx_desktop.paths import user_guide; print(user_guide())"],
        tmp_path,
        env,
    ).strip()
    assert str(venv) in guide and Path(guide).is_file()
