"""The headless program, run as a real subprocess: exit codes, messages, and what is on disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_log_service import make_exercise
from ttx_desktop import __version__, cli, paths
from ttx_desktop.domain.clock import ClockState
from ttx_desktop.domain.model import EntryKind, Exercise
from ttx_desktop.services.clock_service import ClockService
from ttx_desktop.storage import schema
from ttx_desktop.storage.exercise_file import ExerciseFile

COMMANDS = ("new", "validate", "log", "check", "export")

DEFINITION = """\
format: ttx-exercise/1
exercise:
  title: "River flood drill"
  dates:
    start: 2026-08-21
  venue: "Town hall"
teams:
  - code: LEA
    name: "Law enforcement"
  - code: ICT
    name: "ICT industry"
participants:
  - name: "Ана Иванова"
    team: LEA
modules:
  - number: 1
    title: "Morning"
    start: "09:30"
injects:
  - number: 1
    module: 1
    time: "09:45"
    title: "Water rises"
    to: [LEA]
  - number: 2
    module: 1
    time: "T+1:00"
    title: "Power out"
    to: [LEA, ICT]
"""

# Two problems: an unknown team (line 14) and an inject with no title (line 16).
BROKEN = """\
format: ttx-exercise/1
exercise:
  title: "Broken drill"
teams:
  - code: LEA
    name: "Law enforcement"
modules:
  - number: 1
    title: "Morning"
injects:
  - number: 1
    module: 1
    time: "T+0:10"
    to: [MED]
"""


def ttx(
    *args: object, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-m", "ttx_desktop", *map(str, args)],
        input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
        cwd=cwd, check=False,
    )  # fmt: skip


def assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def assert_user_error(result: subprocess.CompletedProcess[str], path: Path, *words: str) -> str:
    """Exit 1, one line on stderr that names the file, and no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ttx-desktop: ")
    assert path.name in lines[0]
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def definition(tmp_path: Path) -> Path:
    path = tmp_path / "drill.yaml"
    path.write_text(DEFINITION, encoding="utf-8")
    return path


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, Exercise]:
    """An exercise file made in-process (no YAML needed) and the exercise it holds."""
    exercise = make_exercise()
    path = tmp_path / "stored.ttxdb"
    ExerciseFile.create(path, exercise).close()
    return path, exercise


def load(path: Path) -> Exercise:
    with ExerciseFile.open(path, readonly=True) as xf:
        return xf.exercise.load()


# -- the program ---------------------------------------------------------------------------


def test_version() -> None:
    result = ttx("--version")
    assert_ok(result)
    assert result.stdout.strip() == f"ttx-desktop {__version__}"


def test_help_names_every_command_and_each_has_an_example() -> None:
    result = ttx("--help")
    assert_ok(result)
    for command in COMMANDS:
        assert f"ttx-desktop {command} " in result.stdout
        sub = ttx(command, "--help")
        assert_ok(sub)
        assert f"example:\n  ttx-desktop {command} " in sub.stdout


def test_the_window_knows_every_command_without_building_the_parser() -> None:
    # `ttx-desktop FILE` is told from a command by the program's own list of commands.
    assert cli.command_names(cli.build_parser()) == cli.COMMANDS


@pytest.mark.parametrize(
    "args",
    [("frobnicate", "x.ttxdb"), ("new", "drill.yaml"), ("export", "pdf", "x.ttxdb", "-o", "x.pdf")],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = ttx(*args)
    assert result.returncode == 2
    assert "usage: ttx-desktop" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(
    not paths.sample("en").is_file(), reason="the English sample is not written yet"
)
def test_summary_without_a_file_summarises_the_bundled_sample() -> None:
    result = ttx("summary")
    assert_ok(result)
    lines = result.stdout.splitlines()
    assert lines[0].strip()  # the title
    for heading in ("Dates:", "Teams (", "Modules (", "Injects ("):
        assert heading in result.stdout


def test_summary_of_a_file(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    result = ttx("summary", path)
    assert_ok(result)
    assert result.stdout.startswith("River flood drill\n")
    assert "Teams (2):" in result.stdout
    assert "Injects (3):" in result.stdout
    assert "09:45  [Day 1, 06:10]  Water rises  -> LEA" in result.stdout  # 09:30 + 15 min
    assert "Ҳисобот: рапорт" in result.stdout


def test_a_missing_file_argument_is_a_user_error(tmp_path: Path) -> None:
    assert_user_error(ttx(tmp_path / "nowhere.ttxdb"), tmp_path / "nowhere.ttxdb", "no such file")


# -- new -----------------------------------------------------------------------------------


def test_new_creates_the_exercise_file(tmp_path: Path, definition: Path) -> None:
    target = tmp_path / "drill.ttxdb"
    result = ttx("new", definition, "-o", target)
    assert_ok(result)
    assert "2 injects, 2 teams, 1 module, 1 participant" in result.stdout
    exercise = load(target)
    assert exercise.title == "River flood drill"
    assert [i.number for i in exercise.injects] == [1, 2]
    assert exercise.participants[0].name == "Ана Иванова"


def test_new_refuses_to_overwrite_unless_forced(tmp_path: Path, definition: Path) -> None:
    target = tmp_path / "drill.ttxdb"
    assert_ok(ttx("new", definition, "-o", target))
    first = load(target)
    before = target.read_bytes()

    assert_user_error(ttx("new", definition, "-o", target), target, "already exists", "--force")
    assert target.read_bytes() == before

    assert_ok(ttx("new", definition, "-o", target, "--force"))
    assert load(target).id != first.id  # a new exercise (the definition names no id)


def test_new_with_a_broken_definition_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    target = tmp_path / "broken.ttxdb"
    line = assert_user_error(ttx("new", broken, "-o", target), broken)
    assert f"{broken}:" in line
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [broken]  # no temporary file left behind either


def test_new_from_a_missing_definition(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    assert_user_error(ttx("new", missing, "-o", tmp_path / "x.ttxdb"), missing)


def test_new_into_a_missing_folder(tmp_path: Path, definition: Path) -> None:
    target = tmp_path / "no" / "such" / "drill.ttxdb"
    assert_user_error(ttx("new", definition, "-o", target), target)


# -- validate ------------------------------------------------------------------------------


def test_validate_a_good_definition_and_exercise_file(
    definition: Path, stored: tuple[Path, Exercise]
) -> None:
    path, _ = stored
    result = ttx("validate", definition, path)
    assert_ok(result)
    assert result.stdout.splitlines() == [
        f"{definition}: ok (2 injects, 2 teams, 1 module, 1 participant)",
        f"{path}: ok (3 injects, 2 teams, 2 modules, 1 participant)",
    ]


def test_validate_prints_every_problem(tmp_path: Path, definition: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    result = ttx("validate", broken, definition)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(f"{broken}:")]
    assert len(problems) >= 2, result.stdout
    assert any("MED" in p for p in problems)
    assert any("title" in p for p in problems)
    assert all(p.split(":")[1].isdigit() for p in problems)  # FILE:LINE: ...
    assert f"{definition}: ok" in result.stdout  # the good file is still checked


def test_validate_finds_broken_references_in_an_exercise_file(
    stored: tuple[Path, Exercise],
) -> None:
    path, _ = stored
    db = sqlite3.connect(path)  # damage the content the way a careless tool might
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("UPDATE inject SET module_id = 'gone' WHERE number = 2")
    db.execute("UPDATE team SET name = 'law ENFORCEMENT' WHERE code = 'ICT'")
    db.commit()
    db.close()
    result = ttx("validate", path)
    assert result.returncode == 1
    assert f"{path}: inject 2: unknown module gone" in result.stdout
    assert "team name 'law enforcement' is used 2 times" in result.stdout
    assert "refers to a missing module" in result.stdout


def test_validate_refuses_a_file_that_is_not_an_exercise(tmp_path: Path) -> None:
    fake = tmp_path / "notes.ttxdb"
    fake.write_text("shopping list", encoding="utf-8")
    result = ttx("validate", fake)
    assert result.returncode == 1
    assert result.stdout.startswith(f"{fake}: ")
    assert "not an exercise file" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


# -- log -----------------------------------------------------------------------------------


def test_log_appends_an_entry_and_prints_its_id(stored: tuple[Path, Exercise]) -> None:
    path, exercise = stored
    result = ttx(
        "log", path, "--team", "law enforcement", "--kind", "Decision", "--inject", "2",
        "--author", "Note-taker 2", "Close the bridge at 10:15",
    )  # fmt: skip
    assert_ok(result)
    entry_id = result.stdout.strip()

    entries = load(path).log
    assert [e.id for e in entries] == [entry_id]
    entry = entries[0]
    assert entry.kind is EntryKind.DECISION
    assert entry.text == "Close the bridge at 10:15"
    assert entry.team_id == exercise.teams[0].id
    assert entry.inject_id == exercise.injects[1].id
    assert (entry.author, entry.source) == ("Note-taker 2", "cli")
    assert (entry.module_id, entry.exercise_s) == (None, None)  # the clock never started


def test_log_reads_the_text_from_stdin_and_stamps_the_running_clock(
    stored: tuple[Path, Exercise],
) -> None:
    path, exercise = stored
    with ExerciseFile.open(path) as xf:
        ClockService(xf.clock).start(exercise.modules[0].id)
    result = ttx(
        "log",
        path,
        "--team",
        "ict",
        "--kind",
        "area-for-improvement",
        "-",
        stdin="Первая\nвторая\n",
    )
    assert_ok(result)
    entry = load(path).log[0]
    assert entry.text == "Первая\nвторая"
    assert entry.kind is EntryKind.IMPROVEMENT
    assert entry.module_id == exercise.modules[0].id
    assert entry.exercise_s is not None
    assert entry.exercise_s >= 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--team", "MED", "--kind", "note"), ("unknown team 'MED'", "LEA, ICT")),
        (("--team", "LEA", "--kind", "note", "--inject", "99"), ("no inject 99", "1 to 3")),
    ],
)
def test_log_refuses_an_unknown_team_or_inject(
    stored: tuple[Path, Exercise], args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    path, _ = stored
    assert_user_error(ttx("log", path, *args, "Some text"), path, *words)
    assert load(path).log == ()


def test_log_refuses_an_unknown_kind_as_a_usage_error(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    result = ttx("log", path, "--team", "LEA", "--kind", "rumour", "Some text")
    assert result.returncode == 2
    assert "unknown kind 'rumour'" in result.stderr
    assert "area-for-improvement" in result.stderr
    assert "Traceback" not in result.stderr
    assert load(path).log == ()


def test_log_refuses_empty_text(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    assert_user_error(ttx("log", path, "--team", "LEA", "--kind", "note", "  "), path, "no text")


def test_log_refuses_a_file_another_program_is_writing(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    with ExerciseFile.open(path):
        result = ttx("log", path, "--team", "LEA", "--kind", "note", "Hello")
    assert_user_error(result, path, "open for writing by", f"process {os.getpid()}")
    assert load(path).log == ()


def test_log_to_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.ttxdb"
    assert_user_error(ttx("log", missing, "--team", "LEA", "--kind", "note", "x"), missing)


# -- check ---------------------------------------------------------------------------------


def test_check_reports_schema_journal_and_counts(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    assert_ok(ttx("log", path, "--team", "LEA", "--kind", "note", "One"))
    result = ttx("check", path)
    assert_ok(result)
    assert result.stdout.splitlines() == [
        f"{path}: ok",
        f"schema version: {schema.SCHEMA_VERSION}",
        "journal mode: wal",
        "injects: 3",
        "entries: 1",
        "participants: 1",
    ]


def damage(path: Path) -> None:
    """Overwrites a page in the middle of the file with garbage."""
    with path.open("r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(b"\xa5" * 4096)


def test_check_on_a_damaged_file_exits_1(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    damage(path)
    assert_user_error(ttx("check", path), path, "damaged")


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all\n", b"SQLite format 3\x00" + b"\0" * 84]
)
def test_check_refuses_what_is_not_an_exercise_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "odd.ttxdb"
    path.write_bytes(content)
    assert_user_error(ttx("check", path), path)


def test_check_a_plain_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.ttxdb"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    assert_user_error(ttx("check", path), path, "not a TTX Desktop exercise file")


def test_check_reads_a_version_1_file_without_changing_it(tmp_path: Path) -> None:
    path = tmp_path / "old.ttxdb"
    path.write_bytes((Path(__file__).parent / "fixtures" / "exercise-v1.ttxdb").read_bytes())
    before = path.read_bytes()
    result = ttx("check", path)
    assert_ok(result)
    assert "schema version: 1" in result.stdout
    assert path.read_bytes() == before


# -- export --------------------------------------------------------------------------------


def test_export_yaml_round_trips(tmp_path: Path, definition: Path) -> None:
    first, out, second = tmp_path / "one.ttxdb", tmp_path / "out.yaml", tmp_path / "two.ttxdb"
    assert_ok(ttx("new", definition, "-o", first))
    assert_ok(ttx("log", first, "--team", "ICT", "--kind", "question", "--inject", "1", "Who?"))
    with ExerciseFile.open(first) as xf:
        ClockService(xf.clock).start(load_id(xf, 1))
    assert_ok(ttx("log", first, "--team", "LEA", "--kind", "strength", "Fast"))

    result = ttx("export", "yaml", first, "-o", out)
    assert_ok(result)
    assert result.stdout.strip() == f"{out}: written from {first}"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert_ok(ttx("new", out, "-o", second))

    assert load(second) == load(first)
    assert len(load(second).log) == 2


def load_id(xf: ExerciseFile, module_number: int) -> str:
    return next(m.id for m in xf.exercise.load().modules if m.number == module_number)


def test_export_refuses_to_overwrite_unless_forced(
    tmp_path: Path, stored: tuple[Path, Exercise]
) -> None:
    path, _ = stored
    out = tmp_path / "out.yaml"
    out.write_text("# my hand-written notes\n", encoding="utf-8")
    assert_user_error(ttx("export", "yaml", path, "-o", out), out, "already exists")
    assert out.read_text(encoding="utf-8") == "# my hand-written notes\n"
    assert_ok(ttx("export", "yaml", path, "-o", out, "--force"))
    assert "River flood drill" in out.read_text(encoding="utf-8")


def test_export_never_writes_over_its_own_source(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    before = path.read_bytes()
    assert_user_error(ttx("export", "yaml", path, "-o", path, "--force"), path, "own source")
    assert path.read_bytes() == before


def test_export_into_a_missing_folder(tmp_path: Path, stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    out = tmp_path / "nowhere" / "out.yaml"
    assert_user_error(ttx("export", "yaml", path, "-o", out), out, "folder does not exist")


def test_export_works_while_another_program_writes_the_file(
    tmp_path: Path, stored: tuple[Path, Exercise]
) -> None:
    path, _ = stored
    out = tmp_path / "out.yaml"
    with ExerciseFile.open(path):
        assert_ok(ttx("export", "yaml", path, "-o", out))
    assert out.exists()


# -- messages ------------------------------------------------------------------------------


def test_clock_state_of_a_fresh_file(stored: tuple[Path, Exercise]) -> None:
    path, _ = stored
    with ExerciseFile.open(path, readonly=True) as xf:
        assert ClockService(xf.clock).state() is ClockState.IDLE
