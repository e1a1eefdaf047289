"""The JSON the phones read and send: state for each role, entries and feedback forms."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ttx_desktop.domain.ids import to_iso, utc_now
from ttx_desktop.domain.log_entry import FROM_INJECT, EntryRefused, EntryRequest
from ttx_desktop.domain.model import (
    FEEDBACK_RATINGS,
    CorrectiveSuggestion,
    Exercise,
    FeedbackResponse,
    Inject,
    InjectStatus,
    Module,
    Priority,
)
from ttx_desktop.room.limits import MAX_ITEMS, Refused, text_field, text_list
from ttx_desktop.storage.room_store import Snapshot


def dumps(value: object) -> bytes:
    """JSON for a response: ASCII only, with markup characters escaped as well."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode()


def parse_body(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "the body is not JSON") from None
    except RecursionError:  # nested deeper than the parser goes: no phone sends that
        raise Refused(400, "the body is nested too deeply") from None
    if not isinstance(value, dict):
        raise Refused(400, "the body must be a JSON object")
    return value


def client_id(value: object) -> str:
    """The UUID the phone made for what it sends, in canonical form."""
    text = text_field(value, "id", required=True)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise Refused(400, "id must be a UUID") from None


# ------------------------------------------------------------------------- reading


def _teams(exercise: Exercise) -> list[dict[str, str]]:
    return [{"id": t.id, "code": t.code, "name": t.name} for t in exercise.teams]


def _released_newest_first(injects: tuple[Inject, ...]) -> list[Inject]:
    released = [i for i in injects if i.status is InjectStatus.RELEASED]
    return sorted(
        released,
        key=lambda i: (to_iso(i.released_at) if i.released_at else "", i.number),
        reverse=True,
    )


def note_state(snapshot: Snapshot) -> dict[str, Any]:
    """Teams, the released injects newest first (a note-taker never sees what is still to
    come), and the objectives an entry may speak to."""
    exercise = snapshot.exercise
    return {
        "title": exercise.title,
        "teams": _teams(exercise),
        "injects": [
            {"id": i.id, "number": i.number, "title": i.title}
            for i in _released_newest_first(exercise.injects)
        ],
        "objectives": [{"id": o.id, "code": o.code, "title": o.title} for o in exercise.objectives],
    }


def current_module(snapshot: Snapshot) -> Module | None:
    """The module whose clock runs; else that of the last released inject; else the first."""
    exercise = snapshot.exercise
    module = exercise.module(snapshot.clock.current_module_id)
    if module is None:
        released = _released_newest_first(exercise.injects)
        module = exercise.module(released[0].module_id) if released else None
    return module or (exercise.modules[0] if exercise.modules else None)


def participant_state(snapshot: Snapshot, team_id: str) -> dict[str, Any]:
    """The title, the current module's questions and the team's released injects."""
    exercise = snapshot.exercise
    team = exercise.team(team_id)
    injects = [
        i
        for i in _released_newest_first(exercise.injects)
        if team is None or not i.target_team_ids or team.id in i.target_team_ids
    ]
    module = current_module(snapshot)
    return {
        "title": exercise.title,
        "teams": _teams(exercise),
        "module": None
        if module is None
        else {"title": module.title, "questions": list(module.discussion_questions)},
        "injects": [
            {
                "id": i.id,
                "number": i.number,
                "title": i.title,
                "text": i.text,
                "source": i.source,
                "scenario_time": i.scenario_time,
                "released_at": to_iso(i.released_at) if i.released_at else None,
            }
            for i in injects
        ],
    }


# ------------------------------------------------------------------------- writing


def entry_request(body: dict[str, Any]) -> tuple[str, EntryRequest]:
    """The id a note-taker's phone made for its entry, and what it asks to log; the room's
    desk checks and stamps it as every entry is (services/room_desk.py)."""
    asked = EntryRequest(
        kind=text_field(body.get("kind"), "kind", cap_key="id"),
        text=text_field(body.get("text"), "text", capped=False),  # new_entry caps it
        team=text_field(body.get("team_id"), "team_id", cap_key="id") or None,
        inject=text_field(body.get("inject_id"), "inject_id", cap_key="id") or None,
        objective=text_field(body.get("objective_id"), "objective_id", cap_key="id") or FROM_INJECT,
        author=text_field(body.get("author"), "author"),
    )
    return client_id(body.get("id")), asked


def entry_refusal(refused: EntryRefused) -> Refused:
    """An entry the exercise refused, as the phone is told: in the words every road uses, with
    the fault's code for the page to say in its own language."""
    status = 413 if refused.reason == "too_long" else 400
    return Refused(status, str(refused), code=refused.reason)


def feedback_from(
    body: dict[str, Any], *, now: Callable[[], datetime] = utc_now
) -> FeedbackResponse:
    """A participant feedback form; every field is optional but its id."""
    corrective_raw = body.get("corrective") or []
    if not isinstance(corrective_raw, list) or len(corrective_raw) > MAX_ITEMS:
        raise Refused(400, f"corrective must be a list of at most {MAX_ITEMS} actions")
    corrective = []
    for item in corrective_raw:
        if not isinstance(item, dict):
            raise Refused(400, "each corrective action must be an object")
        action = text_field(item.get("action"), "action", cap_key="item").strip()
        priority_text = text_field(item.get("priority"), "priority", cap_key="id")
        try:
            priority = Priority(priority_text)
        except ValueError:
            raise Refused(400, f"unknown priority {priority_text!r}") from None
        owner = text_field(item.get("owner"), "owner").strip()
        if action:
            corrective.append(CorrectiveSuggestion(action, priority, owner))
    ratings_raw = body.get("ratings") or {}
    if not isinstance(ratings_raw, dict):
        raise Refused(400, "ratings must be an object")
    ratings = []
    for key, value in ratings_raw.items():
        if key not in FEEDBACK_RATINGS:
            raise Refused(400, f"unknown rating {str(key)[:40]!r}")
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise Refused(400, "ratings run from 1 to 5")
        ratings.append((key, value))
    ratings.sort(key=lambda pair: FEEDBACK_RATINGS.index(pair[0]))
    return FeedbackResponse(
        id=client_id(body.get("id")),
        submitted_at=now(),
        name=text_field(body.get("name"), "name").strip(),
        organisation=text_field(body.get("organisation"), "organisation").strip(),
        role=text_field(body.get("role"), "role").strip(),
        strengths=text_list(body.get("strengths"), "strengths"),
        improvements=text_list(body.get("improvements"), "improvements"),
        missed=text_field(body.get("missed"), "missed").strip(),
        corrective=tuple(corrective),
        ratings=tuple(ratings),
    )
