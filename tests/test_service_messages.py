"""The services', clock's, room's and exporters' refusals reach the interface translatable:
each message is a Text (messages.py) whose template the translators get, with names, numbers
and the parts of a longer message kept as values, and the English reads as it did."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ttx_desktop.domain.clock import ClockAction, ClockError, ClockEvent, ModuleClock
from ttx_desktop.domain.ids import new_id, utc_now
from ttx_desktop.domain.model import EntryKind, LogEntry, Team
from ttx_desktop.errors import UserError
from ttx_desktop.exporters import text
from ttx_desktop.exporters.options import ExportError
from ttx_desktop.exporters.template import open_base
from ttx_desktop.gui.build_translations import message_templates
from ttx_desktop.messages import Text, message_of
from ttx_desktop.room.limits import Limits
from ttx_desktop.room.server import RoomRefused, RoomServer
from ttx_desktop.services.room_desk import RoomDesk
from ttx_desktop.services.session import Session
from ttx_desktop.storage.room_store import RoomStore

ROOT = Path(__file__).resolve().parents[1]
AREA = ["services", "domain", "exporters", "room/server.py"]


def _templates() -> set[str]:
    found: set[str] = set()
    for part in AREA:
        where = ROOT / "ttx_desktop" / part
        for path in [where] if where.is_file() else sorted(where.rglob("*.py")):
            found.update(message_templates(path))
    return found


def _detail(error: BaseException) -> Text:
    detail = error.detail if isinstance(error, UserError) else message_of(error)
    assert isinstance(detail, Text), detail
    return detail


def _inside(message: Text) -> list[str]:
    """The templates of ``message`` and of every Text among its values, outermost first."""
    found = [message.template]
    for value in message.values.values():
        if isinstance(value, Text):
            found += _inside(value)
    return found


def test_a_refused_delete_is_made_of_templates_the_translators_get(session: Session) -> None:
    authoring = session.authoring
    press = authoring.exercise.find_team("PRESS")
    assert press is not None
    with pytest.raises(UserError) as caught:
        authoring.delete_team(press.id)
    detail = _detail(caught.value)
    assert detail.startswith("Team PRESS (Media) cannot be deleted: injects 3, 4")
    assert detail.endswith(" name it (change those injects first)")
    assert _inside(detail)[:3] == [
        "{label} cannot be deleted: {reasons}",
        "Team {code} ({name})",
        "{reasons} (change those injects first)",
    ]
    translatable = _templates()
    assert all(t in translatable for t in _inside(detail))


def test_one_log_entry_and_the_problems_of_a_record_stay_apart(session: Session) -> None:
    authoring = session.authoring
    lonely = authoring.save_team(Team(new_id(), "LOG", "Logistics"))
    entry = LogEntry(new_id(), EntryKind.NOTE, "Noted", utc_now(), team_id=lonely.id)
    session.file.log.append(entry)
    with pytest.raises(UserError) as caught:
        authoring.delete_team(lonely.id)
    assert _detail(caught.value).values["reasons"].template == "{count} log entry name it"

    bad = dataclasses.replace(lonely, code="two words", colour="red")
    with pytest.raises(UserError) as caught:
        authoring.save_team(bad)
    detail = _detail(caught.value)
    assert detail == (
        "Team two words: the code 'two words' must be one word (such as CIV); "
        "the colour 'red' is not a colour (write #RRGGBB)"
    )
    problems = _inside(detail)
    assert "the code {code!r} must be one word (such as CIV)" in problems
    assert "the colour {colour!r} is not a colour (write #RRGGBB)" in problems


def test_an_inject_in_the_wrong_state_names_both_states_as_words(session: Session) -> None:
    first = next(i for i in session.timeline.injects() if i.number == 1)
    session.timeline.skip(first.id)
    with pytest.raises(UserError) as caught:
        session.timeline.undo_release(first.id)
    detail = _detail(caught.value)
    assert detail == "inject 1 is skipped, not released"
    assert detail.values["status"].template == "skipped"
    assert detail.values["expected"].template == "released"


def test_the_clock_keeps_its_message_through_the_service(session: Session) -> None:
    with pytest.raises(UserError) as caught:
        session.clock.pause()
    assert _detail(caught.value).template == "the exercise clock has not been started"
    module = session.authoring.exercise.modules[0].id
    session.clock.start(module)
    session.clock.pause()
    with pytest.raises(UserError) as caught:
        session.clock.pause()  # the domain's ClockError, kept a Text by the service
    assert _detail(caught.value).template == "the clock is not running"
    event = ClockEvent(new_id(), module, ClockAction.PAUSE, session.clock.now())
    with pytest.raises(ClockError) as refused:
        ModuleClock(module).apply(event)
    assert _detail(refused.value).template == "the clock is not running"


def test_a_log_entry_that_is_too_long_says_so_with_its_numbers(session: Session) -> None:
    with pytest.raises(UserError) as caught:
        session.log.log(EntryKind.NOTE, "x" * 20_001)
    detail = _detail(caught.value)
    assert detail.template == "the entry is too long ({size:,} characters; at most {most:,})"
    assert detail == "the entry is too long (20,001 characters; at most 20,000)"


def test_the_room_refuses_an_address_in_a_template(mini_path: Path) -> None:
    desk = RoomDesk(RoomStore(mini_path))
    server = RoomServer(desk, limits=Limits())
    with pytest.raises(RoomRefused) as caught:
        server.start("::1", 0)
    assert _detail(caught.value).template == "{address} is an IPv6 address; choose an IPv4 address"
    with pytest.raises(RoomRefused) as caught:
        server.start("0.0.0.0", 0)
    assert "never listens on all" in _detail(caught.value).template
    desk.close()


def test_export_warnings_and_template_refusals_are_translatable() -> None:
    warnings: list[str] = []
    assert text.clean("a\x00b\x01c", warnings) == "abc"
    (warning,) = warnings
    assert isinstance(warning, Text) and warning.values["count"] == 2
    assert (
        warning
        == "removed 2 characters that a Word document cannot hold (U+0000, U+0001) from “abc”"
    )
    with pytest.raises(ExportError) as caught:
        open_base(b"not a zip")
    assert _detail(caught.value).template in _templates()
