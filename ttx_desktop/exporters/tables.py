"""Tables in the house style: column widths that follow the content (widths.py), a header
row repeated on every page, rows that do not break across pages, optional group bands (a
team, a module) and label columns.

A table is written as one piece of WordprocessingML and parsed once: python-docx's cell by
cell API takes seconds for the thousands of rows a long log makes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.table import CT_Tbl

from ttx_desktop.exporters import styles, text, widths

EMU_PER_TWIP = 635
TWIPS_PER_CM = 1440 / 2.54
TEXT_POINTS, NOTE_POINTS = 9.5, 8.5  # the sizes of "Table Text" and "Table Note"
# tblLook bits: which conditional parts of the table style apply.
_FIRST_ROW, _FIRST_COLUMN, _NO_BANDS = 0x0020, 0x0080, 0x0600


@dataclass(frozen=True)
class Column:
    """A column: its header, its share of the table's width (relative to the others) and
    the least it may be, in cm, whatever its text (for a picture, say)."""

    title: str
    width: float = 1.0
    least_cm: float = 0.0


@dataclass(frozen=True)
class Cell:
    """A cell's text, an optional smaller second line (author, source...), and emphasis;
    ``body`` is more text under a bold ``text``, in the table's own size and colour."""

    text: str
    note: str = ""
    bold: bool = False
    body: str = ""


@dataclass(frozen=True)
class Group:
    """A band across the whole table that opens a group of rows (a team, a module)."""

    label: str
    colour: str = ""  # "#RRGGBB": its left edge and a light tint of it


TableRow = Sequence[str | Cell] | Group


def table_xml(
    columns: Sequence[Column],
    rows: Sequence[TableRow],
    *,
    width_emu: int,
    clean: Callable[[str], str],
    style_ids: Mapping[str, str],
    header: bool = True,
    label_column: bool = False,
    split_rows: bool = False,
    twips: Sequence[int] | None = None,
) -> CT_Tbl:
    """A ``w:tbl`` element with ``columns`` across ``width_emu`` (or as wide as ``twips``
    says, when given) and one row per item."""
    widths = list(twips) if twips is not None else \
        column_widths(columns, rows, width_emu // EMU_PER_TWIP, header=header)  # fmt: skip
    look = _NO_BANDS | (_FIRST_ROW if header else 0) | (_FIRST_COLUMN if label_column else 0)
    ids = _Ids(style_ids)
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>",
        f'<w:tblStyle w:val="{ids.table}"/>',
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>',
        f'<w:tblLook w:val="{look:04X}" w:firstRow="{int(header)}" w:lastRow="0" '
        f'w:firstColumn="{int(label_column)}" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    if header:
        cells = [
            _cell(w, Cell(clean(c.title)), ids.heading, ids)
            for c, w in zip(columns, widths, strict=True)
        ]
        parts.append(_row(cells, repeat=True))
    for item in rows:
        if isinstance(item, Group):
            parts.append(_row([_group(clean(item.label), item.colour, widths, ids)]))
            continue
        values = [v if isinstance(v, Cell) else Cell(v) for v in item]
        values += [Cell("")] * (len(widths) - len(values))
        cells = [
            _cell(w, Cell(clean(v.text), clean(v.note), v.bold, clean(v.body)), ids.text, ids)
            for v, w in zip(values, widths, strict=False)
        ]
        parts.append(_row(cells, whole=not split_rows))
    parts.append("</w:tbl>")
    element: CT_Tbl = parse_xml("".join(parts))
    return element


def column_widths(
    columns: Sequence[Column], rows: Sequence[TableRow], twips: int, *, header: bool = True
) -> list[int]:
    """Widths in twips across ``twips`` that keep every word of ``rows`` whole in its
    column where the page allows, the columns' ``width`` weighing how the rest is shared."""
    least, fulls = column_needs(columns, rows, header=header)
    return widths.fit([c.width for c in columns], least, fulls, twips)


def column_needs(
    columns: Sequence[Column], rows: Sequence[TableRow], *, header: bool = True
) -> tuple[list[int], list[int]]:
    """Each column's least width (its longest word, or its ``least_cm``) and the width at
    which none of its lines wraps, in twips."""
    texts: list[list[widths.Text]] = [[] for _ in columns]
    if header:
        for n, column in enumerate(columns):
            texts[n].append(widths.Text(column.title, TEXT_POINTS, bold=True))
    for item in rows:
        if isinstance(item, Group):
            continue
        for n, value in enumerate(item[: len(columns)]):
            cell = value if isinstance(value, Cell) else Cell(value)
            found = texts[n]
            found.append(widths.Text(cell.text, TEXT_POINTS, cell.bold))
            if cell.body:
                found.extend(widths.Text(p, TEXT_POINTS) for p in cell.body.split("\n\n"))
            if cell.note:
                found.append(widths.Text(cell.note, NOTE_POINTS))
    needs = [widths.needs(found) for found in texts]
    least = [
        max(n[0], round(c.least_cm * TWIPS_PER_CM)) for n, c in zip(needs, columns, strict=True)
    ]
    fulls = [max(n[1], low) for n, low in zip(needs, least, strict=True)]
    return least, fulls


class _Ids:
    def __init__(self, style_ids: Mapping[str, str]) -> None:
        self.table = style_ids[styles.TABLE_STYLE]
        self.heading = style_ids["Table Heading"]
        self.text = style_ids["Table Text"]
        self.note = style_ids["Table Note"]


def _row(cells: Sequence[str], *, repeat: bool = False, whole: bool = True) -> str:
    keep = "<w:cantSplit/>" if whole else ""
    head = "<w:tblHeader/>" if repeat else ""
    return f"<w:tr><w:trPr>{keep}{head}</w:trPr>{''.join(cells)}</w:tr>"


def _paragraph(content: str, style_id: str, *, bold: bool = False, keep: bool = False) -> str:
    p_pr = f'<w:pPr><w:pStyle w:val="{style_id}"/>{"<w:keepNext/>" if keep else ""}</w:pPr>'
    if not content:
        return f"<w:p>{p_pr}</w:p>"
    r_pr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    body = escape(content.replace("\t", " "))
    return f'<w:p>{p_pr}<w:r>{r_pr}<w:t xml:space="preserve">{body}</w:t></w:r></w:p>'


def _cell(twips: int, value: Cell, style_id: str, ids: _Ids) -> str:
    paragraphs = [_paragraph(p, style_id, bold=value.bold) for p in text.paragraphs(value.text)]
    paragraphs += [_paragraph(p, style_id) for p in text.paragraphs(value.body)]
    if value.note:
        paragraphs.append(_paragraph(" ".join(value.note.split()), ids.note))
    inner = "".join(paragraphs) or _paragraph("", style_id)
    return f'<w:tc><w:tcPr><w:tcW w:w="{twips}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'


def _group(label: str, colour: str, widths: Sequence[int], ids: _Ids) -> str:
    ok = _is_colour(colour)
    edge = colour.lstrip("#").upper() if ok else styles.HEADER_FILL
    fill = _tint(edge, 0.16) if ok else styles.LABEL_FILL
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:gridSpan w:val="{len(widths)}"/>'
        f'<w:tcBorders><w:left w:val="single" w:sz="24" w:space="0" w:color="{edge}"/>'
        f'</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>'
        f"{_paragraph(label, ids.text, bold=True, keep=True)}</w:tc>"
    )


def _is_colour(value: str) -> bool:
    digits = value.lstrip("#")
    return len(digits) == 6 and all(c in "0123456789abcdefABCDEF" for c in digits)


def _tint(hex_colour: str, share: float) -> str:
    """``hex_colour`` mixed with white: ``share`` of the colour, the rest white."""
    channels = [int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - (255 - c) * share):02X}" for c in channels)
