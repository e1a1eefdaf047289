"""The MSEL for authoring: injects edited in place, dragged into order, duplicated, deleted,
shown for one module or all."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget

from ttx_desktop.domain.model import Inject
from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.editors.checks_model import ChecksModel
from ttx_desktop.gui.editors.delegates import ChoiceDelegate
from ttx_desktop.gui.editors.form_binding import FormBinding
from ttx_desktop.gui.editors.inject_columns import inject_columns
from ttx_desktop.gui.editors.records_model import Column
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.forms.ui_inject_form import Ui_InjectForm
from ttx_desktop.gui.inject_labels import method_labels
from ttx_desktop.gui.undo_commands import AuthoringUndo
from ttx_desktop.gui.user_text import detail_text

# Fields of the form below the table, and the list views that stand for two of them.
FORM_FIELDS = ("text", "expected_actions", "facilitator_notes", "attachments", "pinned")


class InjectsEditor(TableEditor):
    """The injects in MSEL order with the selected one's text, targets and objectives below.

    A refused edit is marked where it was made: on the table cell, or on the form field.
    """

    noun = "inject"
    widest = 150  # many columns share the width; the title stretches into what is left
    movable = True

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add inject"),
            self.tr("Delete inject"),
            self.tr("No injects yet. Add the first scenario update."),
        )

    def __init__(
        self, undo: AuthoringUndo, parent: QWidget | None = None, dialogs: Dialogs | None = None
    ) -> None:
        super().__init__(undo, parent)
        self.setObjectName("injectsEditor")
        self._dialogs = dialogs
        view = self.view
        view.setDragEnabled(not self.readonly)
        view.setAcceptDrops(not self.readonly)
        view.setDropIndicatorShown(True)
        view.setDragDropOverwriteMode(False)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setItemDelegateForColumn(
            self.model.column_of("module_id"), ChoiceDelegate(self._module_options, view)
        )
        view.setItemDelegateForColumn(
            self.model.column_of("method"),
            ChoiceDelegate(lambda: [(v, k.value) for k, v in method_labels().items()], view),
        )
        self.duplicate_action = self._tool(self.tr("Duplicate"), "edit-copy",
                                           self._on_duplicate_action_triggered)  # fmt: skip
        self.up_action = self._tool(self.tr("Move up"), "go-up", self._on_up_action_triggered)
        self.down_action = self._tool(self.tr("Move down"), "go-down",
                                      self._on_down_action_triggered)  # fmt: skip
        self._build_module_filter()
        self._build_form()
        self.refresh()
        self.fit_columns()

    def _build_module_filter(self) -> None:
        self.toolbar.addSeparator()
        self.module_combo = QComboBox()
        self.module_combo.setObjectName("injectsModule")
        self.module_combo.setToolTip(self.tr("Show the injects of one module"))
        self.module_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.module_combo.setMinimumContentsLength(24)  # long titles are cut, not the toolbar
        self.toolbar.addWidget(self.module_combo)
        self.module_combo.activated.connect(self._on_module_combo_activated)

    def _build_form(self) -> None:
        self.form = QWidget()
        self.ui = Ui_InjectForm()
        self.ui.setupUi(self.form)
        heading = self.ui.headingLabel.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.1)
        self.ui.headingLabel.setFont(heading)
        self._form_id: str | None = None
        self.fields = FormBinding(self)
        self.fields.text("text", self.ui.textEdit)
        self.fields.lines("expected_actions", self.ui.expectedEdit)
        self.fields.text("facilitator_notes", self.ui.notesEdit)
        self.fields.lines("attachments", self.ui.attachmentsEdit)
        self.ui.addFileButton.clicked.connect(self._on_add_file_button_clicked)
        self.ui.addFileButton.setEnabled(self._dialogs is not None)
        self.fields.line("pinned", self.ui.pinnedEdit)
        self.fields.field_edited.connect(self._on_fields_field_edited)
        self.targets = ChecksModel(self)
        self.objectives = ChecksModel(self)
        for model, list_view in ((self.targets, self.ui.targetsView),
                                 (self.objectives, self.ui.objectivesView)):  # fmt: skip
            model.set_editable(not self.readonly)
            list_view.setModel(model)
            list_view.setIconSize(QSize(12, 12))
        self.targets.checks_edited.connect(self._on_targets_checks_edited)
        self.objectives.checks_edited.connect(self._on_objectives_checks_edited)
        self.current_changed.connect(self._on_self_current_changed)
        self.add_detail(self.form)
        self._show_current(force=True)

    def columns(self) -> list[Column[Any]]:
        return inject_columns(lambda: self.service.exercise)

    def _commit(self, before: Any, after: Any) -> str | None:
        """Stores an edit; an inject whose time moved past its neighbours' moves with it, so
        that each module's injects stay in time order (one undo step takes back both)."""
        if not isinstance(before, Inject) or not isinstance(after, Inject):
            return super()._commit(before, after)
        new = time_order_position(self.records(), after)
        if new is None:
            return super()._commit(before, after)
        try:
            self._undo.retime(before, after, new)
        except UserError as exc:
            self.message.show_message(self.tr("Not saved. {0}").format(detail_text(exc)))
            return detail_text(exc)
        self.message.show_message(None)
        self.select(after.id, self.view.currentIndex().column())
        return None

    def records(self) -> Sequence[Inject]:
        return self.service.exercise.injects

    def new_record(self) -> Inject:
        current = self.current()
        module_id = self.module_filter()
        if current is None and module_id is not None:  # after the last of the module shown
            current = next((i for i in reversed(self.records()) if i.module_id == module_id), None)
        inject = self.service.new_inject(after_id=current.id if current is not None else None)
        if module_id is not None and inject.module_id != module_id:
            inject = dataclasses.replace(inject, module_id=module_id, planned_s=0)
        return inject

    # ---------------------------------------------------------------- filter

    def module_filter(self) -> str | None:
        """The id of the module whose injects are shown, or None for all."""
        value = self.module_combo.currentData() if hasattr(self, "module_combo") else None
        return str(value) if value else None

    def set_module_filter(self, module_id: str | None) -> None:
        """Shows only the injects of one module (None: all), as choosing it in the list does."""
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self._apply_filter()

    def _fill_modules(self) -> None:
        combo = self.module_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All modules"), None)
        for m in self.service.exercise.modules:
            combo.addItem(self.tr("Module {0}: {1}").format(m.number, m.title), m.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        module_id = self.module_filter()
        for row in range(self.model.rowCount()):
            inject = self.model.record(row)
            hidden = module_id is not None and inject is not None and inject.module_id != module_id
            self.view.setRowHidden(row, hidden)
        current = self.current()
        if current is not None and module_id is not None and current.module_id != module_id:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
        self._update_actions()

    # --------------------------------------------------------------- actions

    def duplicate(self) -> Inject | None:
        inject = self.current()
        if inject is None:
            return None
        try:
            copy = self._undo.duplicate(inject)
        except UserError as exc:
            self.message.show_message(detail_text(exc))
            return None
        self.message.show_message(None)
        self.select(copy.id, self.model.column_of("title"))
        return copy

    def move_by(self, step: int) -> None:
        inject = self.current()
        if inject is None:
            return
        row = self.model.row_of(inject.id)
        target = self._visible_row(row, step)
        if target is not None:
            self._move(inject.id, target)

    def _visible_row(self, row: int, step: int) -> int | None:
        """The next row shown above (step -1) or below (+1) ``row``: the module filter
        hides the others, and an inject moves past only what the user sees."""
        target = row + step
        while 0 <= target < self.model.rowCount():
            if not self.view.isRowHidden(target):
                return target
            target += step
        return None

    def _update_actions(self) -> None:
        super()._update_actions()
        if not hasattr(self, "down_action"):
            return
        row = self.view.currentIndex().row() if self.current() is not None else -1
        writable = not self.readonly and row >= 0
        self.duplicate_action.setEnabled(writable)
        self.up_action.setEnabled(writable and self._visible_row(row, -1) is not None)
        self.down_action.setEnabled(writable and self._visible_row(row, 1) is not None)

    # ------------------------------------------------------------------ form

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "module_combo"):
            self._fill_modules()
            self._apply_filter()
        if hasattr(self, "fields"):
            self._show_current()

    def _show_current(self, *, force: bool = False) -> None:
        inject = self.current()
        self._form_id = inject.id if inject is not None else None
        self.form.setEnabled(inject is not None)
        self.fields.set_enabled(inject is not None and not self.readonly)
        exercise = self.service.exercise
        teams = [(t.id, f"{t.code} — {t.name}", t.colour) for t in exercise.teams]
        objectives = [(o.id, f"{o.code} — {o.title}", None) for o in exercise.objectives]
        self.targets.set_items(teams, inject.target_team_ids if inject else ())
        self.objectives.set_items(objectives, inject.objective_ids if inject else ())
        if inject is None:
            self.ui.headingLabel.setText(self.tr("Select an inject to edit its text and targets"))
            self.fields.show(Inject("", 0, "", ""), force=True)
            return
        self.ui.headingLabel.setText(self.tr("Inject {0}: {1}").format(inject.number, inject.title))
        self.fields.show(inject, force=force)

    def _save_form(self, name: str, value: Any) -> None:
        inject = self.service.exercise.inject(self._form_id)
        if inject is None or self.readonly:
            return
        edited = dataclasses.replace(inject, **{name: value})
        if edited == inject and not self._is_marked(name):
            return
        problem = self.save(inject, edited)
        if name in FORM_FIELDS:
            self.fields.mark(name, problem)
        if problem is not None and name not in FORM_FIELDS:
            self._show_current(force=True)  # put the checks back as stored

    def _is_marked(self, name: str) -> bool:
        return name in FORM_FIELDS and self.fields.is_marked(name)

    # ----------------------------------------------------------------- slots

    def _on_self_current_changed(self, inject: Inject | None) -> None:
        self._show_current(force=True)

    def _on_fields_field_edited(self, name: str) -> None:
        self._save_form(name, self.fields.value(name))

    def _on_targets_checks_edited(self, ids: tuple[str, ...]) -> None:
        self._save_form("target_team_ids", ids)

    def _on_objectives_checks_edited(self, ids: tuple[str, ...]) -> None:
        self._save_form("objective_ids", ids)

    def _on_module_combo_activated(self, _index: int) -> None:
        self._apply_filter()

    def _on_add_file_button_clicked(self) -> None:
        self.add_attachment()

    def add_attachment(self) -> None:
        """Asks for a file and adds its name to the selected inject's attachments."""
        inject = self.service.exercise.inject(self._form_id)
        if inject is None or self._dialogs is None or self.readonly:
            return
        path = self._dialogs.open_file(
            self, self.tr("Attach a file"), self.tr("Any file (*)")
        )  # fmt: skip
        if path is not None and path.name not in inject.attachments:
            self._save_form("attachments", (*self.fields.value("attachments"), path.name))
            self._show_current(force=True)

    def _on_duplicate_action_triggered(self) -> None:
        self.duplicate()

    def _on_up_action_triggered(self) -> None:
        self.move_by(-1)

    def _on_down_action_triggered(self) -> None:
        self.move_by(1)

    def _module_options(self) -> list[tuple[str, Any]]:
        return [(f"{m.number} — {m.title}", m.id) for m in self.service.exercise.modules]


def time_order_position(injects: Sequence[Inject], edited: Inject) -> int | None:
    """Where ``edited`` goes in the MSEL order (counted without it) so that its module's
    injects stay in time order; None where it already stands in order."""
    old = next((n for n, i in enumerate(injects) if i.id == edited.id), None)
    if old is None:
        return None
    others = [i for i in injects if i.id != edited.id]
    same = [(n, i) for n, i in enumerate(others) if i.module_id == edited.module_id]
    if not same:
        return None
    earlier = [i for n, i in same if n < old]
    later = [i for n, i in same if n >= old]
    if (not earlier or earlier[-1].planned_s <= edited.planned_s) and (
        not later or edited.planned_s <= later[0].planned_s
    ):
        return None
    after = next((n for n, i in same if i.planned_s > edited.planned_s), None)
    return after if after is not None else same[-1][0] + 1
