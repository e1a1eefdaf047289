"""The session wires the services of one exercise file together."""

from __future__ import annotations

import dataclasses

import pytest

from tests.fakes import FakeClocks
from ttx_desktop.domain.model import Exercise
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile


def test_log_is_stamped_with_the_module_clock(session: Session, clocks: FakeClocks) -> None:
    assert len(session.timeline.injects()) == 6
    module = session.exercise.modules[0].id
    session.clock.start(module)
    clocks.advance(60)
    entry = session.log.log("decision", "We evacuate", team_id=session.exercise.teams[0].id)
    assert entry.module_id == module
    assert entry.exercise_s == 60


def test_authoring_change_reaches_log_and_timeline(session: Session) -> None:
    heard: list[OpChanges] = []
    session.changed.connect(heard.append)
    inject = session.exercise.injects[0]
    session.authoring.save_inject(dataclasses.replace(inject, title="Gauge at 4.6 m"))
    assert heard == [OpChanges(exercise=True)]
    assert session.timeline.injects()[0].title == "Gauge at 4.6 m"
    assert session.log.log("note", "Seen", inject_id=inject.id).inject_id == inject.id


def test_opening_reads_the_exercise_once(
    qapp: object, mini_file: ExerciseFile, clocks: FakeClocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Authoring and the timeline share one reading of the file when a session starts."""
    reads: list[bool] = []
    load = mini_file.exercise.load

    def counted(*, with_log: bool = True) -> Exercise:
        reads.append(with_log)
        return load(with_log=with_log)

    monkeypatch.setattr(mini_file.exercise, "load", counted)
    session = Session(mini_file, read_clocks=clocks)
    assert reads == [False]
    assert session.timeline.exercise() == session.exercise
    session.announce(OpChanges(exercise=True))  # later readings still go to the file
    assert reads == [False, False]
