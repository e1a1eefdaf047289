"""The contents page carries page numbers with no prompt on opening; LibreOffice, where it is
installed, lays the documents out for the real numbers and saves them as PDF too; without
it, PDF is refused with a sentence that says why. Pictures carry alternative text."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn

from tests.export_helpers import played, reopen, run_cli
from ttx_desktop.exporters import aar, cards, contents, guide, minutes, office
from ttx_desktop.exporters.options import ExportOptions

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
DATA = Path(__file__).parent / "data"


def _toc_entries(data: bytes) -> list[tuple[str, int]]:
    """The contents entries as (heading, page) read straight from the document's XML."""
    document = reopen(data)
    found = []
    for paragraph in document.element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or not style.get(qn("w:val"), "").lower().startswith("toc"):
            continue
        if style.get(qn("w:val")) == "TOCHeading":
            continue
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        page = "".join(
            t.text or ""
            for run in paragraph.iter(qn("w:r"))
            if (s := run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")) is not None
            and s.get(qn("w:val")) == contents.PAGE_RUN
            for t in run.iter(qn("w:t"))
        )
        found.append((text[: len(text) - len(page)].strip(), int(page)))
    return found


def test_the_contents_carry_page_numbers_and_ask_nothing_on_opening(tmp_path: Path) -> None:
    exercise = played(tmp_path)
    for module in (aar, minutes, guide):
        data = module.render(exercise)
        document = reopen(data)
        assert document.settings.element.find(qn("w:updateFields")) is None
        assert b'w:dirty="true"' not in _document_xml(data)
        entries = _toc_entries(data)
        assert entries, module.__name__
        pages = [page for _title, page in entries]
        assert pages == sorted(pages) and pages[0] >= 1, (module.__name__, entries)
        titles = [title for title, _page in entries]
        assert "Contents" not in titles  # the contents' own title is not an entry


def _document_xml(data: bytes) -> bytes:
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_the_office_finder_pointed_at_nothing_finds_nothing(tmp_path: Path) -> None:
    assert office.find_soffice({"TTX_SOFFICE": ""}) is None
    assert office.find_soffice({"TTX_SOFFICE": str(tmp_path / "missing")}) is None
    assert office.find_soffice({"PATH": str(tmp_path)}) is None


def test_the_office_finder_looks_in_the_windows_install_folder(tmp_path: Path) -> None:
    program = tmp_path.joinpath(*office.WINDOWS_PROGRAM)
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    assert office.find_soffice({"PATH": "", "ProgramFiles": str(tmp_path)}) == program


def test_pdf_without_libreoffice_is_refused_with_a_sentence(
    mini_path: Path, tmp_path: Path
) -> None:
    assert os.environ.get("TTX_SOFFICE") == ""  # tests/conftest.py: no LibreOffice
    target = tmp_path / "aar.docx"
    result = run_cli("export", "aar", mini_path, "-o", target, "--pdf")
    assert result.returncode == 1
    assert "saving as PDF needs LibreOffice" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists() and not target.with_suffix(".pdf").exists()


def test_every_picture_has_alternative_text(tmp_path: Path, qapp: Any) -> None:
    from ttx_desktop.exporters.charts import QtPictures

    exercise = played(tmp_path)
    document = reopen(aar.render(exercise, options=ExportOptions(pictures=QtPictures())))
    timeline, chart = [
        element.get("descr", "") for element in document.element.body.iter(qn("wp:docPr"))
    ]
    assert timeline.startswith("Injects: planned against actual release times. 6 injects in")
    assert chart.startswith("Entries per team and module. Day 1: Civil protection ")
    document = reopen(cards.render(exercise))
    codes = [element.get("descr", "") for element in document.element.body.iter(qn("wp:docPr"))]
    first = exercise.inject_by_number(1)
    assert first is not None and codes[0] == f"QR: 1. {first.title}"
    assert len(codes) == len(exercise.injects)


@pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext) lay out and read the document",
)
def test_with_libreoffice_the_contents_show_the_pages_the_pdf_has(
    mini_path: Path, tmp_path: Path
) -> None:
    """One LibreOffice run: the report with its contents laid out, and its PDF beside it."""
    assert SOFFICE is not None and PDFTOTEXT is not None
    target = tmp_path / "aar.docx"
    env = {**os.environ, "TTX_SOFFICE": SOFFICE}
    result = subprocess.run(
        [*_program(), "export", "aar", str(mini_path), "-o", str(target), "--pdf"],
        capture_output=True, text=True, encoding="utf-8", timeout=300, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    entries = _toc_entries(target.read_bytes())
    pages = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                           check=True, timeout=60).stdout.decode("utf-8").split("\f")  # fmt: skip
    after = 1
    for title, page in entries:
        # the heading's own line, on or after the page of the heading before it (on the
        # contents page it runs on into dots and a number; a table may name it earlier)
        after = next(n for n, text in enumerate(pages, 1) if n >= after and title in _lines(text))
        assert page == after, (title, page, after)


def _lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines()}


def _program() -> list[str]:
    import sys

    return [sys.executable, "-m", "ttx_desktop"]
