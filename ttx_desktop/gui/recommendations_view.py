"""The Recommendations view: the tables' recommendations beside the room's votes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.recommendations_panel import RecommendationsPanel
from ttx_desktop.gui.vote_panel import VotePanel
from ttx_desktop.services.session import Session


class RecommendationsView(QWidget):
    """Drafting and review above, the votes below (a vote prioritises what was agreed)."""

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationsViewPage")
        self.recommendations = RecommendationsPanel(session, dialogs)
        self.votes = VotePanel(session, dialogs)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("decideSplitter")
        split.addWidget(self.recommendations)
        split.addWidget(self.votes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.actions_for_menu: list[tuple[str, QAction]] = self.recommendations.actions_for_menu
        # The review pass's keys, for Help → Keyboard shortcuts.
        self.shortcut_help = [
            (action.text(), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for action in self.recommendations.actions()
            if not action.shortcut().isEmpty()
        ]
