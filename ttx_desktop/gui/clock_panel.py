"""The exercise clock, large: choose the module, start, pause, resume and adjust its clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ttx_desktop.domain import schedule
from ttx_desktop.domain.clock import ClockState, format_offset
from ttx_desktop.domain.model import Module
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.forms.ui_clock_panel import Ui_ClockForm
from ttx_desktop.gui.panel import window_panel
from ttx_desktop.gui.run_look import mute
from ttx_desktop.gui.user_text import detail_text
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.clock_service import ClockRefused
from ttx_desktop.services.session import Session

TICK_MS = 250
MAX_ADJUST_MIN = 12 * 60
MAX_ROUND_MIN = 180
ROUND_AMBER = "#E2A200"
STATE_COLOURS = {
    ClockState.IDLE: "#8A939E",
    ClockState.RUNNING: "#3A9A5B",
    ClockState.PAUSED: "#E2A200",
}


@window_panel
class ClockPanel(QWidget):
    """Shows the chosen module's exercise clock and drives it.

    The display re-reads the elapsed time from the clock service four times a second; it
    never counts ticks itself, so it is right after a restart, a sleep or a wall-clock jump.

    Signals: none (every clock change is announced as ``Session.changed``, ``clock`` set).
    """

    shortcut_help: tuple[tuple[str, str], ...] = ()  # its keys are all in menus

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockPanel")
        self._session = session
        self._dialogs = dialogs
        self.ui = Ui_ClockForm()
        self.ui.setupUi(self)
        self.setObjectName("clockPanel")
        self._style_time_label()
        # In a dock, the clock takes the height it needs and leaves the rest to others.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ui.stateLabel.setObjectName("clockState")

        self.run_action = QAction(self.tr("Start clock"), self)
        self.run_action.setShortcut(QKeySequence("F9"))
        self.run_action.triggered.connect(self._on_run_button_clicked)
        self.adjust_action = QAction(self.tr("Adjust clock…"), self)
        self.adjust_action.setShortcut(QKeySequence("Ctrl+F9"))
        self.adjust_action.triggered.connect(self._on_adjust_button_clicked)
        self.round_action = QAction(self.tr("Discussion round…"), self)
        self.round_action.setShortcut(QKeySequence("F6"))
        self.round_action.triggered.connect(self.start_round)
        self.stop_round_action = QAction(self.tr("Stop the discussion round"), self)
        self.stop_round_action.setShortcut(QKeySequence("Shift+F6"))
        self.stop_round_action.triggered.connect(session.countdown.stop)
        self.actions_for_menu = [
            ("run", self.run_action),
            ("run", self.adjust_action),
            ("run", self.round_action),
            ("run", self.stop_round_action),
        ]
        self._add_round_label()

        self.ui.runButton.clicked.connect(self._on_run_button_clicked)
        self.ui.adjustButton.clicked.connect(self._on_adjust_button_clicked)
        self.ui.backButton.clicked.connect(self._on_back_button_clicked)
        self.ui.forwardButton.clicked.connect(self._on_forward_button_clicked)
        self.ui.moduleCombo.currentIndexChanged.connect(self._on_module_combo_current_index_changed)
        session.changed.connect(self._on_session_changed)
        session.closed.connect(self._on_session_closed)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._fill_modules()
        self._follow_current()
        self.refresh()

    def _style_time_label(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(28.0, self.font().pointSizeF() * 3.2))
        font.setWeight(QFont.Weight.DemiBold)
        self.ui.timeLabel.setFont(font)
        self.ui.timeLabel.setObjectName("clockTime")
        mute(self.ui.scheduleLabel)

    def _add_round_label(self) -> None:
        """The discussion round's countdown, under the clock's state, large."""
        self.round_label = QLabel()
        self.round_label.setObjectName("roundCountdown")
        font = self.round_label.font()
        font.setPointSizeF(max(14.0, font.pointSizeF() * 1.8))
        font.setBold(True)
        self.round_label.setFont(font)
        self.round_label.hide()
        layout = self.ui.outerLayout
        layout.insertWidget(layout.indexOf(self.ui.stateLabel) + 1, self.round_label)

    def start_round(self) -> None:
        """Asks how long the discussion round lasts (the last duration offered), then counts."""
        countdown = self._session.countdown
        minutes = self._dialogs.ask_int(
            self,
            self.tr("Discussion round"),
            self.tr("How many minutes does this round last?"),
            countdown.minutes,
            1,
            MAX_ROUND_MIN,
        )
        if minutes:
            countdown.start(minutes)

    def _show_round(self) -> None:
        countdown = self._session.countdown
        self.round_label.setVisible(countdown.running)
        self.stop_round_action.setEnabled(countdown.running)
        if not countdown.running:
            return
        left = countdown.remaining() or 0.0
        if left <= 0:
            self.round_label.setText(self.tr("Discussion: time is up"))
        else:
            self.round_label.setText(self.tr("Discussion: {0} left").format(countdown.text()))
        amber = countdown.last_minute()
        self.round_label.setStyleSheet(f"color: {ROUND_AMBER};" if amber else "")

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 200)

    # ------------------------------------------------------------------ state

    def module_id(self) -> str | None:
        """The module whose clock the panel shows and drives."""
        value = self.ui.moduleCombo.currentData()
        return str(value) if value else None

    def _module(self) -> Module | None:
        return self._session.exercise.module(self.module_id())

    def _fill_modules(self) -> None:
        combo = self.ui.moduleCombo
        chosen = self.module_id()
        combo.blockSignals(True)
        combo.clear()
        for module in self._session.exercise.modules:
            combo.addItem(self.tr("{0}. {1}").format(module.number, module.title), module.id)
        index = combo.findData(chosen) if chosen else -1
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        self.refresh()

    def _follow_current(self) -> None:
        current = self._session.clock.current_module_id()
        index = self.ui.moduleCombo.findData(current) if current else -1
        if index >= 0:
            self.ui.moduleCombo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Reads the chosen module's clock and shows it."""
        clock = self._session.clock
        module_id = self.module_id()
        state = clock.state(module_id) if module_id else ClockState.IDLE
        elapsed = clock.elapsed(module_id) if module_id else 0.0
        self.ui.timeLabel.setText(format_offset(elapsed))
        self.ui.stateLabel.setText(self._state_text(state))
        paused = "font-size: 20pt; font-weight: 800;" if state is ClockState.PAUSED else ""
        self.ui.stateLabel.setStyleSheet(
            f"color: {STATE_COLOURS[state]}; font-weight: 600; {paused}"
        )
        self._show_round()
        self.ui.scheduleLabel.setText(self._schedule_text())
        run_text = {
            ClockState.IDLE: self.tr("Start"),
            ClockState.RUNNING: self.tr("Pause"),
            ClockState.PAUSED: self.tr("Resume"),
        }[state]
        self.ui.runButton.setText(f"{run_text}  (F9)")
        self.run_action.setText(
            {
                ClockState.IDLE: self.tr("Start clock"),
                ClockState.RUNNING: self.tr("Pause clock"),
                ClockState.PAUSED: self.tr("Resume clock"),
            }[state]
        )
        writable = not self._session.readonly and module_id is not None
        self.ui.runButton.setEnabled(writable)
        self.run_action.setEnabled(writable)
        for widget in (self.ui.backButton, self.ui.forwardButton, self.ui.adjustButton):
            widget.setEnabled(writable and state is not ClockState.IDLE)
        self.adjust_action.setEnabled(writable and state is not ClockState.IDLE)

    def _state_text(self, state: ClockState) -> str:
        return {
            ClockState.IDLE: self.tr("● Not started"),
            ClockState.RUNNING: self.tr("● Running"),
            ClockState.PAUSED: self.tr("❚❚ PAUSED"),
        }[state]

    def _schedule_text(self) -> str:
        module = self._module()
        if module is None or not module.start:
            return ""
        start = schedule.module_start_s(module)
        if start is None:
            return ""
        if module.duration_min:
            end = schedule.format_time_of_day((start // 60 + module.duration_min) % (24 * 60))
            return self.tr("Scheduled {0}–{1}").format(module.start, end)
        return self.tr("Scheduled from {0}").format(module.start)

    # ------------------------------------------------------------------ slots

    def _on_run_button_clicked(self) -> None:
        module_id = self.module_id()
        if module_id is None or self._session.readonly:
            return
        clock = self._session.clock
        state = clock.state(module_id)
        if state is ClockState.RUNNING:
            self._do(clock.pause)
            return
        current = clock.current_module_id()
        if current and current != module_id and clock.state(current) is ClockState.RUNNING:
            running, chosen = self._session.exercise.module(current), self._module()
            if not self._dialogs.confirm(
                self,
                self.tr("Switch module"),
                self.tr("The clock of “{0}” is running. Pause it and run “{1}” instead?").format(
                    running.title if running else "?", chosen.title if chosen else "?"
                ),
            ):
                return
            if not self._do(clock.pause):
                return
        if state is ClockState.IDLE:
            self._do(lambda: clock.start(module_id))
        else:
            self._do(lambda: clock.resume(module_id))

    def _on_adjust_button_clicked(self) -> None:
        minutes = self._dialogs.ask_int(
            self,
            self.tr("Adjust the clock"),
            self.tr("Move the clock by how many minutes? (Negative moves it back.)"),
            1,
            -MAX_ADJUST_MIN,
            MAX_ADJUST_MIN,
        )
        if minutes:
            self.adjust(minutes)

    def _on_back_button_clicked(self) -> None:
        self.adjust(-1)

    def _on_forward_button_clicked(self) -> None:
        self.adjust(1)

    def adjust(self, minutes: int) -> bool:
        """Moves the chosen module's clock by ``minutes`` after the user confirms."""
        module = self._module()
        if module is None or self._session.readonly:
            return False
        direction = self.tr("forward") if minutes > 0 else self.tr("back")
        question = self.tr(
            "Move the clock of “{0}” {1} by {2} min?\n\nInjects planned on this clock move "
            "with it; released injects keep their release time."
        ).format(module.title, direction, abs(minutes))
        if not self._dialogs.confirm(self, self.tr("Adjust the clock"), question):
            return False
        clock = self._session.clock
        if clock.current_module_id() != module.id:
            # Adjust works on the current module; resuming a paused one would start it, so
            # only a running or paused chosen module that is current can be adjusted.
            self._dialogs.error(
                self,
                self.tr("Adjust the clock"),
                self.tr("Run or resume “{0}” before adjusting its clock.").format(module.title),
            )
            return False
        return self._do(lambda: clock.adjust(minutes * 60.0))

    def _do(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ClockRefused as exc:
            self._dialogs.error(self, self.tr("Exercise clock"), detail_text(exc))
            return False
        return True

    def _on_module_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self._fill_modules()
        if changes.clock:
            self._follow_current()
        if changes.clock or changes.countdown:
            self.refresh()

    def _on_session_closed(self) -> None:
        self._timer.stop()
