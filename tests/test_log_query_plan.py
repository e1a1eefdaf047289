"""The live log's filters use the indexes meant for them, so that none is dropped by accident.

Every filter the log view offers is here (its team, kind, tag, inject, module and search boxes,
"show deleted", the order), alone and combined. Each index of log_entry costs every new entry
a page or two of the write-ahead log (issue 20), so each must be used by a filter: the time
index (the order, the search, every filter without a team, inject or module), the team index,
the inject index and the module index. Kinds and tags have none: their pages read the time
index in order, and their counts read the table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.storage_helpers import MODULE_IDS, T0, small_exercise
from ttx_desktop.domain.model import EntryKind, EntryTag, LogEntry
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.log_query import LogFilter, LogQuery

TEAMS = ("team-jud", "team-med", None)
DECISIONS = frozenset({EntryKind.DECISION})
STRENGTHS = frozenset({EntryTag.STRENGTH})


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
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
    return path


@pytest.fixture(scope="module")
def query(plan_file: Path) -> Iterator[LogQuery]:
    with ExerciseFile.open(plan_file, readonly=True) as file:
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
        (LogFilter(team_ids=frozenset({None})), "log_entry_by_time", "INDEX log_entry_by_team"),
        (LogFilter(search="запись"), "log_entry_by_time", "COVERING INDEX log_entry_by_time"),
        (LogFilter(include_deleted=True), "log_entry_by_time", "COVERING INDEX"),
        (LogFilter(kinds=DECISIONS), "log_entry_by_time", "SCAN log_entry"),
        (LogFilter(tags=STRENGTHS), "log_entry_by_time", "SCAN log_entry"),
        (LogFilter(kinds=DECISIONS, search="entry"), "log_entry_by_time", "SCAN log_entry"),
        (
            LogFilter(team_ids=frozenset({"team-jud"}), kinds=DECISIONS),
            "log_entry_by_team",
            "log_entry_by_team",
        ),
        (
            LogFilter(inject_id="inj-1", search="entry"),
            "log_entry_by_inject",
            "log_entry_by_inject",
        ),
        (
            LogFilter(module_id=MODULE_IDS[0], search="entry"),
            "log_entry_by_module",
            "log_entry_by_module",
        ),
        (
            LogFilter(team_ids=frozenset({"team-jud"}), module_id=MODULE_IDS[1]),
            "log_entry_by_team",
            "INDEX log_entry_by_",
        ),
    ],
)
def test_each_filter_reads_through_its_index(
    query: LogQuery, flt: LogFilter, page_index: str, count_index: str
) -> None:
    page, count = query.plan(flt)
    assert any(f"INDEX {page_index}" in step for step in page), page
    assert any(count_index in step for step in count), count
    assert not any(step.startswith("SCAN log_entry") and "INDEX" not in step for step in page)


def test_every_index_of_the_log_serves_a_filter(query: LogQuery, plan_file: Path) -> None:
    """No index of log_entry is written for nothing: each one reads some filter's page or
    count (the primary key's finds an entry by id)."""
    filters = [
        LogFilter(),
        LogFilter(team_ids=frozenset({"team-med"})),
        LogFilter(inject_id="inj-2"),
        LogFilter(module_id=MODULE_IDS[1]),
    ]
    used = " ".join(step for flt in filters for steps in query.plan(flt) for step in steps)
    conn = sqlite3.connect(f"file:{plan_file}?mode=ro", uri=True)
    try:
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'log_entry' "
                "AND name NOT LIKE 'sqlite_autoindex%' AND sql NOT LIKE '%WHERE%'"
            )
        ]
    finally:
        conn.close()
    assert names
    assert all(name in used for name in names), (names, used)
