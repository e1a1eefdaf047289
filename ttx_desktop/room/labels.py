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
