"""The schedule rules: inject states, the next inject, countdowns, delays and shifts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttx_desktop.domain import schedule
from ttx_desktop.domain.model import Inject, InjectStatus, Module
from ttx_desktop.domain.schedule import DUE_WINDOW_S, InjectState, ScheduleNow

M1, M2 = "mod-1", "mod-2"
MODULES = (
    Module(id=M1, number=1, title="Day 1", start="09:00", duration_min=180),
    Module(id=M2, number=2, title="Day 2"),
)


def inject(number: int, planned_min: float, module: str = M1, **fields: object) -> Inject:
    return Inject(
        id=f"inj-{number}",
        number=number,
        module_id=module,
        title=f"Inject {number}",
        planned_s=int(planned_min * 60),
        **fields,  # type: ignore[arg-type]
    )


def at(elapsed_min: float | None = None, *, tod: str = "09:00", module: str = M1) -> ScheduleNow:
    """The clocks with ``module`` at ``elapsed_min`` (None: not started) at time of day ``tod``."""
    h, m = map(int, tod.split(":"))
    elapsed = {} if elapsed_min is None else {module: elapsed_min * 60}
    return ScheduleNow(
        elapsed=elapsed,
        time_of_day_s=h * 3600 + m * 60,
        current_module_id=None if elapsed_min is None else module,
    )


# --- states ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed_min", "expected"),
    [
        (None, InjectState.UPCOMING),  # the module has not started
        (0, InjectState.UPCOMING),
        (9.99, InjectState.UPCOMING),
        (10, InjectState.DUE),
        (10 + DUE_WINDOW_S / 60 - 0.01, InjectState.DUE),
        (10 + DUE_WINDOW_S / 60, InjectState.OVERDUE),
        (200, InjectState.OVERDUE),
    ],
)
def test_a_pending_inject_is_upcoming_then_due_then_overdue(
    elapsed_min: float | None, expected: InjectState
) -> None:
    assert schedule.state_of(inject(1, 10), at(elapsed_min)) is expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [(InjectStatus.RELEASED, InjectState.RELEASED), (InjectStatus.SKIPPED, InjectState.SKIPPED)],
)
def test_released_and_skipped_stay_so_whatever_the_clock(
    status: InjectStatus, expected: InjectState
) -> None:
    item = inject(1, 10, status=status)
    for now in (at(None), at(0), at(10), at(500)):
        assert schedule.state_of(item, now) is expected


def test_a_module_clock_is_read_for_its_own_injects_only() -> None:
    other = inject(5, 10, module=M2)
    assert schedule.state_of(other, at(60, module=M1)) is InjectState.UPCOMING
    assert schedule.state_of(other, at(11, module=M2)) is InjectState.DUE


def test_a_pinned_inject_follows_the_wall_clock_once_its_module_runs() -> None:
    pinned = inject(4, 105, pinned="11:00")  # planned 10:45 on the clock, pinned to 11:00
    assert schedule.state_of(pinned, at(110, tod="10:59")) is InjectState.UPCOMING
    assert schedule.state_of(pinned, at(5, tod="11:00")) is InjectState.DUE
    assert schedule.state_of(pinned, at(5, tod="11:05")) is InjectState.OVERDUE
    # Before its module starts, a pin already past on the wall clock is not due (a pin on day 2).
    assert schedule.state_of(pinned, at(None, tod="15:00")) is InjectState.UPCOMING


def test_seconds_until_counts_down_on_the_module_clock_or_to_the_pin() -> None:
    assert schedule.seconds_until(inject(1, 10), at(4)) == 360
    assert schedule.seconds_until(inject(1, 10), at(None)) == 600  # from the module's start
    assert schedule.seconds_until(inject(1, 10), at(12)) == -120
    assert schedule.seconds_until(inject(4, 0, pinned="11:00"), at(0, tod="10:30")) == 1800


def test_states_by_id() -> None:
    items = [inject(1, 10), inject(2, 30, status=InjectStatus.SKIPPED)]
    assert schedule.states(items, at(12)) == {
        "inj-1": InjectState.DUE,
        "inj-2": InjectState.SKIPPED,
    }


# --- the next inject ----------------------------------------------------------------------------


def test_next_is_the_earliest_open_inject_of_the_current_module() -> None:
    order = [M1, M2]
    items = [
        inject(1, 10, status=InjectStatus.RELEASED),
        inject(3, 60),
        inject(2, 30),
        inject(5, 0, module=M2),
    ]
    assert schedule.next_inject(items, at(5), order).number == 2  # type: ignore[union-attr]
    # The most overdue comes first, whatever its number.
    late = [inject(7, 20), inject(6, 25)]
    assert schedule.next_inject(late, at(40), order).number == 7  # type: ignore[union-attr]


def test_next_moves_on_to_later_modules_and_leaves_earlier_ones_behind() -> None:
    order = [M1, M2]
    items = [inject(1, 10, status=InjectStatus.SKIPPED), inject(5, 15, module=M2)]
    assert schedule.next_inject(items, at(60), order).number == 5  # type: ignore[union-attr]
    leftover = [inject(1, 10), inject(5, 15, module=M2, status=InjectStatus.RELEASED)]
    assert schedule.next_inject(leftover, at(1, module=M2), order) is None


def test_before_any_clock_starts_next_is_the_first_of_the_first_module() -> None:
    items = [inject(5, 0, module=M2), inject(2, 30), inject(1, 10)]
    assert schedule.next_inject(items, at(None), [M1, M2]).number == 1  # type: ignore[union-attr]
    assert schedule.next_inject([], at(None), [M1, M2]) is None


def test_a_pinned_inject_is_next_when_its_time_comes_first() -> None:
    items = [inject(3, 100), inject(4, 105, pinned="10:00")]
    now = at(50, tod="09:55")  # the pin is 5 min away, inject 3 is 50 min away
    assert schedule.next_inject(items, now, [M1]).number == 4  # type: ignore[union-attr]


# --- texts and estimates ----------------------------------------------------------------------


def test_planned_text_is_a_time_of_day_if_the_module_has_a_start() -> None:
    assert schedule.planned_text(inject(1, 10), MODULES[0]) == "09:10"
    assert schedule.planned_text(inject(1, 10), MODULES[1]) == "T+0:10"
    assert schedule.planned_text(inject(1, 10.5), None) == "T+0:10:30"
    assert schedule.planned_text(inject(4, 105, pinned="11:00"), MODULES[0]) == "11:00"


def test_axis_position_of_a_pinned_inject_is_its_pin_on_the_scheduled_clock() -> None:
    assert schedule.axis_s(inject(4, 105, pinned="11:00"), MODULES[0]) == 7200
    assert schedule.axis_s(inject(4, 105, pinned="11:00"), MODULES[1]) == 105 * 60
    assert schedule.axis_s(inject(1, 10), MODULES[0]) == 600


def test_expected_time_of_day_assumes_the_clock_runs_on_from_now() -> None:
    # The clock was paused 7 minutes: at 09:17 it reads 0:10, so 0:30 falls at about 09:37.
    assert schedule.expected_time_of_day(inject(2, 30), at(10, tod="09:17")) == "09:37"
    assert schedule.expected_time_of_day(inject(2, 30), at(None)) == ""
    assert schedule.expected_time_of_day(inject(4, 0, pinned="11:00"), at(1)) == "11:00"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.2, "0:01"), (-59.5, "1:00"), (245, "4:05"), (3723, "1:02:03")],
)
def test_format_countdown(seconds: float, text: str) -> None:
    assert schedule.format_countdown(seconds) == text


def test_time_of_day_reads_local_time() -> None:
    moment = datetime(2027, 3, 16, 9, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert schedule.time_of_day_s(moment) == local.hour * 3600 + local.minute * 60


@pytest.mark.parametrize("text", ["", "24:00", "9:5", "ab:cd", "12", "12:60"])
def test_bad_times_of_day_are_not_parsed(text: str) -> None:
    assert schedule.parse_time_of_day(text) is None


# --- delay and shift ----------------------------------------------------------------------------


def test_delay_moves_the_planned_time_and_never_below_zero() -> None:
    assert schedule.delayed(inject(1, 10), 5).planned_s == 900
    assert schedule.delayed(inject(1, 10), -5).planned_s == 300
    assert schedule.delayed(inject(1, 10), -60).planned_s == 0


def test_delay_of_a_pinned_inject_moves_its_pin() -> None:
    moved = schedule.delayed(inject(4, 105, pinned="11:00"), 15)
    assert (moved.pinned, moved.planned_s) == ("11:15", 105 * 60)
    assert schedule.delayed(inject(4, 0, pinned="23:50"), 30).pinned == "23:59"


def test_shift_moves_the_inject_and_the_later_pending_ones_of_its_module() -> None:
    items = [
        inject(1, 10, status=InjectStatus.RELEASED),
        inject(2, 30),
        inject(3, 60),
        inject(9, 30),  # same time as 2, later number: follows it
        inject(4, 105, pinned="11:00"),  # held to the wall clock
        inject(8, 90, status=InjectStatus.SKIPPED),
        inject(5, 15, module=M2),
        inject(7, 20),  # earlier than 2
    ]
    moved = schedule.shifted_following(items, "inj-2", 10)
    assert {i.number: i.planned_s // 60 for i in moved} == {2: 40, 9: 40, 3: 70}


def test_shift_from_a_released_inject_moves_only_those_after_it() -> None:
    items = [inject(1, 10, status=InjectStatus.RELEASED), inject(2, 30)]
    moved = schedule.shifted_following(items, "inj-1", 5)
    assert [(i.number, i.planned_s) for i in moved] == [(2, 35 * 60)]


def test_shift_of_an_unknown_inject_raises_key_error() -> None:
    with pytest.raises(KeyError):
        schedule.shifted_following([inject(1, 10)], "nope", 5)


@given(
    planned=st.lists(st.integers(0, 600), min_size=1, max_size=12),
    pick=st.integers(0, 11),
    minutes=st.integers(1, 240),
)
def test_a_shift_forward_then_back_restores_every_planned_time(
    planned: list[int], pick: int, minutes: int
) -> None:
    items = [inject(n + 1, p) for n, p in enumerate(planned)]
    target = items[pick % len(items)]
    moved = {i.id: i for i in schedule.shifted_following(items, target.id, minutes)}
    shifted = [moved.get(i.id, i) for i in items]
    back = {i.id: i for i in schedule.shifted_following(shifted, target.id, -minutes)}
    assert [back.get(i.id, i).planned_s for i in shifted] == [i.planned_s for i in items]
    # Shifting never changes what is earlier than the target.
    for before, after in zip(items, shifted, strict=True):
        if (before.planned_s, before.number) < (target.planned_s, target.number):
            assert after == before
        else:
            assert after == replace(before, planned_s=before.planned_s + minutes * 60)


def test_a_pin_counts_only_on_its_modules_own_date() -> None:
    """Rehearsing day 1 on another date: the 14:00 pin follows the exercise clock instead."""
    from datetime import date

    from ttx_desktop.domain.model import Exercise, ExerciseDetails

    day1 = Module(id="m1", number=1, title="Day 1", day=1, start="09:00")
    day2 = Module(id="m2", number=2, title="Day 2", day=2, start="09:00")
    exercise = Exercise(
        details=ExerciseDetails(id="x", title="X", start_date=date(2027, 3, 16)),
        modules=(day1, day2),
    )
    on_day1 = datetime(2027, 3, 16, 15, 0, tzinfo=UTC)
    assert schedule.modules_off_day(exercise, on_day1) == frozenset({"m2"})
    elsewhere = datetime(2027, 1, 5, 15, 0, tzinfo=UTC)
    assert schedule.modules_off_day(exercise, elsewhere) == frozenset({"m1", "m2"})

    pinned = Inject(
        id="i", number=1, module_id="m1", title="Speaker", planned_s=5 * 3600, pinned="14:00"
    )
    late = ScheduleNow(elapsed={"m1": 3600.0}, time_of_day_s=15 * 3600.0)
    assert schedule.state_of(pinned, late) is InjectState.OVERDUE
    rehearsal = replace(late, off_day=frozenset({"m1"}))
    assert schedule.state_of(pinned, rehearsal) is InjectState.UPCOMING
    assert schedule.seconds_until(pinned, rehearsal) == 4 * 3600
