"""One table's view of the Run view: the timeline, MSEL, next inject and notes narrowed to one
team, and that table's handout written in one action."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from ttx_desktop.domain.seating import table_of
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.services.session import Session

if TYPE_CHECKING:
    from ttx_desktop.gui.note_panel import NotePanel


class TeamFollower(Protocol):
    """A Run panel that can narrow itself to one team's injects (None: every team's)."""

    def set_team_filter(self, team_id: str | None) -> None: ...


class TableView(QObject):
    """View → Table view picks a team; the panels that can show one team follow. Run →
    Table handout writes one team's injects and questions to a Word document.

    Signals: none.
    """

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        dialogs: Dialogs,
        followers: Sequence[TeamFollower],
        notes: NotePanel,
        *,
        folder: Callable[[], Path],
        said: Callable[[str, Path], object],
    ) -> None:
        super().__init__(window)
        self._window, self._session, self._dialogs = window, session, dialogs
        self._followers, self._notes = followers, notes
        self._folder, self._said = folder, said
        self.team_id: str | None = None
        self.written: Path | None = None  # the last handout, for tests
        self.sign = QToolButton()
        self.sign.setObjectName("tableSign")
        self.sign.setAutoRaise(True)
        self.sign.setToolTip(self.tr("Click to show every table again"))
        self.sign.setAccessibleName(self.tr("Show every table again"))
        self.sign.clicked.connect(lambda: self.set_team(None))
        self.sign.hide()
        window.statusBar().addWidget(self.sign)

    def label(self, team_id: str) -> str:
        exercise = self._session.exercise
        team = exercise.team(team_id)
        if team is None:
            return ""
        table = table_of(exercise, team, self.tr("Table {0}"))
        return self.tr("{0} · {1}").format(table, team.name)

    def fill(self, view: QMenu, run: QMenu) -> None:
        """Adds View → Table view and Run → Table handout (the window rebuilds its menus)."""
        teams = self._session.exercise.teams
        tables = view.addMenu(self.tr("&Table view"))
        group = QActionGroup(tables)
        for team_id, text in ((None, self.tr("All tables")),
                              *((t.id, self.label(t.id)) for t in teams)):  # fmt: skip
            action = QAction(text, tables)
            action.setCheckable(True)
            action.setChecked(team_id == self.team_id)
            action.triggered.connect(lambda _c=False, t=team_id: self.set_team(t))
            group.addAction(action)
            tables.addAction(action)
        handouts = run.addMenu(self.tr("Table &handout"))
        for team in teams:
            action = QAction(self.label(team.id) + "…", handouts)
            action.triggered.connect(lambda _c=False, t=team.id: self.write_handout(t))
            handouts.addAction(action)
        handouts.setEnabled(bool(teams))

    def set_team(self, team_id: str | None) -> None:
        """Narrows the Run view to one team's injects (None: every table's)."""
        if team_id is not None and self._session.exercise.team(team_id) is None:
            team_id = None
        self.team_id = team_id
        for panel in self._followers:
            panel.set_team_filter(team_id)
        if team_id is not None:
            self._notes.select_team(team_id)
        self.sign.setText(self.tr("Only {0}  ✕").format(self.label(team_id)) if team_id else "")
        self.sign.setVisible(team_id is not None)

    def write_handout(self, team_id: str) -> None:
        """Writes the team's handout beside the other exports, then says where."""
        exercise = self._session.exercise
        team = exercise.team(team_id)
        if team is None:
            return
        from ttx_desktop.atomic import write_atomic
        from ttx_desktop.exporters import handout
        from ttx_desktop.gui.background import run_in_background

        code = "".join(c if c.isalnum() or c in "-_" else "_" for c in team.code) or "team"
        target = self._folder() / f"handout-{code}.docx"

        def work() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, handout.render(exercise, team_id))
            return target

        def done(path: Path) -> None:
            self.written = path
            text = self.tr("Wrote the handout of {0} as {1}").format(self.label(team_id), path)
            self._said(text, path.parent)

        def failed(error: BaseException) -> None:
            from ttx_desktop.gui.user_text import error_text

            text = error_text(error)
            if str(target) not in text:
                text = f"{target}: {text}"
            self._dialogs.error(self._window, self.tr("Cannot write the handout"), text)

        run_in_background(work, done, failed, parent=self)

    def close(self) -> None:
        """Takes the sign out of the window (the session is being let go)."""
        self._window.statusBar().removeWidget(self.sign)
        self.sign.deleteLater()
        self.deleteLater()
