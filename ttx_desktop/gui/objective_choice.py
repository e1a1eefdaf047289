"""The note panel's objective: the inject's own until the note-taker picks another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox

from ttx_desktop.domain.evidence import default_objective
from ttx_desktop.domain.model import Inject, Objective


class ObjectiveChoice(QObject):
    """Keeps a combo box of the exercise's objectives (and none) on the right one.

    While the note-taker has not chosen, it follows the inject (its objective when it has
    exactly one, else none); a choice from the list or by ``next()`` stays until ``follow``
    is told the inject was chosen anew.

    Signals: none.
    """

    def __init__(self, combo: QComboBox, none_text: str) -> None:
        super().__init__(combo)
        self._combo = combo
        self._none_text = none_text
        self._chosen = False
        self._shown: tuple[Objective, ...] | None = None
        self._inject: Inject | None = None
        combo.activated.connect(self._on_combo_activated)

    def current_id(self) -> str | None:
        return self._combo.currentData() or None

    def fill(self, objectives: tuple[Objective, ...]) -> None:
        """The objectives as they now stand; a choice made stays while its objective exists."""
        if objectives == self._shown:
            return
        self._shown = objectives
        combo, current = self._combo, self.current_id()
        combo.clear()
        combo.addItem(self._none_text, "")
        for objective in objectives:
            combo.addItem(objective.code, objective.id)
            tip = f"{objective.code}. {objective.title}"
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current or "")
        if index < 0:
            self._chosen = False
        combo.setCurrentIndex(max(index, 0))
        self._follow_inject()

    def follow(self, inject: Inject | None, *, chosen_anew: bool = False) -> None:
        """The inject of the entry changed; ``chosen_anew`` when the note-taker picked it,
        which brings its own objective back."""
        self._inject = inject
        if chosen_anew:
            self._chosen = False
        self._follow_inject()

    def select(self, objective_id: str | None) -> None:
        """Chooses the objective by hand (None: no objective)."""
        self._chosen = True
        self._combo.setCurrentIndex(max(self._combo.findData(objective_id or ""), 0))

    def next(self) -> None:
        """The next objective in the list; after the last, none, then the first again."""
        combo = self._combo
        if combo.count():
            self.select(combo.itemData((combo.currentIndex() + 1) % combo.count()) or None)

    def _follow_inject(self) -> None:
        if not self._chosen:
            wanted = default_objective(self._inject) or ""
            self._combo.setCurrentIndex(max(self._combo.findData(wanted), 0))

    def _on_combo_activated(self, _index: int) -> None:
        self._chosen = True
