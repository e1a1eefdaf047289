"""The words of the phone pages in English and Russian, and how a page picks its language."""

from __future__ import annotations

LANGUAGES = ("en", "ru")

TEXT: dict[str, tuple[str, str]] = {
    "note_taker": ("Note-taker", "Секретарь"),
    "participant": ("Participant", "Участник"),
    "team": ("Team", "Команда"),
    "all_teams": ("All teams", "Все команды"),
    "choose_team": ("Choose your team", "Выберите команду"),
    "kind": ("Kind", "Тип"),
    "inject": ("Inject it answers", "К какому вводному"),
    "no_inject": ("— none —", "— нет —"),
    "text": ("What happened", "Что произошло"),
    "text_hint": ("Decision, action, question…", "Решение, действие, вопрос…"),
    "author": ("Your name (kept on this phone)", "Ваше имя (сохраняется на телефоне)"),
    "save": ("Save entry", "Сохранить запись"),
    "sent": ("Sent from this phone", "Отправлено с этого телефона"),
    "sending": ("sending…", "отправка…"),
    "saved": ("saved", "сохранено"),
    "retrying": ("not sent yet — retrying", "ещё не отправлено — повтор"),
    "refused": ("refused", "отклонено"),
    "waiting": (
        "waiting — open the new link to send it",
        "ждёт — откройте новую ссылку, чтобы отправить",
    ),
    "copy": ("Copy text", "Скопировать текст"),
    "again": ("Send again", "Отправить снова"),
    "copied": ("Text copied.", "Текст скопирован."),
    "inject_gone": (
        "The inject no longer exists; saved without it.",
        "Этой вводной больше нет; сохранено без неё.",
    ),
    "objective_gone": (
        "The objective no longer exists; saved without it.",
        "Этой цели больше нет; сохранено без неё.",
    ),
    "why_too_long": ("the text is too long", "текст слишком длинный"),
    "why_unstorable": (
        "the text holds a character that cannot be stored",
        "в тексте есть символ, который нельзя сохранить",
    ),
    "why_empty": ("the text is empty", "текст пуст"),
    "why_unknown_team": ("this team no longer exists", "этой команды больше нет"),
    "why_quota": (
        "too many forms from this phone; try again in an hour",
        "слишком много анкет с этого телефона; попробуйте через час",
    ),
    "why_taken": ("this form belongs to another phone", "эта анкета принадлежит другому телефону"),
    "why_full": (
        "the exercise holds all the feedback it can take",
        "учение больше не принимает анкет",
    ),
    "objective": ("Objective it speaks to", "К какой цели"),
    "no_objective": ("— none —", "— нет —"),
    "older": ("Earlier injects", "Предыдущие вводные"),
    "need_text": ("Write something first.", "Сначала напишите текст."),
    "injects": ("Injects", "Вводные"),
    "no_injects": ("No injects released yet.", "Вводных пока нет."),
    "questions": ("Discussion questions", "Вопросы для обсуждения"),
    "from": ("From", "От"),
    "offline": ("No connection to the console — retrying", "Нет связи с пультом — повтор"),
    "closed": (
        "This link no longer works; ask the facilitator for a new one.",
        "Эта ссылка больше не действует; попросите у ведущего новую.",
    ),
    "feedback": ("Participant feedback form", "Анкета участника"),
    "open_feedback": ("Fill in the feedback form", "Заполнить анкету участника"),
    "fb_about": ("About you", "О вас"),
    "fb_name": ("Name (optional)", "Имя (необязательно)"),
    "fb_organisation": ("Organisation", "Организация"),
    "fb_role": ("Your role in the exercise", "Ваша роль в учении"),
    "fb_strengths": ("Top three strengths", "Три главные сильные стороны"),
    "fb_improvements": (
        "Top three areas for improvement",
        "Три главные области для улучшения",
    ),
    "fb_missed": (
        "What might the evaluators have missed?",
        "Что могли упустить оценщики?",
    ),
    "fb_corrective": (
        "Corrective actions: what should be done, how urgent, and who should own it",
        "Корректирующие действия: что сделать, насколько срочно и кто отвечает",
    ),
    "fb_action": ("Action", "Действие"),
    "fb_priority": ("Priority", "Приоритет"),
    "fb_owner": ("Who should own it", "Кто отвечает"),
    "priority_": ("Priority…", "Приоритет…"),
    "priority_high": ("High", "Высокий"),
    "priority_medium": ("Medium", "Средний"),
    "priority_low": ("Low", "Низкий"),
    "fb_ratings": ("Design and conduct of the exercise", "Подготовка и проведение учения"),
    "fb_scale": (
        "1 = strongly disagree, 5 = strongly agree",
        "1 — категорически не согласен, 5 — полностью согласен",
    ),
    "fb_submit": ("Send the form", "Отправить анкету"),
    "fb_thanks": (
        "Thank you — your form is saved. You can change it and send it again.",
        "Спасибо — анкета сохранена. Её можно изменить и отправить снова.",
    ),
    "fb_update": ("Send the changes", "Отправить изменения"),
    # The table rapporteur's page.
    "rapporteur": ("Table rapporteur", "Докладчик стола"),
    "table": ("Table", "Стол"),
    "choose_table": ("Choose your table", "Выберите свой стол"),
    "mine": ("Your table's recommendations", "Рекомендации вашего стола"),
    "mine_none": ("None yet: draft the first.", "Пока нет: подготовьте первую."),
    "new_rec": ("New recommendation", "Новая рекомендация"),
    "edit": ("Edit", "Изменить"),
    "step": ("Step {n} of {of}", "Шаг {n} из {of}"),
    "step_1": ("Issue and action", "Проблема и действие"),
    "step_2": ("Theme, owner and timeline", "Тема, ответственные и сроки"),
    "step_3": ("Human rights", "Права человека"),
    "step_4": ("Gender", "Гендерный анализ"),
    "step_5": ("Indicator", "Показатель"),
    "issue": ("The issue it answers", "Проблема, которую она решает"),
    "action": ("The recommended action", "Рекомендуемое действие"),
    "theme": ("Theme", "Тема"),
    "theme_hint": ("Choose or type a theme", "Выберите или введите тему"),
    "owner": ("Owner institution", "Ответственное ведомство"),
    "partners": ("Partners", "Партнёры"),
    "horizon": ("Timeline", "Срок"),
    "horizon_short": ("Short term", "Краткосрочно"),
    "horizon_medium": ("Medium term", "Среднесрочно"),
    "horizon_long": ("Long term", "Долгосрочно"),
    "horizon_dates": ("Dates", "Даты"),
    "timeline": ("Dates or note on timing", "Даты или уточнение сроков"),
    "rights": ("Rights it touches", "Какие права она затрагивает"),
    "right_expression": ("Freedom of expression", "Свобода выражения мнений"),
    "right_privacy": ("Privacy", "Неприкосновенность частной жизни"),
    "right_due-process": ("Due process", "Надлежащая правовая процедура"),
    "right_non-discrimination": ("Non-discrimination", "Недискриминация"),
    "right_association-religion": (
        "Freedom of association and religion",
        "Свобода объединений и вероисповедания",
    ),
    "right_child": ("Rights of the child", "Права ребёнка"),
    "legal_basis": ("Legal basis", "Правовое основание"),
    "safeguards": ("Safeguards", "Гарантии"),
    "proportionality": ("Proportionality", "Соразмерность"),
    "gender_impact": (
        "Impact on women, men, girls and boys",
        "Влияние на женщин, мужчин, девочек и мальчиков",
    ),
    "consulted": ("Were women's organisations consulted?", "Были ли опрошены женские организации?"),
    "consulted_yes": ("Yes", "Да"),
    "consulted_no": ("No", "Нет"),
    "consulted_": ("Not yet", "Пока нет"),
    "indicator": ("Indicator of progress", "Показатель прогресса"),
    "your_name": ("Your name (kept on this phone)", "Ваше имя (сохраняется на телефоне)"),
    "back": ("Back", "Назад"),
    "next": ("Next", "Далее"),
    "send_rec": ("Send to the console", "Отправить на пульт"),
    "cancel": ("Close without sending", "Закрыть без отправки"),
    "need_issue": ("Write the issue first.", "Сначала опишите проблему."),
    "others": ("Agreed at other tables", "Согласовано другими столами"),
    "others_none": ("Nothing agreed yet.", "Пока ничего не согласовано."),
    "owner_is": ("Owner", "Ответственный"),
    "status_draft": ("draft", "проект"),
    "status_agreed": ("agreed", "согласовано"),
    "status_merged": ("merged", "объединено"),
    "status_withdrawn": ("withdrawn", "отозвано"),
    "why_other_table": (
        "this recommendation belongs to another table",
        "эта рекомендация принадлежит другому столу",
    ),
    "why_not_draft": (
        "it is no longer a draft; the console decides now",
        "это уже не проект; дальше решает пульт",
    ),
    # Votes on the participant's page.
    "vote": ("Vote now", "Голосование"),
    "vote_poll": ("Tap one answer, then Vote.", "Выберите один ответ и нажмите «Голосовать»."),
    "vote_dots": (
        "Give your {dots} dots with + and −, then Vote.",
        "Распределите {dots} очка кнопками + и −, затем нажмите «Голосовать».",
    ),
    "vote_rank": (
        "Tap the options in order of importance, then Vote.",
        "Нажимайте варианты по порядку важности, затем «Голосовать».",
    ),
    "dots_left": ("Dots left: {n}", "Осталось очков: {n}"),
    "vote_send": ("Vote", "Голосовать"),
    "vote_pick": ("Choose first.", "Сначала сделайте выбор."),
    "vote_counted": ("Your vote counted. Thank you.", "Ваш голос учтён. Спасибо."),
    "why_voted": ("this phone has already voted", "с этого телефона уже голосовали"),
    "why_closed": ("this vote is closed", "голосование закрыто"),
}


def pick_language(query: str | None, exercise: str, accept: str | None) -> str:
    """``?lang=`` if asked, else the exercise's language, else the browser's, else English."""
    for candidate in (query, exercise, *_accepted(accept)):
        code = (candidate or "").split("-")[0].split("_")[0].strip().casefold()
        if code in LANGUAGES:
            return code
    return "en"


def _accepted(header: str | None) -> list[str]:
    """Languages of an Accept-Language header in the order the browser prefers them."""
    ranked: list[tuple[float, int, str]] = []
    for n, part in enumerate((header or "").split(",")[:20]):
        name, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, n, name.strip()))
    return [name for _, _, name in sorted(ranked)]


class PageLabels:
    """The page words in one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._column = LANGUAGES.index(self.language)

    def __getitem__(self, key: str) -> str:
        return TEXT[key][self._column]
