"""The presenter's pages for deciding together: a vote's results live, and the recommendations
the room is agreeing to (one in large type, or the agreed ones by theme)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ttx_desktop.domain.policy import PolicyRecommendation, PolicyStatus
from ttx_desktop.domain.votes import Vote
from ttx_desktop.gui.large_text import large_label
from ttx_desktop.gui.recommendations_model import gender_text, rights_text
from ttx_desktop.gui.vote_chart import VoteChart
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session


class VotePage(QWidget):
    """The open vote's results as they come in; else the vote closed last."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterVote")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._session = session
        self.chart = VoteChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 40, 56, 40)
        layout.addWidget(self.chart)
        session.changed.connect(self._on_session_changed)
        self.refresh()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.votes:
            self.refresh()

    def shown_vote(self) -> Vote | None:
        votes = self._session.policy.votes()
        open_now = [v for v in votes if v.is_open]
        if open_now:
            return open_now[-1]
        closed = [v for v in votes if v.closed_at is not None]
        return max(closed, key=lambda v: v.closed_at or v.created_at) if closed else None

    def refresh(self) -> None:
        vote = self.shown_vote()
        if vote is None:
            self.chart.show_result(self.tr("No vote yet"), None, "")
            return
        result = self._session.policy.tally(vote.id)
        state = self.tr("Voting is open") if vote.is_open else self.tr("Closed")
        voted = self.tr("{0} phones have voted").format(result.voters)
        self.chart.show_result(vote.question, result, f"{state} · {voted}")


class RecommendationsPage(QWidget):
    """One recommendation in large type, or the agreed ones by theme, for the room to read."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterRecommendations")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._session = session
        self.heading = large_label("recommendationsHeading", 2.0, bold=True)
        self.body = large_label("recommendationsBody", 1.3)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 40, 56, 40)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self._size = self.body.font().pointSizeF()
        session.changed.connect(self._on_session_changed)
        self.refresh()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.recommendations or changes.presented:
            self.refresh()

    def refresh(self) -> None:
        chosen = self._session.policy.presented
        item = self._session.policy.recommendation(chosen) if chosen else None
        if item is not None and not item.deleted:
            self._show_one(item)
        else:
            self._show_agreed()
        self._fit()

    def _show_one(self, item: PolicyRecommendation) -> None:
        teams = {t.id: t.name for t in self._session.exercise.teams}
        self.heading.setText(item.action or item.issue)
        lines = [
            item.issue,
            "",
            self.tr("Owner: {0}").format(item.owner) if item.owner else "",
            self.tr("Timeline: {0}").format(item.timeline) if item.timeline else "",
            self.tr("Proposed by: {0}").format(", ".join(teams.get(t, "?") for t in item.team_ids))
            if item.team_ids
            else "",
            self.tr("Human rights: {0}").format(rights_text(item.rights.verdict)),
            self.tr("Gender: {0}").format(gender_text(item.gender.verdict)),
        ]
        self.body.setText("\n".join(line for n, line in enumerate(lines) if line or n == 1))

    def _show_agreed(self) -> None:
        agreed = [
            r for r in self._session.policy.recommendations() if r.status is PolicyStatus.AGREED
        ]
        self.heading.setText(self.tr("Agreed recommendations"))
        if not agreed:
            self.body.setText(self.tr("None agreed yet."))
            return
        themes: dict[str, list[PolicyRecommendation]] = {}
        for item in sorted(agreed, key=lambda r: (r.priority is None, r.priority or 0, r.position)):
            themes.setdefault(item.theme.strip(), []).append(item)
        lines: list[str] = []
        for theme, items in sorted(themes.items(), key=lambda pair: pair[0] == ""):
            lines.append((theme[:1].upper() + theme[1:]) if theme else self.tr("Other"))
            lines += [f"   • {r.action or r.issue}" for r in items]
        self.body.setText("\n".join(lines))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The body's type as large as fits the page, down to a readable floor."""
        font = self.body.font()
        size = self._size
        room = max(1, self.height() - self.heading.sizeHint().height() - 120)
        while size > 12:
            font.setPointSizeF(size)
            self.body.setFont(font)
            needed = self.body.heightForWidth(max(1, self.width() - 112))
            if needed <= room:
                break
            size *= 0.92
