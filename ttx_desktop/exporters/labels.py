"""Every fixed word of the documents, in English and Russian, chosen by the exercise's language.

A document asks ``labels_for(exercise.details.language)`` once and then reads ``labels["key"]``
(with ``{name}`` fields filled by ``labels.format``). A language without its own column falls
back to English. To add a language, add a column to labels_text.TEXT and
labels_handbooks.TEXT, to the tables here and to ``_MONTHS``.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ttx_desktop.domain.model import DeliveryMethod, EntryKind, Gender, InjectStatus, Rating, Role
from ttx_desktop.exporters import (
    labels_evidence,
    labels_handbooks,
    labels_notes,
    labels_policy,
    labels_text,
    plural,
)

TEXT = (
    labels_text.TEXT
    | labels_handbooks.TEXT
    | labels_evidence.TEXT
    | labels_notes.TEXT
    | labels_policy.TEXT
)

LANGUAGES = ("en", "ru")
# A Russian title that names itself an exercise: "Учение «…»", "Командно-штабное учение".
_OWN_WORD = re.compile(r"(?<![^\W\d_])(учени[еяюйи]|учениям|учениях|учениями)(?![^\W\d_])", re.I)

_KINDS: dict[EntryKind, tuple[str, str]] = {
    EntryKind.DECISION: ("Decision", "Решение"),
    EntryKind.ACTION: ("Action", "Действие"),
    EntryKind.QUESTION: ("Question", "Вопрос"),
    EntryKind.OBSERVATION: ("Observation", "Наблюдение"),
    EntryKind.STRENGTH: ("Strength", "Сильная сторона"),
    EntryKind.IMPROVEMENT: ("Area for improvement", "Область для улучшения"),
    EntryKind.NOTE: ("Note", "Заметка"),
}
# Kinds counted in sentences: English one and other; Russian one, few (2-4) and many (5-20).
_KINDS_COUNTED: dict[EntryKind, tuple[tuple[str, str], tuple[str, str, str]]] = {
    EntryKind.DECISION: (("decision", "decisions"), ("решение", "решения", "решений")),
    EntryKind.ACTION: (("action", "actions"), ("действие", "действия", "действий")),
    EntryKind.QUESTION: (("question", "questions"), ("вопрос", "вопроса", "вопросов")),
    EntryKind.OBSERVATION: (
        ("observation", "observations"),
        ("наблюдение", "наблюдения", "наблюдений"),
    ),
    EntryKind.STRENGTH: (
        ("strength", "strengths"),
        ("сильная сторона", "сильные стороны", "сильных сторон"),
    ),
    EntryKind.IMPROVEMENT: (
        ("area for improvement", "areas for improvement"),
        ("область для улучшения", "области для улучшения", "областей для улучшения"),
    ),
    EntryKind.NOTE: (("note", "notes"), ("заметка", "заметки", "заметок")),
}
_ROLES: dict[Role, tuple[str, str]] = {
    Role.PLAYER: ("Player", "Игрок"),
    Role.FACILITATOR: ("Facilitator", "Ведущий"),
    Role.EVALUATOR: ("Note-taker / evaluator", "Секретарь / оценщик"),
    Role.OBSERVER: ("Observer", "Наблюдатель"),
    Role.CONTROLLER: ("Controller", "Контролёр"),
}
_ROLES_PLURAL: dict[Role, tuple[str, str]] = {
    Role.PLAYER: ("Players", "Игроки"),
    Role.FACILITATOR: ("Facilitators", "Ведущие"),
    Role.EVALUATOR: ("Note-takers and evaluators", "Секретари и оценщики"),
    Role.OBSERVER: ("Observers", "Наблюдатели"),
    Role.CONTROLLER: ("Controllers", "Контролёры"),
}
_METHODS: dict[DeliveryMethod, tuple[str, str]] = {
    DeliveryMethod.VERBAL: ("Verbal", "Устно"),
    DeliveryMethod.HANDOUT: ("Handout", "Раздаточный материал"),
    DeliveryMethod.PROJECTOR: ("Projector", "Проектор"),
    DeliveryMethod.EMAIL: ("E-mail", "Электронное письмо"),
    DeliveryMethod.SOCIAL: ("Social media post", "Публикация в соцсетях"),
    DeliveryMethod.PHONE: ("Phone call", "Телефонный звонок"),
    DeliveryMethod.VIDEO: ("Video", "Видео"),
    DeliveryMethod.OTHER: ("Other", "Другое"),
}
_STATUSES: dict[InjectStatus, tuple[str, str]] = {
    InjectStatus.PENDING: ("Not released", "Не выдана"),
    InjectStatus.RELEASED: ("Released", "Выдана"),
    InjectStatus.SKIPPED: ("Skipped", "Пропущена"),
}
# Nouns counted in sentences, in the same forms as _KINDS_COUNTED.
_NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str, str]]] = {
    "module": (("module", "modules"), ("модуль", "модуля", "модулей")),
    "day": (("day", "days"), ("день", "дня", "дней")),
    "inject": (("inject", "injects"), ("вводная", "вводные", "вводных")),
}
_GENDERS: dict[Gender, tuple[str, str]] = {
    Gender.FEMALE: ("Women", "Женщины"),
    Gender.MALE: ("Men", "Мужчины"),
    Gender.OTHER: ("Other", "Другое"),
    Gender.UNSPECIFIED: ("Not stated", "Не указано"),
}
_RATINGS: dict[Rating, tuple[str, str]] = {
    Rating.P: ("Performed without challenges", "Выполнено без затруднений"),
    Rating.S: ("Performed with some challenges", "Выполнено с некоторыми затруднениями"),
    Rating.M: ("Performed with major challenges", "Выполнено со значительными затруднениями"),
    Rating.U: ("Unable to be performed", "Выполнить не удалось"),
    Rating.NONE: ("Not rated", "Оценка не выставлена"),
}
_RATING_DEFINITIONS: dict[Rating, tuple[str, str]] = {
    Rating.P: (
        "The critical tasks were completed in a way that achieved the objective and did not "
        "harm other activities.",
        "Критические задачи выполнены так, что цель достигнута без ущерба для других действий.",
    ),
    Rating.S: (
        "The objective was achieved, but some shortcomings in effectiveness or efficiency "
        "were observed.",
        "Цель достигнута, однако отмечены отдельные недостатки в результативности или "
        "эффективности.",
    ),
    Rating.M: (
        "The objective was achieved only in part, or with major problems that affected other "
        "activities.",
        "Цель достигнута частично или со значительными проблемами, повлиявшими на другие действия.",
    ),
    Rating.U: (
        "The critical tasks were not performed in a way that achieved the objective.",
        "Критические задачи не выполнены так, чтобы цель была достигнута.",
    ),
}
# HSEEP participant feedback statements, keyed as in FEEDBACK_RATINGS.
_FEEDBACK: dict[str, tuple[str, str]] = {
    "structure": (
        "The exercise was well structured and organised.",
        "Учение было хорошо структурировано и организовано.",
    ),
    "scenario": (
        "The scenario was plausible and realistic.",
        "Сценарий был правдоподобным и реалистичным.",
    ),
    "facilitation": (
        "The facilitators knew the subject and kept the exercise on target.",
        "Ведущие владели темой и удерживали учение в рамках его целей.",
    ),
    "documents": (
        "The exercise documents were useful throughout.",
        "Материалы учения были полезны на всех этапах.",
    ),
    "participation": (
        "Taking part suited someone of my field and experience.",
        "Участие соответствовало моей сфере деятельности и опыту.",
    ),
    "mix": (
        "The participants were the right people in level and mix of disciplines.",
        "Состав участников был верным по уровню и сочетанию направлений.",
    ),
    "practice": (
        "The exercise let my organisation practise and evaluate priority capabilities.",
        "Учение позволило моей организации отработать и оценить приоритетные потенциалы.",
    ),
}
_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}


class Labels:
    """The fixed words of documents in one language."""

    def __init__(self, language: str) -> None:
        code = (language or "en").split("-")[0].split("_")[0].casefold()
        self.language = code if code in LANGUAGES else "en"
        self._column = LANGUAGES.index(self.language)

    def __getitem__(self, key: str) -> str:
        return TEXT[key][self._column]

    def format(self, key: str, **fields: object) -> str:
        """The sentence ``key`` with its fields filled and its counted words agreeing with
        their numbers (see plural.py)."""
        return plural.expand(self[key], fields, self.language)

    def exercise_named(self, title: str) -> str:
        """The exercise by its title at the head of a sentence: "Учение «Паводок»", or the
        title alone when it carries its own word for exercise (never "Учение «Учение …»")."""
        title = " ".join(title.split())
        if self.language != "ru" or _OWN_WORD.search(title):
            return title
        return f"Учение «{title}»"

    def number(self, value: float, decimals: int = 0) -> str:
        """ "10,000.5" or "10 000,5": digit groups and the decimal sign of the language."""
        return plural.number(value, self.language, decimals=decimals)

    def percent(self, value: float) -> str:
        return plural.percent(value, self.language)

    def kind(self, kind: EntryKind) -> str:
        return _KINDS[kind][self._column]

    def kind_count(self, kind: EntryKind, count: int) -> str:
        """ "1 decision", "12 decisions", "12 решений": a count of entries of one kind."""
        return self._agreed(count, _KINDS_COUNTED[kind])

    def role(self, role: Role) -> str:
        return _ROLES[role][self._column]

    def roles(self, role: Role) -> str:
        return _ROLES_PLURAL[role][self._column]

    def method(self, method: DeliveryMethod) -> str:
        return _METHODS[method][self._column]

    def inject_status(self, status: InjectStatus) -> str:
        return _STATUSES[status][self._column]

    def lateness(self, late_min: int | None) -> str:
        """ "on time", "7 min late", "3 min early" (within a minute counts as on time)."""
        if late_min is None:
            return ""
        if abs(late_min) <= 1:
            return self["on_time"]
        key = "minutes_late" if late_min > 0 else "minutes_early"
        return self.format(key, n=abs(late_min))

    def count(self, n: int, noun: str) -> str:
        """ "3 modules", "3 модуля", "5 модулей", "21 вводная": a number with its noun agreed."""
        return self._agreed(n, _NOUNS[noun])

    def _agreed(self, n: int, forms: tuple[tuple[str, str], tuple[str, str, str]]) -> str:
        english, russian = forms
        chosen = plural.category(n, self.language)
        if self.language == "ru":
            word = russian[("one", "few", "many").index(chosen)]
        else:
            word = english[0] if chosen == "one" else english[1]
        return f"{self.number(n)} {word}"

    def gender(self, gender: Gender) -> str:
        return _GENDERS[gender][self._column]

    def rating(self, rating: Rating) -> str:
        return _RATINGS[rating][self._column]

    def rating_definition(self, rating: Rating) -> str:
        return _RATING_DEFINITIONS[rating][self._column] if rating in _RATING_DEFINITIONS else ""

    def feedback_statement(self, key: str) -> str:
        return _FEEDBACK[key][self._column] if key in _FEEDBACK else key

    def long_date(self, day: date | None) -> str:
        if day is None:
            return ""
        month = _MONTHS[self.language][day.month - 1]
        return f"{day.day} {month} {day.year}" + (" г." if self.language == "ru" else "")

    def dates(self, start: date | None, end: date | None) -> str:
        """A span of days as people write it: "14–16 September 2027", "14–16 сентября 2027 г."."""
        if start is None or end is None or end == start:
            return self.long_date(start or end)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{self.long_date(end)}"
        if start.year == end.year:
            first = self.long_date(start).removesuffix(" г.").rsplit(" ", 1)[0]
            return f"{first} – {self.long_date(end)}"
        return f"{self.long_date(start)} – {self.long_date(end)}"

    def short_date(self, day: date | datetime | None) -> str:
        return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year}"


def labels_for(language: str) -> Labels:
    return Labels(language)
