"""Plays an exercise definition the way a real day would, into a new exercise file.

Module by module it starts the clock, releases most injects at about their planned time
(some late, one or two skipped), logs 3 to 6 entries per released inject for each target
team (decisions, actions, questions, observations drawn from the inject's expected actions
and text; each takes its inject's objective when the inject has only one), then reviews:
tags strengths and areas for improvement against objectives, rates the objectives P/S/M/U,
writes the improvement plan with each item's status, analyses the areas for improvement and
links them to the plan, closes about half the questions with a later answer, and adds
participant feedback forms.
Everything goes through the program's own services and repositories; the random choices
are seeded by the exercise, so the same definition always plays the same way.

Usage: python bench/simulate_run.py IN.yaml OUT.ttxdb
"""

from __future__ import annotations

import heapq
import random
import re
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.simulate_phrases import phrases
from bench.simulate_review import Reviewer, controller
from ttx_desktop.domain import schedule
from ttx_desktop.domain.clock import Reading
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import (
    FEEDBACK_RATINGS,
    CorrectiveSuggestion,
    EntryKind,
    Exercise,
    FeedbackResponse,
    Inject,
    Module,
    Priority,
    Role,
    Team,
)
from ttx_desktop.exporters import facts
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.services.clock_service import ClockService
from ttx_desktop.services.log_service import LogService
from ttx_desktop.services.timeline_service import TimelineService
from ttx_desktop.storage.exercise_file import ExerciseFile

KIND_WEIGHTS = {
    EntryKind.OBSERVATION: 26, EntryKind.ACTION: 20, EntryKind.DECISION: 18,
    EntryKind.QUESTION: 15, EntryKind.STRENGTH: 4, EntryKind.IMPROVEMENT: 4, EntryKind.NOTE: 5,
}  # fmt: skip


class SimClocks:
    """The machine's clocks as the simulation moves them: wall and monotonic together."""

    def __init__(self, wall: datetime) -> None:
        self.wall, self.mono = wall, 1000.0

    def __call__(self) -> Reading:
        return Reading(self.wall, self.mono, "simulated-boot")

    def move_to(self, wall: datetime) -> None:
        step = max(0.0, (wall - self.wall).total_seconds())
        self.wall += timedelta(seconds=step)
        self.mono += step


class Player:
    """Plays one exercise into an open file."""

    def __init__(self, xf: ExerciseFile, exercise: Exercise, rng: random.Random) -> None:
        self.xf, self.exercise, self.rng = xf, exercise, rng
        self.words = phrases(exercise.details.language)
        self.clocks = SimClocks(_module_start(exercise, exercise.modules[0]))
        self.clock = ClockService(xf.clock, self.clocks, author=controller(exercise))
        self.timeline = TimelineService(xf, self.clock)
        self.log = LogService(xf.log, exercise, self.clock.stamp, now=lambda: self.clocks.wall)
        self.authors = _note_takers(exercise)

    def play(self) -> None:
        skipped = self._choose_skips()
        for module in sorted(self.exercise.modules, key=lambda m: m.number):
            self._play_module(module, skipped)

    def _choose_skips(self) -> set[str]:
        candidates = [i for i in self.exercise.injects if i.number > 1]
        count = 1 if len(self.exercise.injects) <= 10 else 2
        return {i.id for i in self.rng.sample(candidates, min(count, len(candidates)))}

    def _play_module(self, module: Module, skipped: set[str]) -> None:
        start = _module_start(self.exercise, module)
        self.clocks.move_to(start)
        self.clock.start(module.id)
        events: list[tuple[float, int, str, object]] = []
        injects = sorted(
            (i for i in self.exercise.injects if i.module_id == module.id),
            key=lambda i: (schedule.axis_s(i, module), i.number),
        )
        last = 0.0
        for inject in injects:
            planned = schedule.axis_s(inject, module)
            if inject.id in skipped:
                heapq.heappush(events, (planned, len(events), "skip", inject))
                continue
            at = max(0.0, planned + self._drift())
            heapq.heappush(events, (at, len(events), "release", inject))
            for seat, team in enumerate(self._targets(inject)):
                for n in range(self.rng.randint(3, 6)):
                    when = at + 90 + 17 * seat + n * self.rng.uniform(120, 300)
                    heapq.heappush(events, (when, len(events), "entry", (inject, team, n)))
                    last = max(last, when)
        for _ in range(self.rng.randint(1, 2)):
            when = self.rng.uniform(0, max(last, 1800))
            team = self.rng.choice(self.exercise.teams)
            heapq.heappush(events, (when, len(events), "loose", team))
        while events:
            at, _, what, payload = heapq.heappop(events)
            self.clocks.move_to(start + timedelta(seconds=at))
            if what == "release" and isinstance(payload, Inject):
                self.timeline.release(payload.id)
            elif what == "skip" and isinstance(payload, Inject):
                self.timeline.skip(payload.id)
            elif what == "entry" and isinstance(payload, tuple):
                self._log_entry(*payload)
            elif what == "loose" and isinstance(payload, Team):
                self._log_loose(payload)
        self.clocks.move_to(self.clocks.wall + timedelta(minutes=20))
        self.clock.pause()

    def _drift(self) -> float:
        roll = self.rng.random()
        if roll < 0.25:
            return self.rng.uniform(3, 14) * 60  # late
        if roll < 0.35:
            return -self.rng.uniform(1, 3) * 60  # a little early
        return self.rng.uniform(-40, 70)

    def _targets(self, inject: Inject) -> list[Team]:
        return [t for t in self.exercise.teams if t.id in inject.target_team_ids]

    def _log_entry(self, inject: Inject, team: Team, n: int) -> None:
        if n == 0:
            kind = self.rng.choice([EntryKind.DECISION, EntryKind.ACTION])
        else:
            kinds, weights = zip(*KIND_WEIGHTS.items(), strict=True)
            kind = self.rng.choices(kinds, weights)[0]
        self.log.log(
            kind,
            self._text(kind, inject, team),
            team_id=team.id,
            inject_id=inject.id,
            author=self.authors.get(team.id, ""),
        )

    def _log_loose(self, team: Team) -> None:
        kind = self.rng.choice([EntryKind.NOTE, EntryKind.OBSERVATION])
        text = self.rng.choice(self.words["note"])
        self.log.log(kind, text, team_id=team.id, author=self.authors.get(team.id, ""))

    def _text(self, kind: EntryKind, inject: Inject, team: Team) -> str:
        actions = list(inject.expected_actions) or [inject.title]
        action = self.rng.choice(actions).strip().rstrip(".")
        tasks = [
            task
            for oid in inject.objective_ids
            if (objective := self.exercise.objective(oid)) is not None
            for task in objective.critical_tasks
        ]
        templates = [t for t in self.words[kind.value] if tasks or "{task}" not in t] or self.words[
            "note"
        ]
        module = self.exercise.module(inject.module_id)
        questions = list(module.discussion_questions) if module else []
        fields = {
            "action": action + ".",
            "action_lc": _lower_first(action) + ".",
            "title": inject.title,
            "source": inject.source or "—",
            "sentence": self._sentence(inject.text) or inject.title,
            "question": self.rng.choice(questions) if questions else inject.title + "?",
            "task": self.rng.choice(tasks).rstrip(".") if tasks else "",
            "team": team.code,
            "minutes": self.rng.choice([5, 10, 15, 20]),
        }
        return self.rng.choice(templates).format(**fields)

    def _sentence(self, text: str) -> str:
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split()))]
        sentences = [s for s in sentences if 30 <= len(s) <= 220]
        return self.rng.choice(sentences) if sentences else ""


def feedback_forms(exercise: Exercise, rng: random.Random) -> tuple[FeedbackResponse, ...]:
    """A handful of participant feedback forms, handed in at the end of the last day."""
    words = phrases(exercise.details.language)
    players = [p for p in exercise.participants if p.role is Role.PLAYER]
    last = max(exercise.modules, key=lambda m: m.number)
    handed_in = _module_start(exercise, last) + timedelta(hours=7)
    forms = []
    for n, person in enumerate(rng.sample(players, min(len(players), rng.randint(5, 8)))):
        forms.append(
            FeedbackResponse(
                id=new_id(),
                submitted_at=handed_in + timedelta(minutes=3 * n),
                name=person.name if rng.random() < 0.5 else "",
                organisation=person.organisation,
                role=person.role.value,
                strengths=tuple(rng.sample(words["feedback_strengths"], 2)),
                improvements=tuple(rng.sample(words["feedback_improvements"], 2)),
                missed=rng.choice(words["feedback_missed"]),
                corrective=(
                    CorrectiveSuggestion(
                        rng.choice(words["feedback_corrective"]),
                        rng.choice([Priority.HIGH, Priority.MEDIUM]),
                        person.organisation,
                    ),
                ),
                ratings=tuple(
                    (key, rng.choices([3, 4, 5], [2, 5, 4])[0]) for key in FEEDBACK_RATINGS
                ),
            )
        )
    return tuple(forms)


def _lower_first(text: str) -> str:
    """ "Teams apply..." -> "teams apply..."; "NAT designates..." stays as it is."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _module_start(exercise: Exercise, module: Module) -> datetime:
    """The local wall time a module starts: its day after the exercise's first day, its start."""
    first = exercise.details.start_date or date(2027, 1, 1)
    day = (module.day or module.number) - 1
    minutes = schedule.parse_time_of_day(module.start) if module.start else None
    clock = time(*divmod(minutes if minutes is not None else 9 * 60, 60))
    return datetime.combine(first + timedelta(days=day), clock).astimezone()


def _note_takers(exercise: Exercise) -> dict[str, str]:
    """Who writes each team's log: the evaluators in turn, else the facilitators."""
    writers = [p.name for p in exercise.participants if p.role is Role.EVALUATOR] or [
        p.name for p in exercise.participants if p.role is Role.FACILITATOR
    ]
    if not writers:
        return {}
    return {team.id: writers[n % len(writers)] for n, team in enumerate(exercise.teams)}


def simulate(source: Path, target: Path) -> Exercise:
    """Plays the definition at ``source`` into a new exercise file at ``target``."""
    exercise = load_definition(source)
    rng = random.Random(f"ttx-simulate/{exercise.title}")  # a definition may have no id
    exercise = replace(exercise, feedback=feedback_forms(exercise, rng))
    with ExerciseFile.create(target, exercise, force=True) as xf:
        player = Player(xf, exercise, rng)
        player.play()
        Reviewer(xf, player.log, player.words, rng).review()
        return xf.exercise.load()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    played = simulate(Path(argv[0]), Path(argv[1]))
    live = facts.live_entries(played)
    released = len(facts.released_injects(played))
    print(
        f"{argv[1]}: {released} of {len(played.injects)} injects released, "
        f"{len(live)} entries, {len(played.recommendations)} recommendations, "
        f"{len(played.feedback)} feedback forms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
