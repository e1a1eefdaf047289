"""The room's door to the file under load: its reading of the exercise is kept across its own
entries and read again after the console commits; entries sent at once are committed in
groups, each stored once."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage_helpers import small_exercise
from ttx_desktop.domain.ids import new_id, utc_now
from ttx_desktop.domain.model import EntryKind, FeedbackResponse, InjectStatus, LogEntry
from ttx_desktop.storage.errors import WriteRefused
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.room_store import RoomStore


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[ExerciseFile, RoomStore]]:
    path = tmp_path / "harbour.ttxdb"
    with ExerciseFile.create(path, small_exercise(log=False)) as file:
        store = RoomStore(path)
        try:
            yield file, store
        finally:
            store.close()


def _entry(text: str) -> LogEntry:
    return LogEntry(id=new_id(), kind=EntryKind.NOTE, text=text, logged_at=utc_now())


def test_the_rooms_own_writes_keep_its_reading(opened: tuple[ExerciseFile, RoomStore]) -> None:
    _file, store = opened
    first = store.snapshot()
    store.add_entry(_entry("Shelter opened"))
    store.put_feedback(
        FeedbackResponse(id=new_id(), submitted_at=utc_now()), max_forms=10, max_bytes=10_000
    )
    assert store.snapshot() is first


def test_a_change_the_console_commits_is_read_again(
    opened: tuple[ExerciseFile, RoomStore],
) -> None:
    file, store = opened
    first = store.snapshot()
    inject = first.exercise.injects[0]
    assert inject.status is not InjectStatus.RELEASED
    file.injects.set_status(inject.id, InjectStatus.RELEASED)  # the console's connection
    again = store.snapshot()
    assert again is not first
    released = again.exercise.inject(inject.id)
    assert released is not None and released.status is InjectStatus.RELEASED
    # And an entry the console logs is a commit of another connection too: read again.
    file.log.append(_entry("Logged at the console"))
    assert store.snapshot() is not again


def test_entries_sent_at_once_are_each_stored_once_in_a_group(
    opened: tuple[ExerciseFile, RoomStore],
) -> None:
    file, store = opened
    entries = [_entry(f"Entry {n}") for n in range(40)]
    sent = [*entries, *entries[::3]]  # resends among them, as phones make
    answers: list[tuple[LogEntry, bool]] = []
    lock = threading.Lock()

    def send(entry: LogEntry) -> None:
        answer = store.add_entry(entry)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=send, args=(e,)) for e in sent]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(answers) == len(sent)
    assert sum(new for _, new in answers) == len(entries)
    assert sorted(e.id for e, _ in answers) == sorted(e.id for e in sent)
    assert file.log.count() == len(entries)


def test_an_entry_the_file_refuses_leaves_the_rest_of_its_group_stored(
    opened: tuple[ExerciseFile, RoomStore],
) -> None:
    file, store = opened
    good, bad = _entry("Pumps restarted"), _entry("Names a team the file lacks")
    bad = dataclasses.replace(bad, team_id="no-such-team")  # refused by the foreign key
    results = store.room.add_entries([bad, good, good])
    assert isinstance(results[0], WriteRefused) and "FOREIGN KEY" in results[0].reason
    assert results[1] is not None and results[1].id == good.id
    assert results[2] is None  # the resend, in the same group
    assert [e.id for e in file.log.all()] == [good.id]
