"""The editor of one recommendation: every field, each saved when the user finishes it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ttx_desktop.domain.model import Exercise, LogEntry
from ttx_desktop.domain.policy import (
    SUGGESTED_THEMES,
    GenderVerdict,
    Horizon,
    PolicyRecommendation,
    PolicyStatus,
    Right,
    RightsVerdict,
)
from ttx_desktop.gui.check_row import CheckRow
from ttx_desktop.gui.editors.form_binding import FormBinding
from ttx_desktop.gui.forms.ui_recommendation_form import Ui_RecommendationForm
from ttx_desktop.gui.local_time import time_text
from ttx_desktop.gui.recommendations_model import gender_text, rights_text, status_text

# Fields of the form that live inside a review: (form field, review, its own field).
_NESTED = {
    "legal_basis": ("rights", "legal_basis"),
    "safeguards": ("rights", "safeguards"),
    "proportionality": ("rights", "proportionality"),
    "rights_verdict": ("rights", "verdict"),
    "gender_impact": ("gender", "impact"),
    "consulted": ("gender", "women_organisations_consulted"),
    "gender_verdict": ("gender", "verdict"),
}


class _Binding(FormBinding):
    """The form binding with combo boxes that hold a value behind each shown text."""

    def choice(self, name: str, combo: QComboBox, parse: Callable[[Any], Any] = str) -> None:
        """A combo box whose items hold values; Qt hands them back as plain text, so
        ``parse`` turns one back into its kind (an enum)."""

        def show(value: Any) -> None:
            combo.setCurrentIndex(max(0, combo.findData(value)))

        self._add(name, combo, lambda: parse(combo.currentData() or ""), show)
        combo.activated.connect(lambda _n: self._finished(name))


def flat(item: PolicyRecommendation) -> SimpleNamespace:
    """A recommendation's fields as the form names them (its reviews' fields on top)."""
    fields = {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
    for name, (review, key) in _NESTED.items():
        fields[name] = getattr(getattr(item, review), key)
    fields["consulted"] = {None: "", True: "yes", False: "no"}[
        item.gender.women_organisations_consulted
    ]
    return SimpleNamespace(**fields)


def changes_for(item: PolicyRecommendation, name: str, value: Any) -> dict[str, Any]:
    """What the service is asked to change when the form's ``name`` now holds ``value``."""
    if name == "consulted":
        value = {"": None, "yes": True, "no": False}[value]
    if name in _NESTED:
        review, key = _NESTED[name]
        return {review: dataclasses.replace(getattr(item, review), **{key: value})}
    return {name: value}


class RecommendationEditor(QWidget):
    """Shows one recommendation and asks for a change when the user finishes a field.

    Signals:
        change_requested(dict): fields of the shown recommendation to change, old values
            first: {"before": {...}, "after": {...}}.
        carry_requested: the user asked to carry it into the improvement plan.
    """

    change_requested = Signal(object)
    carry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecommendationForm()
        self.ui.setupUi(self)
        ui = self.ui
        self.tables = CheckRow()
        self.rights = CheckRow()
        self.objectives = CheckRow()
        for holder, row in ((ui.tablesBox, self.tables), (ui.rightsBox, self.rights),
                            (ui.objectivesBox, self.objectives)):  # fmt: skip
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(row)
        self.tables.changed.connect(lambda: self._ask("team_ids", self.tables.values()))
        self.objectives.changed.connect(
            lambda: self._ask("objective_ids", self.objectives.values())
        )
        self.rights.changed.connect(self._on_rights_changed)
        ui.carryButton.clicked.connect(self.carry_requested)
        self._fill_choices()
        self._binding = _Binding(self)
        for name, edit in (("issue", ui.issueEdit), ("action", ui.actionEdit),
                           ("safeguards", ui.safeguardsEdit),
                           ("proportionality", ui.proportionalityEdit),
                           ("gender_impact", ui.genderImpactEdit),
                           ("review_note", ui.reviewNoteEdit)):  # fmt: skip
            self._binding.text(name, edit)
        for name, line in (("owner", ui.ownerEdit), ("partners", ui.partnersEdit),
                           ("timeline", ui.timelineEdit), ("indicator", ui.indicatorEdit),
                           ("legal_basis", ui.legalBasisEdit)):  # fmt: skip
            self._binding.line(name, line)
        self._binding.combo_text("theme", ui.themeCombo)
        self._binding.choice("horizon", ui.horizonCombo, Horizon)
        self._binding.choice("status", ui.statusCombo, PolicyStatus)
        self._binding.choice("rights_verdict", ui.rightsVerdictCombo, RightsVerdict)
        self._binding.choice("gender_verdict", ui.genderVerdictCombo, GenderVerdict)
        self._binding.choice("consulted", ui.consultedCombo)
        self._binding.field_edited.connect(self._on_binding_field_edited)
        ui.statusProblem.setStyleSheet("color: #B3261E;")
        self.item: PolicyRecommendation | None = None
        self.setEnabled(False)

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.themeCombo.addItems([""] + [t[:1].upper() + t[1:] for t in SUGGESTED_THEMES])
        for value, text in (
            (Horizon.NONE, ""),
            (Horizon.SHORT, self.tr("Short term")),
            (Horizon.MEDIUM, self.tr("Medium term")),
            (Horizon.LONG, self.tr("Long term")),
            (Horizon.DATES, self.tr("On dates")),
        ):
            ui.horizonCombo.addItem(text, value)
        for status in PolicyStatus:
            ui.statusCombo.addItem(status_text(status), status)
        for verdict in RightsVerdict:
            ui.rightsVerdictCombo.addItem(rights_text(verdict), verdict)
        for g_verdict in GenderVerdict:
            ui.genderVerdictCombo.addItem(gender_text(g_verdict), g_verdict)
        for answer, text in (("", self.tr("Not asked yet")), ("yes", self.tr("Yes")),
                             ("no", self.tr("No"))):  # fmt: skip
            ui.consultedCombo.addItem(text, answer)
        self.rights.set_options(
            [
                (Right.EXPRESSION.value, self.tr("Freedom of expression")),
                (Right.PRIVACY.value, self.tr("Privacy")),
                (Right.DUE_PROCESS.value, self.tr("Due process")),
                (Right.NON_DISCRIMINATION.value, self.tr("Non-discrimination")),
                (Right.ASSOCIATION_RELIGION.value, self.tr("Association and religion")),
                (Right.CHILD.value, self.tr("Rights of the child")),
            ]
        )

    # ----------------------------------------------------------------- showing

    def set_exercise(self, exercise: Exercise) -> None:
        self.tables.set_options([(t.id, t.name) for t in exercise.teams])
        self.objectives.set_options([(o.id, o.code) for o in exercise.objectives])
        for objective in exercise.objectives:
            self.objectives.box(objective.id).setToolTip(objective.title)

    def show_recommendation(
        self,
        item: PolicyRecommendation | None,
        *,
        entries: list[LogEntry] | None = None,
        plan_issue: str | None = None,
        force: bool = False,
    ) -> None:
        """Shows ``item`` (None: nothing to edit); what the user is typing is left alone
        unless ``force``."""
        changed = self.item is None or item is None or item.id != self.item.id
        self.item = item
        self.setEnabled(item is not None)
        if item is None:
            return
        self._binding.show(flat(item), force=force or changed)
        self.tables.set_values(item.team_ids)
        self.objectives.set_values(item.objective_ids)
        self.rights.set_values(tuple(r.value for r in item.rights.rights))
        if changed:
            self.show_problem(None)
        lines = [f"{time_text(e.logged_at, seconds=False)} {e.text}" for e in entries or []]
        self.ui.evidenceLabel.setText("\n".join(lines) or self.tr("None linked yet."))
        if plan_issue is None:
            self.ui.planLabel.setText(self.tr("Not in the plan yet."))
        else:
            self.ui.planLabel.setText(self.tr("In the plan: {0}").format(plan_issue))
        self.ui.carryButton.setEnabled(plan_issue is None)

    def show_problem(self, message: str | None) -> None:
        """Says in place, under the status, why a change was not saved."""
        label: QLabel = self.ui.statusProblem
        label.setText(message or "")
        label.setVisible(bool(message))

    def focus_field(self, name: str) -> None:
        self._binding.widget(name).setFocus()

    # ---------------------------------------------------------------- editing

    def set_choice(self, name: str, value: Any) -> None:
        """Chooses ``value`` in a combo box as if the user did (the review keys use it)."""
        combo = self._binding.widget(name)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        self._on_binding_field_edited(name)

    def _on_binding_field_edited(self, name: str) -> None:
        if self.item is None:
            return
        value = self._binding.value(name)
        if getattr(flat(self.item), name) == value:
            return
        self._request(changes_for(self.item, name, value))

    def _on_rights_changed(self) -> None:
        if self.item is None:
            return
        touched = tuple(Right(v) for v in self.rights.values())
        self._request({"rights": dataclasses.replace(self.item.rights, rights=touched)})

    def _ask(self, name: str, value: tuple[str, ...]) -> None:
        if self.item is not None and getattr(self.item, name) != value:
            self._request({name: value})

    def _request(self, after: dict[str, Any]) -> None:
        assert self.item is not None
        before = {name: getattr(self.item, name) for name in after}
        self.change_requested.emit({"before": before, "after": after})
