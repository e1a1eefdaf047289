"""The Recommendations view: grouped by theme, filtered, edited field by field with undo, and a
review pass from the keyboard in which a negative verdict blocks agreeing without a note."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.export_helpers import sample
from tests.fake_dialogs import FakeDialogs
from ttx_desktop.domain.model import EntryKind
from ttx_desktop.domain.policy import GenderVerdict, PolicyStatus, RightsVerdict
from ttx_desktop.gui.recommendations_panel import RecommendationsPanel
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile

pytestmark = pytest.mark.gui


@pytest.fixture
def sample_session(qapp: Any, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "sample.ttxdb"
    ExerciseFile.create(path, sample()).close()
    made = Session(ExerciseFile.open(path), author="Reviewer")
    yield made
    made.close()


@pytest.fixture
def panel(qtbot: Any, sample_session: Session) -> RecommendationsPanel:
    made = RecommendationsPanel(sample_session, FakeDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(made)
    made.resize(1200, 700)
    made.show()
    return made


def _find(panel: RecommendationsPanel, words: str) -> str:
    return next(r.id for r in panel._policy.recommendations() if words in r.action)


def test_the_model_passes_the_tester_and_groups_by_theme(
    panel: RecommendationsPanel, qtmodeltester: Any
) -> None:
    qtmodeltester.check(panel.model)
    themes = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert themes[0].startswith("Detection and removal (")
    # Merged duplicates are left out until asked for.
    assert not any("One police unit" in panel._policy.recommendation(i).action  # type: ignore[union-attr]
                   for i in panel.model.ordered_ids())  # fmt: skip


def test_filters_narrow_to_a_table_and_to_negative_verdicts(panel: RecommendationsPanel) -> None:
    panel.review_filter.setCurrentIndex(panel.review_filter.findData("negative"))
    shown = [panel._policy.recommendation(i) for i in panel.model.ordered_ids()]
    assert [r.rights.verdict for r in shown if r] == [RightsVerdict.NOT_COMPLIANT]
    panel.review_filter.setCurrentIndex(0)
    ict = next(t.id for t in panel._session.exercise.teams if t.code == "ICT")
    panel.table_filter.setCurrentIndex(panel.table_filter.findData(ict))
    assert all(ict in panel._policy.recommendation(i).team_ids  # type: ignore[union-attr]
               for i in panel.model.ordered_ids())  # fmt: skip


def test_a_field_is_saved_when_finished_and_undone(
    qtbot: Any, panel: RecommendationsPanel, sample_session: Session
) -> None:
    target = _find(panel, "crisis communication protocol")
    panel.select(target)
    edit = panel.editor.ui.indicatorEdit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Share of statements within an hour")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    stored = sample_session.policy.recommendation(target)
    assert stored is not None and stored.indicator == "Share of statements within an hour"
    sample_session.undo_stack.undo()
    again = sample_session.policy.recommendation(target)
    assert again is not None and again.indicator.startswith("Time from incident")


def test_a_review_pass_from_the_keyboard(
    qtbot: Any, panel: RecommendationsPanel, sample_session: Session
) -> None:
    target = _find(panel, "community programmes")
    panel.select(target)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    stored = sample_session.policy.recommendation(target)
    assert stored is not None
    assert stored.rights.verdict is RightsVerdict.NOT_COMPLIANT
    assert stored.gender.verdict is GenderVerdict.NOT_CONSIDERED
    # Agreeing now is refused, in place, and the status stays a draft.
    panel.editor.set_choice("status", PolicyStatus.AGREED)
    assert panel.editor.ui.statusProblem.isVisible()
    assert "note" in panel.editor.ui.statusProblem.text()
    assert sample_session.policy.recommendation(target).status is PolicyStatus.DRAFT  # type: ignore[union-attr]
    assert panel.editor.ui.statusCombo.currentData() == PolicyStatus.DRAFT
    # With a note saying why, it may be agreed.
    note = panel.editor.ui.reviewNoteEdit
    note.setFocus()
    qtbot.keyClicks(note, "Safeguards are written into the programme's statute")
    panel.editor.ui.ownerEdit.setFocus()
    panel.editor.set_choice("status", PolicyStatus.AGREED)
    assert sample_session.policy.recommendation(target).status is PolicyStatus.AGREED  # type: ignore[union-attr]
    # F8 goes to the next one and puts the cursor in the safeguards.
    qtbot.keyClick(panel.editor.ui.ownerEdit, Qt.Key.Key_F8)
    assert panel.current is not None and panel.current.id != target
    assert QApplication.focusWidget() is panel.editor.ui.safeguardsEdit


def test_new_merge_and_from_an_entry(panel: RecommendationsPanel, sample_session: Session) -> None:
    before = len(sample_session.policy.recommendations())
    panel.new_recommendation()
    assert len(sample_session.policy.recommendations()) == before + 1
    assert panel.current is not None and panel.current.status is PolicyStatus.DRAFT
    duplicate = panel.current
    panel._dialogs.choice_answers.append(0)  # type: ignore[attr-defined]
    panel.merge_into()
    merged = sample_session.policy.recommendation(duplicate.id)
    assert merged is not None and merged.status is PolicyStatus.MERGED
    sample_session.undo_stack.undo()
    assert sample_session.policy.recommendation(duplicate.id).status is PolicyStatus.DRAFT  # type: ignore[union-attr]
    team = sample_session.exercise.teams[0]
    entry = sample_session.log.log(
        EntryKind.IMPROVEMENT, "No one owns the referral channel", team_id=team.id
    )
    made = panel.from_entry(entry.id)
    assert made is not None and made.entry_ids == (entry.id,) and made.team_ids == (team.id,)
    assert entry.text in panel.editor.ui.evidenceLabel.text()


def test_carrying_into_the_plan_links_both(
    panel: RecommendationsPanel, sample_session: Session
) -> None:
    target = _find(panel, "24/7 contact point")
    panel.select(target)
    panel.editor.ui.carryButton.click()
    stored = sample_session.policy.recommendation(target)
    assert stored is not None and stored.plan_item_id is not None
    assert not panel.editor.ui.carryButton.isEnabled()
    assert "In the plan" in panel.editor.ui.planLabel.text()
