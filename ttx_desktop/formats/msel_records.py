"""Inject, team and objective records for the rows of an MSEL import."""

from __future__ import annotations

from datetime import datetime

from ttx_desktop.domain.ids import derived_id, new_id, utc_now
from ttx_desktop.domain.model import Exercise, Inject, Objective, Team
from ttx_desktop.formats import msel_values as values
from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_plan import OBJECTIVE_KEYS, TEAM_KEYS, find_record
from ttx_desktop.formats.msel_rows import every_team
from ttx_desktop.formats.msel_schedule import Draft
from ttx_desktop.messages import msg


class Records:
    """Makes the records of a plan; the planner gives it the exercise and says how to warn."""

    ex: Exercise
    new: bool
    create_teams: bool
    literal: bool  # a table our own export wrote: "All" is a team's name there
    new_teams: list[Team]
    new_objectives: list[Objective]
    _now: datetime

    def warn(self, line: int | None, column: str, message: str) -> None:
        raise NotImplementedError

    def _header(self, field: Field | None) -> str:
        raise NotImplementedError

    def _record_id(self, kind: str, key: object) -> str:
        return derived_id(self.ex.id, kind, str(key)) if self.new else new_id()

    def _injects(self, drafts: list[Draft]) -> list[Inject]:
        taken = {i.number for i in self.ex.injects}
        existing = set(taken)
        numbers: dict[int, int] = {}
        for d in drafts:
            if d.number is not None and d.number not in taken:
                numbers[d.key] = d.number
                taken.add(d.number)
        following = max(taken, default=0) + 1
        for d in drafts:
            if d.key in numbers:
                continue
            numbers[d.key], following = following, following + 1
            if d.number is not None:
                said = (
                    msg("inject {number} is already in the exercise; imported as {new}",
                        number=d.number, new=numbers[d.key])
                    if d.number in existing
                    else msg("inject {number} is already in an earlier row; imported as {new}",
                             number=d.number, new=numbers[d.key])
                )  # fmt: skip
                self.warn(d.line, self._header(Field.NUMBER), said)
        base = max((i.position for i in self.ex.injects), default=-1) + 1
        self._now = utc_now()  # one import, one moment
        chosen = {d.key: self._teams(d) for d in drafts}  # every team made before "All" is read
        every = tuple(t.id for t in (*self.ex.teams, *self.new_teams))
        return [
            self._inject(d, numbers[d.key], base + n, every if d.to_all else chosen[d.key])
            for n, d in enumerate(drafts)
        ]

    def _teams(self, d: Draft) -> tuple[str, ...]:
        """The teams a row names; none when it names every team ("All")."""
        if not self.literal and any(every_team(item) for item in d.targets):
            d.to_all = True
            return ()
        found = (self._team(d, item) for item in d.targets)
        return tuple(dict.fromkeys(t for t in found if t is not None))

    def _inject(self, d: Draft, number: int, position: int, teams: tuple[str, ...]) -> Inject:
        objectives = [self._objective(item) for item in d.objectives]
        return Inject(
            id=self._record_id("inject", number),
            number=number,
            module_id=d.module_id,
            title=d.title,
            planned_s=d.planned_s,
            pinned=d.pinned,
            scenario_time=d.scenario_time,
            text=d.text,
            source=d.source,
            target_team_ids=teams,
            method=d.method,
            expected_actions=tuple(d.expected),
            objective_ids=tuple(dict.fromkeys(objectives)),
            facilitator_notes="\n".join(d.notes),
            attachments=tuple(d.attachments),
            status=d.status,
            released_s=d.released_s,
            released_at=d.released_at,
            position=position,
            created_at=self._now,
            updated_at=self._now,
        )

    def _team(self, d: Draft, item: str) -> str | None:
        found = find_record(item, self.ex.teams, TEAM_KEYS) or find_record(
            item, self.new_teams, TEAM_KEYS[:1]
        )
        if found is not None:
            return found.id
        teams = self.ex.teams + tuple(self.new_teams)
        if not self.create_teams:
            self.warn(d.line, self._header(Field.TARGETS),
                      msg("no team is called {item!r}; kept in the notes", item=item))  # fmt: skip
            d.notes.append(f"{self._header(Field.TARGETS)}: {item}")
            return None
        code = values.team_code(item, {t.code for t in teams})
        team = Team(
            id=self._record_id("team", code),
            code=code,
            name=item,
            colour=values.PALETTE[len(teams) % len(values.PALETTE)],
        )
        self.new_teams.append(team)
        return team.id

    def _objective(self, item: str) -> str:
        found = find_record(item, self.ex.objectives, OBJECTIVE_KEYS) or next(
            (o for o in self.new_objectives if o.code == item), None
        )
        if found is not None:
            return found.id
        objective = Objective(id=self._record_id("objective", item), code=item, title=item)
        self.new_objectives.append(objective)
        return objective.id
