"""Item models of the MSEL import dialog: the sheet's columns, the preview, the problems."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ttx_desktop.domain.model import Exercise, ExerciseDetails, Inject
from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_mapping import Mapping
from ttx_desktop.formats.msel_plan import ImportPlan
from ttx_desktop.formats.msel_read import RawTable, blank
from ttx_desktop.formats.msel_values import cell_text
from ttx_desktop.formats.times import parse_time_of_day
from ttx_desktop.gui.editors.inject_columns import planned_text
from ttx_desktop.gui.inject_labels import method_labels, status_labels
from ttx_desktop.gui.user_text import localized

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 200  # the preview shows the first rows; the summary counts them all
SAMPLE_CHARS = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("MselImport", text)


def field_labels() -> dict[Field, str]:
    """What each field a column may be taken as is called in the dialog, in menu order."""
    return {
        Field.KEEP: _tr("Keep in the notes"),
        Field.IGNORE: _tr("Leave out"),
        Field.NUMBER: _tr("Number"),
        Field.TIME: _tr("Planned time"),
        Field.OFFSET: _tr("Time from the start (T+)"),
        Field.DAY: _tr("Day or date"),
        Field.MODULE: _tr("Module"),
        Field.MODULE_TITLE: _tr("Module title"),
        Field.TITLE: _tr("Title"),
        Field.TEXT: _tr("Inject text"),
        Field.SOURCE: _tr("From"),
        Field.TARGETS: _tr("To (teams)"),
        Field.METHOD: _tr("Delivery method"),
        Field.EXPECTED: _tr("Expected actions"),
        Field.OBJECTIVES: _tr("Objectives"),
        Field.NOTES: _tr("Facilitator notes"),
        Field.STATUS: _tr("Status"),
        Field.SCENARIO_TIME: _tr("Scenario time"),
        Field.PINNED: _tr("Pinned to a time of day"),
        Field.RELEASED: _tr("Released (exercise clock)"),
        Field.RELEASED_AT: _tr("Released at (date and time)"),
        Field.ATTACHMENTS: _tr("Attachments"),
    }


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


class MappingModel(QAbstractTableModel):
    """One row per column of the sheet: its letter, header, first value and the field it is
    taken as; the field is edited through the EditRole (a Field value such as "title").

    Signals:
        field_chosen(int, object): the user took the column at this index as a Field.
    """

    field_chosen = Signal(int, object)

    class Col(enum.IntEnum):
        LETTER = 0
        HEADER = 1
        SAMPLE = 2
        FIELD = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mapping = Mapping(())
        self._samples: list[str] = []
        self._labels = field_labels()

    def set_table(self, raw: RawTable | None, mapping: Mapping) -> None:
        self.beginResetModel()
        self._mapping = mapping
        self._samples = [_sample(raw, n) for n in range(len(mapping.columns))]
        self.endResetModel()

    def set_mapping(self, mapping: Mapping) -> None:
        """Shows a changed mapping of the same columns."""
        self._mapping = mapping
        if self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, self.Col.FIELD), self.index(last, self.Col.FIELD))

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._mapping.columns)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (_tr("Column"), _tr("Header"), _tr("First value"), _tr("Taken as"))
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.Col.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._mapping.columns):
            return None
        column = self._mapping.columns[index.row()]
        col = index.column()
        field = column.field or Field.KEEP
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                column.letter,
                column.header,
                self._samples[index.row()],
                self._labels.get(field, field.value),
            )[col]
        if role == Qt.ItemDataRole.EditRole and col == self.Col.FIELD:
            return field.value
        if role == Qt.ItemDataRole.ToolTipRole and col == self.Col.FIELD:
            if column.field is None:
                return _tr("Not recognised: each row's value is kept in the inject's notes")
            if column.confidence < 1:
                return _tr("A guess from the header's words")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.Col.FIELD:
            return False
        try:
            field = Field(str(value))
        except ValueError:
            return False
        self.field_chosen.emit(index.row(), field)
        return True


def _sample(raw: RawTable | None, index: int) -> str:
    """The first value under a column, for recognising what it holds."""
    if raw is None:
        return ""
    for row in raw.rows:
        value = row.cell(index)
        if not blank(value):
            return _short(cell_text(value))
    return ""


class PreviewModel(QAbstractTableModel):
    """The first injects as they would be imported, with the spreadsheet row of each."""

    class Col(enum.IntEnum):
        ROW = 0
        NUMBER = 1
        MODULE = 2
        TIME = 3
        TITLE = 4
        TARGETS = 5
        METHOD = 6
        STATUS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Inject]] = []
        self._exercise = Exercise(ExerciseDetails(id="", title=""))
        self._methods = method_labels()
        self._states = status_labels()

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        if plan is None:
            self._rows = []
        else:
            self._exercise = plan.result()
            self._rows = list(zip(plan.lines, plan.injects, strict=True))[:PREVIEW_ROWS]
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (_tr("Row"), _tr("No."), _tr("Module"), _tr("Planned"), _tr("Title"),
                      _tr("To"), _tr("Method"), _tr("Status"))  # fmt: skip
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line, inject = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.column(), line, inject)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.Col.TITLE:
            return inject.text or inject.title
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            self.Col.ROW, self.Col.NUMBER, self.Col.TIME,
        ):  # fmt: skip
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, column: int, line: int, inject: Inject) -> str:
        ex = self._exercise
        module = ex.module(inject.module_id)
        start = parse_time_of_day(module.start) if module else None
        teams = {t.id: t.code for t in ex.teams}
        texts: dict[int, Callable[[], str]] = {
            self.Col.ROW: lambda: str(line),
            self.Col.NUMBER: lambda: str(inject.number),
            self.Col.MODULE: lambda: f"{module.number}. {module.title}" if module else "",
            self.Col.TIME: lambda: inject.pinned or planned_text(inject.planned_s, start),
            self.Col.TITLE: lambda: inject.title,
            self.Col.TARGETS: lambda: ", ".join(teams.get(t, "?") for t in inject.target_team_ids),
            self.Col.METHOD: lambda: self._methods.get(inject.method, inject.method.value),
            self.Col.STATUS: lambda: self._states.get(inject.status, inject.status.value),
        }
        return texts[column]() if column in texts else ""


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    LEFT_OUT = "left out"


class ProblemsModel(QAbstractTableModel):
    """What is wrong, row by row: errors (nothing can be imported until they are fixed),
    warnings (imported as said), and rows left out (headings, repeated headers)."""

    class Col(enum.IntEnum):
        ROW = 0
        COLUMN = 1
        MESSAGE = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[Severity, int | None, str, str]] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        items: list[tuple[Severity, int | None, str, str]] = []
        if plan is not None:
            items += [(Severity.ERROR, p.line, p.field, localized(p.message)) for p in plan.errors]
            items += [
                (Severity.WARNING, p.line, p.field, localized(p.message)) for p in plan.warnings
            ]
            items += [
                (Severity.LEFT_OUT, s.line, "", _left_out(s.reason, s.text))
                for s in plan.skipped
                if s.reason != "untitled row"  # its warning says so already
            ]
        self._items = items
        self.endResetModel()

    def counts(self) -> dict[Severity, int]:
        out = dict.fromkeys(Severity, 0)
        for severity, *_rest in self._items:
            out[severity] += 1
        return out

    def item(self, row: int) -> tuple[Severity, int | None, str, str]:
        return self._items[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._items)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (_tr("Row"), _tr("Column"), _tr("Problem"))
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        severity, line, column, message = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return ("" if line is None else str(line), column, message)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.Col.ROW:
            return _icon(severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {Severity.ERROR: _tr("Error: fix it in the sheet or change the mapping"),
                    Severity.WARNING: _tr("Warning: imported as said"),
                    Severity.LEFT_OUT: _tr("Not an inject: left out")}[severity]  # fmt: skip
        return None


def _left_out(reason: str, text: str) -> str:
    reasons = {
        "section heading": _tr("section heading, left out"),
        "repeated header": _tr("repeated header row, left out"),
        "untitled row": _tr("no title and no text, left out"),
    }
    said = reasons.get(reason, reason)
    return f"{said}: {text}" if text else said


def _icon(severity: Severity) -> QIcon:
    pixmap = {
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.LEFT_OUT: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[severity]
    style = QApplication.style()
    return style.standardIcon(pixmap) if style is not None else QIcon()
