"""`import-msel` and `export msel` run as a real subprocess: output, exit codes, files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.test_cli import assert_ok, assert_user_error, ttx
from ttx_desktop.storage.exercise_file import ExerciseFile

DATA = Path(__file__).parent / "data"


def injects(path: Path) -> list[tuple[int, str]]:
    with ExerciseFile.open(path, readonly=True) as xf:
        return [(i.number, i.title) for i in xf.exercise.load(with_log=False).injects]


def test_import_a_workbook(tmp_path: Path) -> None:
    out = tmp_path / "riverside.ttxdb"
    result = ttx("import-msel", DATA / "hseep_title_block.xlsx", "-o", out)
    assert_ok(result)
    assert f"{out}: created from" in result.stdout
    assert "5 injects, 2 new modules" in result.stdout
    with ExerciseFile.open(out, readonly=True) as xf:
        ex = xf.exercise.load(with_log=False)
    assert ex.title == "Exercise RIVERSIDE 2026"
    assert len(ex.injects) == 5


def test_title_sheet_and_map(tmp_path: Path) -> None:
    out = tmp_path / "quake.ttxdb"
    result = ttx(
        "import-msel", DATA / "several_sheets.xlsx", "-o", out, "--title", "Quake drill",
        "--sheet", "MSEL v3", "--map", "Page=ignore", "--map", "Sender=notes",
    )  # fmt: skip
    assert_ok(result)
    with ExerciseFile.open(out, readonly=True) as xf:
        ex = xf.exercise.load(with_log=False)
    assert ex.title == "Quake drill"
    assert ex.injects[0].source == ""
    assert ex.injects[0].facilitator_notes == "Seismology"


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "x.ttxdb"
    result = ttx("import-msel", DATA / "russian_cp1251.csv", "-o", out, "--dry-run")
    assert_ok(result)
    assert "read as Windows-1251" in result.stdout
    assert any(
        line.split()[1:] == ["Время", "→", "time", "100%"] for line in result.stdout.splitlines()
    )
    assert "nothing written (--dry-run)" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_into_an_exercise(tmp_path: Path, mini_path: Path) -> None:
    table = tmp_path / "more.csv"
    table.write_text("No.,Module,Time,Title,To\n1,1,11:00,Late news,MED\n", encoding="utf-8")
    dry = ttx("import-msel", table, "--into", mini_path, "--dry-run")
    assert_ok(dry)
    assert "warning: inject 1 is already in the exercise; imported as 7" in dry.stdout
    assert len(injects(mini_path)) == 6
    result = ttx("import-msel", table, "--into", mini_path)
    assert_ok(result)
    assert injects(mini_path)[-1] == (7, "Late news")


def test_problems_name_table_row_and_column(tmp_path: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text("No.,Time,Title\n1,09:00,A\n2,lunchtime,B\n", encoding="utf-8")
    out = tmp_path / "x.ttxdb"
    result = ttx("import-msel", table, "-o", out)
    assert_user_error(result, table, "1 problem; nothing was written")
    assert result.stdout.splitlines()[-1].startswith(f"{table}:3: Time: 'lunchtime' is not")
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"\x00\x01\x02" * 500, ("binary",)), (b"No.,Title\n1,A\n", ("not an Excel workbook",))],
)
def test_bad_files(tmp_path: Path, content: bytes, words: tuple[str, ...]) -> None:
    table = tmp_path / ("t.xlsx" if "Excel" in words[0] else "t.csv")
    table.write_bytes(content)
    out = tmp_path / "x.ttxdb"
    assert_user_error(ttx("import-msel", table, "-o", out), table, *words)
    assert not out.exists()


def test_refusals(tmp_path: Path, mini_path: Path) -> None:
    table = tmp_path / "t.csv"
    shutil.copy(DATA / "semicolon_bom.csv", table)
    assert_user_error(ttx("import-msel", table, "-o", mini_path), mini_path, "already exists")
    assert_user_error(
        ttx("import-msel", table, "-o", tmp_path / "y.ttxdb", "--map", "Nope=title"),
        table, "no column 'Nope'",
    )  # fmt: skip
    assert_user_error(ttx("import-msel", tmp_path / "missing.csv", "-o", tmp_path / "z.ttxdb"),
                      tmp_path / "missing.csv", "no such file")  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ["import-msel"],
        ["import-msel", "t.csv"],
        ["import-msel", "t.csv", "-o", "a.ttxdb", "--into", "b.ttxdb"],
        ["import-msel", "t.csv", "-o", "a.ttxdb", "--map", "Owner"],
        ["import-msel", "t.csv", "-o", "a.ttxdb", "--map", "Owner=wizard"],
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str]) -> None:
    result = ttx(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import(tmp_path: Path, mini_path: Path, suffix: str) -> None:
    table = tmp_path / f"msel{suffix}"
    result = ttx("export", "msel", mini_path, "-o", table)
    assert_ok(result)
    back = tmp_path / "back.ttxdb"
    assert_ok(ttx("import-msel", table, "-o", back))
    assert injects(back) == injects(mini_path)


def test_export_refuses_another_suffix(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "msel.txt"
    assert_user_error(ttx("export", "msel", mini_path, "-o", out), out, ".xlsx or .csv")
    assert not out.exists()


REAL = DATA / "real"


def test_the_headless_import_says_what_it_chose_and_what_it_set_aside(tmp_path: Path) -> None:
    out = tmp_path / "cyber.ttxdb"
    result = ttx("import-msel", REAL / "key_events_and_old_tab.xlsx", "-o", out)
    assert_ok(result)
    said = result.stdout
    assert "read sheet 'Sheet4'" in said
    assert "set aside sheet 'Key Events': fewer rows look like injects (3)" in said
    assert "set aside sheet 'MSEL 2016'" in said
    assert "set aside sheet 'Exercise Info': its columns are not an MSEL's" in said
    column = next(line for line in said.splitlines() if "Expected Actions" in line)
    assert column.split() == ["H", "Expected", "Actions", "→", "expected", "100%"]
    assert len(injects(out)) == 5


def test_planning_notes_and_legends_are_listed(tmp_path: Path) -> None:
    result = ttx("import-msel", REAL / "status_rows.xlsx", "-o", tmp_path / "a.ttxdb")
    assert_ok(result)
    assert ":3: set aside as a planning note (Not Injected): Suspicious bag" in result.stdout
    result = ttx("import-msel", REAL / "legend_placeholders.xlsx", "-o", tmp_path / "b.ttxdb")
    assert_ok(result)
    assert "legend kept: Yellow rows = contingency injects" in result.stdout


def test_column_warnings_import_anyway_and_strict_refuses(tmp_path: Path) -> None:
    table = tmp_path / "bare.csv"
    table.write_text("No.,Title,Inject\n1,Flood,The river rises.\n", encoding="utf-8")
    result = ttx("import-msel", table, "-o", tmp_path / "a.ttxdb")
    assert_ok(result)
    assert f"{table}: warning: no column holds planned times" in result.stdout
    assert f"{table}: warning: no column holds recipients" in result.stdout
    strict = ttx("import-msel", table, "-o", tmp_path / "b.ttxdb", "--strict")
    assert_user_error(strict, table, "2 column warnings and --strict; nothing was written")
    assert not (tmp_path / "b.ttxdb").exists()
    assert_ok(ttx("import-msel", REAL / "sendto_headers.xlsx", "-o", tmp_path / "c.ttxdb",
                  "--strict"))  # fmt: skip


@pytest.mark.parametrize("name", ["not_msel_contacts.xlsx", "not_msel_missions.xlsx"])
def test_a_workbook_that_is_no_msel_is_refused(tmp_path: Path, name: str) -> None:
    out = tmp_path / "x.ttxdb"
    result = ttx("import-msel", REAL / name, "-o", out)
    assert_user_error(result, REAL / name, "nothing was written")
    assert "does not look like an MSEL: the import looks for a column of inject titles" in (
        result.stdout
    )
    assert not out.exists()


def test_an_old_binary_xls_is_read(tmp_path: Path) -> None:
    out = tmp_path / "x.ttxdb"
    assert_ok(ttx("import-msel", REAL / "old_binary.xls", "-o", out))
    assert [title for _n, title in injects(out)] == [
        "Flood watch", "Gauge rising", "Media call", "Levee seepage",
    ]  # fmt: skip


def test_sheets_picked_by_hand_are_read_together(tmp_path: Path) -> None:
    out = tmp_path / "x.ttxdb"
    book = REAL / "one_sheet_per_day.xlsx"
    result = ttx("import-msel", book, "-o", out, "--sheet", "Day 1", "--sheet", "day 3")
    assert_ok(result)
    assert "read sheets 'Day 1', 'Day 3'" in result.stdout
    assert "set aside sheet 'Day 2': not chosen" in result.stdout
    with ExerciseFile.open(out, readonly=True) as xf:
        ex = xf.exercise.load(with_log=False)
    assert [(m.title, m.day) for m in ex.modules] == [("Day 1", 1), ("Day 3", 3)]
    assert [i.title for i in ex.injects] == ["Outbreak reported", "Hospital crowding",
                                             "Press conference"]  # fmt: skip


def test_an_old_exercises_tab_is_set_aside_for_this_exercises_days(tmp_path: Path) -> None:
    result = ttx("import-msel", REAL / "dated_sheets.xlsx", "-o", tmp_path / "x.ttxdb")
    assert_ok(result)
    assert "read sheets 'Harbour A', 'Harbour B'" in result.stdout
    assert ("set aside sheet '2016 exercise': dated 2016-09-14, long before the sheets read: "
            "an earlier exercise's") in result.stdout  # fmt: skip
