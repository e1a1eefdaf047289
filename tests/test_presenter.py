"""The presenter window shows the room what was just released, with a QR code and a black-out."""

from __future__ import annotations

from typing import Any

from tests.fakes import FakeClocks
from ttx_desktop.gui.presenter_window import PresenterWindow
from ttx_desktop.services.session import Session


def test_waits_until_an_inject_is_released_then_shows_it(
    qtbot: Any, session: Session, clocks: FakeClocks
) -> None:
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    assert window.current_inject() is None
    assert not window.waiting.isHidden()
    assert window.qr_payload() == ""

    session.clock.start(session.exercise.modules[0].id)
    clocks.advance(600)
    third = next(i for i in session.exercise.injects if i.number == 3)
    session.timeline.release(third.id)  # the window updates the moment it is released

    assert window.current_inject() is not None
    assert window.inject_title.text() == third.title
    assert window.inject_text.text() == third.text
    assert "Inject 3" in window.inject_meta.text()
    assert third.title in window.qr_payload()
    assert window.clock.text() == "0:10:00"


def test_typed_text_is_shown_as_plain_text(qtbot: Any, session: Session) -> None:
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    third = next(i for i in session.exercise.injects if i.number == 3)  # its text holds <b>
    session.clock.start(session.exercise.modules[0].id)
    session.timeline.release(third.id)
    assert "<b>Not true</b>" in window.inject_text.text()
    for label in (window.inject_title, window.inject_text, window.inject_meta):
        assert label.textFormat().name == "PlainText"


def test_black_out_and_back(qtbot: Any, session: Session) -> None:
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.blackout_action.trigger()
    assert window.blacked_out
    window.blackout_action.trigger()
    assert not window.blacked_out


def test_undoing_the_release_takes_it_off_the_screen(qtbot: Any, session: Session) -> None:
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    session.clock.start(session.exercise.modules[0].id)
    first = next(i for i in session.exercise.injects if i.number == 1)
    session.timeline.release(first.id)
    assert window.current_inject() is not None
    session.timeline.undo_release(first.id)
    assert window.current_inject() is None
    assert not window.waiting.isHidden()
