"""Where the timeline's parts go: modules laid side by side on one axis, injects in lanes.

Plain data in axis seconds (``timeline_data``) and its geometry in one rect at one zoom
(``TimelineLayout``), shared by the painter and by the panel's hit tests.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPointF, QRectF

from ttx_desktop.domain import schedule
from ttx_desktop.domain.agenda import minutes_of
from ttx_desktop.domain.model import Exercise, Inject, Module
from ttx_desktop.domain.schedule import InjectState, ScheduleNow

MIN_BAND_S = 30 * 60
TAIL_S = 15 * 60  # room after a module's last inject
GAP_S = 10 * 60  # between two modules' bands
MARGIN = 16.0
HEADER_H = 24.0
AXIS_H = 26.0
LEGEND_H = 22.0
RADIUS = 11.0
LANE_H = 36.0
LABEL_ROOM = 90.0  # a marker keeps this much of its lane free for its title, if it can
MAX_LABEL_PX = 200.0


@dataclass(frozen=True)
class BandData:
    """One module's stretch of the axis."""

    module_id: str
    title: str
    start_s: float  # where the band begins on the axis
    length_s: float
    clock_start_s: int | None  # the module's scheduled wall time of day, if it has one


@dataclass(frozen=True)
class MarkerData:
    """One inject on the axis."""

    inject_id: str
    number: int
    title: str
    axis_s: float  # planned position on the axis
    actual_s: float | None  # where it was released on the axis, if it was
    state: InjectState
    colours: tuple[str, ...] = ()
    pinned: bool = False


@dataclass(frozen=True)
class SlotData:
    """A schedule item (a presentation, break or plenary) on the axis."""

    title: str
    kind: str
    axis_s: float
    length_s: float


@dataclass(frozen=True)
class TimelineData:
    """Everything the painter draws, in axis seconds."""

    bands: tuple[BandData, ...] = ()
    markers: tuple[MarkerData, ...] = ()
    now_s: float | None = None
    slots: tuple[SlotData, ...] = ()

    @property
    def total_s(self) -> float:
        return max((b.start_s + b.length_s for b in self.bands), default=float(MIN_BAND_S))


def timeline_data(
    exercise: Exercise,
    states: Mapping[str, InjectState],
    now: ScheduleNow | None = None,
    *,
    team_id: str | None = None,
) -> TimelineData:
    """Lays the exercise's modules out on one axis and places its injects on it (those for
    ``team_id`` only, when given)."""
    teams = {t.id: t.colour for t in exercise.teams}
    by_module: dict[str, list[Inject]] = {m.id: [] for m in exercise.modules}
    for inject in exercise.injects:
        if not schedule.is_for_team(inject, team_id):
            continue
        by_module.setdefault(inject.module_id, []).append(inject)
    bands: list[BandData] = []
    markers: list[MarkerData] = []
    slots: list[SlotData] = []
    now_s: float | None = None
    start = 0.0
    for module in exercise.modules:
        injects = by_module[module.id]
        placed = _slots(exercise, module)
        ends = [s.axis_s + s.length_s for s in placed]
        slots += [replace(s, axis_s=start + s.axis_s) for s in placed]
        ends += [schedule.axis_s(i, module) + TAIL_S for i in injects]
        ends += [(i.released_s or 0.0) + TAIL_S for i in injects]
        if now is not None and now.started(module.id):
            ends.append(now.elapsed_of(module.id) + TAIL_S)
        length = max([float(MIN_BAND_S), (module.duration_min or 0) * 60.0, *ends])
        bands.append(
            BandData(module.id, module.title, start, length, schedule.module_start_s(module))
        )
        for inject in injects:
            markers.append(
                MarkerData(
                    inject_id=inject.id,
                    number=inject.number,
                    title=inject.title,
                    axis_s=start + schedule.axis_s(inject, module),
                    actual_s=None if inject.released_s is None else start + inject.released_s,
                    state=states.get(inject.id, InjectState.UPCOMING),
                    colours=tuple(teams[t] for t in inject.target_team_ids if t in teams),
                    pinned=bool(inject.pinned),
                )
            )
        if now is not None and now.current_module_id == module.id:
            now_s = start + now.elapsed_of(module.id)
        start += length + GAP_S
    return TimelineData(tuple(bands), tuple(markers), now_s, tuple(slots))


def _slots(exercise: Exercise, module: Module) -> list[SlotData]:
    """The module's timed schedule items, in seconds from its start (a module without a
    start has no place for them)."""
    begin = minutes_of(module.start)
    out = []
    for item in exercise.schedule:
        at = minutes_of(item.start)
        if item.module_id != module.id or begin is None or at is None or at < begin:
            continue
        length = (item.duration_min or 15) * 60.0
        out.append(SlotData(item.title, item.kind.value, (at - begin) * 60.0, length))
    return out


@dataclass
class TimelineLayout:
    """Where everything goes in one rect at one zoom and scroll; also answers hit tests."""

    data: TimelineData
    rect: QRectF
    px_per_s: float
    offset_px: float = 0.0
    label_px: float = LABEL_ROOM  # the room kept free after each marker for its title
    marker_rects: dict[str, QRectF] = field(default_factory=dict)
    lanes: dict[str, int] = field(default_factory=dict)
    _lane_lefts: dict[int, list[float]] = field(default_factory=dict)

    @classmethod
    def fit(cls, data: TimelineData, rect: QRectF, label_px: float = LABEL_ROOM) -> TimelineLayout:
        return cls.at(data, rect, fit_px_per_s(data, rect.width()), label_px=label_px)

    @classmethod
    def at(
        cls,
        data: TimelineData,
        rect: QRectF,
        px_per_s: float,
        offset_px: float = 0.0,
        *,
        label_px: float = LABEL_ROOM,
    ) -> TimelineLayout:
        layout = cls(data, QRectF(rect), px_per_s, offset_px, label_px)
        layout._place_markers()
        return layout

    def x(self, axis_s: float) -> float:
        return self.rect.left() + MARGIN + axis_s * self.px_per_s - self.offset_px

    def content_width(self) -> float:
        return self.data.total_s * self.px_per_s + 2 * MARGIN

    def lanes_top(self) -> float:
        return self.rect.top() + HEADER_H + 8

    def lanes_bottom(self) -> float:
        return self.rect.bottom() - AXIS_H - LEGEND_H

    def marker_at(self, point: QPointF) -> str | None:
        """The id of the inject whose marker is under ``point``, the nearest if several."""
        hits = [
            (QPointF(r.center() - point).manhattanLength(), inject_id)
            for inject_id, r in self.marker_rects.items()
            if r.adjusted(-3, -3, 3, 3).contains(point)
        ]
        return min(hits)[1] if hits else None

    def _place_markers(self) -> None:
        lane_count = max(1, int((self.lanes_bottom() - self.lanes_top()) // LANE_H))
        lane_right = [-1e18] * lane_count
        placed: list[tuple[float, int, str]] = []
        for marker in sorted(self.data.markers, key=lambda m: (m.axis_s, m.number)):
            cx = self.x(marker.axis_s)
            free = [n for n, right in enumerate(lane_right) if right < cx - RADIUS - 4]
            lane = free[0] if free else min(range(lane_count), key=lambda n: lane_right[n])
            lane_right[lane] = cx + RADIUS + self.label_px
            placed.append((cx, lane, marker.inject_id))
        used = max((lane for _, lane, _ in placed), default=0) + 1
        # The lanes in use sit in the middle of the height there is, not stuck to the top.
        spare = self.lanes_bottom() - self.lanes_top() - used * LANE_H
        top = self.lanes_top() + max(0.0, min(spare / 2, LANE_H))
        for cx, lane, inject_id in placed:
            cy = top + lane * LANE_H + RADIUS + 2
            self.lanes[inject_id] = lane
            self.marker_rects[inject_id] = QRectF(cx - RADIUS, cy - RADIUS, 2 * RADIUS, 2 * RADIUS)
            self._lane_lefts.setdefault(lane, []).append(cx - RADIUS)  # in order of x

    def label_room(self, inject_id: str) -> float:
        """How wide the marker's title may be before the next marker in its lane."""
        rect, lane = self.marker_rects[inject_id], self.lanes[inject_id]
        lefts = self._lane_lefts.get(lane, [])
        after = bisect.bisect_right(lefts, rect.left())
        limit = (lefts[after] if after < len(lefts) else self.rect.right()) - 8
        return max(0.0, min(limit - rect.right() - 6, max(MAX_LABEL_PX, self.label_px)))


def fit_px_per_s(data: TimelineData, width: float) -> float:
    return max(1e-4, (width - 2 * MARGIN) / max(1.0, data.total_s))
