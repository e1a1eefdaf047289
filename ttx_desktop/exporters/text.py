"""Text on its way into Word: characters XML cannot hold removed (with a warning), quotation
marks as the language writes them, and text split into paragraphs."""

from __future__ import annotations

import re

from ttx_desktop.messages import msg

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates
# and U+FFFE/U+FFFF; anything else makes python-docx (and Word) refuse the document.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
SNIPPET = 40


def clean(text: str, warnings: list[str]) -> str:
    """``text`` without characters XML cannot hold; each removal adds a line to ``warnings``."""
    found = _NOT_XML.findall(text)
    if not found:
        return text
    kept = _NOT_XML.sub("", text)
    codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in found}))
    snippet = " ".join(kept.split())
    snippet = snippet if len(snippet) <= SNIPPET else snippet[: SNIPPET - 1] + "…"
    if len(found) == 1:
        warnings.append(
            msg(
                "removed {count} character that a Word document cannot hold ({codes}) "
                "from “{snippet}”",
                count=len(found),
                codes=codes,
                snippet=snippet,
            )
        )
    else:
        warnings.append(
            msg(
                "removed {count} characters that a Word document cannot hold ({codes}) "
                "from “{snippet}”",
                count=len(found),
                codes=codes,
                snippet=snippet,
            )
        )
    return kept


_OPENING_CONTEXT = set("([{«„—–-/")  # and any kind of space (str.isspace)


def _opens_after(before: str) -> bool:
    return before.isspace() or before in _OPENING_CONTEXT


def russian_quotes(text: str) -> str:
    """``text`` with its quotation marks as Russian prints them: «ёлочки» outside and
    „лапки“ for a quotation inside another (typed "…", “…” and «…» alike)."""
    if not any(mark in text for mark in '"“”«»„'):
        return text
    out: list[str] = []
    depth = 0
    for n, char in enumerate(text):
        before = text[n - 1] if n else " "
        if char == '"':
            opening = _opens_after(before) or (depth == 0 and n == 0)
        elif char in "«„":
            opening = True
        elif char == "“":  # opens in English typing, closes an inner quote in Russian
            opening = depth == 0 or _opens_after(before)
        elif char in "»”":
            opening = False
        else:
            out.append(char)
            continue
        if opening:
            out.append("«" if depth == 0 else "„")
            depth += 1
        elif depth == 0:
            out.append("»")
        else:
            depth -= 1
            out.append("»" if depth == 0 else "“")
    return "".join(out)


def paragraphs(text: str) -> list[str]:
    """Paragraphs of ``text``: blank lines separate them, single line breaks are joined
    (definitions wrap long lines by hand), and lines that start a list item stay apart."""
    result: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        current: list[str] = []
        for line in lines:
            if _BULLET.match(line) and current:
                result.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            result.append(" ".join(current))
    return result


def short_title(title: str, limit: int = 48) -> str:
    """A title short enough for a running head: up to its first colon when long."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    head = title.split(":", 1)[0].strip()
    if 0 < len(head) <= limit:
        return head
    return title[: limit - 1].rsplit(" ", 1)[0] + "…"
