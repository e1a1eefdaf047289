"""Merging another laptop's copy: idempotent, refuses another exercise, reports conflicts."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.storage_helpers import T0, sha256, small_exercise
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, LogEntry, Team
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.exercise_repo import ExerciseRepo
from ttx_desktop.storage.merge import CAPS, MergeCaps, MergeRefused, merge_file


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """The facilitator's file and a second laptop's copy of it, made before the exercise."""
    ours = tmp_path / "facilitator.ttxdb"
    ExerciseFile.create(ours, small_exercise()).close()
    theirs = tmp_path / "laptop2.ttxdb"
    shutil.copy(ours, theirs)
    return ours, theirs


def _entry(text: str, minutes: int, team: str = "team-jud") -> LogEntry:
    return LogEntry(
        id=new_id(),
        kind=EntryKind.OBSERVATION,
        text=text,
        logged_at=T0 + timedelta(minutes=minutes),
        team_id=team,
        author="Laptop two",
    )


def _work_on_second_laptop(path: Path) -> dict[str, str]:
    """Entries, an edit, a feedback form and a recommendation made on the other laptop."""
    with ExerciseFile.open(path) as xf:
        new = xf.log.append(_entry("Port police arrive", 20))
        xf.log.edit("log-1", text="Crisis cell convened at 09:05", by="Laptop two")
        xf.db.table("feedback").insert(
            {
                "id": "fb-1",
                "submitted_at": "2025-03-04T12:00:00.000000Z",
                "strengths": '["Clear roles"]',
            }
        )
        xf.db.table("recommendation").insert(
            {
                "id": "rec-1",
                "position": 0,
                "issue": "Radio discipline",
                "created_at": "2025-03-04T12:00:00.000000Z",
                "updated_at": "2025-03-04T12:00:00.000000Z",
            }
        )
    return {"new": new.id}


def test_a_copy_brings_its_entries_revisions_feedback_and_recommendations(
    copies: tuple[Path, Path],
) -> None:
    ours, theirs = copies
    made = _work_on_second_laptop(theirs)
    with ExerciseFile.open(ours) as xf:
        mine = xf.log.append(_entry("Harbour master calls", 15, "team-med"))
        report = merge_file(xf, theirs)
        assert (report.entries, report.revisions, report.feedback, report.recommendations) == (
            1,
            1,
            1,
            1,
        )
        assert report.conflicts == []
        merged = xf.exercise.load()
    by_id = {e.id: e for e in merged.log}
    assert set(by_id) == {"log-1", "log-2", mine.id, made["new"]}
    assert by_id["log-1"].text == "Crisis cell convened at 09:05"
    assert [r.text for r in by_id["log-1"].revisions] == [
        "Crisis cell convened",
        "Crisis cell convened at 09:05",
    ]
    assert by_id[made["new"]].author == "Laptop two"
    assert [f.id for f in merged.feedback] == ["fb-1"]
    assert [r.issue for r in merged.recommendations] == ["Radio discipline"]


def test_merging_twice_changes_nothing(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    _work_on_second_laptop(theirs)
    with ExerciseFile.open(ours) as xf:
        merge_file(xf, theirs)
    before = sha256(ours)
    with ExerciseFile.open(ours) as xf:
        rows_before = xf.exercise.load()
        again = merge_file(xf, theirs)
        assert not again.changed and again.conflicts == []
        assert xf.exercise.load() == rows_before
    assert sha256(ours) == before  # not a byte written


def test_merging_back_the_other_way_also_settles(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    _work_on_second_laptop(theirs)
    with ExerciseFile.open(ours) as xf:
        xf.log.append(_entry("From the facilitator", 30))
        merge_file(xf, theirs)
    with ExerciseFile.open(theirs) as xf:
        report = merge_file(xf, ours)
        assert (report.entries, report.revisions) == (1, 0)
    with ExerciseFile.open(ours) as a, ExerciseFile.open(theirs) as b:
        assert a.exercise.load().log == b.exercise.load().log


def test_an_entry_logged_before_copying_and_edited_on_one_laptop_merges_its_history(
    copies: tuple[Path, Path],
) -> None:
    """Revision 1 of an entry never edited is its row (issue 20); the histories of the two
    copies still match as a prefix, and the merged file holds every revision as a row."""
    ours, theirs = copies
    with ExerciseFile.open(ours) as xf:
        logged = xf.log.append(_entry("Ferry stopped", 5))
    shutil.copy(ours, theirs)
    with ExerciseFile.open(theirs) as xf:
        xf.log.edit(logged.id, text="Ferry stopped at 09:10", by="Laptop two")
        wanted = xf.log.history(logged.id)
    with ExerciseFile.open(ours) as xf:
        report = merge_file(xf, theirs)
        assert (report.entries, report.revisions, report.conflicts) == (0, 1, [])
        assert xf.log.history(logged.id) == wanted
        stored = xf.db.execute(
            "SELECT revision FROM log_revision WHERE entry_id = ? ORDER BY revision", [logged.id]
        )
        assert [r[0] for r in stored] == [1, 2]
    with ExerciseFile.open(theirs) as xf:
        assert not merge_file(xf, ours).changed


def test_a_file_of_another_exercise_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    ours = tmp_path / "ours.ttxdb"
    ExerciseFile.create(ours, small_exercise()).close()
    other = small_exercise(title="Another exercise")
    other = dataclasses.replace(other, details=dataclasses.replace(other.details, id=new_id()))
    foreign = tmp_path / "foreign.ttxdb"
    ExerciseFile.create(foreign, other).close()
    before = sha256(ours)
    with ExerciseFile.open(ours) as xf, pytest.raises(MergeRefused) as refused:
        merge_file(xf, foreign)
    assert "another exercise ('Another exercise'" in str(refused.value)
    assert str(foreign) in str(refused.value)
    assert sha256(ours) == before


def test_the_file_itself_is_refused(copies: tuple[Path, Path]) -> None:
    ours, _ = copies
    with ExerciseFile.open(ours) as xf, pytest.raises(MergeRefused, match="the file itself"):
        merge_file(xf, ours)


def test_injects_and_entries_edited_on_both_sides_are_reported_not_overwritten(
    copies: tuple[Path, Path],
) -> None:
    ours, theirs = copies
    for path, title, text in (
        (ours, "Power fails at the port (facilitator)", "Cell convened (facilitator)"),
        (theirs, "Power fails at the port (laptop two)", "Cell convened (laptop two)"),
    ):
        with ExerciseFile.open(path) as xf:
            inject = xf.injects.get("inj-1")
            assert inject is not None
            xf.injects.save(dataclasses.replace(inject, title=title))
            xf.log.edit("log-1", text=text)
    with ExerciseFile.open(ours) as xf:
        report = merge_file(xf, theirs)
        assert not report.changed
        assert len(report.conflicts) == 2
        inject_note, entry_note = sorted(report.conflicts)
        assert inject_note.startswith("inject 1 (Power fails at the port (facilitator))")
        assert "title" in inject_note and "kept this file's" in inject_note
        assert "log entry log-1" in entry_note and "edited on both laptops" in entry_note
        assert xf.injects.get("inj-1").title == "Power fails at the port (facilitator)"  # type: ignore[union-attr]
        assert xf.log.get("log-1").text == "Cell convened (facilitator)"  # type: ignore[union-attr]


def test_a_team_added_on_the_other_laptop_comes_with_its_entries(
    copies: tuple[Path, Path],
) -> None:
    ours, theirs = copies
    with ExerciseFile.open(theirs) as xf:
        xf.db.table("team").insert(
            {
                "id": "team-ngo",
                "position": 2,
                "code": "NGO",
                "name": "Red Cross",
                "created_at": "2025-03-04T12:00:00.000000Z",
                "updated_at": "2025-03-04T12:00:00.000000Z",
            }
        )
        xf.log.append(_entry("Blankets arrive", 40, "team-ngo"))
    with ExerciseFile.open(ours) as xf:
        report = merge_file(xf, theirs)
        assert (report.records, report.entries, report.conflicts) == (1, 1, [])
        exercise = xf.exercise.load()
        assert isinstance(exercise.team("team-ngo"), Team)
        assert [e.team_id for e in exercise.log if e.text == "Blankets arrive"] == ["team-ngo"]


def test_merge_is_all_or_nothing(
    copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, theirs = copies
    _work_on_second_laptop(theirs)
    from ttx_desktop.storage import merge

    def fail(self: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(merge._Merger, "_recommendations", fail)
    before = sha256(ours)
    with ExerciseFile.open(ours) as xf:
        with pytest.raises(RuntimeError):
            merge_file(xf, theirs)
        assert xf.log.count() == 2
    assert sha256(ours) == before


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ttx_desktop", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_the_merge_command(copies: tuple[Path, Path], tmp_path: Path) -> None:
    ours, theirs = copies
    _work_on_second_laptop(theirs)
    first = _cli("merge", str(ours), str(theirs))
    assert first.returncode == 0, first.stderr
    assert "added 1 log entries, 1 revisions" in first.stdout
    second = _cli("merge", str(ours), str(theirs))
    assert second.returncode == 0
    assert "added 0 log entries, 0 revisions of entries already here, 0 feedback forms" in (
        second.stdout
    )
    missing = _cli("merge", str(ours), str(tmp_path / "nowhere.ttxdb"))
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "nowhere.ttxdb: no such file" in missing.stderr
    assert _cli("merge", str(ours)).returncode == 2


def test_the_merge_command_refuses_another_exercise(tmp_path: Path) -> None:
    ours = tmp_path / "ours.ttxdb"
    ExerciseFile.create(ours, small_exercise()).close()
    other = small_exercise()
    other = dataclasses.replace(other, details=dataclasses.replace(other.details, id=new_id()))
    foreign = tmp_path / "foreign.ttxdb"
    ExerciseFile.create(foreign, other).close()
    result = _cli("merge", str(ours), str(foreign))
    assert result.returncode == 1
    assert result.stderr.startswith(f"ttx-desktop: {foreign}: is a copy of another exercise")
    assert "Traceback" not in result.stderr


@pytest.mark.gui
def test_the_console_merges_in_the_background_and_the_log_catches_up(
    qtbot: Any, session: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from tests.conftest import DATA
    from tests.fake_dialogs import FakeDialogs
    from ttx_desktop.formats.definition import load_definition
    from ttx_desktop.gui.merge_action import MergeAction

    other = tmp_path / "laptop2.ttxdb"
    ExerciseFile.create(other, load_definition(DATA / "mini.yaml")).close()
    team = session.exercise.teams[0].id
    with ExerciseFile.open(other) as xf:
        added = xf.log.append(_entry("Logged on laptop two", 5, team))
    window = QWidget()
    qtbot.addWidget(window)
    dialogs = FakeDialogs()
    action = MergeAction(session, dialogs, window)
    heard: list[str] = []
    session.log.entry_logged.connect(lambda entry: heard.append(entry.id))
    with qtbot.waitSignal(action.merged, timeout=10_000) as done:
        dialogs.path_answers.append(other)
        action.trigger()
    assert done.args[0].entries == 1
    assert heard == [added.id]
    assert [e.text for e in session.log.entries()] == ["Logged on laptop two"]
    assert dialogs.shown[-1][0] == "info" and "added 1 log entries" in dialogs.shown[-1][2]
    with qtbot.waitSignal(action.merged, timeout=10_000) as again:
        action.merge(other)
    assert not again.args[0].changed


@pytest.mark.parametrize(
    ("caps", "said"),
    [
        (MergeCaps(max_entries=2), "more than 2 log entries"),
        (MergeCaps(max_revisions=3), "more than 3 revisions of log entries"),
        (MergeCaps(max_records=1), "more than 1 "),
        (MergeCaps(max_bytes=4096), "is too large to merge"),
    ],
)
def test_a_copy_beyond_the_caps_is_refused_before_it_is_read(
    copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, caps: MergeCaps, said: str
) -> None:
    ours, theirs = copies
    _work_on_second_laptop(theirs)  # three entries and four revisions there now
    before = sha256(ours)

    def never(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the other copy was read whole before its size was checked")

    with ExerciseFile.open(ours) as xf:
        monkeypatch.setattr(ExerciseRepo, "load", never)
        with pytest.raises(MergeRefused) as refused:
            merge_file(xf, theirs, caps=caps)
        monkeypatch.undo()
    assert str(theirs) in str(refused.value) and said in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert sha256(ours) == before


def test_the_default_caps_are_generous(copies: tuple[Path, Path]) -> None:
    assert CAPS.max_entries >= 1_000_000 and CAPS.max_bytes >= 2 * 1024**3
    ours, theirs = copies
    _work_on_second_laptop(theirs)
    with ExerciseFile.open(ours) as xf:
        assert merge_file(xf, theirs).entries == 1
