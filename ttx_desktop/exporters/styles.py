"""The documents' house style: fonts, spacing, headings, and the styles our builder relies on.

Without a template, the built-in styles (Normal, Title, Heading 1-3, Caption...) get our look.
With an organiser's template, its styles are left as they are and only the styles it lacks
are added, based on its Normal; so a template that defines "TTX Table", "Table Text" or
"Caveat" restyles those parts too.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

# Calibri covers Latin, Greek and Cyrillic (Tajik letters included); readers without it
# substitute its metric twin Carlito, or DejaVu, which cover them too. Word takes complex
# scripts (Arabic, Hebrew) and East Asian text from their own font slots: Arial and SimSun
# are on every Windows machine and fall back to Liberation / Noto elsewhere.
BODY_FONT = "Calibri"
COMPLEX_SCRIPT_FONT = "Arial"
EAST_ASIAN_FONT = "SimSun"
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
NAVY = RGBColor(0x1F, 0x38, 0x64)
BLUE = RGBColor(0x2E, 0x54, 0x96)
MUTED = RGBColor(0x5F, 0x68, 0x73)
RED = RGBColor(0xB0, 0x1E, 0x1E)
HEADER_FILL = "1F3864"
LABEL_FILL = "EEF1F6"
RULE = "BFC5CE"

TABLE_STYLE = "TTX Table"
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU"}


def apply(doc: Document, *, own_look: bool, language: str) -> None:
    """Gives ``doc`` the styles the builder uses; ``own_look`` restyles the built-in ones."""
    _set_language(doc, LANGUAGE_TAGS.get(language, "en-GB"))
    names = _names(doc)
    if own_look:
        _house_look(doc, names)
    _ensure_paragraph_styles(doc, names)
    _ensure_handbook_styles(doc, names)
    if TABLE_STYLE not in names:
        doc.styles.element.append(parse_xml(_TABLE_STYLE_XML))


def style_ids(doc: Document) -> dict[str, str]:
    """Style ids by name, for setting styles quickly (python-docx looks names up each time)."""
    return {s.name: s.style_id for s in doc.styles if s.name}


def _names(doc: Document) -> set[str]:
    return {s.name for s in doc.styles if s.name}


def _paragraph_style(
    doc: Document, names: set[str], name: str, base: str = "Normal"
) -> ParagraphStyle:
    """The paragraph style ``name``, added (based on ``base``) if ``names`` lacks it."""
    if name in names:
        style = doc.styles[name]
        assert isinstance(style, ParagraphStyle)
        return style
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    names.add(name)
    style.base_style = doc.styles[base] if base in names else doc.styles["Normal"]
    style.quick_style = True
    return style


def _fonts(style: ParagraphStyle, size: float | None = None, *, name: str = BODY_FONT) -> None:
    """Sets the font of Latin and Cyrillic text, with fallbacks for the other scripts."""
    style.font.name = name
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)
    fonts.set(qn("w:cs"), COMPLEX_SCRIPT_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    if size is not None:
        style.font.size = Pt(size)
        style.font.complex_script = False


def _spacing(style: ParagraphStyle, before: float, after: float, line: float | None = None) -> None:
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line is not None:
        fmt.line_spacing = line


def _house_look(doc: Document, names: set[str]) -> None:
    normal = _paragraph_style(doc, names, "Normal")
    _fonts(normal, 10.5)
    _spacing(normal, 0, 6, 1.12)
    normal.paragraph_format.widow_control = True
    headings = {"Heading 1": (16, NAVY, 18, 6), "Heading 2": (13, BLUE, 14, 4),
                "Heading 3": (11, NAVY, 10, 3)}  # fmt: skip
    for name, (size, colour, before, after) in headings.items():
        style = _paragraph_style(doc, names, name)
        _fonts(style, size)
        style.font.bold, style.font.italic = True, False
        style.font.color.rgb = colour
        _spacing(style, before, after, 1.0)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.keep_together = True
    title = _paragraph_style(doc, names, "Title")
    _fonts(title, 26)
    title.font.color.rgb = NAVY
    title.font.bold = True
    _spacing(title, 0, 8, 1.0)
    _no_border(title)
    subtitle = _paragraph_style(doc, names, "Subtitle")
    _fonts(subtitle, 15)
    subtitle.font.color.rgb = BLUE
    subtitle.font.italic = False
    _spacing(subtitle, 0, 18, 1.0)
    caption = _paragraph_style(doc, names, "Caption")
    _fonts(caption, 9)
    caption.font.color.rgb = MUTED
    caption.font.bold, caption.font.italic = False, True
    _spacing(caption, 4, 12, 1.0)
    for name in ("List Bullet", "List Number"):
        if name in names:
            _spacing(_paragraph_style(doc, names, name), 0, 3, 1.12)


def _ensure_paragraph_styles(doc: Document, names: set[str]) -> None:
    """Adds the builder's own paragraph styles where the document lacks them."""

    def new(name: str, base: str = "Normal") -> ParagraphStyle | None:
        return None if name in names else _paragraph_style(doc, names, name, base)

    if style := new("Table Text"):
        style.font.size = Pt(9.5)
        _spacing(style, 1, 1, 1.0)
    if style := new("Table Heading", "Table Text"):
        style.font.bold = True
        style.font.color.rgb = WHITE
        style.paragraph_format.keep_with_next = True
    if style := new("Table Note", "Table Text"):
        style.font.size = Pt(8.5)
        style.font.color.rgb = MUTED
    if style := new("Caveat"):
        style.font.size, style.font.bold = Pt(9), True
        style.font.all_caps = True
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(style, 0, 0, 1.0)
    if style := new("Running Head"):
        style.font.size = Pt(8.5)
        style.font.color.rgb = MUTED
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(style, 0, 0, 1.0)
    if style := new("Draft Mark"):
        style.font.size, style.font.bold = Pt(11), True
        style.font.color.rgb = RED
        _spacing(style, 10, 6, 1.0)
    if style := new("Note"):
        style.font.italic = True
        style.font.color.rgb = MUTED
    if style := new("Evidence"):
        style.font.size = Pt(9)
        style.font.color.rgb = MUTED
        style.paragraph_format.left_indent = Cm(0.6)
        _spacing(style, 0, 8, 1.0)
    if style := new("Figure"):
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style.paragraph_format.keep_with_next = True
        _spacing(style, 6, 0, 1.0)
    if style := new("Block Label"):
        style.font.bold = True
        style.paragraph_format.keep_with_next = True
        _spacing(style, 6, 2, 1.0)
    _ensure_contents_styles(doc, names)
    for level in (1, 2):  # Word's built-in "toc N" styles, which its TOC field applies
        if style := new(f"toc {level}"):
            style.element.attrib.pop(qn("w:customStyle"), None)
            style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            _spacing(style, 3 if level == 1 else 0, 2, 1.0)
            style.font.bold = level == 1


def _ensure_contents_styles(doc: Document, names: set[str]) -> None:
    """The contents' own title, which looks like a heading but is not one (outline level
    10, so no contents lists it), and the character style of an entry's page number."""
    if "TOC Heading" not in names:
        base = "Heading 1" if "Heading 1" in names else "Normal"
        style = _paragraph_style(doc, names, "TOC Heading", base)
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="9"/>')
        )
    if "TTX Page" not in names:  # contents.PAGE_RUN is its id
        doc.styles.add_style("TTX Page", WD_STYLE_TYPE.CHARACTER)
        names.add("TTX Page")


def _ensure_handbook_styles(doc: Document, names: set[str]) -> None:
    """Numbered items that restart in each list, and the inject cards' larger text."""
    if "Numbered Item" not in names:
        style = _paragraph_style(doc, names, "Numbered Item")
        style.paragraph_format.left_indent = Cm(0.75)
        style.paragraph_format.first_line_indent = Cm(-0.75)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(0.75))
        _spacing(style, 0, 4, 1.12)
    if "Card Text" not in names:
        style = _paragraph_style(doc, names, "Card Text")
        style.font.size = Pt(11)
        _spacing(style, 4, 4, 1.1)


def _no_border(style: ParagraphStyle) -> None:
    p_pr = style.element.get_or_add_pPr()
    for border in p_pr.findall(qn("w:pBdr")):
        p_pr.remove(border)


def _set_language(doc: Document, tag: str) -> None:
    """Sets the proofing language of the whole document (spelling, hyphenation)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    r_default = defaults.find(qn("w:rPrDefault"))
    if r_default is None:
        r_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}><w:rPr/></w:rPrDefault>")
        defaults.insert(0, r_default)
    r_pr = r_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        r_default.append(r_pr)
    for old in r_pr.findall(qn("w:lang")):
        r_pr.remove(old)
    r_pr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{tag}" w:bidi="ar-SA"/>'))


def _border(side: str, colour: str = RULE, size: int = 4) -> str:
    return f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{colour}"/>'


# A table style with thin grey rules, a dark header row (the builder marks it to repeat) and a
# shaded first column for label/value tables; the builder switches these on per table.
_TABLE_STYLE_XML = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="TTXTable">
  <w:name w:val="{TABLE_STYLE}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      {_border("top")}{_border("left")}{_border("bottom")}{_border("right")}
      {_border("insideH")}{_border("insideV")}
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:pPr><w:keepNext/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="firstCol">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{LABEL_FILL}"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""
