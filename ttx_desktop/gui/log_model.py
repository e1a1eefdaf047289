"""The live log as a lazily loaded table model, kept current by the log service's signals."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ttx_desktop.domain.model import EntryKind, Exercise, Inject, LogEntry, Module, Objective, Team
from ttx_desktop.errors import UserError
from ttx_desktop.gui.local_time import date_time_text, time_text
from ttx_desktop.gui.log_labels import (
    TAG_COLOURS,
    format_clock,
    inject_label,
    kind_label,
    one_line,
    plain_tooltip,
    tag_label,
)
from ttx_desktop.gui.translate_noop import QT_TRANSLATE_NOOP
from ttx_desktop.gui.user_text import detail_text, error_text
from ttx_desktop.services.log_service import LogService
from ttx_desktop.storage.errors import DamagedFile
from ttx_desktop.storage.log_query import PAGE, LogFilter, LogQuery, LogRow

Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[str, dict[str, Any]], object]


class LogModel(QAbstractTableModel):
    """Log entries matching a LogFilter, a page at a time (canFetchMore / fetchMore).

    New, edited, deleted and restored entries are put in place, taken out or redrawn from
    the LogService's signals without a reset; changing the filter re-queries.

    Signals:
        failed(str): an edit typed into a cell was refused or not written, or the file
            could not be read; the message says what happened.
        damaged(str): the file holds an entry that cannot be read; the message names the
            file and the way back (the view keeps what it read before).
        count_changed(int): the number of entries matching the filter changed.
    """

    failed = Signal(str)
    damaged = Signal(str)
    count_changed = Signal(int)

    TIME, CLOCK, TEAM, KIND, TAG, OBJECTIVE, INJECT, TEXT, AUTHOR, EDITED = range(10)
    HEADERS = (
        QT_TRANSLATE_NOOP("LogModel", "Time"),
        QT_TRANSLATE_NOOP("LogModel", "Clock"),
        QT_TRANSLATE_NOOP("LogModel", "Team"),
        QT_TRANSLATE_NOOP("LogModel", "Kind"),
        QT_TRANSLATE_NOOP("LogModel", "Tag"),
        QT_TRANSLATE_NOOP("LogModel", "Objective"),
        QT_TRANSLATE_NOOP("LogModel", "Inject"),
        QT_TRANSLATE_NOOP("LogModel", "Text"),
        QT_TRANSLATE_NOOP("LogModel", "Author"),
        "",
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("LogModel", "Wall-clock time the entry was logged"),
        QT_TRANSLATE_NOOP(
            "LogModel", "Exercise clock of the module running when the entry was logged"
        ),
        QT_TRANSLATE_NOOP("LogModel", "Team"),
        QT_TRANSLATE_NOOP("LogModel", "Kind of entry"),
        QT_TRANSLATE_NOOP(
            "LogModel", "Tagged by a reviewer as a strength or an area for improvement"
        ),
        QT_TRANSLATE_NOOP(
            "LogModel", "The objective the entry speaks to; the report lists it under that one"
        ),
        QT_TRANSLATE_NOOP("LogModel", "The inject the entry answers"),
        QT_TRANSLATE_NOOP("LogModel", "What was recorded"),
        QT_TRANSLATE_NOOP("LogModel", "Who recorded it"),
        QT_TRANSLATE_NOOP("LogModel", "Edited entries keep their history"),
    )
    EDITABLE: ClassVar[dict[int, str]] = {
        TEXT: "text",
        KIND: "kind",
        TEAM: "team_id",
        INJECT: "inject_id",
        OBJECTIVE: "objective_id",
    }
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        query: LogQuery,
        log: LogService,
        exercise: Exercise,
        *,
        page_size: int = PAGE,
        edit: Editor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._page_size = page_size
        self._edit: Editor = edit or (lambda entry_id, changes: log.edit(entry_id, **changes))
        self._filter = LogFilter()
        self._rows: list[LogRow] = []
        self._exhausted = True
        self._count = 0
        self._readonly = False
        self._read_failed = False
        self.damage = ""  # the last damage found, for a view connected after it was found
        self._teams: dict[str, Team] = {}
        self._injects: dict[str, Inject] = {}
        self._modules: dict[str, Module] = {}
        self._objectives: dict[str, Objective] = {}
        self._index(exercise)
        self._roles: dict[int, Callable[[LogRow, int], object]] = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.EditRole: self._edit_value,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.DecorationRole: self._decoration,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
        }
        log.entry_logged.connect(self._on_log_entry_logged)  # methods, not lambdas: Qt
        # disconnects them when the model goes, and the session's services outlive panels
        for signal in (log.entry_edited, log.entry_deleted, log.entry_restored):
            signal.connect(self._on_log_entry_changed)
        self._reload()

    # ---------------------------------------------------------------- filters

    @property
    def filter(self) -> LogFilter:
        return self._filter

    def set_filter(self, flt: LogFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._reload()

    def refilter(self, **changes: Any) -> None:
        """Changes some fields of the filter (team_ids, kinds, search...) and re-queries."""
        self.set_filter(dataclasses.replace(self._filter, **changes))

    def set_exercise(self, exercise: Exercise) -> None:
        """Team names, colours and inject titles as they now stand."""
        self._index(exercise)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _index(self, exercise: Exercise) -> None:
        self._exercise = exercise
        self._teams = {t.id: t for t in exercise.teams}
        self._injects = {i.id: i for i in exercise.injects}
        self._modules = {m.id: m for m in exercise.modules}
        self._objectives = {o.id: o for o in exercise.objectives}

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly

    def matching_count(self) -> int:
        """How many entries match the filter, loaded or not."""
        return self._count

    # ---------------------------------------------------------------- lookups

    def entry_at(self, row: int | Index) -> LogEntry | None:
        number = row if isinstance(row, int) else row.row()
        return self._rows[number].entry if 0 <= number < len(self._rows) else None

    def row_of(self, entry_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.entry.id == entry_id), None)

    def choices(self, column: int) -> list[tuple[str, str]]:
        """(label, value) pairs a cell of ``column`` may be set to; value "" means none."""
        if column == self.KIND:
            return [(kind_label(k), k.value) for k in EntryKind]
        if column == self.TEAM:
            none = self.tr("No team")
            return [(none, ""), *((t.name, t.id) for t in self._exercise.teams)]
        if column == self.OBJECTIVE:
            none = self.tr("No objective")
            return [
                (none, ""),
                *((f"{o.code}. {o.title}", o.id) for o in self._exercise.objectives),
            ]
        if column == self.INJECT:
            none = self.tr("No inject")
            injects = sorted(self._exercise.injects, key=lambda i: i.number)
            return [(none, ""), *((inject_label(i), i.id) for i in injects)]
        return []

    # ------------------------------------------------------------ Qt's model

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index | None = None) -> bool:
        return not (parent is not None and parent.isValid()) and not self._exhausted

    def fetchMore(self, parent: Index | None = None) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if self.HEADERS[section] else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(self.HEADER_TIPS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        entry = self._rows[index.row()].entry
        if index.column() in self.EDITABLE and not entry.deleted and not self._readonly:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.EntryRole:
            return row.entry
        show = self._roles.get(role)
        return show(row, index.column()) if show is not None else None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        entry = self._rows[index.row()].entry
        name = self.EDITABLE[index.column()]
        new: object = value
        if name in ("team_id", "inject_id", "objective_id"):
            new = str(value or "") or None  # "" in a choice means none
        elif name == "text":
            new = str(value or "").strip()
        if new == getattr(entry, name):
            return False
        try:
            self._edit(entry.id, {name: new})
        except UserError as exc:
            self.failed.emit(_message(exc))
            return False
        return True

    # --------------------------------------------------------------- display

    def _display(self, row: LogRow, column: int) -> str:
        entry = row.entry
        team = self._teams.get(entry.team_id or "")
        objective = self._objectives.get(entry.objective_id or "")
        if column == self.EDITED:
            if entry.deleted:
                return self.tr("deleted")
            return self.tr("edited") if row.edited else ""
        texts = {
            self.TIME: lambda: time_text(entry.logged_at),
            self.CLOCK: lambda: format_clock(entry.exercise_s),
            self.TEAM: lambda: team.code if team else "",
            self.KIND: lambda: kind_label(entry.kind, short=True),
            self.TAG: lambda: tag_label(entry.tag, short=True),
            self.OBJECTIVE: lambda: objective.code if objective else "",
            self.INJECT: lambda: inject_label(self._injects.get(entry.inject_id or "")),
            self.TEXT: lambda: one_line(entry.text),
            self.AUTHOR: lambda: entry.author,
        }
        return texts[column]() if column in texts else ""

    def _edit_value(self, row: LogRow, column: int) -> str | None:
        name = self.EDITABLE.get(column)
        value = getattr(row.entry, name) if name else None
        return None if name is None else str(value or "")

    def _tooltip(self, row: LogRow, column: int) -> str | None:
        entry = row.entry
        found: dict[int, str] = {self.TIME: date_time_text(entry.logged_at)}
        if entry.exercise_s is not None:
            found[self.TIME] += self.tr(", exercise clock {0}").format(
                format_clock(entry.exercise_s)
            )
        if module := self._modules.get(entry.module_id or ""):
            found[self.CLOCK] = self.tr("Module {0}: {1}").format(module.number, module.title)
        if team := self._teams.get(entry.team_id or ""):
            found[self.TEAM] = f"{team.name} ({team.code})"
        if inject := self._injects.get(entry.inject_id or ""):
            found[self.INJECT] = inject_label(inject)
        if entry.tag:
            found[self.TAG] = tag_label(entry.tag)
        if objective := self._objectives.get(entry.objective_id or ""):
            found[self.OBJECTIVE] = f"{objective.code}. {objective.title}"
        found[self.KIND] = kind_label(entry.kind)
        found[self.TEXT] = entry.text
        found[self.AUTHOR] = entry.author
        if row.edited or entry.deleted:
            found[self.EDITED] = self.tr("Changed after it was logged: Entry history shows how")
        text = found.get(column)
        return plain_tooltip(text) if text else None

    def _decoration(self, row: LogRow, column: int) -> QColor | None:
        entry = row.entry
        if column == self.TEAM and (team := self._teams.get(entry.team_id or "")):
            return QColor(team.colour)
        if column == self.TAG and entry.tag:
            return QColor(TAG_COLOURS[entry.tag])
        return None

    def _font(self, row: LogRow, column: int) -> QFont | None:
        if not row.entry.deleted and column != self.EDITED:
            return None
        font = QFont()
        font.setStrikeOut(row.entry.deleted and column != self.EDITED)
        font.setItalic(column == self.EDITED)
        return font

    def _foreground(self, row: LogRow, column: int) -> QColor | None:
        palette = QGuiApplication.palette()
        if row.entry.deleted:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column == self.EDITED:
            return palette.color(QPalette.ColorRole.PlaceholderText)
        return None

    # ---------------------------------------------------------------- loading

    def _next_page(self) -> list[LogRow]:
        after = self._rows[-1].entry if self._rows else None
        try:
            found = self._query.readable_page(self._filter, limit=self._page_size, after=after)
        except UserError as exc:
            self._exhausted = self._read_failed = True
            self._report(exc)
            return []
        if found.damage is not None:  # the good entries are shown, and why some are not
            self._report(found.damage)
        self._read_failed = found.damage is not None
        # A page of nothing but unreadable entries ends the reading: no endless fetching.
        self._exhausted = found.covered < self._page_size or not found.rows
        return found.rows

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._rows = self._next_page()
        self.endResetModel()
        # A first page shorter than a page holds every match: no second pass to count them.
        whole = self._exhausted and not self._read_failed
        self._recount(known=len(self._rows) if whole else None)

    def _recount(self, *, known: int | None = None) -> None:
        try:
            count = self._query.count(self._filter) if known is None else known
        except UserError:
            count = len(self._rows)
        self._count = count
        self.count_changed.emit(count)

    def _on_log_entry_logged(self, entry: LogEntry) -> None:
        self._on_log_entry_changed(entry, new=True)

    def _on_log_entry_changed(self, entry: LogEntry, *, new: bool = False) -> None:
        try:
            self._sync(entry.id, new=new)
        except UserError as exc:
            self._report(exc)

    def _report(self, exc: UserError) -> None:
        if isinstance(exc, DamagedFile):
            self.damage = damage_message(exc)
            self.damaged.emit(self.damage)
        else:
            self.failed.emit(_message(exc))

    def _sync(self, entry_id: str, *, new: bool = False) -> None:
        """Puts the entry where the filter now places it: redrawn, taken out or inserted."""
        old = self.row_of(entry_id)
        position = self._query.position(self._filter, entry_id)
        fresh = self._query.row(entry_id) if position is not None else None
        if old is not None and fresh is not None and position == old:
            self._rows[old] = fresh
            self.dataChanged.emit(self.index(old, 0), self.index(old, self.columnCount() - 1))
            return
        if old is not None:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._rows[old]
            self.endRemoveRows()
        loaded = len(self._rows)
        in_loaded = position is not None and (
            position < loaded or (position == loaded and self._exhausted)
        )
        if fresh is not None and position is not None and in_loaded:
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, fresh)
            self.endInsertRows()
        if new:  # a new entry adds one if it matches: no need to count a long log again
            self._count += fresh is not None
            self.count_changed.emit(self._count)
        else:
            self._recount()


def damage_message(exc: DamagedFile) -> str:
    """What a log view says of an entry it cannot read: which file, and the way back."""
    return QCoreApplication.translate(
        "LogModel",
        "Some log entries cannot be read, so the log may show fewer than the file holds: "
        "{0}. Nothing was changed. To go back to a good copy, use File → Restore from backup.",
    ).format(error_text(exc))


def _message(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        detail = detail_text(exc)
        return detail[:1].upper() + detail[1:]
    return QCoreApplication.translate(
        "LogModel", "The exercise file could not be used: {0}"
    ).format(exc)
