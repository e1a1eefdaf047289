"""Turning policy recommendations, votes and ballots into table rows and back."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ttx_desktop.domain.ids import from_iso, to_iso
from ttx_desktop.domain.policy import (
    GenderReview,
    GenderVerdict,
    Horizon,
    PolicyRecommendation,
    PolicyRevision,
    PolicyStatus,
    Right,
    RightsReview,
    RightsVerdict,
)
from ttx_desktop.domain.votes import Ballot, Vote, VoteKind, VoteOption
from ttx_desktop.storage.rows import dumps, strings

Row = dict[str, Any]

# The columns a revision's snapshot holds: everything a person can change.
POLICY_FIELDS = (
    "issue", "action", "team_ids", "theme", "owner", "partners", "horizon", "timeline",
    "rights", "legal_basis", "safeguards", "proportionality", "rights_verdict",
    "gender_impact", "women_consulted", "gender_verdict", "indicator", "priority", "status",
    "merged_into", "review_note", "entry_ids", "objective_ids", "plan_item_id", "deleted",
)  # fmt: skip


def policy_row(p: PolicyRecommendation, revision: int = 1) -> Row:
    return {
        "id": p.id, "position": p.position, "revision": revision, "issue": p.issue,
        "action": p.action, "team_ids": dumps(list(p.team_ids)), "theme": p.theme,
        "owner": p.owner, "partners": p.partners, "horizon": p.horizon.value,
        "timeline": p.timeline, "rights": dumps([r.value for r in p.rights.rights]),
        "legal_basis": p.rights.legal_basis, "safeguards": p.rights.safeguards,
        "proportionality": p.rights.proportionality, "rights_verdict": p.rights.verdict.value,
        "gender_impact": p.gender.impact,
        "women_consulted": _flag(p.gender.women_organisations_consulted),
        "gender_verdict": p.gender.verdict.value, "indicator": p.indicator,
        "priority": p.priority, "status": p.status.value, "merged_into": p.merged_into,
        "review_note": p.review_note, "entry_ids": dumps(list(p.entry_ids)),
        "objective_ids": dumps(list(p.objective_ids)), "plan_item_id": p.plan_item_id,
        "author": p.author, "source": p.source, "deleted": int(p.deleted),
        "created_at": to_iso(p.created_at), "updated_at": to_iso(p.updated_at),
    }  # fmt: skip


def policy_from(
    r: Mapping[str, Any], revisions: tuple[PolicyRevision, ...] = ()
) -> PolicyRecommendation:
    consulted = r["women_consulted"]
    return PolicyRecommendation(
        id=r["id"], position=int(r["position"]), issue=r["issue"], action=r["action"],
        team_ids=strings(r["team_ids"]), theme=r["theme"], owner=r["owner"],
        partners=r["partners"], horizon=Horizon(r["horizon"]), timeline=r["timeline"],
        rights=RightsReview(
            rights=tuple(Right(v) for v in strings(r["rights"])),
            legal_basis=r["legal_basis"], safeguards=r["safeguards"],
            proportionality=r["proportionality"], verdict=RightsVerdict(r["rights_verdict"]),
        ),
        gender=GenderReview(
            impact=r["gender_impact"],
            women_organisations_consulted=None if consulted is None else bool(consulted),
            verdict=GenderVerdict(r["gender_verdict"]),
        ),
        indicator=r["indicator"],
        priority=None if r["priority"] is None else int(r["priority"]),
        status=PolicyStatus(r["status"]), merged_into=r["merged_into"],
        review_note=r["review_note"], entry_ids=strings(r["entry_ids"]),
        objective_ids=strings(r["objective_ids"]), plan_item_id=r["plan_item_id"],
        author=r.get("author", ""), source=r.get("source", "console"),
        deleted=bool(r["deleted"]), revisions=revisions,
        created_at=from_iso(r["created_at"]), updated_at=from_iso(r["updated_at"]),
    )  # fmt: skip


def revision_row(recommendation_id: str, revision: PolicyRevision) -> Row:
    state = policy_row(revision.state)
    return {
        "recommendation_id": recommendation_id,
        "revision": revision.revision,
        "data": dumps({name: state[name] for name in POLICY_FIELDS}),
        "edited_at": to_iso(revision.edited_at),
        "edited_by": revision.edited_by,
    }


def revision_from(r: Mapping[str, Any], current: Mapping[str, Any]) -> PolicyRevision:
    """A stored revision, its snapshot laid over the record's current row (for the fields a
    snapshot does not hold: id, position, author, times)."""
    data = json.loads(r["data"])
    if not isinstance(data, dict):
        raise ValueError("a recommendation revision is not a record")
    state = dict(current) | {name: data[name] for name in POLICY_FIELDS if name in data}
    return PolicyRevision(
        revision=int(r["revision"]),
        state=policy_from(state),
        edited_at=from_iso(r["edited_at"]),
        edited_by=r["edited_by"],
    )


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def vote_row(v: Vote, position: int) -> Row:
    return {
        "id": v.id, "position": position, "question": v.question, "kind": v.kind.value,
        "options": dumps([[o.id, o.label, o.recommendation_id] for o in v.options]),
        "dots": v.dots, "inject_id": v.inject_id,
        "opened_at": to_iso(v.opened_at) if v.opened_at else None,
        "closed_at": to_iso(v.closed_at) if v.closed_at else None,
        "created_at": to_iso(v.created_at),
    }  # fmt: skip


def vote_from(r: Mapping[str, Any]) -> Vote:
    options = json.loads(r["options"] or "[]")
    if not isinstance(options, list):
        raise ValueError("a vote's options are not a list")
    return Vote(
        id=r["id"], question=r["question"], kind=VoteKind(r["kind"]),
        options=tuple(
            VoteOption(str(o[0]), str(o[1]), None if o[2] is None else str(o[2]))
            for o in options
        ),
        dots=int(r["dots"]), inject_id=r["inject_id"],
        opened_at=from_iso(r["opened_at"]) if r["opened_at"] else None,
        closed_at=from_iso(r["closed_at"]) if r["closed_at"] else None,
        created_at=from_iso(r["created_at"]),
    )  # fmt: skip


def ballot_row(b: Ballot) -> Row:
    return {
        "vote_id": b.vote_id,
        "voter": b.voter,
        "choices": dumps([[option, value] for option, value in b.choices]),
        "cast_at": to_iso(b.cast_at),
    }


def ballot_from(r: Mapping[str, Any]) -> Ballot:
    choices = json.loads(r["choices"] or "[]")
    if not isinstance(choices, list):
        raise ValueError("a ballot's choices are not a list")
    return Ballot(
        vote_id=r["vote_id"],
        voter=r["voter"],
        choices=tuple((str(c[0]), int(c[1])) for c in choices),
        cast_at=from_iso(r["cast_at"]),
    )
