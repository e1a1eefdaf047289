"""The console and the room server write one file through two connections at the same moment:
neither may fail with "database is locked", and nothing either acknowledged may be lost."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ttx_desktop.domain.clock import ClockAction, ClockEvent, Reading
from ttx_desktop.domain.model import EntryKind, LogEntry
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.room_store import RoomStore

NOW = datetime(2027, 3, 16, 9, 30, tzinfo=UTC)
READING = Reading(NOW, 1000.0, "boot-1")


def _entry(text: str, team_id: str) -> LogEntry:
    return LogEntry(
        id=str(uuid.uuid4()), kind=EntryKind.NOTE, text=text, logged_at=NOW, team_id=team_id
    )


@pytest.fixture
def both(mini_path: Path) -> Iterator[tuple[ExerciseFile, RoomStore, str]]:
    """The console's file and the room server's store over it, and a team to log for."""
    console = ExerciseFile.open(mini_path)
    room = RoomStore(mini_path)
    team = console.exercise.load(with_log=False).teams[0].id
    try:
        yield console, room, team
    finally:
        room.close()
        console.close()


def _room_writes_while_console_is_mid_transaction(
    console: ExerciseFile, room_write: Callable[[], object], console_write: Callable[[], object]
) -> list[BaseException]:
    """Runs ``console_write``; when it is about to write its first row (after what it read),
    the room commits ``room_write`` from another thread. Returns the room's failures."""
    failures: list[BaseException] = []
    done = threading.Event()
    armed = [True]

    def room() -> None:
        try:
            room_write()
        except BaseException as exc:  # handed to the test to assert on
            failures.append(exc)
        finally:
            done.set()

    def on_statement(sql: str) -> None:
        if armed[0] and sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
            armed[0] = False
            worker = threading.Thread(target=room)
            worker.start()
            # The room either commits now (the console holds no write lock yet) or waits for
            # the console's commit; a bounded wait lets the second case go on.
            done.wait(0.5)
            threads.append(worker)

    threads: list[threading.Thread] = []
    console.db.conn.set_trace_callback(on_statement)
    try:
        console_write()
    finally:
        console.db.conn.set_trace_callback(None)
        for worker in threads:
            worker.join(timeout=30)
    assert not armed[0], "the console wrote nothing"
    return failures


def test_a_clock_event_while_the_room_commits_an_entry(
    both: tuple[ExerciseFile, RoomStore, str],
) -> None:
    console, room, team = both
    module = console.exercise.load(with_log=False).modules[0].id
    from_phone = _entry("From a phone", team)
    event = ClockEvent(id=str(uuid.uuid4()), module_id=module, action=ClockAction.START, at=READING)
    failures = _room_writes_while_console_is_mid_transaction(
        console, lambda: room.add_entry(from_phone), lambda: console.clock.append(event)
    )
    assert failures == []
    assert [e.id for e in console.clock.all()] == [event.id]
    assert console.log.get(from_phone.id) is not None


def test_an_edit_of_an_entry_while_the_room_commits_another(
    both: tuple[ExerciseFile, RoomStore, str],
) -> None:
    console, room, team = both
    mine = console.log.append(_entry("Typed at the console", team))
    from_phone = _entry("From a phone", team)
    failures = _room_writes_while_console_is_mid_transaction(
        console,
        lambda: room.add_entry(from_phone),
        lambda: console.log.edit(mine.id, text="Edited at the console", by="Tester"),
    )
    assert failures == []
    edited = console.log.get(mine.id)
    assert edited is not None and edited.text == "Edited at the console"
    assert console.log.get(from_phone.id) is not None


def test_the_console_and_the_room_logging_at_once_lose_nothing(
    both: tuple[ExerciseFile, RoomStore, str],
) -> None:
    console, room, team = both
    module = console.exercise.load(with_log=False).modules[0].id
    sent = [_entry(f"Phone {n}", team) for n in range(60)]
    errors: list[BaseException] = []

    def phones() -> None:
        try:
            for entry in sent:
                room.add_entry(entry)
        except BaseException as exc:  # handed to the test to assert on
            errors.append(exc)

    worker = threading.Thread(target=phones)
    worker.start()
    typed = []
    actions = [ClockAction.START, ClockAction.PAUSE] * 15
    for n, action in enumerate(actions):
        typed.append(console.log.append(_entry(f"Console {n}", team)))
        console.log.edit(typed[-1].id, text=f"Console {n} (edited)", by="Tester")
        console.clock.append(
            ClockEvent(id=str(uuid.uuid4()), module_id=module, action=action, at=READING)
        )
    worker.join(timeout=60)
    assert errors == []
    stored = {e.id for e in console.log.all()}
    assert {e.id for e in sent} | {e.id for e in typed} == stored
    assert [e.seq for e in console.clock.all()] == list(range(1, len(actions) + 1))
