"""The main window's menu bar: its menus and actions, recent files, and the keyboard
shortcuts listed."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ttx_desktop.gui.export_menu import add_export_menu
from ttx_desktop.gui.window_views import WindowViews


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus(WindowViews):
    """The part of the main window that fills its menus; each item emits one of the window's
    signals or calls one of its methods. The strings stay in the "MainWindow" context."""

    _menus: dict[str, QMenu]

    if TYPE_CHECKING:  # MainWindow declares the signals and the methods below
        open_requested: ClassVar[Signal]
        new_from_sample_requested: ClassVar[Signal]
        new_requested: ClassVar[Signal]
        new_blank_requested: ClassVar[Signal]
        close_requested: ClassVar[Signal]
        save_copy_requested: ClassVar[Signal]
        restore_backup_requested: ClassVar[Signal]
        export_definition_requested: ClassVar[Signal]
        export_document_requested: ClassVar[Signal]
        presenter_requested: ClassVar[Signal]

        def retranslate(self) -> None: ...
        def import_msel(self, path: Path | None = None) -> QWidget | None: ...
        def _on_open_triggered(self) -> None: ...

    def _menu_titles(self) -> tuple[tuple[str, str], ...]:
        return (
            ("file", _tr("&File")),
            ("edit", _tr("&Edit")),
            ("view", _tr("&View")),
            ("run", _tr("&Run")),
            ("log", _tr("&Log")),
            ("room", _tr("Roo&m")),  # not Alt+O: that picks "observation" while taking notes
            ("help", _tr("&Help")),
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name, title in self._menu_titles():
            self._menus[name] = bar.addMenu(title)
        for name in ("edit", "log"):  # their items include the Prepare and Log views' actions
            self._menus[name].aboutToShow.connect(self.build_views)
        self._refresh_menus()

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, menu)  # owned by the menu, so a rebuild deletes it
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        menu.addAction(action)
        return action

    def _add_export_actions(self, file: QMenu, *, enabled: bool) -> None:
        """File → Export definition (YAML) and the Export documents submenu."""
        self._action(
            file,
            _tr("E&xport definition (YAML)…"),
            self.export_definition_requested.emit,
            enabled=enabled,
        )
        add_export_menu(
            file, self.export_document_requested.emit, enabled=enabled, settings=self._settings
        )

    def _add_bring_in_actions(self, file: QMenu) -> None:
        """File → Import MSEL spreadsheet and Merge another laptop's copy."""
        self._action(file, _tr("&Import MSEL spreadsheet…"), self.import_msel)
        if self.room_menu is not None:
            file.addAction(self.room_menu.merge_action)
        else:
            self._action(file, _tr("&Merge another laptop's copy…"), _nothing, enabled=False)

    def _refresh_menus(self) -> None:
        has = self.session is not None
        writable = has and self.session is not None and not self.session.readonly
        for menu in self._menus.values():
            for sub in menu.findChildren(QMenu):  # clear() keeps submenus: drop the old ones
                if sub.parent() is menu:
                    sub.deleteLater()
            menu.clear()
        file = self._menus["file"]
        samples = file.addMenu(_tr("New from &sample"))
        from ttx_desktop.paths import sample_list

        for item in sample_list():
            name = item.name
            self._action(
                samples,
                name.removesuffix(".yaml"),
                partial(self.new_from_sample_requested.emit, name),
            )
        self._action(
            file,
            _tr("&New exercise…"),
            self.new_blank_requested.emit,
            QKeySequence.StandardKey.New,
        )
        self._action(file, _tr("New from de&finition…"), self.new_requested.emit)
        self._action(file, _tr("&Open…"), self._on_open_triggered, QKeySequence.StandardKey.Open)
        recent = file.addMenu(_tr("Open &recent"))
        for path in self.recent_files():
            self._action(recent, str(path), partial(self.open_requested.emit, path))
        recent.setEnabled(bool(self.recent_files()))
        file.addSeparator()
        self._add_bring_in_actions(file)
        self._action(
            file,
            _tr("Save a &copy as…"),
            self.save_copy_requested.emit,
            QKeySequence.StandardKey.SaveAs,
            enabled=has,
        )
        self._action(
            file, _tr("Restore from &backup…"), self.restore_backup_requested.emit, enabled=has
        )
        self._add_export_actions(file, enabled=has)
        file.addSeparator()
        self._action(
            file,
            _tr("C&lose exercise"),
            self.close_requested.emit,
            QKeySequence.StandardKey.Close,
            enabled=has,
        )
        self._action(file, _tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = self._menus["edit"]
        if self.session is not None:
            undo = self.session.undo_stack.createUndoAction(edit, _tr("&Undo"))
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo = self.session.undo_stack.createRedoAction(edit, _tr("&Redo"))
            redo.setShortcut(QKeySequence.StandardKey.Redo)
            edit.addAction(undo)
            edit.addAction(redo)
            undo.setEnabled(writable and undo.isEnabled())
        self._add_preferences_action(edit)

        self._fill_view_menu(self._menus["view"], enabled=has)

        for menu_name, action in self._panel_actions:
            self._menus.get(menu_name, self._menus["run"]).addAction(action)
        self._menus["run"].setEnabled(has)
        self._menus["log"].setEnabled(has)
        if self.room_menu is not None:
            self.room_menu.fill(self._menus["room"])
        if self.table_view is not None:
            self.table_view.fill(self._menus["view"], self._menus["run"])
        self._menus["room"].setEnabled(has)

        self._add_help_actions(self._menus["help"])

    def _fill_view_menu(self, view: QMenu, *, enabled: bool) -> None:
        self._action(
            view,
            _tr("&Run view"),
            lambda: self.show_view("run"),
            "Ctrl+Shift+1",
            enabled=enabled,
        )
        self._action(
            view,
            _tr("&Log view"),
            lambda: self.show_view("log"),
            "Ctrl+Shift+2",
            enabled=enabled,
        )
        self._action(
            view,
            _tr("&Prepare view"),
            lambda: self.show_view("prepare"),
            "Ctrl+Shift+3",
            enabled=enabled,
        )
        self._action(
            view,
            _tr("Re&commendations and votes"),
            lambda: self.show_view("recommendations"),
            "Ctrl+Shift+4",
            enabled=enabled,
        )
        view.addSeparator()
        for dock in self._docks.values():
            view.addAction(dock.toggleViewAction())
        self._action(view, _tr("Reset la&yout"), self.reset_layout)
        view.addSeparator()
        self._action(
            view, _tr("Pr&esenter window"), self.presenter_requested.emit, "F5", enabled=enabled
        )
        self._action(
            view,
            _tr("&Full screen"),
            self._toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
        )

    def _add_preferences_action(self, edit: QMenu) -> None:
        edit.addSeparator()
        preferences = self._action(
            edit,
            _tr("Pre&ferences…"),
            self._on_preferences_triggered,
            QKeySequence.StandardKey.Preferences,
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _add_help_actions(self, help_menu: QMenu) -> None:
        self._action(help_menu, _tr("&User guide"), self._on_user_guide_triggered)
        self._action(help_menu, _tr("&Keyboard shortcuts"), self._on_shortcuts_triggered, "F1")
        about = self._action(help_menu, _tr("&About TTX Desktop"), self._on_about_triggered)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def all_shortcuts(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcut) for every action with a shortcut, menus and panels alike."""
        self.build_views()
        out: list[tuple[str, str, str]] = []
        seen: set[int] = set()
        for menu_name, menu in self._menus.items():
            for action in _walk(menu):
                if id(action) in seen:
                    continue
                seen.add(id(action))
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    out.append(
                        (menu.title().replace("&", ""), action.text().replace("&", ""), keys)
                    )
            del menu_name
        for panel in self.panels.values():
            for extra in panel.shortcut_help:
                out.append((_tr("Panel"), extra[0], extra[1]))
        from ttx_desktop.gui.presenter_keys import presenter_shortcuts

        out += [(_tr("Presenter window"), text, keys) for text, keys in presenter_shortcuts()]
        return out

    def _on_shortcuts_triggered(self) -> None:
        from ttx_desktop.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.all_shortcuts(), self).exec()

    def _on_about_triggered(self) -> None:
        from ttx_desktop.gui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _on_user_guide_triggered(self) -> None:
        from ttx_desktop.gui.help_window import HelpWindow

        HelpWindow.show_guide(self)

    def _on_preferences_triggered(self) -> None:
        from ttx_desktop.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._settings, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted and dialog.apply():
            self.retranslate()

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # ------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        value = self._settings.value("recent_files", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(p)) for p in items if str(p)]

    def add_recent(self, path: Path) -> None:
        items = [str(path.resolve())] + [str(p) for p in self.recent_files() if p != path.resolve()]
        self._settings.setValue("recent_files", items[:10])
        self._refresh_menus()


def _nothing() -> None:
    pass


def _walk(menu: QMenu) -> list[QAction]:
    actions: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            actions.extend(_walk(sub))
        elif not action.isSeparator():
            actions.append(action)
    return actions
