"""Importing MSELs of many shapes: encodings, delimiters, headers, times, teams, problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttx_desktop.domain.model import DeliveryMethod, Exercise, InjectStatus
from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_import import (
    ImportPlan,
    MselError,
    apply_plan,
    guess_mapping,
    mapping_from,
    plan_import,
    read_table,
)
from ttx_desktop.storage.exercise_file import ExerciseFile

DATA = Path(__file__).parent / "data"
HEADER = "No.,Time,Title,Inject,To\n"


def table(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def imported(path: Path, exercise: Exercise | None = None, **choices: str) -> ImportPlan:
    raw = read_table(path)
    return plan_import(raw, mapping_from(raw, choices), exercise)


def titles(plan: ImportPlan) -> list[str]:
    return [i.title for i in plan.injects]


def team_names(plan: ImportPlan, number: int) -> list[str]:
    ex = plan.result()
    inject = next(i for i in ex.injects if i.number == number)
    return [t.name for t in map(ex.team, inject.target_team_ids) if t is not None]


# -- the shapes in tests/data -------------------------------------------------------------


def test_hseep_workbook_with_a_title_block(tmp_path: Path) -> None:
    raw = read_table(DATA / "hseep_title_block.xlsx")
    assert raw.header_line == 5
    assert raw.title_lines[0] == "Exercise RIVERSIDE 2026"
    plan = plan_import(raw)
    assert plan.ok
    assert [w.message for w in plan.warnings] == [
        "no column holds inject titles; each is made from the first words of its text "
        "(take a column as the titles; on the command line: --map COLUMN=title)"
    ]
    ex = plan.result()
    assert ex.title == "Exercise RIVERSIDE 2026"
    assert [(m.title, m.day, m.start) for m in ex.modules] == [
        ("Day 1", 1, "09:00"), ("Day 2", 2, "08:00"),
    ]  # fmt: skip
    assert [i.planned_s for i in ex.injects] == [0, 1800, 4500, 0, 2700]
    assert team_names(plan, 2) == ["Public Works", "Emergency Management"]
    third = ex.inject_by_number(3)
    assert third is not None
    assert third.expected_actions == ("Prepare talking points", "Name a spokesperson")
    assert "Event Type: Contingency" in third.facilitator_notes
    assert third.facilitator_notes.startswith("Use only if PIO is idle")
    assert [o.title for o in ex.objectives][:2] == [
        "Operational Coordination", "Infrastructure Systems",
    ]  # fmt: skip
    assert plan.skipped[-1].text == "FOR OFFICIAL USE ONLY"


def test_merged_header_cells_and_excel_time_cells() -> None:
    raw = read_table(DATA / "merged_header.xlsx")
    mapping = guess_mapping(raw)
    assert raw.headers[:4] == ("Module", "No.", "Time Planned", "Time Scenario")
    assert mapping.field_of(2) is Field.TIME and mapping.field_of(3) is Field.SCENARIO_TIME
    plan = plan_import(raw, mapping)
    assert plan.ok
    ex = plan.result()
    assert [(m.number, m.title, m.start) for m in ex.modules] == [
        (1, "Detection", "09:00"), (2, "Recovery", "13:00"),
    ]  # fmt: skip
    assert [ex.module(i.module_id).number for i in ex.injects] == [1, 1, 1, 2, 2]  # type: ignore[union-attr]
    # "Injected" with no release time in a planning sheet: still to come in this exercise.
    assert [i.status for i in ex.injects][:3] == [
        InjectStatus.PENDING, InjectStatus.PENDING, InjectStatus.SKIPPED,
    ]  # fmt: skip
    assert [i.method for i in ex.injects] == [
        DeliveryMethod.HANDOUT, DeliveryMethod.PROJECTOR, DeliveryMethod.PHONE,
        DeliveryMethod.VERBAL, DeliveryMethod.EMAIL,
    ]  # fmt: skip
    assert ex.injects[0].scenario_time == "Monday 08:40"


def test_excel_date_time_and_duration_cells() -> None:
    plan = imported(DATA / "excel_times.xlsx")
    assert plan.ok
    ex = plan.result()
    assert [(m.title, m.day, m.start) for m in ex.modules] == [
        ("Day 1", 1, "09:00"), ("Day 2", 2, "09:00"),
    ]  # fmt: skip
    assert [i.planned_s for i in ex.injects] == [0, 2400, 0, 3600, 7200]
    assert ex.details.start_date is not None and ex.details.start_date.isoformat() == "2026-08-21"
    assert ex.injects[0].scenario_time == "2026-08-24 06:00"


def test_the_msel_sheet_among_several() -> None:
    raw = read_table(DATA / "several_sheets.xlsx")
    assert raw.sheet == "MSEL v3"
    assert raw.sheets == ("Instructions", "MSEL v3", "Deleted injects", "Notes")
    plan = plan_import(raw)
    assert [s.reason for s in plan.skipped] == ["section heading", "section heading"]
    assert plan.sheets_read == ("MSEL v3",)
    assert [name for name, _why in plan.sheets_aside] == ["Instructions", "Deleted injects",
                                                          "Notes"]  # fmt: skip
    assert titles(plan) == ["Earthquake", "Bridge", "Fake news"]
    assert [i.status for i in plan.injects] == [InjectStatus.PENDING] * 3
    assert [(n.line, n.reason, n.text) for n in plan.planning_notes] == [
        (6, "Deleted", "Aftershock")
    ]
    chosen = read_table(DATA / "several_sheets.xlsx", sheet="deleted injects")
    assert titles(plan_import(chosen)) == ["Old inject"]
    with pytest.raises(MselError, match="has no sheet 'Nope'"):
        read_table(DATA / "several_sheets.xlsx", sheet="Nope")


def test_russian_in_windows_1251() -> None:
    raw = read_table(DATA / "russian_cp1251.csv")
    assert "read as Windows-1251" in raw.notes
    plan = plan_import(raw)
    assert plan.ok
    assert titles(plan) == ["Подъём воды", "Эвакуация", "Слухи"]
    assert team_names(plan, 2) == ["МЧС", "Здравоохранение"]
    assert plan.injects[1].planned_s == 1800  # "9.30" after "09:00"
    assert plan.injects[1].method is DeliveryMethod.HANDOUT
    assert plan.injects[2].method is DeliveryMethod.SOCIAL
    # A Russian spreadsheet makes a Russian exercise: its documents speak it.
    assert plan.exercise.details.language == "ru"


def test_a_new_exercise_takes_the_spreadsheets_language_for_its_modules(tmp_path: Path) -> None:
    english = plan_import(read_table(DATA / "semicolon_bom.csv"))
    assert english.exercise.details.language == "en"
    table = tmp_path / "msel.csv"
    table.write_text(
        "№;Время;Название;Описание\n1;09:00;Подъём воды;Вода поднялась\n2;09:30;Слухи;Слухи\n",
        encoding="utf-8",
    )
    plan = plan_import(read_table(table))
    assert plan.ok
    assert plan.exercise.details.language == "ru"
    assert [m.title for m in plan.new_modules] == ["Модуль 1"]


def test_semicolons_with_a_bom_in_another_column_order() -> None:
    raw = read_table(DATA / "semicolon_bom.csv")
    assert raw.headers[0] == "Title"  # the BOM is not part of the first header
    plan = plan_import(raw)
    assert plan.ok
    assert [i.number for i in plan.injects] == [1, 2, 3, 4]
    assert [i.planned_s for i in plan.injects] == [0, 1800, 4500, 0]
    assert plan.injects[2].facilitator_notes.startswith("=cmd|")
    assert plan.injects[0].facilitator_notes == "Owner: Anna"


def test_utf16_tab_separated_unicode_text() -> None:
    plan = imported(DATA / "unicode_text_utf16.txt")
    assert plan.ok
    assert plan.injects[0].text == "Ҳушдор: обхезӣ дар водии Вахш."
    assert team_names(plan, 2) == ["КҲФ", "Police"]


def test_military_date_time_groups() -> None:
    plan = imported(DATA / "military_dtg.csv")
    ex = plan.result()
    assert [(m.day, m.start) for m in ex.modules] == [(1, "09:00")]
    assert [i.planned_s for i in ex.injects] == [0, 9000]
    assert [n.text for n in plan.planning_notes] == ["Press query"]  # "Not injected"
    assert team_names(plan, 2) == ["J3", "J2"]


# -- encodings and delimiters -------------------------------------------------------------

ROWS = "1,09:00,Ünïcödé,Текст,Police\n2,09:30,Two,Second,Media\n"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b""), ("utf-16", b"")],
)
def test_unicode_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(prefix + (HEADER + ROWS).encode(encoding))
    assert titles(imported(path)) == ["Ünïcödé", "Two"]


def test_windows_1252_is_told_from_1251(tmp_path: Path) -> None:
    path = table(tmp_path, HEADER + "1,09:00,Café résumé,Déjà vu,Police\n", encoding="cp1252")
    raw = read_table(path)
    assert "read as Windows-1252" in raw.notes
    assert titles(plan_import(raw)) == ["Café résumé"]


def test_mixed_encodings_are_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(
        HEADER.encode() + "1,09:00,Тревога,Текст,МЧС\n".encode()
        + "2,09:30,Эвакуация,Текст,МЧС\n".encode("cp1251")
    )  # fmt: skip
    raw = read_table(path)
    assert titles(plan_import(raw)) == ["Тревога", "Эвакуация"]
    assert any("were not UTF-8" in n for n in raw.notes)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    text = "\n".join(
        delimiter.join(cells)
        for cells in (["No.", "Time", "Title", "To"], ["1", "09:00", "A, b; c", "X"],
                      ["2", "09:30", "B", "Y"])
    )  # fmt: skip
    if delimiter != ",":
        text = text.replace("A, b; c", "A, b")
    plan = imported(table(tmp_path, text.replace('"', "")))
    assert [i.number for i in plan.injects] == [1, 2]


# -- rows and cells -----------------------------------------------------------------------


def test_section_headings_name_modules(tmp_path: Path) -> None:
    text = (
        "Exercise Blue Sky,,,,\n,,,,\n" + HEADER
        + "MODULE 1: Warning,,,,\n1,09:00,A,a,X\n2,09:20,B,b,X\n"
        + "No.,Time,Title,Inject,To\n"  # the header again, after a page break
        + ",Module 2 - Response,,,\n3,13:00,C,c,Y\nEND OF EXERCISE,,,,\n"
    )  # fmt: skip
    plan = imported(table(tmp_path, text))
    ex = plan.result()
    assert ex.title == "Exercise Blue Sky"
    assert [(m.number, m.title, m.start) for m in ex.modules] == [
        (1, "Warning", "09:00"), (2, "Response", "13:00"),
    ]  # fmt: skip
    assert [s.reason for s in plan.skipped] == [
        "section heading", "repeated header", "section heading", "section heading",
    ]  # fmt: skip
    assert [i.planned_s for i in ex.injects] == [0, 1200, 0]


def test_unknown_columns_are_kept_in_the_notes(tmp_path: Path) -> None:
    text = "No.,Title,Owner,Notes,Page\n1,A,Anna,check,12\n2,B,,,\n"
    plan = imported(table(tmp_path, text))
    assert [i.facilitator_notes for i in plan.injects] == ["check\nOwner: Anna\nPage: 12", ""]


def test_map_overrides_a_guess(tmp_path: Path) -> None:
    text = "No.,Title,Owner\n1,A,Press office\n"
    plan = imported(table(tmp_path, text), Owner="from")
    assert plan.injects[0].source == "Press office"
    ignored = imported(table(tmp_path, text), C="ignore")
    assert ignored.injects[0].facilitator_notes == ""
    with pytest.raises(MselError, match="no column 'Nope'"):
        imported(table(tmp_path, text), Nope="title")


def test_targets_split_and_matched_by_name_or_code(tmp_path: Path) -> None:
    exercise = _mini(tmp_path)
    text = HEADER + '1,09:10,A,a,"CIV, health services / Press\nNew cell; Other"\n'
    plan = imported(table(tmp_path, text), exercise)
    ex = plan.result()
    names = [t.code for t in map(ex.team, plan.injects[0].target_team_ids) if t is not None]
    assert names == ["CIV", "MED", "PRESS", "NC", "Other"]
    assert [t.name for t in plan.new_teams] == ["New cell", "Other"]
    kept = plan_import(read_table(tmp_path / "t.csv"), None, exercise, create_teams=False)
    assert not kept.new_teams
    assert "To: New cell\nTo: Other" in kept.injects[0].facilitator_notes
    assert sum("no team is called" in w.message for w in kept.warnings) == 2


def test_statuses_methods_and_guarded_formulas(tmp_path: Path) -> None:
    text = (
        "No.,Title,Status,Method,Released (clock)\n1,'=A1,Injected,Simulated e-mail,T+0:12\n"
        "2,B,Omitted,Slides,\n3,C,Deleted,Smoke signal,\n4,D,Whatever,,\n"
    )
    plan = imported(table(tmp_path, text))
    assert plan.injects[0].title == "=A1"
    assert plan.injects[0].released_s == 720
    assert [i.status.value for i in plan.injects] == ["released", "skipped", "pending"]
    assert [n.text for n in plan.planning_notes] == ["C"]  # "Deleted": a planning note
    assert [i.method.value for i in plan.injects] == ["email", "projector", "verbal"]
    assert [str(w) for w in plan.warnings if w.line is not None] == [
        f"{tmp_path / 't.csv'}:5: Status: 'Whatever' is not a status we know; taken as pending",
    ]


def test_numbers_that_repeat_or_are_labels(tmp_path: Path) -> None:
    text = "No.,Title,Inject\n1.1,A,a\n2,B,b\n2,C,c\n,D,d\n"
    plan = imported(table(tmp_path, text))
    assert [i.number for i in plan.injects] == [3, 2, 4, 5]
    assert plan.injects[0].facilitator_notes == "No.: 1.1"
    assert [w.message for w in plan.warnings if w.line is not None] == [
        "inject 2 is already in an earlier row; imported as 4"
    ]


def test_problems_point_at_row_and_column(tmp_path: Path) -> None:
    path = table(tmp_path, HEADER + "1,09:00,A,a,X\n2,soon,B,b,X\n3,,,,X\n")
    plan = imported(path)
    assert not plan.ok
    assert [str(p) for p in plan.errors] == [
        f"{path}:3: Time: 'soon' is not a time we know (write 09:30, T+0:30, +30 min, Day 2 09:30)"
    ]
    assert plan.skipped[-1].reason == "untitled row"
    assert titles(plan) == ["A"]


def test_a_table_without_titles_or_texts(tmp_path: Path) -> None:
    plan = imported(table(tmp_path, "No.,Time\n1,09:00\n2,09:30\n"))
    assert not plan.ok
    assert plan.errors[0].message.startswith("does not look like an MSEL")


def test_offsets_and_clock_times_fix_the_module_start(tmp_path: Path) -> None:
    text = "No.,Module,Time,Exercise clock,Title\n1,1,09:40,T+0:10,A\n2,1,10:00,,B\n3,1,,T+2:00,C\n"
    ex = imported(table(tmp_path, text)).result()
    assert ex.modules[0].start == "09:30"
    assert [i.planned_s for i in ex.injects] == [600, 1800, 7200]


# -- into an open exercise ----------------------------------------------------------------


def _mini(tmp_path: Path) -> Exercise:
    from ttx_desktop.formats.definition import load_definition

    return load_definition(DATA / "mini.yaml")


def test_into_an_open_exercise(mini_path: Path, tmp_path: Path) -> None:
    text = "No.,Module,Time,Title,To\n1,2,09:45,Late,CIV\n7,Day 3: Recovery,10:00,New,Volunteers\n"
    path = table(tmp_path, text)
    with ExerciseFile.open(mini_path) as xf:
        before = xf.exercise.load(with_log=False)
        plan = imported(path, before)
        assert [i.number for i in plan.injects] == [8, 7]  # 1 is taken
        assert [m.title for m in plan.new_modules] == ["Recovery"]
        assert plan.injects[0].module_id == before.modules[1].id
        assert plan.injects[0].planned_s == 45 * 60  # module 2 starts at 09:00
        apply_plan(plan, xf.injects)
    with ExerciseFile.open(mini_path, readonly=True) as xf:
        after = xf.exercise.load(with_log=False)
    assert len(after.injects) == 8
    assert [t.name for t in after.teams][-1] == "Volunteers"
    assert [m.number for m in after.modules] == [1, 2, 3]
    assert after.injects[-1].position > after.injects[0].position


def test_a_plan_with_errors_writes_nothing(mini_path: Path, tmp_path: Path) -> None:
    path = table(tmp_path, HEADER + "1,09:00,A,a,X\n2,later,B,b,X\n")
    with ExerciseFile.open(mini_path) as xf:
        plan = imported(path, xf.exercise.load(with_log=False))
        with pytest.raises(MselError, match="later"):
            apply_plan(plan, xf.injects)
        assert len(xf.injects.all()) == 6
