"""Stable identifiers and timestamps shared by every record."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

# A fixed namespace so that the same exercise, team code or inject number always derives
# the same UUID: definitions written by hand need no ids, and copies of one exercise
# made from the same definition still merge record by record.
NAMESPACE = uuid.UUID("6f1c3c2e-4a8b-5d21-9a7e-2b1f0c9d8e71")


def new_id() -> str:
    """A fresh random UUID, as text."""
    return str(uuid.uuid4())


def derived_id(exercise_id: str, kind: str, key: str) -> str:
    """The UUID a record gets from its exercise and natural key (a team code, an inject number)."""
    return str(uuid.uuid5(NAMESPACE, f"{exercise_id}/{kind}/{key}"))


def utc_now() -> datetime:
    """The current wall time, timezone-aware in UTC."""
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """A timestamp as ISO 8601 text in UTC with microseconds, sortable as text."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    # isoformat() writes the same text as strftime("%Y-%m-%dT%H:%M:%S.%fZ") in a third of
    # the time; every log entry stores three of these.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def from_iso(text: str) -> datetime:
    """Parses what ``to_iso`` wrote (and any ISO 8601 text); naive times are taken as UTC."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
