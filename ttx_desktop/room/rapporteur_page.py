"""The table rapporteur's phone page: the table's recommendations and a draft in five steps."""

from __future__ import annotations

from ttx_desktop.domain.model import ExerciseDetails
from ttx_desktop.domain.policy import SUGGESTED_THEMES, Horizon, Right
from ttx_desktop.room.labels import PageLabels
from ttx_desktop.room.pages import WHY, escape, page_head, page_header, page_tail
from ttx_desktop.room.tokens import RoomRole

# Suggested themes, in the page's language; what is stored is what the phone sends.
THEME_WORDS = {
    "detection and removal": "обнаружение и удаление",
    "investigation": "расследование",
    "international cooperation": "международное сотрудничество",
    "public communication": "информирование общества",
    "prevention": "профилактика",
}
STEPS = 5
_WORDS = (
    "sending", "saved", "retrying", "refused", "waiting", "offline", "closed", "copy",
    "again", "copied", "edit", "step", "need_issue", "choose_table", "owner_is",
    "status_draft", "status_agreed", "status_merged", "status_withdrawn", "mine_none",
    "horizon_short", "horizon_medium", "horizon_long", "horizon_dates", *WHY,
)  # fmt: skip


def _area(t: PageLabels, name: str, rows: int = 3) -> str:
    return (
        f'<label for="{name}">{escape(t[name])}</label>'
        f'<textarea id="{name}" name="{name}" rows="{rows}" maxlength="4000"></textarea>'
    )


def _line(t: PageLabels, name: str, cap: int = 200, extra: str = "") -> str:
    return (
        f'<label for="{name}">{escape(t[name])}</label>'
        f'<input id="{name}" name="{name}" maxlength="{cap}"{extra}>'
    )


def _chips(name: str, choices: list[tuple[str, str]], kind: str = "radio") -> str:
    return '<div class="chips">' + "".join(
        f'<label class="chip"><input type="{kind}" name="{name}" value="{escape(value)}">'
        f"<span>{escape(label)}</span></label>"
        for value, label in choices
    ) + "</div>"  # fmt: skip


def _steps(t: PageLabels) -> str:
    themes = "".join(
        f'<option value="{escape(THEME_WORDS[th] if t.language == "ru" else th)}"></option>'
        for th in SUGGESTED_THEMES
    )
    horizons = [(h.value, t["horizon_" + h.value]) for h in Horizon if h is not Horizon.NONE]
    rights = [(r.value, t["right_" + r.value]) for r in Right]
    consulted = [(v, t["consulted_" + v]) for v in ("yes", "no", "")]
    bodies = [
        _area(t, "issue") + _area(t, "action", 4),
        _line(t, "theme", extra=f' list="themes" placeholder="{escape(t["theme_hint"])}"')
        + f'<datalist id="themes">{themes}</datalist>'
        + _line(t, "owner")
        + _line(t, "partners", 1000)
        + f"<fieldset><legend>{escape(t['horizon'])}</legend>{_chips('horizon', horizons)}"
        + "</fieldset>"
        + _line(t, "timeline"),
        f"<fieldset><legend>{escape(t['rights'])}</legend>"
        + _chips("rights", rights, "checkbox")
        + "</fieldset>"
        + _area(t, "legal_basis", 2)
        + _area(t, "safeguards")
        + _area(t, "proportionality", 2),
        _area(t, "gender_impact", 4)
        + f"<fieldset><legend>{escape(t['consulted'])}</legend>"
        + _chips("consulted", consulted)
        + "</fieldset>",
        _area(t, "indicator") + _line(t, "your_name", 120, ' autocomplete="name"'),
    ]
    return "".join(
        f'<fieldset class="step" data-step="{n}"{"" if n == 1 else " hidden"}>'
        f'<legend class="step-title">{escape(t[f"step_{n}"])}</legend>{body}</fieldset>'
        for n, body in enumerate(bodies, start=1)
    )


def rapporteur_page(details: ExerciseDetails, base: str, language: str) -> str:
    """The rapporteur's page: the table (chosen once), its recommendations, the form in steps
    that fit a phone, and the other tables' agreed recommendations to read."""
    t = PageLabels(language)
    words = {k: t[k] for k in _WORDS}
    return (
        page_head(details, t["rapporteur"], base, t.language)
        + f'<body data-role="{RoomRole.RAPPORTEUR.value}" data-base="{base}">\n'
        + page_header(details, t["rapporteur"])
        + f"""
<main>
<details id="team-box" class="team-box" open><summary>{escape(t["table"])}: <span id="team-name">\
{escape(t["choose_table"])}</span></summary><div id="team" class="chips teams"></div></details>
<section id="mine-box"><h2>{escape(t["mine"])}</h2>
<p id="mine-none" class="muted">{escape(t["mine_none"])}</p><ol id="mine" class="sent"></ol>
<button type="button" id="new-rec" class="primary">{escape(t["new_rec"])}</button></section>
<form id="rec" hidden autocomplete="off">
<p id="step-count" class="muted"></p>
{_steps(t)}
<div class="step-buttons"><button type="button" id="back">{escape(t["back"])}</button>
<button type="button" id="next" class="primary">{escape(t["next"])}</button>
<button type="submit" id="send" class="primary" hidden>{escape(t["send_rec"])}</button></div>
<button type="button" id="cancel">{escape(t["cancel"])}</button>
</form>
<section><h2>{escape(t["others"])}</h2><p id="others-none" class="muted">\
{escape(t["others_none"])}</p><ol id="others" class="injects"></ol></section>
</main>
"""
        + page_tail(words, base, policy=True)
    )
