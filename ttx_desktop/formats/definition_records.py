"""Reading what a definition recorded while the exercise ran: log, improvement plan, feedback."""

from __future__ import annotations

from datetime import UTC, datetime

from ttx_desktop.domain.model import (
    FEEDBACK_RATINGS,
    CorrectiveSuggestion,
    EntryKind,
    EntryTag,
    FeedbackResponse,
    LogEntry,
    Priority,
    Recommendation,
)
from ttx_desktop.formats.definition_context import Context
from ttx_desktop.formats.yaml_fields import Fields, Reader, path
from ttx_desktop.messages import msg

LOG_KEYS = {
    "id", "time", "clock", "module", "team", "inject", "kind", "text", "author", "tag",
    "objective", "source", "deleted",
}  # fmt: skip
RECOMMENDATION_KEYS = {
    "id", "objective", "issue", "corrective_action", "capability_element", "responsible",
    "contact", "start", "completion", "priority",
}  # fmt: skip
FEEDBACK_KEYS = {
    "id", "submitted_at", "name", "organisation", "role", "strengths", "improvements",
    "missed", "corrective", "ratings",
}  # fmt: skip
CORRECTIVE_KEYS = {"action", "priority", "owner"}
DEFAULT_SOURCE = "console"
_PLACEHOLDER_TIME = datetime(1970, 1, 1, tzinfo=UTC)  # stands in for a time reported missing


def read_log(ctx: Context, top: Fields) -> tuple[LogEntry, ...]:
    records = ctx.reader.records(top, "log", LOG_KEYS)
    return tuple(_read_entry(ctx, f, line, m, n) for n, (f, line, m) in enumerate(records))


def _read_entry(ctx: Context, field: str, line: int, m: Fields, n: int) -> LogEntry:
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
    )


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
