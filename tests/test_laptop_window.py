"""The main window on a facilitator's laptop: it fits 1280×720 and 1366×768 (at 100% and at
150%, whose logical screens are smaller), its layout can be reset, and every note-taking key
works wherever the focus is in the Run view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from ttx_desktop.domain.model import EntryKind
from ttx_desktop.gui.note_panel import KIND_KEYS

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
# Available areas: the screen less a 40-pixel panel; at 150% the logical screen is 1/1.5.
SCREENS = {
    "1280x720": QRect(0, 0, 1280, 680),
    "1366x768": QRect(0, 0, 1366, 728),
    "1280x720 at 150%": QRect(0, 0, 853, 453),
    "1366x768 at 150%": QRect(0, 0, 910, 485),
}


def _make(qtbot: Any, tmp_path: Path, session: Any, dialogs: Any, screen: QRect) -> Any:
    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    window = MainWindow(dialogs, temporary_settings(tmp_path), available=lambda: screen)
    qtbot.addWidget(window)
    window.set_session(session)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, session: Any, dialogs: Any) -> Iterator[Any]:
    made = _make(qtbot, tmp_path, session, dialogs, SCREENS["1366x768"])
    yield made
    made.set_session(None)


def _inside(window: Any, widget: QWidget, screen: QRect) -> bool:
    """``widget`` shown whole, and the window's part where it sits within ``screen``."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    in_window = QRect(top_left, widget.size())
    on_screen = in_window.translated(window.geometry().topLeft())
    return (
        widget.isVisible()
        and widget.visibleRegion().boundingRect() == widget.rect()  # not cut by a scroll area
        and window.rect().contains(in_window)
        and screen.contains(on_screen)
        and widget.width() >= 40
        and widget.height() >= 20
    )


@pytest.mark.parametrize("name", list(SCREENS))
def test_the_note_field_and_its_button_are_on_the_screen_with_and_without_the_room(
    qtbot: Any, tmp_path: Path, session: Any, dialogs: Any, name: str
) -> None:
    screen = SCREENS[name]
    window = _make(qtbot, tmp_path, session, dialogs, screen)
    notes = window.panels["notes"]
    qtbot.waitUntil(lambda: screen.contains(window.frameGeometry()))
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.minimumSizeHint().height() <= screen.height()
    assert _inside(window, notes.text, screen) and _inside(window, notes.log_button, screen)

    window.room_menu.show_panel()
    qtbot.wait(10)
    assert window.minimumSizeHint().height() <= screen.height()  # the room forces nothing
    assert screen.contains(window.frameGeometry())
    assert _inside(window, notes.text, screen) and _inside(window, notes.log_button, screen)
    room = window.findChild(QDockWidget, "dock_room")
    beside = window.findChild(QDockWidget, "dock_next")
    assert room.isVisible() and beside.isVisible()
    assert room not in window.tabifiedDockWidgets(beside)
    window.set_session(None)


def test_the_window_opens_inside_a_small_screen_even_when_saved_on_a_large_one(
    qtbot: Any, tmp_path: Path, session: Any, dialogs: Any
) -> None:
    large = _make(qtbot, tmp_path, session, dialogs, QRect(0, 0, 1920, 1040))
    large.resize(1800, 1000)
    large.set_session(None)  # saves the layout, for the 1920×1080 screen only
    small = SCREENS["1366x768"]
    window = _make(qtbot, tmp_path, session, dialogs, small)
    qtbot.waitUntil(lambda: small.contains(window.frameGeometry()))
    window.set_session(None)


def test_reset_layout_puts_the_docks_back_at_their_widths(qtbot: Any, window: Any) -> None:
    docks = {name: window.findChild(QDockWidget, f"dock_{name}") for name in ("next", "notes")}
    before = {name: dock.width() for name, dock in docks.items()}
    window.resizeDocks([docks["next"]], [900], Qt.Orientation.Horizontal)
    docks["notes"].setFloating(True)
    window.findChild(QDockWidget, "dock_clock").hide()
    qtbot.waitUntil(lambda: docks["next"].width() > before["next"] + 100)
    reset = next(a for a in window._menus["view"].actions() if "Reset" in a.text())
    reset.trigger()
    qtbot.waitUntil(lambda: abs(docks["next"].width() - before["next"]) <= 8)
    assert not docks["notes"].isFloating()
    assert window.findChild(QDockWidget, "dock_clock").isVisible()


def test_side_docks_keep_their_share_across_a_language_switch(qtbot: Any, window: Any) -> None:
    dock = window.findChild(QDockWidget, "dock_next")
    window.resizeDocks([dock], [1000], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() > window.width() * 0.5)
    window.retranslate()  # builds the panels anew from the saved layout
    qtbot.wait(10)
    dock = window.findChild(QDockWidget, "dock_next")
    qtbot.waitUntil(lambda: dock.width() <= window.width() * 0.4 + 8)


def _focus(qtbot: Any, window: Any, widget: QWidget) -> None:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _places(window: Any) -> dict[str, QWidget]:
    return {
        "release button": window.panels["next"].ui.releaseButton,
        "timeline": window.panels["timeline"].canvas,
    }


@pytest.mark.parametrize("place", ["release button", "timeline"])
def test_every_team_and_kind_key_works_from_the_run_view(
    qtbot: Any, window: Any, session: Any, place: str
) -> None:
    notes = window.panels["notes"]
    widget = _places(window)[place]
    _focus(qtbot, window, widget)
    for n, team in enumerate(session.exercise.teams, start=1):
        qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{n}"), ALT)
        assert notes.team_id == team.id
    for kind, keys in KIND_KEYS:
        letter = keys.removeprefix("Alt+")
        qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{letter}"), ALT)
        assert notes.kind is kind
    assert widget.hasFocus()  # picked without moving the keyboard
    qtbot.keyClick(widget, Qt.Key.Key_0, ALT)
    assert notes.team_id is None


@pytest.mark.parametrize("place", ["release button", "timeline"])
def test_typing_on_a_focused_button_or_the_timeline_starts_a_note(
    qtbot: Any, window: Any, session: Any, place: str
) -> None:
    notes = window.panels["notes"]
    notes.text.clear()
    widget = _places(window)[place]
    _focus(qtbot, window, widget)
    qtbot.keyClicks(widget, "M")
    qtbot.keyClicks(window.focusWidget(), "edia called")
    assert notes.text.toPlainText() == "Media called"
    assert notes.text.hasFocus()
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    assert [e.text for e in session.log.entries()][-1:] == ["Media called"]


def test_the_keys_leave_the_prepare_view_alone(qtbot: Any, window: Any) -> None:
    notes = window.panels["notes"]
    notes.select_kind(EntryKind.NOTE)
    window.show_view("prepare")
    prepare = window.panels["prepare"]
    _focus(qtbot, window, prepare)
    qtbot.keyClick(prepare, Qt.Key.Key_D, ALT)
    assert notes.kind is EntryKind.NOTE


def test_a_release_with_a_long_title_keeps_the_status_bar_on_the_screen(
    qtbot: Any, tmp_path: Path, session: Any, dialogs: Any
) -> None:
    import dataclasses

    screen = SCREENS["1366x768"]
    window = _make(qtbot, tmp_path, session, dialogs, screen)
    first = session.exercise.injects[0]
    long_title = " ".join(["A long title that wraps onto many lines"] * 6)
    session.authoring.save_inject(dataclasses.replace(first, title=long_title))
    session.clock.start(session.exercise.modules[0].id)
    window.panels["next"].release_action.trigger()
    qtbot.wait(50)
    assert window.minimumSizeHint().height() <= screen.height()
    assert screen.contains(window.frameGeometry())
    assert _inside(window, window.statusBar(), screen)
    notes = window.panels["notes"]
    assert _inside(window, notes.text, screen) and _inside(window, notes.log_button, screen)
    window.set_session(None)


@pytest.mark.parametrize("name", list(SCREENS))
def test_the_prepare_view_fits_too(
    qtbot: Any, tmp_path: Path, session: Any, dialogs: Any, name: str
) -> None:
    screen = SCREENS[name]
    window = _make(qtbot, tmp_path, session, dialogs, screen)
    window.show_view("prepare")
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.minimumSizeHint().height() <= screen.height()
    assert screen.contains(window.frameGeometry())
    notes = window.panels["notes"]
    assert _inside(window, notes.text, screen) and _inside(window, notes.log_button, screen)
    window.set_session(None)
