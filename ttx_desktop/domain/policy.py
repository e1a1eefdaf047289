"""Policy recommendations drafted at the tables, with their human-rights and gender review."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime

from ttx_desktop.domain.ids import utc_now
from ttx_desktop.messages import Text, msg


class PolicyStatus(enum.StrEnum):
    """Where a recommendation stands in the room."""

    DRAFT = "draft"
    AGREED = "agreed"
    MERGED = "merged"  # folded into another recommendation, which keeps both sources
    WITHDRAWN = "withdrawn"


class Horizon(enum.StrEnum):
    """When a recommendation is to be carried out; DATES means the dates in its timeline."""

    NONE = ""
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"
    DATES = "dates"


class Right(enum.StrEnum):
    """Rights a recommendation may touch, as a human-rights review lists them."""

    EXPRESSION = "expression"
    PRIVACY = "privacy"
    DUE_PROCESS = "due-process"
    NON_DISCRIMINATION = "non-discrimination"
    ASSOCIATION_RELIGION = "association-religion"
    CHILD = "child"


class RightsVerdict(enum.StrEnum):
    """The human-rights reviewer's verdict; NONE until reviewed."""

    NONE = ""
    COMPLIANT = "compliant"
    NEEDS_SAFEGUARDS = "needs-safeguards"
    NOT_COMPLIANT = "not-compliant"


class GenderVerdict(enum.StrEnum):
    """The gender reviewer's verdict; NONE until reviewed."""

    NONE = ""
    CONSIDERED = "considered"
    NEEDS_WORK = "needs-work"
    NOT_CONSIDERED = "not-considered"


# Themes the model exercise works in; a recommendation may name any other.
SUGGESTED_THEMES: tuple[str, ...] = (
    "detection and removal",
    "investigation",
    "international cooperation",
    "public communication",
    "prevention",
)


@dataclass(frozen=True)
class RightsReview:
    """Which rights a recommendation touches, on what legal basis, and what keeps it lawful."""

    rights: tuple[Right, ...] = ()
    legal_basis: str = ""
    safeguards: str = ""
    proportionality: str = ""
    verdict: RightsVerdict = RightsVerdict.NONE


@dataclass(frozen=True)
class GenderReview:
    """The differential impact on women, men, girls and boys, and who was consulted."""

    impact: str = ""
    women_organisations_consulted: bool | None = None  # None: not asked yet
    verdict: GenderVerdict = GenderVerdict.NONE


def _stamp() -> datetime:
    return utc_now()


@dataclass(frozen=True)
class PolicyRecommendation:
    """One actionable recommendation for national policymakers, drafted by one or more tables.

    ``priority`` is the room's rank from a closed prioritisation vote (1 is first), None before
    any vote. ``review_note`` says why a recommendation was agreed despite a negative verdict.
    """

    id: str
    issue: str
    action: str = ""
    team_ids: tuple[str, ...] = ()
    theme: str = ""
    owner: str = ""
    partners: str = ""
    horizon: Horizon = Horizon.NONE
    timeline: str = ""
    rights: RightsReview = RightsReview()
    gender: GenderReview = GenderReview()
    indicator: str = ""
    priority: int | None = None
    status: PolicyStatus = PolicyStatus.DRAFT
    merged_into: str | None = None
    review_note: str = ""
    entry_ids: tuple[str, ...] = ()
    objective_ids: tuple[str, ...] = ()
    plan_item_id: str | None = None
    author: str = ""
    source: str = "console"  # console, phone, definition, merge
    deleted: bool = False
    position: int = 0
    revisions: tuple[PolicyRevision, ...] = field(default=(), compare=False)
    created_at: datetime = field(default_factory=_stamp, compare=False)
    updated_at: datetime = field(default_factory=_stamp, compare=False)

    @property
    def reviewed(self) -> bool:
        """Both reviews have a verdict."""
        return (
            self.rights.verdict is not RightsVerdict.NONE
            and self.gender.verdict is not GenderVerdict.NONE
        )

    @property
    def negative_verdict(self) -> bool:
        """A reviewer found it not compliant, or gender not considered."""
        return (
            self.rights.verdict is RightsVerdict.NOT_COMPLIANT
            or self.gender.verdict is GenderVerdict.NOT_CONSIDERED
        )

    @property
    def under_discussion(self) -> bool:
        """Shown apart from the agreed ones: a draft, or agreed but not yet reviewed."""
        return self.status is PolicyStatus.DRAFT or (
            self.status is PolicyStatus.AGREED and not self.reviewed
        )


@dataclass(frozen=True)
class PolicyRevision:
    """One state a recommendation had: revision 1 as drafted, then each edit, never rewritten."""

    revision: int
    state: PolicyRecommendation
    edited_at: datetime
    edited_by: str = ""


def refusal_to_agree(recommendation: PolicyRecommendation) -> Text | None:
    """Why ``recommendation`` may not be marked agreed as it stands, or None if it may."""
    if not recommendation.issue.strip() or not recommendation.action.strip():
        return msg("A recommendation needs its issue and its action before it can be agreed.")
    if recommendation.status is PolicyStatus.MERGED:
        return msg("This recommendation was merged into another; agree that one instead.")
    if recommendation.negative_verdict and not recommendation.review_note.strip():
        return msg(
            "A recommendation found not compliant with human rights, or with gender not "
            "considered, can be agreed only with a note saying why."
        )
    return None


def merged(
    duplicate: PolicyRecommendation, keeper: PolicyRecommendation
) -> tuple[PolicyRecommendation, PolicyRecommendation]:
    """``duplicate`` folded into ``keeper``: the keeper gains the duplicate's tables, evidence
    and objectives (both sources stay visible), the duplicate is marked merged into it."""
    if duplicate.id == keeper.id:
        raise ValueError("a recommendation cannot be merged into itself")
    grown = replace(
        keeper,
        team_ids=_union(keeper.team_ids, duplicate.team_ids),
        entry_ids=_union(keeper.entry_ids, duplicate.entry_ids),
        objective_ids=_union(keeper.objective_ids, duplicate.objective_ids),
    )
    folded = replace(duplicate, status=PolicyStatus.MERGED, merged_into=keeper.id)
    return folded, grown


def _union(first: tuple[str, ...], then: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *then)))
