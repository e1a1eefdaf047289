"""Cell text shared by the MSEL reader and writer: formula guards, lists in one cell, XML escapes.

Each pair here is exact both ways (``unguard(guard(t)) == t``, ``split_items(join_items(x))
== x``, ``unescape_xml(escape_xml(t)) == t``), so that an exported MSEL imports back the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A cell starting with one of these is run as a formula by some spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"

TARGET_SEPARATORS = ",;/\n\r"
LINE_SEPARATORS = "\n\r"
OBJECTIVE_SEPARATORS = ",;\n\r"

_BULLET = re.compile(r"^(?:[-*•–—▪◦·]\s+|\d{1,3}[.)]\s+)")


def _needs_guard(text: str) -> bool:
    while text.startswith(GUARD):
        text = text[1:]
    return text.startswith(FORMULA_STARTS)


def guard(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would run it as a formula.

    Text already starting with apostrophes before such a character gets one more, so that
    ``unguard`` can tell the guard from the author's own apostrophe.
    """
    return GUARD + text if _needs_guard(text) else text


def unguard(text: str) -> str:
    """Removes the apostrophe ``guard`` (or a planner, in Excel's way) put before a formula."""
    return text[1:] if text.startswith(GUARD) and _needs_guard(text[1:]) else text


def split_items(text: str, separators: str, *, bullets: bool = False) -> list[str]:
    """The items of a list written in one cell, e.g. ``LEA, ICT / Media``.

    Items are trimmed and empty ones dropped; an item in double quotes (``"a, b"``, with
    ``""`` for a quote) is taken as written. With ``bullets``, "- " or "1. " before an item
    is dropped.
    """
    items: list[str] = []
    i, n = 0, len(text)
    while i <= n:
        quoted = _quoted_item(text, i, separators)
        if quoted is not None:
            item, i = quoted
            items.append(item)
            continue
        end = i
        while end < n and text[end] not in separators:
            end += 1
        item = text[i:end].strip()
        if bullets:
            item = _BULLET.sub("", item, count=1).strip()
        if item:
            items.append(item)
        i = end + 1
    return items


def _quoted_item(text: str, start: int, separators: str) -> tuple[str, int] | None:
    """The quoted item at ``start`` and where the next one begins, or None if there is none."""
    n = len(text)
    j = start
    while j < n and text[j].isspace() and text[j] not in separators:
        j += 1
    if j >= n or text[j] != '"':
        return None
    out: list[str] = []
    k = j + 1
    while k < n:
        if text[k] == '"':
            if k + 1 < n and text[k + 1] == '"':
                out.append('"')
                k += 2
                continue
            break
        out.append(text[k])
        k += 1
    if k >= n:
        return None  # never closed: an ordinary item that happens to start with a quote
    m = k + 1
    while m < n and text[m].isspace() and text[m] not in separators:
        m += 1
    if m < n and text[m] not in separators:
        return None  # '"Breaking" news': the quote was part of the text
    return "".join(out), m + 1


def join_items(items: Sequence[str], separators: str, joiner: str, *, bullets: bool = False) -> str:
    """Items written into one cell so that ``split_items`` gives them back exactly."""
    return joiner.join(_quote(item, separators, bullets) for item in items)


def _quote(item: str, separators: str, bullets: bool) -> str:
    plain = (
        item
        and item == item.strip()
        and not any(c in separators or c in "\r\n" for c in item)
        and not item.startswith('"')
        and not (bullets and _BULLET.match(item))
    )
    return item if plain else '"' + item.replace('"', '""') + '"'


# -- OOXML's own escape for characters XML cannot hold: _xHHHH_ ----------------------------

_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_XML_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_xml(text: str) -> str:
    """Text an XLSX cell can hold: control characters (and CR) as ``_xHHHH_``, as Excel does.

    An underscore that would read as the start of such an escape is itself escaped.
    """
    return _XML_UNSAFE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def unescape_xml(text: str) -> str:
    """Undoes ``escape_xml`` (and Excel's own ``_x000D_``); surrogates are left as written."""
    if "_x" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        code = int(match.group(1), 16)
        return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)

    return _XML_ESCAPED.sub(one, text)
