"""Printable inject cards, one or two to a page: number, title, module, scenario time, from,
to, delivery, the text, and a QR code with the inject's number and title (or, with a room
open, its link)."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from ttx_desktop.domain.model import Exercise, Inject
from ttx_desktop.exporters import facts, handbook, styles, text, xml_parts
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.tables import Column
from ttx_desktop.qr import inject_payload, qr_png

QR_SIZE = Cm(3.5)
# How tall a card is, roughly, in cm: its title and table, then its text line by line (in the
# cards' type, a line holds about this many characters across A4 or Letter). Two cards share a
# page only when both fit, with the cut line between them.
TABLE_CM = 4.9
TITLE_LINE_CM, TITLE_CHARS = 0.75, 48
LINE_CM, CHARS_PER_LINE = 0.5, 92
CUT_LINE_CM = 1.7
SAFETY_CM = 0.4


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The inject cards of ``exercise`` as .docx bytes, in planned order."""
    options = options or ExportOptions()
    labels = labels_for(exercise.details.language)
    doc = DocumentBuilder(exercise, "cards", kind_title=labels["cards"], options=options)
    injects = facts.planned_injects(exercise)
    if not injects:
        doc.paragraph(labels["no_injects"], "Note")
    two = options.cards_per_page > 1
    room = _page_cm(doc) - CUT_LINE_CM - SAFETY_CM
    above: float | None = None  # the height of a card alone on its page so far
    for n, inject in enumerate(injects):
        height = _height_cm(inject)
        below = two and above is not None and above + height <= room
        _card(doc, exercise, inject, new_page=n > 0 and not below, cut_line=below)
        above = None if below else height
    return doc.to_bytes()


def _height_cm(inject: Inject) -> float:
    lines = sum(-(-len(part) // CHARS_PER_LINE) for part in text.paragraphs(inject.text))
    title_lines = -(-(len(inject.title) + 12) // TITLE_CHARS)  # with "Inject 12: "
    return TABLE_CM + TITLE_LINE_CM * title_lines + LINE_CM * lines


def _page_cm(doc: DocumentBuilder) -> float:
    """The height of the page's text area, in cm."""
    section = doc.doc.sections[0]
    height = section.page_height or Cm(29.7)
    return float((height - (section.top_margin or 0) - (section.bottom_margin or 0)) / Cm(1))


def _card(
    doc: DocumentBuilder, exercise: Exercise, inject: Inject, *, new_page: bool, cut_line: bool
) -> None:
    lb = doc.labels
    title = doc.heading(f"{lb.format('inject_n', number=inject.number)}: {inject.title}")
    if new_page:
        title.paragraph_format.page_break_before = True
    if cut_line:
        _dashed_rule_above(title)
    module = exercise.module(inject.module_id)
    rows = [
        (lb["module"], handbook.module_title(module, lb) if module else "—", ""),
        (lb["scenario_time_col"], inject.scenario_time or "—", ""),
        (lb["from"], inject.source or "—", ""),
        (lb["to"], handbook.targets(exercise, inject, lb), ""),
        (lb["method"], lb.method(inject.method), ""),
    ]
    table = doc.table(
        [Column("", 1.15), Column("", 3.1), Column("", 1.45, least_cm=QR_SIZE.cm + 0.6)],
        rows,
        header=False,
        label_column=True,
    )
    payload = inject_payload(inject.number, inject.title, doc.options.room_url)
    hint = lb["scan_room"] if doc.options.room_url else lb["scan_text"]
    _qr_cell(doc, table, text.clean(payload, doc.warnings), hint)
    for paragraph in doc.prose(inject.text, "Card Text"):
        paragraph.paragraph_format.keep_together = True


def _qr_cell(doc: DocumentBuilder, table: Table, payload: str, hint: str) -> None:
    """Merges the last column into one cell holding the QR code and a line on its use."""
    cell = table.cell(0, 2).merge(table.cell(len(table.rows) - 1, 2))
    for row in table.rows:  # a card's table stays on one page with its title
        for paragraph in row.cells[0].paragraphs:
            paragraph.paragraph_format.keep_with_next = True
    picture = cell.paragraphs[0]
    picture.paragraph_format.alignment = 1  # centre
    png = qr_png(payload, box_size=5, border=2, quick=True)
    shape = doc.pictures.add(picture.add_run(), png, QR_SIZE)
    xml_parts.describe(shape._inline, f"QR: {payload}")
    note = cell.add_paragraph(hint, style="Table Note")
    note.paragraph_format.alignment = 1


def _dashed_rule_above(paragraph: Paragraph) -> None:
    """A dashed line above a card that shares its page: where to cut."""
    border = f'<w:pBdr {nsdecls("w")}><w:top w:val="dashed" w:sz="6" w:space="18" ' \
        f'w:color="{styles.RULE}"/></w:pBdr>'  # fmt: skip
    paragraph._p.get_or_add_pPr().insert_element_before(
        parse_xml(border), "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr"
    )
    paragraph.paragraph_format.space_before = Pt(30)
