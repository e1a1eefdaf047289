"""The Prepare view: editors for details, objectives, teams, people, modules, injects and plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.editors.details_editor import DetailsEditor
from ttx_desktop.gui.editors.injects_editor import InjectsEditor
from ttx_desktop.gui.editors.modules_editor import ModulesEditor
from ttx_desktop.gui.editors.objectives_editor import ObjectivesEditor
from ttx_desktop.gui.editors.participants_editor import ParticipantsEditor
from ttx_desktop.gui.editors.recommendations_editor import RecommendationsEditor
from ttx_desktop.gui.editors.schedule_editor import ScheduleEditor
from ttx_desktop.gui.editors.table_editor import TableEditor
from ttx_desktop.gui.editors.teams_editor import TeamsEditor
from ttx_desktop.gui.panel import panel_action, window_panel
from ttx_desktop.gui.undo_commands import AuthoringUndo
from ttx_desktop.gui.window_layout import scrolling
from ttx_desktop.services.session import Session


@window_panel
class AuthoringPanel(QWidget):
    """Tabs of editors over the session's AuthoringService; every edit is stored when made.

    Edits go on the session's undo stack. ``actions_for_menu`` holds the panel's actions for
    the Edit menu; their shortcuts work while the focus is in this panel.
    """

    shortcut_help: tuple[tuple[str, str], ...] = ()  # its keys are all in menus

    def __init__(self, session: Session, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authoringPanel")
        self._session = session
        self._dialogs = dialogs
        self.undo = AuthoringUndo(
            session.authoring, session.undo_stack, self._on_undo_error, changed=session.changed
        )
        self.details = DetailsEditor(self.undo)
        self.objectives = ObjectivesEditor(self.undo)
        self.teams = TeamsEditor(self.undo)
        self.participants = ParticipantsEditor(self.undo)
        self.modules = ModulesEditor(self.undo)
        self.injects = InjectsEditor(self.undo, dialogs=dialogs)
        self.schedule = ScheduleEditor(self.undo)
        self.recommendations = RecommendationsEditor(self.undo)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("authoringTabs")
        self.tabs.setDocumentMode(True)
        for editor, title in (
            (self.details, self.tr("Details")),
            (self.objectives, self.tr("Objectives")),
            (self.teams, self.tr("Teams")),
            (self.participants, self.tr("Participants")),
            (self.modules, self.tr("Modules")),
            (self.injects, self.tr("Injects (MSEL)")),
            (self.schedule, self.tr("Schedule")),
            (self.recommendations, self.tr("Improvement plan")),
        ):
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(12, 10, 12, 12)
            layout.addWidget(editor)
            if isinstance(editor, TableEditor):  # a screen reader names the table by its tab
                editor.view.setAccessibleName(title.replace("&", ""))
            # Each page scrolls on a small screen rather than push the window past its edge.
            self.tabs.addTab(scrolling(page), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.add_action = self._action(self.tr("&Add row"), "Ctrl+Shift+N", self._on_add_triggered)
        self.duplicate_action = self._action(self.tr("Dup&licate inject"), "Ctrl+D",
                                             self._on_duplicate_triggered)  # fmt: skip
        self.delete_action = self._action(self.tr("&Delete row"), QKeySequence.StandardKey.Delete,
                                          self._on_delete_triggered)  # fmt: skip
        self.up_action = self._action(self.tr("Move inject u&p"), "Alt+Up", self._on_up_triggered)
        self.down_action = self._action(self.tr("Move inject do&wn"), "Alt+Down",
                                        self._on_down_triggered)  # fmt: skip
        self.actions_for_menu: list[tuple[str, QAction]] = [
            ("edit", a)
            for a in (self.add_action, self.duplicate_action, self.delete_action,
                      self.up_action, self.down_action)
        ]  # fmt: skip
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        for table in self._table_editors():
            table.current_changed.connect(lambda _r: self._update_actions())
        self._update_actions()

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 200)  # the pages scroll below their own size

    def _page(self, index: int) -> QWidget | None:
        scroll = self.tabs.widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def _editor(self, index: int) -> QWidget | None:
        page = self._page(index)
        layout = page.layout() if page is not None else None
        item = layout.itemAt(0) if layout is not None else None
        return item.widget() if item is not None else None

    def current_editor(self) -> QWidget:
        editor = self._editor(self.tabs.currentIndex())
        return editor if editor is not None else self.details

    def show_editor(self, editor: QWidget) -> None:
        """Brings one editor's tab forward."""
        for n in range(self.tabs.count()):
            if self._editor(n) is editor:
                self.tabs.setCurrentIndex(n)

    def _table_editors(self) -> list[TableEditor]:
        return [self.objectives, self.teams, self.participants, self.modules, self.injects,
                self.schedule, self.recommendations]  # fmt: skip

    def _action(
        self, text: str, keys: QKeySequence.StandardKey | str, slot: Callable[[], object]
    ) -> QAction:
        return panel_action(self, text, keys, slot)

    def _update_actions(self) -> None:
        editor = self.current_editor()
        table = editor if isinstance(editor, TableEditor) else None
        self.add_action.setEnabled(table is not None and table.add_action.isEnabled())
        self.delete_action.setEnabled(table is not None and table.delete_action.isEnabled())
        if table is not None:
            self.add_action.setText(table.add_action.text())
            self.delete_action.setText(table.delete_action.text())
        injects = self.injects if editor is self.injects else None
        self.duplicate_action.setEnabled(
            injects is not None and injects.duplicate_action.isEnabled()
        )
        self.up_action.setEnabled(injects is not None and injects.up_action.isEnabled())
        self.down_action.setEnabled(injects is not None and injects.down_action.isEnabled())

    # ----------------------------------------------------------------- slots

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._update_actions()

    def _on_add_triggered(self) -> None:
        if isinstance(editor := self.current_editor(), TableEditor):
            editor.add()

    def _on_delete_triggered(self) -> None:
        if isinstance(editor := self.current_editor(), TableEditor):
            editor.delete()

    def _on_duplicate_triggered(self) -> None:
        if self.current_editor() is self.injects:
            self.injects.duplicate()

    def _on_up_triggered(self) -> None:
        if self.current_editor() is self.injects:
            self.injects.move_by(-1)

    def _on_down_triggered(self) -> None:
        if self.current_editor() is self.injects:
            self.injects.move_by(1)

    def _on_undo_error(self, message: str) -> None:
        self._dialogs.error(self, self.tr("Cannot undo or redo"), message)
