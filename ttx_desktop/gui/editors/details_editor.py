"""The exercise's own fields, from its title to its scenario, and which documents are final."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.errors import UserError
from ttx_desktop.gui.editors.form_binding import FormBinding
from ttx_desktop.gui.editors.widgets import MessageStrip
from ttx_desktop.gui.export_menu import titles
from ttx_desktop.gui.forms.ui_details_form import Ui_DetailsForm
from ttx_desktop.gui.undo_commands import AuthoringUndo
from ttx_desktop.gui.user_text import detail_text
from ttx_desktop.services.changes import OpChanges

LANGUAGES = ("en", "ru")


class DetailsEditor(QWidget):
    """A form of the exercise details; each field is stored when the user leaves it."""

    def __init__(self, undo: AuthoringUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsEditor")
        self._undo = undo
        self.form = QWidget()
        self.ui = Ui_DetailsForm()
        self.ui.setupUi(self.form)
        self.ui.languageCombo.addItems(LANGUAGES)
        self.message = MessageStrip()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        ui = self.ui
        self.fields = FormBinding(self)
        for name, line in (("title", ui.titleEdit), ("sponsor", ui.sponsorEdit),
                           ("venue", ui.venueEdit), ("caveat", ui.caveatEdit),
                           ("point_of_contact", ui.contactEdit)):  # fmt: skip
            self.fields.line(name, line)
        for name, text in (("purpose", ui.purposeEdit), ("scope", ui.scopeEdit),
                           ("scenario_summary", ui.summaryEdit)):  # fmt: skip
            self.fields.text(name, text)
        self.fields.lines("ground_rules", ui.rulesEdit)
        self.fields.lines("assumptions", ui.assumptionsEdit)
        self.fields.pairs("acronyms", ui.acronymsEdit)
        self.fields.date("start_date", ui.startDateEdit)
        self.fields.date("end_date", ui.endDateEdit)
        self.fields.combo_text("language", ui.languageCombo)
        self.final_boxes = self._documents_group()
        self.fields.unticked("draft_documents", self.documents_group, self.final_boxes)
        self.fields.set_enabled(not undo.service.readonly)
        self.fields.field_edited.connect(self._on_fields_field_edited)
        undo.changed.connect(self._on_session_changed)
        self.refresh()

    def _documents_group(self) -> dict[str, QCheckBox]:
        """Under "About the exercise": a box per document, ticked when it is final (one in
        the catalog, so a new document kind has its box)."""
        group = QGroupBox(self.tr("Documents marked final"))
        group.setObjectName("documentsGroup")
        layout = QGridLayout(group)
        note = QLabel(
            self.tr(
                "A document not marked final carries DRAFT in its header and on its cover. "
                "The minutes and the report start as drafts; the handouts are final."
            )
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(note, 0, 0, 1, 2)
        boxes: dict[str, QCheckBox] = {}
        for n, (kind, text) in enumerate(titles().items()):
            box = QCheckBox(text.replace("&", "").removesuffix("…"))
            box.setObjectName(f"final_{kind}")
            layout.addWidget(box, 1 + n // 2, n % 2)
            boxes[kind] = box
        column = QVBoxLayout()
        column.setSpacing(self.ui.columnsLayout.spacing())
        self.ui.columnsLayout.removeWidget(self.ui.aboutGroup)
        column.addWidget(self.ui.aboutGroup)
        column.addWidget(group)
        column.addStretch(1)
        self.ui.columnsLayout.insertLayout(0, column)
        self.documents_group = group
        return boxes

    def refresh(self) -> None:
        self.fields.show(self._undo.service.exercise.details)

    def commit(self, name: str) -> bool:
        """Stores one field from its widget; a refusal is marked on it and said below."""
        details = self._undo.service.exercise.details
        value = self.fields.value(name)
        if value == getattr(details, name) and not self.fields.is_marked(name):
            return True
        try:
            self._undo.details(dataclasses.replace(details, **{name: value}))
        except UserError as exc:
            self.fields.mark(name, detail_text(exc))
            self.message.show_message(self.tr("Not saved. {0}").format(detail_text(exc)))
            return False
        self.fields.mark(name, None)
        self.message.show_message(None)
        return True

    def _on_fields_field_edited(self, name: str) -> None:
        self.commit(name)

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self.refresh()
