"""Word fields as runs: page numbers, the table of contents, figure numbers.

A field is begin / instruction / separate / cached result / end; Word recomputes the result
(PAGE and NUMPAGES on every layout, TOC and SEQ when fields are updated), and other readers
show the cached result.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

TOC_INSTRUCTION = r'TOC \o "1-2" \h \z \u'


def toc_instruction(depth: int = 2) -> str:
    """The TOC field's instruction for headings 1 to ``depth``, as hyperlinks."""
    return TOC_INSTRUCTION.replace('"1-2"', f'"1-{depth}"')


def _run(inner: str, r_pr: str = "") -> BaseOxmlElement:
    element: BaseOxmlElement = parse_xml(f"<w:r {nsdecls('w')}>{r_pr}{inner}</w:r>")
    return element


def begin(paragraph: Paragraph, instruction: str, *, dirty: bool = False) -> None:
    flag = ' w:dirty="true"' if dirty else ""
    paragraph._p.append(_run(f'<w:fldChar w:fldCharType="begin"{flag}/>'))
    paragraph._p.append(
        _run(f'<w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText>')
    )
    paragraph._p.append(_run('<w:fldChar w:fldCharType="separate"/>'))


def end(paragraph: Paragraph) -> None:
    paragraph._p.append(_run('<w:fldChar w:fldCharType="end"/>'))


def add_field(paragraph: Paragraph, instruction: str, cached: str, r_pr: str = "") -> None:
    """A whole field in one paragraph, e.g. ``PAGE`` with "1" as its cached result."""
    begin(paragraph, instruction)
    paragraph._p.append(_run(f'<w:t xml:space="preserve">{escape(cached)}</w:t>', r_pr))
    end(paragraph)
