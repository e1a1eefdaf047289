"""LogService and ClockService over a real exercise file, with the machine's clocks injected."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fakes import FakeClocks
from ttx_desktop.domain.clock import ClockState
from ttx_desktop.domain.ids import derived_id, new_id
from ttx_desktop.domain.log_entry import parse_kind
from ttx_desktop.domain.model import (
    EntryKind,
    EntryTag,
    Exercise,
    ExerciseDetails,
    Inject,
    Module,
    Participant,
    Team,
)
from ttx_desktop.errors import UserError
from ttx_desktop.services.clock_service import ClockRefused, ClockService
from ttx_desktop.services.log_service import EntryRefused, LogService
from ttx_desktop.storage.exercise_file import ExerciseFile


def make_exercise() -> Exercise:
    """A small exercise: two teams, two modules, three injects, one participant."""
    ex = new_id()
    lea = Team(derived_id(ex, "team", "LEA"), "LEA", "Law enforcement")
    ict = Team(derived_id(ex, "team", "ICT"), "ICT", "ICT industry", colour="#55A868")
    day1 = Module(derived_id(ex, "module", "1"), 1, "Day 1: The flood", day=1, start="09:30")
    day2 = Module(derived_id(ex, "module", "2"), 2, "Day 2: Recovery", day=2, start="09:00")
    injects = (
        Inject(derived_id(ex, "inject", "1"), 1, day1.id, "Water rises", planned_s=900,
               target_team_ids=(lea.id,), scenario_time="Day 1, 06:10"),
        Inject(derived_id(ex, "inject", "2"), 2, day1.id, "Power out", planned_s=3600,
               target_team_ids=(lea.id, ict.id), position=1),
        Inject(derived_id(ex, "inject", "3"), 3, day2.id, "Ҳисобот: рапорт", planned_s=600,
               target_team_ids=(ict.id,), position=2),
    )  # fmt: skip
    return Exercise(
        details=ExerciseDetails(id=ex, title="River flood drill", venue="Town hall"),
        teams=(lea, ict),
        participants=(Participant(new_id(), "Ana Ivanova", "Police", team_id=lea.id),),
        modules=(day1, day2),
        injects=injects,
    )


@pytest.fixture
def exercise() -> Exercise:
    return make_exercise()


@pytest.fixture
def xf(tmp_path: Path, exercise: Exercise) -> Iterator[ExerciseFile]:
    file = ExerciseFile.create(tmp_path / "drill.ttxdb", exercise)
    yield file
    file.close()


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


@pytest.fixture
def clock(xf: ExerciseFile, clocks: FakeClocks) -> ClockService:
    return ClockService(xf.clock, clocks)


@pytest.fixture
def service(xf: ExerciseFile, exercise: Exercise, clock: ClockService) -> LogService:
    return LogService(xf.log, exercise, clock.stamp)


def record(signal: object) -> list[object]:
    """What ``signal`` emits from now on (its first argument, or None for a bare signal)."""
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args[0] if args else None))  # type: ignore[attr-defined]
    return seen


# -- LogService ----------------------------------------------------------------------------


def test_log_stamps_both_clocks_and_is_on_disk_when_it_returns(
    tmp_path: Path, xf: ExerciseFile, exercise: Exercise, clock: ClockService,
    clocks: FakeClocks, service: LogService,
) -> None:  # fmt: skip
    day1, lea, inject = exercise.modules[0], exercise.teams[0], exercise.injects[0]
    clock.start(day1.id)
    clocks.advance(754.12345)
    logged = record(service.entry_logged)
    before = datetime.now(UTC)

    entry = service.log(
        "decision", "  Evacuate the riverside streets  ", team_id=lea.id,
        inject_id=inject.id, author="Note-taker 2",
    )  # fmt: skip

    assert logged == [entry]
    assert entry.text == "Evacuate the riverside streets"
    assert entry.kind is EntryKind.DECISION
    assert (entry.module_id, entry.exercise_s) == (day1.id, 754.123)
    assert before <= entry.logged_at <= datetime.now(UTC)
    assert entry.logged_at.tzinfo is not None
    assert entry.source == "console"
    # Another connection sees it at once: the append was committed before log() returned.
    with ExerciseFile.open(tmp_path / "drill.ttxdb", readonly=True) as other:
        stored = other.log.get(entry.id)
    assert stored == entry


def test_log_before_the_clock_starts_has_no_module_or_clock(service: LogService) -> None:
    entry = service.log(EntryKind.NOTE, "Room set up")
    assert (entry.module_id, entry.exercise_s) == (None, None)


def test_log_follows_the_current_module(
    exercise: Exercise, clock: ClockService, clocks: FakeClocks, service: LogService
) -> None:
    day1, day2 = exercise.modules
    clock.start(day1.id)
    clocks.advance(60)
    clock.pause()
    clock.start(day2.id)
    clocks.advance(30)
    entry = service.log("observation", "Day two begins")
    assert (entry.module_id, entry.exercise_s) == (day2.id, 30.0)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Area for improvement", EntryKind.IMPROVEMENT),
        ("area_for_improvement", EntryKind.IMPROVEMENT),
        (" QUESTION ", EntryKind.QUESTION),
        (EntryKind.STRENGTH, EntryKind.STRENGTH),
    ],
)
def test_log_reads_kinds_as_people_type_them(
    service: LogService, typed: str, kind: EntryKind
) -> None:
    assert service.log(typed, "text").kind is kind


@given(st.one_of(st.sampled_from([k.value for k in EntryKind]), st.text(max_size=30)))
def test_a_kind_as_stored_and_a_kind_as_typed_are_read_alike(typed: str) -> None:
    """The quick look-up of a kind as stored agrees with the forgiving reading of any text."""
    key = "-".join(typed.strip().casefold().replace("_", " ").split())
    known = {k.value: k for k in EntryKind}
    if key in known:
        assert parse_kind(typed) is known[key]
    else:
        with pytest.raises(EntryRefused):
            parse_kind(typed)


@pytest.mark.parametrize("sent", [["note"], {"kind": "note"}, 3, None])
def test_a_kind_that_is_not_text_is_refused_in_words(sent: Any) -> None:
    with pytest.raises(EntryRefused, match="unknown kind"):
        parse_kind(sent)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "note", "text": "   \n "}, "no text"),
        ({"kind": "note", "text": "x" * 20_001}, "too long"),
        ({"kind": "gossip", "text": "hi"}, "unknown kind 'gossip'"),
        ({"kind": "note", "text": "hi", "team_id": "no-such-team"}, "unknown team"),
        ({"kind": "note", "text": "hi", "inject_id": "no-such-inject"}, "no inject"),
    ],
)
def test_log_refuses_bad_input_and_writes_nothing(
    xf: ExerciseFile, service: LogService, kwargs: dict[str, str], message: str
) -> None:
    logged = record(service.entry_logged)
    with pytest.raises(EntryRefused, match=message) as caught:
        service.log(**kwargs)
    assert isinstance(caught.value, UserError)
    assert xf.log.count(include_deleted=True) == 0
    assert logged == []


def test_edit_adds_a_revision_and_keeps_the_first_text(
    exercise: Exercise, service: LogService
) -> None:
    entry = service.log("note", "Plice arrived")
    edited = record(service.entry_edited)

    after = service.edit(
        entry.id, by="Reviewer", text="Police arrived", kind="Action",
        team_id=exercise.teams[0].id, tag="strength",
    )  # fmt: skip

    assert edited == [after]
    assert (after.text, after.kind, after.tag) == (
        "Police arrived",
        EntryKind.ACTION,
        EntryTag.STRENGTH,
    )
    assert after.team_id == exercise.teams[0].id
    assert [r.text for r in after.revisions] == ["Plice arrived", "Police arrived"]
    assert after.revisions[-1].edited_by == "Reviewer"
    assert service.get(entry.id) == after


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text": " "}, "no text"),
        ({"kind": "rumour"}, "unknown kind"),
        ({"tag": "brilliant"}, "unknown tag"),
        ({"team_id": "nope"}, "unknown team"),
        ({"deleted": True}, "delete"),
        ({"logged_at": "2026-01-01"}, "cannot edit logged_at"),
    ],
)
def test_edit_refuses_bad_changes(
    service: LogService, changes: dict[str, Any], message: str
) -> None:
    entry = service.log("note", "Original")
    with pytest.raises(EntryRefused, match=message):
        service.edit(entry.id, **changes)
    current = service.get(entry.id)
    assert current is not None
    assert (current.text, len(current.revisions)) == ("Original", 1)


def test_edit_of_an_unknown_entry_is_refused(service: LogService) -> None:
    with pytest.raises(EntryRefused, match="no log entry"):
        service.edit("no-such-id", text="x")


def test_delete_leaves_a_tombstone_and_restore_brings_it_back(
    xf: ExerciseFile, service: LogService
) -> None:
    entry = service.log("note", "Said by mistake")
    deleted, restored = record(service.entry_deleted), record(service.entry_restored)

    gone = service.delete(entry.id, by="Lead")
    assert deleted == [gone]
    assert gone.deleted
    assert service.entries() == []
    assert [e.id for e in service.entries(include_deleted=True)] == [entry.id]

    back = service.restore(entry.id)
    assert restored == [back]
    assert not back.deleted
    assert [r.deleted for r in back.revisions] == [False, True, False]
    assert xf.log.count() == 1


def test_set_exercise_lets_new_teams_be_logged(
    exercise: Exercise, xf: ExerciseFile, service: LogService
) -> None:
    media = Team(new_id(), "MED", "Media")
    xf.db.table("team").insert({
        "id": media.id, "position": 2, "code": media.code, "name": media.name,
        "created_at": "2026-08-21T09:00:00Z", "updated_at": "2026-08-21T09:00:00Z",
    })  # fmt: skip
    with pytest.raises(EntryRefused):
        service.log("note", "hi", team_id=media.id)
    service.set_exercise(xf.exercise.load())
    assert service.log("note", "hi", team_id=media.id).team_id == media.id


# -- ClockService --------------------------------------------------------------------------


def test_clock_runs_pauses_resumes_and_adjusts(
    exercise: Exercise, clock: ClockService, clocks: FakeClocks
) -> None:
    day1 = exercise.modules[0].id
    changed = record(clock.changed)
    assert (clock.state(), clock.current_module_id(), clock.elapsed()) == (
        ClockState.IDLE,
        None,
        0.0,
    )

    clock.start(day1)
    clocks.advance(100)
    assert clock.elapsed() == 100
    clock.pause()
    clocks.advance(500)  # a paused clock does not move
    assert (clock.state(), clock.elapsed()) == (ClockState.PAUSED, 100)
    clock.resume()
    clocks.advance(20)
    clock.adjust(-30)
    assert clock.elapsed(day1) == 90
    clock.adjust(-1000)  # never below zero
    assert clock.elapsed() == 0
    clock.adjust(45.5)
    assert (clock.state(day1), clock.elapsed(day1)) == (ClockState.RUNNING, 45.5)
    assert len(changed) == 6

    clock.reset(day1)
    assert (clock.state(day1), clock.elapsed(day1), clock.current_module_id()) == (
        ClockState.IDLE, 0.0, None,
    )  # fmt: skip


def test_clock_resumes_where_it_was_after_a_restart(
    tmp_path: Path, exercise: Exercise, xf: ExerciseFile, clocks: FakeClocks
) -> None:
    day1 = exercise.modules[0].id
    first = ClockService(xf.clock, clocks)
    first.start(day1)
    clocks.advance(300)
    first.pause()
    clocks.advance(60)
    first.resume()
    clocks.advance(40)
    xf.close()

    clocks.advance(20)  # the program was down for 20 s; the clock kept running
    with ExerciseFile.open(tmp_path / "drill.ttxdb") as again:
        second = ClockService(again.clock, clocks)
        assert second.current_module_id() == day1
        assert second.state() is ClockState.RUNNING
        assert second.elapsed() == 360
        second.pause()
        assert len(again.clock.all()) == 4


def test_clock_survives_a_reboot_by_the_wall_clock(
    exercise: Exercise, xf: ExerciseFile, clocks: FakeClocks
) -> None:
    ClockService(xf.clock, clocks).start(exercise.modules[0].id)
    clocks.advance(120)
    clocks.reboot()  # monotonic time starts again from a small number
    assert ClockService(xf.clock, clocks).elapsed() == 120


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        (["pause"], "not been started"),
        (["adjust"], "not been started"),
        (["start", "start"], "already started"),
        (["start", "resume"], "not paused"),
        (["start", "pause", "pause"], "not running"),
    ],
)
def test_clock_refuses_what_does_not_fit_and_stores_nothing(
    exercise: Exercise, xf: ExerciseFile, clock: ClockService, steps: list[str], message: str
) -> None:
    day1 = exercise.modules[0].id
    actions: dict[str, Callable[[], object]] = {
        "start": lambda: clock.start(day1),
        "pause": clock.pause,
        "resume": clock.resume,
        "adjust": lambda: clock.adjust(10),
    }
    for step in steps[:-1]:
        actions[step]()
    stored = len(xf.clock.all())
    with pytest.raises(ClockRefused, match=message):
        actions[steps[-1]]()
    assert len(xf.clock.all()) == stored


def test_clock_refuses_an_unknown_module(xf: ExerciseFile, clock: ClockService) -> None:
    with pytest.raises(ClockRefused, match="no module"):
        clock.start("no-such-module")
    assert xf.clock.all() == []
    assert clock.state() is ClockState.IDLE
