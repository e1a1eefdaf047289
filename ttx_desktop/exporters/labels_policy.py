"""The fixed words of the policy recommendations document, in English and Russian (labels.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ttx_desktop.domain.policy import GenderVerdict, Horizon, PolicyStatus, Right, RightsVerdict
from ttx_desktop.domain.votes import VoteKind

TEXT: dict[str, tuple[str, str]] = {
    "aar_policy": ("Policy recommendations", "Рекомендации для государственной политики"),
    "aar_policy_intro": (
        "The tables' recommendations for national policymakers are filed in a document of "
        "their own, “{document}” ({file}). When this report was written: agreed and reviewed, "
        "{agreed}; still under discussion, {discussion}; merged into others or withdrawn, "
        "{closed}.",
        "Рекомендации столов для лиц, принимающих решения на национальном уровне, изложены в "
        "отдельном документе «{document}» ({file}). На момент подготовки отчёта согласовано и "
        "проверено: {agreed}; в обсуждении: {discussion}; объединено с другими или отозвано: "
        "{closed}.",
    ),
    "aar_policy_agreed": ("Agreed", "Согласовано"),
    "aar_policy_closed": ("Merged or withdrawn", "Объединено или отозвано"),
    "aar_policy_total": ("Total", "Всего"),
    "recommendations_doc": (
        "Policy recommendations",
        "Рекомендации для государственной политики",
    ),
    "policy_summary": ("Summary for policymakers", "Резюме для лиц, принимающих решения"),
    "policy_summary_intro": (
        "During the exercise, {tables} drafted recommendations for national policymakers. "
        "The room agreed on {agreed, plural, one {# of them} other {# of them}}; "
        "{discussion, plural, =0 {none is} one {# is} other {# are}} still under discussion. "
        "Each agreed recommendation was reviewed for its compliance with human rights and for "
        "its differential impact on women, men, girls and boys.",
        "В ходе учения {tables} подготовили рекомендации для лиц, принимающих решения на "
        "национальном уровне. {agreed, plural, one {Согласована # рекомендация} few "
        "{Согласованы # рекомендации} other {Согласовано # рекомендаций}}; в обсуждении "
        "{discussion, plural, one {остаётся # рекомендация} few {остаются # рекомендации} "
        "other {остаётся # рекомендаций}}. Каждая согласованная рекомендация проверена на "
        "соответствие правам человека и на различное воздействие на женщин, мужчин, девочек и "
        "мальчиков.",
    ),
    "policy_priorities": (
        "The room's priorities, from its vote:",
        "Приоритеты, определённые голосованием участников:",
    ),
    "policy_themes_line": ("Themes: {themes}.", "Темы: {themes}."),
    "policy_none_agreed": (
        "No recommendation has been agreed yet.",
        "Пока не согласовано ни одной рекомендации.",
    ),
    "policy_by_theme": ("Recommendations by theme", "Рекомендации по темам"),
    "policy_no_theme": ("Other recommendations", "Прочие рекомендации"),
    "policy_number": ("R{number}", "Р{number}"),
    "policy_issue": ("Issue", "Проблема"),
    "policy_action": ("Recommended action", "Рекомендуемое действие"),
    "policy_owner": ("Owner", "Ответственный"),
    "policy_partners": ("Partners", "Партнёры"),
    "policy_timeline": ("Timeline", "Сроки"),
    "policy_indicator": ("Indicator of progress", "Показатель прогресса"),
    "policy_tables": ("Proposed by", "Предложено"),
    "policy_priority": ("Priority", "Приоритет"),
    "policy_theme": ("Theme", "Тема"),
    "policy_status": ("Status", "Статус"),
    "policy_review_box": ("Human rights and gender review", "Проверка: права человека и гендер"),
    "policy_rights": ("Human rights", "Права человека"),
    "policy_rights_touched": ("Rights touched", "Затрагиваемые права"),
    "policy_legal_basis": ("Legal basis", "Правовая основа"),
    "policy_safeguards": ("Safeguards", "Гарантии"),
    "policy_proportionality": ("Proportionality", "Соразмерность"),
    "policy_gender": ("Gender", "Гендерные аспекты"),
    "policy_gender_impact": (
        "Impact on women, men, girls and boys",
        "Воздействие на женщин, мужчин, девочек и мальчиков",
    ),
    "policy_women_consulted": (
        "Women's organisations consulted",
        "Консультации с женскими организациями",
    ),
    "yes": ("yes", "да"),
    "no": ("no", "нет"),
    "not_asked": ("not asked yet", "ещё не проводились"),
    "policy_review_note": ("Note of the review", "Примечание проверяющих"),
    "policy_matrix": ("Matrix of recommendations", "Сводная таблица рекомендаций"),
    "policy_matrix_number": ("No.", "№"),
    "policy_review_column": ("Review", "Проверка"),
    "policy_discussion": ("Under discussion", "В обсуждении"),
    "policy_discussion_intro": (
        "These recommendations are drafts, or were agreed before both reviews were done. "
        "They are not part of the agreed recommendations above.",
        "Эти рекомендации — проекты либо были согласованы до завершения обеих проверок. "
        "Они не входят в число согласованных рекомендаций выше.",
    ),
    "policy_none_discussion": (
        "Nothing is under discussion.",
        "В обсуждении ничего нет.",
    ),
    "policy_evidence": ("Annex A. Evidence", "Приложение А. Обоснование"),
    "policy_evidence_intro": (
        "The log entries each agreed recommendation rests on, with the table and the time.",
        "Записи журнала, на которых основана каждая согласованная рекомендация, с указанием "
        "группы и времени.",
    ),
    "policy_no_evidence": (
        "No log entry is linked to the agreed recommendations.",
        "К согласованным рекомендациям не привязаны записи журнала.",
    ),
    "policy_votes": ("Annex B. Votes", "Приложение Б. Голосования"),
    "minutes_votes": ("Votes of the room", "Голосования участников"),
    "policy_no_votes": ("The room held no vote.", "Голосований не проводилось."),
    "policy_vote_line": (
        "{kind}; phones that voted: {voters}; {state}.",
        "{kind}; проголосовавших телефонов: {voters}; {state}.",
    ),
    "policy_vote_closed": ("closed at {time}", "закрыто в {time}"),
    "policy_vote_open": ("still open", "ещё открыто"),
    "policy_option": ("Option", "Вариант"),
    "policy_points": ("Votes", "Голоса"),
    "policy_contributors": (
        "Annex C. Contributing institutions",
        "Приложение В. Участвовавшие организации",
    ),
    "policy_by_sector": ("By sector", "По секторам"),
    "policy_by_gender": ("By gender", "По полу"),
    "policy_people": ("People", "Человек"),
    "policy_gender_column": ("Gender", "Пол"),
    "policy_organisations": ("Organisations", "Организации"),
    "policy_no_participants": (
        "The participant list is empty.",
        "Список участников пуст.",
    ),
}

_STATUSES: dict[PolicyStatus, tuple[str, str]] = {
    PolicyStatus.DRAFT: ("Draft", "Проект"),
    PolicyStatus.AGREED: ("Agreed", "Согласована"),
    PolicyStatus.MERGED: ("Merged", "Объединена"),
    PolicyStatus.WITHDRAWN: ("Withdrawn", "Отозвана"),
}
_HORIZONS: dict[Horizon, tuple[str, str]] = {
    Horizon.NONE: ("", ""),
    Horizon.SHORT: ("Short term", "Краткосрочная перспектива"),
    Horizon.MEDIUM: ("Medium term", "Среднесрочная перспектива"),
    Horizon.LONG: ("Long term", "Долгосрочная перспектива"),
    Horizon.DATES: ("", ""),
}
_RIGHTS: dict[Right, tuple[str, str]] = {
    Right.EXPRESSION: ("freedom of expression", "свобода выражения мнений"),
    Right.PRIVACY: ("privacy", "неприкосновенность частной жизни"),
    Right.DUE_PROCESS: ("due process", "надлежащая правовая процедура"),
    Right.NON_DISCRIMINATION: ("non-discrimination", "недискриминация"),
    Right.ASSOCIATION_RELIGION: (
        "freedom of association and religion",
        "свобода объединений и вероисповедания",
    ),
    Right.CHILD: ("the rights of the child", "права ребёнка"),
}
_RIGHTS_VERDICTS: dict[RightsVerdict, tuple[str, str]] = {
    RightsVerdict.NONE: ("Not reviewed", "Не проверено"),
    RightsVerdict.COMPLIANT: ("Compliant", "Соответствует"),
    RightsVerdict.NEEDS_SAFEGUARDS: ("Needs safeguards", "Нужны гарантии"),
    RightsVerdict.NOT_COMPLIANT: ("Not compliant", "Не соответствует"),
}
_GENDER_VERDICTS: dict[GenderVerdict, tuple[str, str]] = {
    GenderVerdict.NONE: ("Not reviewed", "Не проверено"),
    GenderVerdict.CONSIDERED: ("Considered", "Учтены"),
    GenderVerdict.NEEDS_WORK: ("Needs work", "Требуют доработки"),
    GenderVerdict.NOT_CONSIDERED: ("Not considered", "Не учтены"),
}
_VOTE_KINDS: dict[VoteKind, tuple[str, str]] = {
    VoteKind.POLL: ("Quick poll", "Быстрый опрос"),
    VoteKind.DOTS: ("Dot vote", "Голосование точками"),
    VoteKind.RANK: ("Ranking", "Ранжирование"),
}


# The table of each kind of value: StrEnum members of different kinds may be equal as text
# (every "not yet" is ""), so each kind keeps its own.
_TABLES: dict[type, Mapping[Any, tuple[str, str]]] = {
    PolicyStatus: _STATUSES,
    Horizon: _HORIZONS,
    Right: _RIGHTS,
    RightsVerdict: _RIGHTS_VERDICTS,
    GenderVerdict: _GENDER_VERDICTS,
    VoteKind: _VOTE_KINDS,
}


def word(value: PolicyStatus | Horizon | Right | RightsVerdict | GenderVerdict | VoteKind,
         language: str) -> str:  # fmt: skip
    """How the document calls ``value`` in ``language`` (English unless "ru")."""
    return _TABLES[type(value)][value][1 if language == "ru" else 0]
