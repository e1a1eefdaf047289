"""The Recommendations view: the tables' recommendations, the room's votes under their list."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.panel import window_panel
from ttx_desktop.gui.recommendations_panel import RecommendationsPanel
from ttx_desktop.gui.vote_panel import VotePanel
from ttx_desktop.services.session import Session


@window_panel
class RecommendationsView(QWidget):
    """Drafting and review, the votes under the list (a vote prioritises what was agreed)."""

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationsViewPage")
        self.votes = VotePanel(session, dialogs)
        self.recommendations = RecommendationsPanel(session, dialogs, below_list=self.votes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recommendations)
        self.actions_for_menu: list[tuple[str, QAction]] = self.recommendations.actions_for_menu
        # The review pass's keys, for Help → Keyboard shortcuts.
        self.shortcut_help = [
            (action.text(), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for action in self.recommendations.actions()
            if not action.shortcut().isEmpty()
        ]
