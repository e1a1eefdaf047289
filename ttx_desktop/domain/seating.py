"""Where a team sits: the name of its table, as the room knows it."""

from __future__ import annotations

from ttx_desktop.domain.model import Exercise, Team


def table_of(exercise: Exercise, team: Team, numbered: str = "{0}") -> str:
    """The team's table as the room knows it: its seat as written in the definition ("Table
    2", "Window table"), else ``numbered`` with the seat's number or the team's place in the
    list of teams."""
    seat = team.table.strip()
    if seat and not seat.isdecimal():
        return seat
    place = next((n for n, t in enumerate(exercise.teams, 1) if t.id == team.id), 0)
    return numbered.format(seat or place)
