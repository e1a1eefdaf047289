"""The room server: phones in the room join over the laptop's own network, by token.

It runs in background threads (one per connection, capped in total and per address by
room/connections.py), answers a fixed set of routes (room/handler.py), and writes through the
room's desk (services/room_desk.py) and its store's one writer, acknowledging only after the
commit. It knows no Qt: the console's
RoomService and the headless `room` command both use it, passing callbacks that are called,
in a server thread, after each new entry, form, draft or ballot is stored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from ttx_desktop.domain.model import FeedbackResponse, LogEntry
from ttx_desktop.domain.policy import PolicyRecommendation
from ttx_desktop.errors import UserError
from ttx_desktop.messages import msg, reason_of
from ttx_desktop.room.handler import RoomHandler, RoomHTTPServer
from ttx_desktop.room.limits import WILDCARD_ADDRESSES, Limits, RateLimiter
from ttx_desktop.room.tokens import RoomRole, TokenBook
from ttx_desktop.services.room_desk import RoomDesk

MAX_DEVICES = 2048

EntryCallback = Callable[[LogEntry], None]
FeedbackCallback = Callable[[FeedbackResponse], None]
RecommendationCallback = Callable[[PolicyRecommendation], None]
BallotCallback = Callable[[str], None]  # the vote's id


class RoomRefused(UserError):
    """The room could not be opened as asked (address, port); nothing is listening."""


class RoomServer:
    """Serves the room for one exercise file on one address and port until stopped."""

    def __init__(
        self,
        desk: RoomDesk,
        *,
        limits: Limits | None = None,
        on_entry: EntryCallback | None = None,
        on_feedback: FeedbackCallback | None = None,
        on_recommendation: RecommendationCallback | None = None,
        on_ballot: BallotCallback | None = None,
    ) -> None:
        self.desk = desk
        store = desk.store
        self.tokens = TokenBook(store.room, store.write_lock)
        self.limits = limits or Limits()
        self.rate = RateLimiter(self.limits.rate_per_s, self.limits.burst)
        hourly = self.limits.feedback_per_address_hour
        self.feedback_quota = RateLimiter(hourly / 3600, hourly)  # forms per address
        self.on_entry = on_entry
        self.on_feedback = on_feedback
        self.on_recommendation = on_recommendation
        self.on_ballot = on_ballot
        self.address = ""
        self.port = 0
        self._server: RoomHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._devices: dict[str, float] = {}
        self._devices_lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self, address: str, port: int) -> None:
        """Listens on ``address`` (never all interfaces) and ``port`` (0: any free port)."""
        if address.strip() in WILDCARD_ADDRESSES:
            raise RoomRefused(
                msg("choose one address of this laptop; the room never listens on all")
            )
        if ":" in address:
            raise RoomRefused(
                msg("{address} is an IPv6 address; choose an IPv4 address", address=address)
            )
        try:
            server = RoomHTTPServer((address, port), self, RoomHandler)
        except OverflowError as exc:
            raise RoomRefused(msg("port {port} is out of range (1 to 65535)", port=port)) from exc
        except OSError as exc:
            reason = reason_of(exc)
            raise RoomRefused(
                msg(
                    "cannot listen on {address} port {port}: {reason}",
                    address=address,
                    port=port,
                    reason=reason,
                )
            ) from exc
        self._server = server
        self.address, self.port = address, int(server.server_address[1])
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="room", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._devices_lock:
            self._devices.clear()

    @property
    def base_url(self) -> str:
        return f"http://{self.address}:{self.port}" if self.running else ""

    def join_url(self, role: RoomRole) -> str:
        """The link a phone opens to join as ``role``; '' when stopped or revoked."""
        token = self.tokens.token(role)
        return f"{self.base_url}/{role.prefix}/{token}" if self.running and token else ""

    def saw_device(self, device: str) -> None:
        with self._devices_lock:
            self._devices[device] = time.monotonic()
            if len(self._devices) > MAX_DEVICES:  # made-up device ids must not fill memory
                oldest = sorted(self._devices, key=self._devices.__getitem__)
                for gone in oldest[: len(oldest) - MAX_DEVICES]:
                    del self._devices[gone]

    def device_count(self) -> int:
        """Devices that called in the last minute."""
        since = time.monotonic() - self.limits.device_window_s
        with self._devices_lock:
            for device in [d for d, seen in self._devices.items() if seen < since]:
                del self._devices[device]
            return len(self._devices)
