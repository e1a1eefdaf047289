"""The MSEL as a table model, with the filters the run view offers (module, team, state, text)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QColor, QFont, QPixmap

from ttx_desktop.domain import schedule
from ttx_desktop.domain.model import Exercise, Inject
from ttx_desktop.domain.schedule import InjectState, ScheduleNow
from ttx_desktop.exporters.timeline_painter import STATE_COLOURS, state_label
from ttx_desktop.gui.local_time import time_text
from ttx_desktop.gui.run_look import chips_pixmap, plain_tooltip
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.timeline_service import TimelineService

Index = QModelIndex | QPersistentModelIndex

INJECT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STATE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
MODULE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
TEAMS_ROLE = int(Qt.ItemDataRole.UserRole) + 4
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 5
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 6

STATE_ORDER = {state: n for n, state in enumerate(InjectState)}
ROW_TINT_ALPHA = 48


class Column(enum.IntEnum):
    NUMBER = 0
    PLANNED = 1
    SCENARIO = 2
    TITLE = 3
    TO = 4
    METHOD = 5
    STATUS = 6


COLUMNS = tuple(Column)  # by position: Column(n) costs an enum lookup in every data() call
_PLAIN_TEXT: dict[Column, Callable[[Inject], str]] = {
    Column.NUMBER: lambda i: str(i.number),
    Column.SCENARIO: lambda i: i.scenario_time,
    Column.TITLE: lambda i: i.title,
}


class MselModel(QAbstractTableModel):
    """The injects as the run view's MSEL table, read from the timeline service.

    The model resets when the exercise changes (the session's ``changed``, or the timeline's
    own when there is no session); ``refresh_states`` (called by the
    panel's timer) updates only the rows whose derived state moved on with the clock.
    """

    def __init__(
        self,
        timeline: TimelineService,
        parent: QObject | None = None,
        *,
        changed: SignalInstance | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._exercise: Exercise = timeline.exercise()
        self._injects: list[Inject] = []
        self._now = ScheduleNow()
        self._states: dict[str, InjectState] = {}
        self._pixmaps: dict[tuple[str, ...], QPixmap] = {}
        from ttx_desktop.gui.inject_labels import method_labels

        self._methods = method_labels()  # in the language of the day: views are rebuilt on change
        self._handlers = self._make_handlers()
        self._load()
        (changed if changed is not None else timeline.changed).connect(self._on_changed)

    # ------------------------------------------------------------ loading

    def _load(self) -> None:
        self._exercise = self._timeline.exercise()
        modules = {m.id: n for n, m in enumerate(self._exercise.modules)}
        self._injects = sorted(
            self._exercise.injects,
            key=lambda i: (modules.get(i.module_id, len(modules)), i.position, i.number),
        )
        self._now = self._timeline.now()
        self._states = self._timeline.states(self._now)

    def _on_changed(self, changes: OpChanges) -> None:
        if not changes.exercise:
            return
        self.beginResetModel()
        self._pixmaps.clear()
        self._load()
        self.endResetModel()

    def refresh_states(self) -> None:
        """Re-derives the states against the clock; announces the rows that changed."""
        self._now = self._timeline.now()
        states = self._timeline.states(self._now)
        changed = [
            row
            for row, inject in enumerate(self._injects)
            if states.get(inject.id) != self._states.get(inject.id)
        ]
        self._states = states
        if changed:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))

    # ----------------------------------------------------------- lookups

    def inject_at(self, row: int) -> Inject | None:
        return self._injects[row] if 0 <= row < len(self._injects) else None

    def row_of(self, inject_id: str) -> int | None:
        return next((n for n, i in enumerate(self._injects) if i.id == inject_id), None)

    def state(self, inject_id: str) -> InjectState:
        return self._states.get(inject_id, InjectState.UPCOMING)

    # ------------------------------------------------------------- model

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._injects)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Planned"),
                self.tr("Scenario time"),
                self.tr("Title"),
                self.tr("To"),
                self.tr("Method"),
                self.tr("Status"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._injects):
            return None
        handler = self._handlers.get(int(role))
        if handler is None:
            return None
        inject = self._injects[index.row()]
        return handler(inject, COLUMNS[index.column()], self.state(inject.id))

    def _make_handlers(self) -> dict[int, Callable[[Inject, Column, InjectState], Any]]:
        role = Qt.ItemDataRole
        return {
            int(role.DisplayRole): self._display,
            int(role.ToolTipRole): self._tooltip,
            int(role.DecorationRole): self._decoration,
            int(role.FontRole): self._font,
            int(role.BackgroundRole): self._background,
            int(role.ForegroundRole): self._foreground,
            int(role.TextAlignmentRole): self._alignment,
            INJECT_ID_ROLE: lambda i, _c, _s: i.id,
            STATE_ROLE: lambda _i, _c, s: s.value,
            MODULE_ROLE: lambda i, _c, _s: i.module_id,
            TEAMS_ROLE: lambda i, _c, _s: list(i.target_team_ids),
            SEARCH_ROLE: self._search_text,
            SORT_ROLE: self._sort_key,
        }

    def _display(self, inject: Inject, column: Column, state: InjectState) -> str:
        # Only the column asked for: fitting the columns at start asks thousands of times.
        if column is Column.PLANNED:
            module = self._exercise.module(inject.module_id)
            planned = schedule.planned_text(inject, module)
            return self.tr("{0} (pinned)").format(planned) if inject.pinned else planned
        if column is Column.TO:
            return ", ".join(self._team_codes(inject))
        if column is Column.METHOD:
            return self._methods[inject.method]
        if column is Column.STATUS:
            return self._status_text(inject, state)
        return _PLAIN_TEXT[column](inject)

    def _status_text(self, inject: Inject, state: InjectState) -> str:
        if state is InjectState.RELEASED and inject.released_at is not None:
            at = time_text(inject.released_at, seconds=False)
            return self.tr("Released {0}").format(at)
        return state_label(state)

    @staticmethod
    def _search_text(inject: Inject, _column: Column, _state: InjectState) -> str:
        parts = (str(inject.number), inject.title, inject.text, inject.source, inject.scenario_time)
        return " ".join(parts).casefold()

    @staticmethod
    def _background(_inject: Inject, _column: Column, state: InjectState) -> QColor | None:
        if state not in (InjectState.DUE, InjectState.OVERDUE):
            return None
        tint = QColor(STATE_COLOURS[state])
        tint.setAlpha(ROW_TINT_ALPHA)
        return tint

    @staticmethod
    def _foreground(_inject: Inject, _column: Column, state: InjectState) -> QColor | None:
        return QColor("#8A939E") if state is InjectState.SKIPPED else None

    @staticmethod
    def _alignment(_inject: Inject, column: Column, _state: InjectState) -> int | None:
        if column is Column.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _team_codes(self, inject: Inject) -> list[str]:
        teams = (self._exercise.team(t) for t in inject.target_team_ids)
        return [t.code for t in teams if t is not None]

    def _tooltip(self, inject: Inject, column: Column, state: InjectState) -> str | None:
        if column is Column.TITLE:
            return plain_tooltip(f"{inject.title}\n\n{inject.text}".strip())
        if column is Column.TO:
            teams = (self._exercise.team(t) for t in inject.target_team_ids)
            return plain_tooltip("\n".join(t.name for t in teams if t is not None))
        if column is Column.PLANNED:
            lines = [
                self.tr("{0} on the module's clock").format(
                    schedule.format_t_offset(inject.planned_s)
                )
            ]
            if inject.pinned:
                lines = [self.tr("Pinned to {0} on the wall clock").format(inject.pinned)]
            expected = schedule.expected_time_of_day(inject, self._now)
            if state.is_open and expected:
                lines.append(self.tr("Expected at about {0} at the current pace").format(expected))
            return plain_tooltip("\n".join(lines))
        return None

    def _decoration(self, inject: Inject, column: Column, state: InjectState) -> QPixmap | None:
        if column is Column.TO:
            teams = (self._exercise.team(t) for t in inject.target_team_ids)
            return self._chips(tuple(t.colour for t in teams if t is not None))
        if column is Column.STATUS:
            return self._chips((STATE_COLOURS[state],))
        return None

    def _chips(self, colours: tuple[str, ...]) -> QPixmap | None:
        if not colours:
            return None
        if colours not in self._pixmaps:
            self._pixmaps[colours] = chips_pixmap(colours, _device_ratio())
        return self._pixmaps[colours]

    @staticmethod
    def _font(_inject: Inject, column: Column, state: InjectState) -> QFont | None:
        if column is Column.TITLE and state is InjectState.SKIPPED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if column is Column.STATUS and state in (InjectState.DUE, InjectState.OVERDUE):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _sort_key(self, inject: Inject, column: Column, state: InjectState) -> Any:
        if column is Column.NUMBER:
            return inject.number
        if column is Column.PLANNED:
            modules = [m.id for m in self._exercise.modules]
            rank = modules.index(inject.module_id) if inject.module_id in modules else len(modules)
            return rank * 1e7 + schedule.axis_s(inject, self._exercise.module(inject.module_id))
        if column is Column.STATUS:
            return STATE_ORDER[state]
        return self._display(inject, column, state).casefold()


def _device_ratio() -> float:
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


class MselFilterModel(QSortFilterProxyModel):
    """Shows the MSEL rows of one module, team and set of states that match a search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._module_id: str | None = None
        self._team_id: str | None = None
        self._states: frozenset[str] | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        *,
        module_id: str | None = None,
        team_id: str | None = None,
        states: frozenset[InjectState] | None = None,
        text: str = "",
    ) -> None:
        """Replaces every filter at once; None means "any"."""
        self.beginFilterChange()
        self._module_id, self._team_id = module_id, team_id
        self._states = None if states is None else frozenset(s.value for s in states)
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._module_id is not None and index.data(MODULE_ROLE) != self._module_id:
            return False
        teams = index.data(TEAMS_ROLE) or []
        if self._team_id is not None and teams and self._team_id not in teams:
            return False  # an inject with no targets goes to every team
        if self._states is not None and index.data(STATE_ROLE) not in self._states:
            return False
        return not self._text or self._text in (index.data(SEARCH_ROLE) or "")
