"""The situation manual and the facilitator guide, reopened with python-docx: their sections,
tables and the sample's modules and injects in the right places, in English and Russian."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import pytest
from docx.shared import Inches

from tests.export_helpers import (
    all_text,
    header_text,
    heading_texts,
    reopen,
    repeats_header,
    sample,
    section_after,
    styled,
)
from ttx_desktop.domain.model import Exercise
from ttx_desktop.exporters import facts, guide, handbook, sitman
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions, Paper

SITMAN_SECTIONS = [
    "Handling instructions", "Exercise overview", "Objectives and capabilities",
    "Roles and responsibilities", "Structure and schedule", "Ground rules",
    "Assumptions and artificialities",
]  # fmt: skip
GUIDE_SECTIONS = [
    "Handling instructions", "The exercise at a glance", "Opening brief",
    "Teams and seating", "Timing plan",
]  # fmt: skip


@pytest.fixture(scope="module")
def english() -> Exercise:
    return sample()


@pytest.fixture(scope="module")
def russian() -> Exercise:
    return sample(russian=True)


@pytest.fixture(scope="module")
def manual(english: Exercise) -> docx.document.Document:
    return reopen(sitman.render(english))


@pytest.fixture(scope="module")
def facilitator(english: Exercise) -> docx.document.Document:
    return reopen(guide.render(english))


def module_headings(exercise: Exercise) -> list[str]:
    lb = labels_for(exercise.details.language)
    return [handbook.module_title(m, lb) for m in exercise.modules]


# -- situation manual -----------------------------------------------------------------------


def test_sitman_sections_then_one_per_module(
    manual: docx.document.Document, english: Exercise
) -> None:
    expected = [*SITMAN_SECTIONS, *module_headings(english), "Appendix: Participants"]
    assert heading_texts(manual, 1) == expected
    assert manual.paragraphs[1].text == "Situation manual"
    assert "FOR TRAINING USE ONLY" in header_text(manual)


def test_sitman_modules_hold_scenario_key_issues_and_numbered_questions(
    manual: docx.document.Document, english: Exercise
) -> None:
    for module, title in zip(english.modules, module_headings(english), strict=True):
        part = section_after(manual, title, level=1)
        assert " ".join(module.narrative.split())[:80] in part
        for issue in module.key_issues:
            assert issue in part
        for n, question in enumerate(module.discussion_questions, 1):
            assert f"{n}.\t{question}" in part
    numbered = styled(manual, "Numbered Item")
    assert numbered[0].startswith("1.\t") and sum(q.startswith("1.\t") for q in numbered) == 3


def test_sitman_tells_players_nothing_of_the_injects(
    manual: docx.document.Document, english: Exercise
) -> None:
    text = all_text(manual)
    for inject in english.injects:
        assert inject.title not in text
        assert inject.facilitator_notes[:60] not in text or not inject.facilitator_notes
        for action in inject.expected_actions:
            assert action not in text


def test_sitman_tables_objectives_roles_schedule_teams(
    manual: docx.document.Document, english: Exercise
) -> None:
    objectives = section_after(manual, "Objectives and capabilities", level=1)
    for objective in english.objectives:
        assert objective.title in objectives and objective.capability in objectives
    roles = section_after(manual, "Roles and responsibilities", level=1)
    assert "Players" in roles and "Controllers" in roles and "Table 6" in roles
    schedule = section_after(manual, "Structure and schedule", level=1)
    assert "3 modules over 3 days" in schedule and "09:30–16:00" in schedule
    assert "14.09.2027" in schedule and "16.09.2027" in schedule
    assert all(repeats_header(t) for t in manual.tables if t.rows[0].cells[0].text == "№")
    people = section_after(manual, "Appendix: Participants", level=1)
    assert all(p.name in people for p in english.participants)


def test_sitman_in_russian_with_tajik_letters(russian: Exercise) -> None:
    document = reopen(sitman.render(russian))
    headings = heading_texts(document, 1)
    assert headings[:2] == ["Порядок обращения с документом", "Общие сведения об учении"]
    assert "Правила проведения" in headings and "Допущения и условности" in headings
    assert headings[-1] == "Приложение. Участники"
    assert any(h.startswith("Модуль 1. ") for h in headings)
    schedule = section_after(document, "Структура и расписание", level=1)
    assert "Продолжительность учения — 3 дня; оно включает 3 модуля." in schedule
    assert "ӣ" in all_text(document) and "Ҳ" in all_text(document)
    assert "ТОЛЬКО ДЛЯ УЧЕБНЫХ ЦЕЛЕЙ" in header_text(document)


def test_an_exercise_without_modules_or_objectives_still_makes_a_manual(
    english: Exercise,
) -> None:
    bare = replace(english, modules=(), objectives=(), injects=(), participants=())
    document = reopen(sitman.render(bare))
    assert "The exercise has no objectives yet." in all_text(document)
    assert "Appendix: Participants" not in heading_texts(document, 1)


# -- facilitator guide ----------------------------------------------------------------------


def test_guide_sections_then_one_per_module(
    facilitator: docx.document.Document, english: Exercise
) -> None:
    assert heading_texts(facilitator, 1) == [*GUIDE_SECTIONS, *module_headings(english)]
    assert facilitator.paragraphs[1].text == "Facilitator guide"
    assert "players must not see" in section_after(facilitator, "Handling instructions", level=1)


def test_guide_timing_plan_lists_every_inject_at_its_planned_time(
    facilitator: docx.document.Document, english: Exercise
) -> None:
    plan = next(t for t in facilitator.tables if t.rows[0].cells[0].text == "Time")
    assert repeats_header(plan)
    rows = [[c.text for c in row.cells] for row in plan.rows]
    numbers = [int(r[1]) for r in rows if r[1].isdigit()]
    assert numbers == [i.number for i in facts.planned_injects(english)]
    first = english.inject_by_number(1)
    assert first is not None
    row = next(r for r in rows if r[1] == "1")
    assert row[0] == "10:00" and first.title in row[2] and first.scenario_time in row[2]
    assert "Law enforcement" in row[3] and row[4] == "Projector"
    assert sum("Module opens" in r[2] for r in rows) == 3
    assert sum("Module closes" in r[2] for r in rows) == 3


def test_guide_holds_each_inject_with_expected_actions_and_notes_in_its_module(
    facilitator: docx.document.Document, english: Exercise
) -> None:
    for module, title in zip(english.modules, module_headings(english), strict=True):
        part = section_after(facilitator, title, level=1)
        for inject in facts.planned_injects(english, module.id):
            assert f"Inject {inject.number}: {inject.title}" in part
    first = english.inject_by_number(1)
    assert first is not None
    block = section_after(facilitator, f"Inject 1: {first.title}", level=3)
    assert "Expected actions" in block and "Facilitator notes" in block
    for action in first.expected_actions:
        assert action in block
    assert " ".join(first.facilitator_notes.split())[:60] in block
    assert "Operational coordination" not in block  # objectives by title, not capability
    assert "O1. Coordinate a whole-of-government" in block


def test_guide_seats_teams_and_lists_exercise_control(
    facilitator: docx.document.Document, english: Exercise
) -> None:
    seating = section_after(facilitator, "Teams and seating", level=1)
    for team in english.teams:
        assert team.name in seating and team.table in seating
    assert "Farhod Saidov" in seating  # a player, named with their team
    control = [p for p in english.participants if p.role.value != "player"]
    assert control and all(p.name in seating for p in control)
    assert "Facilitators" in seating and "Observers" in seating


def test_guide_discussion_questions_and_prompts(
    facilitator: docx.document.Document, english: Exercise
) -> None:
    module = english.modules[1]
    part = section_after(facilitator, module_headings(english)[1], level=1)
    assert "Prompts for the facilitator" in part and module.key_issues[0] in part
    assert f"1.\t{module.discussion_questions[0]}" in part


def test_guide_in_russian(russian: Exercise) -> None:
    document = reopen(guide.render(russian))
    headings = heading_texts(document, 1)
    assert "План по времени" in headings and "Группы и рассадка" in headings
    text = all_text(document)
    assert "Ожидаемые действия" in text and "Заметки для ведущего" in text
    assert "Вводная 1: " in "\n".join(heading_texts(document, 3))
    assert "Проектор" in text and "Начало модуля" in text


def test_an_organisers_template_keeps_its_look_and_gains_our_styles(english: Exercise) -> None:
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    out = io.BytesIO()
    template.save(out)
    options = ExportOptions(template=out.getvalue(), paper=Paper.LETTER)
    for render in (sitman.render, guide.render):
        document = reopen(render(english, options=options))
        assert document.styles["Normal"].font.name == "Georgia"
        assert "Numbered Item" in [s.name for s in document.styles]
        assert document.sections[0].page_width == Inches(8.5)
        assert heading_texts(document, 1)[0] == "Handling instructions"
