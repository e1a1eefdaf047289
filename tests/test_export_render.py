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
from ttx_desktop.exporters import aar, facts, minutes
from ttx_desktop.exporters.options import ExportOptions, Paper

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")

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
    from ttx_desktop.gui.pictures import QtPictures

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
    texts = {name: pdf_text(pdf) for name, pdf in to_pdf(folder, documents).items()}
    return {"en": english, "ru": russian, "text": texts}


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
