"""The words of the report's evidence by objective, its plan status, acronyms and attendance."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "other_observations": ("Other observations", "Другие наблюдения"),
    "other_observations_intro": (
        "Strengths and areas for improvement that were not tied to an objective.",
        "Сильные стороны и области для улучшения, не отнесённые ни к одной цели.",
    ),
    "observation": ("Observation", "Наблюдение"),
    "afi_analysis": ("Analysis", "Анализ"),
    "afi_references": ("References", "Ссылки"),
    "afi_plan": ("Improvement plan", "План совершенствования"),
    "afi_plan_item": ("item {n}: {action}", "пункт {n}: {action}"),
    "afi_no_plan": (
        "no corrective action in the improvement plan yet",
        "корректирующее действие в плане совершенствования ещё не определено",
    ),
    "afi_no_analysis": (
        "the root cause has not been analysed yet",
        "первопричина ещё не проанализирована",
    ),
    "status_open": ("Open", "Открыт"),
    "status_in-progress": ("In progress", "Выполняется"),
    "status_done": ("Done", "Выполнен"),
    "item_no": ("Item", "Пункт"),
    "appendix_acronyms": ("Appendix {letter}: Acronyms", "Приложение {letter}. Сокращения"),
    "acronym": ("Acronym", "Сокращение"),
    "stands_for": ("Meaning", "Расшифровка"),
    "by_role": ("Players and staff", "Игроки и персонал учения"),
    "players": ("Players", "Игроки"),
    "staff": ("Exercise staff", "Персонал учения"),
    "staff_total": ("Staff in all", "Персонал, всего"),
    "by_day": ("Attendance by day", "Присутствие по дням"),
    "attendance_day_n": ("Day {n}", "День {n}"),
    "day_column": ("Day", "День"),
    "open_questions_intro": (
        "Questions that no later answer or decision was marked as closing.",
        "Вопросы, которые не закрыты ни одним последующим ответом или решением.",
    ),
    "no_open_questions": (
        "Every question recorded was closed by a later answer or decision.",
        "Все зафиксированные вопросы закрыты последующими ответами или решениями.",
    ),
    "day_unknown": (
        "Days not recorded for {n} of the participants.",
        "Дни присутствия не указаны для части участников: {n}.",
    ),
}
