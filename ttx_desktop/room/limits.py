"""What the room server admits: sizes, rates, connections, Host and Origin, field lengths."""

from __future__ import annotations

import hmac
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ttx_desktop.domain.log_entry import MAX_TEXT_CHARS

# Longest texts a phone may send; longer input is pasted by mistake, or an attack.
FIELD_CAPS: dict[str, int] = {
    "text": MAX_TEXT_CHARS,  # an entry's: checked by new_entry, as every road's entries are
    "author": 120,
    "name": 120,
    "organisation": 200,
    "role": 120,
    "item": 1_000,  # one strength, improvement or corrective action
    "owner": 200,
    "missed": 4_000,
    "policy": 4_000,  # a recommendation's issue, action, safeguards, gender impact…
    "theme": 200,  # a recommendation's theme or timeline
    "id": 64,
}
MAX_ITEMS = 3  # top three strengths, areas for improvement, corrective actions
# Text a file cannot hold (lone surrogates are no characters; UTF-8 has no form for them) or
# that no one types (control characters other than tab and line breaks).
_UNSTORABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Addresses that mean "every interface": refused, never bound.
WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", ""})  # noqa: S104


class Refused(Exception):
    """A request the server answers with ``status`` and a short message; nothing was written."""

    def __init__(
        self, status: int, message: str = "", *, retry: bool = False, code: str = ""
    ) -> None:
        super().__init__(message or str(status))
        self.status = status
        self.message = message
        self.retry = retry  # the request was fine as far as it came: sending it again may do
        self.code = code  # for the phone page, which says it in the page's language


@dataclass(frozen=True)
class Limits:
    """The caps one server enforces; tests may loosen or tighten them."""

    max_body: int = 64 * 1024
    rate_per_s: float = 8.0  # requests per second per address, sustained
    burst: int = 40  # a page load fetches page, script, style and state at once
    max_connections: int = 64
    # A browser opens at most six connections to one host; one address holding more is not
    # a phone, and must not take the room's share from the others.
    max_per_address: int = 8
    header_timeout_s: float = 4.0  # from the connection to the end of its headers
    # A body must arrive at this rate or better, after a short grace for the first bytes:
    # a phone's entry of a few kilobytes comes in one or two packets.
    body_grace_s: float = 0.6
    body_bytes_per_s: float = 16 * 1024
    write_timeout_s: float = 10.0  # each write of an answer
    request_deadline_s: float = 30.0  # a whole connection, whatever it waits for
    device_window_s: float = 60.0  # a device counts as connected this long after its last call
    feedback_per_address_hour: int = 20  # forms sent (new or edited) from one address
    max_feedback_forms: int = 2_000  # stored in one exercise
    max_feedback_bytes: int = 16 * 1024 * 1024  # stored in one exercise, all forms together


class RateLimiter:
    """A token bucket per client address; thread-safe."""

    MAX_ADDRESSES = 4096  # forget idle addresses beyond this many

    def __init__(
        self, rate_per_s: float, burst: int, *, now: Callable[[], float] = time.monotonic
    ) -> None:
        self._rate = rate_per_s
        self._burst = float(burst)
        self._now = now
        self._buckets: dict[str, tuple[float, float]] = {}  # address: (tokens, when)
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        """Takes one token for ``address``; False when it has none left (answer 429)."""
        with self._lock:
            now = self._now()
            tokens, when = self._buckets.get(address, (self._burst, now))
            tokens = min(self._burst, tokens + (now - when) * self._rate)
            allowed = tokens >= 1.0
            self._buckets[address] = (tokens - 1.0 if allowed else tokens, now)
            if len(self._buckets) > self.MAX_ADDRESSES:
                self._forget_full(now)
            return allowed

    def _forget_full(self, now: float) -> None:
        full = [
            a for a, (t, w) in self._buckets.items() if t + (now - w) * self._rate >= self._burst
        ]
        for address in full:
            del self._buckets[address]


def served_host(address: str, port: int) -> str:
    """The Host header browsers send for the served address: ``addr:port``, IPv6 bracketed."""
    host = f"[{address}]" if ":" in address else address
    return f"{host}:{port}".casefold()


def host_ok(header: str | None, address: str, port: int) -> bool:
    """The request names the address the server is bound to (against DNS rebinding)."""
    if not header:
        return False
    expected = served_host(address, port)
    value = header.strip().casefold()
    return value == expected or (port == 80 and value == expected.rsplit(":", 1)[0])


def origin_ok(header: str | None, address: str, port: int) -> bool:
    """A write comes from a page this server served (browsers send Origin with every POST)."""
    if not header:
        return False
    value = header.strip().casefold()
    return value == f"http://{served_host(address, port)}" or (
        port == 80 and value == f"http://{served_host(address, port).rsplit(':', 1)[0]}"
    )


def same_secret(given: str, expected: str) -> bool:
    """Compares a token in constant time; an empty expected token (revoked) matches nothing."""
    if not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


def text_field(
    value: object,
    name: str,
    *,
    cap_key: str | None = None,
    required: bool = False,
    capped: bool = True,
) -> str:
    """A string field of a request body, checked for type and length (unless not
    ``capped``: the body's own limit bounds it, and a rule of the exercise checks it)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise Refused(400, f"{name} must be text")
    cap = FIELD_CAPS[cap_key or name] if capped else len(value)
    if len(value) > cap:
        raise Refused(
            413, f"{name} is too long ({len(value)} characters; at most {cap})", code="too_long"
        )
    if (bad := _UNSTORABLE.search(value)) is not None:
        raise Refused(
            400,
            f"{name} holds a character that cannot be stored (U+{ord(bad[0]):04X})",
            code="unstorable",
        )
    if required and not value.strip():
        raise Refused(400, f"{name} is empty", code="empty")
    return value


def text_list(value: object, name: str) -> tuple[str, ...]:
    """Up to MAX_ITEMS strings; blank ones are dropped."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise Refused(400, f"{name} must be a list of at most {MAX_ITEMS} texts")
    items = (text_field(v, name, cap_key="item") for v in value)
    return tuple(item.strip() for item in items if item.strip())
