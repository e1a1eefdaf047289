"""The live log's filters use the indexes meant for them, so that none is dropped by accident."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.storage_helpers import MODULE_IDS, T0, small_exercise
from ttx_desktop.domain.model import EntryKind, LogEntry
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.log_query import LogFilter, LogQuery

TEAMS = ("team-jud", "team-med", None)


@pytest.fixture(scope="module")
def query(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LogQuery]:
    path = tmp_path_factory.mktemp("plan") / "plan.ttxdb"
    with ExerciseFile.create(path, small_exercise(log=False)) as file, file.db.atomic():
        for n in range(300):
            file.log.append(
                LogEntry(
                    id=f"e-{n:04d}",
                    kind=list(EntryKind)[n % len(EntryKind)],
                    text=f"Entry {n}",
                    logged_at=T0 + timedelta(seconds=n),
                    team_id=TEAMS[n % 3],
                    inject_id=("inj-1", "inj-2", None)[n % 3],
                    module_id=MODULE_IDS[n % 2],
                    exercise_s=float(n),
                    author="Anna",
                )
            )
    with ExerciseFile.open(path, readonly=True) as file:
        yield LogQuery(file.db)


@pytest.mark.parametrize(
    ("flt", "page_index", "count_index"),
    [
        (LogFilter(), "log_entry_by_time", "COVERING INDEX log_entry_by_time"),
        (LogFilter(newest_first=False), "log_entry_by_time", "COVERING INDEX log_entry_by_time"),
        (LogFilter(search="entry"), "log_entry_by_time", "COVERING INDEX log_entry_by_time"),
        (
            LogFilter(team_ids=frozenset({"team-jud"})),
            "log_entry_by_team",
            "COVERING INDEX log_entry_by_team",
        ),
        (
            LogFilter(team_ids=frozenset({"team-jud"}), search="entry"),
            "log_entry_by_team",
            "COVERING INDEX log_entry_by_team",
        ),
        (LogFilter(team_ids=frozenset({"team-jud", None})), "log_entry_by_time", "INDEX"),
        (LogFilter(inject_id="inj-1"), "log_entry_by_inject", "log_entry_by_inject"),
        (LogFilter(module_id=MODULE_IDS[0]), "log_entry_by_module", "log_entry_by_module"),
    ],
)
def test_each_filter_reads_through_its_index(
    query: LogQuery, flt: LogFilter, page_index: str, count_index: str
) -> None:
    page, count = query.plan(flt)
    assert any(f"INDEX {page_index}" in step for step in page), page
    assert any(count_index in step for step in count), count
    assert not any(step.startswith("SCAN log_entry") and "INDEX" not in step for step in page)
