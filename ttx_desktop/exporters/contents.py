"""The contents page: its entries written out with page numbers, so that Word and LibreOffice
show them on opening with no question about updating fields.

The entries sit inside a TOC field, so Word's "Update field" still works. Their page numbers
are first estimated from what the builder wrote (``PageEstimate``); where LibreOffice is
installed, office.py lays the document out and ``write_pages`` puts its numbers in.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]

from ttx_desktop.exporters import fields

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PAGE_RUN = "TTXPage"  # the style id of the run that holds an entry's page number
# Heights in points of what the builder writes, in the house style (a rough guide).
LINE_PT, TABLE_LINE_PT, ROW_PAD_PT = 13.0, 11.0, 3.5
CHARS_PER_LINE = 92
HEADING_PT = {1: 44.0, 2: 32.0, 3: 24.0}


@dataclass
class PageEstimate:
    """Follows the builder down the pages: how full the current page is, in points."""

    height_pt: float
    page: int = 1
    used_pt: float = 0.0
    pages: list[int] = field(default_factory=list)  # of each heading, in order

    def new_page(self) -> None:
        if self.used_pt > 0:
            self.page += 1
        self.used_pt = 0.0

    def add(self, points: float) -> None:
        self.used_pt += points
        while self.used_pt > self.height_pt:
            self.page += 1
            self.used_pt -= self.height_pt

    def heading(self, level: int, *, new_page: bool) -> None:
        if new_page:
            self.new_page()
        elif self.used_pt + HEADING_PT.get(level, 24.0) + 2 * LINE_PT > self.height_pt:
            self.new_page()  # a heading is kept with what follows it
        self.pages.append(self.page)
        self.add(HEADING_PT.get(level, 24.0))

    def text(self, value: str, *, per_line: int = CHARS_PER_LINE) -> None:
        self.add(LINE_PT * max(1, math.ceil(len(value) / per_line)) + 6)

    def table(self, rows: Sequence[Sequence[int]], twips: Sequence[int]) -> None:
        """A table's rows, given as the length of each cell's text, each row as tall as its
        fullest cell in its column's width."""
        per_line = [max(4, int((w - 170) / 95)) for w in twips]  # 9.5 pt letters, ~4.7 pt
        for lengths in rows:
            lines = max(
                (math.ceil(n / per) for n, per in zip(lengths, per_line, strict=False)),
                default=1,
            )
            self.add(max(1, lines) * TABLE_LINE_PT + ROW_PAD_PT)
        self.add(LINE_PT)


def read_pages(laid_docx: bytes) -> list[tuple[str, int]]:
    """The contents entries of a document laid out by LibreOffice: (heading, page)."""
    with zipfile.ZipFile(io.BytesIO(laid_docx)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    found = []
    for paragraph in body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        name = style.get(qn("w:val"), "") if style is not None else ""
        if not re.match(r"(?i)(contents|toc)\s*\d", name):
            continue
        parts = []
        for node in paragraph.iter(qn("w:t"), qn("w:tab")):
            parts.append("\t" if node.tag == qn("w:tab") else node.text or "")
        title, _tab, page = "".join(parts).rpartition("\t")
        if page.strip().isdigit():
            found.append((_plain(title), int(page)))
    return found


def write_pages(docx: bytes, pages: Sequence[tuple[str, int]]) -> bytes:
    """``docx`` with the page numbers of its contents entries set from ``pages``, matched by
    heading in order (LibreOffice's extra entries, such as the contents' own heading, are
    passed over). Entries that find no match keep their estimate."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    body = etree.fromstring(source.read("word/document.xml"))
    remaining = list(pages)
    for run in body.iter(qn("w:r")):
        style = run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
        if style is None or style.get(qn("w:val")) != PAGE_RUN:
            continue
        paragraph = run.getparent()
        title = _plain("".join(t.text or "" for t in paragraph.iter(qn("w:t")) if t is not
                               run.find(qn("w:t"))))  # fmt: skip
        for n, (laid_title, page) in enumerate(remaining):
            if laid_title == title:
                text = run.find(qn("w:t"))
                if text is not None:
                    text.text = str(page)
                del remaining[: n + 1]
                break
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = etree.tostring(body, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)  # fmt: skip
            target.writestr(item, data)
    return out.getvalue()


def _plain(value: str) -> str:
    return " ".join(value.split())


def write_entries(
    anchor: Paragraph,
    entries: Sequence[tuple[int, str, int]],
    style_ids: Mapping[str, str],
    tab_twips: int,
    depth: int = 2,
) -> None:
    """The contents entries (level, heading, page) from ``anchor`` on, in one TOC field;
    each entry's page number at a right tab with a dotted leader."""
    rows = list(entries) or [(1, "", 0)]
    paragraphs = [anchor._p]
    for _ in rows[1:]:
        new = parse_xml(f"<w:p {nsdecls('w')}/>")
        paragraphs[-1].addnext(new)
        paragraphs.append(new)
    for n, ((level, title, page), element) in enumerate(zip(rows, paragraphs, strict=True)):
        for old in element.findall(qn("w:pPr")):
            element.remove(old)
        style = style_ids.get(f"toc {level}", style_ids.get("toc 1", ""))
        element.insert(0, parse_xml(
            f'<w:pPr {nsdecls("w")}><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="right" '
            f'w:leader="dot" w:pos="{tab_twips}"/></w:tabs></w:pPr>'
        ))  # fmt: skip
        paragraph = Paragraph(element, anchor._parent)
        if n == 0:
            fields.begin(paragraph, fields.toc_instruction(depth))
        if title:
            element.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{escape(title)}</w:t></w:r>'
            ))  # fmt: skip
            element.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{PAGE_RUN}"/></w:rPr><w:tab/>'
                f"<w:t>{page}</w:t></w:r>"
            ))  # fmt: skip
        if n == len(rows) - 1:
            fields.end(paragraph)
