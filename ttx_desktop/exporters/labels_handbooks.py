"""The fixed sentences and words of the handbooks, cards, MSEL and evaluation guide, in English
and Russian; labels.py merges them into the documents' words (see labels_text.py)."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    # --- shared by the documents below
    "module_n": ("Module {number}", "Модуль {number}"),
    "day_n": ("Day {number}", "День {number}"),
    "day_time": ("Day {day}, {time}", "День {day}, {time}"),
    "title_col": ("Title", "Название"),
    "position": ("Position", "Должность"),
    "from": ("From", "От кого"),
    "to": ("To", "Кому"),
    "method": ("Delivery", "Способ подачи"),
    "all_teams": ("All teams", "Все группы"),
    "planned_time": ("Planned time", "Время по плану"),
    "scenario_time_col": ("Scenario time", "Время сценария"),
    "start_time": ("Start", "Начало"),
    "duration": ("Duration", "Продолжительность"),
    "n_minutes": ("{n} min", "{n} мин"),
    "key_issues": ("Key issues", "Ключевые проблемы"),
    "discussion_questions": ("Discussion questions", "Вопросы для обсуждения"),
    "narrative": ("Scenario", "Обстановка"),
    "ground_rules": ("Ground rules", "Правила проведения"),
    "assumptions": ("Assumptions and artificialities", "Допущения и условности"),
    "members": ("Members", "Состав"),
    "seat": ("Table", "Стол"),
    "no_injects": ("The exercise has no injects yet.", "В учении пока нет вводных."),
    # --- situation manual
    "sitman": ("Situation manual", "Справочник участника учения"),
    "sitman_purpose": (
        "This situation manual gives participants what they need before and during the "
        "exercise: its purpose, objectives and ground rules, who takes part in which role, the "
        "schedule, and the scenario of each module with its key issues and discussion "
        "questions. Scenario updates (injects) are handed out during the exercise.",
        "Настоящий справочник содержит то, что нужно участникам до и во время учения: назначение, "
        "цели и правила проведения, состав и роли участников, расписание, а также обстановку "
        "каждого модуля с ключевыми проблемами и вопросами для обсуждения. Вводные выдаются в "
        "ходе учения.",
    ),
    "objectives_capabilities": ("Objectives and capabilities", "Цели и потенциалы"),
    "objectives_intro": (
        "The exercise is built on the objectives below; each names the capability it tests.",
        "Учение построено на перечисленных ниже целях; для каждой указан проверяемый потенциал.",
    ),
    "roles": ("Roles and responsibilities", "Роли и обязанности"),
    "duties": ("Responsibilities", "Обязанности"),
    "duty_player": (
        "Sit at their team's table, discuss the scenario and questions, and respond as their "
        "organisation would, on the basis of their own knowledge and authority.",
        "Работают за столом своей группы, обсуждают обстановку и вопросы и действуют так, как "
        "действовала бы их организация, исходя из своих знаний и полномочий.",
    ),
    "duty_facilitator": (
        "Lead the discussion, keep the exercise to time and to its objectives, and release "
        "the injects.",
        "Ведут обсуждение, следят за временем и соответствием целям учения, выдают вводные.",
    ),
    "duty_evaluator": (
        "Record decisions, actions, questions and observations, and assess the objectives; "
        "they do not take part in the discussion.",
        "Фиксируют решения, действия, вопросы и наблюдения и оценивают достижение целей; в "
        "обсуждении не участвуют.",
    ),
    "duty_observer": (
        "Follow the exercise without taking part; they may be asked for comments at the end.",
        "Следят за ходом учения, не участвуя в нём; в конце могут высказать замечания.",
    ),
    "duty_controller": (
        "Play the people and organisations not at the tables and answer for them.",
        "Исполняют роли лиц и организаций, не представленных за столами, и отвечают за них.",
    ),
    "teams_tables": ("Teams and tables", "Группы и столы"),
    "structure": ("Structure and schedule", "Структура и расписание"),
    "structure_intro": (
        "The exercise runs in {modules} over {days}. Each module opens with the scenario "
        "below; injects then bring updates, and teams discuss the questions at their tables "
        "before reporting back in plenary.",
        "Продолжительность учения — {days}; оно включает {modules}. Каждый модуль открывается "
        "описанием обстановки; затем вводные сообщают о новых событиях, группы обсуждают "
        "вопросы за своими столами и докладывают на пленарном заседании.",
    ),
    "appendix_participants": ("Appendix: Participants", "Приложение. Участники"),
    # --- facilitator guide
    "guide": ("Facilitator guide", "Руководство ведущего"),
    "guide_note": (
        "For facilitators, controllers and evaluators only. It holds the injects, the actions "
        "expected of the teams and the facilitators' notes, which players must not see in "
        "advance.",
        "Только для ведущих, контролёров и оценщиков. Документ содержит вводные, ожидаемые от "
        "групп действия и заметки для ведущих, которые игроки не должны видеть заранее.",
    ),
    "at_a_glance": ("The exercise at a glance", "Краткие сведения об учении"),
    "briefing": ("Opening brief", "Вступительный инструктаж"),
    "briefing_intro": (
        "Read the ground rules out at the start, then the assumptions.",
        "В начале учения зачитайте правила проведения, затем допущения.",
    ),
    "seating": ("Teams and seating", "Группы и рассадка"),
    "exercise_control": ("Exercise control", "Руководство учения"),
    "timing_plan": ("Timing plan", "План по времени"),
    "timing_intro": (
        "Times are planned wall-clock times; the console moves them when the exercise clock "
        "is paused or an inject is delayed.",
        "Указано плановое время; программа сдвигает его, если часы учения приостановлены или "
        "вводная отложена.",
    ),
    "module_opens": ("Module opens: scenario briefing", "Начало модуля: описание обстановки"),
    "module_closes": ("Module closes: plenary report-back", "Окончание модуля: доклады групп"),
    "prompts": ("Prompts for the facilitator", "Подсказки для ведущего"),
    "injects_heading": ("Injects", "Вводные"),
    "expected_actions": ("Expected actions", "Ожидаемые действия"),
    "facilitator_notes": ("Facilitator notes", "Заметки для ведущего"),
    "attachments": ("Attachments", "Приложения"),
    "text_heading": ("Text", "Текст"),
    # --- inject cards
    "cards": ("Inject cards", "Карточки вводных"),
    "scan_text": (
        "Scan to see this inject's number and title on a phone, with no network.",
        "Отсканируйте, чтобы увидеть номер и название вводной на телефоне без подключения к сети.",
    ),
    "scan_room": (
        "Scan to open this inject on the exercise's room page.",
        "Отсканируйте, чтобы открыть вводную на странице учения.",
    ),
    # --- MSEL
    "msel_doc": ("Master scenario events list (MSEL)", "Перечень событий сценария (MSEL)"),
    "msel_intro": (
        "{injects} in {modules}: {released} released, {skipped} skipped, {pending} not yet "
        "released.",
        "{injects}, {modules}: {released, plural, one {выдана #} few {выданы #} other "
        "{выдано #}}, {skipped, plural, one {пропущена #} few {пропущены #} other "
        "{пропущено #}}, {pending, plural, one {ещё не выдана #} few {ещё не выданы #} "
        "other {ещё не выдано #}}.",
    ),
    "teams_legend": ("Teams", "Группы"),
    # --- exercise evaluation guide
    "eeg": ("Exercise evaluation guide", "Руководство по оценке учения"),
    "eeg_use": ("How to use this guide", "Как пользоваться руководством"),
    "eeg_intro": (
        "There is one part for each objective. It lists the capability and critical tasks to "
        "watch for and the observations note-takers logged against the objective. Tick how "
        "far each task was performed, add your own notes, choose the rating on the scale "
        "below, and sign.",
        "Для каждой цели учения отведён отдельный раздел. В нём указаны потенциал и "
        "критические задачи, за выполнением которых нужно наблюдать, и записи секретарей, "
        "относящиеся к этой цели. Отметьте, насколько выполнена каждая критическая задача, "
        "добавьте свои замечания, выберите оценку по приведённой ниже шкале и поставьте "
        "подпись.",
    ),
    "evaluators": ("Evaluators", "Оценщики"),
    "no_evaluators": (
        "No evaluators are listed among the participants.",
        "Среди участников не указаны оценщики.",
    ),
    "email": ("E-mail", "Эл. почта"),
    "performed": ("Performed", "Выполнена"),
    "performed_choices": ("☐ fully\n\n☐ partly\n\n☐ not", "☐ полностью\n\n☐ частично\n\n☐ нет"),
    "observer_notes": ("Notes", "Замечания"),
    "observations": ("Observations logged", "Зафиксированные наблюдения"),
    "no_observations": (
        "No entries were logged against this objective.",
        "Записей по этой цели не сделано.",
    ),
    "more_observations": (
        "{n, plural, one {# more entry about this objective is} other {# more entries about "
        "this objective are}} in the exercise log.",
        "Ещё {n, plural, one {# запись} few {# записи} other {# записей}} по этой цели — в "
        "журнале учения.",
    ),
    "evaluator_notes_space": (
        "Evaluator's notes and evidence",
        "Замечания оценщика и подтверждающие факты",
    ),
    "evaluator_name": ("Evaluator", "Оценщик"),
    "evaluator_contact": ("Phone and e-mail", "Телефон и эл. почта"),
    "date_signature": ("Date and signature", "Дата и подпись"),
    "no_objectives": ("The exercise has no objectives yet.", "У учения пока нет целей."),
}
