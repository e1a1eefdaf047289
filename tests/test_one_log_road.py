"""One road for a new log entry: the console, a phone and the command line make the same row,
and refuse the same faults in the same words (domain.log_entry.new_entry)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA
from tests.room_helpers import Room, close_room, open_room, team_id
from tests.test_cli import ttx
from ttx_desktop.domain.ids import utc_now
from ttx_desktop.domain.log_entry import (
    FROM_INJECT,
    MAX_TEXT_CHARS,
    EntryRefused,
    EntryRequest,
    new_entry,
)
from ttx_desktop.domain.model import EntryKind
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.room.limits import Limits
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.clock_service import ClockService
from ttx_desktop.services.log_service import LogService
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.schema import search_text

# Columns that must differ from road to road: who, from where, and when.
DIFFERING = {"id", "logged_at", "updated_at", "source", "author", "search_text"}


def _console(room: Room) -> LogService:
    """The console's service over the file the room's console holds open."""
    file = room.file
    return LogService(file.log, file.exercise.load(with_log=False), ClockService(file.clock).stamp)


def _phone(room: Room, **fields: Any) -> Any:
    payload = {"id": str(uuid.uuid4())} | fields
    return room.post(room.base(RoomRole.NOTE_TAKER) + "/entries", payload)


def _paused_clock(path: Path) -> None:
    """The first module's clock run and paused, so that every road stamps the same time."""
    with ExerciseFile.open(path) as file:
        clock = ClockService(file.clock)
        clock.start(file.exercise.load(with_log=False).modules[0].id)
        clock.adjust(754.3215)
        clock.pause()


def _rows(path: Path) -> list[dict[str, Any]]:
    with ExerciseFile.open(path, readonly=True) as file:
        assert file.db.execute("SELECT count(*) FROM log_revision").fetchone()[0] == 0
        return [dict(r) for r in file.db.query("SELECT * FROM log_entry ORDER BY source")]


def test_console_phone_and_command_line_write_the_same_row(mini_path: Path) -> None:
    path = mini_path
    _paused_clock(path)
    room = open_room(path, Limits(rate_per_s=1000, burst=1000))
    try:
        exercise = room.file.exercise.load(with_log=False)
        inject = exercise.inject_by_number(1)  # its one objective, O1, is the entry's
        assert inject is not None
        _console(room).log(
            "Decision", "  Open the shelter\n", team_id=team_id(room), inject_id=inject.id,
            author="Ann",
        )  # fmt: skip
        reply = _phone(
            room, kind="decision", text="  Open the shelter\n", team_id=team_id(room),
            inject_id=inject.id, author=" Ben ",
        )  # fmt: skip
    finally:
        close_room(room)  # the command line takes the file's lock
    assert reply.status == 201, reply.json()
    cli = ttx(
        "log", path, "--team", "civ", "--kind", "DECISION", "--inject", "1",
        "--author", "Cy", "-", stdin="  Open the shelter\n",
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr

    rows = _rows(path)
    assert [(r["source"], r["author"]) for r in rows] == [
        ("cli", "Cy"), ("console", "Ann"), ("room", "Ben"),
    ]  # fmt: skip
    alike = [{k: v for k, v in r.items() if k not in DIFFERING} for r in rows]
    assert alike[0] == alike[1] == alike[2]
    assert alike[0]["text"] == "Open the shelter"
    assert alike[0]["kind"] == "decision"
    assert alike[0]["objective_id"] == inject.objective_ids[0]
    assert alike[0]["module_id"] == exercise.modules[0].id
    assert alike[0]["exercise_s"] >= 754.322  # paused: the same for all three
    assert len({r["id"] for r in rows}) == 3
    for row in rows:
        assert row["search_text"] == search_text(row["text"], row["author"])


# (console keyword arguments, phone fields, command-line arguments, the message)
BAD = {
    "unknown team": (
        {"kind": "note", "text": "x", "team_id": "POLICE"},
        {"kind": "note", "text": "x", "team_id": "POLICE"},
        ("--team", "POLICE", "--kind", "note", "x"),
        "unknown team 'POLICE' (teams are CIV, MED, PRESS)",
    ),
    "empty text": (
        {"kind": "note", "text": " \n "},
        {"kind": "note", "text": " \n "},
        ("--team", "CIV", "--kind", "note", " \n "),
        "the entry has no text",
    ),
    "text too long": (
        {"kind": "note", "text": "x" * (MAX_TEXT_CHARS + 1)},
        {"kind": "note", "text": "x" * (MAX_TEXT_CHARS + 1)},
        ("--team", "CIV", "--kind", "note", "x" * (MAX_TEXT_CHARS + 1)),
        "the entry is too long (20,001 characters; at most 20,000)",
    ),
    "unknown kind": (
        {"kind": "rumour", "text": "x"},
        {"kind": "rumour", "text": "x"},
        ("--team", "CIV", "--kind", "rumour", "x"),
        "unknown kind 'rumour' (kinds are ",
    ),
}


@pytest.mark.parametrize("fault", list(BAD))
def test_the_three_roads_refuse_the_same_fault_in_the_same_words(
    mini_path: Path, fault: str
) -> None:
    console_args, phone_fields, cli_args, words = BAD[fault]
    room = open_room(mini_path, Limits(rate_per_s=1000, burst=1000))
    try:
        with pytest.raises(EntryRefused) as refused:
            _console(room).log(**console_args)
        reply = _phone(room, **phone_fields)
    finally:
        close_room(room)
    cli = ttx("log", mini_path, *cli_args)

    assert str(refused.value).startswith(words)
    assert reply.status in (400, 413)
    assert str(reply.json()["error"]) == str(refused.value)
    assert cli.returncode in (1, 2)  # a user error; an unknown kind is a usage error
    assert cli.stderr.strip().splitlines()[-1].endswith(str(refused.value))
    assert "Traceback" not in cli.stderr
    assert _rows(mini_path) == []


@pytest.mark.parametrize(
    ("console_args", "cli_args", "words", "note"),
    [
        ({"inject_id": "99"}, ("--inject", "99"), "there is no inject 99 (injects are 1 to 6)",
         "inject_gone"),
        ({"objective_id": "O9"}, ("--objective", "O9"),
         "unknown objective 'O9' (objectives are O1, O2)", "objective_gone"),
    ],
)  # fmt: skip
def test_a_link_the_exercise_lacks_is_refused_at_the_console_and_the_command_line_alike(
    mini_path: Path, console_args: dict[str, str], cli_args: tuple[str, ...], words: str,
    note: str,
) -> None:  # fmt: skip
    """A phone keeps the entry without it instead, and says so: it listed an inject or an
    objective that was deleted at the console since (the text is what matters)."""
    room = open_room(mini_path, Limits(rate_per_s=1000, burst=1000))
    try:
        with pytest.raises(EntryRefused, match=words.replace("(", r"\(").replace(")", r"\)")):
            _console(room).log("note", "x", **console_args)
        phone_field = next(iter(console_args))
        reply = _phone(room, kind="note", text="x", **{phone_field: console_args[phone_field]})
    finally:
        close_room(room)
    assert (reply.status, reply.json()["notes"]) == (201, [note])
    cli = ttx("log", mini_path, "--team", "CIV", "--kind", "note", *cli_args, "x")
    assert cli.returncode == 1
    assert cli.stderr.strip().endswith(words)
    assert [r["source"] for r in _rows(mini_path)] == ["room"]


_MINI = load_definition(DATA / "mini.yaml")
_REASONS = {"empty", "too_long", "unknown_kind", "unknown_team", "unknown_inject",
            "unknown_objective"}  # fmt: skip


@given(
    kind=st.sampled_from([k.value for k in EntryKind] + ["Decision", " area for improvement"])
    | st.text(max_size=12),
    text=st.text(max_size=40),
    team=st.none() | st.sampled_from(["CIV", "health services", "POLICE"]) | st.text(max_size=6),
    inject=st.none() | st.integers(-2, 9) | st.sampled_from(["1", " 6 ", "x"]),
    objective=st.sampled_from([FROM_INJECT, None, "O1", "o2", "O9"]),
)
@settings(max_examples=300, deadline=None)
def test_any_request_gives_an_entry_or_a_refusal_that_names_the_fault(
    kind: str, text: str, team: str | None, inject: int | str | None, objective: Any
) -> None:
    asked = EntryRequest(kind, text, team, inject, objective, author=" Ann ")
    try:
        entry = new_entry(
            _MINI, asked, entry_id="e1", logged_at=utc_now(), stamp=("m1", 1.23456),
            source="console",
        )  # fmt: skip
    except EntryRefused as refused:
        assert refused.reason in _REASONS and str(refused)
    else:
        assert entry.text == text.strip() != ""
        assert _MINI.team(entry.team_id) is not None or (team is None and entry.team_id is None)
        assert _MINI.inject(entry.inject_id) is not None or entry.inject_id is None
        assert entry.objective_id is None or _MINI.objective(entry.objective_id) is not None
        assert (entry.author, entry.exercise_s) == ("Ann", 1.235)
