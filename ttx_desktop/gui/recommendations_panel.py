"""The Recommendations view: the tables' drafts grouped by theme, filters, and the editor.

A review pass is keyboard-first: Ctrl+1/2/3 set the human-rights verdict (compliant, needs
safeguards, not compliant), Ctrl+4/5/6 the gender verdict (considered, needs work, not
considered), Alt+U and Alt+G reach the safeguards and the gender impact, and F8 goes to the
next recommendation (Shift+F8 the one before); Ctrl+Shift+N drafts a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.domain.policy import (
    GenderVerdict,
    PolicyRecommendation,
    PolicyStatus,
    RightsVerdict,
)
from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.panel import panel_action
from ttx_desktop.gui.policy_commands import (
    AddRecommendation,
    DeleteRecommendation,
    EditRecommendation,
    MergeRecommendations,
)
from ttx_desktop.gui.recommendation_editor import RecommendationEditor
from ttx_desktop.gui.recommendations_model import Filter, RecommendationsModel, status_text
from ttx_desktop.gui.user_text import error_text
from ttx_desktop.messages import clipped
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

T = TypeVar("T")
_RIGHTS_KEYS = (
    RightsVerdict.COMPLIANT,
    RightsVerdict.NEEDS_SAFEGUARDS,
    RightsVerdict.NOT_COMPLIANT,
)
_GENDER_KEYS = (GenderVerdict.CONSIDERED, GenderVerdict.NEEDS_WORK, GenderVerdict.NOT_CONSIDERED)


class RecommendationsPanel(QWidget):
    """Lists, filters, drafts, reviews, merges and carries the tables' recommendations."""

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        below_list: QWidget | None = None,
    ) -> None:
        """``below_list`` goes under the list, left of the editor (the votes, in the view)."""
        super().__init__(parent)
        self.setObjectName("recommendationsPanel")
        self._below_list = below_list
        self._session, self._dialogs = session, dialogs
        self._policy = session.policy
        self.model = RecommendationsModel()
        self.view = QTreeView()
        self.view.setObjectName("recommendationsView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Recommendations by theme"))
        self.editor = RecommendationEditor()
        self.table_filter, self.status_filter, self.review_filter = (
            QComboBox(), QComboBox(), QComboBox(),
        )  # fmt: skip
        self._build_layout()
        self._build_actions()
        self._fill_filters()
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.editor.change_requested.connect(self._on_editor_change_requested)
        self.editor.carry_requested.connect(self.carry_into_plan)
        session.changed.connect(self._on_session_changed)
        self._on_exercise_changed()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for combo, name in ((self.table_filter, self.tr("Table")),
                            (self.status_filter, self.tr("Status")),
                            (self.review_filter, self.tr("Review"))):  # fmt: skip
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._on_filter_changed)
            filters.addWidget(combo, 1)
        buttons = self._build_buttons()
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)
        left: QWidget = listing
        if self._below_list is not None:
            left = QSplitter(Qt.Orientation.Vertical)
            left.setObjectName("listAndVotes")
            left.addWidget(listing)
            left.addWidget(self._below_list)
            left.setStretchFactor(0, 3)
            left.setStretchFactor(1, 2)
            left.setChildrenCollapsible(False)
        # The recommendation's words get the room; the rest scroll sideways on a small screen.
        header = self.view.header()
        header.setStretchLastSection(True)
        for column_number, mode in ((0, QHeaderView.ResizeMode.Interactive),
                                    (1, QHeaderView.ResizeMode.ResizeToContents),
                                    (2, QHeaderView.ResizeMode.Interactive),
                                    (3, QHeaderView.ResizeMode.ResizeToContents)):  # fmt: skip
            header.setSectionResizeMode(column_number, mode)
        header.resizeSection(0, 260)
        header.resizeSection(2, 200)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(320)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("recommendationsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.present_button = QPushButton(self.tr("Show to the room"))
        self.present_button.setToolTip(
            self.tr("Shows this recommendation on the presenter window (R there shows them all)")
        )
        for button in (self.new_button, self.merge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.present_button)
        self.present_button.clicked.connect(
            lambda: self._policy.present(self.current.id if self.current else None)
        )
        self.new_button.clicked.connect(self.new_recommendation)
        self.merge_button.clicked.connect(self.merge_into)
        self.delete_button.clicked.connect(self.delete_current)
        return buttons

    def _build_actions(self) -> None:
        self.actions_for_menu: list[tuple[str, QAction]] = []

        def add(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            return panel_action(self, text, keys, slot)

        labels = (self.tr("Compliant"), self.tr("Needs safeguards"), self.tr("Not compliant"))
        for n, (verdict, label) in enumerate(zip(_RIGHTS_KEYS, labels, strict=True), start=1):
            add(self.tr("Human rights: {0}").format(label), f"Ctrl+{n}",
                partial(self._set_verdict, "rights_verdict", verdict))  # fmt: skip
        labels = (self.tr("Considered"), self.tr("Needs work"), self.tr("Not considered"))
        for n, (g_verdict, label) in enumerate(zip(_GENDER_KEYS, labels, strict=True), start=4):
            add(self.tr("Gender: {0}").format(label), f"Ctrl+{n}",
                partial(self._set_verdict, "gender_verdict", g_verdict))  # fmt: skip
        self.new_action = add(self.tr("New recommendation"), "Ctrl+Shift+N",
                              self.new_recommendation)  # fmt: skip
        self.next_action = add(self.tr("Next recommendation"), "F8", lambda: self.step(1))
        self.previous_action = add(self.tr("Previous recommendation"), "Shift+F8",
                                   lambda: self.step(-1))  # fmt: skip

    def _fill_filters(self) -> None:
        self.status_filter.addItem(self.tr("Open (not merged or withdrawn)"), None)
        for status in PolicyStatus:
            self.status_filter.addItem(status_text(status), status)
        for text, value in ((self.tr("Any review"), None),
                            (self.tr("Not reviewed"), "unreviewed"),
                            (self.tr("A negative verdict"), "negative"),
                            (self.tr("Reviewed, no objection"), "ok")):  # fmt: skip
            self.review_filter.addItem(text, value)

    # ------------------------------------------------------------------ reading

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self._on_exercise_changed()
        if changes.recommendations:
            self.reload()

    def _on_exercise_changed(self) -> None:
        exercise = self._session.exercise
        chosen = self.table_filter.currentData()
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        self.table_filter.addItem(self.tr("All tables"), None)
        for team in exercise.teams:
            self.table_filter.addItem(team.name, team.id)
        self.table_filter.setCurrentIndex(max(0, self.table_filter.findData(chosen)))
        self.table_filter.blockSignals(False)
        self.editor.set_exercise(exercise)
        self.reload()

    def reload(self) -> None:
        """Reads the recommendations again, keeping the one being edited selected."""
        current = self.editor.item.id if self.editor.item else None
        self.model.set_items(self._policy.recommendations(), self._session.exercise)
        self.view.expandAll()
        if current is not None and self.model.index_of(current).isValid():
            self.select(current)
        else:
            self.editor.show_recommendation(None)

    def _on_filter_changed(self) -> None:
        self.model.set_filter(
            Filter(
                team_id=self.table_filter.currentData(),
                status=self.status_filter.currentData(),
                review=self.review_filter.currentData(),
            )
        )
        self.view.expandAll()

    def select(self, recommendation_id: str) -> None:
        index = self.model.index_of(recommendation_id)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show(recommendation_id)

    def _on_view_current_changed(self, current: Any, _previous: Any) -> None:
        item = self.model.recommendation_at(current)
        if item is not None:
            self._show(item.id)

    def _show(self, recommendation_id: str) -> None:
        item = self._policy.recommendation(recommendation_id)
        if item is None:
            self.editor.show_recommendation(None)
            return
        found = (self._session.log.get(i) for i in item.entry_ids)
        plan = {p.id: p.issue for p in self._session.exercise.recommendations}
        self.editor.show_recommendation(
            item,
            entries=[e for e in found if e is not None and not e.deleted],
            plan_issue=plan.get(item.plan_item_id or ""),
        )

    @property
    def current(self) -> PolicyRecommendation | None:
        return self.editor.item

    # ----------------------------------------------------------------- writing

    def _push(self, command: Any) -> None:
        self._session.undo_stack.push(command)

    def _complain(self, message: str) -> None:
        self.editor.show_problem(message)

    def _on_editor_change_requested(self, change: dict[str, dict[str, Any]]) -> None:
        item = self.current
        if item is None:
            return
        try:
            self._policy.edit(item.id, **change["after"])
        except UserError as refused:
            self.editor.show_problem(error_text(refused))
            self._show(item.id)
            return
        self.editor.show_problem(None)
        self._push(EditRecommendation(self._policy, item, change["before"], change["after"],
                                      self._complain))  # fmt: skip

    def _set_verdict(self, name: str, value: Any) -> None:
        if self.current is not None:
            self.editor.set_choice(name, value)

    def step(self, by: int) -> None:
        """Goes to the next (or previous) recommendation in the list, for a review pass."""
        ids = self.model.ordered_ids()
        if not ids:
            return
        here = ids.index(self.current.id) if self.current and self.current.id in ids else -1
        self.select(ids[(here + by) % len(ids)])
        self.editor.focus_field("safeguards")

    def _done(self, step: Callable[[], T]) -> T | None:
        """What ``step`` returned, or None when the service refused it (said in place, under
        the status: a refused draft, merge or write never leaves a dialog to close)."""
        try:
            return step()
        except UserError as refused:
            self.editor.show_problem(error_text(refused))
            return None

    def new_recommendation(self) -> None:
        team = self.table_filter.currentData()
        made = self._done(
            lambda: self._policy.draft(
                self.tr("New recommendation"), team_ids=(team,) if team else ()
            )
        )
        if made is None:
            return
        self._push(AddRecommendation(self._policy, made, self._complain))
        self.select(made.id)
        self.editor.focus_field("issue")
        self.editor.ui.issueEdit.selectAll()

    def from_entry(self, entry_id: str) -> PolicyRecommendation | None:
        """A draft made from a log entry (an area for improvement), shown for editing."""
        entry = self._session.log.get(entry_id)
        made = self._done(lambda: self._policy.from_entry(entry)) if entry else None
        if made is not None:
            self._push(AddRecommendation(self._policy, made, self._complain))
            self.select(made.id)
        return made

    def delete_current(self) -> None:
        item = self.current
        if item is not None and self._done(lambda: self._policy.delete(item.id)) is not None:
            self._push(DeleteRecommendation(self._policy, item, self._complain))

    def merge_into(self) -> None:
        duplicate = self.current
        if duplicate is None:
            return
        others = [r for r in self._policy.recommendations() if r.id != duplicate.id
                  and r.status not in (PolicyStatus.MERGED, PolicyStatus.WITHDRAWN)]  # fmt: skip
        names = [clipped(r.action or r.issue, 80) for r in others]
        picked = self._dialogs.choose(
            self, self.tr("Merge into"),
            self.tr("Merge this recommendation into (both tables are kept):"), names,
        )  # fmt: skip
        if picked is None:
            return
        keeper = others[picked]
        if self._done(lambda: self._policy.merge_into(duplicate.id, keeper.id)) is not None:
            self._push(MergeRecommendations(self._policy, duplicate, keeper, self._complain))
            self.select(keeper.id)

    def carry_into_plan(self) -> None:
        item = self.current
        if (
            item is not None
            and self._done(lambda: self._policy.carry_into_plan(item.id)) is not None
        ):
            self._show(item.id)
