"""A real reader opens the documents: LibreOffice converts each to PDF, and its pages and text
are checked with poppler's pdfinfo / pdftotext. Skipped, saying why, where they are missing
(`./dev test` installs them where it runs as root)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.export_helpers import TAJIK, live, played
from ttx_desktop.domain.model import Exercise
from ttx_desktop.exporters import aar, cards, eeg, facts, guide, minutes, msel_doc, sitman
from ttx_desktop.exporters.options import ExportOptions, Paper
from ttx_desktop.qr import inject_payload

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
PDFTOPPM = shutil.which("pdftoppm")
ZBARIMG = shutil.which("zbarimg")
HANDBOOKS = {"sitman": sitman, "guide": guide, "cards": cards, "msel": msel_doc, "eeg": eeg}

pytestmark = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext) are needed to render documents; "
    "install libreoffice-writer-nogui and poppler-utils, or run ./dev test as root",
)


def to_pdf(folder: Path, documents: dict[str, bytes]) -> dict[str, Path]:
    """Converts every document in one LibreOffice run, with a throwaway profile."""
    sources = []
    for name, data in documents.items():
        path = folder / f"{name}.docx"
        path.write_bytes(data)
        sources.append(path)
    profile = folder / "lo-profile"
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdfs = {name: folder / f"{name}.pdf" for name in documents}
    for name, pdf in pdfs.items():
        assert pdf.is_file() and pdf.stat().st_size > 0, f"LibreOffice did not convert {name}"
    return pdfs


def pdf_text(pdf: Path) -> str:
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, timeout=60).stdout.decode("utf-8")  # fmt: skip
    return out


def pages(text: str) -> int:
    """Pages of a pdftotext output: it ends every page with a form feed."""
    return text.count("\f")


def flat(text: str) -> str:
    """Text with line breaks, hyphenation and repeated spaces smoothed out."""
    return re.sub(r"\s+", " ", text.replace("-\n", "").replace("\u00ad", ""))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> dict[str, Any]:
    from ttx_desktop.exporters.charts import QtPictures

    folder = tmp_path_factory.mktemp("render")
    english = played(folder)
    russian = played(folder, russian=True)
    options = ExportOptions(pictures=QtPictures())
    documents = {
        "minutes-en": minutes.render(english, options=options),
        "aar-en": aar.render(english, options=options),
        "minutes-ru": minutes.render(russian, options=options),
        "aar-ru": aar.render(russian, options=replace(options, paper=Paper.LETTER)),
    }
    for name, module in HANDBOOKS.items():
        documents[f"{name}-en"] = module.render(english, options=options)
        documents[f"{name}-ru"] = module.render(russian, options=options)
    pdfs = to_pdf(folder, documents)
    texts = {name: pdf_text(pdf) for name, pdf in pdfs.items()}
    return {"en": english, "ru": russian, "text": texts, "pdf": pdfs, "folder": folder}


def test_minutes_render_with_their_injects_and_entries(rendered: dict[str, Any]) -> None:
    english: Exercise = rendered["en"]
    text = rendered["text"]["minutes-en"]
    assert pages(text) >= 3
    smooth = flat(text)
    assert "Mini exercise: flood at Riverton" in smooth
    assert "Minutes" in smooth and "Attendance" in smooth and "Open questions" in smooth
    inject = facts.released_injects(english)[0]
    assert f"Inject {inject.number}: {inject.title}" in smooth
    entry = next(e for e in live(english) if e.inject_id == inject.id)
    assert flat(entry.text)[:40] in smooth
    assert "FOR TRAINING USE ONLY" in smooth
    assert re.search(r"Page 1 of \d+", smooth)


def test_after_action_report_renders_every_section(rendered: dict[str, Any]) -> None:
    text = rendered["text"]["aar-en"]
    assert pages(text) >= 8  # cover, handling, summary, overview, conduct, analysis, appendices
    smooth = flat(text)
    headings = ("Executive summary", "Exercise overview", "Analysis of objectives",
                "Appendix A: Improvement plan", "Appendix B: Exercise participants")  # fmt: skip
    for heading in headings:
        assert heading in smooth
    assert "Figure 1: Injects: planned against actual release times" in smooth


def test_russian_documents_render_cyrillic_and_tajik_letters(rendered: dict[str, Any]) -> None:
    for name in ("minutes-ru", "aar-ru"):
        smooth = flat(rendered["text"][name])
        assert TAJIK in smooth, name
        assert "ТОЛЬКО ДЛЯ УЧЕБНЫХ ЦЕЛЕЙ" in smooth
        assert re.search(r"Страница 1 из \d+", smooth)
    assert "Ход учения" in flat(rendered["text"]["minutes-ru"])
    assert "Краткое изложение" in flat(rendered["text"]["aar-ru"])


def test_handbooks_render_with_the_sample_s_modules_and_injects(rendered: dict[str, Any]) -> None:
    english: Exercise = rendered["en"]
    text = {name: flat(rendered["text"][f"{name}-en"]) for name in HANDBOOKS}
    first = facts.planned_injects(english)[0]
    module = english.modules[0]
    assert pages(rendered["text"]["sitman-en"]) >= 5
    assert "Situation manual" in text["sitman"] and "Roles and responsibilities" in text["sitman"]
    assert f"Module 1. {module.title}" in text["sitman"]
    assert module.discussion_questions[0] in text["sitman"] and first.title not in text["sitman"]
    assert pages(rendered["text"]["guide-en"]) >= 5
    assert "Timing plan" in text["guide"] and f"Inject 1: {first.title}" in text["guide"]
    assert first.expected_actions[0] in text["guide"]
    assert "Master scenario events list (MSEL)" in text["msel"] and first.title in text["msel"]
    assert "Exercise evaluation guide" in text["eeg"] and "Evaluator's notes" in text["eeg"]
    for objective in english.objectives:
        assert f"{objective.code}. {objective.title}" in text["eeg"]
    assert 1 <= pages(rendered["text"]["cards-en"]) <= len(english.injects)
    for name in HANDBOOKS:
        assert "FOR TRAINING USE ONLY" in text[name], name
        assert re.search(r"Page 1 of \d+", text[name]), name


def test_russian_handbooks_render_cyrillic_and_tajik_letters(rendered: dict[str, Any]) -> None:
    for name in HANDBOOKS:
        smooth = flat(rendered["text"][f"{name}-ru"])
        assert TAJIK in smooth, name
        assert re.search(r"Страница 1 из \d+", smooth), name
    assert "Справочник участника учения" in flat(rendered["text"]["sitman-ru"])
    assert "План по времени" in flat(rendered["text"]["guide-ru"])
    assert "Вводная 1:" in flat(rendered["text"]["cards-ru"])


@pytest.mark.skipif(
    PDFTOPPM is None or ZBARIMG is None,
    reason="pdftoppm (poppler-utils) and zbarimg (zbar-tools) read the printed QR codes",
)
def test_printed_cards_qr_codes_decode(rendered: dict[str, Any]) -> None:
    """Every card as a printer puts it on paper, scanned at 150 dpi, read by a QR decoder."""
    assert PDFTOPPM is not None and ZBARIMG is not None
    folder: Path = rendered["folder"]
    for language in ("en", "ru"):
        prefix = folder / f"cards-{language}-page"
        subprocess.run([PDFTOPPM, "-r", "150", "-gray", "-png",
                        str(rendered["pdf"][f"cards-{language}"]), str(prefix)],
                       check=True, timeout=120)  # fmt: skip
        decoded: list[str] = []
        for image in sorted(folder.glob(f"cards-{language}-page*.png")):
            out = subprocess.run([ZBARIMG, "--quiet", "--raw", "-Sbinary", str(image)],
                                 check=False, capture_output=True, timeout=60).stdout  # fmt: skip
            decoded.append(out.decode("utf-8"))
        found = "\n".join(decoded)
        for inject in facts.planned_injects(rendered[language]):
            assert inject_payload(inject.number, inject.title) in found, (language, inject.number)


def test_russian_report_reads_plural_forms_and_no_doubled_title(rendered: dict[str, Any]) -> None:
    smooth = flat(rendered["text"]["aar-ru"])
    russian: Exercise = rendered["ru"]
    injects, modules = len(russian.injects), len(russian.modules)
    assert (injects, modules) == (6, 2)
    assert "В 2 модулях запланировано 6 вводных" in smooth
    assert f"приняли участие {len(russian.participants)} человека" in smooth
    assert russian.details.title.startswith("Учение «")
    assert "Учение «Учение" not in smooth and "Учение «Паводок в Ривертоне» (" in smooth
    assert '"' not in smooth
    assert "Анализ достижения целей" in smooth


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", value) if len(w) > 1]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_word_of_the_improvement_plan_is_broken(rendered: dict[str, Any], language: str) -> None:
    """Every word in the plan's cells and headers comes out of the PDF whole: a column too
    narrow for a word would split it across two lines with no hyphen."""
    exercise: Exercise = rendered[language]
    tokens = set(_words(rendered["text"][f"aar-{language}"]))
    assert exercise.recommendations
    cells = _plan_headers(language)
    for item in exercise.recommendations:
        cells += [item.issue, item.corrective_action, item.capability_element,
                  item.responsible, item.contact]  # fmt: skip
    broken = [w for cell in cells for w in _words(cell) if w not in tokens]
    assert not broken, broken


def _plan_headers(language: str) -> list[str]:
    from ttx_desktop.exporters.labels import labels_for

    lb = labels_for(language)
    keys = ("objective_capability", "issue", "corrective_action", "capability_element",
            "responsible_contact", "start_completion")  # fmt: skip
    return [lb[key] for key in keys]
