"""The MSEL as a Word table and the exercise evaluation guide, reopened with python-docx, from
a played exercise (released and skipped injects, a log, ratings); and their CLI kinds."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, RGBColor

from tests.export_helpers import (
    all_text,
    heading_texts,
    live,
    played,
    reopen,
    repeats_header,
    run_cli,
    russian_mini,
    sample,
    section_after,
)
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, Exercise, InjectStatus, LogEntry, Participant, Role
from ttx_desktop.exporters import eeg, facts, msel_doc
from ttx_desktop.exporters.options import ExportOptions, Paper

MSEL_COLUMNS = ["№", "Planned", "Actual", "Scenario time", "Inject", "From", "To", "Delivery",
                "Expected actions", "Status"]  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("played")


@pytest.fixture(scope="module")
def exercise(folder: Path) -> Exercise:
    return played(folder)


@pytest.fixture(scope="module")
def msel(exercise: Exercise) -> docx.document.Document:
    return reopen(msel_doc.render(exercise))


@pytest.fixture(scope="module")
def guide(exercise: Exercise) -> docx.document.Document:
    return reopen(eeg.render(exercise))


# -- MSEL -----------------------------------------------------------------------------------


def test_msel_is_one_landscape_table_with_repeated_header(
    msel: docx.document.Document, exercise: Exercise
) -> None:
    section = msel.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width is not None and section.page_height is not None
    assert section.page_width > section.page_height
    assert [p.text for p in msel.paragraphs[:2]] == [
        exercise.title,
        "Master scenario events list (MSEL)",
    ]
    assert (
        msel.paragraphs[2].text
        == "6 injects in 2 modules: 5 released, 1 skipped, 0 not yet released."
    )
    assert (
        msel.paragraphs[3].text
        == "Teams: CIV — Civil protection; MED — Health services; PRESS — Media"
    )
    assert len(msel.tables) == 1
    table = msel.tables[0]
    assert repeats_header(table)
    assert [c.text for c in table.rows[0].cells] == MSEL_COLUMNS


def test_msel_rows_by_module_with_planned_actual_and_status(
    msel: docx.document.Document, exercise: Exercise
) -> None:
    rows = [[c.text for c in row.cells] for row in msel.tables[0].rows[1:]]
    groups = [r[0] for r in rows if len(set(r)) == 1]
    assert groups == ["Module 1. Day 1: Rising water", "Module 2. Day 2: The dam"]
    by_number = {r[0]: r for r in rows if r[0].isdigit()}
    assert list(by_number) == [str(i.number) for i in facts.planned_injects(exercise)]
    for inject in exercise.injects:
        row = by_number[str(inject.number)]
        assert row[1] == facts.planned_time(exercise, inject)
        assert inject.title in row[4] and inject.text.split()[0] in row[4]
        if inject.status is InjectStatus.RELEASED:
            assert row[2].startswith(facts.local_time(inject.released_at))
            assert row[9] == "Released"
        else:
            assert row[2] == "—" and row[9] == "Skipped"
    assert by_number["1"][6] == "CIV" and by_number["2"][6] == "MED, CIV"
    assert by_number["4"][6] == "All teams"
    assert by_number["1"][7] == "E-mail" and by_number["1"][8] == "Issue a flood watch"
    assert "on time" in by_number["2"][2]


def test_msel_rows_stay_whole_and_inject_text_is_readable(
    msel: docx.document.Document, exercise: Exercise
) -> None:
    """Each inject's row stays on one page under the repeated header, and its text is set
    in the table's own 9.5 pt, in black (not the small grey of notes)."""
    table = msel.tables[0]
    header, *rows = table.rows
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    styles = msel.styles
    text_style = styles["Table Text"]
    assert text_style.font.size is not None and text_style.font.size.pt >= 9.5
    assert text_style.font.color.rgb in (None, RGBColor(0, 0, 0))
    for inject in exercise.injects:
        cell = next(r.cells[4] for r in rows if r.cells[0].text == str(inject.number))
        body = [p for p in cell.paragraphs if p.text == inject.text]
        assert body and all(p.style.name == "Table Text" for p in body), inject.number


def test_msel_on_letter_paper_and_in_russian(folder: Path) -> None:
    russian = played(folder, russian=True)
    document = reopen(msel_doc.render(russian, options=ExportOptions(paper=Paper.LETTER)))
    assert document.sections[0].page_width == Inches(11)
    assert [c.text for c in document.tables[0].rows[0].cells][:3] == ["№", "План", "Факт"]
    assert "6 вводных, 2 модуля: выдано 5, пропущена 1" in document.paragraphs[2].text
    assert "Пропущена" in all_text(document) and "Электронное письмо" in all_text(document)


# -- evaluation guide -----------------------------------------------------------------------


def test_eeg_sections_and_one_part_per_objective(
    guide: docx.document.Document, exercise: Exercise
) -> None:
    objectives = [f"{o.code}. {o.title}" for o in exercise.objectives]
    assert heading_texts(guide, 1) == [
        "Handling instructions", "How to use this guide", "Evaluators", *objectives,
    ]  # fmt: skip
    assert guide.paragraphs[1].text == "Exercise evaluation guide"
    scale = section_after(guide, "How to use this guide", level=1)
    assert "Performed with major challenges" in scale and "Unable to be performed" in scale
    for objective in objectives:
        part = section_after(guide, objective, level=1)
        for heading in ("Observations logged", "Evaluator's notes and evidence", "Rating"):
            assert heading in part
        assert "Evaluator\nName\n" in part and "Date and signature" in part


def test_eeg_observations_under_their_objective_only(
    guide: docx.document.Document, exercise: Exercise
) -> None:
    o1, o2 = exercise.objectives
    only_o1 = {i.id for i in exercise.injects if i.objective_ids == (o1.id,)}
    # Logged against an inject of O1 alone, the entry took O1 as its objective.
    entry = next(e for e in live(exercise) if e.inject_id in only_o1 and e.objective_id == o1.id)
    first = section_after(guide, f"{o1.code}. {o1.title}", level=1)
    second = section_after(guide, f"{o2.code}. {o2.title}", level=1)
    assert entry.text in first and entry.text not in second
    assert len(facts.about_objective(exercise, o1, live(exercise))) >= 1


def test_eeg_ticks_the_rating_given_in_the_review(
    guide: docx.document.Document, exercise: Exercise
) -> None:
    for objective in exercise.objectives:
        part = section_after(guide, f"{objective.code}. {objective.title}", level=1)
        assert f"☒ {objective.rating.value}" in part
        others = [r for r in ("P", "S", "M", "U") if r != objective.rating.value]
        assert all(f"☐ {r}" in part for r in others)


def test_eeg_leaves_room_to_write(guide: docx.document.Document) -> None:
    notes = [t for t in guide.tables if len(t.columns) == 1]
    assert notes and all(t.rows[0].height is not None and t.rows[0].height >= Cm(5) for t in notes)


def test_eeg_critical_tasks_to_tick_and_evaluators_named() -> None:
    exercise = sample()
    document = reopen(eeg.render(exercise))
    first = exercise.objectives[0]
    part = section_after(document, f"{first.code}. {first.title}", level=1)
    assert part.count("☐ fully\n☐ partly\n☐ not") == len(first.critical_tasks)
    assert all(task in part for task in first.critical_tasks)
    assert "No entries were logged against this objective." in part
    evaluators = section_after(document, "Evaluators", level=1)
    named = [p.name for p in exercise.participants if p.role is Role.EVALUATOR]
    assert named and all(name in evaluators for name in named)


def test_eeg_caps_the_observations_and_counts_the_rest(exercise: Exercise) -> None:
    o1 = exercise.objectives[0]
    anchor = live(exercise)[-1]
    extra = tuple(
        LogEntry(id=new_id(), kind=EntryKind.OBSERVATION, text=f"Extra observation {n}",
                 logged_at=anchor.logged_at + timedelta(seconds=n), objective_id=o1.id)
        for n in range(eeg.MAX_OBSERVATIONS + 5)
    )  # fmt: skip
    document = reopen(eeg.render(replace(exercise, log=(*exercise.log, *extra))))
    part = section_after(document, f"{o1.code}. {o1.title}", level=1)
    before = len(facts.about_objective(exercise, o1, live(exercise)))
    assert f"{before + 5} more entries about this objective are in the exercise log." in part


def test_eeg_in_russian(folder: Path) -> None:
    exercise = replace(
        played(folder, russian=True),
        participants=(Participant(id=new_id(), name="Зарина Ҳакимова", role=Role.EVALUATOR,
                                  email="z@example.org"),),
    )  # fmt: skip
    document = reopen(eeg.render(exercise))
    headings = heading_texts(document, 1)
    assert headings[1:3] == ["Как пользоваться руководством", "Оценщики"]
    assert "Зарина Ҳакимова" in section_after(document, "Оценщики", level=1)
    assert "Зафиксированные наблюдения" in all_text(document)
    assert russian_mini().objectives[0].title in "\n".join(headings)


# -- command line ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stored(folder: Path, exercise: Exercise) -> Path:
    return folder / "mini.ttxdb"


def test_cli_msel_to_docx_is_the_word_table(stored: Path, tmp_path: Path) -> None:
    out = tmp_path / "msel.docx"
    result = run_cli("export", "msel", stored, "-o", out, "--paper", "letter")
    assert result.returncode == 0, result.stderr
    document = reopen(out.read_bytes())
    assert [c.text for c in document.tables[0].rows[0].cells] == MSEL_COLUMNS
    assert document.sections[0].page_width == Inches(11)
    wrong = run_cli("export", "msel", stored, "-o", tmp_path / "msel.pdf")
    assert wrong.returncode == 1 and ".docx" in wrong.stderr and "Traceback" not in wrong.stderr


def test_cli_export_all_includes_every_document(stored: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    result = run_cli("export", "all", stored, "-o", folder)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in folder.iterdir()}
    for name in ("situation-manual", "facilitator-guide", "inject-cards", "msel",
                 "evaluation-guide"):  # fmt: skip
        assert f"mini-{name}.docx" in names
    assert "mini-msel.xlsx" in names


def test_cli_cards_with_room_link_and_one_per_page(stored: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.docx"
    result = run_cli("export", "cards", stored, "-o", out, "--cards-per-page", "1",
                     "--room-url", "http://10.0.0.5:8765/p/abc")  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = reopen(out.read_bytes())
    assert "exercise's room page" in document.tables[0].rows[0].cells[2].text
    assert run_cli("export", "cards", stored, "-o", out, "--cards-per-page", "3").returncode == 2


def test_cli_names_the_file_it_cannot_write(stored: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    result = run_cli("export", "eeg", stored, "-o", blocker / "eeg.docx")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{blocker / 'eeg.docx'}: its folder does not exist" in result.stderr
