"""When injects are due: their derived state, the next one, countdowns and re-timing rules.

Planned times are on the module's exercise clock, so pausing the clock holds every later
inject back by itself. A pinned inject ("HH:MM") is instead compared with the local wall
time of day, and only once its module's clock has started (a pin on day 2 is not overdue on
day 1). An inject is due from its planned time for ``DUE_WINDOW_S``, then overdue, until it
is released or skipped.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from ttx_desktop.domain.model import Exercise, Inject, InjectStatus, Module

DUE_WINDOW_S = 5 * 60
DAY_S = 24 * 3600


def parse_time_of_day(text: str) -> int | None:
    """Minutes after midnight of "HH:MM" (or "H:MM"), or None."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not (hours.isdecimal() and minutes.isdecimal() and len(minutes) == 2):
        return None
    h, m = int(hours), int(minutes)
    return h * 60 + m if h < 24 and m < 60 else None


def format_time_of_day(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def format_t_offset(seconds: float) -> str:
    """Seconds on a module's clock as "T+H:MM" (with ":SS" when not whole minutes)."""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"T{'-' if seconds < 0 else '+'}{hours}:{minutes:02d}"
    return f"{text}:{secs:02d}" if secs else text


class InjectState(enum.StrEnum):
    """Where an inject stands now, derived from its stored status and the clocks."""

    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    RELEASED = "released"
    SKIPPED = "skipped"

    @property
    def is_open(self) -> bool:
        """Still waiting for the facilitator: upcoming, due or overdue."""
        return self in (InjectState.UPCOMING, InjectState.DUE, InjectState.OVERDUE)


@dataclass(frozen=True)
class ScheduleNow:
    """One reading of everything the schedule compares against.

    ``elapsed`` holds the elapsed seconds of each module whose clock has started (running
    or paused); a module that is absent has not started. ``time_of_day_s`` is the local wall
    time of day in seconds after midnight.
    """

    elapsed: Mapping[str, float] = field(default_factory=dict)
    time_of_day_s: float = 0.0
    current_module_id: str | None = None
    # Modules scheduled on another date than today (a rehearsal, a later day): their pins
    # say nothing about today's wall clock, so their injects follow the exercise clock.
    off_day: frozenset[str] = frozenset()

    def started(self, module_id: str) -> bool:
        return module_id in self.elapsed

    def pins_apply(self, module_id: str) -> bool:
        """Whether wall-clock pins of this module count now: started, and on its own day."""
        return self.started(module_id) and module_id not in self.off_day

    def elapsed_of(self, module_id: str) -> float:
        return self.elapsed.get(module_id, 0.0)


def time_of_day_s(moment: datetime) -> float:
    """Seconds after local midnight of an aware ``moment`` (naive ones are taken as local)."""
    local = moment.astimezone()
    return local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6


def modules_off_day(exercise: Exercise, moment: datetime) -> frozenset[str]:
    """Modules whose scheduled date (exercise start date + day - 1) is not ``moment``'s
    local date; modules without a date are never off their day."""
    start = exercise.details.start_date
    if start is None:
        return frozenset()
    today = moment.astimezone().date()
    return frozenset(
        m.id
        for m in exercise.modules
        if m.day is not None and start + timedelta(days=m.day - 1) != today
    )


def pinned_s(inject: Inject) -> int | None:
    """The pinned wall time of day in seconds after midnight, or None if not pinned."""
    minutes = parse_time_of_day(inject.pinned) if inject.pinned else None
    return None if minutes is None else minutes * 60


def module_start_s(module: Module | None) -> int | None:
    """The module's scheduled start as seconds after midnight, or None."""
    minutes = parse_time_of_day(module.start) if module and module.start else None
    return None if minutes is None else minutes * 60


def seconds_until(inject: Inject, now: ScheduleNow) -> float:
    """Seconds from now to the inject's planned time: positive still to come, negative late.

    Before its module starts, every inject, pinned or not, counts from the module's start on
    its planned time: the wall clock says nothing yet about a module that has not begun.
    """
    pin = pinned_s(inject)
    if pin is not None and now.pins_apply(inject.module_id):
        return pin - now.time_of_day_s
    return inject.planned_s - now.elapsed_of(inject.module_id)


def state_of(inject: Inject, now: ScheduleNow, window_s: float = DUE_WINDOW_S) -> InjectState:
    """The inject's state now."""
    if inject.status is InjectStatus.RELEASED:
        return InjectState.RELEASED
    if inject.status is InjectStatus.SKIPPED:
        return InjectState.SKIPPED
    if not now.started(inject.module_id):
        return InjectState.UPCOMING
    late = -seconds_until(inject, now)
    if late < 0:
        return InjectState.UPCOMING
    return InjectState.DUE if late < window_s else InjectState.OVERDUE


def states(injects: Iterable[Inject], now: ScheduleNow) -> dict[str, InjectState]:
    """The state of each inject by id."""
    return {i.id: state_of(i, now) for i in injects}


def is_for_team(inject: Inject, team_id: str | None) -> bool:
    """Whether ``inject`` goes to ``team_id`` (None: every inject does; no targets: all)."""
    return team_id is None or not inject.target_team_ids or team_id in inject.target_team_ids


def next_inject(
    injects: Iterable[Inject], now: ScheduleNow, module_order: Sequence[str]
) -> Inject | None:
    """The inject the facilitator should release next.

    The earliest open inject (the most overdue first) of the current module, or else of the
    modules after it in ``module_order``; before any clock has started, of the first module
    that has one. Injects of modules left behind are not offered.
    """
    rank = {module_id: n for n, module_id in enumerate(module_order)}
    first = rank.get(now.current_module_id, 0) if now.current_module_id else 0
    open_ = [
        i
        for i in injects
        if i.status is InjectStatus.PENDING and rank.get(i.module_id, len(rank)) >= first
    ]
    if not open_:
        return None
    return min(
        open_,
        key=lambda i: (rank.get(i.module_id, len(rank)), seconds_until(i, now), i.number),
    )


def axis_s(inject: Inject, module: Module | None) -> float:
    """Where the inject sits on its module's clock: its planned time, or for a pinned inject
    the time its pin falls at when the module starts on schedule."""
    pin, start = pinned_s(inject), module_start_s(module)
    if pin is not None and start is not None:
        return float(max(0, pin - start))
    return float(inject.planned_s)


def scheduled_time_of_day(inject: Inject, module: Module | None) -> str:
    """The planned wall time of day ("HH:MM"): the pin, or module start + planned time; or ""."""
    if inject.pinned:
        return inject.pinned
    start = module_start_s(module)
    if start is None:
        return ""
    return format_time_of_day((start + inject.planned_s) // 60)


def planned_text(inject: Inject, module: Module | None) -> str:
    """The planned time as the MSEL shows it: a time of day if known, else "T+H:MM"."""
    return scheduled_time_of_day(inject, module) or format_t_offset(inject.planned_s)


def expected_time_of_day(inject: Inject, now: ScheduleNow) -> str:
    """An estimate of the wall time of day the inject falls due if the clock runs on from now.

    Only meaningful once its module's clock has started; "" otherwise.
    """
    if inject.pinned:
        return inject.pinned
    if not now.started(inject.module_id):
        return ""
    at = (now.time_of_day_s + max(0.0, seconds_until(inject, now))) % DAY_S
    return format_time_of_day(int(at) // 60)


def format_countdown(seconds: float) -> str:
    """Seconds as a countdown: "4:05" or "1:02:03", rounding up so it reaches 0:00 on time."""
    whole = int(-(-abs(seconds) // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _shift_pin(pin: str, minutes: int) -> str:
    start = parse_time_of_day(pin)
    if start is None:
        return pin
    return format_time_of_day(max(0, min(24 * 60 - 1, start + minutes)))


def delayed(inject: Inject, minutes: int) -> Inject:
    """The inject planned ``minutes`` later (earlier when negative, never before 0:00).

    A pinned inject moves its pin instead.
    """
    if pinned_s(inject) is not None:
        return replace(inject, pinned=_shift_pin(inject.pinned, minutes))
    return replace(inject, planned_s=max(0, inject.planned_s + minutes * 60))


def following(injects: Iterable[Inject], inject: Inject) -> list[Inject]:
    """``inject`` (if still pending) and every later pending, clock-planned inject of its
    module. Pinned injects are held to the wall clock, so shifting the plan leaves them alone.
    """
    head = [inject] if inject.status is InjectStatus.PENDING else []
    later = [
        i
        for i in injects
        if i.id != inject.id
        and i.module_id == inject.module_id
        and i.status is InjectStatus.PENDING
        and pinned_s(i) is None
        and (i.planned_s, i.number) >= (inject.planned_s, inject.number)
    ]
    return [*head, *sorted(later, key=lambda i: (i.planned_s, i.number))]


def shifted_following(injects: Sequence[Inject], inject_id: str, minutes: int) -> list[Inject]:
    """The injects that change when ``inject_id`` and all that follow it move by ``minutes``.

    Raises KeyError when there is no such inject.
    """
    target = next((i for i in injects if i.id == inject_id), None)
    if target is None:
        raise KeyError(inject_id)
    moved = [delayed(i, minutes) for i in following(injects, target)]
    before = {i.id: i for i in injects}
    return [
        i for i in moved if (i.planned_s, i.pinned) != (before[i.id].planned_s, before[i.id].pinned)
    ]
