"""Numbers as each language writes them: CLDR plural categories, digit grouping and the
decimal sign, and sentences whose counted words agree with their numbers.

A document's sentence names its forms in the ICU message style, once per language::

    "{n, plural, one {# inject was released} other {# injects were released}}"
    "{n, plural, one {выдана # вводная} few {выданы # вводные} other {выдано # вводных}}"

``#`` stands for the number as the language writes it. The categories follow the CLDR plural
rules (unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules) for English and
Russian; a category a sentence leaves out falls back to ``other``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_BLOCK = re.compile(r"\{(\w+),\s*plural,\s*((?:=?\w+\s*\{[^{}]*\}\s*)+)\}")
_CHOICE = re.compile(r"(=?\w+)\s*\{([^{}]*)\}")
NO_BREAK_SPACE = "\u00a0"
# What separates groups of three digits, and the decimal sign (CLDR's symbols for each).
_SYMBOLS = {"en": (",", "."), "ru": (NO_BREAK_SPACE, ",")}


def category(value: int, language: str, *, decimals: int = 0) -> str:
    """The CLDR plural category of ``value`` ("one", "few", "many" or "other") in
    ``language``; ``decimals`` is how many fraction digits are written (CLDR's ``v``)."""
    i = abs(int(value))
    if language == "ru":
        if decimals:
            return "other"
        if i % 10 == 1 and i % 100 != 11:
            return "one"
        if 2 <= i % 10 <= 4 and not 12 <= i % 100 <= 14:
            return "few"
        return "many"
    return "one" if i == 1 and decimals == 0 else "other"


def number(value: float, language: str, *, decimals: int = 0) -> str:
    """``value`` written with the language's digit grouping and decimal sign:
    "10,000.5" in English, "10 000,5" in Russian (the groups joined by a no-break space)."""
    group, point = _SYMBOLS.get(language, _SYMBOLS["en"])
    written = f"{value:,.{decimals}f}"
    return written.replace(",", "\0").replace(".", point).replace("\0", group)


def percent(value: float, language: str) -> str:
    """A whole percentage: "45%" in English, "45 %" in Russian (with a no-break space)."""
    digits = number(round(value), language)
    return f"{digits}{NO_BREAK_SPACE}%" if language == "ru" else f"{digits}%"


def expand(template: str, fields: Mapping[str, object], language: str) -> str:
    """``template`` with its plural blocks chosen by their counts and its other ``{name}``
    fields filled; whole numbers are written as the language writes them."""

    def choose(match: re.Match[str]) -> str:
        count = fields[match.group(1)]
        assert isinstance(count, int), f"{match.group(1)} is counted, so it must be a number"
        choices: dict[str, str] = dict(_CHOICE.findall(match.group(2)))
        chosen = choices.get(f"={count}")
        if chosen is None:
            chosen = choices.get(category(count, language), choices.get("other", ""))
        return chosen.replace("#", number(count, language))

    filled = _BLOCK.sub(choose, template)
    written = {
        name: number(value, language)
        if isinstance(value, int) and not isinstance(value, bool)
        else value
        for name, value in fields.items()
    }
    return filled.format(**written)
