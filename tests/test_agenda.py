"""Schedule items (presentations, breaks, plenaries): in the definition, the file, a merge,
the agenda of the day, and the situation manual."""

from __future__ import annotations

import dataclasses
from io import BytesIO
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DATA
from ttx_desktop.domain.agenda import ScheduleItem, ScheduleKind, agenda, minutes_of
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import Module
from ttx_desktop.errors import UserError
from ttx_desktop.formats.definition import load_definition, parse_definition
from ttx_desktop.formats.definition_writer import dump_definition
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.merge import merge_file

SCHEDULE = """
schedule:
  - {module: 1, kind: plenary, start: "09:00", duration: 15, title: Welcome and ground rules}
  - {module: 1, kind: presentation, start: "10:30", duration: 20, title: Flood forecasting,
     speaker: "Dr A. Lee, Met Office"}
  - {module: 1, kind: break, start: "11:15", duration: 15, title: Coffee}
  - {module: 2, kind: presentation, title: The dam's owner speaks}
"""


def _with_schedule(extra: str = SCHEDULE) -> bytes:
    return (DATA / "mini.yaml").read_bytes() + extra.encode()


def test_the_definition_reads_and_writes_schedule_items() -> None:
    exercise = parse_definition(_with_schedule(), "mini.yaml")
    kinds = [(i.kind, i.start, i.duration_min) for i in exercise.schedule]
    assert kinds == [
        (ScheduleKind.PLENARY, "09:00", 15),
        (ScheduleKind.PRESENTATION, "10:30", 20),
        (ScheduleKind.BREAK, "11:15", 15),
        (ScheduleKind.PRESENTATION, "", None),
    ]
    assert exercise.schedule[1].speaker == "Dr A. Lee, Met Office"
    assert exercise.schedule[3].module_id == exercise.modules[1].id
    again = parse_definition(dump_definition(exercise).encode(), "again.yaml")
    assert again.schedule == exercise.schedule


def test_a_bad_schedule_item_is_reported_by_line_and_field() -> None:
    bad = "\nschedule:\n  - {module: 9, kind: lunch, start: 7pm, title: Lunch}\n"
    with pytest.raises(UserError) as caught:
        parse_definition(_with_schedule(bad), "mini.yaml")
    text = str(caught.value.detail) + str(getattr(caught.value, "problems", ""))
    for field in ("schedule[1].module", "schedule[1].kind", "schedule[1].start"):
        assert field in text


def test_schedule_items_are_stored_and_merged(tmp_path: Path) -> None:
    exercise = parse_definition(_with_schedule(), "mini.yaml")
    path = tmp_path / "ex.ttxdb"
    ExerciseFile.create(path, exercise).close()
    with ExerciseFile.open(path) as file:
        assert file.exercise.load().schedule == exercise.schedule
    copy = tmp_path / "copy.ttxdb"
    bare = dataclasses.replace(exercise, schedule=exercise.schedule[:1])
    ExerciseFile.create(copy, bare).close()
    with ExerciseFile.open(copy) as file:
        report = merge_file(file, path)
        assert report.records == 3
        assert file.exercise.load().schedule == exercise.schedule
        assert merge_file(file, path).records == 0  # twice changes nothing


def test_the_agenda_of_a_day_orders_modules_and_items_by_time() -> None:
    exercise = parse_definition(_with_schedule(), "mini.yaml")
    day1 = agenda(exercise.modules, exercise.schedule, day=1)
    assert [(line.start, line.kind, line.title) for line in day1] == [
        ("09:00", None, "Day 1: Rising water"),
        ("09:00", ScheduleKind.PLENARY, "Welcome and ground rules"),
        ("10:30", ScheduleKind.PRESENTATION, "Flood forecasting"),
        ("11:15", ScheduleKind.BREAK, "Coffee"),
    ]
    assert day1[2].end == "10:50"


@given(
    st.lists(
        st.tuples(st.integers(0, 23), st.integers(0, 59), st.sampled_from(list(ScheduleKind))),
        max_size=8,
    )
)
def test_the_agenda_is_in_time_order_whatever_the_items(
    items: list[tuple[int, int, ScheduleKind]],
) -> None:
    module = Module(new_id(), 1, "M", day=1, start="09:00")
    schedule = [
        ScheduleItem(new_id(), module.id, kind, "x", start=f"{h:02d}:{m:02d}")
        for h, m, kind in items
    ]
    times = [minutes_of(line.start) for line in agenda([module], schedule)]
    assert times == sorted(times)


def test_the_situation_manual_lists_the_day_s_presentations_and_breaks() -> None:
    from ttx_desktop.exporters import sitman

    exercise = parse_definition(_with_schedule(), "mini.yaml")
    document = docx.Document(BytesIO(sitman.render(exercise)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "10:30–10:50 Presentation: Flood forecasting (Dr A. Lee, Met Office)" in text
    assert "11:15–11:30 Break: Coffee" in text
    plain = docx.Document(BytesIO(sitman.render(load_definition(DATA / "mini.yaml"))))
    assert "Agenda" not in [p.text for p in plain.paragraphs]


def test_timed_schedule_items_stand_on_the_timeline_in_their_module_s_band() -> None:
    from ttx_desktop.exporters.timeline_layout import timeline_data

    exercise = parse_definition(_with_schedule(), "mini.yaml")
    data = timeline_data(exercise, {})
    slots = {s.title: s for s in data.slots}
    assert set(slots) == {
        "Welcome and ground rules",
        "Flood forecasting",
        "Coffee",
    }  # untimed: none
    band = data.bands[0]
    assert slots["Flood forecasting"].axis_s == band.start_s + 90 * 60  # 10:30, from 09:00
    assert slots["Flood forecasting"].length_s == 20 * 60
    assert slots["Coffee"].kind == "break"


@pytest.mark.parametrize(("column", "value"), [("kind", "lunch"), ("updated_at", "")])
def test_a_schedule_item_another_tool_spoilt_names_the_damaged_file(
    tmp_path: Path, column: str, value: str
) -> None:
    import sqlite3

    from ttx_desktop.storage.errors import DamagedFile

    path = tmp_path / "ex.ttxdb"
    ExerciseFile.create(path, parse_definition(_with_schedule(), "mini.yaml")).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"UPDATE schedule_item SET {column} = ?", (value,))
    conn.close()
    with ExerciseFile.open(path) as file, pytest.raises(DamagedFile) as caught:
        file.exercise.load()
    assert str(path) in str(caught.value)


def test_a_file_of_version_5_opened_read_only_has_no_schedule(tmp_path: Path) -> None:
    import shutil

    from tests.test_schema_fixtures import fixture

    path = tmp_path / "old.ttxdb"
    shutil.copy(fixture(5), path)
    with ExerciseFile.open(path, readonly=True) as file:
        assert file.exercise.load().schedule == ()
