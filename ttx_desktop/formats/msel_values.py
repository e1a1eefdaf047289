"""What single MSEL cells mean: inject numbers, modules, statuses, delivery methods, team codes."""

from __future__ import annotations

import functools
import math
import re
from datetime import date, datetime, time, timedelta

from ttx_desktop.domain.model import DeliveryMethod, InjectStatus
from ttx_desktop.formats.msel_columns import normalize

MAX_NUMBER = 999_999_999

_NUMBER = re.compile(r"^(?:(?:inject|event|msel|no|вводная)\s*)?(\d{1,9})$")
_MODULE = re.compile(
    r"^\s*(?:(?P<word>module|phase|move|stage|part|session|block|day|модуль|этап|фаза|блок"
    r"|часть|сессия|день)\s*)?(?:no\.?\s*|#\s*|№\s*)?(?:(?P<n>\d{1,9})|(?P<roman>[ivx]{1,4})\b)"
    r"\s*(?:[.:;)\-–—]+\s*|(?=\s)|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}  # fmt: skip

_STATUS_EXACT: dict[str, InjectStatus] = {
    **dict.fromkeys(
        ("released", "injected", "delivered", "done", "complete", "completed", "sent",
         "issued", "yes", "y", "true", "x", "выдана", "выдан", "выдано", "выполнено",
         "отправлено", "да", "введена", "подана"),
        InjectStatus.RELEASED,
    ),
    **dict.fromkeys(
        ("skipped", "omitted", "deleted", "cancelled", "canceled", "not used", "dropped",
         "removed", "n a", "na", "skip", "omit", "delete", "пропущена", "пропущено",
         "отменена", "отменено", "удалена", "удалено", "не использована", "исключена"),
        InjectStatus.SKIPPED,
    ),
    **dict.fromkeys(
        ("pending", "planned", "scheduled", "ready", "draft", "not injected", "not yet",
         "open", "no", "n", "false", "to do", "todo", "tbd", "ожидает", "запланирована",
         "запланировано", "нет", "готова", "не выдана"),
        InjectStatus.PENDING,
    ),
}  # fmt: skip
_STATUS_WORDS: tuple[tuple[tuple[str, ...], InjectStatus], ...] = (
    (("not ", "не "), InjectStatus.PENDING),
    (("omit", "delet", "cancel", "skip", "drop", "remov", "пропущ", "отмен", "удал", "исключ"),
     InjectStatus.SKIPPED),
    (("releas", "inject", "deliver", "sent", "issued", "complet", "выдан", "отправл", "введен"),
     InjectStatus.RELEASED),
    (("pend", "plan", "schedul", "draft", "ожида", "заплан"), InjectStatus.PENDING),
)  # fmt: skip

_METHOD_WORDS: tuple[tuple[DeliveryMethod, tuple[str, ...]], ...] = (
    (DeliveryMethod.EMAIL, ("email", "e mail", "mail", "почт", "письм", "электронн")),
    (DeliveryMethod.SOCIAL, ("social", "twitter", "tweet", "facebook", "telegram", "post",
                             "instagram", "соцсет", "социальн", "телеграм", "пост")),
    (DeliveryMethod.PHONE, ("phone", "call", "radio", "sms", "text message", "телефон",
                            "звонок", "радио", "смс")),
    (DeliveryMethod.VIDEO, ("video", "tv", "television", "broadcast", "news clip", "видео",
                            "телевид", "тв", "ролик")),
    (DeliveryMethod.PROJECTOR, ("projector", "slide", "screen", "presentation", "powerpoint",
                                "ppt", "проектор", "слайд", "экран", "презентац")),
    (DeliveryMethod.HANDOUT, ("handout", "paper", "print", "document", "card", "letter",
                              "memo", "fax", "раздат", "документ", "карточк", "письменн",
                              "бумаг", "распечат")),
    (DeliveryMethod.VERBAL, ("verbal", "oral", "spoken", "in person", "facilitator",
                             "briefing", "read aloud", "announce", "устн", "доклад",
                             "брифинг", "голос")),
)  # fmt: skip


def cell_text(value: object) -> str:  # noqa: PLR0911 - one return per kind of cell
    """A cell as text: numbers without a needless ".0", dates and times as people write them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M" if value.time() != time() else "%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M" if not value.second else "%H:%M:%S")
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds()) // 60
        return f"{minutes // 60}:{minutes % 60:02d}"
    return str(value)


def inject_number(value: object) -> int | None:
    """The inject number a cell holds ("12", 12, "#12", "Inject 12"), or None if it holds a
    label that is not a whole number ("1.2", "A-3")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        ok = math.isfinite(value) and float(value).is_integer() and 0 < value <= MAX_NUMBER
        return int(value) if ok else None
    match = _NUMBER.match(normalize(str(value)))
    if match and 0 < int(match.group(1)) <= MAX_NUMBER:
        return int(match.group(1))
    return None


def module_key(value: object) -> tuple[int | None, str]:
    """(number, title) a module cell names: "2", "Module 2", "2. Escalation", "Phase II",
    "Escalation" (no number)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        ok = math.isfinite(value) and float(value).is_integer() and 0 < value <= MAX_NUMBER
        return (int(value), "") if ok else (None, cell_text(value))
    text = " ".join(str(value).split())
    match = _MODULE.match(text)
    if match and (match.group("n") or (match.group("word") and match.group("roman"))):
        roman = (match.group("roman") or "").lower()
        number = int(match.group("n")) if match.group("n") else _ROMAN.get(roman)
        if number is not None and 0 < number <= MAX_NUMBER:
            return number, match.group("rest").strip()
    return None, text


def status_of(value: object) -> InjectStatus | None:
    """The state a status cell names, or None if we do not know the word."""
    if isinstance(value, bool):
        return InjectStatus.RELEASED if value else InjectStatus.PENDING
    key = normalize(cell_text(value))
    if not key:
        return InjectStatus.PENDING
    if key in _STATUS_EXACT:
        return _STATUS_EXACT[key]
    for words, status in _STATUS_WORDS:
        if any(key.startswith(w) or f" {w}" in f" {key}" for w in words):
            return status
    return None


def method_of(value: object) -> DeliveryMethod | None:
    """The delivery method a cell names ("Simulated e-mail", "Handout", "Проектор"), or None."""
    return _method_named(normalize(cell_text(value)))


@functools.lru_cache(maxsize=1024)  # a sheet names a handful of methods, row after row
def _method_named(key: str) -> DeliveryMethod | None:
    if not key:
        return DeliveryMethod.VERBAL
    for method in DeliveryMethod:
        if key == method.value:
            return method
    padded = f" {key} "
    for method, words in _METHOD_WORDS:
        if any(f" {w}" in padded for w in words):
            return method
    return None


def team_code(name: str, taken: set[str]) -> str:
    """A short code for a team known only by name: the name itself when short, else its
    initials ("Law enforcement" is "LE"); never one of ``taken`` (compared ignoring case)."""
    folded = {t.casefold() for t in taken}
    words = [w for w in re.split(r"[\W_]+", name) if w]
    if len(name) <= 12 and not any(c.isspace() for c in name):
        base = name
    elif len(words) >= 2:
        base = "".join(w[0] for w in words[:6]).upper()
    else:
        base = (words[0] if words else name.strip() or "T")[:8].upper()
    code, n = base, 2
    while code.casefold() in folded:
        code, n = f"{base}{n}", n + 1
    return code


PALETTE = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3",
           "#8C8C8C", "#CCB974", "#64B5CD")  # fmt: skip
