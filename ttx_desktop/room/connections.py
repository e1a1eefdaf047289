"""The room's fair share of connections: caps in total and per address, deadlines per phase.

One address (one phone, or one attacker on the same Wi-Fi) may hold only a few connections;
a connection must send its headers within seconds and its body at a floor rate; when the
server is full, the connection that has waited longest for its headers, from the address
that holds the most, is shed to make room. Every connection takes a token from its address's
rate limit when it is accepted, before a byte of it is read.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from ttx_desktop.room.limits import Limits, RateLimiter

_BUSY = b"HTTP/1.0 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
# How long a deadline that the handler enforces itself waits before the server cuts it too.
_BACKSTOP_S = 1.0


class Room(Protocol):
    """What the connection table needs of the room server."""

    limits: Limits
    rate: RateLimiter


@dataclass
class Connection:
    """One accepted connection: who, since when, in which phase, and until when."""

    address: str
    opened: float
    deadline: float
    rate_ok: bool
    phase: str = "head"  # head: waiting for headers; body: reading it; work: ours
    cut: bool = False


class FairServer(ThreadingHTTPServer):
    """A thread per connection, under caps in total and per address, each with deadlines."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # socketserver's listen backlog is 5: a room of phones sending at once overflowed it,
    # and each refused connection waited a second or more to try again.
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], room: Room, handler: type[BaseHTTPRequestHandler]
    ) -> None:
        self.room = room
        self._open: dict[Any, Connection] = {}
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        limits = self.room.limits
        address = str(client_address[0])
        now = time.monotonic()
        victim = None
        with self._open_lock:
            live = [c for c in self._open.values() if not c.cut]
            mine = sum(1 for c in live if c.address == address)
            admitted = mine < limits.max_per_address
            if admitted and len(live) >= limits.max_connections:
                victim = self._shed(live, address)
                admitted = victim is not None
            if admitted:
                self._open[request] = Connection(
                    address, now, now + limits.header_timeout_s, self.room.rate.allow(address)
                )
        if victim is not None:
            with contextlib.suppress(OSError):
                victim.shutdown(socket.SHUT_RDWR)
        if not admitted:
            with contextlib.suppress(OSError):
                request.setblocking(False)
                request.send(_BUSY)
            super().shutdown_request(request)
            return
        super().process_request(request, client_address)

    def _shed(self, live: list[Connection], newcomer: str) -> Any | None:
        """The socket to cut for a newcomer when full: of those still waiting for headers,
        one of the address holding the most (never the newcomer's own), longest waiting."""
        held = Counter(c.address for c in live)
        waiting = [
            (sock, c)
            for sock, c in self._open.items()
            if not c.cut and c.phase == "head" and c.address != newcomer
        ]
        if not waiting:
            return None
        sock, chosen = max(waiting, key=lambda pair: (held[pair[1].address], -pair[1].opened))
        if held[chosen.address] <= held[newcomer] + 1:
            return None  # no one holds more than the newcomer would: the server is just full
        chosen.cut = True
        return sock

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def connection(self, request: Any) -> Connection | None:
        with self._open_lock:
            return self._open.get(request)

    def enter(self, request: Any, phase: str, seconds: float) -> None:
        """The handler moved on to ``phase``, which may last ``seconds`` (cut a little after)."""
        with self._open_lock:
            found = self._open.get(request)
            if found is not None:
                found.phase = phase
                found.deadline = time.monotonic() + seconds + _BACKSTOP_S

    def service_actions(self) -> None:
        """Called by serve_forever between polls: cut connections past their deadline."""
        now = time.monotonic()
        whole = self.room.limits.request_deadline_s
        with self._open_lock:
            late = [
                sock
                for sock, c in self._open.items()
                if not c.cut and (c.deadline < now or c.opened + whole < now)
            ]
            for sock in late:
                self._open[sock].cut = True
        for sock in late:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def open_connections(self) -> int:
        with self._open_lock:
            return sum(1 for c in self._open.values() if not c.cut)
