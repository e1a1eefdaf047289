"""The next inject, ready to release: its text, targets, expectations, notes and a countdown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLayout, QMenu, QWidget

from ttx_desktop.domain import schedule
from ttx_desktop.domain.clock import format_offset
from ttx_desktop.domain.model import Inject, InjectStatus
from ttx_desktop.domain.schedule import InjectState
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.forms.ui_next_inject_panel import Ui_NextInjectForm
from ttx_desktop.gui.inject_actions import InjectActions
from ttx_desktop.gui.local_time import time_text
from ttx_desktop.gui.panel import window_panel
from ttx_desktop.gui.run_look import chips_pixmap, mute
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

TICK_MS = 250
SOUND_KEY = "run/sound_when_due"
STYLE = """
QFrame#headerFrame { border-radius: 6px; background: palette(alternate-base); }
QFrame#headerFrame[attention="due"] { background: rgba(226, 162, 0, 0.20);
    border: 1px solid rgba(226, 162, 0, 0.85); }
QFrame#headerFrame[attention="overdue"] { background: rgba(214, 69, 65, 0.22);
    border: 2px solid #D64541; }
QLabel#countdownLabel[attention="due"] { color: #9A6B00; }
QLabel#countdownLabel[attention="overdue"] { color: #C0392B; }
"""


@window_panel
class NextInjectPanel(QWidget):
    """Follows the next inject (or the one selected elsewhere) and releases, skips or delays it.

    Signals:
        attention_changed(str): the shown inject became "due" or "overdue" (or "" again).
    """

    shortcut_help: tuple[tuple[str, str], ...] = ()  # its keys are all in menus

    attention_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings if settings is not None else QSettings()
        self._actions = InjectActions(session, dialogs, self)
        self._chosen: str | None = None  # an inject picked elsewhere; None follows the next
        self.team_id: str | None = None  # one table's view: the next inject for this team
        self._targets_flow: QLayout | None = None
        self._shown: Inject | None = None
        self._attention = ""
        self._teams_shown: tuple[tuple[str, str], ...] | None = None
        self.beep: Callable[[], None] = QApplication.beep
        self.ui = Ui_NextInjectForm()
        self.ui.setupUi(self)
        self.setObjectName("nextInjectPanel")
        self.setStyleSheet(STYLE)
        self._style_labels()
        self._build_actions()

        ui = self.ui
        ui.releaseButton.clicked.connect(self._on_release_button_clicked)
        ui.skipButton.clicked.connect(self._on_skip_button_clicked)
        ui.delayButton.clicked.connect(self._on_delay_button_clicked)
        ui.backButton.clicked.connect(self._on_back_button_clicked)
        ui.undoReleaseButton.clicked.connect(self._on_undo_release_button_clicked)
        session.changed.connect(self._on_session_changed)
        session.closed.connect(self._on_session_closed)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.refresh()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise or changes.clock:
            self.refresh()

    def _style_labels(self) -> None:
        ui = self.ui
        base = self.font().pointSizeF()
        title = QFont(self.font())
        title.setPointSizeF(base * 1.35)
        title.setBold(True)
        ui.titleLabel.setFont(title)
        countdown = QFont(self.font())
        countdown.setPointSizeF(base * 1.5)
        countdown.setWeight(QFont.Weight.DemiBold)
        ui.countdownLabel.setFont(countdown)
        small = QFont(self.font())
        small.setPointSizeF(base * 0.85)
        small.setBold(True)
        for label in (ui.kindLabel, ui.expectedHeading, ui.notesHeading):
            label.setFont(small)
        for label in (
            ui.kindLabel,
            ui.expectedHeading,
            ui.notesHeading,
            ui.metaLabel,
            ui.lastLabel,
        ):
            mute(label)
        ui.releaseButton.setMinimumWidth(110)
        ui.bodyScroll.setMinimumHeight(48)

    def _build_actions(self) -> None:
        self.release_action = self._action(
            self.tr("Release inject"), "F7", self._on_release_button_clicked
        )
        self.skip_action = self._action(
            self.tr("Skip inject"), "Shift+F7", self._on_skip_button_clicked
        )
        self.delay_action = self._action(
            self.tr("Delay inject…"), "F8", self._on_delay_button_clicked
        )
        self.shift_action = self._action(
            self.tr("Shift following injects…"), "Shift+F8", self._on_shift_action_triggered
        )
        self.sound_action = QAction(self.tr("Sound when an inject is due"), self)
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(bool(self._settings.value(SOUND_KEY, False, type=bool)))
        self.sound_action.toggled.connect(self._on_sound_action_toggled)
        more = QMenu(self)
        more.addAction(self.shift_action)
        more.addSeparator()
        more.addAction(self.sound_action)
        self.ui.moreButton.setMenu(more)
        self.actions_for_menu = [
            ("run", self.release_action),
            ("run", self.skip_action),
            ("run", self.delay_action),
            ("run", self.shift_action),
            ("run", self.sound_action),
        ]

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def minimumSizeHint(self) -> QSize:
        # The header and the buttons never squeeze; the text scrolls instead.
        return super().minimumSizeHint().expandedTo(QSize(260, 0))

    # ------------------------------------------------------------------ state

    @property
    def inject(self) -> Inject | None:
        """The inject the panel shows."""
        return self._shown

    def select_inject(self, inject_id: str) -> None:
        """Shows this inject (picked in the timeline or the MSEL) instead of the next one."""
        self._chosen = inject_id
        self.refresh()

    def set_team_filter(self, team_id: str | None) -> None:
        """Offers the next inject for one team (None: for any), for one table's view."""
        self.team_id = team_id
        self.refresh()

    def show_next(self) -> None:
        self._chosen = None
        self.refresh()

    def refresh(self) -> None:
        timeline = self._session.timeline
        chosen = timeline.inject(self._chosen)
        if chosen is None:
            self._chosen = None
        self._shown = chosen or timeline.next_inject(team_id=self.team_id)
        self._fill()
        self._tick()

    def _fill(self) -> None:
        ui, inject = self.ui, self._shown
        ui.kindLabel.setText(self.tr("SELECTED INJECT") if self._chosen else self.tr("NEXT INJECT"))
        ui.backButton.setVisible(self._chosen is not None)
        ui.bodyScroll.setVisible(inject is not None)
        ui.metaLabel.setVisible(inject is not None)
        if inject is None:
            ui.titleLabel.setText(self.tr("No inject waiting"))
            ui.countdownLabel.setText("")
            self._fill_targets(())
        else:
            ui.titleLabel.setText(f"{inject.number}  {inject.title}")
            ui.metaLabel.setText(self._meta_text(inject))
            ui.textLabel.setText(inject.text)
            actions = "\n".join(f"•  {a}" for a in inject.expected_actions)
            ui.expectedLabel.setText(actions)
            ui.notesLabel.setText(inject.facilitator_notes)
            for widget in (ui.expectedHeading, ui.expectedLabel):
                widget.setVisible(bool(actions))
            for widget in (ui.notesHeading, ui.notesLabel):
                widget.setVisible(bool(inject.facilitator_notes))
            exercise = self._session.timeline.exercise()
            teams = [exercise.team(t) for t in inject.target_team_ids]
            self._fill_targets(tuple((t.colour, t.name) for t in teams if t is not None))
        self._fill_buttons()
        self._fit_header()

    def _fit_header(self) -> None:
        """Keeps the wrapped title and details whole; only the text below scrolls.

        Layouts do not carry a wrapped label's height for a width up to a dock, so the header
        asks for it itself.
        """
        frame = self.ui.headerFrame
        frame.setMinimumHeight(frame.heightForWidth(max(1, frame.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def _meta_text(self, inject: Inject) -> str:
        module = self._session.timeline.exercise().module(inject.module_id)
        parts = [self.tr("Planned {0}").format(schedule.planned_text(inject, module))]
        if inject.pinned:
            parts[0] = self.tr("Pinned to {0}").format(inject.pinned)
        if inject.scenario_time:
            parts.append(inject.scenario_time)
        if inject.source:
            parts.append(self.tr("from {0}").format(inject.source))
        from ttx_desktop.gui.inject_labels import method_labels

        parts.append(method_labels()[inject.method])
        return "  ·  ".join(parts)

    def _fill_targets(self, teams: tuple[tuple[str, str], ...]) -> None:
        """The teams the inject goes to, wrapped onto more lines in a narrow dock."""
        if teams == self._teams_shown:
            return
        self._teams_shown = teams
        if self._targets_flow is None:
            from ttx_desktop.gui.flow_layout import FlowLayout

            host = QWidget()
            self._targets_flow = FlowLayout(host, spacing=4)
            self._targets_flow.setContentsMargins(0, 0, 0, 0)
            self.ui.targetsLayout.addWidget(host, 1)
        layout = self._targets_flow
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for colour, name in teams:
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 8, 0)
            row.setSpacing(4)
            chip = QLabel()
            chip.setPixmap(chips_pixmap((colour,), self.devicePixelRatioF()))
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(chip)
            row.addWidget(label)
            layout.addWidget(pair)
        self.ui.targetsWidget.setVisible(bool(teams))
        self._fit_header()

    def _undo_target(self) -> Inject | None:
        """The inject "Undo release" acts on: the shown one if released, else the last."""
        if self._shown is not None and self._shown.status is InjectStatus.RELEASED:
            return self._shown
        released = [
            i for i in self._session.timeline.injects() if i.status is InjectStatus.RELEASED
        ]
        return max(
            released,
            key=lambda i: (i.released_at.timestamp() if i.released_at else 0.0, i.number),
            default=None,
        )

    def _fill_buttons(self) -> None:
        ui, inject = self.ui, self._shown
        writable = not self._session.readonly
        status = inject.status if inject is not None else None
        can_release = writable and status in (InjectStatus.PENDING, InjectStatus.SKIPPED)
        can_change = writable and status is InjectStatus.PENDING
        for widget, enabled in (
            (ui.releaseButton, can_release),
            (self.release_action, can_release),
            (ui.skipButton, can_change),
            (self.skip_action, can_change),
            (ui.delayButton, can_change),
            (self.delay_action, can_change),
            (self.shift_action, writable and inject is not None),
        ):
            widget.setEnabled(enabled)
        last = self._undo_target()
        ui.lastLabel.setVisible(last is not None)
        ui.undoReleaseButton.setVisible(last is not None)
        ui.undoReleaseButton.setEnabled(writable)
        if last is not None:
            ui.lastLabel.setText(self.tr("Last released: inject {0}").format(last.number))
            ui.undoReleaseButton.setText(self.tr("Undo release of {0}").format(last.number))

    def _tick(self) -> None:
        """Updates the countdown and the attention colour; beeps when it becomes due."""
        inject = self._shown
        timeline = self._session.timeline
        if inject is None:
            self._set_attention("")
            return
        if self._chosen is None:
            upcoming = timeline.next_inject(team_id=self.team_id)
            if upcoming is not None and upcoming.id != inject.id:
                self.refresh()  # a more urgent inject came up (a pinned time reached)
                return
        now = timeline.now()
        state = timeline.state_of(inject, now)
        self.ui.countdownLabel.setText(self._countdown_text(inject, state, now))
        attention = state.value if state in (InjectState.DUE, InjectState.OVERDUE) else ""
        self._set_attention(attention)

    def _countdown_text(self, inject: Inject, state: InjectState, now: schedule.ScheduleNow) -> str:
        seconds = schedule.seconds_until(inject, now)
        if state is InjectState.RELEASED:
            at = time_text(inject.released_at, seconds=False) if inject.released_at else ""
            on_clock = format_offset(inject.released_s) if inject.released_s is not None else ""
            return self.tr("Released {0}  ({1})").format(at, on_clock).replace("  ()", "")
        if state is InjectState.SKIPPED:
            return self.tr("Skipped")
        if state is InjectState.DUE:
            return self.tr("Due now  ·  {0} past").format(schedule.format_countdown(seconds))
        if state is InjectState.OVERDUE:
            return self.tr("Overdue by {0}").format(schedule.format_countdown(seconds))
        if not now.started(inject.module_id):
            return self.tr("When its module's clock starts")
        expected = schedule.expected_time_of_day(inject, now)
        text = self.tr("in {0}").format(schedule.format_countdown(seconds))
        return f"{text}  ·  ≈ {expected}" if expected else text

    def _set_attention(self, attention: str) -> None:
        if attention == self._attention:
            return
        self._attention = attention
        for widget in (self.ui.headerFrame, self.ui.countdownLabel):
            widget.setProperty("attention", attention)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if attention and self.sound_action.isChecked():
            self.beep()
        self.attention_changed.emit(attention)

    # ------------------------------------------------------------------ slots

    def _on_release_button_clicked(self) -> None:
        if self._shown is not None and self._actions.release(self._shown.id):
            self.show_next()

    def _on_skip_button_clicked(self) -> None:
        if self._shown is not None and self._actions.skip(self._shown.id):
            self.show_next()

    def _on_delay_button_clicked(self) -> None:
        if self._shown is not None:
            self._actions.delay(self._shown.id)

    def _on_shift_action_triggered(self) -> None:
        if self._shown is not None:
            self._actions.shift_following(self._shown.id)

    def _on_undo_release_button_clicked(self) -> None:
        last = self._undo_target()
        if last is not None:
            self._actions.reopen(last.id)

    def _on_back_button_clicked(self) -> None:
        self.show_next()

    def _on_sound_action_toggled(self, on: bool) -> None:
        self._settings.setValue(SOUND_KEY, on)

    def _on_session_closed(self) -> None:
        self._timer.stop()
