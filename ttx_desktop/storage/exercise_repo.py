"""Reading and writing a whole exercise, and the parts authored before it runs."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path

from ttx_desktop.domain.agenda import ScheduleItem
from ttx_desktop.domain.model import Exercise, ExerciseDetails
from ttx_desktop.messages import msg
from ttx_desktop.storage import rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.log_repo import LogRepo
from ttx_desktop.storage.policy_repo import PolicyRepo, VoteRepo
from ttx_desktop.storage.reading import reading


class ExerciseRepo:
    """The exercise's details and its authored records (objectives, teams, modules, injects...)."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path  # named in the error when a stored value cannot be read

    def insert(self, exercise: Exercise) -> None:
        """Writes a whole exercise into an empty file, in one transaction."""
        db = self._db
        with db.atomic():
            db.table("exercise").insert(rows.details_row(exercise.details))
            db.table("meta").upsert({"key": "exercise_id", "value": exercise.id}, pk="key")
            db.table("objective").insert_all(
                rows.objective_row(o, n) for n, o in enumerate(exercise.objectives)
            )
            db.table("team").insert_all(rows.team_row(t, n) for n, t in enumerate(exercise.teams))
            db.table("participant").insert_all(
                rows.participant_row(p, n) for n, p in enumerate(exercise.participants)
            )
            db.table("module").insert_all(rows.module_row(m) for m in exercise.modules)
            db.table("inject").insert_all(rows.inject_row(i) for i in exercise.injects)
            db.table("inject_target").insert_all(
                {"inject_id": i.id, "team_id": t, "position": n}
                for i in exercise.injects
                for n, t in enumerate(i.target_team_ids)
            )
            db.table("inject_objective").insert_all(
                {"inject_id": i.id, "objective_id": o, "position": n}
                for i in exercise.injects
                for n, o in enumerate(i.objective_ids)
            )
            log = LogRepo(db)
            for entry in exercise.log:
                log.insert_with_history(entry)
            db.table("recommendation").insert_all(
                rows.recommendation_row(c, n) for n, c in enumerate(exercise.recommendations)
            )
            db.table("feedback").insert_all(rows.feedback_row(f) for f in exercise.feedback)
            policy, votes = PolicyRepo(db), VoteRepo(db)
            for recommendation in exercise.policy:
                policy.insert_with_history(recommendation)
            for vote in exercise.votes:
                votes.add(dataclasses.replace(vote, closed_at=None))
            for ballot in exercise.ballots:
                votes.cast(ballot)
            for vote in exercise.votes:
                votes.set_times(vote.id, opened_at=vote.opened_at, closed_at=vote.closed_at)
            db.table("schedule_item").insert_all(
                rows.schedule_row(i, n) for n, i in enumerate(exercise.schedule)
            )

    def details(self) -> ExerciseDetails:
        with reading(self._db, self._path):
            row = next(self._db.query("SELECT * FROM exercise LIMIT 1"), None)
            if row is None:
                raise LookupError(msg("the exercise file holds no exercise"))
            return rows.details_from(row)

    def exercise_id(self) -> str:
        return self.details().id

    def load(self, *, with_log: bool = True) -> Exercise:
        """The whole exercise; ``with_log=False`` leaves the log, feedback and history out.

        Raises DamagedFile when a stored value is not one TTX Desktop writes (a file edited
        with another tool, or handed over to harm): never a half-read exercise.
        """
        with reading(self._db, self._path):
            return self._load(with_log=with_log)

    def _load(self, *, with_log: bool) -> Exercise:
        db = self._db
        targets: dict[str, list[str]] = defaultdict(list)
        for r in db.query("SELECT inject_id, team_id FROM inject_target ORDER BY position"):
            targets[r["inject_id"]].append(r["team_id"])
        objectives: dict[str, list[str]] = defaultdict(list)
        for r in db.query("SELECT inject_id, objective_id FROM inject_objective ORDER BY position"):
            objectives[r["inject_id"]].append(r["objective_id"])
        log = LogRepo(db, self._path)
        has_policy = self._has_policy()
        return Exercise(
            details=self.details(),
            objectives=tuple(
                rows.objective_from(r)
                for r in db.query("SELECT * FROM objective ORDER BY position")
            ),
            teams=tuple(
                rows.team_from(r) for r in db.query("SELECT * FROM team ORDER BY position")
            ),
            participants=tuple(
                rows.participant_from(r)
                for r in db.query("SELECT * FROM participant ORDER BY position")
            ),
            modules=tuple(
                rows.module_from(r) for r in db.query("SELECT * FROM module ORDER BY number")
            ),
            injects=tuple(
                rows.inject_from(r, targets[r["id"]], objectives[r["id"]])
                for r in db.query("SELECT * FROM inject ORDER BY position, number")
            ),
            log=tuple(log.all(with_history=True)) if with_log else (),
            recommendations=tuple(
                rows.recommendation_from(r)
                for r in db.query("SELECT * FROM recommendation ORDER BY position")
            ),
            feedback=tuple(
                rows.feedback_from(r)
                for r in db.query("SELECT * FROM feedback ORDER BY submitted_at, id")
            )
            if with_log and self._has_feedback()
            else (),
            policy=tuple(PolicyRepo(db, self._path).all(with_history=with_log))
            if has_policy
            else (),
            votes=VoteRepo(db, self._path).all() if has_policy else (),
            ballots=VoteRepo(db, self._path).ballots() if has_policy and with_log else (),
            schedule=self._schedule(),
        )

    def _schedule(self) -> tuple[ScheduleItem, ...]:
        """Files older than version 6, opened read-only and so not upgraded, have none."""
        if not self._db.has_table("schedule_item"):
            return ()
        query = "SELECT * FROM schedule_item ORDER BY position"
        return tuple(rows.schedule_from(r) for r in self._db.query(query))

    def counts(self) -> dict[str, int]:
        """How many records of each kind the file holds (deleted log entries left out)."""
        db = self._db
        return {
            "injects": db.count("inject"),
            "entries": int(
                db.execute("SELECT count(*) FROM log_entry WHERE deleted = 0").fetchone()[0]
            ),
            "participants": db.count("participant"),
            "teams": db.count("team"),
            "modules": db.count("module"),
            "objectives": db.count("objective"),
            "recommendations": db.count("recommendation"),
            "feedback": db.count("feedback") if self._has_feedback() else 0,
            "policy": int(
                db.execute(
                    "SELECT count(*) FROM policy_recommendation WHERE deleted = 0"
                ).fetchone()[0]
            )
            if self._has_policy()
            else 0,
        }

    def _has_policy(self) -> bool:
        """Files of an older version opened read-only have no recommendations or votes."""
        return self._db.has_table("policy_recommendation")

    def _has_feedback(self) -> bool:
        """Version 1 files, opened read-only and so not upgraded, have no feedback table."""
        return self._db.has_table("feedback")
