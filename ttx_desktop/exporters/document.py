"""A small builder over python-docx that gives every document the same look and furniture.

It opens the organiser's template (its styles, headers and logo kept, its body cleared) or a
blank document in our house style; sets the paper; puts the handling caveat in header and
footer with "page X of Y" and, while this kind of document is marked DRAFT (the minutes and
the report until the organiser marks them final), a DRAFT mark; and offers headings,
paragraphs, lists, tables, pictures with numbered captions, a cover block and a table of
contents. Every text passes through ``clean``: characters XML cannot hold are dropped and
reported in ``options.warnings``. Documents build top to bottom, then call ``to_bytes``.

    doc = DocumentBuilder(exercise, "minutes", kind_title=labels["minutes"], options=options)
    doc.cover(doc.cover_fields(exercise))
    doc.toc()
    doc.heading("Attendance")
    doc.table([Column("Team"), Column("Names", 3)], rows)
    return doc.to_bytes()
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section, _BaseHeaderFooter
from docx.shared import Cm, Emu, Inches, Length, Mm, Twips
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import SubElement  # type: ignore[import-untyped]

from ttx_desktop.domain.model import Exercise
from ttx_desktop.exporters import (
    contents,
    fields,
    properties,
    styles,
    tables,
    template,
    text,
    widths,
    xml_parts,
)
from ttx_desktop.exporters.inline_pictures import InlinePictures
from ttx_desktop.exporters.labels import Labels, labels_for
from ttx_desktop.exporters.options import ExportOptions, Paper
from ttx_desktop.exporters.tables import Column, TableRow

_P, _P_PR, _P_STYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_R, _R_PR, _B, _B_CS, _T = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:bCs"), qn("w:t")
_SPACE, _KEEP_NEXT = qn("xml:space"), qn("w:keepNext")

PAPER_SIZES: dict[Paper, tuple[Length, Length, Length]] = {  # width, height, margin
    Paper.A4: (Twips(11906), Twips(16838), Cm(2.3)),  # 210 × 297 mm, as Word stores it
    Paper.LETTER: (Inches(8.5), Inches(11), Inches(0.9)),
}


class DocumentBuilder:
    """One Word document being written, top to bottom, in the exercise's language."""

    def __init__(
        self, exercise: Exercise, kind: str, *, kind_title: str, options: ExportOptions
    ) -> None:
        """``kind`` is the document's kind in documents.DOCUMENTS ("aar", "sitman"...): it is
        marked DRAFT when the exercise marks that kind so."""
        details = exercise.details
        self.labels: Labels = labels_for(details.language)
        self.options = options
        self.warnings = options.warnings
        self.draft = details.is_draft(kind)
        self.kind_title = kind_title
        self.doc: Document = template.open_base(options.template)
        self._figures = 0
        self._toc: Paragraph | None = None
        self._toc_depth = 2
        self._headings: list[tuple[int, str]] = []
        styles.apply(self.doc, own_look=options.template is None, language=self.labels.language)
        # The body's last child, its page setup: new paragraphs and tables go just before it.
        self._body_end: BaseOxmlElement = self.doc.element.body.get_or_add_sectPr()
        self._style_ids = styles.style_ids(self.doc)
        self.pictures = InlinePictures(self.doc.part)
        paper = options.paper or (None if options.template is not None else Paper.A4)
        if paper is not None:
            self._set_paper(self.doc.sections[0], paper)
        self._pages = contents.PageEstimate(self._text_height_pt())
        self._toc_page = (0, 0.0)  # the page the contents start on, and how full it was
        self.title = self.clean(details.title)
        self.caveat = self.clean(details.caveat.strip())
        self._header_footer(self.doc.sections[0])
        self._details = details

    # ------------------------------------------------------------------ text

    def clean(self, value: str) -> str:
        """``value`` without characters XML cannot hold (reported in the warnings), with
        the quotation marks of the document's language."""
        value = text.clean(value, self.warnings)
        return text.russian_quotes(value) if self.labels.language == "ru" else value

    def heading(self, value: str, level: int = 1, *, new_page: bool = False) -> Paragraph:
        """A real Word heading (kept with what follows); levels 1 and 2 go into the contents."""
        value = self.clean(value)
        paragraph = self._add(f"Heading {level}", keep_with_next=True)
        _text_run(paragraph, value)
        if new_page:
            paragraph.paragraph_format.page_break_before = True
        self._headings.append((level, value))
        self._pages.heading(level, new_page=new_page)
        return paragraph

    def paragraph(
        self, value: str = "", style: str | None = None, *, keep_with_next: bool = False
    ) -> Paragraph:
        paragraph = self._add(style, keep_with_next=keep_with_next)
        if value:
            _text_run(paragraph, self.clean(value))
        self._pages.text(value)
        return paragraph

    def prose(self, value: str, style: str | None = None) -> list[Paragraph]:
        """Authored text (a narrative, a summary) as paragraphs, reflowed."""
        return [self.paragraph(part, style) for part in text.paragraphs(value)]

    def labelled(self, label: str, value: str, style: str | None = None) -> Paragraph:
        """A paragraph that opens with a bold label: "Rating: S — ..."."""
        paragraph = self._add(style)
        _text_run(paragraph, self.clean(label) + ": ", bold=True)
        _text_run(paragraph, self.clean(value))
        self._pages.text(f"{label}: {value}")
        return paragraph

    def bullets(self, items: Iterable[str], style: str = "List Bullet") -> list[Paragraph]:
        result = []
        for item in items:
            if style in self._style_ids:
                result.append(self.paragraph(item, style))
            else:  # an organiser's template without list styles
                result.append(self.paragraph(f"•\u00a0{item}"))
        return result

    def numbered(self, items: Iterable[str]) -> list[Paragraph]:
        """A numbered list that starts at 1 (the number is written, so no list continues
        another one)."""
        result = []
        for n, item in enumerate(items, 1):
            paragraph = self._add("Numbered Item")
            paragraph.add_run(f"{n}.\t{self.clean(item)}")
            self._pages.text(item)
            result.append(paragraph)
        return result

    def draft_mark(self) -> None:
        if self.draft:
            self.paragraph(f"{self.labels['draft']}: {self.labels['draft_note']}", "Draft Mark")

    # ------------------------------------------------------------ structure

    def cover(self, rows: Sequence[tuple[str, str]], *, full_page: bool = False) -> None:
        """Title, document kind, a label/value table (dates, venue...) and the draft mark;
        ``full_page`` sets it lower on a page of its own (the next heading starts a page)."""
        title = self.paragraph(self.title, "Title")
        if full_page:
            title.paragraph_format.space_before = Cm(5)
        self.paragraph(self.kind_title, "Subtitle")
        self.table(
            [Column("", 1), Column("", 3.2)],
            [(label, value) for label, value in rows if value.strip()],
            header=False,
            label_column=True,
        )
        self.draft_mark()

    def cover_fields(self, exercise: Exercise) -> list[tuple[str, str]]:
        d, lb = exercise.details, self.labels
        status = lb["draft"] if self.draft else lb["final"]
        return [
            (lb["dates"], lb.dates(d.start_date, d.end_date)),
            (lb["venue"], d.venue),
            (lb["sponsor"], d.sponsor),
            (lb["caveat"], d.caveat),
            (lb["status"], status),
        ]

    def toc(self, *, new_page: bool = False, depth: int = 2) -> None:
        """The contents: headings down to ``depth`` (1 or 2) with their page numbers, in a
        TOC field. The entries are written when the document is saved, with estimated page
        numbers that office.py replaces by LibreOffice's where it is installed; no reader
        asks to update fields on opening."""
        self._toc_depth = depth
        heading = self._add("TOC Heading", keep_with_next=True)
        _text_run(heading, self.labels["contents"])
        heading.paragraph_format.page_break_before = new_page
        if new_page:
            self._pages.new_page()
        self._toc_page = (self._pages.page, self._pages.used_pt)
        self._pages.add(contents.HEADING_PT[1])
        self._toc = self._add("toc 1")

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[TableRow],
        *,
        header: bool = True,
        label_column: bool = False,
        split_rows: bool = False,
    ) -> Table:
        """A table; ``split_rows`` lets long rows break across pages (else each row stays
        whole on one page). A table whose words cannot all stand whole across a portrait
        page goes on landscape pages of its own. With no rows and no header it holds one
        empty row: Word refuses a table without rows as damaged."""
        if not rows and not header:
            rows = [()]
        least, fulls = tables.column_needs(columns, rows, header=header)
        turn = sum(least) > self.text_width() // tables.EMU_PER_TWIP and not self._landscape()
        if turn:
            self.landscape()
        twips = widths.fit([c.width for c in columns], least, fulls,
                           self.text_width() // tables.EMU_PER_TWIP)  # fmt: skip
        element = tables.table_xml(
            columns, rows, width_emu=self.text_width(), clean=self.clean,
            style_ids=self._style_ids, header=header, label_column=label_column,
            split_rows=split_rows, twips=twips,
        )  # fmt: skip
        self._body_end.addprevious(element)
        heads = [[len(c.title) for c in columns]] if header else []
        self._pages.table(heads + [_lengths(row) for row in rows], twips)
        if turn:
            self.portrait()
        return Table(element, self.doc._body)

    def _landscape(self) -> bool:
        section = self.doc.sections[-1]
        return (section.page_width or 0) > (section.page_height or 0)

    def table_or_note(
        self,
        columns: Sequence[Column],
        rows: Sequence[TableRow],
        empty: str,
        *,
        split_rows: bool = False,
    ) -> Table | None:
        """A table with a header row, or, when there is nothing to put in it, the one-line
        note ``empty`` in its place (a header over no rows reads as something missing)."""
        if not any(not isinstance(row, tables.Group) for row in rows):
            self.paragraph(empty, "Note")
            return None
        return self.table(columns, rows, split_rows=split_rows)

    def picture(
        self, png: bytes, caption: str, *, width_share: float = 1.0, description: str = ""
    ) -> None:
        """A picture across the text width with a numbered caption ("Figure 2: ...") and,
        for screen readers, alternative text: the caption and ``description``."""
        run = self.paragraph(style="Figure").add_run()
        shape = self.pictures.add(run, png, Emu(int(self.text_width() * width_share)))
        alternative = f"{caption}. {description}" if description else caption
        xml_parts.describe(shape._inline, self.clean(alternative))
        self._pages.add(float(shape.height or 0) / 12700 + 12)
        self.caption(self.labels["figure"], caption)

    def caption(self, label: str, value: str) -> int:
        """A caption with a SEQ field ("Figure 1: ..."); returns its number."""
        self._figures += 1
        paragraph = self.doc.add_paragraph(style="Caption")
        paragraph.add_run(f"{label} ")
        fields.add_field(paragraph, f"SEQ {label} \\* ARABIC", str(self._figures))
        paragraph.add_run(": " + self.clean(value))
        return self._figures

    def next_figure(self, offset: int = 1) -> int:
        return self._figures + offset

    def landscape(self) -> None:
        """Starts a new page in landscape (for wide tables); headers and footers carry on."""
        self._new_section(landscape=True)

    def portrait(self) -> None:
        self._new_section(landscape=False)

    def landscape_throughout(self) -> None:
        """Turns the first page (and so the whole document, until a new section) landscape."""
        section = self.doc.sections[0]
        width, height = section.page_width, section.page_height
        if width is not None and height is not None and width < height:
            section.page_width, section.page_height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE

    def text_width(self) -> int:
        section = self.doc.sections[-1]
        width = (section.page_width or Mm(210)) - (section.left_margin or 0)
        return int(width - (section.right_margin or 0))

    def to_bytes(self) -> bytes:
        self._fill_toc()
        properties.apply(
            self.doc, self._details, title=f"{self.title}: {self.kind_title}",
            subject=self.kind_title, language=styles.LANGUAGE_TAGS[self.labels.language],
            keywords=self.caveat,
        )  # fmt: skip
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    # -------------------------------------------------------------- helpers

    def _add(self, style: str | None, *, keep_with_next: bool = False) -> Paragraph:
        """A new paragraph at the end, its style set by id (fast for long documents)."""
        # Made by lxml straight from the body (its parser gives python-docx's element
        # classes): OxmlElement parses the tag's prefix anew for each of tens of thousands,
        # and python-docx finds the place of each property in pPr by search.
        element = self._body_end.makeelement(_P, {})
        if style is not None or keep_with_next:
            p_pr = SubElement(element, _P_PR)
            if style is not None:
                SubElement(p_pr, _P_STYLE, {_VAL: self._style_ids[style]})
            if keep_with_next:  # after pStyle, as the schema orders them
                SubElement(p_pr, _KEEP_NEXT)
        self._body_end.addprevious(element)  # python-docx's add_paragraph scans the body
        return Paragraph(element, self.doc._body)

    def _new_section(self, *, landscape: bool) -> None:
        self._pages.new_page()
        previous = self.doc.sections[-1]
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        xml_parts.fold_section_break(self.doc.element.body)
        width, height = previous.page_width, previous.page_height
        if width is not None and height is not None and (width > height) != landscape:
            section.page_width, section.page_height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        self._pages.height_pt = self._text_height_pt()

    def _set_paper(self, section: Section, paper: Paper) -> None:
        width, height, margin = PAPER_SIZES[paper]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin
        section.header_distance = section.footer_distance = Cm(1.1)

    def _header_footer(self, section: Section) -> None:
        targets = [(section.header, section.footer)]
        if section.different_first_page_header_footer:
            targets.append((section.first_page_header, section.first_page_footer))
        running = f"{text.short_title(self.title)} · {self.kind_title}"
        for header, footer in targets:
            header.is_linked_to_previous = False
            footer.is_linked_to_previous = False
            top = _fresh_paragraph(header)
            top.style = "Caveat"
            top.add_run(self.caveat)
            line = header.add_paragraph(style="Running Head")
            line.add_run(running)
            if self.draft:
                line.add_run(" · ")
                _red(line.add_run(self.labels["draft"]))
            _rule_below(line)
            bottom = _fresh_paragraph(footer)
            bottom.style = "Caveat"
            bottom.add_run(self.caveat)
            pages = footer.add_paragraph(style="Running Head")
            before, after = self.labels["page_x_of_y"].split("{page}")
            middle, last = after.split("{pages}")
            pages.add_run(before)
            fields.add_field(pages, "PAGE", "1")
            pages.add_run(middle)
            fields.add_field(pages, "NUMPAGES", "1")
            pages.add_run(last)

    def _fill_toc(self) -> None:
        """Writes the contents' entries with their estimated pages inside one TOC field."""
        if self._toc is None:
            return
        depth = self._toc_depth
        pages = self._pages.pages
        entries = [(lvl, value, page) for (lvl, value), page in zip(self._headings, pages,
                   strict=True) if lvl <= depth]  # fmt: skip
        # A long contents pushes what follows it onto later pages.
        page, used = self._toc_page
        spill = int((used + contents.HEADING_PT[1] + 17 * len(entries)) // self._pages.height_pt)
        entries = [(lvl, value, p + spill if p > page else p) for lvl, value, p in entries]
        contents.write_entries(self._toc, entries, self._style_ids, self.text_width() // 635,
                               depth)  # fmt: skip
        settings = self.doc.settings.element
        for prompt in settings.findall(qn("w:updateFields")):  # "update fields?" on opening
            settings.remove(prompt)

    def _text_height_pt(self) -> float:
        section = self.doc.sections[-1]
        height = (section.page_height or Mm(297)) - (section.top_margin or 0)
        return float(height - (section.bottom_margin or 0)) / 12700 - 40  # header, footer


def _lengths(row: TableRow) -> list[int]:
    """How many letters each cell of a row holds (a group band, one line's worth)."""
    if isinstance(row, tables.Group):
        return [1]
    return [len(v) if isinstance(v, str) else len(v.text) + len(v.note) + len(v.body)
            for v in row]  # fmt: skip


def _text_run(paragraph: Paragraph, value: str, *, bold: bool = False) -> None:
    """Appends a run of plain ``value`` (python-docx's add_run reads it character by
    character, which a long log makes slow); tabs and line breaks go the python-docx way."""
    if "\t" in value or "\n" in value or "\r" in value:
        paragraph.add_run(value).bold = bold or None
        return
    run = SubElement(paragraph._p, _R)
    if bold:
        r_pr = SubElement(run, _R_PR)
        SubElement(r_pr, _B)
        SubElement(r_pr, _B_CS)
    SubElement(run, _T, {_SPACE: "preserve"}).text = value


def _fresh_paragraph(part: _BaseHeaderFooter) -> Paragraph:
    """The header's one empty paragraph if that is all it has, else a new one after the
    template's own content (a logo, an address)."""
    existing: list[Paragraph] = part.paragraphs
    if len(existing) == 1 and not existing[0].text and not existing[0]._p.xpath(".//w:drawing"):
        return existing[0]
    paragraph: Paragraph = part.add_paragraph()
    return paragraph


def _red(run: Run) -> None:
    run.bold = True
    run.font.color.rgb = styles.RED


def _rule_below(paragraph: Paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="4" '
            f'w:color="{styles.RULE}"/></w:pBdr>'
        )
    )
