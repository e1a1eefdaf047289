"""MSEL column headers as planners write them, in English and Russian, matched to inject fields."""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable


class Field(enum.StrEnum):
    """What a column of an MSEL holds. KEEP goes to the inject's notes; IGNORE is dropped."""

    NUMBER = "number"
    TIME = "time"
    OFFSET = "offset"
    DAY = "day"
    MODULE = "module"
    MODULE_TITLE = "module-title"
    TITLE = "title"
    TEXT = "text"
    SOURCE = "from"
    TARGETS = "to"
    METHOD = "method"
    EXPECTED = "expected"
    OBJECTIVES = "objectives"
    NOTES = "notes"
    STATUS = "status"
    SCENARIO_TIME = "scenario-time"
    PINNED = "pinned"
    RELEASED = "released"
    RELEASED_AT = "released-at"
    ATTACHMENTS = "attachments"
    KEEP = "keep"
    IGNORE = "ignore"


# Header texts after ``normalize``. The first of each family is the one our export writes.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.NUMBER: (
        "no", "nr", "num", "number", "inject no", "inject number", "event no", "event number",
        "msel no", "msel number", "msel id", "serial", "serial no", "ser", "seq", "id",
        "inject id", "event id", "ref", "ref no", "reference", "item", "item no", "line",
        "номер", "no п п", "п п", "номер вводной", "вводная no", "номер события", "no вводной",
    ),
    Field.TIME: (
        "time", "planned time", "delivery time", "inject time", "injection time",
        "release time", "time of delivery", "time of release", "start time", "clock time",
        "local time", "time local", "scheduled time", "dtg", "date time", "date time group",
        "date and time", "when", "hhmm", "planned delivery", "event time", "inject dtg",
        "event dtg", "time planned", "время", "планируемое время", "плановое время",
        "время выдачи", "время ввода", "время подачи", "дата и время", "время начала",
    ),
    Field.OFFSET: (
        "exercise clock", "t plus", "t", "h plus", "exercise time", "elapsed", "elapsed time",
        "offset", "time offset", "relative time", "game clock", "время от начала",
        "т plus", "от начала",
    ),
    Field.DAY: ("day", "exercise day", "day no", "date", "день", "дата", "сутки", "день учения"),
    Field.MODULE: (
        "module", "module no", "phase", "move", "stage", "part", "session", "block",
        "модуль", "этап", "фаза", "блок", "часть", "сессия",
    ),
    Field.MODULE_TITLE: (
        "module title", "module name", "phase title", "phase name", "move title",
        "название модуля", "название этапа",
    ),
    Field.TITLE: (
        "title", "event", "subject", "inject title", "event title", "event name", "inject name",
        "name", "heading", "short title", "headline", "caption", "inject subject", "key event",
        "тема", "заголовок",
        "название", "наименование", "название вводной", "событие",
    ),
    Field.TEXT: (
        "inject", "description", "event description", "event synopsis", "details", "synopsis",
        "text", "inject text", "inject description", "content", "message", "narrative",
        "scenario", "situation", "inject details", "description of event", "event details",
        "описание", "текст", "содержание", "вводная", "текст вводной", "сообщение",
        "описание события", "содержание вводной", "summary", "script", "event summary",
        "inject summary", "description script", "inject narrative", "message text",
    ),
    Field.SOURCE: (
        "from", "source", "sender", "originator", "simulated source", "from simulated",
        "issued by", "от", "от кого", "отправитель", "источник", "sent from", "injected by",
        "inject by", "sent by", "delivered by", "released by", "responsible controller",
        "controller", "sim cell", "simcell", "from entity", "sending agency",
    ),
    Field.TARGETS: (
        "to", "recipient", "recipients", "player", "players", "recipient player",
        "recipient players", "receiving player", "player recipient", "intended player",
        "team", "teams", "addressee",
        "responder", "responders", "target", "targets", "receiving team", "audience",
        "inject to", "send to", "sent to", "to entity", "receiving agency", "кому", "получатель",
        "получатели", "адресат", "команда", "команды",
        "группа", "участники",
    ),
    Field.METHOD: (
        "method", "delivery method", "mode", "mode of delivery", "means", "medium", "channel",
        "delivery", "delivery mode", "inject method", "inject mode", "method of delivery",
        "delivery channel", "способ", "способ передачи", "способ доведения",
        "способ подачи", "канал", "форма",
    ),
    Field.EXPECTED: (
        "expected actions", "expected action", "expected player action",
        "expected player actions", "expected response", "expected responses",
        "expected outcome", "expected outcomes", "expected player response",
        "expected decisions", "expected reaction", "expected reaction response",
        "desired outcome", "desired outcomes", "desired response", "desired action",
        "desired actions", "anticipated response", "ожидаемые действия", "ожидаемый ответ",
        "ожидаемая реакция",
        "ожидаемое действие", "ожидаемый результат",
    ),
    Field.OBJECTIVES: (
        "objectives", "objective", "core capability", "core capabilities", "capability",
        "capabilities", "exercise objective", "exercise objectives", "objective core capability",
        "objective capability", "цели", "цель", "задача", "задачи", "цель учения",
    ),
    Field.NOTES: (
        "notes", "note", "remarks", "controller notes", "facilitator notes", "comments",
        "comment", "evaluator notes", "controller evaluator notes", "controller remarks",
        "примечания", "примечание", "комментарий", "комментарии", "заметки",
    ),
    Field.STATUS: (
        "status", "state", "inject status", "event status", "injected", "статус", "состояние",
    ),
    Field.SCENARIO_TIME: (
        "scenario time", "designated scenario time", "in game time", "game time", "story time",
        "fictional time", "время сценария", "сценарное время", "время по сценарию",
    ),
    Field.PINNED: ("pinned", "pinned time", "fixed time", "закреплено"),
    Field.RELEASED: (
        "released clock", "actual time", "time injected", "actual", "actual release",
        "time released", "released", "фактическое время",
    ),
    Field.RELEASED_AT: ("released at utc", "released at", "release timestamp"),
    Field.ATTACHMENTS: (
        "attachments", "attachment", "files", "documents", "materials", "handouts",
        "supporting documents", "вложения", "материалы", "приложения",
    ),
}  # fmt: skip

# Headers that name the planned time when no other column does, and the story time otherwise.
TIME_IF_ALONE = frozenset({"scenario time", "designated scenario time"})

_EXACT: dict[str, Field] = {s: f for f, names in SYNONYMS.items() for s in names}


def _fold(word: str) -> str:
    """A word without its English plural ("actions" is "action", "recipients" "recipient")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_PHRASES: list[tuple[frozenset[str], Field]] = [
    (frozenset(_fold(w) for w in s.split()), f) for f, names in SYNONYMS.items() for s in names
]
THRESHOLD = 0.5

# Last words that make a header name something else than the field its other words name:
# "Event Type" is no event title, "Inject Owner" no inject text.
_OTHER_HEADS = frozenset({
    "type", "types", "category", "kind", "class", "colour", "color", "owner", "page", "pages",
    "priority", "level", "location", "place", "venue", "duration", "length", "count", "total",
    "list", "key", "legend", "тип", "вид", "категория", "приоритет", "место",
})  # fmt: skip
_CAMEL = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])|(?<=[A-ZА-ЯЁ])(?=[A-ZА-ЯЁ][a-zа-яё])")
_ASIDE = re.compile(r"\([^)]*\)|\[[^]]*\]")  # "(0600-1800)", "(CDT)", "[min]"
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[A-Za-z])[.)]\s+(?=\S)")  # "3. Time", "B) Title"


@functools.lru_cache(maxsize=8192)  # the same short cells (teams, methods) come back often
def normalize(header: str) -> str:
    """A header reduced for matching: case, punctuation and spacing do not count.

    ``#`` and ``№`` read as "no", ``+`` as "plus" (so "Inject #" is "inject no" and "T+" is
    "t plus"); "ё" is "е"; CamelCase is split into words ("ScheduledTime" is "scheduled time").
    """
    text = _CAMEL.sub(" ", unicodedata.normalize("NFKC", header))
    text = text.casefold().replace("ё", "е")
    text = text.replace("#", " no ").replace("№", " no ").replace("+", " plus ")
    kept = (c if not unicodedata.category(c).startswith(("P", "S", "C")) else " " for c in text)
    return " ".join("".join(kept).split())


def header_candidates(header: str) -> dict[Field, float]:
    """Every field a header may name, with how sure we are (0..1) from its words alone.

    A known header is 1; one whose words hold a known header's words scores by how much of
    the header those words cover, more when they include its last word, which in English
    headers says what the column is ("Event Time" is a time, "Inject Mode" a method). Words
    in brackets ("Time (0600-1800)") and numbering ("3. Time") count a little.
    """
    plain = _NUMBERING.sub("", _ASIDE.sub(" ", header))
    key, bare = normalize(header), normalize(plain)
    if not key:
        return {}
    if key in _EXACT:
        return {_EXACT[key]: 1.0}
    if bare in _EXACT:
        return {_EXACT[bare]: 0.95}
    words = [_fold(w) for w in (bare.split() or key.split())]
    head, present = words[-1], set(words)
    found: dict[Field, float] = {}
    if head in ("by", "кем") and len(words) > 1:  # "Injected By", "Sent by": who sends it
        found[Field.SOURCE] = 0.8
    for known, field in _PHRASES:
        if known <= present:
            covers_head = head in known
            if head in _OTHER_HEADS and not covers_head:
                continue
            score = 0.5 + 0.3 * len(known) / len(present) + (0.15 if covers_head else 0.0)
            found[field] = max(found.get(field, 0.0), round(min(score, 0.95), 3))
    return found


def match_header(header: str) -> tuple[Field | None, float]:
    """The field a header names and how sure we are (0..1): 1 for a known header, less for
    one that contains a known header's words ("Time (planned)", "SEND TO")."""
    found = header_candidates(header)
    if not found:
        return None, 0.0
    field, score = max(found.items(), key=lambda item: item[1])
    return (field, score) if score >= THRESHOLD else (None, score)


def header_score(cells: Iterable[object]) -> float:
    """How much a row looks like an MSEL header: the distinct fields its texts name."""
    fields: dict[Field, float] = {}
    for cell in cells:
        if isinstance(cell, str) and len(cell) <= 80:
            field, confidence = match_header(cell)
            if field is not None:
                fields[field] = max(fields.get(field, 0.0), confidence)
    return sum(fields.values())


def field_named(name: str) -> Field | None:
    """The field a user names on the command line (``to``, ``Scenario time``...), if any."""
    key = "-".join(normalize(name).split())
    for field in Field:
        if key == field.value:
            return field
    return match_header(name)[0]


_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


def column_letter_index(text: str) -> int | None:
    """The 0-based index of a spreadsheet column letter ("A", "AB"), or None."""
    if not _LETTERS.match(text):
        return None
    index = 0
    for letter in text.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1
