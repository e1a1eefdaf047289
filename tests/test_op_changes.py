"""One change per write: each reads the exercise at most once and is announced once."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ttx_desktop.domain.model import Exercise, InjectStatus
from ttx_desktop.services.changes import (
    ENTRIES,
    EXERCISE,
    FEEDBACK,
    RECOMMENDATIONS,
    ROOM,
    TIMELINE,
    OpChanges,
    of_vote,
)
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_repo import ExerciseRepo


@pytest.fixture
def window(shown_window: Any) -> Any:
    """The whole main window on the session: every panel listens while the test writes."""
    return shown_window


@pytest.fixture
def loads(window: Any, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each reading of the whole exercise from the file from now on (its ``with_log``)."""
    seen: list[bool] = []
    load = ExerciseRepo.load

    def counted(self: ExerciseRepo, *, with_log: bool = True) -> Exercise:
        seen.append(with_log)
        return load(self, with_log=with_log)

    monkeypatch.setattr(ExerciseRepo, "load", counted)
    return seen


@pytest.fixture
def heard(window: Any, session: Session) -> Iterator[list[OpChanges]]:
    """What the session announces from now on."""
    seen: list[OpChanges] = []
    session.changed.connect(seen.append)
    yield seen
    session.changed.disconnect(seen.append)


def test_a_release_reads_the_exercise_once_and_is_announced_once(
    window: Any, session: Session, loads: list[bool], heard: list[OpChanges]
) -> None:
    next_panel = window.panels["next"]
    shown = next_panel._shown
    assert shown is not None
    next_panel.ui.releaseButton.click()
    assert loads == [False]
    assert heard == [TIMELINE]
    # Every service holds the one reading, and the panels show it.
    assert session.exercise.inject(shown.id).status is InjectStatus.RELEASED  # type: ignore[union-attr]
    assert session.timeline.inject(shown.id).status is InjectStatus.RELEASED  # type: ignore[union-attr]
    assert next_panel._shown is not None and next_panel._shown.id != shown.id
    model = window.panels["msel"].model
    rows = [model.inject_at(row) for row in range(model.rowCount())]
    assert next(i for i in rows if i is not None and i.id == shown.id).status is (
        InjectStatus.RELEASED
    )


def test_undoing_a_release_reads_once_and_is_announced_once(
    window: Any, session: Session, loads: list[bool], heard: list[OpChanges]
) -> None:
    window.panels["next"].ui.releaseButton.click()
    session.undo_stack.undo()
    assert loads == [False, False]
    assert heard == [TIMELINE, TIMELINE]
    assert all(i.status is InjectStatus.PENDING for i in session.exercise.injects)


def test_a_note_reads_nothing_and_is_announced_once(
    session: Session, loads: list[bool], heard: list[OpChanges]
) -> None:
    session.log.log("note", "The mayor calls", team_id=session.exercise.teams[0].id)
    assert loads == []
    assert heard == [ENTRIES]


def test_an_authoring_edit_reads_once_and_reaches_the_timeline(
    session: Session, loads: list[bool], heard: list[OpChanges]
) -> None:
    inject = session.exercise.injects[2]
    session.authoring.save_inject(dataclasses.replace(inject, title="Rumour, revised"))
    assert loads == [False]
    assert heard == [EXERCISE]
    assert session.timeline.inject(inject.id).title == "Rumour, revised"  # type: ignore[union-attr]


def test_a_clock_start_reads_nothing(
    session: Session, loads: list[bool], heard: list[OpChanges]
) -> None:
    session.clock.start(session.exercise.modules[0].id)
    assert loads == []
    assert heard == [OpChanges(clock=True)]


def test_another_writers_change_is_read_once_and_announced_once(
    session: Session, loads: list[bool], heard: list[OpChanges]
) -> None:
    """A merge or the room's server wrote through a connection of its own."""
    inject = session.exercise.injects[0]
    session.file.injects.save(dataclasses.replace(inject, title="Merged title"))
    session.announce(EXERCISE | ENTRIES)
    assert loads == [False]
    assert heard == [OpChanges(exercise=True, entries=True)]
    assert session.exercise.injects[0].title == "Merged title"
    assert session.timeline.injects()[0].title == "Merged title"
    session.announce(FEEDBACK)  # nothing authored: nothing read
    assert loads == [False]


def test_votes_and_drafts_are_announced_through_the_session(
    session: Session, heard: list[OpChanges]
) -> None:
    vote = session.policy.new_poll("Open the hotline?", ["Yes", "No"])
    session.policy.ballot_arrived(vote.id)  # as the room says a phone's ballot
    session.policy.draft_arrived()  # as the room says a rapporteur's draft
    session.policy.close_vote(vote.id)
    assert heard == [
        of_vote(vote.id),
        of_vote(vote.id),
        RECOMMENDATIONS,
        of_vote(vote.id) | RECOMMENDATIONS,
    ]


def test_changes_combine_and_say_whether_anything_changed() -> None:
    assert not OpChanges()
    assert ROOM
    both = of_vote("a") | of_vote("b") | ROOM
    assert (both.votes, both.vote_id, both.room, both.exercise) == (True, "b", True, False)


def test_a_merge_is_read_once_and_announced_once(
    qtbot: Any, window: Any, session: Session, tmp_path: Path, loads: list[bool]
) -> None:
    from tests.conftest import DATA
    from tests.fake_dialogs import FakeDialogs
    from ttx_desktop.domain.ids import utc_now
    from ttx_desktop.domain.model import EntryKind, LogEntry
    from ttx_desktop.formats.definition import load_definition
    from ttx_desktop.gui.merge_action import MergeAction
    from ttx_desktop.storage.exercise_file import ExerciseFile

    other = tmp_path / "laptop2.ttxdb"
    ExerciseFile.create(other, load_definition(DATA / "mini.yaml")).close()
    with ExerciseFile.open(other) as xf:
        for n in range(3):
            xf.log.append(
                LogEntry(id=f"m{n}", kind=EntryKind.NOTE, text=f"n{n}", logged_at=utc_now())
            )
    action = MergeAction(session, FakeDialogs(), window)
    heard: list[OpChanges] = []
    session.changed.connect(heard.append)
    with qtbot.waitSignal(action.merged, timeout=10_000):
        action.merge(other)
    assert heard == [ENTRIES]  # three entries, one change
    # The merge reads both copies whole (with their logs); nothing authored came in, so the
    # console does not read the exercise again after it.
    assert False not in loads
    assert len(session.log.entries()) == 3


def test_a_burst_of_phone_entries_is_announced_per_slice_not_per_entry(
    qtbot: Any, session: Session
) -> None:
    from ttx_desktop.domain.ids import utc_now
    from ttx_desktop.domain.model import EntryKind, LogEntry
    from ttx_desktop.room.room_service import RoomService

    room = RoomService(session)
    heard: list[OpChanges] = []
    session.changed.connect(heard.append)
    rows: list[str] = []
    session.log.entry_logged.connect(lambda entry: rows.append(entry.id))
    entries = [
        LogEntry(id=f"p{n}", kind=EntryKind.NOTE, text=f"note {n}", logged_at=utc_now())
        for n in range(200)
    ]
    for entry in entries:
        session.file.log.append(entry)  # as the server does: stored first, then announced
        room._entry_from_server(entry)
    qtbot.waitUntil(lambda: len(rows) == len(entries), timeout=5000)
    assert heard and all(changes == ENTRIES for changes in heard)
    assert len(heard) < len(entries)
