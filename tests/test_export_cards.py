"""Inject cards, reopened with python-docx: one card per inject in planned order, its fields,
and a QR code that a decoder (zbar's zbarimg) reads back as the inject or its room link."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.export_helpers import heading_texts, reopen, sample, styled
from ttx_desktop.domain.model import Exercise, Inject
from ttx_desktop.exporters import cards, facts
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.qr import MAX_CARD_TEXT, inject_payload

ZBARIMG = shutil.which("zbarimg")
needs_decoder = pytest.mark.skipif(
    ZBARIMG is None,
    reason="zbarimg decodes the QR codes; install zbar-tools, or run ./dev test as root",
)
ROOM = "http://192.168.1.20:8765/p/Zq3xT9"


@pytest.fixture(scope="module")
def english() -> Exercise:
    return sample()


@pytest.fixture(scope="module")
def document(english: Exercise) -> docx.document.Document:
    return reopen(cards.render(english))


def pictures(document: docx.document.Document) -> list[bytes]:
    """The body's pictures, in document order, as the bytes stored in the file."""
    blobs = []
    for blip in document.element.body.iter(qn("a:blip")):
        blobs.append(document.part.related_parts[blip.get(qn("r:embed"))].blob)
    return blobs


def decode(png: bytes, folder: Path) -> str:
    path = folder / "qr.png"
    path.write_bytes(png)
    assert ZBARIMG is not None
    out = subprocess.run(
        [ZBARIMG, "--quiet", "--raw", "-Sbinary", str(path)],
        capture_output=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    return out.decode("utf-8")


def test_one_card_per_inject_in_planned_order(
    document: docx.document.Document, english: Exercise
) -> None:
    planned = facts.planned_injects(english)
    assert heading_texts(document, 1) == [f"Inject {i.number}: {i.title}" for i in planned]
    assert len(document.inline_shapes) == len(planned)
    assert len(document.tables) == len(planned)
    assert styled(document, "Card Text")[0] == " ".join(planned[0].text.split())


def test_each_card_shows_module_scenario_time_from_to_and_delivery(
    document: docx.document.Document, english: Exercise
) -> None:
    first = english.inject_by_number(1)
    assert first is not None
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    labels = [r[0] for r in rows]
    assert labels == ["Module", "Scenario time", "From", "To", "Delivery"]
    values = {r[0]: r[1] for r in rows}
    assert values["Module"].startswith("Module 1. Day 1:")
    assert values["Scenario time"] == first.scenario_time
    assert values["From"] == first.source
    assert values["To"] == "Law enforcement, ICT industry, National institutions"
    assert values["Delivery"] == "Projector"
    assert "Scan to see this inject's number and title on a phone" in rows[0][2]


def test_two_cards_share_a_page_where_they_fit(document: docx.document.Document) -> None:
    headings = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    breaks = [bool(p.paragraph_format.page_break_before) for p in headings]
    cut = [p._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None for p in headings]
    assert not breaks[0] and not cut[0]
    assert any(cut), "no two cards share a page"
    assert all(b != c for b, c in zip(breaks[1:], cut[1:], strict=True))  # a break or a cut
    assert not any(c1 and c2 for c1, c2 in itertools.pairwise(cut))  # never three


def test_one_card_per_page_when_asked(english: Exercise) -> None:
    document = reopen(cards.render(english, options=ExportOptions(cards_per_page=1)))
    headings = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert all(p.paragraph_format.page_break_before for p in headings[1:])


def test_a_long_inject_gets_a_page_of_its_own(english: Exercise) -> None:
    planned = facts.planned_injects(english)
    long = replace(planned[1], text="A long report of the situation. " * 120)
    exercise = replace(english, injects=(planned[0], long, planned[2]))
    document = reopen(cards.render(exercise))
    headings = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings[1].paragraph_format.page_break_before
    assert headings[2].paragraph_format.page_break_before


@needs_decoder
def test_qr_codes_decode_to_each_injects_number_and_title(
    document: docx.document.Document, english: Exercise, tmp_path: Path
) -> None:
    planned = facts.planned_injects(english)
    for inject, png in zip(planned, pictures(document), strict=True):
        expected = inject_payload(inject.number, inject.title)
        assert decode(png, tmp_path) == expected == f"{inject.number}. {inject.title}"


@needs_decoder
def test_qr_codes_hold_the_room_link_when_a_room_is_open(english: Exercise, tmp_path: Path) -> None:
    document = reopen(cards.render(english, options=ExportOptions(room_url=ROOM)))
    planned = facts.planned_injects(english)
    decoded = [decode(png, tmp_path) for png in pictures(document)[:3]]
    assert decoded == [f"{ROOM}#inject-{i.number}" for i in planned[:3]]
    assert (
        "Scan to open this inject on the exercise's room page."
        in document.tables[0].rows[0].cells[2].text
    )


@needs_decoder
def test_russian_cards_decode_cyrillic_and_tajik_letters(tmp_path: Path) -> None:
    russian = sample(russian=True)
    planned = facts.planned_injects(russian)
    document = reopen(cards.render(russian))
    assert heading_texts(document, 1)[0] == f"Вводная 1: {planned[0].title}"
    assert document.tables[0].rows[4].cells[1].text == "Проектор"
    for inject, png in zip(planned, pictures(document), strict=True):
        assert decode(png, tmp_path) == inject_payload(inject.number, inject.title)
    tajik = replace(planned[0], title=f"{planned[0].title} (Ҳ Ҷ Қ ӣ)")
    document = reopen(cards.render(replace(russian, injects=(tajik,))))
    assert decode(pictures(document)[0], tmp_path) == f"1. {tajik.title}"


@needs_decoder
def test_a_title_too_long_for_a_card_s_qr_code_is_cut_and_still_decodes(
    english: Exercise, tmp_path: Path
) -> None:
    inject: Inject = replace(facts.planned_injects(english)[0], title="Ҳамаи " * 40)
    document = reopen(cards.render(replace(english, injects=(inject,))))
    decoded = decode(pictures(document)[0], tmp_path)
    assert decoded.endswith("…") and len(decoded) <= MAX_CARD_TEXT


def test_characters_xml_cannot_hold_are_dropped_with_a_warning(english: Exercise) -> None:
    inject = replace(facts.planned_injects(english)[0], text="Bell\x07 in the text")
    options = ExportOptions()
    document = reopen(cards.render(replace(english, injects=(inject,)), options=options))
    assert styled(document, "Card Text") == ["Bell in the text"]
    assert options.warnings and "U+0007" in options.warnings[0]


def test_no_injects_says_so(english: Exercise) -> None:
    document = reopen(cards.render(replace(english, injects=())))
    assert "The exercise has no injects yet." in [p.text for p in document.paragraphs]


def test_counted_nouns_agree_in_russian() -> None:
    ru, en = labels_for("ru"), labels_for("en")
    assert [ru.count(n, "inject") for n in (1, 2, 5, 11, 21, 22, 112)] == [
        "1 вводная", "2 вводные", "5 вводных", "11 вводных", "21 вводная", "22 вводные",
        "112 вводных",
    ]  # fmt: skip
    assert [en.count(n, "module") for n in (1, 3)] == ["1 module", "3 modules"]
