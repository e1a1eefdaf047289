"""The projector view: the current inject and whom it is for in large type, the clock, a
discussion round's countdown, a QR code, a black-out; keys and clickers pass to the console."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QMenu, QStackedWidget, QVBoxLayout, QWidget

from ttx_desktop.domain.clock import ClockState, format_offset
from ttx_desktop.domain.model import Inject, InjectStatus
from ttx_desktop.gui.large_text import large_label
from ttx_desktop.gui.presenter_keys import ARROWS, clicker_on, presenter_shortcuts, set_clicker
from ttx_desktop.qr import fit_for_qr, qr_png
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

STYLE = """
#presenter { background: #10161f; }
#presenter QLabel { color: #f2f4f7; }
#presenter QLabel#exerciseTitle, #presenter QLabel#moduleTitle { color: #aab4c3; }
#presenter QLabel#injectMeta { color: #ffd27a; }
#presenter QLabel#recipients { color: #9fd3ff; }
#presenter QLabel#paused { color: #10161f; background: #ffb000; padding: 4px 18px; }
#presenter QLabel#round[last="true"] { color: #ffb000; }
#presenter QLabel#waiting { color: #6f7b8c; }
#presenter QLabel#qrCaption { color: #ffd27a; }
#blackout { background: black; }
"""


class PresenterWindow(QWidget):
    """Shows the room what has just been released. Keys: F11 full screen, B black-out, Esc;
    F5, F7, F9 and the other function keys and the arrows act on the console (``forward``);
    a clicker's PageDown shows the next inject (releasing it when the room is on the latest),
    PageUp the one before, unless the clicker setting is off."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterRoot")
        self.setWindowTitle(self.tr("TTX Desktop — Presenter"))
        self._session = session
        self._qr_text = ""
        self._back = 0  # how many releases back the room is looking (PageUp)
        # Does in the console what a key does there; set by whoever opens this window.
        self.forward: Callable[[QKeyEvent], bool] | None = None
        self._stack = QStackedWidget(self)
        self._page = QWidget()
        self._page.setObjectName("presenter")
        self._page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        blackout = QWidget()
        blackout.setObjectName("blackout")
        blackout.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._stack.addWidget(self._page)
        self._stack.addWidget(blackout)
        from ttx_desktop.gui.presenter_agenda import AgendaPage

        self.agenda = AgendaPage(session)
        self._stack.addWidget(self.agenda)
        from ttx_desktop.gui.presenter_policy import RecommendationsPage, VotePage

        self.vote_page = VotePage(session)
        self.recommendations_page = RecommendationsPage(session)
        self._stack.addWidget(self.vote_page)
        self._stack.addWidget(self.recommendations_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self.setStyleSheet(STYLE)

        self._build_labels()
        self._build_actions()
        session.changed.connect(self._on_session_changed)
        # A vote opened: the room's screen shows it.
        session.policy.vote_opened.connect(lambda _id: self.vote_action.setChecked(True))
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.resize(1280, 720)
        self.refresh()

    def _build_labels(self) -> None:
        self.exercise_title = self._label("exerciseTitle", 0.9)
        self.module_title = self._label("moduleTitle", 0.9)
        self.clock = self._label("clock", 2.6, bold=True)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.inject_meta = self._label("injectMeta", 1.1)
        self.recipients = self._label("recipients", 1.7, bold=True)
        self.paused = self._label("paused", 1.6, bold=True)
        self.paused.setText(self.tr("PAUSED"))
        self.paused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused.hide()
        self.round = self._label("round", 2.2, bold=True)
        self.round.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.round.hide()
        self.inject_title = self._label("injectTitle", 2.4, bold=True)
        self.inject_text = self._label("injectText", 1.5)
        self.inject_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._text_size = self.inject_text.font().pointSizeF()
        self.waiting = self._label("waiting", 1.6)
        self.qr = QLabel()
        self.qr.setObjectName("qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.qr_caption = self._label("qrCaption", 0.9)
        self.qr_caption.setWordWrap(False)
        self.qr_caption.setMinimumWidth(180)  # as wide as the code, centred under it
        self.qr_caption.setText(self.tr("Scan to join"))
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.hide()
        corner = QVBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignRight)
        corner.addWidget(self.qr_caption, 0, Qt.AlignmentFlag.AlignRight)

        side = QVBoxLayout()  # the clock, PAUSED and the round's countdown, top right
        side.addWidget(self.clock)
        side.addWidget(self.paused, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.round)
        side.addStretch(1)

        grid = QGridLayout(self._page)
        grid.setContentsMargins(56, 40, 56, 40)
        grid.setVerticalSpacing(18)
        grid.addWidget(self.exercise_title, 0, 0)
        grid.addLayout(side, 0, 1, 4, 1)
        grid.addWidget(self.module_title, 1, 0)
        grid.addWidget(self.inject_meta, 2, 0)
        grid.addWidget(self.recipients, 3, 0)
        grid.addWidget(self.inject_title, 4, 0, 1, 2)
        grid.addWidget(self.inject_text, 5, 0)
        grid.addWidget(self.waiting, 5, 0, 1, 2)
        grid.addLayout(corner, 5, 1)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(0, 1)

    def _label(self, name: str, scale: float, *, bold: bool = False) -> QLabel:
        return large_label(name, scale, bold=bold)

    def _build_actions(self) -> None:
        full = QAction(self.tr("Full screen"), self)
        full.setShortcuts([QKeySequence(Qt.Key.Key_F11), QKeySequence(Qt.Key.Key_F)])
        full.triggered.connect(self.toggle_full_screen)
        black = QAction(self.tr("Black-out"), self)
        black.setShortcuts([QKeySequence(Qt.Key.Key_B), QKeySequence(Qt.Key.Key_Period)])
        black.setCheckable(True)
        black.toggled.connect(self.set_blackout)
        agenda = QAction(self.tr("Agenda of the day"), self)
        agenda.setShortcut(QKeySequence(Qt.Key.Key_A))
        self.agenda_action = agenda
        vote = QAction(self.tr("Vote results"), self)
        vote.setShortcut(QKeySequence(Qt.Key.Key_V))
        self.vote_action = vote
        agreed = QAction(self.tr("Recommendations"), self)
        agreed.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.recommendations_action = agreed
        # One of the pages instead of the inject at a time; choosing one again goes back.
        self._pages = QActionGroup(self)
        self._pages.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (agenda, vote, agreed):
            action.setCheckable(True)
            self._pages.addAction(action)
            action.toggled.connect(lambda _on: self._show_content())
            self.addAction(action)
        leave = QAction(self.tr("Leave full screen"), self)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.triggered.connect(self.showNormal)
        self.blackout_action = black
        for action in (full, black, leave):
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_self_context_menu_requested)
        self.shortcut_help = presenter_shortcuts()

    def _on_self_context_menu_requested(self, pos: object) -> None:
        menu = QMenu(self)
        menu.addAction(self.blackout_action)
        for action in (self.agenda_action, self.vote_action, self.recommendations_action):
            menu.addAction(action)
        clicker = menu.addAction(self.tr("Presentation clicker (Page Down / Page Up)"))
        clicker.setCheckable(True)
        clicker.setChecked(self.clicker_on())
        clicker.toggled.connect(self.set_clicker)
        screens = menu.addMenu(self.tr("Show on screen"))
        for screen in QGuiApplication.screens():
            action = screens.addAction(screen.name() or self.tr("Screen"))
            action.triggered.connect(lambda _c=False, s=screen: self.move_to_screen(s))
        menu.exec(self.cursor().pos())

    # ------------------------------------------------------------------ state

    def _released(self) -> list[Inject]:
        """The released injects, in the order they were released."""
        released = [
            i for i in self._session.timeline.injects() if i.status is InjectStatus.RELEASED
        ]
        return sorted(
            released, key=lambda i: (i.released_at.timestamp() if i.released_at else 0.0, i.number)
        )

    def current_inject(self) -> Inject | None:
        """The inject the room is looking at: the one released last, or one before it that
        the presenter stepped back to."""
        released = self._released()
        if not released:
            return None
        return released[max(0, len(released) - 1 - self._back)]

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self._back = 0  # a release (or an undo) shows the latest again
        if changes.exercise or changes.room:  # the join code comes and goes with the room
            self.refresh()
        elif changes.clock or changes.countdown:
            self._tick()
        if changes.presented:  # a recommendation put to the room: its screen shows it
            self.recommendations_action.setChecked(True)

    def recipients_text(self, inject: Inject) -> str:
        """Whom ``inject`` is for: team names with their table numbers (the teams' order)."""
        from ttx_desktop.domain.seating import table_of

        exercise = self._session.exercise
        teams = exercise.teams
        numbered = self.tr("Table {0}")
        tables = [
            self.tr("{0} · {1}").format(table_of(exercise, team, numbered), team.name)
            for team in teams
            if team.id in inject.target_team_ids
        ]
        if not tables or len(tables) == len(teams):
            return self.tr("For: all tables")
        return self.tr("For: {0}").format("   ".join(tables))

    def refresh(self) -> None:
        exercise = self._session.exercise
        self.exercise_title.setText(exercise.title)
        inject = self.current_inject()
        self.waiting.setVisible(inject is None)
        for label in (self.inject_meta, self.recipients, self.inject_title, self.inject_text):
            label.setVisible(inject is not None)
        if inject is None:
            self.waiting.setText(self.tr("The exercise will begin shortly."))
            self._set_qr("")
        else:
            meta = [self.tr("Inject {0}").format(inject.number)]
            if inject.scenario_time:
                meta.append(inject.scenario_time)
            if inject.source:
                meta.append(self.tr("From: {0}").format(inject.source))
            self.inject_meta.setText("   ·   ".join(meta))
            self.recipients.setText(self.recipients_text(inject))
            self.inject_title.setText(inject.title)
            self.inject_text.setText(inject.text)
            self._fit_text()
            self._set_qr(f"{inject.number}. {inject.title}\n\n{inject.text}")
        self._tick()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """Shrinks the inject's text until it fits the screen: a long inject is never cut off."""
        text = self.inject_text.text()
        if not text:
            return
        width = max(200, self.width() - 112 - 180 - 24)  # margins, the QR code and a gap
        used = sum(
            label.sizeHint().height() + 18
            for label in (self.exercise_title, self.module_title, self.inject_meta, self.recipients)
        )
        title = QFontMetrics(self.inject_title.font()).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, self.inject_title.text()
        )
        room = self.height() - 80 - used - title.height() - 18
        font = self.inject_text.font()
        size = self._text_size
        while size > 9:
            font.setPointSizeF(size)
            needed = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text
            )
            if needed.height() <= max(room, 60):
                break
            size -= 1
        font.setPointSizeF(size)
        self.inject_text.setFont(font)

    def _set_qr(self, text: str) -> None:
        """The participants' join link while the room is open, else the inject's text."""
        room = self._session.room_url
        self.qr_caption.setVisible(bool(room))
        payload = room or fit_for_qr(text)
        if payload == self._qr_text:
            return
        self._qr_text = payload
        if not payload:
            self.qr.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(payload, box_size=6, border=2))
        self.qr.setPixmap(
            pixmap.scaled(
                180, 180, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )  # fmt: skip

    def qr_payload(self) -> str:
        return self._qr_text

    def _tick(self) -> None:
        clock = self._session.clock
        module = self._session.exercise.module(clock.current_module_id())
        self.module_title.setText(module.title if module else "")
        self.clock.setText(format_offset(clock.elapsed()) if module else "")
        self.paused.setVisible(module is not None and clock.state() is ClockState.PAUSED)
        countdown = self._session.countdown
        self.round.setVisible(countdown.running)
        if countdown.running:
            left = countdown.remaining() or 0.0
            text = self.tr("Discussion {0}").format(countdown.text())
            self.round.setText(text if left > 0 else self.tr("Time is up"))
            last = "true" if countdown.last_minute() else "false"
            if self.round.property("last") != last:
                self.round.setProperty("last", last)
                self.round.style().unpolish(self.round)  # the amber rule follows the property
                self.round.style().polish(self.round)

    # ------------------------------------------------------------------- keys

    def clicker_on(self) -> bool:
        return clicker_on()

    def set_clicker(self, on: bool) -> None:
        set_clicker(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if self.clicker_on() and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._on_clicker(key)
            return
        function_key = Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12 and key != Qt.Key.Key_F11
        if (function_key or key in ARROWS) and self.forward is not None and self.forward(event):
            return
        super().keyPressEvent(event)

    def _on_clicker(self, key: Qt.Key) -> None:
        """PageUp: the inject before; PageDown: the next one, released when the room is
        already on the latest (as F7 in the console, and undone as it is)."""
        if key == Qt.Key.Key_PageUp:
            self._back = min(self._back + 1, max(0, len(self._released()) - 1))
            self.refresh()
        elif self._back > 0:
            self._back -= 1
            self.refresh()
        elif self.forward is not None:
            release = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)
            self.forward(release)

    # ---------------------------------------------------------------- display

    def set_blackout(self, on: bool) -> None:
        if on:
            self._stack.setCurrentIndex(1)
        else:
            self._stack.setCurrentIndex(0)
            self._show_content()

    def set_agenda(self, on: bool) -> None:
        """Shows the day's agenda (modules, presentations, breaks) instead of the inject."""
        self.agenda_action.setChecked(on)

    def _content_page(self) -> QWidget:
        """The page chosen instead of the inject (agenda, vote, recommendations), or the inject."""
        pages = {
            self.agenda_action: self.agenda,
            self.vote_action: self.vote_page,
            self.recommendations_action: self.recommendations_page,
        }
        chosen = self._pages.checkedAction()
        return pages.get(chosen, self._page) if chosen is not None else self._page

    def _show_content(self) -> None:
        page = self._content_page()
        if page is self.agenda:
            self.agenda.refresh()
        if not self.blacked_out:
            self._stack.setCurrentWidget(page)

    @property
    def blacked_out(self) -> bool:
        return self._stack.currentIndex() == 1

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def move_to_screen(self, screen: QScreen) -> None:
        QSettings().setValue("presenter/screen", screen.name())
        full = self.isFullScreen()
        self.showNormal()
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        if full:
            self.showFullScreen()

    def show_on_preferred_screen(self) -> None:
        """Opens on the remembered screen, or on a second screen when there is one."""
        screens = QGuiApplication.screens()
        wanted = str(QSettings().value("presenter/screen", ""))
        screen = next((s for s in screens if s.name() == wanted), None)
        if screen is None and len(screens) > 1:
            screen = screens[1]
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.availableGeometry().topLeft())
        self.show()
        self.raise_()
        self.activateWindow()
