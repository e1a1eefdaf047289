"""What the main window asks of the panels it shows, as a Protocol that mypy checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str


class Panel(Protocol):
    """A widget shown in one of the main window's views or docks.

    ``actions_for_menu`` lists (menu name, action) pairs: the window puts each action into
    that menu ("edit", "view", "run" or "log"; any other name means "run") every time it
    rebuilds its menus. ``shortcut_help`` lists (what, keys) pairs for the keys the panel
    handles itself, outside any menu, shown in Help → Keyboard shortcuts. The window lets a
    panel go with ``deleteLater`` when the exercise closes or the language changes.

    A Qt widget cannot also inherit a Protocol (their metaclasses differ), so each panel class
    says that it is one with the ``window_panel`` decorator, which mypy checks.
    """

    @property
    def actions_for_menu(self) -> Sequence[tuple[str, QAction]]: ...

    @property
    def shortcut_help(self) -> Sequence[tuple[str, str]]: ...

    def deleteLater(self) -> None: ...


PanelClass = TypeVar("PanelClass", bound=type[Panel])


def window_panel(cls: PanelClass) -> PanelClass:
    """Marks ``cls`` as a panel of the main window; mypy checks that it keeps the contract."""
    return cls


def panel_action(
    panel: QWidget,
    text: str,
    keys: Keys | None = None,
    slot: Callable[[], object] | None = None,
) -> QAction:
    """An action of ``panel`` whose keys work while the keyboard is in the panel (and from a
    menu it is put in); ``slot`` is called without the checked flag when it is triggered."""
    action = QAction(text, panel)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    panel.addAction(action)
    return action
