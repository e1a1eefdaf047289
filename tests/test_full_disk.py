"""A disk that fills up while logging: the entry is refused, nothing committed is lost, and
it saves once there is room again. The writer runs with RLIMIT_FSIZE in a process of its own:
no root, no special file system."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.storage_helpers import small_exercise
from tests.test_kill import integrity, stored_ids, writer
from ttx_desktop.storage.exercise_file import ExerciseFile, save_copy

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def test_a_full_disk_refuses_the_entry_keeps_the_rest_and_saves_once_freed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "exercise.ttxdb"
    with ExerciseFile.create(path, small_exercise()) as file:
        save_copy(file, tmp_path / "other.ttxdb")
    limit = path.stat().st_size + 60_000  # room in the log for a few dozen entries
    proc = writer("log", path, tmp_path / "backups", tmp_path / "other.ttxdb", "--fsize", limit)
    out, errors = proc.communicate(timeout=120)
    assert proc.returncode == 0, errors
    lines = out.splitlines()
    refusals = [line for line in lines if line.startswith("refused")]
    freed = lines.index("space freed")
    acked = [line[4:] for line in lines if line.startswith("ack ")]
    before = [line for line in lines[:freed] if line.startswith("ack ")]
    assert len(refusals) == 3 and len(before) >= 5
    for refusal in refusals:  # storage's own error, saying what happened and where
        kind, told = refusal.split(" ", 2)[1:]
        assert kind in {"DiskFull", "DiskError"}  # SQLite's FULL, or its IOERR on a short write
        assert told.startswith(f"{path}: ")
        assert "disk is full" in told or "could not be read or written" in told
    assert lines[freed + 1].startswith("ack ")  # the same entry, tried again, now saved
    ids = stored_ids(path)
    assert set(acked) <= set(ids) and all(ids[i] == 1 for i in acked)
    assert len(ids) == 2 + len(acked)  # the refused attempts left no half-entry behind
    assert integrity(path) == "ok"
    with ExerciseFile.open(path) as reopened:
        assert reopened.exercise.counts()["entries"] == 2 + len(acked)
