"""The MSEL exported as XLSX and CSV, and imported back to the same injects."""

from __future__ import annotations

import csv
import io
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import exercises
from ttx_desktop.domain.model import Exercise, Inject
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.formats.msel_cells import (
    TARGET_SEPARATORS,
    escape_xml,
    guard,
    join_items,
    split_items,
    unescape_xml,
    unguard,
)
from ttx_desktop.formats.msel_import import plan_import, read_table
from ttx_desktop.formats.msel_write import HEADERS, msel_csv, msel_xlsx

DATA = Path(__file__).parent / "data"
WRITERS = {".csv": msel_csv, ".xlsx": msel_xlsx}


def view(ex: Exercise, inject: Inject) -> tuple[Any, ...]:
    """An inject as an MSEL carries it: teams by name, objectives by code, the module by
    number and title (ids are the new exercise's own)."""
    module = ex.module(inject.module_id)
    assert module is not None
    return (
        inject.number, module.number, module.title, inject.planned_s, inject.pinned,
        inject.scenario_time, inject.title, inject.text, inject.source,
        [t.name for t in map(ex.team, inject.target_team_ids) if t is not None],
        inject.method, inject.expected_actions,
        [o.code for o in map(ex.objective, inject.objective_ids) if o is not None],
        inject.facilitator_notes, inject.attachments, inject.status, inject.released_s,
        inject.released_at,
    )  # fmt: skip


def round_trip(ex: Exercise, suffix: str) -> Exercise:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"msel{suffix}"
        path.write_bytes(WRITERS[suffix](ex))
        plan = plan_import(read_table(path))
    assert not plan.errors, [str(p) for p in plan.errors]
    assert not plan.warnings, [str(p) for p in plan.warnings]
    return plan.result()


def ordered(ex: Exercise) -> list[tuple[Any, ...]]:
    return [view(ex, i) for i in sorted(ex.injects, key=lambda i: (i.position, i.number))]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_mini_exercise_round_trips(suffix: str) -> None:
    ex = load_definition(DATA / "mini.yaml")
    back = round_trip(ex, suffix)
    assert ordered(back) == ordered(ex)
    assert [(m.number, m.title, m.day, m.start) for m in back.modules] == [
        (m.number, m.title, m.day, m.start) for m in ex.modules
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exercises(size=3), st.sampled_from(sorted(WRITERS)))
def test_export_then_import_gives_the_same_injects(ex: Exercise, suffix: str) -> None:
    assert ordered(round_trip(ex, suffix)) == ordered(ex)


def test_xlsx_has_a_frozen_filtered_header_and_widths() -> None:
    ex = load_definition(DATA / "mini.yaml")
    book = openpyxl.load_workbook(BytesIO(msel_xlsx(ex)))
    sheet = book["MSEL"]
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:T{len(ex.injects) + 1}"
    assert 8 < sheet.column_dimensions["J"].width <= 60  # the inject text, within its limit
    assert sheet.column_dimensions["A"].width == len("No.") + 2
    assert sheet.cell(row=2, column=9).value == "Gauge passes warning level"
    assert sheet.oddHeader.center.text == "FOR TRAINING USE ONLY"


def test_csv_is_utf8_with_a_bom() -> None:
    ex = load_definition(DATA / "mini.yaml")
    data = msel_csv(ex)
    assert data.startswith(b"\xef\xbb\xbfNo.,Module,")
    assert "Gauge passes warning level" in data.decode("utf-8-sig")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formulas_are_never_run(start: str) -> None:
    from dataclasses import replace

    ex = load_definition(DATA / "mini.yaml")
    evil = start + 'HYPERLINK("http://x","y")'
    ex = replace(ex, injects=(replace(ex.injects[0], title=evil, text="'" + evil),))
    rows = list(csv.reader(io.StringIO(msel_csv(ex).decode("utf-8-sig"), newline="")))
    assert rows[1][8:10] == ["'" + evil, "''" + evil]
    book = openpyxl.load_workbook(BytesIO(msel_xlsx(ex)))
    for cell in book["MSEL"][2]:
        assert cell.data_type != "f"
        assert not str(cell.value or "").startswith(("=", "+", "-", "@"))
    for suffix in WRITERS:
        back = round_trip(ex, suffix)
        assert (back.injects[0].title, back.injects[0].text) == (evil, "'" + evil)


@given(st.text())
def test_guards_and_escapes_are_exact(text: str) -> None:
    assert unguard(guard(text)) == text
    assert not guard(text).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unescape_xml(escape_xml(text)) == text


@given(st.lists(st.text()))
def test_lists_in_one_cell_are_exact(items: list[str]) -> None:
    for bullets in (False, True):
        cell = join_items(items, TARGET_SEPARATORS, ", ", bullets=bullets)
        assert split_items(cell, TARGET_SEPARATORS, bullets=bullets) == items


def test_lists_as_planners_write_them() -> None:
    assert split_items("Police, Fire / EMS;Media\n", TARGET_SEPARATORS) == [
        "Police", "Fire", "EMS", "Media",
    ]  # fmt: skip
    assert split_items('"Police, Fire and Rescue", EMS', TARGET_SEPARATORS) == [
        "Police, Fire and Rescue", "EMS",
    ]  # fmt: skip
    assert split_items('"Breaking" news, EMS', TARGET_SEPARATORS) == ['"Breaking" news', "EMS"]
    assert split_items("- one\n2. two\n• three", "\n", bullets=True) == ["one", "two", "three"]
