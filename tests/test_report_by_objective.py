"""The after-action report and the minutes by objective: each tagged entry under its own
objective only, the areas for improvement in HSEEP's shape, the plan's status, participation
by role and day, the acronyms, and only the questions still open."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.simulate_run import simulate
from tests.export_helpers import heading_texts, live, played, reopen, section_after
from ttx_desktop import paths
from ttx_desktop.domain.evidence import open_questions
from ttx_desktop.domain.model import EntryKind, EntryTag, Exercise, LogEntry
from ttx_desktop.exporters import aar, facts, minutes
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.text import russian_quotes


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Exercise:
    return played(tmp_path_factory.mktemp("played"))


def assert_each_tagged_entry_under_its_own_objective_only(exercise: Exercise) -> None:
    """Every strength and area for improvement is printed under the objective it is tagged
    to (or once under "Other observations"), and under no other."""
    document = reopen(aar.render(exercise))
    lb = labels_for(exercise.details.language)
    sections: dict[str | None, str] = {
        o.id: section_after(document, f"{o.code}. {o.title}", level=2) for o in exercise.objectives
    }
    judged = [e for e in live(exercise) if facts.judgement(e) is not EntryTag.NONE]
    assert {e.objective_id for e in judged} >= {o.id for o in exercise.objectives}

    def home(entry: LogEntry) -> str | None:
        return entry.objective_id if exercise.objective(entry.objective_id) else None

    def printed(entry: LogEntry) -> str:  # Russian documents print quotes «…» and „…“
        return russian_quotes(entry.text) if lb.language == "ru" else entry.text

    loose = [e for e in judged if home(e) is None]
    other = lb["other_observations"]
    assert (other in heading_texts(document, 2)) is bool(loose)
    sections[None] = section_after(document, other, level=2) if loose else ""
    for entry in judged:
        assert printed(entry) in sections[home(entry)], entry.text
        # The same words said in several entries may be tagged to several objectives.
        homes = {home(e) for e in judged if e.text == entry.text}
        for where, text in sections.items():
            if where not in homes:
                assert printed(entry) not in text, (entry.text, where)


def test_the_played_mini_exercise_lists_each_tagged_entry_under_its_own_objective_only(
    sample: Exercise,
) -> None:
    assert_each_tagged_entry_under_its_own_objective_only(sample)


@pytest.mark.parametrize("name", ["en", "ru"])
def test_the_played_sample_lists_each_tagged_entry_under_its_own_objective_only(
    tmp_path: Path, name: str
) -> None:
    source = tmp_path / "sample.yaml"
    source.write_bytes(paths.sample(name).read_bytes())
    played_sample = simulate(source, tmp_path / "sample.ttxdb")
    assert_each_tagged_entry_under_its_own_objective_only(played_sample)


def test_areas_for_improvement_show_analysis_references_and_plan_item(sample: Exercise) -> None:
    document = reopen(aar.render(sample))
    plan = facts.plan_items(sample)
    linked = [e for e in live(sample) if e.plan_item_id and e.analysis]
    assert linked, "the simulation links areas for improvement to the plan"
    gap = linked[0]
    objective = sample.objective(gap.objective_id)
    heading = f"{objective.code}. {objective.title}" if objective else "Other observations"
    text = section_after(document, heading, level=2)
    number = next(n for n, r in enumerate(plan, 1) if r.id == gap.plan_item_id)
    assert f"Analysis: {gap.analysis}" in text
    assert f"References: {gap.references}" in text
    assert f"Improvement plan: item {number}:" in text
    table = next(t for t in document.tables if t.rows[0].cells[-1].text == "Status")
    statuses = {r.cells[-1].text for r in table.rows[1:]}
    assert statuses <= {"Open", "In progress", "Done"} and len(statuses) >= 2


def test_participation_counts_players_apart_from_staff_and_days(sample: Exercise) -> None:
    document = reopen(aar.render(sample))
    text = section_after(document, "Appendix B: Exercise participants", level=1)
    assert "Players and staff" in text and "Attendance by day" in text
    by_day = next(t for t in document.tables if t.rows[0].cells[0].text == "Day")
    assert [[c.text for c in r.cells] for r in by_day.rows[1:]] == [
        ["Day 1 (16.03.2027)", "2", "1", "3"],
        ["Day 2 (17.03.2027)", "2", "1", "3"],
    ]
    acronyms = section_after(document, "Appendix D: Acronyms", level=1)
    assert "CIV" in acronyms and "Local press and radio" in acronyms


def test_the_minutes_list_only_the_open_questions(sample: Exercise) -> None:
    document = reopen(minutes.render(sample))
    text = section_after(document, "Open questions", level=1)
    still = open_questions(live(sample))
    closed = [e for e in live(sample) if e.kind is EntryKind.QUESTION and e not in still]
    assert still and closed
    for question in closed:
        if all(q.text != question.text for q in still):
            assert question.text not in text
    for question in still:
        assert question.text in text
