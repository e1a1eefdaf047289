"""A document's properties are true: its author, title, dates, language and the program that
wrote it, in docProps/core.xml and docProps/app.xml; no thumbnail of someone else's page."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime

import docx
import pytest
from lxml import etree

from tests.export_helpers import reopen
from tests.storage_helpers import small_exercise
from ttx_desktop import __version__
from ttx_desktop.domain.model import Exercise
from ttx_desktop.exporters import catalog, properties
from ttx_desktop.exporters.options import ExportOptions

APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


@pytest.fixture(autouse=True)
def organiser(monkeypatch: pytest.MonkeyPatch) -> str:
    """The login name of the person exporting."""
    monkeypatch.setattr(properties.getpass, "getuser", lambda: "akarimova")
    return "akarimova"


def exercise(language: str = "en", *, sponsor: str = "", contact: str = "") -> Exercise:
    base = small_exercise()
    details = replace(base.details, language=language, sponsor=sponsor, point_of_contact=contact)
    return replace(base, details=details)


def app_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("docProps/app.xml"))


@pytest.mark.parametrize("kind", list(catalog.DOCUMENTS))
def test_every_document_tells_its_own_dates_program_and_language(kind: str) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    data = catalog.render(kind, exercise("ru"), ExportOptions())
    after = datetime.now(UTC)
    core = reopen(data).core_properties
    created = core.created.replace(tzinfo=UTC)
    assert before <= created <= after
    assert core.modified == core.created
    assert core.language == "ru-RU"
    assert core.title.startswith("Harbour Blackout: ")
    assert core.last_modified_by == "akarimova"
    assert "python-docx" not in core.comments and core.revision == 1
    app = app_xml(data)
    assert app.findtext(f"{APP}Application") == f"TTX Desktop {__version__}"
    for stale in ("AppVersion", "Pages", "Words", "TitlesOfParts"):
        assert app.find(f"{APP}{stale}") is None
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert not [n for n in package.namelist() if "thumbnail" in n]


@pytest.mark.parametrize(
    ("sponsor", "contact", "author"),
    [
        (
            "Ministry of Digital Affairs",
            "A. Karimova, director, +000",
            "Ministry of Digital Affairs",
        ),
        ("", "A. Karimova, exercise director, +000 00 000", "A. Karimova"),
        ("", "", "akarimova"),
    ],
)
def test_the_author_is_the_sponsor_else_the_contact_else_the_person(
    sponsor: str, contact: str, author: str
) -> None:
    data = catalog.render("aar", exercise(sponsor=sponsor, contact=contact), ExportOptions())
    assert reopen(data).core_properties.author == author


def test_english_documents_are_british_english() -> None:
    assert reopen(catalog.render("sitman", exercise(), ExportOptions())).core_properties.language \
        == "en-GB"  # fmt: skip


def test_a_document_on_an_organisers_template_names_this_program() -> None:
    template = docx.Document()
    template.core_properties.author = "Someone at the ministry"
    template.core_properties.created = datetime(2019, 5, 1)
    out = io.BytesIO()
    template.save(out)
    before = datetime.now(UTC).replace(microsecond=0)
    data = catalog.render("minutes", exercise(), ExportOptions(template=out.getvalue()))
    core = reopen(data).core_properties
    assert core.created.replace(tzinfo=UTC) >= before
    assert core.author == "akarimova"
    assert app_xml(data).findtext(f"{APP}Application") == f"TTX Desktop {__version__}"
