"""Logging one entry, from the call to its durable commit: LogService against a bare sqlite3.

Ours: LogService.log on a copy of the large exercise (as the note panel calls it), which
checks, stamps and appends the entry (one row: its first revision is its row until it is
edited) in one transaction. Baseline, as issue 20 defines it: a bare sqlite3 INSERT and commit
of one row OF THE SAME SIZE into a new file beside it (a table of an integer key and two text
columns, the text padded so that the row's values take as many bytes as our entry's row does
in the file: its uuid, kind, team, inject, author, text and folded search text, times...), with
the same journal_mode=WAL and synchronous=FULL. The two alternate in blocks of 50, so that both
see the same disk; each call is timed alone.

A third series tells where the difference goes: bare sqlite3 writing the very row LogService
writes (the entry, whose first revision is its row until it is edited) into a second copy of
the exercise file, with its indexes, triggers and foreign keys; what ours costs beyond that
is Python.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Row, median, percentile, ratio_goal

ENTRIES = 2_000
QUICK_ENTRIES = 500
BLOCK = 50


def measure(count: int, work: Path) -> list[Row]:
    from ttx_desktop.services.clock_service import ClockService
    from ttx_desktop.services.log_service import LogService
    from ttx_desktop.storage.exercise_file import ExerciseFile

    big = harness.big_file(harness.BIG_ENTRIES, work)
    ours: list[float] = []
    bare: list[float] = []
    same: list[float] = []
    with harness.scratch(work) as folder:
        xf = ExerciseFile.open(harness.copy_exercise(big, folder))
        conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
        twin = sqlite3.connect(harness.copy_exercise(big, folder, "twin.ttxdb"),
                               isolation_level=None)  # fmt: skip
        try:
            exercise = xf.exercise.load(with_log=False)
            clock = ClockService(xf.clock)
            clock.start(exercise.modules[0].id)
            service = LogService(xf.log, exercise, clock.stamp)
            teams = [t.id for t in exercise.teams]
            injects = [i.id for i in exercise.injects[:50]]
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, logged_at TEXT, text TEXT)")
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
                twin.execute(f"PRAGMA {pragma}")
            rows = _row_writer(twin)
            text = "Agreed to isolate the court's network until the experts arrive."
            size = _stored_bytes(
                xf.db.conn,
                service.log("decision", text, team_id=teams[0], inject_id=injects[0],
                            author="Bench").id,
            )  # fmt: skip
            padded = _padding(text, size - len(str(count)))
            for first in range(0, count, BLOCK):
                for n in range(first, min(first + BLOCK, count)):
                    began = time.perf_counter()
                    service.log("decision", text, team_id=teams[n % len(teams)],
                                inject_id=injects[n % len(injects)], author="Bench")  # fmt: skip
                    ours.append((time.perf_counter() - began) * 1000)
                for n in range(first, min(first + BLOCK, count)):
                    began = time.perf_counter()
                    conn.execute("BEGIN")
                    conn.execute(
                        "INSERT INTO entry (logged_at, text) VALUES (?, ?)",
                        (f"{n:0{len(str(count))}d}", padded),
                    )
                    conn.execute("COMMIT")
                    bare.append((time.perf_counter() - began) * 1000)
                for n in range(first, min(first + BLOCK, count)):
                    entry = rows(service, n, text)
                    began = time.perf_counter()
                    twin.execute("BEGIN")
                    twin.execute(entry[0], entry[1])
                    twin.execute("COMMIT")
                    same.append((time.perf_counter() - began) * 1000)
        finally:
            conn.close()
            twin.close()
            xf.close()
    note = f"{count:,} entries"
    same_size = f"against a bare commit of one row of the same size, {size} bytes"
    return [
        ratio_goal(f"log one entry, median ({same_size})", median(ours), median(bare), 1.3,
                   note=note),
        ratio_goal(f"log one entry, 99th percentile ({same_size})", percentile(ours, 99),
                   percentile(bare, 99), 2.0, note=note),
        Row("log one entry, median, against bare sqlite3 writing the same row into the "
            "same schema", median(ours), median(same), note=note),
    ]  # fmt: skip


Statement = tuple[str, list[object]]


def _stored_bytes(conn: sqlite3.Connection, entry_id: str) -> int:
    """The bytes the values of entry ``entry_id``'s row take in the file (text as UTF-8, a
    real 8, an integer up to 8, NULL none)."""
    row = conn.execute("SELECT * FROM log_entry WHERE id = ?", (entry_id,)).fetchone()
    return sum(_value_bytes(value) for value in row)


def _value_bytes(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return len(value.encode())
    if isinstance(value, int):
        if value in (0, 1):  # SQLite keeps 0 and 1 in the record's header alone
            return 0
        return next(
            n for n in (1, 2, 3, 4, 6, 8) if -(2 ** (8 * n - 1)) <= value < 2 ** (8 * n - 1)
        )
    return 8 if isinstance(value, float) else len(bytes(value))  # type: ignore[call-overload]


def _padding(text: str, size: int) -> str:
    """``text`` repeated and cut to ``size`` characters (ASCII: as many bytes)."""
    return ((text + " ") * (size // (len(text) + 1) + 1))[:size]


def _row_writer(twin: sqlite3.Connection):
    """A function giving the INSERT of entry ``n`` as LogService.log has LogRepo.append write it
    (the same checks, text, team, inject, objective and stamp)."""
    from ttx_desktop.domain.ids import new_id, utc_now
    from ttx_desktop.domain.log_entry import EntryRequest, new_entry
    from ttx_desktop.storage import rows

    def sql(table: str, row: dict[str, object]) -> Statement:
        marks = ", ".join("?" * len(row))
        return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", list(row.values())

    def make(service: object, n: int, text: str) -> Statement:
        exercise = service._exercise  # type: ignore[attr-defined]
        asked = EntryRequest("decision", text, exercise.teams[n % len(exercise.teams)].id,
                             exercise.injects[n % 50].id, author="Bench")  # fmt: skip
        entry = new_entry(exercise, asked, entry_id=new_id(), logged_at=utc_now(),
                          stamp=service._stamp(), source="console")  # type: ignore[attr-defined]  # fmt: skip
        return sql("log_entry", rows.entry_row(entry, 1))

    return make


def main() -> int:
    args = harness.arguments(__doc__.splitlines()[0])
    rows = measure(QUICK_ENTRIES if args.quick else ENTRIES, harness.work_folder(args.work))
    return harness.finish(rows, args.json)


if __name__ == "__main__":
    sys.exit(main())
