"""The room's votes: a quick poll or a prioritisation, one ballot per phone, frozen on closing."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from ttx_desktop.domain.ids import utc_now
from ttx_desktop.messages import Text, msg

MIN_OPTIONS, MAX_OPTIONS = 2, 6  # a quick poll's options
MAX_DOTS = 10


class VoteKind(enum.StrEnum):
    """A poll picks one option; dots spreads a few dots over options; rank orders them."""

    POLL = "poll"
    DOTS = "dots"
    RANK = "rank"


@dataclass(frozen=True)
class VoteOption:
    """One choice; ``recommendation_id`` names the recommendation a prioritisation ranks."""

    id: str
    label: str
    recommendation_id: str | None = None


@dataclass(frozen=True)
class Vote:
    """A question put to the room. Open until ``closed_at``; then it takes no more ballots."""

    id: str
    question: str
    kind: VoteKind = VoteKind.POLL
    options: tuple[VoteOption, ...] = ()
    dots: int = 3
    inject_id: str | None = None
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    created_at: datetime = field(default_factory=utc_now, compare=False)

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None and self.closed_at is None

    @property
    def prioritises(self) -> bool:
        """Its options are recommendations, so closing it sets their priority."""
        return any(option.recommendation_id for option in self.options)


@dataclass(frozen=True)
class Ballot:
    """What one phone chose: option id → dots (1 for a poll; for a rank, points by place)."""

    vote_id: str
    voter: str  # the random id the phone keeps; no sign-in
    choices: tuple[tuple[str, int], ...]
    cast_at: datetime = field(default_factory=utc_now, compare=False)


def problem_with_vote(vote: Vote) -> Text | None:
    """What is wrong with ``vote`` as written, or None."""
    if not vote.question.strip():
        return msg("A vote needs a question.")
    if vote.kind is VoteKind.POLL and not MIN_OPTIONS <= len(vote.options) <= MAX_OPTIONS:
        return msg("A quick poll needs {low} to {high} options.", low=MIN_OPTIONS, high=MAX_OPTIONS)
    if vote.kind is not VoteKind.POLL and len(vote.options) < MIN_OPTIONS:
        return msg("A prioritisation needs at least {low} recommendations.", low=MIN_OPTIONS)
    if vote.kind is VoteKind.DOTS and not 1 <= vote.dots <= MAX_DOTS:
        return msg("Each voter has 1 to {high} dots.", high=MAX_DOTS)
    return _problem_with_labels(vote.options)


def _problem_with_labels(options: tuple[VoteOption, ...]) -> Text | None:
    labels = [option.label.strip().casefold() for option in options]
    if any(not label for label in labels):
        return msg("Every option needs a label.")
    if len(set(labels)) != len(labels):
        return msg("Two options of a vote have the same label.")
    return None


def ballot_from(vote: Vote, voter: str, picked: Mapping[str, int] | Iterable[str]) -> Ballot:
    """The ballot a phone casts: for a poll one option id, for dots a mapping of option id to
    dots, for a rank the option ids in order of preference (first gets the most points)."""
    if isinstance(picked, Mapping):
        choices = tuple((str(key), int(value)) for key, value in picked.items())
    else:
        order = list(dict.fromkeys(str(option) for option in picked))
        if vote.kind is VoteKind.RANK:
            choices = tuple((option, len(order) - place) for place, option in enumerate(order))
        else:
            choices = tuple((option, 1) for option in order)
    return Ballot(vote.id, voter, tuple((key, value) for key, value in choices if value))


def refusal_of_ballot(vote: Vote, ballot: Ballot, voters: Iterable[str]) -> Text | None:
    """Why ``ballot`` is not counted, or None: one ballot per phone, only while open, only
    the vote's own options, within the dots each voter has."""
    if not vote.is_open:
        return msg("This vote is closed.")
    if not ballot.voter or ballot.voter in set(voters):
        return msg("This phone has already voted.")
    known = {option.id for option in vote.options}
    chosen = [option for option, _ in ballot.choices]
    values = [value for _, value in ballot.choices]
    if (
        not chosen
        or any(option not in known for option in chosen)
        or len(set(chosen)) != len(chosen)
        or any(value < 1 for value in values)
    ):
        return msg("Choose among the vote's options.")
    return _refusal_of_values(vote, values)


def _refusal_of_values(vote: Vote, values: list[int]) -> Text | None:
    if vote.kind is VoteKind.POLL and values != [1]:
        return msg("Choose one option.")
    if vote.kind is VoteKind.DOTS and sum(values) > vote.dots:
        return msg("You have {dots} dots to give.", dots=vote.dots)
    if vote.kind is VoteKind.RANK and sorted(values) != list(range(1, len(values) + 1)):
        return msg("Put the options in order.")
    return None


@dataclass(frozen=True)
class Tally:
    """A vote's result: points per option in the vote's order, and how many phones voted."""

    points: tuple[tuple[VoteOption, int], ...]
    voters: int

    def ranking(self) -> tuple[VoteOption, ...]:
        """Options from most to fewest points; ties keep the vote's order."""
        return tuple(option for option, _ in sorted(self.points, key=lambda pair: -pair[1]))


def tally(vote: Vote, ballots: Iterable[Ballot]) -> Tally:
    """Counts the ballots of ``vote``, each phone once (its first ballot) and only known options."""
    totals = {option.id: 0 for option in vote.options}
    seen: set[str] = set()
    for ballot in ballots:
        if ballot.vote_id != vote.id or ballot.voter in seen:
            continue
        seen.add(ballot.voter)
        for option, value in ballot.choices:
            if option in totals and value > 0:
                totals[option] += value
    return Tally(tuple((option, totals[option.id]) for option in vote.options), len(seen))


def priorities(result: Tally) -> dict[str, int]:
    """Recommendation id → its place in the room's ranking (1 is first; equal points share
    a place), for a prioritisation's options."""
    places: dict[str, int] = {}
    previous: int | None = None
    place = 0
    for index, (option, points) in enumerate(
        sorted(result.points, key=lambda pair: -pair[1]), start=1
    ):
        if points != previous:
            place, previous = index, points
        if option.recommendation_id:
            places[option.recommendation_id] = place
    return places
