"""Reading what a definition recorded while the exercise ran: log, improvement plan, feedback."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ttx_desktop.domain.model import (
    FEEDBACK_RATINGS,
    LOG_TEXT_FIELDS,
    CorrectiveSuggestion,
    EntryKind,
    EntryTag,
    FeedbackResponse,
    LogEntry,
    PlanStatus,
    Priority,
    Recommendation,
)
from ttx_desktop.formats.definition_context import Context
from ttx_desktop.formats.yaml_fields import Fields, Reader, path, shown
from ttx_desktop.messages import msg

LOG_KEYS = {
    "id", "time", "clock", "module", "team", "inject", "kind", "text", "author", "tag",
    "objective", "source", "deleted", "plan_item", "closes", *LOG_TEXT_FIELDS,
}  # fmt: skip
RECOMMENDATION_KEYS = {
    "id", "objective", "issue", "corrective_action", "capability_element", "responsible",
    "contact", "start", "completion", "priority", "status",
}  # fmt: skip
FEEDBACK_KEYS = {
    "id", "submitted_at", "name", "organisation", "role", "strengths", "improvements",
    "missed", "corrective", "ratings",
}  # fmt: skip
CORRECTIVE_KEYS = {"action", "priority", "owner"}
DEFAULT_SOURCE = "console"
_PLACEHOLDER_TIME = datetime(1970, 1, 1, tzinfo=UTC)  # stands in for a time reported missing


def read_log(
    ctx: Context, top: Fields, plan: Sequence[Recommendation] = ()
) -> tuple[LogEntry, ...]:
    """The log; ``plan_item: N`` names the Nth item of ``plan``, ``closes:`` an entry's id."""
    records = ctx.reader.records(top, "log", LOG_KEYS)
    entries = [_read_entry(ctx, f, line, m, n, plan) for n, (f, line, m) in enumerate(records)]
    ids = {e.id for e in entries}
    for n, ((field, _line, m), entry) in enumerate(zip(records, entries, strict=True)):
        if entry.closes_id is not None and entry.closes_id not in ids:
            message = msg("names no entry of the log ({value})", value=shown(m["closes"]))
            ctx.reader.problem(m["closes"].where, path(field, "closes"), message)
            entries[n] = dataclasses.replace(entry, closes_id=None)
    return tuple(entries)


def _plan_item(reader: Reader, m: Fields, field: str, plan: Sequence[Recommendation]) -> str | None:
    number = reader.integer(m, "plan_item", field, minimum=1)
    if number is None:
        return None
    if number > len(plan):
        message = msg(
            "is {number}, but the improvement plan (recommendations:) has {count} items",
            number=number,
            count=len(plan),
        )
        reader.problem(m["plan_item"].where, path(field, "plan_item"), message)
        return None
    return plan[number - 1].id


def read_acronyms(reader: Reader, m: Fields, field: str) -> tuple[tuple[str, str], ...]:
    """``acronyms:`` as a mapping of each short form to what it stands for."""
    loc = m.get("acronyms")
    if loc is None or loc.value is None:
        return ()
    if not isinstance(loc.value, dict):
        message = msg("should be a mapping of SHORT: what it stands for")
        reader.problem(loc.where, path(field, "acronyms"), message)
        return ()
    where = path(field, "acronyms")
    pairs = [(str(key).strip(), reader.text(loc.value, key, where).strip())
             for key in loc.value]  # fmt: skip
    return tuple((short, long) for short, long in pairs if short and long)


def read_days(reader: Reader, m: Fields, field: str) -> tuple[int, ...]:
    """``days: [1, 2]``: the days of the exercise a participant came, counted from 1."""
    out: list[int] = []
    for n, text in enumerate(reader.strings(m, "days", field), start=1):
        day = int(text) if text.strip().isdecimal() and text.strip().isascii() else 0
        if not 1 <= day <= 366:
            message = msg("should be a day of the exercise, 1 or more, not {value}", value=text)
            reader.problem(m["days"].where, f"{path(field, 'days')}[{n}]", message)
        elif day not in out:
            out.append(day)
    return tuple(sorted(out))


def _read_entry(
    ctx: Context, field: str, line: int, m: Fields, n: int, plan: Sequence[Recommendation]
) -> LogEntry:
    reader = ctx.reader
    if m.get("kind") is None or m["kind"].value in (None, ""):
        reader.problem(m["kind"].where if "kind" in m else line, f"{field}.kind", msg("missing"))
    logged_at = reader.stamp(m, "time", field, required=True, line=line)
    return LogEntry(
        id=ctx.record_id(m, field, line, "log", n),
        kind=reader.choice(m, "kind", field, EntryKind, EntryKind.NOTE),
        text=reader.text(m, "text", field, required=True, line=line),
        logged_at=logged_at or _PLACEHOLDER_TIME,
        team_id=ctx.ref_code(ctx.teams, m, "team", field),
        inject_id=ctx.ref_number(ctx.injects, m, "inject", field),
        module_id=ctx.ref_number(ctx.modules, m, "module", field),
        exercise_s=reader.offset(m, "clock", field),
        author=reader.text(m, "author", field),
        tag=reader.choice(m, "tag", field, EntryTag, EntryTag.NONE),
        objective_id=ctx.ref_code(ctx.objectives, m, "objective", field),
        source=reader.text(m, "source", field) if "source" in m else DEFAULT_SOURCE,
        deleted=reader.boolean(m, "deleted", field),
        **_log_texts(reader, m, field),
        plan_item_id=_plan_item(reader, m, field, plan),
        closes_id=reader.text(m, "closes", field).strip() or None,
    )


def _log_texts(reader: Reader, m: Fields, field: str) -> dict[str, Any]:
    """The reviewer's free text beside an entry (LOG_TEXT_FIELDS), each under its own key."""
    return {name: reader.text(m, name, field).strip() for name in LOG_TEXT_FIELDS}


def read_recommendations(ctx: Context, top: Fields) -> tuple[Recommendation, ...]:
    records = ctx.reader.records(top, "recommendations", RECOMMENDATION_KEYS)
    return tuple(_read_recommendation(ctx, f, ln, m, n) for n, (f, ln, m) in enumerate(records))


def _read_recommendation(ctx: Context, field: str, line: int, m: Fields, n: int) -> Recommendation:
    reader = ctx.reader
    start, completion = reader.day(m, "start", field), reader.day(m, "completion", field)
    if start and completion and completion < start:
        message = msg("is before the start date")
        reader.problem(m["completion"].where, f"{field}.completion", message)
    return Recommendation(
        id=ctx.record_id(m, field, line, "recommendation", n),
        issue=reader.text(m, "issue", field, required=True, line=line),
        corrective_action=reader.text(m, "corrective_action", field),
        objective_id=ctx.ref_code(ctx.objectives, m, "objective", field),
        capability_element=reader.text(m, "capability_element", field),
        responsible=reader.text(m, "responsible", field),
        contact=reader.text(m, "contact", field),
        start=start,
        completion=completion,
        priority=reader.choice(m, "priority", field, Priority, Priority.NONE),
        status=reader.choice(m, "status", field, PlanStatus, PlanStatus.OPEN),
        position=n,
    )


def read_feedback(ctx: Context, top: Fields) -> tuple[FeedbackResponse, ...]:
    records = ctx.reader.records(top, "feedback", FEEDBACK_KEYS)
    return tuple(_read_response(ctx, f, line, m, n) for n, (f, line, m) in enumerate(records))


def _read_response(ctx: Context, field: str, line: int, m: Fields, n: int) -> FeedbackResponse:
    reader = ctx.reader
    submitted_at = reader.stamp(m, "submitted_at", field, required=True, line=line)
    return FeedbackResponse(
        id=ctx.record_id(m, field, line, "feedback", n),
        submitted_at=submitted_at or _PLACEHOLDER_TIME,
        name=reader.text(m, "name", field),
        organisation=reader.text(m, "organisation", field),
        role=reader.text(m, "role", field),
        strengths=reader.strings(m, "strengths", field),
        improvements=reader.strings(m, "improvements", field),
        missed=reader.text(m, "missed", field),
        corrective=_read_corrective(reader, m, field),
        ratings=_read_ratings(reader, m, field),
    )


def _read_corrective(reader: Reader, m: Fields, field: str) -> tuple[CorrectiveSuggestion, ...]:
    return tuple(
        CorrectiveSuggestion(
            action=reader.text(c, "action", item, required=True, line=line),
            priority=reader.choice(c, "priority", item, Priority, Priority.NONE),
            owner=reader.text(c, "owner", item),
        )
        for item, line, c in reader.records(m, "corrective", CORRECTIVE_KEYS, field)
    )


def _read_ratings(reader: Reader, m: Fields, field: str) -> tuple[tuple[str, int], ...]:
    """The ratings from 1 to 5, in the order the file gives them."""
    where = path(field, "ratings")
    ratings = reader.mapping(m.get("ratings"), where, set(FEEDBACK_RATINGS))
    out = []
    for key in ratings:
        if key in FEEDBACK_RATINGS:
            value = reader.integer(ratings, key, where, minimum=1, maximum=5)
            if value is not None:
                out.append((key, value))
    return tuple(out)
