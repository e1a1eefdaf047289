"""Storage's refusals reach the interface translatable: each detail is a Text (messages.py)
whose template is one the translators get, with the file's own words kept as values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.storage_helpers import small_exercise
from ttx_desktop.messages import Text, joined, msg
from ttx_desktop.storage.errors import FileLocked, NotAnExerciseFile, StorageError
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.lock import ExerciseLock
from ttx_desktop.storage.merge import MergeReport
from ttx_desktop.storage.reading import damaged


def _detail(error: StorageError) -> Text:
    assert isinstance(error.detail, Text), error.detail
    return error.detail


@pytest.mark.parametrize(
    ("content", "template"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"name,title\n", "is not an exercise file (not an SQLite database)"),
    ],
)
def test_a_refused_file_says_why_in_a_template(
    tmp_path: Path, content: bytes | None, template: str
) -> None:
    path = tmp_path / "x.ttxdb"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(NotAnExerciseFile) as caught:
        ExerciseFile.open(path, readonly=True)
    assert _detail(caught.value).template == template
    assert str(caught.value) == f"{path}: {template}"  # the English is as it was


def test_a_held_file_names_its_holder_inside_the_message(tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    ExerciseFile.create(path, small_exercise()).close()
    with ExerciseLock(path), pytest.raises(FileLocked) as caught:
        ExerciseLock(path).acquire()
    detail = _detail(caught.value)
    who = detail.values["who"]
    assert isinstance(who, Text) and who.values["pid"] > 0
    assert detail == f"is open for writing by {who}; close it there first, or open it read-only"


def test_a_schema_changed_elsewhere_lists_what_changed_as_messages(tmp_path: Path) -> None:
    path = tmp_path / "x.ttxdb"
    ExerciseFile.create(path, small_exercise()).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE VIEW spy AS SELECT 1")
    conn.close()
    with pytest.raises(NotAnExerciseFile) as caught:
        ExerciseFile.open(path, readonly=True)
    detail = _detail(caught.value)
    assert detail.startswith("was changed outside TTX Desktop (view 'spy' was added); ")
    assert detail.values["problems"].template == "{kind} {name!r} was added"


def test_a_damaged_value_keeps_a_short_message_of_ours_and_clips_any_other() -> None:
    ours = damaged(LookupError(msg("the exercise file holds no exercise")), "x.ttxdb")
    assert _detail(ours).values["why"].template == "the exercise file holds no exercise"
    theirs = damaged(ValueError("a\n" + "b" * 500), "x.ttxdb")
    why = _detail(theirs).values["why"]
    assert not isinstance(why, Text) and why.startswith("a b") and len(why) == 160


def test_parts_joined_stay_translatable_and_read_as_before() -> None:
    parts = [msg("team"), msg("inject"), "plain"]
    together = joined(parts, "; ")
    assert together == "team; inject; plain"
    assert together.values["then"] == "plain"
    assert together.values["first"].values["then"].template == "inject"


def test_the_merge_summary_is_one_template_either_way() -> None:
    plain = MergeReport(entries=2).summary()
    with_records = MergeReport(entries=2, records=1).summary()
    assert plain.template != with_records.template
    assert plain == (
        "added 2 log entries, 0 revisions of entries already here, 0 feedback forms, "
        "0 recommendations; 0 to check"
    )
    assert ", 1 teams, participants, modules, objectives or injects; " in with_records
