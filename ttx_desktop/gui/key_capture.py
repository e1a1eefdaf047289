"""Keys that a panel keeps for itself while the keyboard is in it, ahead of any shortcut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


def key_combination(event: QKeyEvent) -> QKeyCombination:
    """The key and modifiers of ``event``, the keypad not counted."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeyCombination(modifiers, Qt.Key(event.key()))


class KeyCapture(QObject):
    """Takes the given keys in the widgets it watches before the window's shortcuts see them.

    A mnemonic elsewhere in the window ("&Skip" on another panel) then never fires, nor turns
    ambiguous, while the user types in the note panel.

    Signals:
        captured(QKeySequence): one of the keys was pressed in a watched widget.
    """

    captured = Signal(QKeySequence)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: set[str] = set()

    def set_keys(self, keys: list[QKeySequence]) -> None:
        self._keys = {k.toString() for k in keys if not k.isEmpty()}

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        keys = QKeySequence(key_combination(event))
        if keys.toString() not in self._keys:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self.captured.emit(keys)
        return True
