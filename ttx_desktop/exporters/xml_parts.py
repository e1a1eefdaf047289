"""Small pieces of WordprocessingML the document builder writes by hand: a picture's
alternative text, and a section break that leaves no blank line behind."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement


def describe(inline: BaseOxmlElement, text: str) -> None:
    """Alternative text for a picture, read aloud by screen readers (docPr's descr)."""
    doc_pr = inline.find(qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("descr", text)
        doc_pr.set("title", text)


def fold_section_break(body: BaseOxmlElement) -> None:
    """python-docx ends a section with an empty paragraph that carries its properties; move
    them into the paragraph before it, or (after a table) make that paragraph 1 pt high, so
    no blank line appears."""
    paragraphs = body.findall(qn("w:p"))
    carrier = paragraphs[-1] if paragraphs else None
    if carrier is None or carrier.getnext() is None or carrier.getnext().tag != qn("w:sectPr"):
        return
    sect_pr = carrier.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    before = carrier.getprevious()
    if sect_pr is None:
        return
    if before is not None and before.tag == qn("w:p"):
        p_pr = before.find(qn("w:pPr"))
        if p_pr is None:
            p_pr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
            before.insert(0, p_pr)
        if p_pr.find(qn("w:sectPr")) is None:
            p_pr.append(sect_pr)  # sectPr comes last in pPr except for pPrChange
            body.remove(carrier)
            return
    p_pr = carrier.find(qn("w:pPr"))
    tiny = parse_xml(
        f'<w:pPr {nsdecls("w")}><w:spacing w:before="0" w:after="0" w:line="20" '
        'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr>'
    )
    for child in list(tiny):
        p_pr.insert(len(p_pr) - 1, child)
