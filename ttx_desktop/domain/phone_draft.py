"""A rapporteur's draft as a phone sends it: a table's recommendation without verdicts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ttx_desktop.domain.policy import (
    GenderReview,
    Horizon,
    PolicyRecommendation,
    Right,
    RightsReview,
)


@dataclass(frozen=True)
class PhoneDraft:
    """What a rapporteur's phone sends: a table's draft, with no verdict, status or priority
    (reviewers set those at the console)."""

    id: str
    team_id: str
    issue: str
    action: str = ""
    theme: str = ""
    owner: str = ""
    partners: str = ""
    horizon: Horizon = Horizon.NONE
    timeline: str = ""
    rights: tuple[Right, ...] = ()
    legal_basis: str = ""
    safeguards: str = ""
    proportionality: str = ""
    gender_impact: str = ""
    women_consulted: bool | None = None
    indicator: str = ""
    author: str = ""

    def fields(self, current: PolicyRecommendation | None = None) -> dict[str, Any]:
        """The recommendation's fields this draft sets, over ``current``'s reviews (whose
        verdicts stay as the reviewers left them)."""
        rights = current.rights if current is not None else RightsReview()
        gender = current.gender if current is not None else GenderReview()
        return {
            "issue": self.issue,
            "action": self.action,
            "theme": self.theme,
            "owner": self.owner,
            "partners": self.partners,
            "horizon": self.horizon,
            "timeline": self.timeline,
            "rights": dataclasses.replace(
                rights,
                rights=self.rights,
                legal_basis=self.legal_basis,
                safeguards=self.safeguards,
                proportionality=self.proportionality,
            ),
            "gender": dataclasses.replace(
                gender,
                impact=self.gender_impact,
                women_organisations_consulted=self.women_consulted,
            ),
            "indicator": self.indicator,
        }

    def changes(self, current: PolicyRecommendation) -> dict[str, Any]:
        """The fields that differ from ``current``: none when the phone sent it again."""
        return {
            name: value
            for name, value in self.fields(current).items()
            if getattr(current, name) != value
        }
