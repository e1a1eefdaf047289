"""A new log entry, made one way whoever asks (console, phone or command line): checked
against the exercise, its kind parsed, its text trimmed, stamped with both clocks."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final

from ttx_desktop.domain.clock import ClockState, ExerciseClock, Reading
from ttx_desktop.domain.evidence import default_objective
from ttx_desktop.domain.model import EntryKind, Exercise, Inject, LogEntry, Objective, Team
from ttx_desktop.errors import UserError
from ttx_desktop.messages import msg

MAX_TEXT_CHARS = 20_000  # a long paragraph of minutes; longer input is pasted by mistake

# The current module and its elapsed exercise seconds (None before its clock runs).
Stamp = tuple[str | None, float | None]


class _FromInject(enum.Enum):
    FROM_INJECT = 0


# The objective of an entry whose writer did not choose one: its inject's, if only one.
FROM_INJECT: Final = _FromInject.FROM_INJECT


class EntryRefused(UserError):
    """An entry that cannot be logged or changed as asked; nothing was written.

    ``reason`` names the fault for a page that words it in its own language ("empty",
    "too_long", "unknown_kind", "unknown_team", "unknown_inject", "unknown_objective")."""

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class EntryRequest:
    """What a note-taker asked to log, as typed: nothing checked yet.

    ``team`` is a team's id, code or name; ``inject`` an inject's id or number; ``objective``
    an objective's id or code, None for none, FROM_INJECT for the inject's only one."""

    kind: EntryKind | str
    text: str
    team: str | None = None
    inject: str | int | None = None
    objective: str | _FromInject | None = FROM_INJECT
    author: str = ""


_KINDS: Final = {k.value: k for k in EntryKind}


def parse_kind(kind: EntryKind | str) -> EntryKind:
    """The entry kind for ``kind``, forgiving case, spaces and underscores."""
    if isinstance(kind, EntryKind):
        return kind
    if isinstance(kind, str) and (found := _KINDS.get(kind)) is not None:
        return found  # as stored, e.g. "decision": no clean-up
    key = "-".join(str(kind).strip().casefold().replace("_", " ").split())
    try:
        return EntryKind(key)
    except ValueError:
        known = ", ".join(k.value for k in EntryKind)
        raise EntryRefused(
            msg("unknown kind {kind!r} (kinds are {known})", kind=kind, known=known),
            reason="unknown_kind",
        ) from None


def checked_text(text: str) -> str:
    """``text`` trimmed; refused when empty or too long."""
    if not text.strip():
        raise EntryRefused(msg("the entry has no text"), reason="empty")
    check_length(text)
    return text.strip()


def check_length(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise EntryRefused(
            msg(
                "the entry is too long ({size:,} characters; at most {most:,})",
                size=len(text),
                most=MAX_TEXT_CHARS,
            ),
            reason="too_long",
        )


def team_of(exercise: Exercise, team: str) -> Team:
    """The team whose id, code or name (any case) is ``team``."""
    found = exercise.team(team) or exercise.find_team(team)
    if found is None:
        known = ", ".join(t.code for t in exercise.teams) or msg("none")
        raise EntryRefused(
            msg("unknown team {team!r} (teams are {known})", team=team, known=known),
            reason="unknown_team",
        )
    return found


def _inject_or_none(exercise: Exercise, inject: str | int) -> Inject | None:
    if isinstance(inject, str) and (found := exercise.inject(inject)) is not None:
        return found
    number = inject if isinstance(inject, int) else _number(inject)
    return exercise.inject_by_number(number) if number is not None else None


def _number(text: str) -> int | None:
    return int(text.strip()) if text.strip().isdecimal() else None


def inject_of(exercise: Exercise, inject: str | int) -> Inject:
    """The inject whose id or number is ``inject``."""
    found = _inject_or_none(exercise, inject)
    if found is None:
        numbers = sorted(i.number for i in exercise.injects)
        known = f"{numbers[0]} to {numbers[-1]}" if numbers else msg("none")
        raise EntryRefused(
            msg("there is no inject {inject} (injects are {known})", inject=inject, known=known),
            reason="unknown_inject",
        )
    return found


def _objective_or_none(exercise: Exercise, objective: str) -> Objective | None:
    key = objective.strip().casefold()
    return exercise.objective(objective) or next(
        (o for o in exercise.objectives if o.code.casefold() == key), None
    )


def objective_of(exercise: Exercise, objective: str) -> Objective:
    """The objective whose id or code (any case) is ``objective``."""
    found = _objective_or_none(exercise, objective)
    if found is None:
        known = ", ".join(o.code for o in exercise.objectives) or msg("none")
        raise EntryRefused(
            msg(
                "unknown objective {code!r} (objectives are {known})",
                code=objective,
                known=known,
            ),
            reason="unknown_objective",
        )
    return found


def entry_stamp(clock: ExerciseClock, now: Reading) -> Stamp:
    """The current module and its elapsed exercise seconds at ``now`` (None while its clock
    has not run), as every new entry is stamped."""
    module_id = clock.current_module_id
    if module_id is None or clock.state(module_id) is ClockState.IDLE:
        return module_id, None
    return module_id, clock.elapsed(now, module_id)


def millis(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000) / 1000


def without_gone_links(exercise: Exercise, asked: EntryRequest) -> tuple[EntryRequest, list[str]]:
    """``asked`` without an inject or objective the exercise no longer has, and notes of what
    was left out ("inject_gone", "objective_gone"): a phone listed them before they were
    deleted at the console, and the text is what matters."""
    notes: list[str] = []
    if asked.inject is not None and _inject_or_none(exercise, asked.inject) is None:
        asked = replace(asked, inject=None)
        notes.append("inject_gone")
    objective = asked.objective
    if isinstance(objective, str) and _objective_or_none(exercise, objective) is None:
        asked = replace(asked, objective=None)
        notes.append("objective_gone")
    return asked, notes


def new_entry(
    exercise: Exercise,
    asked: EntryRequest,
    *,
    entry_id: str,
    logged_at: datetime,
    stamp: Stamp,
    source: str,
) -> LogEntry:
    """The entry ``asked`` as it is stored: kind parsed, text trimmed, team, inject and
    objective found in ``exercise`` (raises EntryRefused naming what is wrong), stamped with
    the wall time ``logged_at`` and the exercise clock's ``stamp``.

    Without a chosen objective the entry speaks to its inject's, when the inject has exactly
    one (see evidence.default_objective)."""
    kind = parse_kind(asked.kind)
    text = checked_text(asked.text)
    team = team_of(exercise, asked.team) if asked.team is not None else None
    inject = inject_of(exercise, asked.inject) if asked.inject is not None else None
    if isinstance(asked.objective, _FromInject):
        found = exercise.objective(default_objective(inject))
        objective_id = found.id if found is not None else None
    elif asked.objective is None:
        objective_id = None
    else:
        objective_id = objective_of(exercise, asked.objective).id
    module_id, elapsed = stamp
    return LogEntry(
        id=entry_id,
        kind=kind,
        text=text,
        logged_at=logged_at,
        team_id=team.id if team is not None else None,
        inject_id=inject.id if inject is not None else None,
        module_id=module_id,
        exercise_s=millis(elapsed),
        author=asked.author.strip(),
        objective_id=objective_id,
        source=source,
        updated_at=logged_at,  # a new entry was last changed as it was logged
    )
