"""The minutes, reopened with python-docx: structure, injects and their entries, decisions,
questions, caveat, paper, template, language and text Word cannot hold."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Inches, Mm, Pt

from tests.export_helpers import (
    TAJIK,
    all_text,
    footer_xml,
    header_text,
    heading_texts,
    live,
    played,
    reopen,
    repeats_header,
    section_after,
)
from ttx_desktop.domain.evidence import open_questions
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, Exercise, InjectStatus, LogEntry
from ttx_desktop.exporters import facts, minutes
from ttx_desktop.exporters.options import ExportError, ExportOptions, Paper


@pytest.fixture(scope="module")
def exercise(tmp_path_factory: pytest.TempPathFactory) -> Exercise:
    return played(tmp_path_factory.mktemp("played"))


@pytest.fixture(scope="module")
def russian(tmp_path_factory: pytest.TempPathFactory) -> Exercise:
    return played(tmp_path_factory.mktemp("played-ru"), russian=True)


@pytest.fixture(scope="module")
def document(exercise: Exercise) -> docx.document.Document:
    return reopen(minutes.render(exercise))


def test_sections_in_the_order_of_minutes(
    exercise: Exercise, document: docx.document.Document
) -> None:
    assert heading_texts(document, 1) == [
        "Attendance", "Proceedings", "Decisions", "Open questions",
    ]  # fmt: skip
    assert heading_texts(document, 2) == [m.title for m in exercise.modules]
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == exercise.title
    instructions = "".join(
        t.text or "" for t in document.element.iter(docx.oxml.ns.qn("w:instrText"))
    )
    assert "TOC" in instructions


def test_attendance_lists_every_participant_by_team(
    exercise: Exercise, document: docx.document.Document
) -> None:
    text = section_after(document, "Attendance", level=1)
    for person in exercise.participants:
        assert person.name in text
    for team in exercise.teams:
        assert team.name in text
    assert "Exercise control and observers" in text  # the facilitator, who has no team


def test_each_released_inject_is_followed_by_the_entries_that_answer_it(
    exercise: Exercise, document: docx.document.Document
) -> None:
    entries = live(exercise)
    for inject in facts.released_injects(exercise):
        day = facts.day_of(exercise, inject.released_at)  # the mini exercise has two days
        time = f"Day {day}, {facts.local_time(inject.released_at)}"
        heading = f"{time} · Inject {inject.number}: {inject.title}"
        assert heading in heading_texts(document, 3)
        text = section_after(document, heading, level=3)
        answers = [e for e in entries if e.inject_id == inject.id]
        assert answers, "the simulation logs entries for every released inject"
        for entry in answers:
            assert entry.text in text
            assert f"Day {facts.day_of(exercise, entry.logged_at)}, " \
                f"{facts.local_time(entry.logged_at)}" in text  # fmt: skip
            assert entry.author in text
        for team_id in {e.team_id for e in answers}:
            team = exercise.team(team_id)
            assert team is not None and team.name in text


def test_injects_appear_in_the_order_they_were_released(
    exercise: Exercise, document: docx.document.Document
) -> None:
    titles = [h for h in heading_texts(document, 3) if "Inject" in h]
    expected = [
        f"Inject {i.number}: {i.title}"
        for m in exercise.modules
        for i in facts.released_injects(exercise, m.id)
    ]
    assert [t.split(" · ", 1)[1] for t in titles] == expected


def test_skipped_injects_are_named_but_not_given_a_section(
    exercise: Exercise, document: docx.document.Document
) -> None:
    skipped = [i for i in exercise.injects if i.status is InjectStatus.SKIPPED]
    assert skipped
    text = all_text(document)
    for inject in skipped:
        assert f"Inject {inject.number} ({inject.title})" in text
        assert not any(f"Inject {inject.number}:" in h for h in heading_texts(document, 3))


def test_deleted_entries_never_appear(exercise: Exercise, document: docx.document.Document) -> None:
    deleted = [e for e in exercise.log if e.deleted]
    assert deleted, "the simulation deletes an entry"
    text = all_text(document)
    for entry in deleted:
        assert entry.text not in text


def test_decisions_and_open_questions_tables(
    exercise: Exercise, document: docx.document.Document
) -> None:
    decisions = section_after(document, "Decisions", level=1)
    questions = section_after(document, "Open questions", level=1)
    still_open = {e.id for e in open_questions(live(exercise))}
    closed = [e for e in live(exercise) if e.kind is EntryKind.QUESTION and e.id not in still_open]
    assert still_open and closed, "the simulation closes some questions and leaves others"
    open_texts = {e.text for e in live(exercise) if e.id in still_open}
    for entry in live(exercise):
        if entry.kind is EntryKind.DECISION:
            assert entry.text in decisions
        if entry.kind is EntryKind.QUESTION:
            assert entry.text not in decisions
            assert (entry.text in questions) is (entry.text in open_texts)


def test_entries_without_an_inject_go_under_other_discussion(
    exercise: Exercise, document: docx.document.Document
) -> None:
    loose = [e for e in live(exercise) if e.inject_id is None]
    assert loose
    text = all_text(document)
    assert "Other discussion" in heading_texts(document, 3)
    for entry in loose:
        assert entry.text in text


def test_tables_repeat_their_header_row(document: docx.document.Document) -> None:
    cover, *others = document.tables
    assert not repeats_header(cover)  # a label/value table has no header row
    assert others
    assert all(repeats_header(t) for t in others)
    assert all(t.style is not None and t.style.name == "TTX Table" for t in document.tables)


def test_caveat_and_draft_in_header_page_x_of_y_in_footer(
    exercise: Exercise, document: docx.document.Document
) -> None:
    assert exercise.details.caveat in header_text(document)
    assert "DRAFT" in header_text(document)
    footer = footer_xml(document)
    assert exercise.details.caveat in footer
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert "Page " in footer and " of " in footer


def test_minutes_marked_final_carry_no_draft_mark(exercise: Exercise) -> None:
    final = replace(exercise, details=replace(exercise.details, draft_documents=()))
    document = reopen(minutes.render(final))
    assert "DRAFT" not in header_text(document)
    assert "DRAFT" not in all_text(document)


def test_no_empty_paragraphs_between_blocks(document: docx.document.Document) -> None:
    body = [p for p in document.paragraphs if p.style is not None]
    empty = [p for p in body if not p.text.strip() and not p._p.xpath(".//w:drawing")
             and not p._p.xpath(".//w:sectPr") and not p.style.name.startswith("toc")]  # fmt: skip
    assert empty == []


def test_a4_by_default_letter_on_request(exercise: Exercise) -> None:
    a4 = reopen(minutes.render(exercise)).sections[0]
    assert abs(a4.page_width - Mm(210)) < Mm(0.1) and abs(a4.page_height - Mm(297)) < Mm(0.1)
    options = ExportOptions(paper=Paper.LETTER)
    letter = reopen(minutes.render(exercise, options=options)).sections[0]
    assert (letter.page_width, letter.page_height) == (Inches(8.5), Inches(11))
    assert letter.orientation is WD_ORIENT.PORTRAIT


def test_russian_exercise_gets_russian_labels(russian: Exercise) -> None:
    document = reopen(minutes.render(russian))
    assert heading_texts(document, 1) == [
        "Состав участников", "Ход учения", "Принятые решения", "Открытые вопросы",
    ]  # fmt: skip
    assert "ТОЛЬКО ДЛЯ УЧЕБНЫХ ЦЕЛЕЙ" in header_text(document)
    assert "ПРОЕКТ" in header_text(document)
    assert "Страница" in footer_xml(document)
    text = all_text(document)
    assert TAJIK in text
    assert "Решение" in text and "Вводная 1" in text
    assert any("Гражданская защита" in t for t in text.splitlines())


def test_characters_xml_cannot_hold_are_removed_with_a_warning(exercise: Exercise) -> None:
    first = live(exercise)[0]
    bad = LogEntry(
        id=new_id(),
        kind=EntryKind.DECISION,
        text="Evacuate\x0b Low Street\x00 now",
        logged_at=first.logged_at + timedelta(seconds=1),
        team_id=first.team_id,
        inject_id=first.inject_id,
        author="Note\x07 taker",
    )
    options = ExportOptions()
    data = minutes.render(replace(exercise, log=(*exercise.log, bad)), options=options)
    text = all_text(reopen(data))
    assert "Evacuate Low Street now" in text
    assert "Note taker" in text
    assert any("U+000B" in w and "U+0000" in w for w in options.warnings)
    assert any("U+0007" in w for w in options.warnings)


def make_template(path: Path) -> Path:
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    template.styles["Normal"].font.size = Pt(12)
    template.sections[0].header.paragraphs[0].text = "MINISTRY OF WATER · LOGO"
    template.add_paragraph("Template sample text that must not survive.")
    template.save(str(path))
    return path


def test_an_organisers_template_lends_its_styles_and_header(
    exercise: Exercise, tmp_path: Path
) -> None:
    template = make_template(tmp_path / "ministry.docx")
    document = reopen(minutes.render(exercise, options=ExportOptions(template=template)))
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Normal"].font.size == Pt(12)
    header = header_text(document)
    assert "MINISTRY OF WATER · LOGO" in header
    assert exercise.details.caveat in header
    text = all_text(document)
    assert "Template sample text" not in text
    assert "Attendance" in heading_texts(document, 1)
    # The template's own page size stays (python-docx's default template is Letter).
    assert document.sections[0].page_width == Inches(8.5)


def test_a_dotx_template_is_accepted(exercise: Exercise, tmp_path: Path) -> None:
    source = make_template(tmp_path / "ministry.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            content = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(item, content)
    document = reopen(minutes.render(exercise, options=ExportOptions(template=out.getvalue())))
    assert document.styles["Normal"].font.name == "Georgia"


def test_a_broken_template_is_a_clear_error(exercise: Exercise, tmp_path: Path) -> None:
    bogus = tmp_path / "not-a-template.docx"
    bogus.write_text("hello", encoding="utf-8")
    with pytest.raises(ExportError, match="not a Word template"):
        minutes.render(exercise, options=ExportOptions(template=bogus))
    with pytest.raises(ExportError, match="cannot be read"):
        minutes.render(exercise, options=ExportOptions(template=tmp_path / "missing.docx"))


def test_an_exercise_with_no_log_still_makes_minutes(tmp_path: Path) -> None:
    from tests.export_helpers import DATA
    from ttx_desktop.formats.definition import load_definition

    bare = load_definition(DATA / "mini.yaml")
    document = reopen(minutes.render(bare))
    assert "No decisions were recorded." in all_text(document)
