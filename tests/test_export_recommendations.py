"""The policy recommendations document: agreed ones by theme with their review, never mixed
with those under discussion; a matrix, evidence, votes and contributors; any state exports."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from tests.export_helpers import all_text, heading_texts, reopen, run_cli, sample, section_after
from tests.storage_helpers import T0, small_exercise
from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.policy import PolicyStatus
from ttx_desktop.domain.votes import Ballot, Vote, VoteOption
from ttx_desktop.exporters import recommendations
from ttx_desktop.exporters.recommendations import agreed_and_open
from ttx_desktop.storage.exercise_file import ExerciseFile

SHUTDOWN = "Give the Security Council the power to restrict mobile internet"


def test_agreed_recommendations_are_filed_by_theme_with_their_review() -> None:
    exercise = sample()
    doc = reopen(recommendations.render(exercise))
    assert "Summary for policymakers" in heading_texts(doc, 1)
    themes = heading_texts(doc, 2)
    for theme in ("Detection and removal", "Investigation", "Public communication"):
        assert theme in themes
    by_theme = section_after(doc, "Recommendations by theme", level=1)
    assert "Judicial authorisation or confirmation within 48 hours" in by_theme
    assert "Human rights: Compliant · Gender: Considered" in by_theme
    # The draft that failed both reviews is under discussion, never among the agreed.
    assert SHUTDOWN not in by_theme
    assert SHUTDOWN not in section_after(doc, "Matrix of recommendations", level=1)
    assert "restrict mobile internet" in section_after(doc, "Under discussion", level=1)
    # The merged duplicate appears nowhere as a recommendation of its own.
    assert "One police unit sends every referral" not in all_text(doc)


def test_priorities_order_the_summary_and_the_matrix() -> None:
    agreed, discussed = agreed_and_open(sample())
    priorities = [p.priority for p in agreed]
    ranked = [p for p in priorities if p is not None]
    assert ranked == sorted(ranked) and priorities[: len(ranked)] == ranked
    assert all(p.status is PolicyStatus.AGREED and p.reviewed for p in agreed)
    assert {p.status for p in discussed} == {PolicyStatus.DRAFT}


def test_russian_document_speaks_russian() -> None:
    doc = reopen(recommendations.render(sample(russian=True)))
    assert "Резюме для лиц, принимающих решения" in heading_texts(doc, 1)
    assert "Выявление и удаление" in heading_texts(doc, 2)
    text = all_text(doc)
    assert "Права человека: Соответствует · Гендерные аспекты: Учтены" in text
    assert "Summary" not in text


def _with_votes(exercise: Exercise) -> Exercise:
    poll = Vote(
        id="v1",
        question="Escalate to the national level now?",
        options=(VoteOption("a", "Yes"), VoteOption("b", "Not yet")),
        opened_at=T0,
        closed_at=T0 + timedelta(minutes=4),
    )
    unheld = Vote(id="v2", question="A poll never opened", options=poll.options)
    ballots = tuple(
        Ballot("v1", f"phone-{n}", (("a" if n % 4 else "b", 1),), T0 + timedelta(seconds=n))
        for n in range(12)
    )
    return replace(exercise, votes=(poll, unheld), ballots=ballots)


def test_the_votes_annex_counts_each_phone_once_and_leaves_out_unheld_votes() -> None:
    doc = reopen(recommendations.render(_with_votes(sample())))
    votes = section_after(doc, "Annex B. Votes", level=1)
    assert "Escalate to the national level now?" in votes
    assert "phones that voted: 12" in votes and "Yes 9" in " ".join(votes.split())
    assert "A poll never opened" not in votes


@pytest.mark.parametrize("russian", [False, True])
def test_an_exercise_with_no_recommendations_says_so_in_a_line(russian: bool) -> None:
    exercise = small_exercise()
    if russian:
        exercise = replace(exercise, details=replace(exercise.details, language="ru"))
    text = all_text(reopen(recommendations.render(exercise)))
    assert exercise.title in text
    none = "Пока не согласовано ни одной рекомендации." if russian else "No recommendation has"
    assert none in text


def test_the_command_writes_the_document(tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    ExerciseFile.create(path, sample()).close()
    out = tmp_path / "recommendations.docx"
    done = run_cli("export", "recommendations", path, "-o", out)
    assert done.returncode == 0, done.stderr
    assert "Policy recommendations" in all_text(reopen(out.read_bytes()))


def test_libreoffice_renders_both_languages(tmp_path: Path) -> None:
    from tests.test_export_render import PDFTOTEXT, SOFFICE, pdf_text, to_pdf

    if SOFFICE is None or PDFTOTEXT is None:
        pytest.skip("LibreOffice and poppler-utils are needed to render documents")
    pdfs = to_pdf(
        tmp_path,
        {
            "en": recommendations.render(_with_votes(sample())),
            "ru": recommendations.render(sample(russian=True)),
        },
    )
    english, russian = pdf_text(pdfs["en"]), pdf_text(pdfs["ru"])
    assert "Matrix of recommendations" in english and "Annex C" in english
    assert "Сводная таблица рекомендаций" in russian and "Приложение В" in russian
    assert "Page 1 of" in english and "Страница 1 из" in russian


def test_the_report_names_the_document_and_counts_by_theme_and_status() -> None:
    from ttx_desktop.exporters import aar

    doc = reopen(aar.render(sample()))
    section = section_after(doc, "Policy recommendations", level=1)
    assert "policy-recommendations.docx" in section
    agreed, discussed = agreed_and_open(sample())
    assert (
        f"agreed and reviewed, {len(agreed)}; still under discussion, {len(discussed)}"
        in " ".join(section.split())
    )
    assert "Detection and removal" in section and "Total" in section
    # An exercise whose tables drafted nothing says nothing about it.
    plain = reopen(aar.render(small_exercise()))
    assert "Policy recommendations" not in heading_texts(plain, 1)


def test_the_minutes_record_the_votes_held() -> None:
    from ttx_desktop.exporters import minutes

    doc = reopen(minutes.render(_with_votes(sample())))
    votes = section_after(doc, "Votes of the room", level=1)
    assert "Escalate to the national level now?" in votes and "phones that voted: 12" in votes
    assert "A poll never opened" not in all_text(doc)
    # No vote held: no such section.
    assert "Votes of the room" not in heading_texts(reopen(minutes.render(sample())), 1)
