"""The one-page join sheet: a QR code and link per role, to print and lay on the tables.

Plain HTML that Qt's rich text prints and a browser shows alike: a table, headings and
images as data URIs, nothing else.
"""

from __future__ import annotations

import base64

from ttx_desktop.domain.model import ExerciseDetails
from ttx_desktop.qr import qr_png
from ttx_desktop.room.pages import escape

_WORDS: dict[str, tuple[str, str]] = {
    "join": ("Join from your phone", "Подключитесь с телефона"),
    "how": (
        "Connect to the room's Wi-Fi, then scan the code with the camera, or type the link. "
        "No app and no internet needed.",
        "Подключитесь к Wi-Fi зала, затем наведите камеру на код или введите ссылку. "
        "Приложение и интернет не нужны.",
    ),
    "note-taker": ("Note-takers", "Секретари"),
    "note-taker-what": (
        "Log decisions, actions and questions for any team.",
        "Записывайте решения, действия и вопросы любой команды.",
    ),
    "participant": ("Participants", "Участники"),
    "participant-what": (
        "See your team's injects as they are released, the discussion questions, and at the "
        "end fill in the feedback form.",
        "Вводные вашей команды по мере выдачи, вопросы для обсуждения, а в конце — анкета "
        "участника.",
    ),
    "rapporteur": ("Rapporteurs", "Докладчики"),
    "rapporteur-what": (
        "Draft your table's recommendations: issue, action, owner, timeline, human rights, "
        "gender and indicator.",
        "Готовьте рекомендации своего стола: проблема, действие, ответственные, сроки, права "
        "человека, гендерный анализ и показатель.",
    ),
    "keep": (
        "Note-taker and rapporteur links let anyone who has them write into the exercise: hand "
        "them out only to note-takers and to each table's rapporteur.",
        "Ссылки секретаря и докладчика позволяют писать в файл учения: выдавайте их только "
        "секретарям и докладчикам столов.",
    ),
}


def _word(key: str, language: str) -> str:
    return _WORDS[key][1 if language == "ru" else 0]


def _token_lines(token: str, columns: int) -> str:
    """The token on one line, or on two when three columns leave too little room."""
    if columns <= 2:
        return escape(token)
    half = (len(token) + 1) // 2
    return f"{escape(token[:half])}<br>{escape(token[half:])}"


def join_sheet_html(
    details: ExerciseDetails, links: list[tuple[str, str]], *, qr_pixels: int = 280
) -> str:
    """The sheet for ``links``: (role value, URL) pairs, e.g. [("participant", "http://…")]."""
    lang = "ru" if details.language.casefold().startswith("ru") else "en"
    cells = []
    if len(links) > 2:  # three across an A4 page
        qr_pixels = qr_pixels * 5 // 7
    for role, url in links:
        head, _, token = url.rpartition("/")  # the long token on a line of its own
        head += "/"
        png = base64.b64encode(qr_png(url, box_size=8, border=2)).decode("ascii")
        cells.append(
            f'<td align="center" valign="top" width="{100 // max(1, len(links))}%">'
            f"<h2>{escape(_word(role, lang))}</h2>"
            f'<img src="data:image/png;base64,{png}" width="{qr_pixels}" height="{qr_pixels}" '
            f'alt="QR">'
            f"<p><tt><small>{escape(head)}<br>{_token_lines(token, len(links))}</small></tt></p>"
            f"<p>{escape(_word(role + '-what', lang))}</p></td>"
        )
    caveat = f'<p align="center"><b>{escape(details.caveat)}</b></p>' if details.caveat else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(details.title)}</title></head>
<body style="font-family: sans-serif">
{caveat}
<h1 align="center">{escape(details.title)}</h1>
<h2 align="center">{escape(_word("join", lang))}</h2>
<p align="center">{escape(_word("how", lang))}</p>
<table width="100%" cellpadding="12"><tr>{"".join(cells)}</tr></table>
<p align="center"><small>{escape(_word("keep", lang))}</small></p>
{caveat}
</body></html>
"""
