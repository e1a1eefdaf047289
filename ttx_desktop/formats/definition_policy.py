"""The tables' policy recommendations and the room's votes in a definition: read and written.

Tables and objectives are named by code, injects by number; a log entry named as evidence, a
recommendation merged into another and an improvement-plan item are named by their place in
their list (1 is the first), or by their id where they carry one of their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ttx_desktop.domain.ids import derived_id
from ttx_desktop.domain.model import Exercise, LogEntry, Recommendation
from ttx_desktop.domain.policy import (
    GenderReview,
    GenderVerdict,
    Horizon,
    PolicyRecommendation,
    PolicyStatus,
    Right,
    RightsReview,
    RightsVerdict,
)
from ttx_desktop.domain.votes import Ballot, Vote, VoteKind, VoteOption
from ttx_desktop.formats.definition_context import Context
from ttx_desktop.formats.yaml_fields import MAX_INTEGER, Fields, path, shown
from ttx_desktop.messages import msg

POLICY_KEYS = {
    "id", "tables", "theme", "issue", "action", "owner", "partners", "horizon", "timeline",
    "rights", "gender", "indicator", "priority", "status", "merged_into", "review_note",
    "evidence", "objectives", "plan_item", "author", "source", "deleted",
}  # fmt: skip
RIGHTS_KEYS = {"touched", "legal_basis", "safeguards", "proportionality", "verdict"}
GENDER_KEYS = {"impact", "women_organisations_consulted", "verdict"}
VOTE_KEYS = {
    "id", "question", "kind", "options", "dots", "inject", "opened_at", "closed_at", "ballots",
}  # fmt: skip
OPTION_KEYS = {"id", "label", "recommendation"}
BALLOT_KEYS = {"voter", "choices", "cast_at"}
_DEFAULT_SOURCE = "console"

Item = dict[str, Any]


def read_policy(
    ctx: Context,
    top: Fields,
    log: Sequence[LogEntry],
    plan: Sequence[Recommendation],
) -> tuple[PolicyRecommendation, ...]:
    records = ctx.reader.records(top, "policy_recommendations", POLICY_KEYS)
    found = [_read_one(ctx, f, ln, m, n, log, plan) for n, (f, ln, m) in enumerate(records)]
    ids = [p.id for p in found]
    out = []
    for (field, _, m), item in zip(records, found, strict=True):
        merged_into = _ref_place(ctx, m, "merged_into", field, ids) if "merged_into" in m else None
        out.append(dataclasses.replace(item, merged_into=merged_into))
    return tuple(out)


def _read_one(
    ctx: Context,
    field: str,
    line: int,
    m: Fields,
    n: int,
    log: Sequence[LogEntry],
    plan: Sequence[Recommendation],
) -> PolicyRecommendation:
    reader = ctx.reader
    rights = reader.mapping(m.get("rights"), path(field, "rights"), RIGHTS_KEYS)
    rights_field = path(field, "rights")
    gender = reader.mapping(m.get("gender"), path(field, "gender"), GENDER_KEYS)
    gender_field = path(field, "gender")
    consulted = gender.get("women_organisations_consulted")
    return PolicyRecommendation(
        id=ctx.record_id(m, field, line, "policy", n),
        issue=reader.text(m, "issue", field, required=True, line=line),
        action=reader.text(m, "action", field),
        team_ids=ctx.ref_codes(ctx.teams, m, "tables", field),
        theme=reader.text(m, "theme", field),
        owner=reader.text(m, "owner", field),
        partners=reader.text(m, "partners", field),
        horizon=reader.choice(m, "horizon", field, Horizon, Horizon.NONE),
        timeline=reader.text(m, "timeline", field),
        rights=RightsReview(
            rights=tuple(_rights(ctx, rights, rights_field)),
            legal_basis=reader.text(rights, "legal_basis", rights_field),
            safeguards=reader.text(rights, "safeguards", rights_field),
            proportionality=reader.text(rights, "proportionality", rights_field),
            verdict=reader.choice(
                rights, "verdict", rights_field, RightsVerdict, RightsVerdict.NONE
            ),
        ),
        gender=GenderReview(
            impact=reader.text(gender, "impact", gender_field),
            women_organisations_consulted=None
            if consulted is None or consulted.value is None
            else reader.boolean(gender, "women_organisations_consulted", gender_field),
            verdict=reader.choice(
                gender, "verdict", gender_field, GenderVerdict, GenderVerdict.NONE
            ),
        ),
        indicator=reader.text(m, "indicator", field),
        priority=reader.integer(m, "priority", field, minimum=1),
        status=reader.choice(m, "status", field, PolicyStatus, PolicyStatus.DRAFT),
        review_note=reader.text(m, "review_note", field),
        entry_ids=_refs_by_place(ctx, m, "evidence", field, [e.id for e in log]),
        objective_ids=ctx.ref_codes(ctx.objectives, m, "objectives", field),
        plan_item_id=_ref_place(ctx, m, "plan_item", field, [p.id for p in plan]),
        author=reader.text(m, "author", field),
        source=reader.text(m, "source", field) if "source" in m else _DEFAULT_SOURCE,
        deleted=reader.boolean(m, "deleted", field),
        position=n + 1,
    )  # fmt: skip


def _rights(ctx: Context, m: Fields, field: str) -> list[Right]:
    out: list[Right] = []
    for n, text in enumerate(ctx.reader.strings(m, "touched", field), start=1):
        key = text.strip().casefold().replace(" ", "-").replace("_", "-")
        found = next((r for r in Right if key in (r.value, r.name.casefold())), None)
        if found is None:
            allowed = ", ".join(r.value for r in Right)
            message = msg("{value} is not one of: {allowed}", value=repr(text), allowed=allowed)
            ctx.reader.problem(m["touched"].where, f"{path(field, 'touched')}[{n}]", message)
        elif found not in out:
            out.append(found)
    return out


def _ref_place(ctx: Context, m: Fields, key: str, field: str, ids: Sequence[str]) -> str | None:
    """The id named under ``key`` by place (1 is the first) or by id; None when not given."""
    loc = m.get(key)
    if loc is None or loc.value in (None, ""):
        return None
    return _one_ref(ctx, loc.value, loc.where, path(field, key), ids, shown(loc))


def _one_ref(
    ctx: Context, value: object, where: int, field: str, ids: Sequence[str], said: str
) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= len(ids):
        return ids[value - 1]
    if isinstance(value, str) and value.strip() in ids:
        return value.strip()
    message = msg(
        "{value} names nothing: write its place in the list (1 to {count}) or its id",
        value=said,
        count=len(ids),
    )
    ctx.reader.problem(where, field, message)
    return None


def _refs_by_place(
    ctx: Context, m: Fields, key: str, field: str, ids: Sequence[str]
) -> tuple[str, ...]:
    loc = m.get(key)
    if loc is None or loc.value is None:
        return ()
    items = loc.value if isinstance(loc.value, list) else [loc]
    out: list[str] = []
    for n, item in enumerate(items, start=1):
        found = _one_ref(ctx, item.value, item.line, f"{path(field, key)}[{n}]", ids, shown(item))
        if found is not None and found not in out:
            out.append(found)
    return tuple(out)


def read_votes(
    ctx: Context, top: Fields, policy: Sequence[PolicyRecommendation]
) -> tuple[tuple[Vote, ...], tuple[Ballot, ...]]:
    votes: list[Vote] = []
    ballots: list[Ballot] = []
    reader = ctx.reader
    for n, (field, line, m) in enumerate(reader.records(top, "votes", VOTE_KEYS)):
        vote_id = ctx.record_id(m, field, line, "vote", n)
        options = []
        for k, (item, item_line, o) in enumerate(reader.records(m, "options", OPTION_KEYS, field)):
            options.append(
                VoteOption(
                    id=reader.text(o, "id", item).strip() or derived_id(vote_id, "option", str(k)),
                    label=reader.text(o, "label", item, required=True, line=item_line),
                    recommendation_id=_ref_place(
                        ctx, o, "recommendation", item, [p.id for p in policy]
                    ),
                )
            )
        vote = Vote(
            id=vote_id,
            question=reader.text(m, "question", field, required=True, line=line),
            kind=reader.choice(m, "kind", field, VoteKind, VoteKind.POLL),
            options=tuple(options),
            dots=reader.integer(m, "dots", field, minimum=1, maximum=MAX_INTEGER) or 3,
            inject_id=ctx.ref_number(ctx.injects, m, "inject", field),
            opened_at=reader.stamp(m, "opened_at", field),
            closed_at=reader.stamp(m, "closed_at", field),
        )
        votes.append(vote)
        ballots += _read_ballots(ctx, m, field, vote)
    return tuple(votes), tuple(ballots)


def _read_ballots(ctx: Context, m: Fields, field: str, vote: Vote) -> list[Ballot]:
    reader = ctx.reader
    labels = {option.label: option.id for option in vote.options}
    out: list[Ballot] = []
    seen: set[str] = set()
    for item, line, b in reader.records(m, "ballots", BALLOT_KEYS, field):
        voter = reader.text(b, "voter", item, required=True, line=line).strip()
        choices = reader.mapping(b.get("choices"), path(item, "choices"), set(labels))
        picked = []
        for label in choices:
            value = reader.integer(choices, label, path(item, "choices"), minimum=1)
            if value is not None and label in labels:
                picked.append((labels[label], value))
        if voter in seen:
            reader.problem(line, path(item, "voter"), msg("has voted already in this vote"))
            continue
        seen.add(voter)
        stamp = reader.stamp(b, "cast_at", item)
        ballot = Ballot(vote.id, voter, tuple(picked))
        out.append(ballot if stamp is None else Ballot(vote.id, voter, tuple(picked), stamp))
    return out


def write_policy(exercise: Exercise, team_codes: dict[str, str]) -> list[Item]:
    """The ``policy_recommendations:`` list of ``exercise``, short and diffable."""
    places = _places(exercise.log, "log", exercise.id)
    plan = _places(exercise.recommendations, "recommendation", exercise.id)
    own = _places(exercise.policy, "policy", exercise.id)
    objective_codes = {o.id: o.code for o in exercise.objectives}
    out: list[Item] = []
    for n, p in enumerate(exercise.policy):
        item: Item = {}
        if p.id != derived_id(exercise.id, "policy", str(n)):
            item["id"] = p.id
        _put(item, "tables", [team_codes[t] for t in p.team_ids if t in team_codes])
        for key in ("theme", "issue", "action", "owner", "partners"):
            _put(item, key, getattr(p, key))
        _put(item, "horizon", p.horizon.value)
        _put(item, "timeline", p.timeline)
        rights: Item = {}
        _put(rights, "touched", [r.value for r in p.rights.rights])
        for key in ("legal_basis", "safeguards", "proportionality"):
            _put(rights, key, getattr(p.rights, key))
        _put(rights, "verdict", p.rights.verdict.value)
        _put(item, "rights", rights)
        gender: Item = {}
        _put(gender, "impact", p.gender.impact)
        if p.gender.women_organisations_consulted is not None:
            gender["women_organisations_consulted"] = p.gender.women_organisations_consulted
        _put(gender, "verdict", p.gender.verdict.value)
        _put(item, "gender", gender)
        _put(item, "indicator", p.indicator)
        _put(item, "priority", p.priority)
        if p.status is not PolicyStatus.DRAFT:
            item["status"] = p.status.value
        _put(item, "merged_into", own.get(p.merged_into or ""))
        _put(item, "review_note", p.review_note)
        _put(item, "evidence", [places[e] for e in p.entry_ids if e in places])
        objectives = [objective_codes[o] for o in p.objective_ids if o in objective_codes]
        _put(item, "objectives", objectives)
        _put(item, "plan_item", plan.get(p.plan_item_id or ""))
        _put(item, "author", p.author)
        if p.source != _DEFAULT_SOURCE:
            item["source"] = p.source
        _put(item, "deleted", p.deleted)
        out.append(item)
    return out


def write_votes(exercise: Exercise, stamp: Any) -> list[Item]:
    """The ``votes:`` list with each vote's ballots; ``stamp`` writes a timestamp."""
    policy = _places(exercise.policy, "policy", exercise.id)
    injects = {i.id: i.number for i in exercise.injects}
    out: list[Item] = []
    for n, vote in enumerate(exercise.votes):
        item: Item = {}
        if vote.id != derived_id(exercise.id, "vote", str(n)):
            item["id"] = vote.id
        item["question"] = vote.question
        if vote.kind is not VoteKind.POLL:
            item["kind"] = vote.kind.value
        options = []
        for k, option in enumerate(vote.options):
            written: Item = {}
            if option.id != derived_id(vote.id, "option", str(k)):
                written["id"] = option.id
            written["label"] = option.label
            _put(written, "recommendation", policy.get(option.recommendation_id or ""))
            options.append(written)
        item["options"] = options
        if vote.dots != 3:
            item["dots"] = vote.dots
        _put(item, "inject", injects.get(vote.inject_id or ""))
        _put(item, "opened_at", stamp(vote.opened_at))
        _put(item, "closed_at", stamp(vote.closed_at))
        labels = {option.id: option.label for option in vote.options}
        _put(
            item,
            "ballots",
            [
                {
                    "voter": b.voter,
                    "choices": {labels[o]: v for o, v in b.choices if o in labels},
                    "cast_at": stamp(b.cast_at),
                }
                for b in exercise.ballots
                if b.vote_id == vote.id
            ],
        )
        out.append(item)
    return out


def _places(records: Sequence[Any], kind: str, exercise_id: str) -> dict[str, int | str]:
    """How a list's records are named from elsewhere: their place, or their own id."""
    return {
        r.id: n + 1 if r.id == derived_id(exercise_id, kind, str(n)) else r.id
        for n, r in enumerate(records)
    }


def _put(out: Item, key: str, value: Any) -> None:
    if value is None or value is False or (not isinstance(value, int) and not value):
        return
    out[key] = list(value) if isinstance(value, tuple) else value
