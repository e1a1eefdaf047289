"""The facilitator's votes: write or pick one, open it to the phones, watch it, close it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.domain.votes import MAX_DOTS, Vote
from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.user_text import error_text
from ttx_desktop.gui.vote_chart import VoteChart
from ttx_desktop.messages import clipped
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session


class VotePanel(QWidget):
    """Votes of the exercise, the chosen one's results live, and the buttons to run it.

    Signals:
        shown_vote_changed(str): the vote the panel shows changed (its id; "" for none), so
            the presenter can show the same.
    """

    shown_vote_changed = Signal(str)

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votePanel")
        self._session, self._dialogs = session, dialogs
        self._policy = session.policy
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Vote"))
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(16)
        self.poll_button = QPushButton(self.tr("New poll…"))
        self.rank_button = QPushButton(self.tr("Prioritise…"))
        self.open_button = QPushButton(self.tr("Open to phones"))
        self.close_button = QPushButton(self.tr("Close and record"))
        self.chart = VoteChart()
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        top.addWidget(self.poll_button)
        top.addWidget(self.rank_button)
        run = QHBoxLayout()
        run.addWidget(self.open_button)
        run.addWidget(self.close_button)
        run.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(run)
        layout.addWidget(self.state)
        layout.addWidget(self.chart, 1)
        self.poll_button.clicked.connect(self.new_poll)
        self.rank_button.clicked.connect(self.new_prioritisation)
        self.open_button.clicked.connect(self.open_vote)
        self.close_button.clicked.connect(self.close_vote)
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        session.changed.connect(self._on_session_changed)
        self.reload()

    # ------------------------------------------------------------------ showing

    @property
    def vote(self) -> Vote | None:
        vote_id = self.choice.currentData()
        return next((v for v in self._policy.votes() if v.id == vote_id), None)

    def reload(self, select: str | None = None) -> None:
        chosen = select or self.choice.currentData()
        votes = self._policy.votes()
        self.choice.blockSignals(True)
        self.choice.clear()
        for vote in votes:
            self.choice.addItem(f"{clipped(vote.question, 60)} · {self._state_word(vote)}", vote.id)
        open_now = next((v.id for v in votes if v.is_open), None)
        index = self.choice.findData(chosen or open_now)
        self.choice.setCurrentIndex(index if index >= 0 else self.choice.count() - 1)
        self.choice.blockSignals(False)
        self._on_choice_changed()

    def _state_word(self, vote: Vote) -> str:
        if vote.closed_at is not None:
            return self.tr("closed")
        return self.tr("open") if vote.is_open else self.tr("not opened")

    def _on_choice_changed(self) -> None:
        vote = self.vote
        self.open_button.setEnabled(vote is not None and vote.opened_at is None)
        self.close_button.setEnabled(vote is not None and vote.is_open)
        if vote is None:
            self.chart.show_result("", None, "")
            self.state.setVisible(True)
            self.state.setText(self.tr("No vote yet. Write a poll, or prioritise the agreed "
                                       "recommendations."))  # fmt: skip
            self.shown_vote_changed.emit("")
            return
        result = self._policy.tally(vote.id)
        words = self.tr("{0} phones have voted").format(result.voters)
        state = f"{self._state_word(vote).capitalize()} · {words}"
        self.chart.show_result(vote.question, result, state)
        # The chart says how the vote stands; the line above it only what needs doing.
        waiting = vote.is_open and not self._session.room_open
        self.state.setText(self.tr("The room is not open: phones cannot vote.") if waiting else "")
        self.state.setVisible(waiting)
        self.shown_vote_changed.emit(vote.id)

    def _on_session_changed(self, changes: OpChanges) -> None:
        if not changes.votes:
            return
        vote_id = changes.vote_id
        if vote_id == self.choice.currentData():
            self._on_choice_changed()
        else:
            self.reload(vote_id)

    # ------------------------------------------------------------------ running

    def new_poll(self) -> None:
        question = self._dialogs.ask_text(self, self.tr("New poll"), self.tr("Question:"))
        if not question or not question.strip():
            return
        options = self._dialogs.ask_lines(
            self, self.tr("New poll"), self.tr("Two to six options, one per line:")
        )
        if options is None:
            return
        self._attempt(lambda: self._policy.new_poll(question, options.splitlines()))

    def new_prioritisation(self) -> None:
        dots = self._dialogs.ask_int(
            self, self.tr("Prioritise"), self.tr("Dots for each phone:"), 3, 1, MAX_DOTS
        )
        if dots is not None:
            self._attempt(lambda: self._policy.new_prioritisation(dots=dots))

    def open_vote(self) -> None:
        vote = self.vote
        if vote is not None:
            self._attempt(lambda: self._policy.open_vote(vote.id))

    def close_vote(self) -> None:
        vote = self.vote
        if vote is not None:
            self._attempt(lambda: self._policy.close_vote(vote.id))

    def _attempt(self, step: object) -> None:
        assert callable(step)
        try:
            made = step()
        except UserError as refused:
            self._dialogs.error(self, self.tr("Votes"), error_text(refused))
            return
        if isinstance(made, Vote):
            self.reload(made.id)
