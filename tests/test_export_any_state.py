"""Every document exports from any state of an exercise, made through the real file and
services: empty, one entry, the first minutes of a run, random small exercises, and charts
that start from nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from docx.document import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.export_helpers import DATA, SAMPLES, all_text, reopen, run_cli
from tests.fakes import FakeClocks
from tests.strategies import exercises
from ttx_desktop import cli
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import (
    EntryKind,
    EntryTag,
    Exercise,
    ExerciseDetails,
    Inject,
    InjectStatus,
    Module,
    Team,
)
from ttx_desktop.domain.policy import (
    GenderReview,
    GenderVerdict,
    PolicyStatus,
    RightsReview,
    RightsVerdict,
)
from ttx_desktop.exporters import catalog, facts, text
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.pictures import entries_per_team_and_module
from ttx_desktop.formats.definition import dump_definition, load_definition
from ttx_desktop.formats.msel_write import msel_xlsx
from ttx_desktop.services import export_kinds
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile

KINDS = list(catalog.DOCUMENTS)
LANGUAGES = ("en", "ru")
TITLES = {"en": "Harbour Blackout", "ru": "Учение «Блэкаут в порту»"}

Play = Callable[[Session], None]


@pytest.fixture(scope="module")
def pictures(qapp: Any) -> Any:
    from ttx_desktop.exporters.charts import QtPictures

    return QtPictures()


def stored(folder: Path, exercise: Exercise, play: Play | None = None) -> Path:
    """``exercise`` stored in a new exercise file, then changed by ``play`` through the
    services the window uses."""
    path = folder / f"{new_id()}.ttxdb"
    ExerciseFile.create(path, exercise).close()
    if play is not None:
        session = Session(ExerciseFile.open(path), read_clocks=FakeClocks(), author="Tester")
        try:
            play(session)
        finally:
            session.close()
    return path


def through_services(folder: Path, exercise: Exercise, play: Play | None = None) -> Exercise:
    """``exercise`` stored and played (``stored``), read back as `ttx-desktop export` does."""
    with ExerciseFile.open(stored(folder, exercise, play), readonly=True) as file:
        return file.exercise.load()


def exported(kind: str, exercise: Exercise, pictures: Any) -> Document:
    """Document ``kind`` written and reopened with python-docx."""
    return reopen(catalog.render(kind, exercise, ExportOptions(pictures=pictures)))


def assert_titled(document: Document, title: str, language: str = "en") -> None:
    """The document holds ``title``: in its text, or (inject cards, whose pages are cards)
    shortened in its running head and whole in its properties. A Russian document prints
    the title's quotation marks as Russian ones."""
    expected = " ".join(text.clean(title, []).split())
    if language == "ru":
        expected = text.russian_quotes(expected)
    headers = " ".join(p.text for s in document.sections for p in s.header.paragraphs)
    if expected in " ".join(f"{headers} {all_text(document)}".split()):
        return
    assert text.short_title(expected) in " ".join(headers.split())
    assert expected in document.core_properties.title


def empty(language: str) -> Exercise:
    """A new exercise: a title and nothing else."""
    return Exercise(details=ExerciseDetails(id=new_id(), title=TITLES[language], language=language))


def one_entry(language: str) -> tuple[Exercise, Play]:
    """One team, one module, one inject not yet released, and one observation logged."""
    base = empty(language)
    team = Team(id=new_id(), code="JUD", name="Judiciary")
    module = Module(id=new_id(), number=1, title="Warning")
    inject = Inject(id=new_id(), number=1, module_id=module.id, title="Power fails")
    exercise = replace(base, teams=(team,), modules=(module,), injects=(inject,))

    def play(session: Session) -> None:
        session.log.log(EntryKind.OBSERVATION, "The room is quiet", team_id=team.id)

    return exercise, play


def first_minutes(session: Session) -> None:
    """What a new user does first: start the clock, release the first inject, log one
    decision for a team it went to."""
    exercise = session.exercise
    order = {m.id: n for n, m in enumerate(exercise.modules)}
    first = min(exercise.injects, key=lambda i: (order[i.module_id], i.position, i.number))
    session.clock.start(first.module_id)
    session.timeline.release(first.id)
    team_id = (first.target_team_ids or (exercise.teams[0].id,))[0]
    session.log.log(EntryKind.DECISION, "Convene the crisis cell", team_id=team_id,
                    inject_id=first.id)  # fmt: skip


# ------------------------------------------------------------------ named examples


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_after_the_first_decision(tmp_path: Path, pictures: Any, language: str) -> None:
    """The crash this was written for: the chart's axis for one entry divided by zero."""
    suffix = ".ru.yaml" if language == "ru" else ".yaml"
    source = load_definition(SAMPLES / f"countering-terrorist-use-of-internet{suffix}")
    exercise = through_services(tmp_path, source, first_minutes)
    assert len([e for e in exercise.log if e.kind is EntryKind.DECISION]) == 1
    report = exported("aar", exercise, pictures)
    assert_titled(report, exercise.details.title)
    assert len(report.inline_shapes) == 2  # the timeline, and the chart of the one entry


def test_cli_exports_every_document_after_the_first_decision(tmp_path: Path) -> None:
    path = stored(tmp_path, load_definition(DATA / "mini.yaml"), first_minutes)
    result = run_cli("export", "all", path, "-o", tmp_path / "pack")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(list((tmp_path / "pack").glob("*.docx"))) == len(KINDS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_document_from_an_empty_exercise(
    tmp_path: Path, pictures: Any, kind: str, language: str
) -> None:
    exercise = through_services(tmp_path, empty(language))
    assert_titled(exported(kind, exercise, pictures), TITLES[language])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_document_from_a_one_entry_exercise(
    tmp_path: Path, pictures: Any, kind: str, language: str
) -> None:
    exercise = through_services(tmp_path, *one_entry(language))
    assert len(exercise.log) == 1
    assert_titled(exported(kind, exercise, pictures), TITLES[language])


def _mini_states() -> dict[str, Exercise]:
    mini = load_definition(DATA / "mini.yaml")
    first = mini.modules[0]
    return {
        "one team only": replace(
            mini,
            teams=mini.teams[:1],
            participants=tuple(p for p in mini.participants if p.team_id == mini.teams[0].id),
            injects=tuple(replace(i, target_team_ids=()) for i in mini.injects),
        ),
        "a module with no injects": replace(
            mini, injects=tuple(i for i in mini.injects if i.module_id != first.id)
        ),
        "an inject for no team": replace(
            mini, injects=(replace(mini.injects[0], target_team_ids=()), *mini.injects[1:])
        ),
        "no objectives": replace(
            mini, objectives=(), injects=tuple(replace(i, objective_ids=()) for i in mini.injects)
        ),
        "no participants": replace(mini, participants=()),
    }


STATES = _mini_states()


def skip_all(session: Session) -> None:
    for inject in session.exercise.injects:
        session.timeline.skip(inject.id)
    session.log.log(EntryKind.QUESTION, "Why was nothing released?")


@pytest.mark.parametrize("state", [*STATES, "every inject skipped"])
def test_every_document_from_a_partial_exercise(tmp_path: Path, pictures: Any, state: str) -> None:
    if state == "every inject skipped":
        exercise = through_services(tmp_path, load_definition(DATA / "mini.yaml"), skip_all)
    else:
        exercise = through_services(tmp_path, STATES[state], first_minutes)
    for language in LANGUAGES:
        in_language = replace(exercise, details=replace(exercise.details, language=language))
        for kind in KINDS:
            assert_titled(exported(kind, in_language, pictures), exercise.details.title)


@pytest.mark.slow
def test_every_document_from_a_big_exercise(tmp_path: Path, pictures: Any) -> None:
    from bench.make_big_exercise import make

    with ExerciseFile.open(make(tmp_path / "big.ttxdb"), readonly=True) as file:
        exercise = file.exercise.load()
    assert len(exercise.log) >= 10_000
    for language in LANGUAGES:
        in_language = replace(exercise, details=replace(exercise.details, language=language))
        for kind in KINDS:
            assert_titled(exported(kind, in_language, pictures), exercise.details.title)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", ["empty", "one entry"])
def test_export_all_writes_everything_from_the_first_moments(
    tmp_path: Path, pictures: Any, capsys: Any, state: str, language: str
) -> None:
    made = stored(tmp_path, empty(language)) if state == "empty" else \
        stored(tmp_path, *one_entry(language))  # fmt: skip
    assert cli.main(["export", "all", str(made), "-o", str(tmp_path / "pack")]) == 0
    written = sorted(p.name.removeprefix(f"{made.stem}-") for p in (tmp_path / "pack").iterdir())
    assert written == sorted(e.filename for e in export_kinds.EXPORTS.values())
    assert "Traceback" not in capsys.readouterr().err


# ------------------------------------------------------------------ random exercises


@st.composite
def plays(draw: Any) -> Play:
    """What happens once the exercise is open: a clock started, injects released or skipped,
    entries logged for random teams and injects, some tagged, some deleted."""
    choices = draw(st.lists(st.integers(0, 2), max_size=12))  # per inject: leave, release, skip
    entries = draw(
        st.lists(
            st.tuples(st.sampled_from(EntryKind), st.integers(0, 99), st.integers(0, 99),
                      st.sampled_from(EntryTag), st.booleans()),
            max_size=8,
        )
    )  # fmt: skip
    start = draw(st.booleans())
    # The tables' recommendations: (status, rights verdict, gender verdict) each, and a poll
    # with some phones voting.
    drafts = draw(
        st.lists(
            st.tuples(st.sampled_from(PolicyStatus), st.sampled_from(RightsVerdict),
                      st.sampled_from(GenderVerdict)),
            max_size=4,
        )
    )  # fmt: skip
    voters = draw(st.one_of(st.none(), st.integers(0, 5)))

    def play(session: Session) -> None:
        exercise = session.exercise
        if start and exercise.modules:
            session.clock.start(exercise.modules[0].id)
        for inject, choice in zip(exercise.injects, choices, strict=False):
            if inject.status is not InjectStatus.PENDING:
                continue
            if choice == 1:
                session.timeline.release(inject.id)
            elif choice == 2:
                session.timeline.skip(inject.id)
        teams, injects = exercise.teams, exercise.injects
        for kind, team_n, inject_n, tag, delete in entries:
            entry = session.log.log(
                kind, f"Entry {team_n}-{inject_n}",
                team_id=teams[team_n % len(teams)].id if teams and team_n % 3 else None,
                inject_id=injects[inject_n % len(injects)].id if injects and inject_n % 2 else None,
            )  # fmt: skip
            if tag is not EntryTag.NONE:
                session.log.edit(entry.id, tag=tag, by="Reviewer")
            if delete:
                session.log.delete(entry.id, by="Reviewer")
        draft_recommendations(session, drafts, voters)

    return play


def draft_recommendations(
    session: Session,
    drafts: list[tuple[PolicyStatus, RightsVerdict, GenderVerdict]],
    voters: int | None,
) -> None:
    """Recommendations drafted, reviewed, agreed or merged, and a poll run, as a room would."""
    policy, teams = session.policy, session.exercise.teams
    made = []
    for n, (status, rights, gender) in enumerate(drafts):
        item = policy.draft(
            f"Issue {n}", action=f"Action {n}", theme=("prevention", "")[n % 2],
            team_ids=(teams[n % len(teams)].id,) if teams else (),
            entry_ids=tuple(e.id for e in session.log.entries()[:1]),
        )  # fmt: skip
        policy.edit(item.id, rights=RightsReview(verdict=rights),
                    gender=GenderReview(verdict=gender))  # fmt: skip
        if status is PolicyStatus.AGREED:
            policy.edit(item.id, status=status, review_note="Agreed with safeguards")
        elif status is PolicyStatus.MERGED and made:
            policy.merge_into(item.id, made[0])
        elif status is PolicyStatus.WITHDRAWN:
            policy.edit(item.id, status=status)
        made.append(item.id)
    if voters is not None:
        vote = policy.new_poll("Escalate now?", ["Yes", "No"])
        policy.open_vote(vote.id)
        for n in range(voters):
            policy.cast(vote.id, f"phone-{n}", [vote.options[n % 2].id])
        if voters % 2:
            policy.close_vote(vote.id)


@st.composite
def random_exercises(draw: Any, size: int = 3) -> tuple[Exercise, Play]:
    """From a bare title to a few dozen records, with parts often left out."""
    exercise = draw(exercises(size=size))
    if draw(st.booleans()):  # no modules, so no injects and no entry in a module
        log = tuple(replace(e, module_id=None, inject_id=None) for e in exercise.log)
        exercise = replace(exercise, modules=(), injects=(), log=log)
    if draw(st.booleans()):
        exercise = replace(exercise, log=(), feedback=())
    return exercise, draw(plays())


def assert_every_kind_exports(exercise: Exercise, play: Play, pictures: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stored = through_services(Path(folder), exercise, play)
    dump_definition(stored)  # what `export all` writes besides the documents
    msel_xlsx(stored)
    chart = entries_per_team_and_module(stored, labels_for("en"))
    assert all(len(s.values) == len(chart.categories) for s in chart.series)
    assert sum(sum(s.values) for s in chart.series) == len(facts.live_entries(stored))
    for language in LANGUAGES:
        in_language = replace(stored, details=replace(stored.details, language=language))
        for kind in KINDS:
            document = exported(kind, in_language, pictures)
            assert_titled(document, stored.details.title, language)


EXPORTS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@settings(EXPORTS, max_examples=20)
@given(random_exercises())
def test_random_exercises_export_every_kind(pictures: Any, case: tuple[Exercise, Play]) -> None:
    assert_every_kind_exports(*case, pictures)


# Each example writes every kind in both languages (about two seconds); 300 keep `./dev stress`
# within half an hour. TTX_DOCUMENT_EXAMPLES asks for more (2,000 take over an hour).
@pytest.mark.slow
@settings(EXPORTS, max_examples=int(os.environ.get("TTX_DOCUMENT_EXAMPLES", "300")))
@given(random_exercises(size=6))
def test_random_exercises_export_every_kind_many(
    pictures: Any, case: tuple[Exercise, Play]
) -> None:
    assert_every_kind_exports(*case, pictures)


# ------------------------------------------------------------------ charts from nothing


@given(st.integers(0, 10**7))
def test_value_axis_starts_at_zero_in_whole_steps(top: int) -> None:
    from ttx_desktop.exporters.charts import value_axis

    step, axis_top = value_axis(top)
    assert step >= 1
    assert axis_top >= max(top, 1)
    assert axis_top % step == 0
    assert axis_top // step <= 10


@pytest.mark.parametrize("values", [(0, 0), (1,), (1, 0, 2), (3,), (7, 7)])
def test_bar_chart_of_small_counts(pictures: Any, values: tuple[int, ...]) -> None:
    from ttx_desktop.exporters.pictures import GroupedBars, Series

    categories = tuple(f"Module {n}" for n in range(1, len(values) + 1))
    chart = GroupedBars(categories, (Series("Judiciary", "#4C72B0", values),), "Module", "Entries")
    assert pictures.grouped_bars(chart, width=400, height=200).startswith(b"\x89PNG")
