"""The run view's MSEL: the injects as a table, filtered by module, team, state and text."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.domain.schedule import InjectState
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.empty_state import EmptyHint
from ttx_desktop.gui.inject_actions import InjectActions
from ttx_desktop.gui.msel_model import INJECT_ID_ROLE, Column, MselFilterModel, MselModel
from ttx_desktop.gui.panel import window_panel
from ttx_desktop.gui.translate_noop import QT_TRANSLATE_NOOP
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

TICK_MS = 250
# In a narrow dock these columns give up width, down to FLOOR_CHARS average characters each,
# until the title has TITLE_CHARS.
_SQUEEZABLE = (Column.SCENARIO, Column.TO, Column.METHOD, Column.STATUS)
TITLE_CHARS = 28
FLOOR_CHARS = 9
FIT_ROWS = 50  # columns fit the visible rows and this many more, not all of a long MSEL
OPEN = frozenset({InjectState.UPCOMING, InjectState.DUE, InjectState.OVERDUE})
STATUS_CHOICES: tuple[tuple[str, frozenset[InjectState] | None], ...] = (
    (QT_TRANSLATE_NOOP("MselPanel", "All states"), None),
    (QT_TRANSLATE_NOOP("MselPanel", "Open"), OPEN),
    (
        QT_TRANSLATE_NOOP("MselPanel", "Due or overdue"),
        frozenset({InjectState.DUE, InjectState.OVERDUE}),
    ),
    (QT_TRANSLATE_NOOP("MselPanel", "Upcoming"), frozenset({InjectState.UPCOMING})),
    (QT_TRANSLATE_NOOP("MselPanel", "Released"), frozenset({InjectState.RELEASED})),
    (QT_TRANSLATE_NOOP("MselPanel", "Skipped"), frozenset({InjectState.SKIPPED})),
)


@window_panel
class MselPanel(QWidget):
    """The injects of the open exercise as a sortable, filterable table.

    Signals:
        inject_selected(str): the user selected an inject in the table (its id).
    """

    shortcut_help: tuple[tuple[str, str], ...] = ()  # its keys are all in menus

    inject_selected = Signal(str)

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mselPanel")
        self._session = session
        self._actions = InjectActions(session, dialogs, self)
        self._selecting = False
        self._kept: str | None = None  # the selection across a model reset
        self._natural: dict[Column, int] = {}  # fitted widths of the columns that give way
        self.model = MselModel(session.timeline, self, changed=session.changed)
        self.proxy = MselFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters()
        self._build_view()
        filters = QHBoxLayout()
        filters.setContentsMargins(8, 6, 8, 0)
        filters.setSpacing(6)
        for combo in (self.module_combo, self.team_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        filters.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.empty_hint = EmptyHint(
            self.view,
            self.tr(
                "No injects yet. Write them under Prepare → Injects (MSEL), or start from an "
                "exercise definition or an MSEL spreadsheet (File menu). If filters are set "
                "above, clear them to see every inject."
            ),
        )
        self.actions_for_menu: list[tuple[str, QAction]] = []

        self.module_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.team_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        session.changed.connect(self._on_session_changed)
        self.model.modelAboutToBeReset.connect(self._on_model_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_model_reset)
        session.closed.connect(self._on_session_closed)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.model.refresh_states)
        self._timer.start()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self._fill_choices()

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 72)

    def _build_filters(self) -> None:
        self.module_combo = QComboBox()
        self.module_combo.setObjectName("mselModule")
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("mselTeam")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("mselStatus")
        for text, states in STATUS_CHOICES:
            self.status_combo.addItem(self.tr(text), states)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("mselSearch")
        self.search_edit.setPlaceholderText(self.tr("Search injects"))
        self.search_edit.setAccessibleName(self.tr("Search injects"))
        self.search_edit.setClearButtonEnabled(True)
        self._fill_choices()

    def _build_view(self) -> None:
        self.view = QTableView()
        self.view.setObjectName("mselView")
        self.view.setAccessibleName(self.tr("Injects (MSEL)"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab goes on to the next control, as everywhere else; the arrow keys move in the table.
        self.view.setTabKeyNavigation(False)
        # The MSEL's own order; set before sorting is enabled, which would sort by column 0.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(FIT_ROWS)
        for column in Column:
            mode = QHeaderView.ResizeMode.Interactive
            if column is Column.TITLE:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        self.view.viewport().installEventFilter(self)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Fits the columns to their contents once per load. (ResizeToContents measured
        them again at every relayout, filter and state change: half a second at start.)"""
        for column in Column:
            if column is not Column.TITLE:
                self.view.resizeColumnToContents(column)
        self._natural = {c: self.view.columnWidth(c) for c in _SQUEEZABLE}
        self._share_width()

    def _share_width(self) -> None:
        """Keeps the title readable in a narrow dock: the columns that can grow long
        (scenario time, addressees, method, status) give up width, in proportion, down to a
        floor, until the title has TITLE_CHARS; their tooltips show what is cut."""
        natural = self._natural
        if not natural:
            return
        chars = self.view.fontMetrics().averageCharWidth()
        fixed = sum(
            self.view.columnWidth(c) for c in Column if c is not Column.TITLE and c not in natural
        )
        room = self.view.viewport().width() - fixed - TITLE_CHARS * chars
        floor = FLOOR_CHARS * chars
        wanted = sum(natural.values())
        spare = sum(max(0, w - floor) for w in natural.values())
        cut = min(max(0, wanted - room), spare)
        for column, width in natural.items():
            give = cut * max(0, width - floor) // spare if spare else 0
            self.view.setColumnWidth(column, width - give)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- filters

    def _fill_choices(self) -> None:
        exercise = self._session.timeline.exercise()
        for combo, everything, items in (
            (
                self.module_combo,
                self.tr("All modules"),
                [(f"{m.number}. {m.title}", m.id) for m in exercise.modules],
            ),
            (
                self.team_combo,
                self.tr("All teams"),
                [(f"{t.code} · {t.name}", t.id) for t in exercise.teams],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self._on_filter_changed()

    def set_filters(
        self,
        *,
        module_id: str | None = None,
        team_id: str | None = None,
        states: frozenset[InjectState] | None = None,
        text: str = "",
    ) -> None:
        """Sets the filter widgets (and so the filters), as a user would."""
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(team_id)))
        index = next((n for n, (_t, s) in enumerate(STATUS_CHOICES) if s == states), 0)
        self.status_combo.setCurrentIndex(index)
        self.search_edit.setText(text)

    def set_team_filter(self, team_id: str | None) -> None:
        """Shows the injects for one team (None: all), for one table's view."""
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(team_id)))

    def _on_filter_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            module_id=self.module_combo.currentData(),
            team_id=self.team_combo.currentData(),
            states=self.status_combo.currentData(),
            text=self.search_edit.text(),
        )

    def visible_inject_ids(self) -> list[str]:
        return [
            str(self.proxy.index(row, 0).data(INJECT_ID_ROLE))
            for row in range(self.proxy.rowCount())
        ]

    # -------------------------------------------------------------- selection

    def selected_inject_id(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        return str(index.data(INJECT_ID_ROLE)) if index.isValid() else None

    def select_inject(self, inject_id: str) -> None:
        """Selects the inject's row (if the filters show it), without emitting a signal."""
        row = self.model.row_of(inject_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._selecting = True
        try:
            if not index.isValid():
                self.view.clearSelection()
                return
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        finally:
            self._selecting = False

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting and current.isValid():
            self.inject_selected.emit(str(current.data(INJECT_ID_ROLE)))

    def _on_model_model_about_to_be_reset(self) -> None:
        self._kept = self.selected_inject_id()

    def _on_model_model_reset(self) -> None:
        self._fit_columns()
        if self._kept is not None:
            self.select_inject(self._kept)

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        self._actions.fill_menu(menu, str(index.data(INJECT_ID_ROLE)))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.inject_selected.emit(str(index.data(INJECT_ID_ROLE)))

    def _on_session_closed(self) -> None:
        self._timer.stop()
