"""The room's rapporteurs and votes over real HTTP on loopback: drafts by the phone's own id,
every refusal, and a vote of 45 phones where each phone counts once."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.room_helpers import Room, team_id
from ttx_desktop.domain.policy import (
    GenderVerdict,
    PolicyStatus,
    Right,
    RightsReview,
    RightsVerdict,
)
from ttx_desktop.domain.votes import Vote, VoteKind, VoteOption
from ttx_desktop.room.limits import FIELD_CAPS
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.policy_desk import PolicyDesk

RAPPORTEUR, PARTICIPANT = RoomRole.RAPPORTEUR, RoomRole.PARTICIPANT
PHONES = 45


def _draft(room: Room, team: str, **fields: Any) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "team_id": team, "issue": "Takedown orders take weeks"} | (
        fields
    )


def _send(room: Room, payload: Any, **kwargs: Any) -> Any:
    return room.post(room.base(RAPPORTEUR) + "/recommendations", payload, **kwargs)


def _device(n: int) -> str:
    return f"{n:08x}-0000-4000-8000-000000000000"


# ---------------------------------------------------------------- the rapporteur


def test_the_rapporteur_gets_its_page_and_a_state_of_its_table(room: Room) -> None:
    page = room.get(room.base(RAPPORTEUR))
    assert page.status == 200 and 'data-role="rapporteur"' in page.text
    assert f'<script src="{room.base(RAPPORTEUR)}/policy.js"></script>' in page.text
    assert "Докладчик стола" in room.get(room.base(RAPPORTEUR) + "?lang=ru").text
    state = room.get(room.base(RAPPORTEUR) + "/state").json()
    assert state["team"] is None and state["mine"] == [] and state["others"] == []
    assert "investigation" in state["themes"]


def test_a_draft_is_stored_once_by_the_phones_id_and_edited_by_it(room: Room) -> None:
    team = team_id(room)
    payload = _draft(
        room, team, action="A single removal desk", theme="detection and removal",
        horizon="short", rights=["expression", "due-process"], women_consulted=False,
        gender_impact="Women journalists are targeted more", author="Amina",
    )  # fmt: skip
    first = _send(room, payload)
    assert first.status == 201 and first.json() == {"saved": True, "id": payload["id"], "new": True}
    again = _send(room, payload)  # the phone did not hear the answer and sends it again
    assert again.status == 200 and again.json()["new"] is False
    stored = PolicyDesk(room.file.db).policy.get(payload["id"], with_history=True)
    assert stored is not None and len(stored.revisions) == 1
    assert (stored.team_ids, stored.source, stored.author) == ((team,), "phone", "Amina")
    assert stored.rights.rights == (Right.EXPRESSION, Right.DUE_PROCESS)
    assert stored.gender.women_organisations_consulted is False
    assert [d.id for d in room.drafts] == [payload["id"]]  # the console hears of it once

    edited = _send(room, payload | {"indicator": "Orders answered within 48 hours"})
    assert edited.status == 200
    after = PolicyDesk(room.file.db).policy.get(payload["id"], with_history=True)
    assert after is not None and after.indicator == "Orders answered within 48 hours"
    assert len(after.revisions) == 2 and len(room.drafts) == 2
    mine = room.get(room.base(RAPPORTEUR) + f"/state?team={team}").json()["mine"]
    assert [(m["id"], m["editable"], m["status"]) for m in mine] == [(payload["id"], True, "draft")]


def test_a_phone_never_sets_verdicts_status_or_priority(room: Room) -> None:
    team = team_id(room)
    payload = _draft(room, team, status="agreed", priority=1, rights_verdict="compliant")
    assert _send(room, payload).status == 201
    desk = PolicyDesk(room.file.db)
    desk.edit(payload["id"], rights=RightsReview(verdict=RightsVerdict.NEEDS_SAFEGUARDS))
    assert _send(room, payload | {"safeguards": "Judicial review"}).status == 200
    stored = desk.policy.get(payload["id"])
    assert stored is not None
    assert (stored.status, stored.priority) == (PolicyStatus.DRAFT, None)
    assert stored.rights.verdict is RightsVerdict.NEEDS_SAFEGUARDS  # the reviewer's, kept
    assert stored.rights.safeguards == "Judicial review"
    assert stored.gender.verdict is GenderVerdict.NONE


def test_other_tables_see_agreed_recommendations_read_only(room: Room) -> None:
    civ, med = team_id(room), team_id(room, "MED")
    payload = _draft(room, civ, action="Open a 24/7 contact point", owner="Ministry of Justice")
    _send(room, payload)
    state = room.get(room.base(RAPPORTEUR) + f"/state?team={med}").json()
    assert state["others"] == []  # a draft is the table's own business
    PolicyDesk(room.file.db).edit(payload["id"], status=PolicyStatus.AGREED)
    state = room.get(room.base(RAPPORTEUR) + f"/state?team={med}").json()
    assert state["others"] == [
        {
            "id": payload["id"],
            "theme": "",
            "action": "Open a 24/7 contact point",
            "owner": "Ministry of Justice",
            "tables": ["Civil protection"],
        }
    ]
    own = room.get(room.base(RAPPORTEUR) + f"/state?team={civ}").json()["mine"]
    assert [(m["status"], m["editable"]) for m in own] == [("agreed", False)]


def test_every_refusal_of_the_rapporteur_role(room: Room) -> None:
    civ, med = team_id(room), team_id(room, "MED")
    base = room.base(RAPPORTEUR)
    note_token = room.server.tokens.token(RoomRole.NOTE_TAKER)
    rapporteur_token = room.server.tokens.token(RAPPORTEUR)
    # Tokens: a wrong one, and each role's token on the other's path.
    assert room.get(f"/r/{'x' * 43}").status == 404
    assert room.get(f"/r/{note_token}").status == 404
    assert room.get(f"/n/{rapporteur_token}").status == 404
    assert room.get(f"/p/{rapporteur_token}/state").status == 404
    assert _send(room, _draft(room, civ), headers={"Origin": "http://evil.example"}).status == 403
    assert room.post(f"/n/{rapporteur_token}/entries", {"id": "x"}).status == 404
    assert room.post(base + "/entries", {"id": str(uuid.uuid4())}).status == 404
    # Not JSON, no issue, an unknown team, bad choices.
    not_json = room.post(base + "/recommendations", b"issue=x")
    assert not_json.status == 400 and "JSON" in not_json.json()["error"]
    form = room.post(base + "/recommendations", b"{}", headers={"Content-Type": "text/plain"})
    assert form.status == 415
    missing = _send(room, _draft(room, civ, issue="  "))
    assert (missing.status, missing.json()["code"]) == (400, "empty")
    unknown = _send(room, _draft(room, "no-such-team"))
    assert (unknown.status, unknown.json()["code"]) == (400, "unknown_team")
    for bad in ({"horizon": "soon"}, {"rights": ["flying"]}, {"rights": "privacy"},
                {"women_consulted": "yes"}, {"id": "not-a-uuid"}, {"theme": 7}):  # fmt: skip
        assert _send(room, _draft(room, civ) | bad).status == 400, bad
    # Oversize: a field over its cap, and a body over the room's.
    long = _send(room, _draft(room, civ, action="x" * (FIELD_CAPS["policy"] + 1)))
    assert (long.status, long.json()["code"]) == (413, "too_long")
    huge = _send(room, _draft(room, civ, action="x" * (room.server.limits.max_body + 1)))
    assert huge.status == 413
    # Another table's draft, and one no longer a draft.
    own = _draft(room, civ)
    assert _send(room, own).status == 201
    theirs = _send(room, own | {"team_id": med})
    assert (theirs.status, theirs.json()["code"]) == (409, "other_table")
    PolicyDesk(room.file.db).edit(own["id"], status=PolicyStatus.WITHDRAWN)
    late = _send(room, own | {"action": "Changed after the fact"})
    assert (late.status, late.json()["code"]) == (409, "not_draft")
    stored = PolicyDesk(room.file.db).policy.get(own["id"])
    assert stored is not None and stored.action == "" and len(room.drafts) == 1
    deleted = _draft(room, civ)
    assert _send(room, deleted).status == 201
    PolicyDesk(room.file.db).edit(deleted["id"], deleted=True)  # deleted at the console
    gone = _send(room, deleted | {"action": "Edited after deletion"})
    assert (gone.status, gone.json()["code"]) == (409, "not_draft")
    assert "deleted" in gone.json()["error"]


_KEYS = st.sampled_from(["id", "team_id", "issue", "horizon", "rights", "women_consulted"])
_VALUES = st.none() | st.booleans() | st.integers() | st.text(max_size=30) | st.lists(st.text())


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.dictionaries(_KEYS, _VALUES))
def test_any_body_is_stored_or_refused_with_a_reason(room: Room, body: dict[str, Any]) -> None:
    reply = _send(room, body)
    assert reply.status in (200, 201, 400, 409, 413), reply.body
    if reply.status >= 400:
        assert reply.json()["error"]


# ------------------------------------------------------------------------ votes


def _poll(room: Room, *labels: str, kind: VoteKind = VoteKind.POLL, dots: int = 3) -> Vote:
    vote_id = str(uuid.uuid4())
    vote = Vote(
        id=vote_id,
        question="Who should own the takedown desk?",
        kind=kind,
        options=tuple(VoteOption(f"{vote_id}-{n}", label) for n, label in enumerate(labels)),
        dots=dots,
    )
    desk = PolicyDesk(room.file.db)  # the console's connection, as session.policy does
    desk.new_vote(vote)
    return desk.open_vote(vote_id)


def _ballot(room: Room, vote: Vote, phone: int, choices: dict[str, int]) -> Any:
    return room.post(
        room.base(PARTICIPANT) + "/ballot",
        {"vote_id": vote.id, "choices": choices},
        headers={"X-TTX-Device": _device(phone)},
        source=f"127.0.1.{phone + 1}",
    )


def test_the_participant_state_carries_the_open_vote(room: Room) -> None:
    assert room.get(room.base(PARTICIPANT) + "/state").json()["vote"] is None
    vote = _poll(room, "Ministry of Interior", "Prosecutor's office")
    shown = room.get(room.base(PARTICIPANT) + "/state").json()["vote"]
    assert shown == {
        "id": vote.id,
        "question": "Who should own the takedown desk?",
        "kind": "poll",
        "options": [{"id": o.id, "label": o.label} for o in vote.options],
        "dots": 3,
    }
    PolicyDesk(room.file.db).close_vote(vote.id)
    assert room.get(room.base(PARTICIPANT) + "/state").json()["vote"] is None


def test_forty_five_phones_vote_once_each_and_a_closed_vote_takes_no_more(room: Room) -> None:
    vote = _poll(room, "Ministry of Interior", "Prosecutor's office", "Regulator")
    options = [o.id for o in vote.options]

    def phone(n: int) -> tuple[int, int]:
        choice = {options[n % 3]: 1}
        first = _ballot(room, vote, n, choice).status
        second = _ballot(room, vote, n, {options[(n + 1) % 3]: 1})
        assert second.json().get("code") == "voted"
        return first, second.status

    with ThreadPoolExecutor(max_workers=15) as pool:
        results = list(pool.map(phone, range(PHONES)))
    assert results == [(201, 409)] * PHONES
    tally = PolicyDesk(room.file.db).tally(vote.id)
    assert tally.voters == PHONES
    assert [points for _, points in tally.points] == [15, 15, 15]  # each phone counted once
    assert len(room.ballots) == PHONES and set(room.ballots) == {vote.id}

    PolicyDesk(room.file.db).close_vote(vote.id)
    late = _ballot(room, vote, PHONES, {options[0]: 1})
    assert (late.status, late.json()["code"]) == (409, "closed")
    assert PolicyDesk(room.file.db).tally(vote.id).voters == PHONES


def test_dots_and_ranks_are_checked_against_the_vote(room: Room) -> None:
    dots = _poll(room, "Desk", "Hotline", "Training", kind=VoteKind.DOTS, dots=3)
    a, b, c = (o.id for o in dots.options)
    assert _ballot(room, dots, 1, {a: 2, b: 2}).status == 400  # four dots of three
    assert _ballot(room, dots, 1, {"elsewhere": 1}).status == 400
    assert _ballot(room, dots, 1, {a: 2, c: 1}).status == 201
    assert PolicyDesk(room.file.db).tally(dots.id).points[0][1] == 2
    no_device = room.post(room.base(PARTICIPANT) + "/ballot", {"vote_id": dots.id,
                                                              "choices": {a: 1}})  # fmt: skip
    assert no_device.status == 400
    unknown = room.post(
        room.base(PARTICIPANT) + "/ballot",
        {"vote_id": "no-such-vote", "choices": {a: 1}},
        headers={"X-TTX-Device": _device(3)},
    )
    assert (unknown.status, unknown.json()["code"]) == (409, "closed")
    assert room.post(room.base(RAPPORTEUR) + "/ballot", {}).status == 404  # not its route
