"""Hypothesis strategies for domain objects: random but valid Exercises, for round trips.

"Valid" is what a definition can hold and the exercise file can store:
- required texts (titles, codes, names, an issue, a log entry's text) are not blank;
- codes and numbers are unique (team names also ignoring case), numbers from 1;
- references point at records of the same exercise; targets and objectives are listed once;
- times of day are "HH:MM"; clock values are whole milliseconds, never negative;
- timestamps are timezone-aware UTC; an exercise's end date is not before its start;
- inject and recommendation positions are 0..n-1 in list order; modules are in number
  order, log entries and feedback in time order (as the exercise file returns them);
- only a released inject has a release time.
Texts are anything a UTF-8 file can hold (no lone surrogates), with a bias to what trips
YAML up: words YAML would type (NO, null, 09:30, 2026-08-21), YAML syntax, spaces at the
ends, line breaks of every kind, control characters, Cyrillic and Tajik letters.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from hypothesis import strategies as st

from ttx_desktop.domain.documents import DOCUMENTS
from ttx_desktop.domain.ids import derived_id
from ttx_desktop.domain.model import (
    FEEDBACK_RATINGS,
    LOG_TEXT_FIELDS,
    CorrectiveSuggestion,
    DeliveryMethod,
    EntryKind,
    EntryTag,
    Exercise,
    ExerciseDetails,
    FeedbackResponse,
    Gender,
    Inject,
    InjectStatus,
    LogEntry,
    Module,
    Objective,
    Participant,
    PlanStatus,
    Priority,
    Rating,
    Recommendation,
    Role,
    Team,
)
from ttx_desktop.formats.definition_reader import participant_key

T = TypeVar("T")

TAJIK = "ҲҳҶҷҚқҒғӮӯӢӣ"
TRICKY = (
    "NO", "no", "Yes", "off", "On", "y", "n", "true", "False", "null", "Null", "~", "",
    "09:30", "10:30", "1:30", "24:00", "9.30", "0x1F", "0o17", "017", "008", "1e3", "1_000",
    ".5", "-.inf", ".NaN", "12", "-3", "2026-08-21", "2026-02-30", "2026-08-21T09:47:12Z",
    "2026-08-21 09:47:12", "T+0:15", "+1:30", "<<", "=", "- item", "key: value", "a #b",
    "#comment", "&anchor", "*alias", "!tag", "!!python/name:os.system", "'single'", '"double"',
    "|", ">", "@at", "`tick", "%TAG", "[a, b]", "{a: b}", "all", "ALL", "...", "---", "? q",
    " lead", "trail ", "  ", "\t", "a\tb", "a\nb", "line\n", "\n", "\n\nlead", "a  \nb",
    "a\n  b", "end\n\n\n", "a\r\nb", "a\rb", "\x85", "a\u2028b", "\u2029", "\x00", "\x07",
    "\x1b[31m", "\ufeff", "\u00a0", "\U0001f600", "Душанбе", "Ҳ Ҷ Қ Ғ Ӯ ӣ", "Қарор қабул шуд.",
    "Решение принято.\nВторая строка.", "ünïcödé", "عربى", "中文", "x" * 120,
    " ".join(["word"] * 40), "  two  spaces  ", "back\\slash", "a: b: c", "-", "?", ":",
)  # fmt: skip

# Any character a UTF-8 file can hold, i.e. no lone surrogates.
_ANY_CHARACTER = st.characters(codec="utf-8")
_SHARP_CHARACTER = st.sampled_from("aZ09 -:#&*!|>'\"\\{}[],?%@`\t\n\r\x85\u2028\x00" + TAJIK)


def _joined(parts: list[str]) -> str:
    return "".join(parts)


texts: st.SearchStrategy[str] = st.one_of(
    st.text(_ANY_CHARACTER, max_size=24),
    st.text(_SHARP_CHARACTER, max_size=16),
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(TRICKY), min_size=2, max_size=3).map(_joined),
    st.text(st.sampled_from(TAJIK + " \n"), min_size=1, max_size=16),
)
"""Optional text: empty as often as anything else."""

required_texts: st.SearchStrategy[str] = texts.filter(lambda s: bool(s.strip()))
"""Text that a definition requires: not blank."""

text_lists: st.SearchStrategy[tuple[str, ...]] = st.lists(texts, max_size=3).map(tuple)

stamps: st.SearchStrategy[datetime] = st.datetimes(
    min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)
"""Timestamps, timezone-aware UTC, with microseconds."""

days: st.SearchStrategy[date] = st.dates()

times_of_day: st.SearchStrategy[str] = st.builds(
    lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59)
)
"""A time of day as the domain holds it: "HH:MM"."""

clock_values: st.SearchStrategy[float] = st.integers(0, 10**10).map(lambda n: n / 1000)
"""A reading of an exercise clock in seconds: whole milliseconds, up to about 115 days."""

planned_seconds: st.SearchStrategy[int] = st.one_of(
    st.integers(0, 14 * 24 * 3600), st.integers(0, 24 * 60).map(lambda m: m * 60)
)
"""An inject's planned time: often whole minutes, so that some are written as times of day."""

ids: st.SearchStrategy[str] = st.uuids().map(str)
colours: st.SearchStrategy[str] = st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z")
numbers: st.SearchStrategy[int] = st.integers(1, 999_999_999)


# Acronyms: short forms on one line (YAML keys), some that YAML would type; meanings of any
# text, as the reader keeps them (without spaces at the ends).
_SHORTS = st.one_of(
    st.text(st.sampled_from("ABCXYZ019МВДҚ-&."), min_size=1, max_size=6),
    st.sampled_from(("NO", "null", "12", "09:30", "~", "y", "true", "2026-08-21", "-", "?")),
)
acronyms: st.SearchStrategy[tuple[tuple[str, str], ...]] = st.lists(
    st.tuples(_SHORTS, required_texts.map(str.strip).filter(bool)),
    max_size=3,
    unique_by=lambda pair: pair[0],
).map(tuple)

attendance_days: st.SearchStrategy[tuple[int, ...]] = st.lists(
    st.integers(1, 9), unique=True, max_size=3
).map(lambda found: tuple(sorted(found)))


def _maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


class _Ids:
    """Draws record ids: the one the reader derives, or an own id, unique per kind."""

    def __init__(self, draw: Any, exercise_id: str) -> None:
        self._draw, self._exercise_id = draw, exercise_id
        self._used: set[str] = set()

    def __call__(self, kind: str, key: object) -> str:
        derived = derived_id(self._exercise_id, kind, str(key))
        own = self._draw(ids.filter(lambda i: i not in self._used))
        record_id = derived if self._draw(st.booleans()) and derived not in self._used else own
        self._used.add(record_id)
        return record_id


@st.composite
def details(draw: Any, exercise_id: str | None = None) -> ExerciseDetails:
    start = draw(_maybe(days))
    end = start
    if start is not None:
        room = (date.max - start).days
        end = draw(st.one_of(st.none(), st.integers(0, min(room, 30)).map(_after(start))))
    return ExerciseDetails(
        id=exercise_id or draw(ids),
        title=draw(required_texts),
        purpose=draw(texts),
        scope=draw(texts),
        sponsor=draw(texts),
        venue=draw(texts),
        start_date=start,
        end_date=end,
        caveat=draw(texts),
        language=draw(st.sampled_from(("en", "ru"))),
        point_of_contact=draw(texts),
        scenario_summary=draw(texts),
        ground_rules=draw(text_lists),
        assumptions=draw(text_lists),
        executive_summary=draw(texts),
        conclusion=draw(texts),
        draft_documents=tuple(draw(st.lists(st.sampled_from(list(DOCUMENTS)), unique=True))),
        acronyms=draw(acronyms),
        notes=draw(texts),
    )


def _after(start: date) -> Any:
    return lambda n: start + timedelta(days=n)


def _subset(draw: Any, choices: list[str]) -> tuple[str, ...]:
    """Some of ``choices`` in any order, each once; often all of them in their order."""
    if choices and draw(st.booleans()):
        return tuple(choices)
    return tuple(draw(st.lists(st.sampled_from(choices), unique=True))) if choices else ()


def _objectives(draw: Any, new_id: _Ids, size: int) -> tuple[Objective, ...]:
    codes = draw(st.lists(required_texts, unique=True, max_size=size))
    return tuple(
        Objective(
            id=new_id("objective", code),
            code=code,
            title=draw(required_texts),
            description=draw(texts),
            capability=draw(texts),
            critical_tasks=draw(text_lists),
            rating=draw(st.sampled_from(Rating)),
            evaluator_notes=draw(texts),
        )
        for code in codes
    )


def _teams(draw: Any, new_id: _Ids, size: int) -> tuple[Team, ...]:
    codes = draw(st.lists(required_texts, unique=True, max_size=size))
    names = draw(
        st.lists(required_texts, unique_by=str.casefold, min_size=len(codes), max_size=len(codes))
    )
    return tuple(
        Team(
            id=new_id("team", code),
            code=code,
            name=name,
            colour=draw(colours),
            description=draw(texts),
            table=draw(texts),
        )
        for code, name in zip(codes, names, strict=True)
    )


def _participants(draw: Any, new_id: _Ids, teams: list[str], size: int) -> tuple[Participant, ...]:
    # Names repeat now and then, and some look numbered ("A#2"), to test the derived keys.
    names = draw(st.lists(st.sampled_from(["A", "A#2", "Б"]) | required_texts, max_size=size))
    used: set[str] = set()
    return tuple(
        Participant(
            id=new_id("participant", participant_key(name, used)),
            name=name,
            organisation=draw(texts),
            team_id=draw(_maybe(st.sampled_from(teams))) if teams else None,
            role=draw(st.sampled_from(Role)),
            gender=draw(st.sampled_from(Gender)),
            title=draw(texts),
            email=draw(texts),
            days=draw(attendance_days),
        )
        for name in names
    )


def _modules(draw: Any, new_id: _Ids, size: int) -> tuple[Module, ...]:
    module_numbers = sorted(draw(st.lists(numbers, unique=True, min_size=1, max_size=size)))
    return tuple(
        Module(
            id=new_id("module", number),
            number=number,
            title=draw(required_texts),
            day=draw(_maybe(st.integers(1, 366))),
            start=draw(st.just("") | times_of_day),
            duration_min=draw(_maybe(st.integers(1, 24 * 60))),
            narrative=draw(texts),
            key_issues=draw(text_lists),
            discussion_questions=draw(text_lists),
        )
        for number in module_numbers
    )


def _injects(draw: Any, new_id: _Ids, ex: Exercise, size: int) -> tuple[Inject, ...]:
    team_ids = [t.id for t in ex.teams]
    objective_ids = [o.id for o in ex.objectives]
    module_ids = [m.id for m in ex.modules]
    out = []
    for position, number in enumerate(draw(st.lists(numbers, unique=True, max_size=size))):
        status = draw(st.sampled_from(InjectStatus))
        released = status is InjectStatus.RELEASED
        out.append(
            Inject(
                id=new_id("inject", number),
                number=number,
                module_id=draw(st.sampled_from(module_ids)),
                title=draw(required_texts),
                planned_s=draw(planned_seconds),
                pinned=draw(st.just("") | times_of_day),
                scenario_time=draw(texts),
                text=draw(texts),
                source=draw(texts),
                target_team_ids=_subset(draw, team_ids),
                method=draw(st.sampled_from(DeliveryMethod)),
                expected_actions=draw(text_lists),
                objective_ids=_subset(draw, objective_ids),
                facilitator_notes=draw(texts),
                attachments=draw(text_lists),
                status=status,
                released_s=draw(_maybe(clock_values)) if released else None,
                released_at=draw(_maybe(stamps)) if released else None,
                position=position,
            )
        )
    return tuple(out)


def _log(draw: Any, ex: Exercise, size: int) -> tuple[LogEntry, ...]:
    def ref(records: tuple[Any, ...]) -> str | None:
        return draw(_maybe(st.sampled_from([r.id for r in records]))) if records else None

    entry_ids = draw(st.lists(ids, unique=True, max_size=size))
    entries = [
        LogEntry(
            id=entry_id,
            kind=draw(st.sampled_from(EntryKind)),
            text=draw(required_texts),
            logged_at=draw(stamps),
            team_id=ref(ex.teams),
            inject_id=ref(ex.injects),
            module_id=ref(ex.modules),
            exercise_s=draw(_maybe(clock_values)),
            author=draw(texts),
            tag=draw(st.sampled_from(EntryTag)),
            objective_id=ref(ex.objectives),
            source=draw(st.sampled_from(("console", "cli", "room")) | texts),
            deleted=draw(st.booleans()),
            **{name: draw(texts.map(str.strip)) for name in LOG_TEXT_FIELDS},
            closes_id=draw(_maybe(st.sampled_from(entry_ids))) if entry_ids else None,
        )
        for entry_id in entry_ids
    ]
    return tuple(sorted(entries, key=lambda e: (e.logged_at, e.id)))


def _plan_links(draw: Any, ex: Exercise) -> tuple[LogEntry, ...]:
    """The log with some entries linked to an item of the improvement plan."""
    if not ex.recommendations:
        return ex.log
    items = [r.id for r in ex.recommendations]
    return tuple(replace(e, plan_item_id=draw(_maybe(st.sampled_from(items)))) for e in ex.log)


def _recommendations(
    draw: Any, new_id: _Ids, ex: Exercise, size: int
) -> tuple[Recommendation, ...]:
    objective_ids = [o.id for o in ex.objectives]
    out = []
    for n in range(draw(st.integers(0, size))):
        start = draw(_maybe(days))
        completion = draw(_maybe(days))
        if start and completion and completion < start:
            start, completion = completion, start
        out.append(
            Recommendation(
                id=new_id("recommendation", n),
                issue=draw(required_texts),
                corrective_action=draw(texts),
                objective_id=draw(_maybe(st.sampled_from(objective_ids)))
                if objective_ids
                else None,
                capability_element=draw(texts),
                responsible=draw(texts),
                contact=draw(texts),
                start=start,
                completion=completion,
                priority=draw(st.sampled_from(Priority)),
                status=draw(st.sampled_from(PlanStatus)),
                position=n,
            )
        )
    return tuple(out)


corrective_suggestions: st.SearchStrategy[CorrectiveSuggestion] = st.builds(
    CorrectiveSuggestion,
    action=required_texts,
    priority=st.sampled_from(Priority),
    owner=texts,
)

ratings: st.SearchStrategy[tuple[tuple[str, int], ...]] = st.lists(
    st.tuples(st.sampled_from(FEEDBACK_RATINGS), st.integers(1, 5)),
    unique_by=lambda pair: pair[0],
).map(tuple)


def _feedback(draw: Any, size: int) -> tuple[FeedbackResponse, ...]:
    responses = [
        FeedbackResponse(
            id=response_id,
            submitted_at=draw(stamps),
            name=draw(texts),
            organisation=draw(texts),
            role=draw(texts),
            strengths=draw(text_lists),
            improvements=draw(text_lists),
            missed=draw(texts),
            corrective=tuple(draw(st.lists(corrective_suggestions, max_size=2))),
            ratings=draw(ratings),
        )
        for response_id in draw(st.lists(ids, unique=True, max_size=size))
    ]
    return tuple(sorted(responses, key=lambda f: (f.submitted_at, f.id)))


@st.composite
def exercises(draw: Any, *, size: int = 3, exercise_id: str | None = None) -> Exercise:
    """A whole, valid Exercise with up to ``size`` records of each kind."""
    ex = Exercise(details=draw(details(exercise_id)))
    new_id = _Ids(draw, ex.id)
    ex = replace(
        ex,
        objectives=_objectives(draw, new_id, size),
        teams=_teams(draw, new_id, size),
        modules=_modules(draw, new_id, size),
    )
    team_ids = [t.id for t in ex.teams]
    ex = replace(ex, participants=_participants(draw, new_id, team_ids, size))
    ex = replace(ex, injects=_injects(draw, new_id, ex, size))
    ex = replace(
        ex,
        log=_log(draw, ex, size),
        recommendations=_recommendations(draw, new_id, ex, size),
        feedback=_feedback(draw, size),
    )
    return replace(ex, log=_plan_links(draw, ex))
