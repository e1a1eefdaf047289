"""The exercise definition: every problem at its line, the Exercise a file gives, round trips."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import exercises
from ttx_desktop import paths
from ttx_desktop.domain.ids import derived_id
from ttx_desktop.domain.model import (
    DRAFT_BY_DEFAULT,
    DeliveryMethod,
    EntryKind,
    EntryTag,
    Exercise,
    ExerciseDetails,
    Gender,
    InjectStatus,
    LogEntry,
    Module,
    Participant,
    Priority,
    Rating,
    Role,
)
from ttx_desktop.formats import safe_yaml
from ttx_desktop.formats.definition import (
    DefinitionError,
    Problem,
    check_definition,
    dump_definition,
    load_definition,
    parse_definition,
)
from ttx_desktop.storage.exercise_file import ExerciseFile

XID = "0b8f4c1e-52a4-4d55-9a7b-0d3c5a8f1e20"

# A small valid definition; each problem case below changes one line of it.
BASE = f"""\
format: ttx-exercise/1
exercise:
  id: {XID}
  title: Operation Silent Relay
  dates: {{start: 2026-08-21, end: 2026-08-23}}
objectives:
  - {{code: O1, title: Coordinate the response}}
teams:
  - {{code: LEA, name: Law enforcement, colour: "#8172B2"}}
  - {{code: ICT, name: ICT industry}}
participants:
  - {{name: Dilnoza Rahimova, team: LEA, role: player, gender: female}}
modules:
  - {{number: 1, title: Day 1, start: "09:30"}}
injects:
  - {{number: 1, module: 1, time: "09:45", title: Video appears, to: [LEA]}}
"""
INJECT = '  - {number: 1, module: 1, time: "09:45", title: Video appears, to: [LEA]}'


def problems(text: str, filename: str = "x.yaml") -> list[str]:
    """Every problem of ``text``, as the command line prints them."""
    try:
        parse_definition(text.encode(), filename)
    except DefinitionError as exc:
        return [str(p) for p in exc.problems]
    return []


def changed(old: str, new: str) -> str:
    assert old in BASE, old
    return BASE.replace(old, new)


def with_lines(*lines: str) -> str:
    return BASE + "".join(line + "\n" for line in lines)


def test_the_base_definition_is_valid() -> None:
    assert problems(BASE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            changed("to: [LEA]", "to: [LEA, MED]"),
            "x.yaml:16: injects[1].to: unknown team 'MED' (teams: LEA, ICT)",
            id="unknown-team-in-targets",
        ),
        pytest.param(
            with_lines('  - {number: 1, module: 1, time: "10:00", title: Second}'),
            "x.yaml:17: injects[2].number: 1 is used twice (first at line 16)",
            id="duplicate-inject-number",
        ),
        pytest.param(
            changed('time: "09:45"', "time: 9h45"),
            "x.yaml:16: injects[1].time: '9h45' is not a time (write HH:MM or T+H:MM)",
            id="time-does-not-parse",
        ),
        pytest.param(
            changed("title: Video appears, ", ""),
            "x.yaml:16: injects[1].title: missing",
            id="missing-inject-title",
        ),
        pytest.param(
            changed("  title: Operation Silent Relay\n", ""),
            "x.yaml:2: exercise.title: missing",
            id="missing-exercise-title",
        ),
        pytest.param(
            changed("  title: Operation Silent Relay", "  title: '   '"),
            "x.yaml:4: exercise.title: missing",
            id="blank-exercise-title",
        ),
        pytest.param(
            changed("to: [LEA]", "to: [LEA], mehtod: email"),
            "x.yaml:16: injects[1].mehtod: unknown key (did you mean 'method'?)",
            id="unknown-key-did-you-mean",
        ),
        pytest.param(
            with_lines("recomendations: []"),
            "x.yaml:17: recomendations: unknown key (did you mean 'recommendations'?)",
            id="unknown-top-key",
        ),
        pytest.param(
            with_lines("lunch: at noon"),
            "x.yaml:17: lunch: unknown key",
            id="unknown-key-no-hint",
        ),
        pytest.param(
            changed('colour: "#8172B2"', "colour: red"),
            "x.yaml:9: teams[1].colour: 'red' is not a colour (write #RRGGBB)",
            id="bad-colour",
        ),
        pytest.param(
            changed("module: 1,", "module: 2,"),
            "x.yaml:16: injects[1].module: unknown module 2 (modules: 1)",
            id="unknown-module",
        ),
        pytest.param(
            changed("to: [LEA]", "to: [LEA], objectives: [O9]"),
            "x.yaml:16: injects[1].objectives: unknown objective 'O9' (objectives: O1)",
            id="unknown-objective",
        ),
        pytest.param(
            changed('time: "09:45"', 'time: "09:00"'),
            "x.yaml:16: injects[1].time: 09:00 is before its module starts (09:30)",
            id="time-before-module-start",
        ),
        pytest.param(
            changed('time: "09:45"', 'time: "T-0:05"'),
            "x.yaml:16: injects[1].time: cannot be before the module's start",
            id="negative-offset",
        ),
        pytest.param(
            changed(', start: "09:30"', ""),
            "x.yaml:16: injects[1].time: is a time of day, but its module has no start; "
            "give it one or write T+H:MM",
            id="time-of-day-without-module-start",
        ),
        pytest.param(
            changed('start: "09:30"', "start: 9h30"),
            "x.yaml:14: modules[1].start: '9h30' is not a time of day (write HH:MM)",
            id="bad-module-start",
        ),
        pytest.param(
            changed("to: [LEA]", 'to: [LEA], pinned: "25:00"'),
            "x.yaml:16: injects[1].pinned: '25:00' is not a time of day (write HH:MM)",
            id="bad-pinned",
        ),
        pytest.param(
            changed("end: 2026-08-23", "end: 2026-08-20"),
            "x.yaml:5: exercise.dates.end: is before the start date",
            id="end-before-start",
        ),
        pytest.param(
            changed("start: 2026-08-21, end", "end"),
            "x.yaml:5: exercise.dates.start: missing (an end needs a start)",
            id="end-without-start",
        ),
        pytest.param(
            changed("start: 2026-08-21", "start: 2026-02-30"),
            "x.yaml:5: exercise.dates.start: '2026-02-30' is not a date (write YYYY-MM-DD)",
            id="impossible-date",
        ),
        pytest.param(
            changed("to: [LEA]", "to: [LEA], method: pigeon"),
            "x.yaml:16: injects[1].method: 'pigeon' is not one of: "
            "verbal, handout, projector, email, social, phone, video, other",
            id="bad-method",
        ),
        pytest.param(
            changed("to: [LEA]", "to: [LEA], status: done"),
            "x.yaml:16: injects[1].status: 'done' is not one of: pending, released, skipped",
            id="bad-status",
        ),
        pytest.param(
            changed("role: player", "role: boss"),
            "x.yaml:12: participants[1].role: 'boss' is not one of: "
            "player, facilitator, evaluator, observer, controller",
            id="bad-role",
        ),
        pytest.param(
            changed("gender: female", "gender: no"),
            "x.yaml:12: participants[1].gender: 'no' is not one of: "
            "female, male, other, unspecified",
            id="bad-gender-yaml-bool-shown-as-written",
        ),
        pytest.param(
            changed("team: LEA", "team: MED"),
            "x.yaml:12: participants[1].team: unknown team 'MED' (teams: LEA, ICT)",
            id="participant-unknown-team",
        ),
        pytest.param(
            changed("title: Coordinate the response}", "title: C, rating: X}"),
            "x.yaml:7: objectives[1].rating: 'X' is not one of: P, S, M, U",
            id="bad-rating",
        ),
        pytest.param(
            changed("format: ttx-exercise/1", "format: ttx-exercise/2"),
            "x.yaml:1: format: should be 'ttx-exercise/1', not 'ttx-exercise/2'",
            id="wrong-format",
        ),
        pytest.param(
            changed("format: ttx-exercise/1\n", ""),
            "x.yaml:1: format: should be 'ttx-exercise/1' (missing)",
            id="missing-format",
        ),
        pytest.param(
            changed("  title: Operation", "  language: tg\n  title: Operation"),
            "x.yaml:4: exercise.language: 'tg' is not supported (en or ru)",
            id="unsupported-language",
        ),
        pytest.param(
            with_lines("  - {number: 2, module: 1, title: No time}"),
            "x.yaml:17: injects[2].time: missing (write HH:MM or T+H:MM)",
            id="missing-time",
        ),
        pytest.param(
            changed("{number: 1, title: Day 1", "{number: 0, title: Day 1"),
            [
                "x.yaml:14: modules[1].number: should be at least 1",
                "x.yaml:16: injects[1].module: unknown module 1 (modules: none are defined)",
            ],
            id="module-number-zero",
        ),
        pytest.param(
            changed("{number: 1, module: 1,", "{number: 1.5, module: 1,"),
            "x.yaml:16: injects[1].number: '1.5' is not a whole number",
            id="number-not-whole",
        ),
        pytest.param(
            changed("{number: 1, module: 1,", "{number: 12345678901234567890, module: 1,"),
            "x.yaml:16: injects[1].number: should be at most 999999999",
            id="number-too-large",
        ),
        pytest.param(
            changed("{number: 1, title: Day 1", "{number: 1, day: 0, title: Day 1"),
            "x.yaml:14: modules[1].day: should be at least 1",
            id="day-zero",
        ),
    ],
)
def test_each_problem_is_reported_at_its_line(text: str, expected: str | list[str]) -> None:
    assert problems(text) == ([expected] if isinstance(expected, str) else expected)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  - {code: ICT, name: ICT industry}",
            "  - {code: LEA, name: ICT industry}",
            "x.yaml:10: teams[2].code: 'LEA' is used twice (first at line 9)",
        ),
        (
            "  - {code: ICT, name: ICT industry}",
            "  - {code: ICT, name: LAW ENFORCEMENT}",
            "x.yaml:10: teams[2].name: 'law enforcement' is used twice (first at line 9)",
        ),
        (
            "  - {code: O1, title: Coordinate the response}",
            "  - {code: O1, title: A}\n  - {code: O1, title: B}",
            "x.yaml:8: objectives[2].code: 'O1' is used twice (first at line 7)",
        ),
        (
            '  - {number: 1, title: Day 1, start: "09:30"}',
            '  - {number: 1, title: Day 1, start: "09:30"}\n  - {number: 1, title: Day 2}',
            "x.yaml:15: modules[2].number: 1 is used twice (first at line 14)",
        ),
        (
            "  - {code: ICT, name: ICT industry}",
            f"  - {{code: ICT, name: ICT industry, id: {XID}}}\n"
            f"  - {{code: CSO, name: Civil society, id: {XID}}}",
            f"x.yaml:11: teams[3].id: '{XID}' is used twice (first at line 10)",
        ),
        (
            "  - {code: ICT, name: ICT industry}",
            "  - {name: ICT industry}",
            "x.yaml:10: teams[2].code: missing",
        ),
    ],
    ids=[
        "team-code",
        "team-name-ignoring-case",
        "objective-code",
        "module-number",
        "own-id",
        "code-missing",
    ],
)
def test_duplicates_and_missing_codes(old: str, new: str, expected: str) -> None:
    assert problems(changed(old, new)) == [expected]


LOG_AND_AFTER = """\
log:
  - {time: 2026-08-21T09:52:40Z, kind: decision, text: Preserve first, inject: 7}
  - {time: 2026-08-21T09:53, kind: decision, text: ok, clock: 22 minutes}
  - {kind: note, text: no time}
  - {time: 2026-08-21T09:54:00Z, text: no kind, team: MED}
  - {time: 2026-08-21T09:55:00Z, kind: guess, text: ''}
recommendations:
  - {issue: Thresholds, start: 2026-12-01, completion: 2026-09-01, objective: O7}
  - {corrective_action: no issue, priority: urgent}
feedback:
  - submitted_at: 2026-08-23T16:10:00Z
    ratings: {structure: 0, scenario: 6, mix: five, practice: 3}
    corrective:
      - {priority: high}
  - {name: no time, corrective: oops}
"""


def test_log_recommendation_and_feedback_problems() -> None:
    assert problems(BASE + LOG_AND_AFTER) == [
        "x.yaml:18: log[1].inject: unknown inject 7 (injects: 1)",
        "x.yaml:19: log[2].clock: '22 minutes' is not a clock offset (write T+H:MM:SS)",
        "x.yaml:20: log[3].time: missing",
        "x.yaml:21: log[4].kind: missing",
        "x.yaml:21: log[4].team: unknown team 'MED' (teams: LEA, ICT)",
        "x.yaml:22: log[5].kind: 'guess' is not one of: decision, action, question, "
        "observation, strength, area-for-improvement, note",
        "x.yaml:22: log[5].text: missing",
        "x.yaml:24: recommendations[1].completion: is before the start date",
        "x.yaml:24: recommendations[1].objective: unknown objective 'O7' (objectives: O1)",
        "x.yaml:25: recommendations[2].issue: missing",
        "x.yaml:25: recommendations[2].priority: 'urgent' is not one of: high, medium, low",
        "x.yaml:28: feedback[1].ratings.structure: should be at least 1",
        "x.yaml:28: feedback[1].ratings.scenario: should be at most 5",
        "x.yaml:28: feedback[1].ratings.mix: 'five' is not a whole number",
        "x.yaml:30: feedback[1].corrective[1].action: missing",
        "x.yaml:31: feedback[2].submitted_at: missing",
        "x.yaml:31: feedback[2].corrective: should be a list (each item starting with '- ')",
    ]


MANY_PROBLEMS = """\
format: ttx-exercise/1
exercise:
  title: ""
  dates: {start: 2026-08-23, end: 2026-08-21}
  langauge: en
teams:
  - {code: LEA, name: Police, colour: red}
  - {code: LEA, name: Border guard}
modules:
  - {number: 1, title: M, start: "09:30"}
injects:
  - {number: 1, module: 1, time: "09:00", title: A, to: [MED]}
  - {number: 1, module: 2, time: 9h45, title: B}
  - {number: 3, module: 1, time: T+0:10, objectives: [O9], method: pigeon}
feedback:
  - {submitted_at: 2026-08-23T16:10:00Z, ratings: {structure: 6, mixx: 3}}
"""


def test_every_problem_is_reported_at_once_in_line_order() -> None:
    assert problems(MANY_PROBLEMS, "exercise.yaml") == [
        "exercise.yaml:3: exercise.title: missing",
        "exercise.yaml:4: exercise.dates.end: is before the start date",
        "exercise.yaml:5: exercise.langauge: unknown key (did you mean 'language'?)",
        "exercise.yaml:7: teams[1].colour: 'red' is not a colour (write #RRGGBB)",
        "exercise.yaml:8: teams[2].code: 'LEA' is used twice (first at line 7)",
        "exercise.yaml:12: injects[1].time: 09:00 is before its module starts (09:30)",
        "exercise.yaml:12: injects[1].to: unknown team 'MED' (teams: LEA)",
        "exercise.yaml:13: injects[2].number: 1 is used twice (first at line 12)",
        "exercise.yaml:13: injects[2].module: unknown module 2 (modules: 1)",
        "exercise.yaml:13: injects[2].time: '9h45' is not a time (write HH:MM or T+H:MM)",
        "exercise.yaml:14: injects[3].title: missing",
        "exercise.yaml:14: injects[3].method: 'pigeon' is not one of: "
        "verbal, handout, projector, email, social, phone, video, other",
        "exercise.yaml:14: injects[3].objectives: unknown objective 'O9' "
        "(objectives: none are defined)",
        "exercise.yaml:16: feedback[1].ratings.mixx: unknown key (did you mean 'mix'?)",
        "exercise.yaml:16: feedback[1].ratings.structure: should be at most 5",
    ]


def test_the_error_names_the_first_problem_and_how_many_more() -> None:
    with pytest.raises(DefinitionError) as caught:
        parse_definition(MANY_PROBLEMS.encode(), "exercise.yaml")
    assert str(caught.value) == ("exercise.yaml:3: exercise.title: missing (and 14 more problems)")
    assert all(isinstance(p, Problem) for p in caught.value.problems)


def test_a_problem_without_line_or_field_prints_shortly() -> None:
    assert str(Problem("a.yaml", None, "", "no such file")) == "a.yaml: no such file"
    assert str(Problem("a.yaml", 3, "", "bad")) == "a.yaml:3: bad"


# --- what a valid file gives ------------------------------------------------------------

FULL = f"""\
format: ttx-exercise/1
exercise:
  id: {XID}
  title: "Operation Silent Relay"
  purpose: |
    Test national coordination.
    Second line.
  dates: {{start: 2026-08-21}}
  language: ru
  ground_rules: "No wrong answers."
objectives:
  - {{code: O1, title: Coordinate, rating: s, critical_tasks: [Convene the group]}}
  - {{code: O2, title: Protect rights}}
teams:
  - {{code: LEA, name: Law enforcement}}
  - {{code: ICT, name: ICT industry, colour: "#55a868", table: Table 2}}
participants:
  - {{name: Ҳусейн Қодиров, team: ICT, gender: male}}
  - {{name: Ҳусейн Қодиров, role: Facilitator}}
modules:
  - {{number: 1, title: Day 1, day: 1, start: "09:30", duration: 360}}
  - {{number: 2, title: Day 2, day: 2}}
injects:
  - {{number: 10, module: 1, time: "09:45", title: At a time of day, to: all, pinned: "9:50"}}
  - {{number: 11, module: 1, time: 10:30, title: Unquoted 10:30, to: ICT}}
  - {{number: 12, module: 1, time: T+1:02:03, title: Offset, to: [ICT, LEA, ICT]}}
  - {{number: 13, module: 2, time: +0:15, title: Offset without T, objectives: [O2, O1, O2]}}
  - number: 014
    module: 2
    time: T+0:20
    title: Released
    status: released
    released_at: 2026-08-22T09:47:12Z
    released_clock: T+0:17:12.250
  - {{number: 15, module: 2, time: T+0:25, title: Skipped, status: skipped,
      released_at: 2026-08-22T09:47:12Z}}
log:
  - {{id: entry-1, time: "2026-08-21T09:52:40Z", clock: T+0:22:40, module: 1, team: LEA,
      inject: 10, kind: Area-For-Improvement, text: "yes", tag: strength, objective: O1}}
recommendations:
  - {{issue: Thresholds, start: 2026-09-01, completion: 2026-12-31, priority: High}}
feedback:
  - {{submitted_at: 2026-08-23T16:10:00+02:00, ratings: {{mix: 5, structure: 4}},
      corrective: [{{action: Shorter days, priority: low}}]}}
"""


@pytest.fixture(scope="module")
def full() -> Exercise:
    return parse_definition(FULL.encode(), "full.yaml")


def ids_of(kind: str, key: object) -> str:
    return derived_id(XID, kind, str(key))


def test_details(full: Exercise) -> None:
    d = full.details
    assert (d.id, d.title, d.language) == (XID, "Operation Silent Relay", "ru")
    assert d.purpose == "Test national coordination.\nSecond line.\n"
    assert (d.start_date, d.end_date) == (date(2026, 8, 21), date(2026, 8, 21))
    assert d.ground_rules == ("No wrong answers.",)
    assert d.caveat == "FOR TRAINING USE ONLY"


def test_records_get_ids_derived_from_exercise_id_and_natural_key(full: Exercise) -> None:
    assert [t.id for t in full.teams] == [ids_of("team", "LEA"), ids_of("team", "ICT")]
    assert [o.id for o in full.objectives] == [ids_of("objective", c) for c in ("O1", "O2")]
    assert [m.id for m in full.modules] == [ids_of("module", 1), ids_of("module", 2)]
    assert full.injects[4].id == ids_of("inject", 14)
    name = "Ҳусейн Қодиров"
    keys = [name, f"{name}#2"]
    assert [p.id for p in full.participants] == [ids_of("participant", k) for k in keys]
    assert full.log[0].id == "entry-1"  # an own id is kept as written
    assert full.recommendations[0].id == ids_of("recommendation", 0)
    assert full.feedback[0].id == ids_of("feedback", 0)


def test_teams_objectives_and_participants(full: Exercise) -> None:
    lea, ict = full.teams
    assert (lea.colour, ict.colour, ict.table) == ("#4C72B0", "#55a868", "Table 2")
    o1 = full.objectives[0]
    assert (o1.rating, o1.critical_tasks) == (Rating.S, ("Convene the group",))
    first, second = full.participants
    assert (first.team_id, first.gender, first.role) == (ict.id, Gender.MALE, Role.PLAYER)
    assert (second.team_id, second.role) == (None, Role.FACILITATOR)


def test_inject_times_of_day_and_offsets(full: Exercise) -> None:
    planned = {i.number: i.planned_s for i in full.injects}
    assert planned == {10: 15 * 60, 11: 60 * 60, 12: 3723, 13: 15 * 60, 14: 20 * 60, 15: 25 * 60}
    assert full.injects[0].pinned == "09:50"
    assert [i.position for i in full.injects] == list(range(6))
    assert full.module(full.injects[3].module_id) == full.modules[1]


def test_inject_targets_and_objectives(full: Exercise) -> None:
    lea, ict = (t.id for t in full.teams)
    o1, o2 = (o.id for o in full.objectives)
    assert full.injects[0].target_team_ids == (lea, ict)  # to: all
    assert full.injects[1].target_team_ids == (ict,)  # a single code
    assert full.injects[2].target_team_ids == (ict, lea)  # in order, each once
    assert full.injects[3].objective_ids == (o2, o1)


def test_release_is_kept_only_for_a_released_inject(full: Exercise) -> None:
    released, skipped = full.inject_by_number(14), full.inject_by_number(15)
    assert released is not None and skipped is not None
    assert released.status is InjectStatus.RELEASED
    assert released.released_at == datetime(2026, 8, 22, 9, 47, 12, tzinfo=UTC)
    assert released.released_s == 1032.25
    assert skipped.status is InjectStatus.SKIPPED
    assert (skipped.released_at, skipped.released_s) == (None, None)


def test_log_recommendations_and_feedback(full: Exercise) -> None:
    entry = full.log[0]
    assert entry.kind is EntryKind.IMPROVEMENT and entry.tag is EntryTag.STRENGTH
    assert entry.text == "yes"  # not True: texts are taken as written
    assert entry.logged_at == datetime(2026, 8, 21, 9, 52, 40, tzinfo=UTC)
    assert entry.exercise_s == 22 * 60 + 40
    assert (entry.team_id, entry.module_id) == (full.teams[0].id, full.modules[0].id)
    assert (entry.inject_id, entry.source) == (full.injects[0].id, "console")
    rec = full.recommendations[0]
    assert (rec.priority, rec.start, rec.position) == (Priority.HIGH, date(2026, 9, 1), 0)
    response = full.feedback[0]
    assert response.submitted_at == datetime(2026, 8, 23, 14, 10, tzinfo=UTC)
    assert response.ratings == (("mix", 5), ("structure", 4))
    assert response.corrective[0].priority is Priority.LOW


def test_numbers_are_decimal_even_with_a_leading_zero(full: Exercise) -> None:
    # YAML 1.1 would read 014 as octal 12; people mean fourteen.
    assert [i.number for i in full.injects] == [10, 11, 12, 13, 14, 15]


def test_texts_that_yaml_would_type_are_kept_as_written() -> None:
    text = changed(
        "title: Operation Silent Relay",
        "title: NO\n  sponsor: 2026-08-21\n  venue: 1e3\n  scope: 09:30\n  caveat: null",
    )
    d = parse_definition(text.encode(), "x.yaml").details
    assert (d.title, d.sponsor, d.venue, d.scope, d.caveat) == (
        "NO", "2026-08-21", "1e3", "09:30", "",
    )  # fmt: skip


def test_same_definition_twice_gives_same_ids() -> None:
    first = parse_definition(FULL.encode(), "a.yaml")
    second = parse_definition(FULL.encode(), "b.yaml")
    assert first == second  # equality covers every id


def test_without_an_exercise_id_each_load_gets_new_ids() -> None:
    text = FULL.replace(f"  id: {XID}\n", "")
    first = parse_definition(text.encode(), "a.yaml")
    second = parse_definition(text.encode(), "a.yaml")
    assert first.id != second.id
    assert first.teams[0].id != second.teams[0].id
    # within one load, records still derive from that load's exercise id
    assert first.teams[0].id == derived_id(first.id, "team", "LEA")
    assert first.log[0].id == second.log[0].id == "entry-1"


def test_participants_whose_names_look_numbered_get_distinct_ids() -> None:
    people = "  - {name: A}\n  - {name: 'A#2'}\n  - {name: A}"
    text = changed("  - {name: Dilnoza Rahimova, team: LEA, role: player, gender: female}", people)
    ex = parse_definition(text.encode(), "x.yaml")
    assert [p.name for p in ex.participants] == ["A", "A#2", "A"]
    assert len({p.id for p in ex.participants}) == 3


def test_a_definition_with_a_repeated_reference_can_be_stored(tmp_path: Path) -> None:
    text = changed("to: [LEA]", "to: [LEA, LEA], objectives: [O1, O1]")
    ex = parse_definition(text.encode(), "x.yaml")
    ExerciseFile.create(tmp_path / "x.ttxdb", ex).close()
    with ExerciseFile.open(tmp_path / "x.ttxdb") as file:
        assert file.exercise.load() == ex


# --- files, and the parser without libyaml -------------------------------------------------


def test_load_and_check_a_file(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(BASE, encoding="utf-8")
    bad.write_text(MANY_PROBLEMS, encoding="utf-8")
    assert load_definition(good).title == "Operation Silent Relay"
    assert check_definition(good) == []
    found = check_definition(str(bad))
    assert len(found) == 15
    assert found[0] == Problem(str(bad), 3, "exercise.title", "missing")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such file"),
        (lambda p: p.mkdir() or p, "is a folder, not a file"),
    ],
    ids=["missing", "folder"],
)
def test_a_path_that_is_not_a_readable_file(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / "x.yaml")
    assert check_definition(path) == [Problem(str(path), None, "", message)]


def test_without_libyaml_the_same_file_gives_the_same_exercise(
    monkeypatch: pytest.MonkeyPatch, full: Exercise
) -> None:
    monkeypatch.setattr(safe_yaml, "LOADER", yaml.SafeLoader)
    assert parse_definition(FULL.encode(), "full.yaml") == full
    assert problems(MANY_PROBLEMS)[:3] == [
        "x.yaml:3: exercise.title: missing",
        "x.yaml:4: exercise.dates.end: is before the start date",
        "x.yaml:5: exercise.langauge: unknown key (did you mean 'language'?)",
    ]


# --- bundled samples ----------------------------------------------------------------------

SAMPLES = paths.sample_list()


@pytest.mark.skipif(not SAMPLES, reason="no sample exercises yet")
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_bundled_samples_load_without_problems_and_round_trip(sample) -> None:  # type: ignore[no-untyped-def]
    ex = parse_definition(sample.read_bytes(), sample.name)
    assert ex.title and ex.teams and ex.modules and ex.injects
    assert parse_definition(dump_definition(ex).encode(), sample.name) == ex


# --- round trips --------------------------------------------------------------------------

ROUND_TRIP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_round_trips(ex: Exercise) -> None:
    text = dump_definition(ex)
    assert parse_definition(text.encode("utf-8"), "written.yaml") == ex


@ROUND_TRIP
@given(exercises())
def test_dump_then_parse_gives_an_equal_exercise(ex: Exercise) -> None:
    assert_round_trips(ex)


@pytest.mark.slow
@settings(ROUND_TRIP, max_examples=3000)
@given(exercises(size=5))
def test_dump_then_parse_gives_an_equal_exercise_many(ex: Exercise) -> None:
    assert_round_trips(ex)


@ROUND_TRIP
@given(exercises(size=2))
def test_round_trip_without_libyaml(ex: Exercise) -> None:
    original = safe_yaml.LOADER
    safe_yaml.LOADER = yaml.SafeLoader
    try:
        assert_round_trips(ex)
    finally:
        safe_yaml.LOADER = original


def assert_round_trips_through_a_file(ex: Exercise) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.ttxdb"
        ExerciseFile.create(path, ex).close()
        with ExerciseFile.open(path) as file:
            stored = file.exercise.load()
    assert stored == ex
    assert parse_definition(dump_definition(stored).encode("utf-8"), "out.yaml") == ex


@settings(ROUND_TRIP, max_examples=25)
@given(exercises(size=2))
def test_exercise_file_then_definition_round_trip(ex: Exercise) -> None:
    assert_round_trips_through_a_file(ex)


@pytest.mark.slow
@settings(ROUND_TRIP, max_examples=500)
@given(exercises(size=4))
def test_exercise_file_then_definition_round_trip_many(ex: Exercise) -> None:
    assert_round_trips_through_a_file(ex)


@pytest.mark.parametrize(
    "text",
    ["a\x85b\nc", "a\u2028b", "x\r\ny", "  ", " lead\n  indented\n", "end\n\n\n", "\x00\x07\x1b",
     "\ufeffbom", "😀 Ҳ Ҷ Қ Ғ Ӯ ӣ", "NO", "null", "09:30", "'", '"', "key: value", "- item"],
)  # fmt: skip
def test_awkward_texts_round_trip(text: str) -> None:
    details = ExerciseDetails(id=XID, title="T", purpose=text, caveat=text)
    module = Module(id=ids_of("module", 1), number=1, title=text.strip() or "M", narrative=text)
    entry = LogEntry(
        id="e", kind=EntryKind.NOTE, text="t", logged_at=datetime(2026, 1, 1, tzinfo=UTC),
        source=text, author=text,
    )  # fmt: skip
    assert_round_trips(Exercise(details=details, modules=(module,), log=(entry,)))


@pytest.mark.parametrize(
    ("start", "end"),
    [(None, None), (date(2026, 8, 21), date(2026, 8, 21)), (date(2026, 8, 21), None),
     (date(1, 1, 1), date(9999, 12, 31))],
)  # fmt: skip
def test_exercise_dates_round_trip(start: date | None, end: date | None) -> None:
    details = ExerciseDetails(id=XID, title="T", start_date=start, end_date=end)
    assert_round_trips(Exercise(details=details))


def test_what_a_definition_cannot_hold_is_refused_not_changed() -> None:
    """The domain can hold these; a definition refuses them with a clear problem."""
    details = ExerciseDetails(id=XID, title=" ", end_date=date(2026, 1, 1), language="tg")
    participant = Participant(id="p", name="")
    text = dump_definition(Exercise(details=details, participants=(participant,)))
    found = [p.split(": ", 1)[1] for p in problems(text)]
    assert found == [
        "exercise.title: missing",
        "exercise.dates.start: missing (an end needs a start)",
        "exercise.language: 'tg' is not supported (en or ru)",
        "participants[1].name: missing",
    ]


@given(st.sampled_from(["en", "ru"]), st.booleans())
def test_written_file_starts_with_a_comment_and_the_format(language: str, final: bool) -> None:
    drafts = () if final else DRAFT_BY_DEFAULT
    details = ExerciseDetails(id=XID, title="T", language=language, draft_documents=drafts)
    text = dump_definition(Exercise(details=details))
    assert text.startswith("# TTX Desktop exercise definition")
    assert text.splitlines()[1] == "format: ttx-exercise/1"
    assert ("draft_documents: []" in text) is final


def test_a_written_definition_is_plain_and_readable(full: Exercise) -> None:
    text = dump_definition(full)
    assert "&" not in text and "*id" not in text and "!!" not in text
    assert "    Test national coordination.\n    Second line.\n" in text  # a block scalar
    assert 'time: "09:45"' in text and "to: all" in text and "to: [ICT, LEA]" in text
    assert 'released_clock: "T+0:17:12.250"' in text
    assert "id: " + ids_of("team", "LEA") not in text  # derived ids are not written
    assert DeliveryMethod.VERBAL.value in text
