"""A bounded load on loopback: 50 phones at once, 20 entries each, while the console runs.

Every acknowledged entry must be in the file exactly once, resends included. Timings are
reported, never asserted: they depend on the machine's disk (each entry is its own
synchronous commit). Each client sends from its own loopback address (127.0.1.N), as each
real phone has its own; the per-address rate limit is still raised, as a phone sends far
less often than these clients.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer

from tests.fake_dialogs import FakeDialogs
from ttx_desktop.gui.log_panel import LogPanel
from ttx_desktop.room.limits import Limits
from ttx_desktop.room.room_service import RoomService
from ttx_desktop.room.tokens import RoomRole

pytestmark = pytest.mark.gui

CLIENTS = 50
ENTRIES = 20
RESEND_EVERY = 5  # every fifth entry is sent twice, as a phone does when an answer is lost
LOOPBACK = "127.0.0.1"


class Phone(threading.Thread):
    """Sends its entries one after another, resending each until the server acknowledges it."""

    def __init__(self, url: str, team_id: str, number: int) -> None:
        super().__init__(name=f"phone-{number}", daemon=True)
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname or "", parts.port or 0, parts.path
        self.team_id, self.number = team_id, number
        self.source = f"127.0.1.{number + 1}"  # a phone's own address
        self.acked: list[str] = []
        self.waits: list[float] = []  # seconds from first send to acknowledgement
        self.retries = 0

    def run(self) -> None:
        for n in range(ENTRIES):
            entry_id = str(uuid.uuid4())
            payload = {
                "id": entry_id,
                "kind": "observation",
                "text": f"Phone {self.number}, entry {n}: <b>{'ж' * (n % 7)}</b>",
                "team_id": self.team_id,
                "author": f"Phone {self.number}",
            }
            started = time.perf_counter()
            self._until_acked(payload)
            self.waits.append(time.perf_counter() - started)
            if n % RESEND_EVERY == 0:
                self._until_acked(payload)  # the retry of an entry already stored
            self.acked.append(entry_id)

    def _until_acked(self, payload: dict[str, Any]) -> None:
        body = json.dumps(payload)
        headers = {
            "Content-Type": "application/json",
            "Origin": f"http://{self.host}:{self.port}",
            "X-TTX-Device": f"{self.number:08x}-0000-4000-8000-000000000000",
        }
        for attempt in range(200):
            try:
                conn = http.client.HTTPConnection(
                    self.host, self.port, timeout=30, source_address=(self.source, 0)
                )
                conn.request("POST", self.path + "/entries", body, headers)
                response = conn.getresponse()
                answer = response.read()
                conn.close()
                if response.status in (200, 201) and json.loads(answer)["saved"]:
                    return
                assert response.status in (429, 503), (response.status, answer)
            except OSError:
                pass
            self.retries += 1
            time.sleep(min(0.05 * (attempt + 1), 1.0))
        raise AssertionError("an entry was never acknowledged")


def test_fifty_phones_twenty_entries_each_every_acknowledged_entry_stored_once(
    qtbot: Any, session: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = LogPanel(session, FakeDialogs(), settings=settings)  # the console's live log
    qtbot.addWidget(panel)
    room = RoomService(session, limits=Limits(rate_per_s=10_000, burst=10_000))
    room.start(LOOPBACK, 0)
    heard: list[str] = []
    session.log.entry_logged.connect(lambda entry: heard.append(entry.id))
    # How long the window's event loop ever waits: a 10 ms timer that notes its largest gap.
    gaps: list[int] = []
    ticker, clock = QTimer(), QElapsedTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()

    teams = [t.id for t in session.exercise.teams]
    url = room.join_url(RoomRole.NOTE_TAKER)
    phones = [Phone(url, teams[n % len(teams)], n) for n in range(CLIENTS)]
    started = time.perf_counter()
    for phone in phones:
        phone.start()
    qtbot.waitUntil(lambda: not any(p.is_alive() for p in phones), timeout=600_000)
    elapsed = time.perf_counter() - started
    qtbot.waitUntil(lambda: len(heard) == CLIENTS * ENTRIES, timeout=10_000)
    ticker.stop()
    room.stop()

    acked = [entry_id for phone in phones for entry_id in phone.acked]
    assert len(acked) == len(set(acked)) == CLIENTS * ENTRIES
    stored = session.file.db.execute("SELECT id, count(*) FROM log_entry GROUP BY id").fetchall()
    assert sorted(entry_id for entry_id, _ in stored) == sorted(acked)
    assert all(count == 1 for _, count in stored)
    # Each entry is one row, its revision 1 until it is edited: no revision rows yet.
    revisions = session.file.db.execute("SELECT count(*) FROM log_revision").fetchone()[0]
    assert revisions == 0
    assert sorted(heard) == sorted(acked)  # the console heard of each entry once
    assert panel.model.matching_count() == CLIENTS * ENTRIES

    waits = sorted(w for phone in phones for w in phone.waits)
    with capsys.disabled():
        print(
            f"\nroom load: {len(acked)} entries from {CLIENTS} clients in {elapsed:.2f} s "
            f"({len(acked) / elapsed:.0f} entries/s); acknowledgement median "
            f"{waits[len(waits) // 2] * 1000:.0f} ms, slowest {waits[-1] * 1000:.0f} ms; "
            f"{sum(p.retries for p in phones)} retries after 429/503; longest pause of the "
            f"window's event loop {max(gaps)} ms"
        )
