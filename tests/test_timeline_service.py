"""The timeline service: release, skip, reopen, delay and shift, stored and announced."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes import FakeClocks
from ttx_desktop.domain.model import Inject, InjectStatus
from ttx_desktop.domain.schedule import InjectState
from ttx_desktop.services.session import Session
from ttx_desktop.services.timeline_service import TimelineRefused


def by_number(session: Session, number: int) -> Inject:
    found = next(i for i in session.timeline.injects() if i.number == number)
    return found


def stored(session: Session, number: int) -> Inject:
    """The inject as the file holds it now."""
    found = session.file.injects.by_number(number)
    assert found is not None
    return found


@pytest.fixture
def changes(session: Session) -> list[int]:
    """Counts the session's changes that moved the timeline."""
    seen: list[int] = []
    session.changed.connect(lambda changes: seen.append(1) if changes.injects else None)
    return seen


@pytest.fixture
def utc() -> Iterator[None]:
    """Local time is UTC, so the fake wall clock (09:30 UTC) reads 09:30 of the day."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TZ", "UTC")
    time.tzset()
    yield
    mp.undo()
    time.tzset()


def start(session: Session, clocks: FakeClocks, module: int = 0, minutes: float = 0) -> str:
    module_id = session.exercise.modules[module].id
    session.clock.start(module_id)
    clocks.advance(minutes * 60)
    return module_id


# --- release, skip, reopen -------------------------------------------------------------------


def test_release_stamps_the_module_clock_and_the_wall_time(
    session: Session, clocks: FakeClocks, changes: list[int]
) -> None:
    start(session, clocks, minutes=12)
    before = session.timeline.release(by_number(session, 1).id)
    assert before.status is InjectStatus.PENDING
    saved = stored(session, 1)
    assert saved.status is InjectStatus.RELEASED
    assert saved.released_s == 720
    assert saved.released_at == clocks.wall
    assert by_number(session, 1) == saved  # the service's copy is the stored one
    assert changes == [1]


def test_release_before_the_clock_starts_has_no_exercise_time(
    session: Session, clocks: FakeClocks
) -> None:
    session.timeline.release(by_number(session, 1).id)
    assert stored(session, 1).released_s is None
    assert stored(session, 1).released_at == clocks.wall


def test_an_inject_of_another_module_is_stamped_on_its_own_clock(
    session: Session, clocks: FakeClocks
) -> None:
    start(session, clocks, minutes=30)
    session.timeline.release(by_number(session, 5).id)  # module 2 has not started
    assert stored(session, 5).released_s is None


def test_release_twice_is_refused_and_writes_nothing(
    session: Session, clocks: FakeClocks, changes: list[int]
) -> None:
    start(session, clocks, minutes=1)
    first = by_number(session, 1).id
    session.timeline.release(first)
    clocks.advance(60)
    with pytest.raises(TimelineRefused, match="already been released"):
        session.timeline.release(first)
    assert stored(session, 1).released_s == 60
    assert changes == [1]


def test_skip_unskip_and_release_of_a_skipped_inject(session: Session, clocks: FakeClocks) -> None:
    start(session, clocks, minutes=3)
    inject_id = by_number(session, 2).id
    session.timeline.skip(inject_id)
    assert stored(session, 2).status is InjectStatus.SKIPPED
    with pytest.raises(TimelineRefused):
        session.timeline.skip(inject_id)
    session.timeline.unskip(inject_id)
    assert stored(session, 2).status is InjectStatus.PENDING
    session.timeline.skip(inject_id)
    session.timeline.release(inject_id)  # a change of mind
    assert stored(session, 2).status is InjectStatus.RELEASED


def test_undo_release_clears_the_stamps(session: Session, clocks: FakeClocks) -> None:
    start(session, clocks, minutes=3)
    inject_id = by_number(session, 1).id
    with pytest.raises(TimelineRefused, match="not released"):
        session.timeline.undo_release(inject_id)
    session.timeline.release(inject_id)
    released = session.timeline.undo_release(inject_id)
    assert released.status is InjectStatus.RELEASED
    saved = stored(session, 1)
    assert (saved.status, saved.released_s, saved.released_at) == (
        InjectStatus.PENDING,
        None,
        None,
    )
    session.timeline.restore_status(released)  # what redo does: the same stamps come back
    assert stored(session, 1).released_s == released.released_s == 180
    assert stored(session, 1).released_at == released.released_at


def test_an_unknown_inject_is_refused(session: Session) -> None:
    for action in (session.timeline.release, session.timeline.skip, session.timeline.unskip):
        with pytest.raises(TimelineRefused, match="no inject"):
            action("nope")


# --- re-timing -----------------------------------------------------------------------------------


def test_delay_moves_one_inject_in_the_file(session: Session, changes: list[int]) -> None:
    inject = by_number(session, 2)
    before = session.timeline.delay(inject.id, 10)
    assert [i.planned_s for i in before] == [inject.planned_s]
    assert stored(session, 2).planned_s == inject.planned_s + 600
    assert stored(session, 3).planned_s == by_number(session, 3).planned_s  # others stay
    assert changes == [1]
    session.timeline.retime(before)  # what undo does
    assert stored(session, 2).planned_s == inject.planned_s


@pytest.mark.parametrize("minutes", [0, 100_000])
def test_delay_by_nothing_or_by_days_is_refused(session: Session, minutes: int) -> None:
    with pytest.raises(TimelineRefused):
        session.timeline.delay(by_number(session, 2).id, minutes)


def test_a_released_inject_cannot_be_delayed(session: Session) -> None:
    inject_id = by_number(session, 1).id
    session.timeline.release(inject_id)
    with pytest.raises(TimelineRefused, match="not pending"):
        session.timeline.delay(inject_id, 5)


def test_shift_following_moves_the_rest_of_the_module_but_not_pins(session: Session) -> None:
    planned = {n: by_number(session, n).planned_s for n in range(1, 7)}
    pins = {n: by_number(session, n).pinned for n in range(1, 7)}
    before = session.timeline.shift_following(by_number(session, 2).id, 15)
    assert sorted(i.number for i in before) == [2, 3]  # 4 is pinned, 5 and 6 are module 2
    for n in (2, 3):
        assert stored(session, n).planned_s == planned[n] + 900
    for n in (1, 4, 5, 6):
        assert (stored(session, n).planned_s, stored(session, n).pinned) == (planned[n], pins[n])
    session.timeline.retime(before)
    assert {n: stored(session, n).planned_s for n in range(1, 7)} == planned


# --- states against the clock ---------------------------------------------------------------


def test_states_follow_the_clock_and_a_pause_holds_them(
    session: Session, clocks: FakeClocks
) -> None:
    inject = by_number(session, 2)  # planned 09:30, i.e. T+0:30
    assert session.timeline.state_of(inject) is InjectState.UPCOMING
    start(session, clocks, minutes=29)
    assert session.timeline.state_of(inject) is InjectState.UPCOMING
    assert session.timeline.seconds_until(inject) == 60
    clocks.advance(60)
    assert session.timeline.state_of(inject) is InjectState.DUE
    session.clock.pause()
    clocks.advance(3600)  # a long coffee break
    assert session.timeline.state_of(inject) is InjectState.DUE
    session.clock.resume()
    clocks.advance(5 * 60)
    assert session.timeline.state_of(inject) is InjectState.OVERDUE


def test_a_wall_clock_jump_changes_no_state(session: Session, clocks: FakeClocks) -> None:
    start(session, clocks, minutes=10)
    before = session.timeline.states()
    clocks.jump_wall(-3 * 3600)
    assert session.timeline.states() == before


def test_adjusting_the_clock_moves_pending_injects_but_not_released_ones(
    session: Session, clocks: FakeClocks
) -> None:
    start(session, clocks, minutes=11)
    released = by_number(session, 1)
    session.timeline.release(released.id)
    session.clock.adjust(-15 * 60)
    assert session.timeline.state_of(by_number(session, 1)) is InjectState.RELEASED
    assert stored(session, 1).released_s == 660
    session.clock.adjust(45 * 60)  # now T+0:41: inject 2 (T+0:30) is overdue
    assert session.timeline.state_of(by_number(session, 2)) is InjectState.OVERDUE


def test_a_pinned_inject_is_due_at_its_wall_time(
    utc: None, session: Session, clocks: FakeClocks
) -> None:
    pinned = by_number(session, 4)  # pinned to 11:00
    start(session, clocks)  # 09:30 UTC
    assert session.timeline.state_of(pinned) is InjectState.UPCOMING
    assert session.timeline.seconds_until(pinned) == 90 * 60
    session.clock.pause()  # a pause does not hold a pin back
    clocks.advance(90 * 60)
    assert session.timeline.state_of(pinned) is InjectState.DUE


def test_next_inject_and_current_module(session: Session, clocks: FakeClocks) -> None:
    assert session.timeline.current_module_id() is None
    assert session.timeline.next_inject().number == 1  # type: ignore[union-attr]
    module_id = start(session, clocks, minutes=5)
    assert session.timeline.current_module_id() == module_id
    session.timeline.release(by_number(session, 1).id)
    assert session.timeline.next_inject().number == 2  # type: ignore[union-attr]


def test_an_authoring_edit_reaches_the_timeline_unread(
    session: Session, changes: list[int]
) -> None:
    from dataclasses import replace

    inject = by_number(session, 3)
    session.authoring.save_inject(replace(inject, title="Rumour, revised"))
    assert by_number(session, 3).title == "Rumour, revised"
    assert session.timeline.exercise().inject(inject.id).title == "Rumour, revised"  # type: ignore[union-attr]
    assert changes == []  # an authoring edit: the timeline itself did not move


def test_changes_are_on_disk_when_the_call_returns(
    session: Session, clocks: FakeClocks, mini_path: Any
) -> None:
    from ttx_desktop.storage.exercise_file import ExerciseFile

    start(session, clocks, minutes=2)
    session.timeline.release(by_number(session, 1).id)
    session.timeline.delay(by_number(session, 2).id, 5)
    with ExerciseFile.open(mini_path, readonly=True) as other:
        assert other.injects.by_number(1).status is InjectStatus.RELEASED  # type: ignore[union-attr]
        assert other.injects.by_number(2).planned_s == 35 * 60  # type: ignore[union-attr]
