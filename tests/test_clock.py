"""The exercise clock: its rules, elapsed time from events, wall-clock jumps, restore."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.storage_helpers import MODULE_IDS, small_exercise
from ttx_desktop.domain.clock import (
    ClockAction,
    ClockError,
    ClockEvent,
    ClockState,
    ExerciseClock,
    ModuleClock,
    Reading,
    format_offset,
    span,
)
from ttx_desktop.storage.exercise_file import ExerciseFile

WALL0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
BOOT = "boot-a"
A, B = MODULE_IDS


def at(mono: float, *, wall_s: float | None = None, boot: str = BOOT) -> Reading:
    """A reading ``mono`` seconds into a boot; the wall clock agrees unless ``wall_s`` is given."""
    return Reading(WALL0 + timedelta(seconds=mono if wall_s is None else wall_s), mono, boot)


_ids = itertools.count(1)


def event(action: ClockAction, now: Reading, module: str = A, delta_s: float = 0.0) -> ClockEvent:
    n = next(_ids)
    return ClockEvent(f"ev-{n}", module, action, now, delta_s=delta_s, seq=n)


def clock_of(
    *steps: tuple[ClockAction, Reading] | tuple[ClockAction, Reading, float],
) -> ExerciseClock:
    """An exercise clock of module A after ``steps`` of (action, reading[, delta])."""
    return ExerciseClock(event(s[0], s[1], A, *s[2:]) for s in steps)


START, PAUSE, RESUME, ADJUST, RESET = (
    ClockAction.START,
    ClockAction.PAUSE,
    ClockAction.RESUME,
    ClockAction.ADJUST,
    ClockAction.RESET,
)


# --- rules ---------------------------------------------------------------------------------


def test_a_fresh_clock_is_idle_at_zero() -> None:
    clock = ExerciseClock()
    assert clock.state() is ClockState.IDLE
    assert clock.state(A) is ClockState.IDLE
    assert clock.elapsed(at(50)) == 0.0
    assert clock.elapsed(at(50), A) == 0.0
    assert clock.current_module_id is None


@pytest.mark.parametrize(
    ("steps", "action"),
    [
        ((), PAUSE),
        ((), RESUME),
        ((), ADJUST),
        ((START,), START),
        ((START,), RESUME),
        ((START, PAUSE), PAUSE),
        ((START, PAUSE), START),
        ((START, RESET), PAUSE),
    ],
    ids=[
        "pause-idle",
        "resume-idle",
        "adjust-idle",
        "start-running",
        "resume-running",
        "pause-paused",
        "start-paused",
        "pause-after-reset",
    ],
)
def test_an_action_that_does_not_fit_the_state_is_refused(
    steps: tuple[ClockAction, ...], action: ClockAction
) -> None:
    clock = clock_of(*((s, at(10 * n)) for n, s in enumerate(steps)))
    before = (clock.state(A), clock.elapsed(at(500), A), clock.last_seq)
    refused = event(action, at(100))
    with pytest.raises(ClockError):
        clock.check(refused)
    with pytest.raises(ClockError):
        clock.apply(refused)
    assert (clock.state(A), clock.elapsed(at(500), A), clock.last_seq) == before


def test_clock_error_is_a_value_error_with_a_message() -> None:
    with pytest.raises(ValueError, match="not running"):
        ModuleClock(A).apply(event(PAUSE, at(0)))


def test_start_pause_resume_and_states() -> None:
    clock = ExerciseClock()
    clock.apply(event(START, at(100)))
    assert clock.state() is ClockState.RUNNING
    assert clock.current_module_id == A
    clock.apply(event(PAUSE, at(160)))
    assert clock.state(A) is ClockState.PAUSED
    clock.apply(event(RESUME, at(1000)))
    assert clock.state(A) is ClockState.RUNNING


@pytest.mark.parametrize("steps", [(), (START,), (START, PAUSE)], ids=["idle", "running", "paused"])
def test_reset_is_allowed_in_every_state_and_returns_to_idle_at_zero(
    steps: tuple[ClockAction, ...],
) -> None:
    clock = clock_of(*((s, at(10 * n)) for n, s in enumerate(steps)))
    clock.apply(event(RESET, at(500)))
    assert clock.state(A) is ClockState.IDLE
    assert clock.elapsed(at(900), A) == 0.0
    clock.apply(event(START, at(1000)))  # a reset clock starts again from zero
    assert clock.elapsed(at(1030), A) == 30.0


def test_check_does_not_apply() -> None:
    clock = ExerciseClock()
    clock.check(event(START, at(0)))
    assert clock.state(A) is ClockState.IDLE
    assert clock.last_seq == 0


# --- elapsed from events ---------------------------------------------------------------------


def test_elapsed_counts_running_spans_only() -> None:
    clock = clock_of((START, at(100)), (PAUSE, at(160)))
    assert clock.elapsed(at(160)) == 60.0
    assert clock.elapsed(at(5000)) == 60.0  # paused: time stands still
    clock.apply(event(RESUME, at(1000)))
    assert clock.elapsed(at(1000)) == 60.0
    assert clock.elapsed(at(1030)) == 90.0


def test_adjust_moves_a_running_and_a_paused_clock() -> None:
    clock = clock_of((START, at(0)), (ADJUST, at(10), 300.0))
    assert clock.elapsed(at(20)) == 320.0
    clock.apply(event(PAUSE, at(40)))
    clock.apply(event(ADJUST, at(50), delta_s=-100.0))
    assert clock.elapsed(at(9999)) == 240.0
    assert clock.state() is ClockState.PAUSED  # adjusting does not resume


def test_events_are_folded_in_sequence_order_whatever_order_they_come_in() -> None:
    events = [event(START, at(0)), event(PAUSE, at(30)), event(RESUME, at(100))]
    clock = ExerciseClock(reversed(events))
    assert clock.elapsed(at(110)) == 40.0
    assert clock.last_seq == events[-1].seq


@pytest.mark.parametrize("delta", [-61.0, -1e9])
def test_adjust_never_makes_elapsed_negative(delta: float) -> None:
    paused = clock_of((START, at(0)), (PAUSE, at(60)), (ADJUST, at(70), delta))
    assert paused.elapsed(at(80)) == 0.0
    running = clock_of((START, at(0)), (ADJUST, at(60), delta))
    assert running.elapsed(at(60)) == 0.0
    assert running.elapsed(at(75)) == 15.0  # it runs on from zero, owing nothing


# --- the wall clock jumps ----------------------------------------------------------------------


@pytest.mark.parametrize("jump_h", [-5, -1, 3, 26], ids=lambda h: f"{h:+d}h")
def test_a_wall_clock_jump_within_one_boot_changes_nothing(jump_h: int) -> None:
    jump = jump_h * 3600
    steady = clock_of((START, at(100)), (PAUSE, at(700)), (RESUME, at(800)))
    # Same monotonic readings, but the wall clock is moved by ``jump`` after the pause.
    jumped = clock_of(
        (START, at(100)),
        (PAUSE, at(700)),
        (RESUME, at(800, wall_s=800 + jump)),
    )
    now, now_jumped = at(1000), at(1000, wall_s=1000 + jump)
    assert steady.elapsed(now) == 800.0
    assert jumped.elapsed(now_jumped) == 800.0
    assert jumped.elapsed(now) == 800.0


def test_a_wall_clock_jump_while_running_changes_nothing() -> None:
    clock = clock_of((START, at(0)))
    assert clock.elapsed(at(120, wall_s=120 - 6 * 3600)) == 120.0
    assert clock.elapsed(at(120, wall_s=120 + 6 * 3600)) == 120.0


def test_across_boots_the_wall_clock_counts() -> None:
    clock = clock_of((START, at(5000)))
    # After a reboot the monotonic clock starts again near zero; the wall clock moved on 2 h.
    after_reboot = at(3.0, wall_s=5000 + 7200, boot="boot-b")
    assert clock.elapsed(after_reboot) == 7200.0


def test_across_boots_a_wall_clock_set_back_never_counts_negative() -> None:
    clock = clock_of((START, at(5000)), (ADJUST, at(5600), 0.0))
    after_reboot = at(10_000.0, wall_s=5000 - 3 * 3600, boot="boot-b")
    assert clock.elapsed(after_reboot) == 600.0
    assert span(at(5000), after_reboot) == 0.0


def test_a_clock_resumed_after_a_reboot_runs_on_the_new_boots_monotonic_clock() -> None:
    clock = clock_of(
        (START, at(100)),
        (PAUSE, at(400)),
        (RESUME, at(10.0, wall_s=99_999, boot="boot-b")),
    )
    assert clock.elapsed(at(70.0, wall_s=0, boot="boot-b")) == 360.0


# --- modules ---------------------------------------------------------------------------------


def test_module_clocks_are_independent() -> None:
    clock = ExerciseClock()
    clock.apply(event(START, at(0), A))
    clock.apply(event(START, at(100), B))
    assert clock.current_module_id == B
    clock.apply(event(PAUSE, at(150), A))
    clock.apply(event(ADJUST, at(160), B, delta_s=1000.0))
    now = at(200)
    assert clock.elapsed(now, A) == 150.0
    assert clock.elapsed(now, B) == 1100.0
    assert clock.state(A) is ClockState.PAUSED
    assert clock.state(B) is ClockState.RUNNING

    clock.apply(event(RESET, at(210), A))
    assert clock.elapsed(at(300), A) == 0.0
    assert clock.elapsed(at(300), B) == 1200.0
    assert clock.state(B) is ClockState.RUNNING


def test_the_current_module_follows_the_last_event_and_a_reset_clears_it() -> None:
    clock = ExerciseClock()
    clock.apply(event(START, at(0), A))
    clock.apply(event(START, at(10), B))
    assert clock.current_module_id == B
    assert clock.elapsed(at(40)) == 30.0  # the current module's clock
    clock.apply(event(RESET, at(50), A))
    assert clock.current_module_id == B  # resetting another module keeps the current one
    clock.apply(event(RESET, at(60), B))
    assert clock.current_module_id is None
    assert clock.elapsed(at(70)) == 0.0


# --- restore after a restart ---------------------------------------------------------------------


def test_the_clock_is_restored_from_the_file_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "ex.ttxdb"
    events = [
        (START, at(100), A, 0.0),
        (START, at(120), B, 0.0),
        (PAUSE, at(400, wall_s=400 - 7200), A, 0.0),  # the wall clock was set back meanwhile
        (ADJUST, at(450), A, -30.0),
        (RESUME, at(500), A, 0.0),
        (ADJUST, at(520), B, 90.5),
    ]
    live = ExerciseClock()
    with ExerciseFile.create(path, small_exercise(log=False)) as ex:
        for action, now, module, delta in events:
            stored = ex.clock.append(
                ClockEvent(f"e-{module}-{now.mono}", module, action, now, delta_s=delta)
            )
            live.apply(stored)
    assert path.with_name(path.name + "-wal").exists() is False

    with ExerciseFile.open(path) as reopened:
        stored_events = reopened.clock.all()
    restored = ExerciseClock(stored_events)

    assert [e.seq for e in stored_events] == [1, 2, 3, 4, 5, 6]
    assert [e.at for e in stored_events] == [e[1] for e in events]
    for now in (at(600), at(600, wall_s=0), at(3.0, wall_s=9000, boot="boot-b")):
        for module in (A, B):
            assert restored.elapsed(now, module) == live.elapsed(now, module)
        assert restored.state(A) is live.state(A) is ClockState.RUNNING
    assert restored.elapsed(at(600), A) == 300.0 - 30.0 + 100.0
    assert restored.elapsed(at(600), B) == 480.0 + 90.5
    assert restored.current_module_id == live.current_module_id == B
    assert restored.last_seq == 6


def test_a_stored_event_keeps_its_author_and_its_exact_readings(tmp_path: Path) -> None:
    path = tmp_path / "ex.ttxdb"
    reading = Reading(datetime(2025, 3, 4, 9, 0, 0, 123456, tzinfo=UTC), 12345.678901234, "b-x")
    with ExerciseFile.create(path, small_exercise(log=False)) as ex:
        ex.clock.append(ClockEvent("e1", A, START, reading, author="Facilitator"))
    with ExerciseFile.open(path, readonly=True) as ex:
        (stored,) = ex.clock.all()
    assert stored.at == reading
    assert stored.author == "Facilitator"
    assert stored.seq == 1


# --- any sequence of events --------------------------------------------------------------------


def _readings() -> st.SearchStrategy[Reading]:
    return st.builds(
        lambda mono, wall, boot: at(mono, wall_s=wall, boot=boot),
        st.floats(0, 1e6, allow_nan=False),
        st.floats(-1e6, 1e6, allow_nan=False),
        st.sampled_from(["boot-a", "boot-b"]),
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(ClockAction)),
            st.sampled_from([A, B]),
            _readings(),
            st.floats(-1e5, 1e5, allow_nan=False),
        ),
        max_size=30,
    ),
    _readings(),
)
def test_elapsed_is_never_negative_whatever_happens(
    steps: list[tuple[ClockAction, str, Reading, float]], now: Reading
) -> None:
    clock = ExerciseClock()
    for seq, (action, module, reading, delta) in enumerate(steps, start=1):
        candidate = ClockEvent(str(seq), module, action, reading, delta_s=delta, seq=seq)
        try:
            clock.apply(candidate)
        except ClockError:
            continue
    for module in (A, B, None):
        assert clock.elapsed(now, module) >= 0.0


# --- display ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "signed", "text"),
    [
        (0, False, "0:00:00"),
        (3725.9, False, "1:02:05"),
        (-90, False, "-0:01:30"),
        (90, True, "+0:01:30"),
    ],
)
def test_format_offset(seconds: float, signed: bool, text: str) -> None:
    assert format_offset(seconds, signed=signed) == text
