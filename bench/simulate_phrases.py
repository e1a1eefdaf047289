"""What note-takers, reviewers and participants write in a simulated exercise, per language.

Fields: {action} an expected action of the inject, {title} its title, {source} who sent it,
{sentence} a sentence of its text, {question} a discussion question of its module, {task} a
critical task of a linked objective, {team} the team's code.
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, list[str]]] = {
    "en": {
        "decision": [
            "Agreed: {action}",
            "The table decided that {action_lc}",
            "Decision, confirmed by the chair: {action_lc}",
        ],
        "action": [
            "{team} to follow up: {action_lc}",
            "Tasked the duty officer: {action_lc}",
            "Called {source} to confirm the facts and ask what they need from us.",
            "Drafted a two-line update on “{title}” for the working group.",
        ],
        "question": [
            "Who has the legal authority to act on “{title}”, and within what time?",
            "{question}",
            "Has anyone confirmed the information from {source}?",
            "What do we tell the public about “{title}”, and who speaks?",
        ],
        "observation": [
            "Discussion centred on “{title}”: {sentence}",
            "Views differed on the first step; the facilitator recalled: {sentence}",
            "The table took about {minutes} minutes to agree who leads on this inject.",
            "Participants referred to existing procedures, but none covered “{title}” exactly.",
        ],
        "strength": [
            "Quick agreement on a single lead for “{title}”.",
            "{task} — done well, with roles and timings stated.",
            "Good use of existing channels with {source}.",
        ],
        "area-for-improvement": [
            "No agreed procedure for “{title}”; agencies acted separately at first.",
            "{task} — not achieved: nobody could say who holds this authority.",
            "The legal basis and duration of the measures were not recorded.",
        ],
        "note": [
            "The facilitator reminded the table of the no-fault ground rules.",
            "Rapporteur changed for this inject.",
        ],
        "deleted": ["(typed in the wrong team's log; see the next entry)"],
        "edit_suffix": [" (clarified after the session)"],
        "recommendation": [
            "Adopt a written procedure and train the staff who apply it",
            "Designate one authorised point of contact and publish it to partners",
            "Run a follow-up exercise within a year to test the revised arrangements",
            "Agree templates and a decision record with legal basis, scope and review date",
            "Set up a joint working group with civil society and industry that meets monthly",
        ],
        "generic_issue": [
            "{objective}: the critical tasks were only partly covered in discussion.",
            "{objective}: roles and authorities were not written down anywhere.",
            "{objective}: participants did not know the procedures of the other agencies.",
        ],
        "elements": ["Planning", "Organisation", "Equipment", "Training", "Exercises"],
        "analysis": [
            "The plan names no one to decide this within the first hour; each agency waited "
            "for another to act.",
            "Contact lists were out of date, so the request reached the wrong duty officer.",
            "The procedure exists but the players had never practised it together.",
            "No shared picture of the situation: each cell worked from its own reports.",
        ],
        "references": [
            "National crisis management plan, section 4.2",
            "Standard operating procedure for incident reporting",
            "Law on personal data, article 11",
            "Memorandum of understanding between the agencies (2025)",
        ],
        "answer": [
            "Answered: the duty officer confirms it is in hand.",
            "Decided: the lead agency takes this question.",
        ],
        "feedback_strengths": [
            "Realistic, well-paced scenario",
            "Good mix of institutions at each table",
            "Facilitators kept the discussion focused",
            "Useful to meet the people we will call in a real crisis",
            "Human-rights questions were part of every decision",
        ],
        "feedback_improvements": [
            "More time for the second module",
            "Send the situation manual a week earlier",
            "Fewer injects on day one",
            "Include regional authorities next time",
            "Print the inject cards larger",
        ],
        "feedback_missed": [
            "A session on financing of terrorism online",
            "More participation of the ministry of education",
            "",
        ],
        "feedback_corrective": [
            "Write a single contact list for urgent requests",
            "Train prosecutors on electronic evidence",
            "Agree a protocol for crisis communication",
        ],
    },
    "ru": {
        "decision": [
            "Решено: {action}",
            "Группа приняла решение: {action_lc}",
            "Решение, подтверждённое председателем: {action_lc}",
        ],
        "action": [
            "{team}: поручено {action_lc}",
            "Дежурному поручено: {action_lc}",
            "Связались с источником ({source}), чтобы уточнить факты и потребности.",
            "Подготовлена краткая справка по вводной «{title}» для рабочей группы.",
        ],
        "question": [
            "У кого есть полномочия действовать по вводной «{title}» и в какие сроки?",
            "{question}",
            "Подтвердил ли кто-нибудь сведения от источника ({source})?",
            "Что сообщить населению о событии «{title}» и кто будет выступать?",
        ],
        "observation": [
            "Обсуждение сосредоточилось на вводной «{title}»: {sentence}",
            "Мнения о первом шаге разошлись; ведущий напомнил: {sentence}",
            "Группе потребовалось около {minutes} минут, чтобы определить ведущее ведомство.",
            "Участники ссылались на действующие процедуры, но ни одна не охватывает «{title}».",
        ],
        "strength": [
            "Быстро согласовано единое ведущее ведомство по вводной «{title}».",
            "{task} — выполнено хорошо, роли и сроки названы.",
            "Эффективно использованы существующие каналы связи ({source}).",
        ],
        "area-for-improvement": [
            "Нет согласованной процедуры по вводной «{title}»; "
            "ведомства сначала действовали разрозненно.",
            "{task} — не выполнено: никто не смог назвать, у кого есть такие полномочия.",
            "Правовое основание и срок действия мер не были зафиксированы.",
        ],
        "note": [
            "Ведущий напомнил группе о принципе «без поиска виноватых».",
            "Для этой вводной сменился докладчик группы.",
        ],
        "deleted": ["(записано не в ту группу; см. следующую запись)"],
        "edit_suffix": [" (уточнено после заседания)"],
        "recommendation": [
            "Утвердить письменную процедуру и обучить сотрудников, которые её применяют",
            "Назначить единое уполномоченное контактное лицо и сообщить о нём партнёрам",
            "Провести повторное учение в течение года для проверки новых механизмов",
            "Согласовать шаблоны и журнал решений с правовым основанием, объёмом и сроком "
            "пересмотра",
            "Создать совместную рабочую группу с гражданским обществом и отраслью, "
            "заседающую ежемесячно",
        ],
        "generic_issue": [
            "{objective}: критические задачи в ходе обсуждения отработаны лишь частично.",
            "{objective}: роли и полномочия нигде не закреплены письменно.",
            "{objective}: участники не знали процедур других ведомств.",
        ],
        "elements": ["Планирование", "Организация", "Оснащение", "Обучение", "Учения"],
        "analysis": [
            "План не определяет, кто принимает это решение в первый час; каждое ведомство "
            "ждало действий от другого.",
            "Списки контактов устарели, и запрос попал не к тому дежурному.",
            "Порядок действий существует, но участники ни разу не отрабатывали его вместе.",
            "Нет общей картины обстановки: каждая группа работала по своим донесениям.",
        ],
        "references": [
            "Национальный план реагирования на кризисы, раздел 4.2",
            "Стандартный порядок действий при сообщении об инциденте",
            "Закон о персональных данных, статья 11",
            "Меморандум о взаимопонимании между ведомствами (2025)",
        ],
        "answer": [
            "Ответ: дежурный подтверждает, что вопрос решается.",
            "Решение: вопрос берёт на себя ведущее ведомство.",
        ],
        "feedback_strengths": [
            "Реалистичный сценарий в хорошем темпе",
            "Удачный состав ведомств за каждым столом",
            "Ведущие удерживали обсуждение в рамках целей учения",
            "Полезно познакомиться с теми, кому мы позвоним в реальном кризисе",
            "Вопросы прав человека были частью каждого решения",
        ],
        "feedback_improvements": [
            "Больше времени на второй модуль",
            "Рассылать руководство для участников за неделю",
            "Меньше вводных в первый день",
            "Пригласить в следующий раз региональные органы",
            "Печатать карточки вводных крупнее",
        ],
        "feedback_missed": [
            "Занятия по финансированию терроризма в интернете",
            "Более активного участия министерства образования",
            "",
        ],
        "feedback_corrective": [
            "Составить единый список контактов для срочных запросов",
            "Обучить прокуроров работе с электронными доказательствами",
            "Согласовать протокол кризисной коммуникации",
        ],
    },
}

RATINGS_NOTES = {
    "en": "Rated from {strengths} strengths and {improvements} areas for improvement logged.",
    "ru": "Оценка по зафиксированным сильным сторонам ({strengths}) и областям для улучшения "
    "({improvements}).",
}
SUMMARY_AUTHOR = {"en": "Note-taker", "ru": "Секретарь"}


def phrases(language: str) -> dict[str, list[str]]:
    return PHRASES.get(language, PHRASES["en"])
