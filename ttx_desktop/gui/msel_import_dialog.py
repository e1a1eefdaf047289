"""File → Import MSEL spreadsheet…: the mapping dialog, its preview and problems, the import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from ttx_desktop.domain.model import Exercise
from ttx_desktop.errors import UserError
from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_mapping import Mapping
from ttx_desktop.formats.msel_plan import ImportPlan, default_title
from ttx_desktop.formats.msel_read import RawTable
from ttx_desktop.gui.background import ThreadJob
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.editors.delegates import ChoiceDelegate
from ttx_desktop.gui.editors.widgets import MessageStrip
from ttx_desktop.gui.forms.ui_msel_import_dialog import Ui_MselImportDialog
from ttx_desktop.gui.msel_import_models import (
    MappingModel,
    PreviewModel,
    ProblemsModel,
    Severity,
    field_labels,
)
from ttx_desktop.gui.msel_memory import remember_mapping, remembered_mapping
from ttx_desktop.gui.msel_sheet_picker import SheetPicker
from ttx_desktop.gui.undo_commands import AuthoringUndo
from ttx_desktop.gui.user_text import error_text, localized
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import EXTENSION


class MselImportDialog(QDialog):
    """Reads a spreadsheet off the UI thread, shows the guessed mapping (changeable), a
    preview of the first injects and every problem by row and column, and imports only when
    the user confirms: into the open exercise (one undoable step) or into a new file.

    Signals:
        loaded: the spreadsheet was read, or refused, and the dialog shows the outcome.
        planned: a changed mapping, sheet or target was checked again and is shown.
        imported(object): the ImportPlan's injects were added to the open exercise.
        created(Path): a new exercise file was written from the spreadsheet.
    """

    loaded = Signal()
    planned = Signal()
    imported = Signal(object)
    created = Signal(Path)

    def __init__(
        self,
        path: Path,
        session: Session | None,
        dialogs: Dialogs,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mselImportDialog")
        self.path = Path(path)
        self._session, self._dialogs, self._settings = session, dialogs, settings
        self.raw: RawTable | None = None
        self.mapping = Mapping(())
        self.plan: ImportPlan | None = None
        self.job: ThreadJob | None = None
        self.plan_job: ThreadJob | None = None
        self._generation = 0  # of the latest plan asked for
        self._planned_against: Exercise | None = None
        self.ui = Ui_MselImportDialog()
        self.ui.setupUi(self)
        self.message = MessageStrip()
        self.message.setObjectName("importMessage")
        self.ui.dialogLayout.insertWidget(2, self.message)
        self.import_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(self.import_button, QPushButton)
        self.import_button.setText(self.tr("&Import"))
        self.mapping_model = MappingModel(self)
        self.preview_model = PreviewModel(self)
        self.problems_model = ProblemsModel(self)
        self._setup_views()
        self._setup_target()
        self.sheets = SheetPicker(
            self.ui.sheetCombo, self.ui.sheetLabel, self.ui.sourceLayout, self
        )
        self.sheets.chosen.connect(self._on_sheets_chosen)
        self.ui.fileLabel.setText(self.tr("Spreadsheet: {0}").format(self.path.name))
        self.ui.fileLabel.setToolTip(str(self.path))
        self.sheets.show(None)
        self.mapping_model.field_chosen.connect(self._on_mapping_model_field_chosen)
        self.ui.intoOpenRadio.toggled.connect(self._on_target_toggled)
        self.ui.createTeamsCheck.toggled.connect(self._on_target_toggled)
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)

    # ------------------------------------------------------------------ setup

    def _setup_views(self) -> None:
        views: tuple[tuple[QTableView, QAbstractItemModel], ...] = (
            (self.ui.mappingView, self.mapping_model),
            (self.ui.previewView, self.preview_model),
            (self.ui.problemsView, self.problems_model),
        )
        for view, model in views:
            view.setModel(model)
            view.horizontalHeader().setHighlightSections(False)
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        labels = field_labels()
        self.ui.mappingView.setItemDelegateForColumn(
            MappingModel.Col.FIELD,
            ChoiceDelegate(lambda: [(text, f.value) for f, text in labels.items()], self),
        )
        self.ui.mappingView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        mapping_header = self.ui.mappingView.horizontalHeader()
        mapping_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mapping_header.setSectionResizeMode(MappingModel.Col.SAMPLE, QHeaderView.ResizeMode.Stretch)
        preview_header = self.ui.previewView.horizontalHeader()
        preview_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        preview_header.setSectionResizeMode(PreviewModel.Col.TITLE, QHeaderView.ResizeMode.Stretch)
        problems_header = self.ui.problemsView.horizontalHeader()
        problems_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        problems_header.setStretchLastSection(True)
        self.ui.topSplitter.setStretchFactor(0, 1)
        self.ui.topSplitter.setStretchFactor(1, 1)
        self.ui.tablesSplitter.setStretchFactor(0, 3)
        self.ui.tablesSplitter.setStretchFactor(1, 2)
        self.ui.tablesSplitter.setSizes([420, 220])

    def _setup_target(self) -> None:
        session = self._session
        if session is None:
            self.ui.intoOpenRadio.setText(self.tr("The open exercise (none is open)"))
            self.ui.intoOpenRadio.setEnabled(False)
        else:
            self.ui.intoOpenRadio.setText(
                self.tr("The &open exercise, “{0}” (Edit → Undo takes the import out)").format(
                    session.exercise.title
                )
            )
            if session.readonly:
                self.ui.intoOpenRadio.setEnabled(False)
                self.ui.intoOpenRadio.setToolTip(self.tr("The exercise is open read-only"))
        writable = session is not None and not session.readonly
        (self.ui.intoOpenRadio if writable else self.ui.newFileRadio).setChecked(True)
        self.ui.titleEdit.setEnabled(not writable)

    # ---------------------------------------------------------------- reading

    def start(self, sheet: str | Sequence[str] | None = None) -> ThreadJob:
        """Reads the spreadsheet (the sheet or sheets named, or those most like an MSEL) in a
        worker thread; ``loaded`` follows once the dialog shows what it holds or why not."""
        from ttx_desktop.formats.msel_file import read_table

        path = self.path
        self._busy(self.tr("Reading {0}…").format(path.name))
        self.job = ThreadJob(lambda: read_table(path, sheet))
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        return self.job.start()

    def _busy(self, text: str) -> None:
        self.import_button.setEnabled(False)
        self.sheets.set_enabled(False)
        self.ui.summaryLabel.setText(text)

    def _on_job_finished(self, raw: RawTable) -> None:
        self.raw = raw
        mapping, remembered = remembered_mapping(raw, self._settings)
        self.mapping = mapping
        notes = [localized(note) for note in raw.notes]  # the readers' words, translated
        if raw.title_lines:
            notes.insert(0, self.tr("Title above the table: {0}").format(raw.title_lines[0]))
        notes.append(self.tr("Header in row {0}").format(raw.header_line))
        for sheet, why in raw.sheets_aside:
            notes.append(self.tr("Sheet “{0}” set aside: {1}").format(sheet, localized(why)))
        if remembered:
            notes.append(self.tr("Columns taken as you chose for a sheet with these headers"))
        self.ui.notesLabel.setText(" · ".join(notes))
        self.ui.titleEdit.setText(default_title(raw))
        self.sheets.show(self.raw)
        self.message.show_message(None)
        self.mapping_model.set_table(raw, mapping)
        self._open_combos()
        self.planned.connect(self._on_first_plan)
        self._replan()

    def _on_first_plan(self) -> None:
        self.planned.disconnect(self._on_first_plan)
        self.loaded.emit()

    def _on_job_failed(self, error: BaseException) -> None:
        self.raw, self.plan = None, None
        self._generation += 1  # a plan still on its way is for another sheet
        text = _said(error, self.path)
        self.message.show_message(self.tr("Nothing can be imported from this file.") + "\n" + text)
        self.mapping_model.set_table(None, Mapping(()))
        self.preview_model.set_plan(None)
        self.problems_model.set_plan(None)
        self.ui.notesLabel.clear()
        self.sheets.show(self.raw)
        self.ui.summaryLabel.setText(
            self.tr("Choose another file, or save this one as .xlsx or CSV.")
        )
        self.import_button.setEnabled(False)
        self.loaded.emit()

    def _open_combos(self) -> None:
        view = self.ui.mappingView
        for row in range(self.mapping_model.rowCount()):
            view.openPersistentEditor(self.mapping_model.index(row, MappingModel.Col.FIELD))
        view.resizeColumnToContents(MappingModel.Col.FIELD)

    # --------------------------------------------------------------- planning

    def choose_field(self, column: int, field: Field) -> None:
        """Takes the sheet's column at ``column`` (from 0) as ``field``, as its list would."""
        self.mapping = self.mapping.with_field_at(column, field)
        self.mapping_model.set_mapping(self.mapping)
        self._replan()

    def into_open(self) -> bool:
        return self.ui.intoOpenRadio.isChecked() and self._session is not None

    def _replan(self) -> ThreadJob | None:
        """Plans the import again in a worker thread (a long MSEL takes seconds); ``planned``
        follows when the dialog shows it. A plan overtaken by a newer one is dropped."""
        self.ui.titleEdit.setEnabled(not self.into_open())
        if self.raw is None:
            return None
        self._generation += 1
        generation, work = self._generation, self._planner()
        self.import_button.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("Checking the rows…"))
        # No parent, and slots that are methods: a dialog closed meanwhile is simply not told.
        job = ThreadJob(work)
        job.setObjectName(f"plan-{generation}")
        job.finished.connect(self._on_plan_job_finished)
        job.failed.connect(self._on_plan_job_failed)
        self.plan_job = job
        return job.start()

    def _planner(self) -> Callable[[], ImportPlan]:
        from ttx_desktop.formats.msel_import import plan_import

        raw, mapping = self.raw, self.mapping
        assert raw is not None
        exercise = self._session.exercise if self.into_open() and self._session else None
        create_teams = self.ui.createTeamsCheck.isChecked()
        self._planned_against = exercise
        return lambda: plan_import(raw, mapping, exercise, create_teams=create_teams)

    def _is_latest(self) -> bool:
        job = self.sender()
        return job is not None and job.objectName() == f"plan-{self._generation}"

    def _on_plan_job_finished(self, plan: ImportPlan) -> None:
        if self._is_latest():
            self._show_plan(plan)
            self.planned.emit()

    def _on_plan_job_failed(self, error: BaseException) -> None:
        if not self._is_latest():
            return
        self.plan = None
        self.message.show_message(_said(error, self.path))
        self.ui.summaryLabel.clear()
        self.planned.emit()

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        # What the headless import warns of, said at the top before the rows' problems.
        said = [localized(w) for w in plan.column_warnings]
        self.message.show_message("\n".join(said) if said else None)
        self.preview_model.set_plan(plan)
        self.problems_model.set_plan(plan)
        self._fit_preview()
        self.ui.problemsGroup.setTitle(self._problems_title())
        self.ui.summaryLabel.setText(self._summary(plan))
        count = len(plan.injects)
        text = self.tr("&Import {0} injects") if count != 1 else self.tr("&Import {0} inject")
        self.import_button.setText(text.format(count))
        self.import_button.setEnabled(plan.ok)

    def _fit_preview(self) -> None:
        """Fits the preview's columns to what they show, none wider than a third of it."""
        view = self.ui.previewView
        widest = max(120, view.viewport().width() // 3)
        for column in PreviewModel.Col:
            if column is not PreviewModel.Col.TITLE:
                view.resizeColumnToContents(column)
                view.setColumnWidth(column, min(view.columnWidth(column), widest))

    def _problems_title(self) -> str:
        counts = self.problems_model.counts()
        return self.tr("Problems — errors: {0} · warnings: {1} · rows left out: {2}").format(
            counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.LEFT_OUT]
        )

    def _summary(self, plan: ImportPlan) -> str:
        if plan.errors:
            count = self.tr("1 problem") if len(plan.errors) == 1 else self.tr("{0} problems")
            return self.tr(
                "{0} to fix before anything is imported: take a column as something else "
                "above, or correct the sheet and import it again."
            ).format(count.format(len(plan.errors)))
        if not plan.injects:
            return self.tr("The sheet holds no injects to import.")
        one = len(plan.injects) == 1
        parts = [(self.tr("Adds 1 inject") if one else self.tr("Adds {0} injects")).format(
            len(plan.injects)
        )]  # fmt: skip
        if plan.new_modules:
            parts.append(self.tr("{0} new modules").format(len(plan.new_modules)))
        if plan.new_teams:
            names = ", ".join(t.name for t in plan.new_teams[:5])
            more = ", …" if len(plan.new_teams) > 5 else ""
            parts.append(self.tr("{0} new teams ({1})").format(len(plan.new_teams), names + more))
        if plan.new_objectives:
            parts.append(self.tr("{0} new objectives").format(len(plan.new_objectives)))
        return ", ".join(parts) + ". " + self.tr("Nothing is written until you import.")

    # -------------------------------------------------------------- importing

    def import_now(self) -> bool:
        """Imports as the dialog shows; True when done (the dialog then closes)."""
        plan = self.plan
        if plan is None or (self.plan_job is not None and self.plan_job.running):
            return False
        if self.into_open() and self._planned_against is not self._session_exercise():
            self._generation += 1  # the exercise changed meanwhile: plan again, now
            plan = self._planner()()
            self._show_plan(plan)
        if not plan.ok:
            return False
        try:
            if self.into_open():
                self._import_into_open(plan)
            elif not self._create(plan):
                return False
        except (UserError, OSError) as exc:
            self.message.show_message(self.tr("Nothing was imported. {0}").format(error_text(exc)))
            return False
        remember_mapping(self.mapping, self._settings)
        self.accept()
        return True

    def _session_exercise(self) -> Exercise | None:
        return self._session.exercise if self._session is not None else None

    def _import_into_open(self, plan: ImportPlan) -> None:
        session = self._session
        assert session is not None
        window = self.parentWidget()

        def undo_failed(text: str) -> None:
            self._dialogs.error(window, self.tr("Cannot undo or redo"), text)

        AuthoringUndo(session.authoring, session.undo_stack, undo_failed).import_plan(plan)
        self.imported.emit(plan)

    def _create(self, plan: ImportPlan) -> bool:
        from ttx_desktop.storage.exercise_file import ExerciseFile

        suggested = self.path.with_suffix(EXTENSION)
        target = self._dialogs.save_file(
            self, self.tr("New exercise from the MSEL"), self.tr("Exercises (*.ttxdb)"),
            str(suggested),
        )  # fmt: skip
        if target is None:
            return False
        if target.suffix.lower() != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        if target.exists():  # an exercise file is never replaced from here
            raise UserError(self.tr("already exists; choose another name"), path=target)
        title = self.ui.titleEdit.text().strip() or plan.exercise.title
        ExerciseFile.create(target, plan.result(title)).close()
        self.created.emit(target)
        return True

    # ----------------------------------------------------------------- slots

    def _on_mapping_model_field_chosen(self, column: int, field: object) -> None:
        if isinstance(field, Field):
            self.choose_field(column, field)

    def _on_sheets_chosen(self, sheets: object) -> None:
        if isinstance(sheets, str | list):
            self.start(sheets)

    def _on_target_toggled(self, _checked: bool) -> None:
        self._replan()

    def _on_button_box_accepted(self) -> None:
        self.import_now()


def _said(error: BaseException, path: Path) -> str:
    """An error in words: our own message, or (for a bug in a reader) what happened where;
    never a crash of the window."""
    if isinstance(error, UserError):
        return error_text(error)
    return _tr("{0}: cannot be read ({1}: {2})").format(path, type(error).__name__, error)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MselImportDialog", text)
