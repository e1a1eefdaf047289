"""The exercise and everything in it, as frozen dataclasses with no I/O."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cached_property
from typing import Protocol, TypeVar

from ttx_desktop.domain.agenda import ScheduleItem
from ttx_desktop.domain.ids import utc_now
from ttx_desktop.domain.policy import PolicyRecommendation
from ttx_desktop.domain.votes import Ballot, Vote


class Role(enum.StrEnum):
    """What a participant does in the room."""

    PLAYER = "player"
    FACILITATOR = "facilitator"
    EVALUATOR = "evaluator"
    OBSERVER = "observer"
    CONTROLLER = "controller"


class Gender(enum.StrEnum):
    """Optional, only for participation statistics."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class DeliveryMethod(enum.StrEnum):
    """How an inject reaches the players."""

    VERBAL = "verbal"
    HANDOUT = "handout"
    PROJECTOR = "projector"
    EMAIL = "email"
    SOCIAL = "social"
    PHONE = "phone"
    VIDEO = "video"
    OTHER = "other"  # a way no list knows (a runner, WebEOC); the word is kept in the notes


class InjectStatus(enum.StrEnum):
    """Stored state of an inject; 'due' and 'overdue' are derived from the clock."""

    PENDING = "pending"
    RELEASED = "released"
    SKIPPED = "skipped"


class EntryKind(enum.StrEnum):
    """What a log entry records."""

    DECISION = "decision"
    ACTION = "action"
    QUESTION = "question"
    OBSERVATION = "observation"
    STRENGTH = "strength"
    IMPROVEMENT = "area-for-improvement"
    NOTE = "note"


class EntryTag(enum.StrEnum):
    """A reviewer's judgement of an entry, used as evidence in the after-action report."""

    NONE = ""
    STRENGTH = "strength"
    IMPROVEMENT = "area-for-improvement"


class PlanStatus(enum.StrEnum):
    """How far an improvement plan item has got."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"


class Rating(enum.StrEnum):
    """HSEEP performance rating of an objective."""

    NONE = ""
    P = "P"  # performed without challenges
    S = "S"  # performed with some challenges
    M = "M"  # performed with major challenges
    U = "U"  # unable to be performed


class Priority(enum.StrEnum):
    """Priority of a recommendation."""

    NONE = ""
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


def _stamp() -> datetime:
    return utc_now()


@dataclass(frozen=True)
class Objective:
    """What the exercise must test."""

    id: str
    code: str
    title: str
    description: str = ""
    capability: str = ""
    critical_tasks: tuple[str, ...] = ()
    rating: Rating = Rating.NONE
    evaluator_notes: str = ""
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)


@dataclass(frozen=True)
class Team:
    """A player group: a sector or agency cell."""

    id: str
    code: str
    name: str
    colour: str = "#4C72B0"
    description: str = ""
    table: str = ""
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)


@dataclass(frozen=True)
class Participant:
    """A person taking part."""

    id: str
    name: str
    organisation: str = ""
    team_id: str | None = None
    role: Role = Role.PLAYER
    gender: Gender = Gender.UNSPECIFIED
    title: str = ""
    email: str = ""
    days: tuple[int, ...] = ()  # the days of the exercise the person came; () when not known
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)


@dataclass(frozen=True)
class Module:
    """A phase of the scenario, often one per day."""

    id: str
    number: int
    title: str
    day: int | None = None
    start: str = ""  # scheduled wall time of day, "HH:MM", or ""
    duration_min: int | None = None
    narrative: str = ""
    key_issues: tuple[str, ...] = ()
    discussion_questions: tuple[str, ...] = ()
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)


@dataclass(frozen=True)
class Inject:
    """A scenario update released to teams.

    ``planned_s`` is the planned time on the module's exercise clock, in seconds from the
    module's start; a pause of the clock shifts it. ``pinned`` instead fixes the inject to a
    wall-clock time of day ("HH:MM"). ``released_s`` and ``released_at`` are the exercise
    clock and the wall time of the actual release.
    """

    id: str
    number: int
    module_id: str
    title: str
    planned_s: int = 0
    pinned: str = ""
    scenario_time: str = ""
    text: str = ""
    source: str = ""
    target_team_ids: tuple[str, ...] = ()
    method: DeliveryMethod = DeliveryMethod.VERBAL
    expected_actions: tuple[str, ...] = ()
    objective_ids: tuple[str, ...] = ()
    facilitator_notes: str = ""
    attachments: tuple[str, ...] = ()
    status: InjectStatus = InjectStatus.PENDING
    released_s: float | None = None
    released_at: datetime | None = None
    position: int = 0
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)


@dataclass(frozen=True)
class LogRevision:
    """One state of a log entry; revision 1 is what was first typed."""

    revision: int
    kind: EntryKind
    text: str
    team_id: str | None
    inject_id: str | None
    author: str
    tag: EntryTag
    objective_id: str | None
    deleted: bool
    edited_at: datetime
    edited_by: str = ""
    analysis: str = ""
    references: str = ""
    plan_item_id: str | None = None
    closes_id: str | None = None


@dataclass(frozen=True)
class LogEntry:
    """What a note-taker recorded: the current state, with its history in ``revisions``.

    The review adds to an area for improvement its ``analysis`` (root cause), its
    ``references`` (plans, laws) and ``plan_item_id``, the improvement plan item that answers
    it; an answer or decision names in ``closes_id`` the question it closes.
    """

    id: str
    kind: EntryKind
    text: str
    logged_at: datetime
    team_id: str | None = None
    inject_id: str | None = None
    module_id: str | None = None
    exercise_s: float | None = None
    author: str = ""
    tag: EntryTag = EntryTag.NONE
    objective_id: str | None = None
    source: str = "console"
    deleted: bool = False
    analysis: str = ""
    references: str = ""
    plan_item_id: str | None = None
    closes_id: str | None = None
    revisions: tuple[LogRevision, ...] = field(default=(), compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)

    @property
    def edited(self) -> bool:
        return len(self.revisions) > 1


# What a revision of a log entry keeps, and so what an edit may change: every field of
# LogRevision but its own bookkeeping. Storage, merge and history are made from this list, so
# a new field of both dataclasses is stored, revised and merged without naming it elsewhere.
REVISED_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(LogRevision) if f.name not in ("revision", "edited_at", "edited_by")
)
# The free text a reviewer writes beside an entry (as ``analysis``): every text field revised
# but the entry's text and author. Each is trimmed and capped when edited, and written in the
# exercise definition under its own name.
LOG_TEXT_FIELDS: tuple[str, ...] = tuple(
    f.name
    for f in fields(LogRevision)
    if f.type == "str" and f.name not in ("text", "author", "edited_by")
)


@dataclass(frozen=True)
class Recommendation:
    """One item of the improvement plan."""

    id: str
    issue: str
    corrective_action: str = ""
    objective_id: str | None = None
    capability_element: str = ""
    responsible: str = ""
    contact: str = ""
    start: date | None = None
    completion: date | None = None
    priority: Priority = Priority.NONE
    status: PlanStatus = PlanStatus.OPEN
    position: int = 0
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)


FEEDBACK_RATINGS: tuple[str, ...] = (
    "structure",
    "scenario",
    "facilitation",
    "documents",
    "participation",
    "mix",
    "practice",
)


@dataclass(frozen=True)
class CorrectiveSuggestion:
    """A corrective action proposed by a participant."""

    action: str
    priority: Priority = Priority.NONE
    owner: str = ""


@dataclass(frozen=True)
class FeedbackResponse:
    """A participant feedback form, as exercise planners know it."""

    id: str
    submitted_at: datetime
    name: str = ""
    organisation: str = ""
    role: str = ""
    strengths: tuple[str, ...] = ()
    improvements: tuple[str, ...] = ()
    missed: str = ""
    corrective: tuple[CorrectiveSuggestion, ...] = ()
    ratings: tuple[tuple[str, int], ...] = ()  # (FEEDBACK_RATINGS key, 1..5)
    device: str = ""  # the random id of the phone that sent it; '' when not from a phone


# The documents (kinds of exporters/catalog.py) marked DRAFT until the organiser marks them
# final: the record of the exercise and its report. The handouts are final from the start.
DRAFT_BY_DEFAULT: tuple[str, ...] = ("minutes", "aar", "recommendations")


@dataclass(frozen=True)
class ExerciseDetails:
    """The exercise's own fields. ``draft_documents`` names the document kinds marked DRAFT;
    every other kind is final."""

    id: str
    title: str
    purpose: str = ""
    scope: str = ""
    sponsor: str = ""
    venue: str = ""
    start_date: date | None = None
    end_date: date | None = None
    caveat: str = "FOR TRAINING USE ONLY"
    language: str = "en"
    point_of_contact: str = ""
    scenario_summary: str = ""
    ground_rules: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()
    executive_summary: str = ""
    conclusion: str = ""
    draft_documents: tuple[str, ...] = DRAFT_BY_DEFAULT
    acronyms: tuple[tuple[str, str], ...] = ()  # (short form, what it stands for)
    notes: str = ""  # the planners' own notes kept with the exercise (an MSEL's legend)
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)

    @property
    def report_final(self) -> bool:
        """Whether the after-action report is marked final."""
        return "aar" not in self.draft_documents

    def is_draft(self, kind: str) -> bool:
        """Whether the document ``kind`` (e.g. "aar", "sitman") is marked DRAFT."""
        return kind in self.draft_documents


@dataclass(frozen=True)
class Exercise:
    """One whole exercise: the aggregate that files and definitions hold."""

    details: ExerciseDetails
    objectives: tuple[Objective, ...] = ()
    teams: tuple[Team, ...] = ()
    participants: tuple[Participant, ...] = ()
    modules: tuple[Module, ...] = ()
    injects: tuple[Inject, ...] = ()
    log: tuple[LogEntry, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    feedback: tuple[FeedbackResponse, ...] = ()
    policy: tuple[PolicyRecommendation, ...] = ()  # the tables' recommendations (issue 15)
    votes: tuple[Vote, ...] = ()
    ballots: tuple[Ballot, ...] = ()
    schedule: tuple[ScheduleItem, ...] = ()  # presentations, breaks, plenaries

    @property
    def id(self) -> str:
        return self.details.id

    @property
    def title(self) -> str:
        return self.details.title

    # Lookups by id are made on first use: exports and the log ask tens of thousands of times.
    # The first record of an id wins, as a search in order would find it.
    @cached_property
    def _teams(self) -> dict[str, Team]:
        return _first_by_id(self.teams)

    @cached_property
    def _modules(self) -> dict[str, Module]:
        return _first_by_id(self.modules)

    @cached_property
    def _injects(self) -> dict[str, Inject]:
        return _first_by_id(self.injects)

    @cached_property
    def _objectives(self) -> dict[str, Objective]:
        return _first_by_id(self.objectives)

    def team(self, team_id: str | None) -> Team | None:
        return self._teams.get(team_id) if team_id is not None else None

    def module(self, module_id: str | None) -> Module | None:
        return self._modules.get(module_id) if module_id is not None else None

    def inject(self, inject_id: str | None) -> Inject | None:
        return self._injects.get(inject_id) if inject_id is not None else None

    def objective(self, objective_id: str | None) -> Objective | None:
        return self._objectives.get(objective_id) if objective_id is not None else None

    def find_team(self, code_or_name: str) -> Team | None:
        """A team by its code or name, ignoring case."""
        key = code_or_name.strip().casefold()
        for team in self.teams:
            if key in (team.code.casefold(), team.name.casefold()):
                return team
        return None

    def inject_by_number(self, number: int) -> Inject | None:
        return next((i for i in self.injects if i.number == number), None)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_I = TypeVar("_I", bound=_HasId)


def _first_by_id(records: tuple[_I, ...]) -> dict[str, _I]:
    found: dict[str, _I] = {}
    for record in records:
        found.setdefault(record.id, record)
    return found
