"""What one operation changed: the one message every panel hears after a write."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ttx_desktop.storage.merge import MergeReport


@dataclass(frozen=True)
class OpChanges:
    """What an operation changed, said once after it is stored.

    Every service announces each of its writes as one of these, and the session passes it on
    to every panel through its one ``changed`` signal; a panel looks at the flags and redraws
    only what it shows. Writes of other writers (the room's server, a merge) are said the same
    way, through ``Session.announce``.

    Fields:
        exercise: ``Session.exercise`` holds a new state: an authored record (details,
            objectives, teams, participants, modules, injects, schedule, improvement plan)
            or an inject's status or planned time.
        injects: an inject was released, skipped, reopened or re-timed (the timeline moved).
        clock: a module's clock was started, paused, resumed, adjusted or reset.
        countdown: the countdown of a round was started or stopped.
        entries: a log entry was added, edited, deleted or restored.
        recommendations: a recommendation drafted at the tables was added, edited or merged.
        votes: a vote was made, opened, closed or got a ballot; ``vote_id`` names it.
        presented: the recommendation shown to the room was chosen (``PolicyService.presented``).
        feedback: a participant's feedback form was stored.
        room: the room was opened or closed, or a join link was rotated or revoked.
    """

    exercise: bool = False
    injects: bool = False
    clock: bool = False
    countdown: bool = False
    entries: bool = False
    recommendations: bool = False
    votes: bool = False
    presented: bool = False
    feedback: bool = False
    room: bool = False
    vote_id: str = ""

    def __or__(self, other: OpChanges) -> OpChanges:
        """Both changes as one (the later vote named when both name one)."""
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in dataclasses.fields(self)
            if f.name != "vote_id"
        }
        return OpChanges(**flags, vote_id=other.vote_id or self.vote_id)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))


# The changes each kind of write makes, named once.
EXERCISE = OpChanges(exercise=True)
TIMELINE = OpChanges(exercise=True, injects=True)
CLOCK = OpChanges(clock=True)
COUNTDOWN = OpChanges(countdown=True)
ENTRIES = OpChanges(entries=True)
RECOMMENDATIONS = OpChanges(recommendations=True)
PRESENTED = OpChanges(presented=True)
FEEDBACK = OpChanges(feedback=True)
ROOM = OpChanges(room=True)


def of_vote(vote_id: str) -> OpChanges:
    """A change to the vote ``vote_id``."""
    return OpChanges(votes=True, vote_id=vote_id)


def of_merge(report: MergeReport) -> OpChanges:
    """What a merge of another laptop's copy changed."""
    return OpChanges(
        exercise=bool(report.records or report.recommendations),
        entries=bool(report.entries or report.revisions),
        recommendations=bool(report.policy),
        votes=bool(report.votes),
        feedback=bool(report.feedback),
    )
