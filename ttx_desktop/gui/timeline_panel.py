"""The run view's timeline: modules as bands, injects as markers, zoom, scroll, hover and click."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QHelpEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.domain import schedule
from ttx_desktop.exporters.timeline_layout import (
    TimelineData,
    TimelineLayout,
    fit_px_per_s,
    timeline_data,
)
from ttx_desktop.exporters.timeline_painter import Theme, paint_timeline, state_label
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.inject_actions import InjectActions
from ttx_desktop.gui.panel import window_panel
from ttx_desktop.gui.run_look import plain_tooltip
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

ZOOM_STEP = 1.5
MAX_PX_PER_S = 2.0  # 2 px a second: a minute is 120 px
TICK_MS = 250


class TimelineCanvas(QAbstractScrollArea):
    """Paints the timeline in its viewport and scrolls it horizontally.

    Signals:
        clicked(str): a marker was clicked (the inject's id).
        menu_requested(str, QPoint): a context menu was asked for on a marker.
    """

    clicked = Signal(str)
    menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.data = TimelineData()
        self.selected: str | None = None
        self.hovered: str | None = None
        self.px_per_s: float | None = None  # None: fit the whole exercise to the width
        self.tooltip_for: Callable[[str], str] | None = None
        self._layout = self._make_layout()

    # ---------------------------------------------------------------- geometry

    def effective_px_per_s(self) -> float:
        return self.px_per_s or fit_px_per_s(self.data, self.viewport().width())

    def _make_layout(self) -> TimelineLayout:
        rect = QRectF(self.viewport().rect())
        offset = float(self.horizontalScrollBar().value())
        return TimelineLayout.at(self.data, rect, self.effective_px_per_s(), offset)

    def relayout(self) -> None:
        bar = self.horizontalScrollBar()
        width = TimelineLayout.at(self.data, QRectF(0, 0, 1, 1), self.effective_px_per_s())
        bar.setRange(0, max(0, int(width.content_width() - self.viewport().width())))
        bar.setPageStep(self.viewport().width())
        bar.setSingleStep(40)
        self._layout = self._make_layout()
        self.viewport().update()

    def set_data(self, data: TimelineData) -> None:
        """Shows ``data``; a now-line that moved by less than a pixel is not worth a repaint."""
        if data == self.data:
            return
        old, new = self.data.now_s, data.now_s
        if (
            replace(data, now_s=old) == self.data
            and old is not None
            and new is not None
            and abs(new - old) * self.effective_px_per_s() < 1.0
        ):
            return
        self.data = data
        self.relayout()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zooms by ``factor`` keeping the time under ``anchor_x`` (default: the middle) put."""
        old = self.effective_px_per_s()
        fit = fit_px_per_s(self.data, self.viewport().width())
        new = min(MAX_PX_PER_S, max(fit, old * factor))
        anchor = self.viewport().width() / 2 if anchor_x is None else anchor_x
        at_s = (anchor + self.horizontalScrollBar().value()) / old
        self.px_per_s = None if new <= fit * 1.0001 else new
        self.relayout()
        self.horizontalScrollBar().setValue(int(at_s * self.effective_px_per_s() - anchor))
        self._layout = self._make_layout()

    def ensure_visible(self, inject_id: str) -> None:
        rect = self._layout.marker_rects.get(inject_id)
        if rect is None:
            return
        width = self.viewport().width()
        if rect.left() < 0 or rect.right() > width:
            bar = self.horizontalScrollBar()
            bar.setValue(int(bar.value() + rect.center().x() - width / 3))
            self._layout = self._make_layout()

    def marker_at(self, point: QPointF) -> str | None:
        return self._layout.marker_at(point)

    # ------------------------------------------------------------------ events

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._layout = self._make_layout()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            paint_timeline(
                painter,
                self._layout,
                theme=Theme.from_palette(self.palette()),
                selected=self.selected,
                hovered=self.hovered,
            )
        finally:
            painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self.marker_at(event.position())
        if hovered != self.hovered:
            self.hovered = hovered
            cursor = Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(cursor)
            self.viewport().update()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        inject_id = self.marker_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and inject_id is not None:
            self.clicked.emit(inject_id)
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        inject_id = self.marker_at(QPointF(event.pos()))
        if inject_id is not None:
            self.menu_requested.emit(inject_id, event.globalPos())

    def leaveEvent(self, event: QEvent) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.viewport().update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP, event.position().x())
        else:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            inject_id = self.marker_at(QPointF(event.pos()))
            tip = self.tooltip_for(inject_id) if self.tooltip_for and inject_id else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


@window_panel
class TimelinePanel(QWidget):
    """The timeline of the open exercise, kept current with the clock and the injects.

    Signals:
        inject_selected(str): the user clicked an inject's marker (its id).
    """

    inject_selected = Signal(str)

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._session = session
        self._actions = InjectActions(session, dialogs, self)
        self.team_id: str | None = None  # one table's view: only the injects for this team
        self.canvas = TimelineCanvas(self)
        self.canvas.tooltip_for = self._tooltip
        self.canvas.clicked.connect(self._on_canvas_clicked)
        self.canvas.menu_requested.connect(self._on_canvas_menu_requested)

        title = QLabel(self.tr("Timeline"))
        title.setObjectName("panelTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.zoom_in_action = self._action(self.tr("Zoom timeline in"), "+", "Ctrl+=")
        self.zoom_out_action = self._action(self.tr("Zoom timeline out"), "−", "Ctrl+-")
        self.fit_action = self._action(self.tr("Fit timeline"), self.tr("Fit"), "Ctrl+0")
        self.zoom_in_action.triggered.connect(lambda: self.canvas.zoom(ZOOM_STEP))
        self.zoom_out_action.triggered.connect(lambda: self.canvas.zoom(1 / ZOOM_STEP))
        self.fit_action.triggered.connect(self._on_fit_action_triggered)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 0)
        bar.addWidget(title)
        bar.addStretch(1)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.actions_for_menu = [
            ("view", self.zoom_in_action),
            ("view", self.zoom_out_action),
            ("view", self.fit_action),
        ]
        self.shortcut_help = [
            (self.tr("Timeline: zoom at the pointer"), self.tr("Ctrl+Wheel")),
            (self.tr("Timeline: scroll"), self.tr("Wheel")),
        ]

        session.changed.connect(self._on_session_changed)
        session.closed.connect(self._on_session_closed)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise or changes.clock:
            self.refresh()

    def _action(self, text: str, icon_text: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(icon_text)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        self.addAction(action)
        return action

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 64)

    def sizeHint(self) -> QSize:
        return QSize(900, 260)

    # ----------------------------------------------------------------- state

    def refresh(self) -> None:
        """Re-reads injects, states and the now-line; repaints only if something moved."""
        timeline = self._session.timeline
        now = timeline.now()
        self.canvas.set_data(
            timeline_data(timeline.exercise(), timeline.states(now), now, team_id=self.team_id)
        )

    def set_team_filter(self, team_id: str | None) -> None:
        """Shows only the injects for one team (None: all), for one table's view."""
        self.team_id = team_id
        self.refresh()

    def select_inject(self, inject_id: str) -> None:
        """Marks the inject selected and scrolls it into view, without emitting a signal."""
        self.canvas.selected = inject_id
        self.canvas.ensure_visible(inject_id)
        self.canvas.viewport().update()

    @property
    def selected_inject_id(self) -> str | None:
        return self.canvas.selected

    def _tooltip(self, inject_id: str | None) -> str:
        timeline = self._session.timeline
        inject = timeline.inject(inject_id)
        if inject is None:
            return ""
        exercise = timeline.exercise()
        module = exercise.module(inject.module_id)
        teams = (exercise.team(t) for t in inject.target_team_ids)
        lines = [
            f"{inject.number}. {inject.title}",
            f"{schedule.planned_text(inject, module)} · {state_label(timeline.state_of(inject))}",
            self.tr("To: {0}").format(", ".join(t.name for t in teams if t is not None)),
        ]
        if inject.text:
            text = inject.text if len(inject.text) <= 300 else inject.text[:299] + "…"
            lines += ["", text]
        return plain_tooltip("\n".join(lines))  # what people typed is never HTML

    # ----------------------------------------------------------------- slots

    def _on_canvas_clicked(self, inject_id: str) -> None:
        self.select_inject(inject_id)
        self.inject_selected.emit(inject_id)

    def _on_canvas_menu_requested(self, inject_id: str, pos: QPoint) -> None:
        self._on_canvas_clicked(inject_id)
        menu = QMenu(self)
        self._actions.fill_menu(menu, inject_id)
        menu.exec(pos)

    def _on_fit_action_triggered(self) -> None:
        self.canvas.px_per_s = None
        self.canvas.relayout()

    def _on_session_closed(self) -> None:
        self._timer.stop()
