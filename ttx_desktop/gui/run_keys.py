"""The note-taking keys from anywhere in the main window, and no keystroke lost on a button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QTabBar,
    QWidget,
)

from ttx_desktop.gui.key_capture import key_combination

if TYPE_CHECKING:
    from ttx_desktop.gui.note_panel import NotePanel

# Focus holders on which a typed character has nothing else to do: it starts a note.
NOTHING_TO_TYPE_INTO = (QAbstractButton, QTabBar)
TYPING_MODIFIERS = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.ShiftModifier
ARROWS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}


class NoteTaker(Protocol):
    def has_keys(self, keys: QKeySequence) -> bool: ...
    def take_keys(self, keys: QKeySequence) -> bool: ...
    def start_note(self, text: str) -> None: ...


class RunKeys(QObject):
    """Sees the keys of the whole window before its widgets and shortcuts do.

    While ``active()`` (the Run or Log view is shown), Alt+1…9 and the kind keys go to the note
    panel wherever the focus is, ahead of any mnemonic; a printable character typed while the
    focus is on a button, a tab or a widget named in ``typing_targets`` starts a note with it.

    Signals: none.
    """

    def __init__(
        self,
        window: QWidget,
        notes: NoteTaker,
        active: Callable[[], bool],
        typing_targets: Callable[[], tuple[QWidget, ...]] = tuple,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window, self._notes, self._active = window, notes, active
        self._typing_targets = typing_targets
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or not self._active():
            return False
        if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            starts = kind == QEvent.Type.KeyPress and self._starts_note(watched, event)
            if starts:
                self._notes.start_note(event.text())
            return starts
        keys = QKeySequence(key_combination(event))
        if kind == QEvent.Type.KeyPress:
            return self._notes.take_keys(keys)
        # Claimed here, so that neither a mnemonic nor a shortcut takes it first.
        claimed = self._notes.has_keys(keys)
        if claimed:
            event.accept()
        return claimed

    def _starts_note(self, watched: QWidget, event: QKeyEvent) -> bool:
        text = event.text()
        if not text or not text.isprintable() or text.isspace():
            return False  # Space presses the button, Enter and Tab do what they always do
        if event.modifiers() & ~TYPING_MODIFIERS:
            return False
        return isinstance(watched, NOTHING_TO_TYPE_INTO) or watched in self._typing_targets()


def catch_note_keys(
    window: QWidget, notes: NotePanel, timeline: QAbstractScrollArea, active: Callable[[], bool]
) -> RunKeys:
    """Wires the window's note keys to its note panel, typing on the timeline included; the
    filter goes with the panel."""
    targets: tuple[QWidget, ...] = (timeline, timeline.viewport())
    return RunKeys(window, notes, active, lambda: targets, parent=notes)


def forward_keys(window: QWidget, event: QKeyEvent) -> bool:
    """Does in ``window`` what ``event``'s keys do there (an enabled action with that key),
    or moves in the view that has the focus for an arrow; False when nothing takes it."""
    keys = QKeySequence(key_combination(event))
    for action in window.findChildren(QAction):
        if action.isEnabled() and any(k == keys for k in action.shortcuts()):
            action.trigger()
            return True
    target = window.focusWidget()
    if target is not None and Qt.Key(event.key()) in ARROWS:
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QApplication.sendEvent(target, copy)
        return True
    return False
