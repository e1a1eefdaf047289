"""Evidence by objective: the entry's objective from logging to the review, the review's
analysis, references and plan link, questions closed, and the new fields in files, the
definition and merges (the documents: test_report_by_objective.py)."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from tests.test_cli import assert_ok, assert_user_error, load, ttx
from ttx_desktop.domain.evidence import default_objective, open_questions
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import (
    EntryKind,
    Exercise,
    Inject,
    LogEntry,
    PlanStatus,
    Recommendation,
)
from ttx_desktop.formats.definition import load_definition, parse_definition
from ttx_desktop.formats.definition_writer import dump_definition
from ttx_desktop.services.log_service import EntryRefused
from ttx_desktop.storage import rows
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.merge import merge_file

DATA = Path(__file__).parent / "data"
ALT = Qt.KeyboardModifier.AltModifier


def inject_with(*objective_ids: str) -> Inject:
    return Inject(new_id(), 1, new_id(), "Inject", objective_ids=objective_ids)


# -- the rule -------------------------------------------------------------------------------


def test_an_entry_takes_its_injects_objective_only_when_there_is_one() -> None:
    assert default_objective(None) is None
    assert default_objective(inject_with()) is None
    assert default_objective(inject_with("o1")) == "o1"
    assert default_objective(inject_with("o1", "o2")) is None


def entry(kind: EntryKind, minute: int, **fields: Any) -> LogEntry:
    at = datetime(2027, 3, 16, 9, tzinfo=UTC) + timedelta(minutes=minute)
    return LogEntry(id=fields.pop("id", new_id()), kind=kind, text=f"{kind} {minute}",
                    logged_at=at, **fields)  # fmt: skip


def test_a_question_stays_open_until_a_later_live_entry_closes_it() -> None:
    asked = entry(EntryKind.QUESTION, 0)
    other = entry(EntryKind.QUESTION, 1)
    earlier = entry(EntryKind.DECISION, -5, closes_id=other.id)  # logged before it was asked
    answer = entry(EntryKind.DECISION, 10, closes_id=asked.id)
    assert open_questions([asked, other, earlier, answer]) == [other]
    withdrawn = dataclasses.replace(answer, deleted=True)
    assert open_questions([asked, other, withdrawn]) == [asked, other]
    assert open_questions([dataclasses.replace(asked, deleted=True)]) == []


@given(st.lists(st.tuples(st.integers(0, 50), st.booleans(), st.integers(0, 9)), max_size=12))
def test_open_questions_are_the_questions_no_later_entry_closes(
    shape: list[tuple[int, bool, int]],
) -> None:
    questions = [entry(EntryKind.QUESTION, m, id=f"q{n}") for n, (m, _, _) in enumerate(shape)]
    answers = [
        entry(EntryKind.DECISION, m + delta - 4, closes_id=f"q{n}")
        for n, (m, answered, delta) in enumerate(shape)
        if answered
    ]
    still = open_questions([*questions, *answers])
    for n, (_m, answered, delta) in enumerate(shape):
        assert (questions[n] in still) is not (answered and delta >= 4)


# -- logging --------------------------------------------------------------------------------


def test_the_log_service_defaults_chooses_and_checks_the_objective(session: Any) -> None:
    ex = session.exercise
    o1, o2 = ex.objectives
    gauge, hospital = ex.inject_by_number(1), ex.inject_by_number(2)
    assert session.log.log("note", "A", inject_id=gauge.id).objective_id == o1.id
    assert session.log.log("note", "B", inject_id=hospital.id).objective_id is None
    assert session.log.log("note", "C", inject_id=gauge.id, objective_id=o2.id).objective_id == (
        o2.id
    )
    assert session.log.log("note", "D", inject_id=gauge.id, objective_id=None).objective_id is None
    with pytest.raises(EntryRefused, match="unknown objective"):
        session.log.log("note", "E", objective_id="nothing")


def test_cli_log_takes_an_objective_by_code_or_none(tmp_path: Path) -> None:
    path = tmp_path / "mini.ttxdb"
    assert_ok(ttx("new", DATA / "mini.yaml", "-o", path))
    for args in (["--inject", "1"], ["--inject", "1", "--objective", "o2"],
                 ["--inject", "1", "--objective", "none"], ["--objective", "O1"]):  # fmt: skip
        assert_ok(ttx("log", path, "--team", "CIV", "--kind", "note", *args, "Text"))
    ex = load(path)
    o1, o2 = ex.objectives
    assert [e.objective_id for e in ex.log] == [o1.id, o2.id, None, o1.id]
    assert_user_error(
        ttx("log", path, "--team", "CIV", "--kind", "note", "--objective", "O9", "Text"),
        path,
        "unknown objective 'O9'",
        "O1, O2",
    )


@pytest.mark.gui
def test_the_note_panel_follows_the_inject_and_takes_a_chosen_objective(
    qtbot: Any, session: Any, dialogs: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from ttx_desktop.gui.note_panel import NotePanel

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    panel = NotePanel(session, dialogs, settings=settings)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    o1, o2 = session.exercise.objectives
    gauge = session.exercise.inject_by_number(1)
    session.timeline.release(gauge.id)
    panel.select_team(session.exercise.teams[0].id)
    assert panel.inject_id() == gauge.id
    assert panel.objective.current_id() == o1.id  # the inject's one objective
    panel.text.setFocus()
    with qtbot.waitSignal(session.log.entry_logged):
        qtbot.keyClicks(panel.text, "Flood watch issued")
        qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.keyClick(panel.text, Qt.Key.Key_J, ALT)  # the next objective: O2
    assert panel.objective.current_id() == o2.id
    with qtbot.waitSignal(session.log.entry_logged):
        qtbot.keyClicks(panel.text, "Evacuation talked about")
        qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.keyClick(panel.text, Qt.Key.Key_J, ALT)  # after the last, none
    assert panel.objective.current_id() is None
    with qtbot.waitSignal(session.log.entry_logged):
        qtbot.keyClicks(panel.text, "Coffee")
        qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    logged = session.log.entries()
    assert [(e.text, e.objective_id) for e in logged] == [
        ("Flood watch issued", o1.id),
        ("Evacuation talked about", o2.id),
        ("Coffee", None),
    ]


# -- the review -----------------------------------------------------------------------------


def test_the_review_links_keep_history_and_are_checked(session: Any) -> None:
    log = session.log
    question = log.log("question", "Who speaks to the press?")
    gap = log.log("area-for-improvement", "No one checked the rumour")
    item_id = session.authoring.save_recommendation(Recommendation(new_id(), "Rumour control")).id
    reviewed = log.edit(
        gap.id, analysis="No owner for rumours", references="Plan 4.2", plan_item_id=item_id
    )
    assert (reviewed.analysis, reviewed.references, reviewed.plan_item_id) == (
        "No owner for rumours", "Plan 4.2", item_id,
    )  # fmt: skip
    assert [r.analysis for r in reviewed.revisions] == ["", "No owner for rumours"]
    answer = log.log("decision", "The mayor speaks")
    assert log.edit(answer.id, closes_id=question.id).closes_id == question.id
    assert open_questions(log.entries()) == []
    assert log.edit(answer.id, closes_id=None).closes_id is None  # what undo does
    assert [q.id for q in open_questions(log.entries())] == [question.id]
    for changes, words in (
        ({"closes_id": gap.id}, "no question"),
        ({"closes_id": answer.id}, "cannot close itself"),
        ({"plan_item_id": "nothing"}, "no item"),
    ):
        with pytest.raises(EntryRefused, match=words):
            log.edit(answer.id, **changes)


# -- files ----------------------------------------------------------------------------------


def reviewed(exercise: Exercise) -> Exercise:
    """The mini exercise with a reviewed area for improvement, a closed question, a plan item
    in progress, attendance by day and acronyms (mini.yaml has the last two)."""
    o1 = exercise.objectives[0]
    item = Recommendation(
        new_id(), "Rumour control", "Name an owner", status=PlanStatus.IN_PROGRESS
    )
    question = entry(EntryKind.QUESTION, 1)
    log = (
        entry(EntryKind.IMPROVEMENT, 0, objective_id=o1.id, analysis="No owner",
              references="Plan 4.2", plan_item_id=item.id),
        question,
        entry(EntryKind.DECISION, 5, closes_id=question.id),
    )  # fmt: skip
    return dataclasses.replace(exercise, log=log, recommendations=(item,))


def test_new_fields_survive_the_file_and_the_definition(tmp_path: Path) -> None:
    exercise = reviewed(load_definition(DATA / "mini.yaml"))
    assert exercise.details.acronyms == (("CIV", "Civil protection"),
                                         ("PRESS", "Local press and radio"))  # fmt: skip
    assert [p.days for p in exercise.participants] == [(1, 2), (1,), (2,), (1, 2)]
    with ExerciseFile.create(tmp_path / "x.ttxdb", exercise) as xf:
        stored = xf.exercise.load()
    assert stored == exercise
    assert stored.log[0].revisions[0].plan_item_id == exercise.recommendations[0].id
    text = dump_definition(stored)
    assert "plan_item: 1" in text and "status: in-progress" in text and "days: [1, 2]" in text
    assert parse_definition(text.encode(), "x.yaml") == stored


def test_a_definition_names_a_missing_plan_item_or_entry_by_line(tmp_path: Path) -> None:
    exercise = reviewed(load_definition(DATA / "mini.yaml"))
    text = dump_definition(exercise).replace("plan_item: 1", "plan_item: 4")
    text = text.replace(f"closes: {exercise.log[1].id}", "closes: nobody")
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    result = ttx("validate", tmp_path / "bad.yaml")
    assert result.returncode == 1
    said = result.stdout + result.stderr
    assert "plan_item: is 4, but the improvement plan" in said
    assert "closes: names no entry of the log ('nobody')" in said


def test_merge_brings_review_links_status_and_new_participants(tmp_path: Path) -> None:
    base = load_definition(DATA / "mini.yaml")
    ours_path, theirs_path = tmp_path / "ours.ttxdb", tmp_path / "theirs.ttxdb"
    ExerciseFile.create(ours_path, base).close()
    shutil.copy(ours_path, theirs_path)
    late = dataclasses.replace(base.participants[0], id=new_id(), name="Late Comer", days=(2,))
    review = reviewed(base)
    with ExerciseFile.open(theirs_path) as xf:
        xf.db.table("participant").insert(rows.participant_row(late, 9))
        item = review.recommendations[0]
        xf.db.table("recommendation").insert(rows.recommendation_row(item, 0))
        for e in review.log:
            xf.log.insert_with_history(e)
    with ExerciseFile.open(ours_path) as xf:
        report = merge_file(xf, theirs_path)
        merged = xf.exercise.load()
    assert report.entries == 3
    assert "Late Comer" in [p.name for p in merged.participants]
    assert merged.participants[-1].days == (2,)
    assert merged.recommendations[0].status is PlanStatus.IN_PROGRESS
    gap = next(e for e in merged.log if e.kind is EntryKind.IMPROVEMENT)
    assert (gap.analysis, gap.plan_item_id) == ("No owner", item.id)
    assert open_questions(merged.log) == []


# -- the review in the window ---------------------------------------------------------------


@pytest.mark.gui
def test_the_log_panel_changes_the_objective_and_reviews_an_entry_with_undo(
    qtbot: Any, session: Any, dialogs: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from ttx_desktop.gui.log_model import LogModel
    from ttx_desktop.gui.log_panel import LogPanel

    log = session.log
    o1, o2 = session.exercise.objectives
    question = log.log("question", "Who warns the farms?")
    gap = log.log(
        "area-for-improvement", "Sirens unheard", inject_id=session.exercise.injects[0].id
    )
    item_id = session.authoring.save_recommendation(Recommendation(new_id(), "Sirens")).id
    answer = log.log("decision", "Police drive round the farms")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    panel = LogPanel(session, dialogs, settings=settings)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    row = model.row_of(gap.id)
    assert row is not None
    assert model.index(row, LogModel.OBJECTIVE).data() == o1.code  # from its inject
    assert model.setData(model.index(row, LogModel.OBJECTIVE), o2.id)
    assert log.get(gap.id).objective_id == o2.id

    panel.view.setCurrentIndex(model.index(row, LogModel.TEXT))
    panel.review_current()
    dialog = panel.review_dialog
    assert dialog is not None and dialog.closes.isEnabled()
    dialog.analysis.setPlainText("Sirens cover only the town")
    dialog.references.setPlainText("Warning plan, annex 2")
    dialog.plan_item.setCurrentIndex(dialog.plan_item.findData(item_id))
    dialog.accept()
    reviewed = log.get(gap.id)
    assert (reviewed.analysis, reviewed.references, reviewed.plan_item_id) == (
        "Sirens cover only the town", "Warning plan, annex 2", item_id,
    )  # fmt: skip

    answer_row = model.row_of(answer.id)
    assert answer_row is not None
    panel.view.setCurrentIndex(model.index(answer_row, LogModel.TEXT))
    panel.review_current()
    dialog = panel.review_dialog
    assert dialog is not None
    dialog.closes.setCurrentIndex(dialog.closes.findData(question.id))
    dialog.accept()
    assert open_questions(log.entries()) == []
    session.undo_stack.undo()  # the question is open again, and its history says so
    assert [q.id for q in open_questions(log.entries())] == [question.id]
    assert [r.closes_id for r in log.get(answer.id).revisions] == [None, question.id, None]
    session.undo_stack.undo()
    assert log.get(gap.id).analysis == ""
    session.undo_stack.undo()
    assert log.get(gap.id).objective_id == o1.id


@pytest.mark.gui
def test_acronyms_are_written_in_the_details_one_per_line_with_undo(
    qtbot: Any, session: Any
) -> None:
    from ttx_desktop.gui.editors.details_editor import DetailsEditor
    from ttx_desktop.gui.undo_commands import AuthoringUndo

    editor = DetailsEditor(AuthoringUndo(session.authoring, session.undo_stack))
    qtbot.addWidget(editor)
    edit = editor.ui.acronymsEdit
    assert edit.toPlainText() == "CIV: Civil protection\nPRESS: Local press and radio"
    edit.setPlainText("EOC: Emergency operations centre\nno colon here\nCIV: Civil protection")
    assert editor.commit("acronyms")
    assert session.exercise.details.acronyms == (
        ("EOC", "Emergency operations centre"), ("CIV", "Civil protection"),
    )  # fmt: skip
    session.undo_stack.undo()
    assert session.exercise.details.acronyms[0] == ("CIV", "Civil protection")


def test_a_definition_names_bad_days_and_acronyms_by_line(tmp_path: Path) -> None:
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace("days: [1]}", "days: [0, two]}").replace(
        "acronyms: {CIV: Civil protection, PRESS: Local press and radio}", "acronyms: [CIV]"
    )
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    result = ttx("validate", tmp_path / "bad.yaml")
    said = result.stdout + result.stderr
    assert result.returncode == 1
    assert ":11: exercise.acronyms: should be a mapping of SHORT: what it stands for" in said
    assert "participants[2].days[1]: should be a day of the exercise, 1 or more, not 0" in said
    assert "participants[2].days[2]: should be a day of the exercise, 1 or more, not two" in said


@pytest.mark.gui
def test_the_entry_history_says_what_the_review_changed(session: Any) -> None:
    from ttx_desktop.gui.log_history_dialog import describe

    question = session.log.log("question", "Who?")
    answer = session.log.log("decision", "The mayor")
    reviewed = session.log.edit(answer.id, analysis="Why", closes_id=question.id)
    first, second = reviewed.revisions
    assert describe(first, second, session.exercise) == "Analysis edited; Closes a question"
