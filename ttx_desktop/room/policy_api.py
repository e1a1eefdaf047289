"""The JSON of the room's recommendations and votes: the rapporteur's state and drafts, the
vote a participant's phone shows, and the ballot it sends."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.phone_draft import PhoneDraft
from ttx_desktop.domain.policy import (
    SUGGESTED_THEMES,
    Horizon,
    PolicyRecommendation,
    PolicyStatus,
    Right,
)
from ttx_desktop.domain.votes import MAX_OPTIONS, Vote
from ttx_desktop.room.limits import Refused, text_field

RECOMMENDATION_SOURCE = "phone"  # PolicyRecommendation.source of what rapporteurs send


def _choice(value: object, name: str, allowed: Iterable[str]) -> str:
    text = text_field(value, name, cap_key="id")
    if text not in allowed:
        raise Refused(400, f"unknown {name} {text[:40]!r}")
    return text


def draft_from(body: dict[str, Any], exercise: Exercise, client_id: str) -> PhoneDraft:
    """A rapporteur's draft from a request body, checked against the exercise; 400 with a
    reason (and a code the page says in its language) when a field is not right."""
    team_id = text_field(body.get("team_id"), "team_id", cap_key="id", required=True)
    if exercise.team(team_id) is None:
        raise Refused(400, "unknown team", code="unknown_team")
    rights_raw = body.get("rights") or []
    if not isinstance(rights_raw, list) or len(rights_raw) > len(Right):
        raise Refused(400, "rights must be a list of rights")
    rights = tuple(
        dict.fromkeys(Right(_choice(r, "right", (x.value for x in Right))) for r in rights_raw)
    )
    consulted = body.get("women_consulted")
    if consulted is not None and not isinstance(consulted, bool):
        raise Refused(400, "women_consulted must be true, false or null")

    def text(name: str, cap: str = "policy") -> str:
        return text_field(body.get(name), name, cap_key=cap).strip()

    return PhoneDraft(
        id=client_id,
        team_id=team_id,
        issue=text_field(body.get("issue"), "issue", cap_key="policy", required=True).strip(),
        action=text("action"),
        theme=text("theme", "theme"),
        owner=text("owner", "owner"),
        partners=text("partners", "item"),
        horizon=Horizon(_choice(body.get("horizon"), "horizon", (h.value for h in Horizon))),
        timeline=text("timeline", "theme"),
        rights=rights,
        legal_basis=text("legal_basis"),
        safeguards=text("safeguards"),
        proportionality=text("proportionality"),
        gender_impact=text("gender_impact"),
        women_consulted=consulted,
        indicator=text("indicator"),
        author=text("author", "author"),
    )


# ------------------------------------------------------------------------- reading


def _phone_view(r: PolicyRecommendation) -> dict[str, Any]:
    return {
        "id": r.id,
        "issue": r.issue,
        "action": r.action,
        "theme": r.theme,
        "owner": r.owner,
        "partners": r.partners,
        "horizon": r.horizon.value,
        "timeline": r.timeline,
        "rights": [right.value for right in r.rights.rights],
        "legal_basis": r.rights.legal_basis,
        "safeguards": r.rights.safeguards,
        "proportionality": r.rights.proportionality,
        "gender_impact": r.gender.impact,
        "women_consulted": r.gender.women_organisations_consulted,
        "indicator": r.indicator,
        "status": r.status.value,
        "editable": r.status is PolicyStatus.DRAFT,
    }


def rapporteur_state(
    exercise: Exercise, recommendations: Iterable[PolicyRecommendation], team_id: str
) -> dict[str, Any]:
    """The table's own recommendations (drafts editable, the others with their state), the
    other tables' agreed ones to read, and the themes to suggest."""
    team = exercise.team(team_id) if team_id else None
    names = {t.id: t.name for t in exercise.teams}
    alive = [r for r in recommendations if not r.deleted]
    mine = [r for r in alive if team is not None and team.id in r.team_ids]
    others = [
        r
        for r in alive
        if r.status is PolicyStatus.AGREED and (team is None or team.id not in r.team_ids)
    ]
    used = [r.theme for r in alive if r.theme]
    return {
        "title": exercise.title,
        "teams": [{"id": t.id, "code": t.code, "name": t.name} for t in exercise.teams],
        "team": None if team is None else team.id,
        "themes": list(dict.fromkeys((*SUGGESTED_THEMES, *used))),
        "mine": [_phone_view(r) for r in mine],
        "others": [
            {
                "id": r.id,
                "theme": r.theme,
                "action": r.action or r.issue,
                "owner": r.owner,
                "tables": [names[t] for t in r.team_ids if t in names],
            }
            for r in others
        ],
    }


def vote_state(votes: Iterable[Vote]) -> dict[str, Any] | None:
    """The open vote a participant's phone shows first (the latest opened), or None."""
    open_votes = sorted(
        (v for v in votes if v.is_open), key=lambda v: v.opened_at or v.created_at, reverse=True
    )
    if not open_votes:
        return None
    vote = open_votes[0]
    return {
        "id": vote.id,
        "question": vote.question,
        "kind": vote.kind.value,
        "options": [{"id": o.id, "label": o.label} for o in vote.options],
        "dots": vote.dots,
    }


def ballot_from(body: dict[str, Any]) -> tuple[str, dict[str, int]]:
    """(vote id, option id → dots) of a ballot: for a poll one option with 1, for dots the
    dots given, for a rank the points by place (the first gets the most)."""
    vote_id = text_field(body.get("vote_id"), "vote_id", cap_key="id", required=True)
    raw = body.get("choices")
    if not isinstance(raw, dict) or not raw or len(raw) > max(MAX_OPTIONS, 64):
        raise Refused(400, "choices must be an object of option ids and numbers")
    choices: dict[str, int] = {}
    for key, value in raw.items():
        option = text_field(key, "option", cap_key="id")
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 64:
            raise Refused(400, "each choice is a whole number")
        if value:
            choices[option] = value
    return vote_id, choices
