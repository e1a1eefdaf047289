"""The pictures a document asks for, as a Protocol, and the plain data of its bar charts.

Exporters stay free of Qt: they compute what a chart shows (``GroupedBars``) and hand it to
a ``Pictures`` implementation, which draws it to PNG bytes (exporters/charts.py draws with Qt,
offscreen). Tests may pass any object with these methods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ttx_desktop.domain.model import Exercise, InjectStatus
from ttx_desktop.exporters import facts
from ttx_desktop.exporters.labels import Labels

NO_TEAM_COLOUR = "#8C959F"  # entries for no team: a neutral grey beside the teams' colours


@dataclass(frozen=True)
class Series:
    """One coloured set of bars: a team's count in each category."""

    name: str
    colour: str  # "#RRGGBB"
    values: tuple[int, ...]


@dataclass(frozen=True)
class GroupedBars:
    """A grouped bar chart: for each category a bar per series, with titled axes."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    x_title: str = ""
    y_title: str = ""

    @property
    def empty(self) -> bool:
        return not any(any(s.values) for s in self.series)


class Pictures(Protocol):
    """Draws a document's pictures as PNG bytes of about ``width`` × ``height`` pixels."""

    def timeline(self, exercise: Exercise, *, width: int, height: int) -> bytes:
        """The injects' planned against actual release times, module by module."""
        ...

    def grouped_bars(self, chart: GroupedBars, *, width: int, height: int) -> bytes:
        """A grouped bar chart with a legend of its series."""
        ...


def entries_per_team_and_module(exercise: Exercise, labels: Labels) -> GroupedBars:
    """Live log entries counted per team (series, in team colours) and module (categories).
    Entries logged outside any module (before a clock ran, for no inject) and for no team
    have a category and a series of their own, so that every entry is counted once."""
    modules = exercise.modules
    index = {m.id: n for n, m in enumerate(modules)}
    outside = len(modules)
    counts: dict[str | None, list[int]] = {t.id: [0] * (outside + 1) for t in exercise.teams}
    counts[None] = [0] * (outside + 1)
    for entry in facts.live_entries(exercise):
        module = index.get(facts.entry_module_id(exercise, entry) or "", outside)
        counts[entry.team_id if entry.team_id in counts else None][module] += 1
    keep = [n for n in range(outside + 1) if n < outside or any(c[n] for c in counts.values())]
    names = [*(_short_module_title(m.number, m.title, labels) for m in modules),
             labels["outside_modules"]]  # fmt: skip
    series = [Series(team.name or team.code, team.colour, tuple(counts[team.id][n] for n in keep))
              for team in exercise.teams]  # fmt: skip
    if any(counts[None]):
        series.append(Series(labels["no_team_short"], NO_TEAM_COLOUR,
                             tuple(counts[None][n] for n in keep)))  # fmt: skip
    return GroupedBars(
        categories=tuple(names[n] for n in keep),
        series=tuple(series),
        x_title=labels["chart_x"],
        y_title=labels["chart_y"],
    )


def bars_text(chart: GroupedBars) -> str:
    """What a bar chart shows, in words, for its alternative text: "Day 1: Media 3, ..."."""
    return "; ".join(
        f"{category}: " + ", ".join(f"{s.name} {s.values[n]}" for s in chart.series)
        for n, category in enumerate(chart.categories)
    )


def timeline_text(exercise: Exercise, labels: Labels) -> str:
    """What the timeline shows, in words: how many injects, released and skipped."""
    released = len(facts.released_injects(exercise))
    skipped = sum(i.status is InjectStatus.SKIPPED for i in exercise.injects)
    return labels.format(
        "msel_intro",
        injects=labels.count(len(exercise.injects), "inject"),
        modules=labels.count(len(exercise.modules), "module"),
        released=released,
        skipped=skipped,
        pending=len(exercise.injects) - released - skipped,
    )


def _short_module_title(number: int, title: str, labels: Labels) -> str:
    """A module's axis label: its title up to the first colon or full stop ("Day 1"), else
    "Module N"."""
    head = re.split(r"[:.]\s", title, maxsplit=1)[0].strip()
    if head and len(head) <= 24 and head != title.strip():
        return head
    return f"{labels['module']} {number}"
