"""The log on disk: appended entries are committed at once, edits and deletes keep history."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from datetime import timedelta
from pathlib import Path

import pytest

from tests.storage_helpers import MODULE_IDS, T0, small_exercise
from ttx_desktop.domain.model import (
    LOG_TEXT_FIELDS,
    REVISED_FIELDS,
    EntryKind,
    EntryTag,
    LogEntry,
    LogRevision,
)
from ttx_desktop.storage import rows
from ttx_desktop.storage.exercise_file import ExerciseFile


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "log.ttxdb"


@pytest.fixture
def ex(path: Path) -> Iterator[ExerciseFile]:
    with ExerciseFile.create(path, small_exercise(log=False)) as opened:
        yield opened


@pytest.fixture
def reader(path: Path, ex: ExerciseFile) -> Iterator[sqlite3.Connection]:
    """A second, plain connection to the same file, as another program would have."""
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def entry(n: int = 1, **fields: object) -> LogEntry:
    values: dict[str, object] = {
        "id": f"e-{n}",
        "kind": EntryKind.ACTION,
        "text": f"Entry {n}",
        "logged_at": T0 + timedelta(seconds=n),
        "team_id": "team-jud",
        "module_id": MODULE_IDS[0],
        "exercise_s": float(n),
        "author": "Anna",
    }
    return LogEntry(**(values | fields))  # type: ignore[arg-type]


def test_an_appended_entry_is_committed_when_append_returns(
    ex: ExerciseFile, reader: sqlite3.Connection
) -> None:
    stored = ex.log.append(entry(1, text="Police close the port road"))
    assert not ex.db.conn.in_transaction
    row = reader.execute(
        "SELECT text, revision, deleted FROM log_entry WHERE id = 'e-1'"
    ).fetchone()
    assert tuple(row) == ("Police close the port road", 1, 0)
    # Revision 1 is the row itself until the entry is first edited: logging writes one row.
    assert reader.execute("SELECT count(*) FROM log_revision").fetchone()[0] == 0
    assert [v.revision for v in stored.revisions] == [1]
    assert ex.log.history("e-1") == stored.revisions

    ex.log.append(entry(2))  # the reader, still open, sees each new entry too
    assert reader.execute("SELECT count(*) FROM log_entry").fetchone()[0] == 2


def test_an_appended_entry_reads_back_whole(ex: ExerciseFile) -> None:
    typed = entry(
        1, kind=EntryKind.QUESTION, text="Кто ведёт пресс-конференцию?", inject_id="inj-1"
    )
    ex.log.append(typed)
    back = ex.log.get("e-1", with_history=True)
    assert back == typed
    assert back is not None and not back.edited
    assert back.revisions[0].text == typed.text


def test_an_edit_adds_a_revision_and_keeps_the_first(
    ex: ExerciseFile, reader: sqlite3.Connection
) -> None:
    ex.log.append(entry(1, text="Mayor calls the press"))
    edited = ex.log.edit("e-1", by="Boris", text="Mayor calls the press at 10:00", tag="strength")

    assert edited.text == "Mayor calls the press at 10:00"
    assert edited.tag is EntryTag.STRENGTH
    assert edited.edited
    assert [(v.revision, v.text, v.edited_by) for v in edited.revisions] == [
        (1, "Mayor calls the press", "Anna"),
        (2, "Mayor calls the press at 10:00", "Boris"),
    ]
    assert edited.logged_at == T0 + timedelta(seconds=1)  # when it was said does not change
    row = reader.execute("SELECT text, revision FROM log_entry WHERE id = 'e-1'").fetchone()
    assert tuple(row) == ("Mayor calls the press at 10:00", 2)
    assert reader.execute("SELECT count(*) FROM log_revision").fetchone()[0] == 2


def test_an_edit_of_an_unknown_field_or_entry_changes_nothing(ex: ExerciseFile) -> None:
    ex.log.append(entry(1))
    with pytest.raises(ValueError, match="logged_at"):
        ex.log.edit("e-1", logged_at=T0)
    with pytest.raises(KeyError):
        ex.log.edit("no-such-entry", text="x")
    assert len(ex.log.history("e-1")) == 1
    assert ex.db.execute("SELECT count(*) FROM log_revision").fetchone()[0] == 0


def test_delete_leaves_a_tombstone_with_history_and_restore_brings_it_back(
    ex: ExerciseFile, reader: sqlite3.Connection
) -> None:
    ex.log.append(entry(1))
    ex.log.append(entry(2))
    deleted = ex.log.delete("e-1", by="Boris")

    assert deleted.deleted
    row = reader.execute(
        "SELECT deleted, text, revision FROM log_entry WHERE id = 'e-1'"
    ).fetchone()
    assert tuple(row) == (1, "Entry 1", 2)
    history = [
        tuple(r)
        for r in reader.execute(
            "SELECT revision, deleted, edited_by FROM log_revision WHERE entry_id = 'e-1' "
            "ORDER BY revision"
        )
    ]
    assert history == [(1, 0, "Anna"), (2, 1, "Boris")]
    assert ex.log.count() == 1
    assert ex.log.count(include_deleted=True) == 2
    assert [e.id for e in ex.log.all(include_deleted=False)] == ["e-2"]
    assert [e.id for e in ex.log.all()] == ["e-1", "e-2"]

    restored = ex.log.restore("e-1", by="Anna")
    assert not restored.deleted
    assert [(v.revision, v.deleted) for v in restored.revisions] == [
        (1, False),
        (2, True),
        (3, False),
    ]
    assert ex.log.count() == 2


def test_history_survives_closing_and_reopening(path: Path, ex: ExerciseFile) -> None:
    ex.log.append(entry(1))
    ex.log.edit("e-1", text="second")
    ex.log.delete("e-1")
    ex.close()
    with ExerciseFile.open(path, readonly=True) as again:
        (only,) = again.log.all(with_history=True)
    assert only.deleted
    assert [v.text for v in only.revisions] == ["Entry 1", "second", "second"]


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE log_revision SET text = 'rewritten'", "cannot be rewritten"),
        ("UPDATE log_revision SET deleted = 1 WHERE revision = 1", "cannot be rewritten"),
        ("DELETE FROM log_revision", "cannot be deleted"),
        ("DELETE FROM log_revision WHERE revision = 2", "cannot be deleted"),
        ("DELETE FROM log_entry WHERE id = 'e-1'", "never deleted"),
    ],
)
def test_sql_that_would_rewrite_history_is_refused(
    path: Path, ex: ExerciseFile, sql: str, words: str
) -> None:
    ex.log.append(entry(1))
    ex.log.edit("e-1", text="second")
    ex.close()
    # Any SQLite tool, not only ours: a plain connection with default settings.
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=words):
            conn.execute(sql)
        conn.rollback()
        revisions = conn.execute("SELECT revision, text FROM log_revision ORDER BY revision")
        assert list(revisions) == [(1, "Entry 1"), (2, "second")]
        assert conn.execute("SELECT count(*) FROM log_entry").fetchone()[0] == 1
    finally:
        conn.close()


def test_insert_or_replace_cannot_rewrite_history(path: Path, ex: ExerciseFile) -> None:
    """A plain SQLite tool's INSERT OR REPLACE is refused for entries and revisions alike."""
    stored = ex.log.append(entry(text="first"))
    ex.log.edit(stored.id, tag="strength")  # revision 1 is now a row of its own
    conn = sqlite3.connect(path)
    for sql in (
        "INSERT OR REPLACE INTO log_revision (entry_id, revision, kind, text, edited_at) "
        "VALUES (?, 1, 'note', 'rewritten', '2027-01-01T00:00:00Z')",
        "INSERT OR REPLACE INTO log_entry (id, logged_at, kind, text, updated_at) "
        "VALUES (?, '2027-01-01T00:00:00Z', 'note', 'rewritten', '2027-01-01T00:00:00Z')",
    ):
        with pytest.raises(sqlite3.DatabaseError, match=r"never replaced|cannot be rewritten"):
            conn.execute(sql, [stored.id])
    conn.close()
    again = ex.log.get(stored.id, with_history=True)
    assert again is not None
    assert again.text == "first"
    assert [r.text for r in again.revisions] == ["first", "first"]


def test_another_tool_changing_an_unedited_entry_keeps_its_first_revision(
    path: Path, ex: ExerciseFile
) -> None:
    typed = ex.log.append(entry(1, text="Port road closed"))
    ex.close()
    conn = sqlite3.connect(path)  # any SQLite tool, with default settings
    with conn:
        conn.execute("UPDATE log_entry SET text = 'rewritten' WHERE id = 'e-1'")
        conn.execute("UPDATE log_entry SET search_text = 'x'")  # not what the entry says
    conn.close()
    with ExerciseFile.open(path, readonly=True) as again:
        history = again.log.history("e-1")
    assert history == typed.revisions


def test_the_first_revision_is_kept_whichever_revised_column_another_tool_sets(
    path: Path, ex: ExerciseFile
) -> None:
    """The schema's trigger names every revised column (a new field's migration recreates it
    with the new column), and copies each into revision 1."""
    links = ("team_id", "inject_id", "objective_id")  # these must name records of the file
    typed = {f.name: f"typed {f.name}" for f in fields(LogRevision)
             if f.name in REVISED_FIELDS and f.type in ("str", "str | None")
             and f.name not in links}  # fmt: skip
    columns = rows.REVISED_COLUMNS
    appended = [ex.log.append(entry(n, **typed)) for n in range(len(columns))]
    ex.close()
    conn = sqlite3.connect(path)  # any SQLite tool, with default settings
    with conn:
        for n, column in enumerate(columns):
            conn.execute(f"UPDATE log_entry SET {column} = {column} WHERE id = 'e-{n}'")
    conn.close()
    with ExerciseFile.open(path, readonly=True) as again:
        for first in appended:
            assert again.log.history(first.id) == first.revisions


def test_every_revised_field_is_a_field_of_the_entry() -> None:
    entry_fields = {f.name for f in fields(LogEntry)}
    assert set(REVISED_FIELDS) <= entry_fields
    assert set(LOG_TEXT_FIELDS) <= set(REVISED_FIELDS)
    assert entry().revisions == () and rows.first_revision(entry()).text == "Entry 1"


def test_a_row_of_an_older_file_reads_with_the_newer_fields_at_their_defaults() -> None:
    """A file opened read-only is not upgraded: its rows lack the columns added since."""
    typed = entry(1, analysis="Root cause", closes_id="e-0")
    row = rows.entry_row(typed, 1)
    older = {k: v for k, v in row.items() if k not in ("analysis", "refs", "closes_id")}
    assert rows.entry_from(older) == dataclasses.replace(typed, analysis="", closes_id=None)
    assert rows.entry_from(row) == typed


def test_entries_never_edited_read_back_with_their_first_revision(ex: ExerciseFile) -> None:
    ex.log.append(entry(1))
    ex.log.append(entry(2))
    ex.log.edit("e-2", text="changed")
    entries = {e.id: e for e in ex.log.all(with_history=True)}
    assert [v.text for v in entries["e-1"].revisions] == ["Entry 1"]
    assert [v.text for v in entries["e-2"].revisions] == ["Entry 2", "changed"]
    assert entries["e-1"].revisions == ex.log.history("e-1")
    assert ex.log.history("no-such-entry") == ()
