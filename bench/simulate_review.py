"""The review after a simulated exercise: tags, ratings, an edit and a deletion, the plan,
the analysis of areas for improvement linked to it, and questions closed by later answers.

Used by simulate_run.py; like a reviewer at the console, it works through the services.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from bench.simulate_phrases import RATINGS_NOTES
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import (
    EntryKind,
    EntryTag,
    Exercise,
    LogEntry,
    PlanStatus,
    Priority,
    Rating,
    Recommendation,
    Role,
)
from ttx_desktop.exporters import facts
from ttx_desktop.services.authoring_service import AuthoringService
from ttx_desktop.services.log_service import LogService
from ttx_desktop.storage.exercise_file import ExerciseFile


def _stable(exercise: Exercise) -> Callable[[LogEntry], tuple[object, ...]]:
    """An order of entries that does not depend on random ids (of entries, or of an exercise
    whose definition gives none)."""
    teams = {t.id: n for n, t in enumerate(exercise.teams)}
    injects = {i.id: i.number for i in exercise.injects}

    def key(entry: LogEntry) -> tuple[object, ...]:
        team, inject = teams.get(entry.team_id or "", -1), injects.get(entry.inject_id or "", -1)
        return (entry.logged_at, team, inject, entry.kind, entry.text)

    return key


def controller(exercise: Exercise) -> str:
    """Who edits during the review: the first facilitator or controller."""
    control = [p for p in exercise.participants if p.role in (Role.FACILITATOR, Role.CONTROLLER)]
    return control[0].name if control else "Control"


class Reviewer:
    """Reviews the log after the exercise: tags, ratings, recommendations."""

    def __init__(
        self, xf: ExerciseFile, log: LogService, words: dict[str, list[str]], rng: random.Random
    ) -> None:
        self.rng, self.log, self.words = rng, log, words
        self.authoring = AuthoringService(xf)

    def review(self) -> None:
        entries = sorted(self.log.entries(), key=_stable(self.authoring.exercise))
        exercise = self.authoring.exercise
        self._tag(entries, exercise)
        self._edit_and_delete(entries)
        exercise = replace(self.authoring.exercise, log=tuple(self.log.entries()))
        self._rate(exercise)
        answered = self._recommend(exercise)
        self._analyse(answered)
        self._close_questions(sorted(self.log.entries(), key=_stable(self.authoring.exercise)))

    def _analyse(self, answered: list[tuple[LogEntry, str]]) -> None:
        """The root cause and references of most areas for improvement tied to an objective
        (a few are left for later, as in a real review), and the plan item answering each
        one the plan took up."""
        by = controller(self.authoring.exercise)
        exercise = self.authoring.exercise
        self.log.set_exercise(exercise)  # with its improvement plan now
        items = {entry.id: item_id for entry, item_id in answered}
        gaps = sorted(
            (e for e in self.log.entries() if facts.judgement(e) is EntryTag.IMPROVEMENT),
            key=_stable(exercise),
        )
        for n, entry in enumerate(gaps):
            changes: dict[str, object] = {}
            if entry.objective_id is not None and n % 5 != 4:
                changes["analysis"] = self.rng.choice(self.words["analysis"])
                changes["references"] = self.rng.choice(self.words["references"])
            if entry.id in items:
                changes["plan_item_id"] = items[entry.id]
            if changes:
                self.log.edit(entry.id, by=by, **changes)

    def _close_questions(self, entries: list[LogEntry]) -> None:
        """About half the questions get an answer logged later that closes them."""
        questions = [e for e in entries if e.kind is EntryKind.QUESTION]
        for question in questions[::2]:
            answer = self.log.log(
                EntryKind.DECISION,
                self.rng.choice(self.words["answer"]),
                team_id=question.team_id,
                inject_id=question.inject_id,
                author=question.author,
                objective_id=question.objective_id,
            )
            self.log.edit(answer.id, by=controller(self.authoring.exercise), closes_id=question.id)

    def _tag(self, entries: list[LogEntry], exercise: Exercise) -> None:
        log = self.log
        for entry in entries:
            inject = exercise.inject(entry.inject_id)
            changes: dict[str, object] = {}
            # A reviewer marks some decisions taken well, and some observations of gaps.
            if entry.kind in (EntryKind.DECISION, EntryKind.ACTION) and self.rng.random() < 0.07:
                changes["tag"] = EntryTag.STRENGTH
            elif entry.kind is EntryKind.OBSERVATION and self.rng.random() < 0.1:
                changes["tag"] = EntryTag.IMPROVEMENT
            is_judged = "tag" in changes or entry.kind in (
                EntryKind.STRENGTH,
                EntryKind.IMPROVEMENT,
            )
            if is_judged and self.rng.random() < 0.8 and exercise.objectives:
                linked = list(inject.objective_ids) if inject else []
                pool = linked or [o.id for o in exercise.objectives]
                changes["objective_id"] = self.rng.choice(pool)
            if changes:
                log.edit(entry.id, by=controller(exercise), **changes)

    def _edit_and_delete(self, entries: list[LogEntry]) -> None:
        log = self.log
        observations = [e for e in entries if e.kind is EntryKind.OBSERVATION]
        if observations:
            first = observations[0]
            log.edit(first.id, text=first.text + self.words["edit_suffix"][0])
        if entries:
            mistaken = entries[len(entries) // 2]
            ghost = log.log(
                EntryKind.NOTE,
                self.words["deleted"][0],
                team_id=mistaken.team_id,
                inject_id=mistaken.inject_id,
                author=mistaken.author,
            )
            log.delete(ghost.id)

    def _rate(self, exercise: Exercise) -> None:
        entries = facts.live_entries(exercise)
        note = RATINGS_NOTES.get(exercise.details.language, RATINGS_NOTES["en"])
        for objective in exercise.objectives:
            found = facts.evidence(exercise, objective, entries)
            good, bad = len(found.strengths), len(found.improvements)
            share = good / (good + bad) if good + bad else 0.6
            # The evidence leans the rating; the evaluator's judgement does the rest.
            level = round((1 - share) * 3 + self.rng.uniform(-1.2, 1.2))
            rating = (Rating.P, Rating.S, Rating.M, Rating.U)[min(3, max(0, level))]
            self.authoring.save_objective(
                replace(
                    objective,
                    rating=rating,
                    evaluator_notes=note.format(strengths=good, improvements=bad),
                )
            )

    def _recommend(self, exercise: Exercise) -> list[tuple[LogEntry, str]]:
        """Writes the improvement plan; returns the areas for improvement it answers, each
        with the id of its plan item."""
        entries = sorted(facts.live_entries(exercise), key=_stable(exercise))
        issues = [e for e in entries if facts.judgement(e) is EntryTag.IMPROVEMENT]
        self.rng.shuffle(issues)
        issues.sort(key=lambda e: e.kind is not EntryKind.IMPROVEMENT)  # written as issues first
        count = self.rng.randint(6, 10)
        found: list[tuple[str, str | None, str | None]] = []  # issue, objective, team
        for entry in issues[:count]:
            found.append((entry.text, entry.objective_id, entry.team_id))
        generic = self.words["generic_issue"]
        missing = count - len(found) if exercise.objectives else 0
        for n in range(missing):  # too few issues logged: general ones per objective
            objective = exercise.objectives[n % len(exercise.objectives)]
            issue = generic[n // len(exercise.objectives) % len(generic)]
            found.append((issue.format(objective=objective.title), objective.id,
                          self.rng.choice(exercise.teams).id))  # fmt: skip
        end = exercise.details.end_date or exercise.details.start_date or date(2027, 1, 1)
        answered: list[tuple[LogEntry, str]] = []
        statuses = (PlanStatus.OPEN, PlanStatus.IN_PROGRESS, PlanStatus.DONE)
        for position, (issue, objective_id, team_id) in enumerate(found):
            owner = next(
                (p for p in exercise.participants
                 if p.team_id == team_id and p.role is Role.PLAYER),
                None,
            )  # fmt: skip
            start = end + timedelta(days=30 + 15 * position)
            item_id = new_id()
            if position < len(issues[:count]):
                answered.append((issues[position], item_id))
            self.authoring.save_recommendation(
                Recommendation(
                    id=item_id,
                    issue=issue,
                    corrective_action=self.rng.choice(self.words["recommendation"]) + ".",
                    objective_id=objective_id,
                    capability_element=self.rng.choice(self.words["elements"]),
                    responsible=owner.organisation if owner else "",
                    contact=owner.name if owner else "",
                    start=start,
                    completion=start + timedelta(days=self.rng.choice([90, 120, 180, 270])),
                    priority=self.rng.choice([Priority.HIGH, Priority.MEDIUM, Priority.LOW]),
                    status=statuses[(position * 2) % 3],
                    position=position,
                )
            )
        return answered
