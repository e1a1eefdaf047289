"""The room server under load on loopback: 50 phones at once, 20 entries each.

Ours: the room server (room/server.py, its RoomDesk and RoomStore) over a copy of the big exercise,
as the console runs it; each client thread posts its entries one after another, as a phone
does, from its own loopback address (127.0.1.N) as each phone has its own, and each entry's
acknowledgement is timed from the send to the answer. Afterwards every entry must be in the
file exactly once. The per-address rate limit is raised, as these clients send far faster
than a person types. Baseline, measured in the same run: a bare http.server
(ThreadingHTTPServer) that reads the same POST and commits it to SQLite (WAL,
synchronous=FULL), one commit per POST, before answering: the simplest server that stores
what it acknowledges. The note gives a bare server storing nothing too (HTTP on loopback
alone). Only addresses on this machine are used; the loops are bounded (1,000 entries, each
retried at most 200 times).
"""

from __future__ import annotations

import http.client
import json
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from bench.harness import Row, median, percentile

LOOPBACK = "127.0.0.1"
CLIENTS = 50
ENTRIES = 20
QUICK_ENTRIES = 5
GOAL_MS = 200.0


class Phone(threading.Thread):
    """Posts its entries one after another; retries an entry the server asks to slow down."""

    def __init__(self, port: int, path: str, team_id: str, number: int, count: int) -> None:
        super().__init__(name=f"phone-{number}", daemon=True)
        self.port, self.path, self.team_id, self.number = port, path, team_id, number
        self.count = count
        self.acked: list[str] = []
        self.waits: list[float] = []  # milliseconds from first send to acknowledgement
        self.failed = ""

    def run(self) -> None:
        try:
            for n in range(self.count):
                entry_id = str(uuid.uuid4())
                payload = {
                    "id": entry_id,
                    "kind": "observation",
                    "text": f"Phone {self.number}, entry {n}: the shelter is at capacity.",
                    "team_id": self.team_id,
                    "author": f"Phone {self.number}",
                }
                began = time.perf_counter()
                self._until_acked(json.dumps(payload))
                self.waits.append((time.perf_counter() - began) * 1000)
                self.acked.append(entry_id)
        except Exception as exc:  # reported by the measuring thread
            self.failed = f"{type(exc).__name__}: {exc}"

    def _until_acked(self, body: str) -> None:
        headers = {
            "Content-Type": "application/json",
            "Origin": f"http://{LOOPBACK}:{self.port}",
            "X-TTX-Device": f"{self.number:08x}-0000-4000-8000-000000000000",
        }
        for attempt in range(200):
            conn = http.client.HTTPConnection(
                LOOPBACK, self.port, timeout=30, source_address=(f"127.0.1.{self.number + 1}", 0)
            )
            try:
                conn.request("POST", self.path, body, headers)
                response = conn.getresponse()
                answer = response.read()
            except OSError:
                answer, status = b"", 0
            else:
                status = response.status
            finally:
                conn.close()
            if status in (200, 201) and json.loads(answer).get("saved"):
                return
            if status not in (0, 429, 503):
                raise RuntimeError(f"the server answered {status}: {answer[:200]!r}")
            time.sleep(min(0.05 * (attempt + 1), 1.0))
        raise RuntimeError("an entry was never acknowledged")


def load(port: int, path: str, teams: list[str], count: int) -> tuple[list[Phone], float]:
    phones = [Phone(port, path, teams[n % len(teams)], n, count) for n in range(CLIENTS)]
    began = time.perf_counter()
    for phone in phones:
        phone.start()
    for phone in phones:
        phone.join(timeout=600)
    failed = [p.failed for p in phones if p.failed or p.is_alive()]
    if failed:
        raise RuntimeError(f"{len(failed)} clients failed: {failed[0] or 'still running'}")
    return phones, time.perf_counter() - began


class _Bare(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        answer = json.dumps({"saved": True, "id": body.get("id"), "new": True}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


class _BareServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # as the room server's: 50 clients connect at once


class _Committing(_Bare):
    """The bare server's POST, stored first: one INSERT and one commit per entry."""

    server: _CommittingServer

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.loads(raw)
        with self.server.lock:
            self.server.db.execute("INSERT INTO entry (id, body) VALUES (?, ?)", (body["id"], raw))
            self.server.db.commit()
        answer = json.dumps({"saved": True, "id": body.get("id"), "new": True}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


class _CommittingServer(_BareServer):
    def __init__(self, address: tuple[str, int], path: Path) -> None:
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.execute("CREATE TABLE IF NOT EXISTS entry (id TEXT PRIMARY KEY, body BLOB)")
        self.db.commit()
        self.lock = threading.Lock()
        super().__init__(address, _Committing)


def serving(server: ThreadingHTTPServer) -> Callable[[], None]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2})
    thread.daemon = True
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return stop


def measure(count: int, work: Path) -> list[Row]:
    from ttx_desktop.room.limits import Limits
    from ttx_desktop.room.server import RoomServer
    from ttx_desktop.room.tokens import RoomRole
    from ttx_desktop.services.room_desk import RoomDesk
    from ttx_desktop.storage.exercise_file import ExerciseFile
    from ttx_desktop.storage.room_store import RoomStore

    big = harness.big_file(harness.BIG_ENTRIES, work)
    with harness.scratch(work) as folder:
        path = harness.copy_exercise(big, folder)
        with ExerciseFile.open(path) as xf:  # held open, as the console holds it
            teams = [t.id for t in xf.exercise.load(with_log=False).teams]
            before = xf.log.count(include_deleted=True)
            store = RoomStore(path)
            room = RoomServer(RoomDesk(store), limits=Limits(rate_per_s=10_000, burst=10_000))
            room.start(LOOPBACK, 0)
            try:
                url = room.join_url(RoomRole.NOTE_TAKER)
                entries_path = url.split(f":{room.port}", 1)[1] + "/entries"
                phones, took = load(room.port, entries_path, teams, count)
            finally:
                room.stop()
                store.close()
            acked = [e for p in phones for e in p.acked]
            stored = {r[0] for r in xf.db.execute("SELECT id FROM log_entry").fetchall()}
            added = xf.log.count(include_deleted=True) - before
        # Ids are the primary key: an entry is there once or not at all; and no more entries
        # were added than were acknowledged (a resend stored anew would show here).
        once = len(set(acked)) == len(acked) == added and all(e in stored for e in acked)

        committing = _CommittingServer((LOOPBACK, 0), folder / "bare.sqlite")
        stop = serving(committing)
        try:
            port = int(committing.server_address[1])
            commit_phones, commit_took = load(port, "/entries", teams, count)
        finally:
            stop()
            committing.db.close()

    bare = _BareServer((LOOPBACK, 0), _Bare)
    stop = serving(bare)
    try:
        bare_phones, bare_took = load(int(bare.server_address[1]), "/entries", teams, count)
    finally:
        stop()

    ours = [w for p in phones for w in p.waits]
    theirs = [w for p in commit_phones for w in p.waits]
    nothing = [w for p in bare_phones for w in p.waits]
    p99 = percentile(ours, 99)
    total = CLIENTS * count
    stored_note = "every entry stored once" if once else "**entries lost or stored twice**"
    note = (
        f"{total:,} entries in {took:.1f} s ({total / took:.0f}/s; bare server with a commit "
        f"per POST {total / commit_took:.0f}/s, p99 {percentile(theirs, 99):.0f} ms; bare "
        f"server storing nothing {total / bare_took:.0f}/s, p99 "
        f"{percentile(nothing, 99):.0f} ms); {stored_note}"
    )
    name = f"room server: {CLIENTS} clients × {count} entries, each from its own address"
    return [
        Row(f"{name}, 99th-percentile acknowledgement", p99, percentile(theirs, 99), "ms",
            f"< {GOAL_MS:g} ms, every entry stored once", p99 < GOAL_MS and once, note),
        Row(f"{name}, median acknowledgement", median(ours), median(theirs), "ms",
            note="against a bare http.server committing each POST to SQLite before answering"),
    ]  # fmt: skip


def main() -> int:
    args = harness.arguments(__doc__.splitlines()[0])
    rows = measure(QUICK_ENTRIES if args.quick else ENTRIES, harness.work_folder(args.work))
    return harness.finish(rows, args.json)


if __name__ == "__main__":
    sys.exit(main())
