"""The documents' fixed sentences and words, in English and Russian (see labels.py).

Each key maps to (English, Russian); ``{name}`` fields are filled by ``Labels.format``. Keep
keys grouped by the document that uses them; a new document adds its group here (or, when
this file grows past 400 lines, a module of its own merged into ``TEXT`` in labels.py).
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    # --- every document
    "draft": ("DRAFT", "ПРОЕКТ"),
    "draft_note": (
        "not final until the organiser marks it final.",
        "документ не является окончательным, пока организатор не утвердит его.",
    ),
    "page_x_of_y": ("Page {page} of {pages}", "Страница {page} из {pages}"),
    "contents": ("Contents", "Содержание"),
    "toc_hint": (
        "Update this table (right-click, Update Field) to show page numbers.",
        "Обновите оглавление (правая кнопка мыши, «Обновить поле»), чтобы показать номера страниц.",
    ),
    "figure": ("Figure", "Рисунок"),
    "table": ("Table", "Таблица"),
    "dates": ("Dates", "Даты"),
    "venue": ("Venue", "Место проведения"),
    "sponsor": ("Sponsor", "Организатор"),
    "caveat": ("Handling", "Гриф"),
    "point_of_contact": ("Point of contact", "Контактное лицо"),
    "status": ("Status", "Статус"),
    "final": ("Final", "Окончательный"),
    "none_recorded": ("None recorded.", "Не зафиксировано."),
    "team": ("Team", "Группа"),
    "organisation": ("Organisation", "Организация"),
    "participants": ("Participants", "Участники"),
    "name": ("Name", "Имя"),
    "role": ("Role", "Роль"),
    "count": ("Number", "Количество"),
    "people_short": ("People", "Чел."),
    "total": ("Total", "Всего"),
    "no_team": ("Exercise control and observers", "Руководство учения и наблюдатели"),
    "time": ("Time", "Время"),
    "kind": ("Kind", "Вид"),
    "entry": ("Entry", "Запись"),
    "author": ("Recorded by", "Записал(а)"),
    "inject": ("Inject", "Вводная"),
    "inject_n": ("Inject {number}", "Вводная {number}"),
    "module": ("Module", "Модуль"),
    "scenario_time": ("scenario time", "время сценария"),
    "released_at": ("released at {time}", "выдана в {time}"),
    "planned": ("Planned", "План"),
    "actual": ("Actual", "Факт"),
    "difference": ("Difference", "Отклонение"),
    "on_time": ("on time", "вовремя"),
    "minutes_late": ("{n} min late", "позже на {n} мин"),
    "minutes_early": ("{n} min early", "раньше на {n} мин"),
    "skipped": ("not released", "не выдана"),
    "not_released": (
        "Not released in this module: {items}.",
        "В этом модуле не были выданы: {items}.",
    ),
    # --- minutes
    "minutes": ("Minutes", "Протокол"),
    "attendance": ("Attendance", "Состав участников"),
    "attendance_intro": (
        "{people, plural, one {# person} other {# people}} from "
        "{organisations, plural, one {# organisation} other {# organisations}} took part, in "
        "{teams, plural, one {# team} other {# teams}}.",
        "В учении {people, plural, one {принял участие # человек} few {приняли участие # "
        "человека} other {приняли участие # человек}} из {organisations, plural, one {# "
        "организации} other {# организаций}} в составе {teams, plural, one {# группы} other "
        "{# групп}}.",
    ),
    "proceedings": ("Proceedings", "Ход учения"),
    "other_discussion": ("Other discussion", "Прочие обсуждения"),
    "other_discussion_general": (
        "Other discussion outside the modules",
        "Прочие обсуждения вне модулей",
    ),
    "no_entries_for_inject": (
        "No entries were recorded for this inject.",
        "По этой вводной записей не сделано.",
    ),
    "decisions": ("Decisions", "Принятые решения"),
    "open_questions": ("Open questions", "Открытые вопросы"),
    "no_decisions": ("No decisions were recorded.", "Решения не зафиксированы."),
    "no_questions": ("No questions were recorded.", "Вопросы не зафиксированы."),
    # --- after-action report
    "aar": (
        "After-action report and improvement plan",
        "Отчёт по итогам учения и план совершенствования",
    ),
    "aar_short": ("After-action report", "Отчёт по итогам учения"),
    "handling_instructions": ("Handling instructions", "Порядок обращения с документом"),
    "handling_text": (
        "The title of this document is “{title}: {document}”. The information in it is "
        "marked {caveat} and should be handled accordingly.",
        "Настоящий документ — «{title}: {document}». Содержащаяся в нём информация имеет "
        "гриф «{caveat}» и подлежит обращению в соответствии с ним.",
    ),
    "executive_summary": ("Executive summary", "Краткое изложение"),
    "generated_draft": (
        "A first draft generated from the exercise record; edit it in the review.",
        "Первый вариант, составленный по записям учения; отредактируйте его при подготовке отчёта.",
    ),
    "summary_held": (
        "{exercise} was held {dates}{venue}.",
        "{exercise} проведено {dates}{venue}.",
    ),
    "summary_venue": (" at {venue}", " (место проведения: {venue})"),
    "summary_people": (
        "{people, plural, one {# participant} other {# participants}} from "
        "{organisations, plural, one {# organisation} other {# organisations}} took part in "
        "{teams, plural, one {# team} other {# teams}}.",
        "В учении {people, plural, one {принял участие # человек} few {приняли участие # "
        "человека} other {приняли участие # человек}} из {organisations, plural, one {# "
        "организации} other {# организаций}} в составе {teams, plural, one {# группы} other "
        "{# групп}}.",
    ),
    "summary_injects": (
        "Of {planned, plural, one {# inject} other {# injects}} planned over "
        "{modules, plural, one {# module} other {# modules}}, {released, plural, one {# was "
        "released} other {# were released}} and {skipped, plural, one {# was} other {# were}} "
        "not.",
        "В {modules, plural, one {# модуле} other {# модулях}} {planned, plural, one "
        "{запланирована # вводная} few {запланированы # вводные} other {запланировано # "
        "вводных}}; {released, plural, one {выдана #} few {выданы #} other {выдано #}}, "
        "{skipped, plural, one {не выдана #} few {не выданы #} other {не выдано #}}.",
    ),
    "summary_entries": (
        "Note-takers recorded {entries, plural, one {# entry} other {# entries}}: {kinds}.",
        "Секретари сделали {entries, plural, one {# запись} few {# записи} other {# записей}}: "
        "{kinds}.",
    ),
    "summary_objectives": (
        "The exercise had {n, plural, one {# objective; its analysis follows} other {# "
        "objectives; the analysis of each follows}} below.",
        "У учения {n, plural, one {# цель; её анализ приведён} few {# цели; анализ каждой из "
        "них приведён} other {# целей; анализ каждой из них приведён}} ниже.",
    ),
    "major_strengths": ("Major strengths", "Основные сильные стороны"),
    "primary_afi": ("Primary areas for improvement", "Основные области для улучшения"),
    "overview": ("Exercise overview", "Общие сведения об учении"),
    "exercise_name": ("Exercise name", "Название учения"),
    "scope": ("Scope", "Масштаб и рамки"),
    "purpose": ("Purpose", "Назначение"),
    "objectives": ("Objectives", "Цели"),
    "scenario": ("Scenario", "Сценарий"),
    "participating_organisations": ("Participating organisations", "Организации-участники"),
    "conduct": ("Exercise conduct", "Проведение учения"),
    "conduct_intro": (
        "Figure {timeline} compares when each inject was planned with when it was released; "
        "figure {chart} shows how many entries each team's note-takers recorded in each module.",
        "На рисунке {timeline} сопоставлено плановое и фактическое время выдачи вводных; на "
        "рисунке {chart} показано число записей по каждой группе в каждом модуле.",
    ),
    "timeline_caption": (
        "Injects: planned against actual release times",
        "Вводные: плановое и фактическое время выдачи",
    ),
    "chart_caption": ("Entries per team and module", "Записи по группам и модулям"),
    "legend_released": ("Released", "Выдана"),
    "legend_skipped": ("Skipped", "Пропущена"),
    "legend_upcoming": ("Not released", "Не выдана"),
    "legend_actual": ("◆ actual release time", "◆ фактическое время выдачи"),
    "chart_y": ("Log entries", "Записи журнала"),
    "chart_x": ("Module", "Модуль"),
    "injects_timing": ("Release of injects", "Выдача вводных"),
    "analysis": ("Analysis of objectives", "Анализ достижения целей"),
    "analysis_intro": (
        "Each objective is rated on the HSEEP scale below, from the evidence recorded during "
        "the exercise.",
        "Каждая цель оценена по шкале HSEEP, приведённой ниже, на основе записей, сделанных "
        "в ходе учения.",
    ),
    "rating": ("Rating", "Оценка"),
    "meaning": ("Meaning", "Значение"),
    "capability": ("Capability", "Потенциал"),
    "critical_tasks": ("Critical tasks", "Критические задачи"),
    "strengths": ("Strengths", "Сильные стороны"),
    "areas_for_improvement": ("Areas for improvement", "Области для улучшения"),
    "strength_n": ("Strength {n}", "Сильная сторона {n}"),
    "afi_n": ("Area for improvement {n}", "Область для улучшения {n}"),
    "evidence": ("Evidence", "Основание"),
    "no_strengths": (
        "No strengths were recorded against this objective.",
        "Сильные стороны по этой цели не зафиксированы.",
    ),
    "no_afi": (
        "No areas for improvement were recorded against this objective.",
        "Области для улучшения по этой цели не зафиксированы.",
    ),
    "evaluator_notes": ("Evaluator's notes", "Замечания оценщика"),
    "conclusion": ("Conclusion", "Заключение"),
    "conclusion_ratings": (
        "Of {n, plural, one {# objective} other {# objectives}}, {rated}.",
        "Из {n, plural, one {# цели} other {# целей}}: {rated}.",
    ),
    "conclusion_unrated": (
        "The objectives have not been rated yet.",
        "Целям ещё не выставлены оценки.",
    ),
    "conclusion_plan": (
        "Appendix A sets out {n, plural, one {# corrective action with its owner and dates} "
        "other {# corrective actions with their owners and dates}}.",
        "В приложении А {n, plural, one {приведено # корректирующее действие} few {приведены "
        "# корректирующих действия} other {приведено # корректирующих действий}} с "
        "ответственными и сроками.",
    ),
    "appendix_a": ("Appendix A: Improvement plan", "Приложение А. План совершенствования"),
    "appendix_b": ("Appendix B: Exercise participants", "Приложение Б. Участники учения"),
    "appendix_c": (
        "Appendix C: Participant feedback summary",
        "Приложение В. Обобщение отзывов участников",
    ),
    "ip_intro": (
        "The improvement plan lists the corrective actions that address the areas for "
        "improvement, with the organisation responsible and the dates agreed.",
        "В плане совершенствования перечислены корректирующие действия по областям для "
        "улучшения, с ответственными организациями и согласованными сроками.",
    ),
    "objective_capability": ("Objective / capability", "Цель / потенциал"),
    "issue": ("Issue / area for improvement", "Проблема / область для улучшения"),
    "corrective_action": ("Corrective action", "Корректирующее действие"),
    "capability_element": ("Capability element", "Элемент потенциала"),
    "responsible": ("Responsible organisation", "Ответственная организация"),
    "contact": ("Point of contact", "Контактное лицо"),
    "responsible_contact": (
        "Responsible organisation and point of contact",
        "Ответственная организация, контактное лицо",
    ),
    "start_completion": ("Start and completion", "Начало и завершение"),
    "start": ("Start date", "Начало"),
    "completion": ("Completion date", "Завершение"),
    "priority": ("Priority", "Приоритет"),
    "no_recommendations": (
        "No corrective actions have been written yet.",
        "Корректирующие действия ещё не сформулированы.",
    ),
    "by_organisation": ("By organisation", "По организациям"),
    "by_team": ("By team", "По группам"),
    "by_gender": ("By gender", "По полу"),
    "share": ("Share", "Доля"),
    "feedback_intro": (
        "{n, plural, one {# participant} other {# participants}} returned a feedback form. "
        "Ratings run from 1 (strongly disagree) "
        "to 5 (strongly agree).",
        "Анкету обратной связи {n, plural, one {заполнил # участник} few {заполнили # "
        "участника} other {заполнили # участников}}. Оценки — от 1 (совершенно не "
        "согласен) до 5 (полностью согласен).",
    ),
    "statement": ("Statement", "Утверждение"),
    "average": ("Average", "Среднее"),
    "answers": ("Answers", "Ответов"),
    "feedback_strengths": (
        "Strengths named by participants",
        "Сильные стороны по мнению участников",
    ),
    "feedback_improvements": (
        "Improvements suggested by participants",
        "Предложения участников по улучшению",
    ),
    "feedback_missed": ("What participants missed", "Чего, по мнению участников, не хватило"),
    "feedback_corrective": (
        "Corrective actions proposed by participants",
        "Корректирующие действия, предложенные участниками",
    ),
    "owner": ("Owner", "Ответственный"),
}
