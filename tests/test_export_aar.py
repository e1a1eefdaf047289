"""The after-action report, reopened with python-docx, and the `export` command for documents."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from statistics import mean
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Inches

from tests.export_helpers import (
    TAJIK,
    all_text,
    header_text,
    heading_texts,
    live,
    played,
    reopen,
    repeats_header,
    section_after,
)
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, EntryTag, Exercise, Gender, LogEntry, Rating
from ttx_desktop.exporters import aar
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.services.export_kinds import EXPORTS
from ttx_desktop.storage.exercise_file import ExerciseFile

SECTIONS = [
    "Handling instructions", "Executive summary", "Exercise overview",
    "Exercise conduct", "Analysis of objectives", "Conclusion", "Appendix A: Improvement plan",
    "Appendix B: Exercise participants", "Appendix C: Participant feedback summary",
    "Appendix D: Acronyms",
]  # fmt: skip


@pytest.fixture(scope="module")
def exercise(tmp_path_factory: pytest.TempPathFactory) -> Exercise:
    base = played(tmp_path_factory.mktemp("played"))
    # Two entries whose place in the analysis is known: one tagged to O1, one tagged to no
    # objective although its inject names O2 (it belongs under "Other observations").
    o1, o2 = base.objectives
    through_o2 = next(i for i in base.injects if i.objective_ids == (o2.id,) and i.released_at)
    anchor = live(base)[-1]
    extra = (
        LogEntry(id=new_id(), kind=EntryKind.OBSERVATION, text="UNIQUE strength for O1",
                 logged_at=anchor.logged_at + timedelta(seconds=1), team_id=anchor.team_id,
                 tag=EntryTag.STRENGTH, objective_id=o1.id, author="Eva"),
        LogEntry(id=new_id(), kind=EntryKind.IMPROVEMENT, text="UNIQUE gap through inject",
                 logged_at=anchor.logged_at + timedelta(seconds=2), team_id=anchor.team_id,
                 inject_id=through_o2.id, author="Eva"),
    )  # fmt: skip
    return replace(base, log=(*base.log, *extra))


@pytest.fixture(scope="module")
def pictures(qapp: Any) -> Any:
    from ttx_desktop.exporters.charts import QtPictures

    return QtPictures()


@pytest.fixture(scope="module")
def document(exercise: Exercise, pictures: Any) -> docx.document.Document:
    return reopen(aar.render(exercise, options=ExportOptions(pictures=pictures)))


def test_hseep_sections_in_order(document: docx.document.Document) -> None:
    assert heading_texts(document, 1) == SECTIONS
    assert document.paragraphs[1].text == "After-action report and improvement plan"


def test_two_pictures_timeline_and_entries_chart(document: docx.document.Document) -> None:
    assert len(document.inline_shapes) == 2
    conduct = section_after(document, "Exercise conduct", level=1)
    assert "Figure 1: Injects: planned against actual release times" in conduct
    assert "Figure 2: Entries per team and module" in conduct
    for shape in document.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        image = document.part.related_parts[blip.embed]
        assert image.blob.startswith(b"\x89PNG")
        assert shape.width <= document.sections[0].page_width


def test_without_pictures_there_are_none(exercise: Exercise) -> None:
    assert len(reopen(aar.render(exercise)).inline_shapes) == 0


def test_generated_executive_summary_states_the_facts(
    exercise: Exercise, document: docx.document.Document
) -> None:
    text = section_after(document, "Executive summary", level=1)
    released = sum(1 for i in exercise.injects if i.released_at)
    assert "first draft" in text
    assert f"Of {len(exercise.injects)} injects planned" in text
    assert f"{released} were released" in text
    assert f"recorded {len(live(exercise))} entries" in text
    assert f"{len(exercise.participants)} participants" in text


def test_a_written_executive_summary_is_used_as_it_is_with_the_lists_under_it(
    exercise: Exercise,
) -> None:
    details = replace(exercise.details, executive_summary="Our own summary.\n\nSecond part.")
    text = section_after(reopen(aar.render(replace(exercise, details=details))),
                         "Executive summary", level=1)  # fmt: skip
    lines = text.splitlines()
    assert lines[:3] == ["Our own summary.", "Second part.", "Major strengths"]
    assert "Primary areas for improvement" in lines
    assert "Generated" not in text


def test_overview_names_dates_scope_objectives_sponsor(
    exercise: Exercise, document: docx.document.Document
) -> None:
    text = section_after(document, "Exercise overview", level=1)
    for value in (exercise.title, "16–17 March 2027", exercise.details.sponsor,
                  *(o.title for o in exercise.objectives), "Civil Protection Agency"):  # fmt: skip
        assert value in text


def test_each_objective_with_its_rating_and_evidence(
    exercise: Exercise, document: docx.document.Document
) -> None:
    o1, o2 = exercise.objectives
    english = labels_for("en")
    for objective in exercise.objectives:
        heading = f"{objective.code}. {objective.title}"
        assert heading in heading_texts(document, 2)
        text = section_after(document, heading, level=2)
        assert objective.rating is not Rating.NONE  # the simulation rates every objective
        assert f"Rating: {objective.rating.value} — {english.rating(objective.rating)}" in text
        assert f"Capability: {objective.capability}" in text
    first = section_after(document, f"O1. {o1.title}", level=2)
    second = section_after(document, f"O2. {o2.title}", level=2)
    assert "UNIQUE strength for O1" in first.split("Areas for improvement")[0]
    assert "UNIQUE strength for O1" not in second
    assert "UNIQUE gap through inject" not in second
    assert "UNIQUE gap through inject" not in first
    other = section_after(document, "Other observations", level=2)
    assert "UNIQUE gap through inject" in other.split("Areas for improvement")[1]
    assert "Evidence: " in first


def test_improvement_plan_is_a_landscape_table(
    exercise: Exercise, document: docx.document.Document
) -> None:
    plan = next(t for t in document.tables if t.rows[0].cells[1].text == "Objective / capability")
    assert [c.text for c in plan.rows[0].cells] == [
        "№", "Objective / capability", "Issue / area for improvement", "Corrective action",
        "Capability element", "Responsible organisation and point of contact",
        "Start and completion", "Status",
    ]  # fmt: skip
    assert len(plan.rows) == 1 + len(exercise.recommendations) >= 7
    assert repeats_header(plan)
    assert any(s.orientation is WD_ORIENT.LANDSCAPE for s in document.sections)
    assert document.sections[-1].orientation is WD_ORIENT.PORTRAIT
    for item in exercise.recommendations:
        assert item.issue in all_text(document)


def test_participants_counted_by_organisation_team_and_gender(
    exercise: Exercise, document: docx.document.Document
) -> None:
    text = section_after(document, "Appendix B: Exercise participants", level=1)
    women = sum(p.gender is Gender.FEMALE for p in exercise.participants)
    men = sum(p.gender is Gender.MALE for p in exercise.participants)
    gender = next(t for t in document.tables if t.rows[0].cells[0].text == "By gender")
    rows = {r.cells[0].text: r.cells[1].text for r in gender.rows[1:]}
    assert rows == {"Women": str(women), "Men": str(men)}
    for team in exercise.teams:
        assert team.name in text


def test_feedback_summary_averages_each_statement(
    exercise: Exercise, document: docx.document.Document
) -> None:
    scores = [v for f in exercise.feedback for k, v in f.ratings if k == "structure"]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Statement")
    first = table.rows[1].cells
    assert first[0].text == "The exercise was well structured and organised."
    assert first[1].text == f"{mean(scores):.1f}"
    text = section_after(document, "Appendix C: Participant feedback summary", level=1)
    assert exercise.feedback[0].strengths[0] in text


def test_no_feedback_no_appendix_c(exercise: Exercise) -> None:
    document = reopen(aar.render(replace(exercise, feedback=())))
    assert "Appendix C: Participant feedback summary" not in heading_texts(document, 1)


def test_every_table_with_a_header_repeats_it(document: docx.document.Document) -> None:
    labels = [t.rows[0].cells[0].text in ("Dates", "Exercise name") for t in document.tables]
    assert sum(labels) == 2  # the cover and the overview: label/value tables, no header row
    for table, is_label_table in zip(document.tables, labels, strict=True):
        assert repeats_header(table) is not is_label_table


def test_russian_report(tmp_path: Path, pictures: Any) -> None:
    exercise = played(tmp_path, russian=True)
    document = reopen(aar.render(exercise, options=ExportOptions(pictures=pictures)))
    headings = heading_texts(document, 1)
    assert headings[:2] == ["Порядок обращения с документом", "Краткое изложение"]
    assert "Приложение А. План совершенствования" in headings
    text = all_text(document)
    assert TAJIK in text
    assert "Отчёт по итогам учения и план совершенствования" in text
    assert any(f"{r} — Выполнено" in text for r in "PSM") or "Выполнить не удалось" in text
    assert "ТОЛЬКО ДЛЯ УЧЕБНЫХ ЦЕЛЕЙ" in header_text(document)


# -- the command line ---------------------------------------------------------------------


def ttx(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ttx_desktop", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    played(folder)
    return folder / "mini.ttxdb"


def test_cli_exports_minutes_and_aar_with_letter_paper(stored: Path, tmp_path: Path) -> None:
    for kind in ("minutes", "aar"):
        out = tmp_path / f"{kind}.docx"
        result = ttx("export", kind, stored, "-o", out, "--paper", "letter")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"{out}: written from {stored}"
        document = reopen(out.read_bytes())
        assert document.sections[0].page_width == Inches(8.5)
    assert len(reopen((tmp_path / "aar.docx").read_bytes()).inline_shapes) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_export_all_writes_every_kind_into_a_folder(stored: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    result = ttx("export", "all", stored, "-o", folder)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in folder.iterdir()}
    assert names == {f"mini-{kind.filename}" for kind in EXPORTS.values()}
    assert {"mini-after-action-report.docx", "mini-exercise.yaml", "mini-minutes.docx"} <= names
    again = ttx("export", "all", stored, "-o", folder)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert ttx("export", "all", stored, "-o", folder, "--force").returncode == 0


def test_cli_refuses_a_bad_template_and_paper_for_yaml(stored: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.docx"
    bogus.write_text("not a zip", encoding="utf-8")
    result = ttx("export", "aar", stored, "-o", tmp_path / "a.docx", "--template", bogus)
    assert result.returncode == 1
    assert "not a Word template" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "a.docx").exists()
    result = ttx("export", "yaml", stored, "-o", tmp_path / "x.yaml", "--paper", "a4")
    assert result.returncode == 1 and "Word documents" in result.stderr
    assert ttx("export", "aar", stored, "-o", tmp_path / "b.docx", "--paper", "a5").returncode == 2


def test_cli_export_reads_the_file_it_was_given(stored: Path) -> None:
    with ExerciseFile.open(stored, readonly=True) as xf:
        assert xf.exercise.load().feedback  # the played file holds feedback for appendix C
