"""What a whole MSEL row or table says beyond its cells: planning notes, legends, titles, "All".

Planners keep more than injects in an MSEL: rows marked "not injected" or "cancelled",
colour keys above the table, rows with only a narrative. These rules decide what each is.
"""

from __future__ import annotations

import re

from ttx_desktop.formats.msel_columns import Field, normalize
from ttx_desktop.formats.msel_mapping import Mapping
from ttx_desktop.messages import Text, msg

# Status words that mark a row as kept for planning, not an inject of this exercise.
_ASIDE_EXACT = frozenset({
    "not injected", "planning info only", "planning information only", "planning only",
    "info only", "information only", "for planning only", "cancelled", "canceled", "deleted",
    "removed", "not used", "dropped", "do not inject", "not for injection", "отменена",
    "отменено", "удалена", "удалено", "не выдавать", "не использовать", "только для планирования",
})  # fmt: skip
_ASIDE_START = ("not inject", "planning info", "planning only", "cancel", "delet", "do not",
                "отмен", "удал", "не выдав")  # fmt: skip

# What "every team" is written as in a To column.
_ALL = frozenset({
    "all", "all players", "all teams", "all participants", "all player teams", "all cells",
    "everyone", "all groups", "все", "всем", "все команды", "все участники", "всем участникам",
    "все группы",
})  # fmt: skip

_LEGEND = re.compile(
    r"^(?:legend|key|colou?r key|colou?r code|условные обозначения|легенда)\b"
    r"|^\s*(?:red|green|blue|yellow|orange|grey|gray|purple|pink|bold|italic|shaded|"
    r"красн|зел[её]н|син|ж[её]лт|сер)\w*(?:\s+\w+)?\s*(?:=|:|–|—|-)\s*\S",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZА-ЯЁ0-9\"'«(]|\s*$)")
_ABBREVIATIONS = frozenset({"st", "mr", "mrs", "ms", "dr", "no", "nr", "jr", "sr", "vs", "etc",
                            "e.g", "i.e", "approx", "dept", "г", "ул", "т.е", "т.д"})  # fmt: skip
TITLE_LIMIT = 60
_WORDS_LIMIT = 48


def set_aside(status: str) -> bool:
    """True for a status that marks a planning note ("Not injected", "Planning info only",
    "Cancelled", "Deleted"); "Skipped", as our own export writes it, is an inject."""
    key = normalize(status)
    return key in _ASIDE_EXACT or key.startswith(_ASIDE_START)


def every_team(item: str) -> bool:
    """True for a recipient that means every team ("All", "All players", "Все")."""
    return normalize(item) in _ALL


def legend_like(text: str) -> bool:
    """A line of a colour key or legend ("Legend", "Yellow rows = contingency injects")."""
    return bool(_LEGEND.search(text.strip()))


def title_from(text: str) -> str:
    """A title for an inject known only by its narrative: its first sentence when short,
    else its first words and an ellipsis."""
    first = " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""
    sentence = first
    for end in _SENTENCE_END.finditer(first):
        before = first[: end.start()].rsplit(" ", 1)[-1].casefold()
        if before not in _ABBREVIATIONS and not (len(before) == 1 and before.isalpha()):
            sentence = first[: end.start()]
            break
    if len(sentence) <= TITLE_LIMIT:
        return sentence
    cut = sentence[: _WORDS_LIMIT + 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return (cut or sentence[:_WORDS_LIMIT]) + "…"


def column_warnings(mapping: Mapping) -> list[Text]:
    """What the import says when a column an MSEL usually has was not found."""
    out = []
    if not any(mapping.has(f) for f in (Field.TIME, Field.OFFSET, Field.DAY)):
        out.append(msg("no column holds planned times; every inject starts at its module's "
                       "start (take a column as the planned time; on the command line: "
                       "--map COLUMN=time)"))  # fmt: skip
    if not mapping.has(Field.TARGETS):
        out.append(msg("no column holds recipients; injects go to no team (take a column as "
                       "the recipients; on the command line: --map COLUMN=to)"))  # fmt: skip
    if not mapping.has(Field.TITLE) and mapping.has(Field.TEXT):
        out.append(msg("no column holds inject titles; each is made from the first words of "
                       "its text (take a column as the titles; on the command line: "
                       "--map COLUMN=title)"))  # fmt: skip
    return out


def not_an_msel(mapping: Mapping) -> Text | None:
    """Why a table is no MSEL at all, or None when it may be one: an MSEL has a column of
    inject titles or texts and a column of times or inject numbers."""
    titled = mapping.has(Field.TITLE) or mapping.has(Field.TEXT)
    timed = any(mapping.has(f) for f in (Field.TIME, Field.OFFSET, Field.DAY, Field.NUMBER))
    if titled and timed:
        return None
    return msg(
        "does not look like an MSEL: the import looks for a column of inject titles or "
        "texts (such as Title, Subject, Inject, Description) and a column of times or inject "
        "numbers (such as Time, DTG, T+, No.), and found {found}; if it is one, name its "
        "columns (on the command line: --map COLUMN=title)",
        found=msg("neither")
        if not (titled or timed)
        else msg("no times or numbers")
        if titled
        else msg("no titles or texts"),
    )
