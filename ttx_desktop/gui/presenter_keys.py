"""The presenter window's keys: its own, a clicker's, and those it passes to the console."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt

CLICKER_KEY = "presenter/clicker"  # PageDown/PageUp from a presentation clicker; on by default
# Keys the console acts on, passed through when the presenter has the keyboard.
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def clicker_on() -> bool:
    return bool(QSettings().value(CLICKER_KEY, True, type=bool))


def set_clicker(on: bool) -> None:
    QSettings().setValue(CLICKER_KEY, on)


def presenter_shortcuts() -> list[tuple[str, str]]:
    """The presenter window's keys, for Help → Keyboard shortcuts (it may not be open)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("PresenterWindow", text)

    return [
        (tr("Presenter: full screen"), "F11, F"),
        (tr("Presenter: black-out"), "B, ."),
        (tr("Presenter: agenda of the day"), "A"),
        (tr("Presenter: the vote's results"), "V"),
        (tr("Presenter: the recommendations"), "R"),
        (tr("Presenter: leave full screen"), "Esc"),
        (tr("Presenter: next inject (a clicker), releasing it if need be"), "PgDown"),
        (tr("Presenter: previous inject (a clicker)"), "PgUp"),
        (tr("Presenter: the console's keys (release, clock, presenter)"), "F5, F7, F9"),
    ]
