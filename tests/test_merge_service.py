"""The merge service: one road for File → Merge and `ttx-desktop merge`."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.storage_helpers import T0
from ttx_desktop.domain.ids import new_id
from ttx_desktop.domain.model import EntryKind, LogEntry
from ttx_desktop.services.merge_service import MergeService, merge_into
from ttx_desktop.storage.exercise_file import ExerciseFile


def _logged_on_another_laptop(path: Path, team_id: str, text: str) -> LogEntry:
    entry = LogEntry(
        id=new_id(),
        kind=EntryKind.DECISION,
        text=text,
        logged_at=T0 + timedelta(minutes=5),
        team_id=team_id,
        author="Laptop two",
    )
    with ExerciseFile.open(path) as xf:
        return xf.log.append(entry)


def test_a_merge_is_written_then_announced_to_the_session(
    qtbot: Any, session: Any, tmp_path: Path
) -> None:
    other = tmp_path / "laptop2.ttxdb"
    shutil.copy(session.file.path, other)
    team = session.exercise.teams[0].id
    added = _logged_on_another_laptop(other, team, "Decided on laptop two")
    service = MergeService(session)
    heard: list[str] = []
    session.log.entry_logged.connect(lambda entry: heard.append(entry.id))

    report = service.merge(other)  # written, not yet told: a worker thread may call it
    assert report.entries == 1
    assert heard == []
    with qtbot.waitSignal(service.merged, timeout=5_000) as merged:
        service.announce(report)
    assert merged.args == [report]
    assert heard == [added.id]
    assert not service.merge(other).changed  # the same copy again brings nothing


def test_the_command_line_merges_through_the_same_service(tmp_path: Path, mini_path: Path) -> None:
    other = tmp_path / "laptop2.ttxdb"
    shutil.copy(mini_path, other)
    with ExerciseFile.open(mini_path, readonly=True) as xf:
        team = xf.exercise.load().teams[0].id
    added = _logged_on_another_laptop(other, team, "Decided on laptop two")

    assert merge_into(mini_path, other).entries == 1
    with ExerciseFile.open(mini_path, readonly=True) as xf:
        assert xf.log.get(added.id) is not None
    assert not merge_into(mini_path, other).changed
