"""The phone pages, made in memory: small, with no outside assets and everything escaped.

The pages carry only fixed words and the exercise's title; what changes (teams, injects,
questions) arrives as JSON from the state endpoint and is set as text by the script.
"""

from __future__ import annotations

import html
import json
import re

from ttx_desktop.domain.model import FEEDBACK_RATINGS, EntryKind, ExerciseDetails
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.room.labels import PageLabels
from ttx_desktop.room.tokens import RoomRole

# Reasons of a refusal the phone says in the page's language (Refused.code); others as sent.
WHY = tuple(f"why_{code}" for code in ("too_long", "unstorable", "empty", "unknown_team",
                                       "quota", "taken", "full", "other_table", "not_draft",
                                       "voted", "closed"))  # fmt: skip
VOTE_WORDS = ("vote_poll", "vote_dots", "vote_rank", "dots_left", "vote_pick", "vote_counted")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(text: str) -> str:
    """Text as HTML that shows it as typed: markup escaped, control characters made visible."""
    return html.escape(_CONTROL.sub("\ufffd", text), quote=True)


def json_for_html(value: object) -> str:
    """JSON that is safe inside a <script type="application/json"> block."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_head(details: ExerciseDetails, role_label: str, base: str, lang: str) -> str:
    title = escape(details.title)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title} · {escape(role_label)}</title>
<link rel="stylesheet" href="{base}/app.css">
<link rel="icon" href="{base}/icon.svg" type="image/svg+xml">
</head>
"""


def page_header(details: ExerciseDetails, role_label: str) -> str:
    caveat = f'<p class="caveat">{escape(details.caveat)}</p>' if details.caveat else ""
    return (
        f'<header>{caveat}<p class="role">{escape(role_label)}</p>'
        f"<h1>{escape(details.title)}</h1></header>"
    )


def page_tail(words: dict[str, str], base: str, *, policy: bool = False) -> str:
    """The status line, the page's words and its scripts (policy.js: drafts and votes)."""
    more = f'<script src="{base}/policy.js"></script>\n' if policy else ""
    return (
        f'<p id="status" class="status" role="status" hidden></p>\n'
        f'<script type="application/json" id="words">{json_for_html(words)}</script>\n'
        f'<script src="{base}/app.js"></script>\n{more}</body>\n</html>\n'
    )


def note_page(details: ExerciseDetails, base: str, language: str) -> str:
    """The note-taker's page: team, kind, inject, objective, text and name, then Save."""
    t = PageLabels(language)
    kinds = labels_for(language)
    chips = "".join(
        f'<label class="chip"><input type="radio" name="kind" value="{k.value}"'
        f"{' checked' if k is EntryKind.OBSERVATION else ''}><span>{escape(kinds.kind(k))}</span>"
        "</label>"
        for k in EntryKind
    )
    words = {
        k: t[k]
        for k in (
            "sending", "saved", "retrying", "refused", "waiting", "need_text", "offline",
            "closed", "copy", "again", "copied", "inject_gone", "objective_gone", "no_inject",
            "no_objective", "choose_team", *WHY,
        )
    }  # fmt: skip
    return (
        page_head(details, t["note_taker"], base, t.language)
        + f'<body data-role="{RoomRole.NOTE_TAKER.value}" data-base="{base}">\n'
        + page_header(details, t["note_taker"])
        + f"""
<main>
<form id="entry" autocomplete="off">
<fieldset><legend>{escape(t["team"])}</legend><div id="team" class="chips teams"></div></fieldset>
<fieldset><legend>{escape(t["kind"])}</legend><div class="chips">{chips}</div></fieldset>
<label for="inject">{escape(t["inject"])}</label>
<select id="inject"><option value="">{escape(t["no_inject"])}</option></select>
<div id="objective-field" hidden><label for="objective">{escape(t["objective"])}</label>
<select id="objective"><option value="">{escape(t["no_objective"])}</option></select></div>
<label for="text">{escape(t["text"])}</label>
<textarea id="text" rows="5" maxlength="20000" placeholder="{escape(t["text_hint"])}"></textarea>
<label for="author">{escape(t["author"])}</label>
<input id="author" maxlength="120" autocomplete="name">
<button type="submit" class="primary">{escape(t["save"])}</button>
</form>
<section><h2>{escape(t["sent"])}</h2><ol id="sent" class="sent"></ol></section>
</main>
"""
        + page_tail(words, base)
    )


def participant_page(details: ExerciseDetails, base: str, language: str) -> str:
    """The participant's page: the latest inject for their team and the current module's
    questions first, earlier injects folded, then the feedback form."""
    t = PageLabels(language)
    words = {k: t[k] for k in ("no_injects", "from", "all_teams", "offline", "closed")}
    words |= {k: t[k] for k in ("sending", "refused", "retrying", "fb_update", *WHY)}
    words |= {k: t[k] for k in VOTE_WORDS}
    return (
        page_head(details, t["participant"], base, t.language)
        + f'<body data-role="{RoomRole.PARTICIPANT.value}" data-base="{base}">\n'
        + page_header(details, t["participant"])
        + f"""
<main>
<section id="vote" class="vote" hidden aria-live="polite"><p class="role">{escape(t["vote"])}</p>
<h2 id="vote-question"></h2><p id="vote-hint" class="muted"></p>
<ol id="vote-options" class="options"></ol>
<button type="button" id="vote-send" class="primary">{escape(t["vote_send"])}</button>
<p id="vote-done" class="done" hidden>{escape(t["vote_counted"])}</p></section>
<details id="team-box" class="team-box"><summary>{escape(t["team"])}: <span id="team-name">\
{escape(t["all_teams"])}</span></summary><div id="team" class="chips teams"></div></details>
<section><h2>{escape(t["injects"])}</h2><p id="none" class="muted">{escape(t["no_injects"])}</p>
<ol id="injects" class="injects"></ol></section>
<section id="module" hidden><h2 id="module-title"></h2>
<p class="muted">{escape(t["questions"])}</p><ol id="questions"></ol></section>
<details id="older" class="older" hidden>
<summary>{escape(t["older"])} (<span id="older-count">0</span>)</summary>
<ol id="older-injects" class="injects"></ol></details>
<section><button type="button" id="open-feedback">{escape(t["open_feedback"])}</button></section>
{feedback_form(language)}
</main>
"""
        + page_tail(words, base, policy=True)
    )


def feedback_form(language: str) -> str:
    """The participant feedback form as exercise planners know it (HSEEP)."""
    t = PageLabels(language)
    statements = labels_for(language)

    def field(name: str, label: str, cap: int = 200) -> str:
        return (
            f'<label for="fb-{name}">{escape(label)}</label>'
            f'<input id="fb-{name}" name="{name}" maxlength="{cap}">'
        )

    def items(name: str, label: str) -> str:
        inputs = "".join(
            f'<input name="{name}" maxlength="1000" aria-label="{escape(label)} {n}">'
            for n in (1, 2, 3)
        )
        return f"<fieldset><legend>{escape(label)}</legend>{inputs}</fieldset>"

    priorities = "".join(
        f'<option value="{p}">{escape(t["priority_" + p])}</option>'
        for p in ("", "high", "medium", "low")
    )
    corrective = "".join(
        f'<div class="corrective"><input name="action" maxlength="1000" '
        f'placeholder="{escape(t["fb_action"])}" aria-label="{escape(t["fb_action"])} {n}">'
        f'<select name="priority" aria-label="{escape(t["fb_priority"])} {n}">{priorities}</select>'
        f'<input name="owner" maxlength="200" placeholder="{escape(t["fb_owner"])}" '
        f'aria-label="{escape(t["fb_owner"])} {n}"></div>'
        for n in (1, 2, 3)
    )
    ratings = "".join(
        f'<fieldset class="rating"><legend>{escape(statements.feedback_statement(key))}</legend>'
        '<div class="scale">'
        + "".join(
            f'<label><input type="radio" name="rate-{key}" value="{v}"><span>{v}</span></label>'
            for v in range(1, 6)
        )
        + "</div></fieldset>"
        for key in FEEDBACK_RATINGS
    )
    return f"""<form id="feedback" hidden autocomplete="off">
<h2>{escape(t["feedback"])}</h2>
<fieldset><legend>{escape(t["fb_about"])}</legend>
{field("name", t["fb_name"], 120)}{field("organisation", t["fb_organisation"])}
{field("role", t["fb_role"], 120)}</fieldset>
{items("strengths", t["fb_strengths"])}
{items("improvements", t["fb_improvements"])}
<label for="fb-missed">{escape(t["fb_missed"])}</label>
<textarea id="fb-missed" name="missed" rows="3" maxlength="4000"></textarea>
<fieldset><legend>{escape(t["fb_corrective"])}</legend>{corrective}</fieldset>
<h3>{escape(t["fb_ratings"])}</h3><p class="muted">{escape(t["fb_scale"])}</p>
{ratings}
<button type="submit" class="primary">{escape(t["fb_submit"])}</button>
<p id="fb-done" class="done" hidden>{escape(t["fb_thanks"])}</p>
</form>"""
