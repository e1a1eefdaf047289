"""Note-taking at the speed of speech: team, kind and inject by key, type, Enter."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from ttx_desktop.domain.model import EntryKind, Inject, InjectStatus, LogEntry, Team
from ttx_desktop.errors import UserError
from ttx_desktop.gui.chip_row import Chip
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.forms.ui_note_panel import Ui_NotePanelForm
from ttx_desktop.gui.key_capture import KeyCapture
from ttx_desktop.gui.local_time import time_text
from ttx_desktop.gui.log_labels import inject_label, kind_label
from ttx_desktop.gui.objective_choice import ObjectiveChoice
from ttx_desktop.gui.panel import panel_action, window_panel
from ttx_desktop.gui.user_text import detail_text, localized
from ttx_desktop.messages import reason_of
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session
from ttx_desktop.storage.drafts import Draft
from ttx_desktop.storage.errors import StorageError

# One key per kind, on Alt like the team numbers, chosen to clash with no menu of the window.
KIND_KEYS: tuple[tuple[EntryKind, str], ...] = (
    (EntryKind.DECISION, "Alt+D"),
    (EntryKind.ACTION, "Alt+A"),
    (EntryKind.QUESTION, "Alt+Q"),
    (EntryKind.OBSERVATION, "Alt+O"),
    (EntryKind.STRENGTH, "Alt+S"),
    (EntryKind.IMPROVEMENT, "Alt+I"),
    (EntryKind.NOTE, "Alt+N"),
)
NO_TEAM = ""  # the chip value of "No team"
NO_TEAM_KEY = "Alt+0"
OBJECTIVE_KEY = "Alt+J"  # the next objective, round to none
AUTHOR_KEY = "author"  # shared with the application, which stamps the session's author
DRAFT_KEY = "notes/draft"
MAX_TEAM_KEYS = 9


def latest_released(injects: list[Inject], team_id: str | None) -> Inject | None:
    """The inject released last to ``team_id`` (any team when None; no targets means all)."""
    released = [
        i
        for i in injects
        if i.status is InjectStatus.RELEASED
        and (team_id is None or not i.target_team_ids or team_id in i.target_team_ids)
    ]
    if not released:
        return None
    return max(
        released,
        key=lambda i: (i.released_at is not None, i.released_at, i.released_s or 0.0, i.number),
    )


def _why(exc: StorageError | OSError) -> str:
    """Why a write failed, in the interface's language (the message names the file after)."""
    return detail_text(exc) if isinstance(exc, StorageError) else localized(reason_of(exc))


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


@window_panel
class NotePanel(QWidget):
    """Logs entries keyboard-first; the text clears only once the entry is on disk.

    Alt+1..9 picks a team (Alt+0 none), Alt+D/A/Q/O/S/I/N a kind; the inject follows the
    latest release to the team until the user picks one, and the objective (Alt+J) follows
    the inject's. A failed write keeps the text and says why beneath the field, without a
    dialog that would take the keyboard away.

    Signals: none; entries are announced by the session's LogService (entry_logged).
    """

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notePanel")
        self._session = session
        self._dialogs = dialogs
        self._settings = settings if settings is not None else QSettings()
        self._team_id: str | None = None
        self._kind = EntryKind.NOTE
        self._inject_chosen = False
        self._teams_shown: tuple[Team, ...] | None = None
        self.ui = Ui_NotePanelForm()
        self.ui.setupUi(self)
        self.text, self.inject, self.author = self.ui.text, self.ui.inject, self.ui.author
        self.objective = ObjectiveChoice(self.ui.objective, self.tr("None"))
        self.team_row, self.kind_row = self.ui.teamRow, self.ui.kindRow
        self.message, self.hint, self.log_button = self.ui.message, self.ui.hint, self.ui.logButton
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 3 + 12)
        # No focus proxy: Tab into the panel would jump to the note, past the inject and author
        # fields above it, and on out of the panel. Ctrl+L (focus_note) goes to the note.
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._keys = KeyCapture(self)
        self._keys.watch(self.text, self.inject, self.ui.objective, self.author)
        self._build_actions()
        self.kind_row.set_chips(
            [
                Chip(kind.value, kind_label(kind), self.palette().highlight().color().name(),
                     self.tr("{0} ({1})").format(kind_label(kind), _native(keys)))
                for kind, keys in KIND_KEYS
            ]
        )  # fmt: skip
        self._on_exercise_changed()
        self._restore()
        self._connect()
        if session.readonly:
            self.text.setReadOnly(True)
            self.log_button.setEnabled(False)
            self._show_error(
                self.tr("This exercise is open read-only: notes cannot be logged here.")
            )

    def _connect(self) -> None:
        self.text.submitted.connect(self._on_text_submitted)
        self._keys.captured.connect(self._on_keys_captured)
        self.text.textChanged.connect(self._draft_timer.start)
        self._draft_timer.timeout.connect(self._save_draft)
        self.log_button.clicked.connect(self._on_text_submitted)
        self.inject.activated.connect(self._on_inject_activated)
        self.inject.currentIndexChanged.connect(self._on_inject_current_index_changed)
        self.author.editingFinished.connect(self._on_author_editing_finished)
        self.team_row.chosen.connect(lambda value: self.select_team(value or None))
        self.kind_row.chosen.connect(lambda value: self.select_kind(EntryKind(value)))
        self._session.changed.connect(self._on_session_changed)

    def _build_actions(self) -> None:
        self.focus_action = QAction(self.tr("&Write a note"), self)
        self.focus_action.setShortcut(QKeySequence("Ctrl+L"))
        self.focus_action.triggered.connect(self.focus_note)
        self.addAction(self.focus_action)
        self.team_menu = QMenu(self.tr("Note &team"), self)
        self.kind_menu = QMenu(self.tr("Note &kind"), self)
        self._team_actions: list[QAction] = []
        self._kind_actions: list[QAction] = []
        for kind, keys in KIND_KEYS:
            action = self._local_action(kind_label(kind), keys, self.kind_menu)
            action.triggered.connect(lambda _=False, k=kind: self.select_kind(k))
            self._kind_actions.append(action)
        self.objective_action = self._local_action(
            self.tr("Next &objective"), OBJECTIVE_KEY, self.kind_menu
        )
        self.objective_action.triggered.connect(self.objective.next)
        # Submenus travel as plain actions that carry the menu: a QMenu's own menuAction()
        # would not survive the main window clearing and rebuilding its menus.
        self.actions_for_menu: list[tuple[str, QAction]] = [("log", self.focus_action)]
        for menu in (self.team_menu, self.kind_menu):
            carrier = QAction(menu.title(), self)
            carrier.setMenu(menu)
            self.actions_for_menu.append(("log", carrier))

    def _local_action(self, text: str, keys: str, menu: QMenu) -> QAction:
        """An action whose key works while the keyboard is in this panel (and from the menu)."""
        action = panel_action(self, text, keys)
        menu.addAction(action)
        return action

    def _rebuild_teams(self) -> None:
        for action in self._team_actions:
            self.removeAction(action)
            action.deleteLater()
        self._team_actions = []
        self.team_menu.clear()
        chips: list[Chip] = []
        teams = self._session.exercise.teams
        for n, team in enumerate(teams, start=1):
            keys = f"Alt+{n}" if n <= MAX_TEAM_KEYS else ""
            tip = f"{team.name} ({team.code})" + (f" — {_native(keys)}" if keys else "")
            chips.append(Chip(team.id, team.name, team.colour, tip))
            if keys:
                action = self._local_action(team.name, keys, self.team_menu)
                action.triggered.connect(lambda _=False, t=team.id: self.select_team(t))
                self._team_actions.append(action)
        tip = self.tr("The whole room, or no team in particular ({0})").format(_native(NO_TEAM_KEY))
        chips.append(Chip(NO_TEAM, self.tr("No team"), self.palette().mid().color().name(), tip))
        self.team_row.set_chips(chips)
        action = self._local_action(self.tr("No team"), NO_TEAM_KEY, self.team_menu)
        action.triggered.connect(lambda _=False: self.select_team(None))
        self._team_actions.append(action)
        taken = (*self._team_actions, *self._kind_actions, self.objective_action)
        self._keys.set_keys([a.shortcut() for a in taken])
        last = min(len(teams), MAX_TEAM_KEYS)
        teams_hint = self.tr("Alt+1…{0} team · ").format(last) if last else ""
        kinds_hint = "/".join(keys.removeprefix("Alt+") for _kind, keys in KIND_KEYS)
        self.hint.setText(
            self.tr("{0}Alt+{1} kind · Alt+J objective · Enter logs").format(teams_hint, kinds_hint)
        )

    # ------------------------------------------------------------- selection

    @property
    def team_id(self) -> str | None:
        return self._team_id

    @property
    def kind(self) -> EntryKind:
        return self._kind

    def inject_id(self) -> str | None:
        return self.inject.currentData() or None

    def select_team(self, team_id: str | None) -> None:
        """Picks the team (None: no team) and the inject last released to it."""
        if team_id is not None and self._session.exercise.team(team_id) is None:
            team_id = None
        self._team_id = team_id
        self.team_row.select(team_id or NO_TEAM)
        self._inject_chosen = False
        self._select_default_inject()

    def select_kind(self, kind: EntryKind) -> None:
        self._kind = kind
        self.kind_row.select(kind.value)

    def _select_default_inject(self) -> None:
        if self._inject_chosen:
            return
        latest = latest_released(self._session.timeline.injects(), self._team_id)
        self.inject.setCurrentIndex(max(self.inject.findData(latest.id if latest else ""), 0))

    def _fill_injects(self) -> None:
        """The injects to choose from, after a release or an edit; a choice made by hand
        stays while its inject exists."""
        current = self.inject_id()
        self.inject.clear()
        self.inject.addItem(self.tr("No inject"), "")
        for inject in sorted(self._session.timeline.injects(), key=lambda i: i.number):
            self.inject.addItem(inject_label(inject), inject.id)
        index = self.inject.findData(current or "")
        if index < 0:
            self._inject_chosen = False
        self.inject.setCurrentIndex(max(index, 0))
        self._select_default_inject()

    # ----------------------------------------------------------------- slots

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.exercise:
            self._on_exercise_changed()

    def _on_exercise_changed(self) -> None:
        """Teams or injects were edited, or an inject released: the chips and choices follow,
        and a team, kind or inject chosen by the user stays chosen where it still exists."""
        teams = self._session.exercise.teams
        if teams != self._teams_shown:
            self._teams_shown = teams
            self._rebuild_teams()
            if self._team_id is not None and self._session.exercise.team(self._team_id) is None:
                self._team_id = None
            self.team_row.select(self._team_id or NO_TEAM)
        self.select_kind(self._kind)
        self.objective.fill(self._session.exercise.objectives)
        self._fill_injects()

    def _on_inject_activated(self, _index: int) -> None:
        self._inject_chosen = True
        self.objective.follow(self._session.exercise.inject(self.inject_id()), chosen_anew=True)

    def _on_inject_current_index_changed(self, _index: int) -> None:
        self.objective.follow(self._session.exercise.inject(self.inject_id()))

    def _on_keys_captured(self, keys: QKeySequence) -> None:
        self.take_keys(keys)

    def has_keys(self, keys: QKeySequence) -> bool:
        """Whether ``keys`` picks a team, a kind or the objective."""
        return any(a.shortcut() == keys for a in self._key_actions())

    def _key_actions(self) -> tuple[QAction, ...]:
        return (*self._team_actions, *self._kind_actions, self.objective_action)

    def take_keys(self, keys: QKeySequence) -> bool:
        """Acts on a team, kind or objective key pressed anywhere in the window; False if it
        is not one."""
        for action in self._key_actions():
            if action.shortcut() == keys:
                action.trigger()
                return True
        return False

    def start_note(self, text: str) -> None:
        """Puts the keyboard in the note with ``text`` typed at its end: a key pressed while a
        button had the focus is not lost."""
        self.focus_note()
        if not self.text.isReadOnly():
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)
            self.text.insertPlainText(text)

    def _on_author_editing_finished(self) -> None:
        name = self.author.text().strip()
        self._settings.setValue(AUTHOR_KEY, name)
        self._session.author = name

    def _on_text_submitted(self) -> None:
        """Logs the entry; the field is cleared only after the entry is committed."""
        if self._session.readonly:
            return
        if not self.text.toPlainText().strip():  # an Enter too many: a hint, not an alarm
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Nothing to log yet: the note has no text."))
            return
        try:
            entry = self._session.log.log(
                self._kind,
                self.text.toPlainText(),
                team_id=self._team_id,
                inject_id=self.inject_id(),
                author=self.author.text(),
                objective_id=self.objective.current_id(),
            )
        except (StorageError, OSError) as exc:  # the file refused it: the note waits for Enter
            self.keep_draft()
            self._show_error(self.tr(
                "Not saved: {0} — {1}. Your text is kept; press Enter to try again."
            ).format(_why(exc), self._session.file.path))  # fmt: skip
            return
        except UserError as exc:
            self._show_error(
                self.tr("Not logged: {0}. Your text is kept.").format(detail_text(exc))
            )
            return
        except Exception as exc:  # whatever broke, the note must stay in the field
            self.keep_draft()
            self._show_error(self.tr("Not saved ({0}). Your text is kept.").format(exc))
            return
        self.text.clear()
        self._draft_timer.stop()
        self._settings.remove(DRAFT_KEY)
        if self._session.drafts is not None:
            self._session.drafts.clear(self._session.file.path)
        self._on_author_editing_finished()
        self._show_logged(entry)

    # --------------------------------------------------------------- helpers

    def focus_note(self) -> None:
        """Brings the note field forward and puts the keyboard in it."""
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        self.window().activateWindow()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_error(self, text: str) -> None:
        dark = self.palette().window().color().lightnessF() < 0.5
        colour = "#FF8A80" if dark else "#B00020"
        self.message.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.message.setText(text)

    def _show_logged(self, entry: LogEntry) -> None:
        team = self._session.exercise.team(entry.team_id)
        parts = [kind_label(entry.kind), team.name if team else self.tr("no team")]
        if objective := self._session.exercise.objective(entry.objective_id):
            parts.append(objective.code)
        when = time_text(entry.logged_at)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Logged at {0}: {1}").format(when, " · ".join(parts)))

    def _restore(self) -> None:
        self.author.setText(str(self._settings.value(AUTHOR_KEY, "") or self._session.author))
        store = self._session.drafts
        kept = store.load(self._session.file.path) if store is not None else None
        draft = kept.text if kept else str(self._settings.value(DRAFT_KEY, "") or "")
        if draft and not self.text.toPlainText():
            self.text.setPlainText(draft)
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        if kept is not None:
            self.select_team(kept.team_id)
            if kept.kind in {k.value for k in EntryKind}:
                self.select_kind(EntryKind(str(kept.kind)))

    def _save_draft(self) -> None:
        """Keeps the note being typed: in the settings, and in the session's draft store,
        which flushes it to disk at once so that a crash cannot take it."""
        text = self.text.toPlainText()
        self._settings.setValue(DRAFT_KEY, text)
        if self._session.drafts is not None and not self._session.readonly:
            with contextlib.suppress(OSError):  # a full disk: the field still holds the text
                self._session.drafts.save(
                    self._session.file.path, Draft(text, self._team_id, self._kind.value)
                )

    def keep_draft(self) -> None:
        """Stores the note being typed now, for a panel built anew to take it up."""
        self._draft_timer.stop()
        self._save_draft()

    def minimumSizeHint(self) -> QSize:
        # As tall as the chips need at the width the panel has, once they wrap onto more
        # lines (a narrow dock, a longer language): they never overlap the rows under them.
        extra = 0
        for row in (self.team_row, self.kind_row):
            layout = row.layout()
            if layout is not None and row.width() > 0:
                one_line = layout.sizeHint().height()
                extra += max(0, layout.heightForWidth(row.width()) - one_line)
        return QSize(420, 180 + extra)

    def sizeHint(self) -> QSize:
        return QSize(820, 230)

    @property
    def shortcut_help(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Log the note"), "Enter"),
            (self.tr("New line in the note"), "Shift+Enter"),
        ]
