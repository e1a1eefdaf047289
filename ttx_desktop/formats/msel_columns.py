"""MSEL column headers as planners write them, in English and Russian, matched to inject fields."""

from __future__ import annotations

import enum
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
        "date and time", "when", "hhmm", "время", "планируемое время", "плановое время",
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
        "name", "heading", "short title", "headline", "caption", "тема", "заголовок",
        "название", "наименование", "название вводной", "событие",
    ),
    Field.TEXT: (
        "inject", "description", "event description", "event synopsis", "details", "synopsis",
        "text", "inject text", "inject description", "content", "message", "narrative",
        "scenario", "situation", "inject details", "description of event", "event details",
        "описание", "текст", "содержание", "вводная", "текст вводной", "сообщение",
        "описание события", "содержание вводной",
    ),
    Field.SOURCE: (
        "from", "source", "sender", "originator", "simulated source", "from simulated",
        "issued by", "от", "от кого", "отправитель", "источник",
    ),
    Field.TARGETS: (
        "to", "recipient", "recipients", "player", "players", "recipient player",
        "recipient players", "receiving player", "player recipient", "intended player",
        "team", "teams", "addressee",
        "responder", "responders", "target", "targets", "receiving team", "audience",
        "inject to", "кому", "получатель", "получатели", "адресат", "команда", "команды",
        "группа", "участники",
    ),
    Field.METHOD: (
        "method", "delivery method", "mode", "mode of delivery", "means", "medium", "channel",
        "delivery", "delivery mode", "inject method", "способ", "способ передачи",
        "способ подачи", "канал", "форма",
    ),
    Field.EXPECTED: (
        "expected actions", "expected action", "expected player action",
        "expected player actions", "expected response", "expected responses",
        "expected outcome", "expected outcomes", "expected player response",
        "expected decisions", "ожидаемые действия", "ожидаемый ответ", "ожидаемая реакция",
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
_WORDS: list[tuple[frozenset[str], Field]] = [
    (frozenset(s.split()), f) for f, names in SYNONYMS.items() for s in names
]
THRESHOLD = 0.5


def normalize(header: str) -> str:
    """A header reduced for matching: case, punctuation and spacing do not count.

    ``#`` and ``№`` read as "no", ``+`` as "plus" (so "Inject #" is "inject no" and "T+" is
    "t plus"); "ё" is "е".
    """
    text = unicodedata.normalize("NFKC", header).casefold().replace("ё", "е")
    text = text.replace("#", " no ").replace("№", " no ").replace("+", " plus ")
    kept = (c if not unicodedata.category(c).startswith(("P", "S", "C")) else " " for c in text)
    return " ".join("".join(kept).split())


def match_header(header: str) -> tuple[Field | None, float]:
    """The field a header names and how sure we are (0..1): 1 for a known header, less for
    one that contains a known header's words ("Time (planned)", "Inject title, short")."""
    key = normalize(header)
    if not key:
        return None, 0.0
    if key in _EXACT:
        return _EXACT[key], 1.0
    words = key.split()
    best: tuple[Field | None, float] = (None, 0.0)
    for known, field in _WORDS:
        if known <= set(words):
            score = 0.9 * len(known) / len(words)
            if score > best[1]:
                best = (field, score)
    return best if best[1] >= THRESHOLD else (None, best[1])


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
