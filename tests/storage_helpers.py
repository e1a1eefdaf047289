"""A small, fixed domain exercise for storage tests, and a few file helpers."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ttx_desktop.domain.model import (
    EntryKind,
    Exercise,
    ExerciseDetails,
    Inject,
    LogEntry,
    Module,
    Objective,
    Team,
)

T0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
EXERCISE_ID = "00000000-0000-4000-8000-000000000001"
MODULE_IDS = ("mod-1", "mod-2")


def small_exercise(*, title: str = "Harbour Blackout", log: bool = True) -> Exercise:
    """Two teams, two modules, three injects and (unless ``log=False``) two log entries."""
    teams = (
        Team(id="team-jud", code="JUD", name="Judiciary"),
        Team(id="team-med", code="MED", name="Media", colour="#DD8452"),
    )
    modules = (
        Module(id=MODULE_IDS[0], number=1, title="Warning", day=1, start="09:00"),
        Module(id=MODULE_IDS[1], number=2, title="Response", day=1, start="13:00"),
    )
    injects = (
        Inject(
            id="inj-1",
            number=1,
            module_id=MODULE_IDS[0],
            title="Power fails at the port",
            planned_s=0,
            target_team_ids=("team-jud", "team-med"),
            objective_ids=("obj-1",),
        ),
        Inject(id="inj-2", number=2, module_id=MODULE_IDS[0], title="Rumours", planned_s=900),
        Inject(id="inj-3", number=3, module_id=MODULE_IDS[1], title="Looting", position=2),
    )
    entries = (
        LogEntry(
            id="log-1",
            kind=EntryKind.DECISION,
            text="Crisis cell convened",
            logged_at=T0 + timedelta(minutes=5),
            team_id="team-jud",
            inject_id="inj-1",
            module_id=MODULE_IDS[0],
            exercise_s=300.0,
            author="Anna",
        ),
        LogEntry(
            id="log-2",
            kind=EntryKind.QUESTION,
            text="Кто отвечает за связь со СМИ?",
            logged_at=T0 + timedelta(minutes=7),
            team_id="team-med",
            module_id=MODULE_IDS[0],
            exercise_s=420.0,
            author="Boris",
        ),
    )
    return Exercise(
        details=ExerciseDetails(id=EXERCISE_ID, title=title, venue="Town hall"),
        objectives=(Objective(id="obj-1", code="O1", title="Coordinate the response"),),
        teams=teams,
        modules=modules,
        injects=injects,
        log=entries if log else (),
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    """Names of the SQLite and lock files that sit beside ``path``."""
    return sorted(
        p.name
        for suffix in ("-wal", "-shm", "-journal", ".lock")
        if (p := path.with_name(path.name + suffix)).exists()
    )


def garble_root_page(path: Path, name: str, *, mask: int, length: int | None = None) -> int:
    """XORs with ``mask`` the first ``length`` bytes (the whole page by default) of the root
    page of the table or index ``name`` in the closed file at ``path``; returns that page's
    number."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    end = start + (page_size if length is None else length)
    data[start:end] = bytes(b ^ mask for b in data[start:end])
    path.write_bytes(bytes(data))
    return int(root)
