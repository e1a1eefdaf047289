"""The live log's queries: filters, search with escaping, ordering and paging."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.storage_helpers import MODULE_IDS, T0, small_exercise
from ttx_desktop.domain.model import EntryKind, EntryTag, LogEntry
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.log_query import LogFilter, LogQuery, like_pattern

KINDS = list(EntryKind)
TEAMS = ("team-jud", "team-med", None)
INJECTS = ("inj-1", "inj-2", None)
COUNT = 3000


def entry(n: int, **fields: object) -> LogEntry:
    values: dict[str, object] = {
        "id": f"e-{n:05d}",
        "kind": KINDS[n % len(KINDS)],
        "text": f"Entry number {n}",
        "logged_at": T0 + timedelta(seconds=n),
        "team_id": TEAMS[n % 3],
        "inject_id": INJECTS[n % 3],
        "module_id": MODULE_IDS[n % 2],
        "exercise_s": float(n),
        "author": "Anna" if n % 2 else "Boris",
    }
    return LogEntry(**(values | fields))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def big_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file with 3,000 entries, appended through LogRepo in one transaction."""
    path = tmp_path_factory.mktemp("logquery") / "big.ttxdb"
    with ExerciseFile.create(path, small_exercise(log=False)) as file, file.db.atomic():
        for n in range(COUNT):
            file.log.append(entry(n))
    return path


@pytest.fixture
def query(big_path: Path) -> Iterator[LogQuery]:
    with ExerciseFile.open(big_path, readonly=True) as file:
        yield LogQuery(file.db)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[ExerciseFile]:
    with ExerciseFile.create(tmp_path / "small.ttxdb", small_exercise(log=False)) as file:
        yield file


def ids(rows: list) -> list[str]:
    return [r.entry.id for r in rows]


def test_everything_is_counted_and_the_newest_comes_first(query: LogQuery) -> None:
    assert query.count(LogFilter()) == COUNT
    page = query.page(LogFilter(), limit=3)
    assert ids(page) == ["e-02999", "e-02998", "e-02997"]
    oldest = query.page(LogFilter(newest_first=False), limit=3)
    assert ids(oldest) == ["e-00000", "e-00001", "e-00002"]


def test_pages_by_offset_and_after_an_entry_agree(query: LogQuery) -> None:
    flt = LogFilter(team_ids=frozenset({"team-med"}))
    first = query.page(flt, limit=200)
    by_offset = query.page(flt, offset=200, limit=200)
    by_key = query.page(flt, after=first[-1].entry, limit=200)
    assert ids(by_offset) == ids(by_key)
    assert len(by_key) == 200
    assert all(r.entry.team_id == "team-med" for r in first + by_key)
    assert by_key[0].entry.logged_at < first[-1].entry.logged_at


def test_paging_to_the_end_returns_every_matching_entry_once(query: LogQuery) -> None:
    flt = LogFilter(kinds=frozenset({EntryKind.DECISION}), newest_first=False)
    seen: list[str] = []
    page = query.page(flt, limit=97)
    while page:
        seen += ids(page)
        page = query.page(flt, limit=97, after=page[-1].entry)
    assert len(seen) == len(set(seen)) == query.count(flt)
    assert seen == sorted(seen)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (LogFilter(team_ids=frozenset({"team-jud"})), COUNT // 3),
        (LogFilter(team_ids=frozenset({None})), COUNT // 3),
        (LogFilter(team_ids=frozenset({"team-jud", None})), 2 * COUNT // 3),
        (LogFilter(kinds=frozenset({EntryKind.NOTE, EntryKind.ACTION})), None),
        (LogFilter(inject_id="inj-2"), COUNT // 3),
        (LogFilter(module_id=MODULE_IDS[1]), COUNT // 2),
        (LogFilter(team_ids=frozenset({"team-med"}), module_id=MODULE_IDS[0]), COUNT // 6),
    ],
)
def test_filters_count_what_they_select(
    query: LogQuery, flt: LogFilter, expected: int | None
) -> None:
    every = [entry(n) for n in range(COUNT)]
    wanted = [
        e
        for e in every
        if (not flt.team_ids or e.team_id in flt.team_ids)
        and (not flt.kinds or e.kind in flt.kinds)
        and (flt.inject_id is None or e.inject_id == flt.inject_id)
        and (flt.module_id is None or e.module_id == flt.module_id)
    ]
    assert query.count(flt) == len(wanted)
    if expected is not None:
        assert len(wanted) == expected
    assert set(ids(query.page(flt, limit=50))) <= {e.id for e in wanted}


def test_search_matches_text_and_author_ignoring_case(query: LogQuery) -> None:
    assert query.count(LogFilter(search="NUMBER 2999")) == 1
    assert query.count(LogFilter(search="boris")) == COUNT // 2
    # every word must match, in the text or the author
    assert query.count(LogFilter(search="anna 299")) == len(
        [n for n in range(COUNT) if n % 2 and "299" in str(n)]
    )


def test_search_treats_like_wildcards_and_the_escape_literally(small: ExerciseFile) -> None:
    texts = ["100% sure", "1000 sure", "a_b", "axb", r"back\slash", "backslash"]
    for n, text in enumerate(texts):
        small.log.append(entry(n, text=text))
    query = LogQuery(small.db)

    def found(word: str) -> list[str]:
        return sorted(r.entry.text for r in query.page(LogFilter(search=word)))

    assert found("0%") == ["100% sure"]
    assert found("a_b") == ["a_b"]
    assert found("\\s") == [r"back\slash"]
    assert found("%") == ["100% sure"]
    assert like_pattern("5%_\\") == "%5\\%\\_\\\\%"


def test_search_ignores_case_in_cyrillic_too(small: ExerciseFile) -> None:
    small.log.append(entry(1, text="Кто отвечает за связь со СМИ?"))
    small.log.append(entry(2, text="ПРЕСС-СЛУЖБА готова"))
    query = LogQuery(small.db)
    assert ids(query.page(LogFilter(search="сми"))) == ["e-00001"]
    assert ids(query.page(LogFilter(search="пресс-служба"))) == ["e-00002"]


def test_deleted_entries_are_left_out_unless_asked_for(small: ExerciseFile) -> None:
    for n in range(3):
        small.log.append(entry(n))
    small.log.delete("e-00001")
    query = LogQuery(small.db)
    assert ids(query.page(LogFilter())) == ["e-00002", "e-00000"]
    shown = query.page(LogFilter(include_deleted=True))
    assert ids(shown) == ["e-00002", "e-00001", "e-00000"]
    assert shown[1].entry.deleted


def test_edited_means_what_was_said_changed_not_a_tag_or_a_delete(small: ExerciseFile) -> None:
    for n in range(4):
        small.log.append(entry(n))
    small.log.edit("e-00000", text="Changed")
    small.log.edit("e-00001", tag=EntryTag.STRENGTH)
    small.log.delete("e-00002")
    small.log.restore("e-00002")
    query = LogQuery(small.db)
    edited = {r.entry.id: r.edited for r in query.page(LogFilter(), limit=10)}
    assert edited == {"e-00000": True, "e-00001": False, "e-00002": False, "e-00003": False}
    assert query.count(LogFilter(tags=frozenset({EntryTag.STRENGTH}))) == 1
    row = query.row("e-00000")
    assert row is not None
    assert row.edited
    assert row.entry.text == "Changed"
    assert query.row("missing") is None


def test_position_says_where_an_entry_stands_under_a_filter(query: LogQuery) -> None:
    assert query.position(LogFilter(), "e-02999") == 0
    assert query.position(LogFilter(newest_first=False), "e-02999") == COUNT - 1
    flt = LogFilter(team_ids=frozenset({"team-jud"}))  # every third entry, from e-00000
    assert query.position(flt, "e-02997") == 0
    assert query.position(flt, "e-02994") == 1
    assert query.position(flt, "e-02998") is None
    assert query.position(LogFilter(), "missing") is None


def test_ties_in_time_are_ordered_by_id_both_ways(small: ExerciseFile) -> None:
    for n, key in enumerate(("b", "a", "c")):
        small.log.append(entry(n, id=key, logged_at=T0))
    query = LogQuery(small.db)
    assert ids(query.page(LogFilter(newest_first=False))) == ["a", "b", "c"]
    assert ids(query.page(LogFilter())) == ["c", "b", "a"]
    first = query.page(LogFilter(), limit=1)
    assert ids(query.page(LogFilter(), after=first[0].entry)) == ["b", "a"]
    assert query.position(LogFilter(), "a") == 2
