"""The whole program starts, shows every view, logs an entry and quits 0, as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_smoke_test_runs_as_a_subprocess(tmp_path: Path) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, "-m", "ttx_desktop", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
