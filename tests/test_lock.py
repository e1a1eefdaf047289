"""One writer per exercise file, across real processes; a killed holder's lock is taken over."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage_helpers import small_exercise
from ttx_desktop.storage.errors import FileLocked
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.lock import ExerciseLock, lock_path, read_holder

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 60

# Opens the file for writing, says so, and holds it until its stdin closes.
HOLD = """
import sys
from ttx_desktop.storage.exercise_file import ExerciseFile
ex = ExerciseFile.open(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()
ex.close()
"""

# Tries to open the file for writing; prints the refusal and exits 3 when it is locked.
TRY = """
import sys
from ttx_desktop.storage.errors import FileLocked
from ttx_desktop.storage.exercise_file import ExerciseFile
try:
    ExerciseFile.open(sys.argv[1]).close()
except FileLocked as exc:
    print(exc, flush=True)
    sys.exit(3)
"""


def _python(code: str, path: Path, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", code, str(path)],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "locked.ttxdb"
    ExerciseFile.create(target, small_exercise()).close()
    return target


@pytest.fixture
def holder(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has ``path`` open for writing."""
    proc = _python(HOLD, path, stdin=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "holding":
        proc.kill()
        _, err = proc.communicate(timeout=TIMEOUT_S)
        pytest.fail(f"the holding process did not start: {line!r} {err}")
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=TIMEOUT_S)


def test_a_second_process_is_refused_and_told_who_holds_the_file(path: Path) -> None:
    with ExerciseFile.open(path):
        proc = _python(TRY, path)
        out, err = proc.communicate(timeout=TIMEOUT_S)
    assert proc.returncode == 3, err
    assert str(path) in out
    assert socket.gethostname() in out
    assert f"process {os.getpid()}" in out
    assert "open it read-only" in out


def test_this_process_is_refused_while_another_holds_the_file(
    path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(FileLocked) as caught:
        ExerciseFile.open(path)
    message = str(caught.value)
    assert str(path) in message
    assert socket.gethostname() in message
    assert f"process {holder.pid}" in message
    assert f"process {holder.pid}" in caught.value.holder
    assert read_holder(path) is not None
    assert read_holder(path).pid == holder.pid  # type: ignore[union-attr]


def test_creating_over_a_held_file_is_refused_even_with_force(
    path: Path, holder: subprocess.Popen[str]
) -> None:
    before = path.read_bytes()
    with pytest.raises(FileLocked):
        ExerciseFile.create(path, small_exercise(title="Overwrite"), force=True)
    assert path.read_bytes() == before


def test_read_only_open_works_while_another_process_writes(
    path: Path, holder: subprocess.Popen[str]
) -> None:
    with ExerciseFile.open(path, readonly=True) as ex:
        assert ex.readonly
        assert ex.exercise.details().title == "Harbour Blackout"
        assert ex.log.count() == 2
    assert read_holder(path).pid == holder.pid  # type: ignore[union-attr]


def test_the_holder_lets_go_when_it_closes(path: Path, holder: subprocess.Popen[str]) -> None:
    _, err = holder.communicate(input="", timeout=TIMEOUT_S)
    assert holder.returncode == 0, err
    assert not lock_path(path).exists()
    with ExerciseFile.open(path) as ex:
        assert not ex.readonly


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_lock_of_a_killed_process_is_taken_over(
    path: Path, holder: subprocess.Popen[str]
) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate(timeout=TIMEOUT_S)
    assert holder.returncode == -signal.SIGKILL
    stale = read_holder(path)
    assert stale is not None and stale.pid == holder.pid  # it died without tidying up

    with ExerciseFile.open(path) as ex:
        assert read_holder(path).pid == os.getpid()  # type: ignore[union-attr]
        assert ex.exercise.details().title == "Harbour Blackout"
        proc = _python(TRY, path)
        out, _ = proc.communicate(timeout=TIMEOUT_S)
        assert proc.returncode == 3
        assert f"process {os.getpid()}" in out
    assert not lock_path(path).exists()


# --- within one process ----------------------------------------------------------------------


def test_the_lock_file_names_the_holder_and_is_removed_on_close(path: Path) -> None:
    ex = ExerciseFile.open(path)
    data = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    ex.close()
    assert not lock_path(path).exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_second_writer_in_the_same_process_is_refused(path: Path) -> None:
    with ExerciseFile.open(path), pytest.raises(FileLocked):
        ExerciseFile.open(path)
    with ExerciseFile.open(path):  # and the refusal did not disturb the first one's lock
        pass


def test_read_only_open_takes_no_lock(path: Path) -> None:
    with ExerciseFile.open(path, readonly=True), ExerciseFile.open(path) as writer:
        assert not writer.readonly
    assert not lock_path(path).exists()


def test_releasing_twice_is_harmless(path: Path) -> None:
    lock = ExerciseLock(path)
    with lock:
        assert lock.held
    lock.release()
    assert not lock.held
    assert not lock_path(path).exists()


def test_a_lock_file_with_garbage_in_it_is_taken_over(path: Path) -> None:
    lock_path(path).write_bytes(b"\x00not json")
    with ExerciseFile.open(path):
        assert read_holder(path).pid == os.getpid()  # type: ignore[union-attr]
    assert not lock_path(path).exists()
