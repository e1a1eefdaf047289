"""The live log's filter bar: search, team, kind, inject, module, tag, order and deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.domain.model import EntryKind, EntryTag, Exercise
from ttx_desktop.gui.log_labels import inject_label, kind_label
from ttx_desktop.storage.log_query import LogFilter

SEARCH_DELAY_MS = 250
ANY = "*"  # a combo's value for "all"
NO_TEAM = ""  # the team combo's value for entries logged without a team


class LogFilterBar(QWidget):
    """Choices that narrow the live log, and the number of entries they leave.

    The two toggles (newest first, show deleted) are actions, so that menus can carry them.

    Signals:
        filter_changed: a choice, the order, the deleted toggle or the search text (after a
            short pause in typing) changed; ``filter()`` holds the new filter.
    """

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logFilterBar")
        self.search = QLineEdit()
        self.search.setObjectName("logSearch")
        self.search.setAccessibleName(self.tr("Search text and author"))
        self.search.setPlaceholderText(self.tr("Search text and author"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filter_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.team = self._combo("logTeamFilter", self.tr("Show one team's entries"))
        self.kind = self._combo("logKindFilter", self.tr("Show one kind of entry"))
        self.inject = self._combo("logInjectFilter", self.tr("Show the answers to one inject"))
        self.module = self._combo("logModuleFilter", self.tr("Show one module's entries"))
        self.tag = self._combo("logTagFilter", self.tr("Show entries tagged by a reviewer"))
        self.newest_action = self._toggle(
            self.tr("Newest first"), self.tr("Newest entries at the top; off: in the order logged")
        )
        self.newest_action.setChecked(True)
        self.deleted_action = self._toggle(
            self.tr("Show deleted"), self.tr("Show deleted entries too, struck through")
        )
        self.count = QLabel()
        self.count.setObjectName("logCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _n: self.filter_changed.emit())
        return combo

    def _toggle(self, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setToolTip(tip)
        action.toggled.connect(lambda _on: self.filter_changed.emit())
        return action

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 1)
        for action in (self.newest_action, self.deleted_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        top.addSpacing(6)
        top.addWidget(self.count)
        choices = QHBoxLayout()
        choices.setSpacing(6)
        for combo in (self.team, self.kind, self.inject, self.module, self.tag):
            choices.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(choices)

    def fill(self, exercise: Exercise) -> None:
        """The choices of ``exercise``, keeping what was chosen where it still exists."""
        teams = [(t.name, t.id) for t in exercise.teams] + [(self.tr("No team"), NO_TEAM)]
        injects = sorted(exercise.injects, key=lambda i: i.number)
        tags = [(self.tr("Strengths"), EntryTag.STRENGTH.value),
                (self.tr("Areas for improvement"), EntryTag.IMPROVEMENT.value)]  # fmt: skip
        for combo, everything, items in (
            (self.team, self.tr("All teams"), teams),
            (self.kind, self.tr("All kinds"), [(kind_label(k), k.value) for k in EntryKind]),
            (self.inject, self.tr("All injects"), [(inject_label(i), i.id) for i in injects]),
            (self.module, self.tr("All modules"),
             [(f"{m.number}. {m.title}", m.id) for m in exercise.modules]),
            (self.tag, self.tr("Tagged or not"), tags),
        ):  # fmt: skip
            current = combo.currentData() if combo.count() else ANY
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ANY)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.filter_changed.emit()

    def filter(self) -> LogFilter:
        def chosen(combo: QComboBox) -> Any:
            value = combo.currentData()
            return None if value in (None, ANY) else value

        team, kind, tag = chosen(self.team), chosen(self.kind), chosen(self.tag)
        return LogFilter(
            team_ids=frozenset() if team is None else frozenset({team or None}),
            kinds=frozenset() if kind is None else frozenset({EntryKind(kind)}),
            tags=frozenset() if tag is None else frozenset({EntryTag(tag)}),
            inject_id=chosen(self.inject),
            module_id=chosen(self.module),
            search=self.search.text().strip(),
            include_deleted=self.deleted_action.isChecked(),
            newest_first=self.newest_action.isChecked(),
        )

    def set_count(self, count: int) -> None:
        text = self.tr("1 entry") if count == 1 else self.tr("{0} entries").format(f"{count:,}")
        self.count.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_return_pressed(self) -> None:
        self._search_timer.stop()
        self.filter_changed.emit()
