"""Planner-shaped MSELs in tests/data/real import right with no hand mapping, field by field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ttx_desktop.cli_summary import stored_problems
from ttx_desktop.domain.model import Exercise, Inject
from ttx_desktop.formats.msel_import import ImportPlan, MselError, plan_import, read_table
from ttx_desktop.formats.times import format_time_of_day, parse_time_of_day
from ttx_desktop.storage.exercise_file import ExerciseFile

REAL = Path(__file__).parent / "data" / "real"
TRUTHS = sorted(REAL.glob("*.truth.json"))
FIELDS = ("title", "text", "source", "to", "method", "expected", "day", "time")


def workbook(truth: Path) -> Path:
    name = truth.name.removesuffix(".truth.json")
    return next(p for p in REAL.glob(f"{name}.*") if not p.name.endswith(".json"))


def clock_of(ex: Exercise, inject: Inject) -> str | None:
    module = ex.module(inject.module_id)
    if module is None or not module.start:
        return None
    start = parse_time_of_day(module.start)
    assert start is not None
    return format_time_of_day((start + inject.planned_s // 60) % (24 * 60))


def observed(plan: ImportPlan) -> list[dict[str, Any]]:
    ex = plan.result()
    out = []
    for inject in ex.injects:
        module = ex.module(inject.module_id)
        teams = [t.name for t in map(ex.team, inject.target_team_ids) if t is not None]
        out.append({
            "title": inject.title, "text": inject.text, "source": inject.source,
            "to": sorted(teams), "method": inject.method.value,
            "expected": list(inject.expected_actions),
            "day": module.day if module is not None else None, "time": clock_of(ex, inject),
        })  # fmt: skip
    return out


def wanted(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [{f: sorted(i[f]) if f == "to" else i[f] for f in FIELDS} for i in truth["injects"]]


def imported(truth_path: Path) -> tuple[dict[str, Any], ImportPlan]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    return truth, plan_import(read_table(workbook(truth_path)))


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name.split(".")[0])
def test_every_field_is_right_with_no_mapping(truth_path: Path) -> None:
    truth, plan = imported(truth_path)
    assert not plan.errors, plan.errors
    got, want = observed(plan), wanted(truth)
    wrong = [
        f"inject {n}: {f}: got {g[f]!r}, want {w[f]!r}"
        for n, (g, w) in enumerate(zip(got, want, strict=False), start=1)
        for f in FIELDS
        if g[f] != w[f]
    ]
    assert len(got) == len(want), [g["title"] for g in got]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name.split(".")[0])
def test_what_the_import_says(truth_path: Path) -> None:
    truth, plan = imported(truth_path)
    assert plan.sheets_read == tuple(truth["sheets"])
    assert [row.text for row in plan.planning_notes] == truth["set_aside"]
    ex = plan.result()
    for words in truth["notes"]:  # legends and colour keys: kept as the exercise's notes
        assert any(words in note for note in plan.notes), plan.notes
        assert words in ex.details.notes
    for inject, want in zip(ex.injects, truth["injects"], strict=True):
        if want["method_word"]:
            assert want["method_word"] in inject.facilitator_notes
    filled = [
        line for line, want in zip(plan.lines, truth["injects"], strict=True) if want["time_filled"]
    ]
    warned = {p.line for p in plan.warnings if "time" in p.message}
    assert set(filled) <= warned
    if truth["all_teams"]:
        assert sorted(t.name for t in ex.teams) == sorted(truth["all_teams"])
    assert not any(t.name.casefold() in ("all", "all players", "все") for t in ex.teams)


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name.split(".")[0])
def test_every_imported_exercise_validates(truth_path: Path, tmp_path: Path) -> None:
    _truth, plan = imported(truth_path)
    path = tmp_path / "exercise.ttxdb"
    ExerciseFile.create(path, plan.result()).close()
    with ExerciseFile.open(path, readonly=True) as xf:  # what `ttx-desktop validate` checks
        problems, _exercise = stored_problems(xf)
    assert problems == []


@pytest.mark.parametrize("name", ["not_msel_contacts.xlsx", "not_msel_missions.xlsx"])
def test_a_workbook_that_is_no_msel_is_refused_saying_what_was_looked_for(name: str) -> None:
    with pytest.raises(MselError) as caught:
        plan = plan_import(read_table(REAL / name))
        assert not plan.ok
        raise MselError(plan.errors)
    said = str(caught.value)
    assert "does not look like an MSEL" in said
    assert "title" in said and "time" in said
