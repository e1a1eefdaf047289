"""Join tokens: one unguessable token per role, kept in the exercise file, rotated or revoked."""

from __future__ import annotations

import enum
import secrets
import threading

from ttx_desktop.room.limits import same_secret
from ttx_desktop.storage.room_repo import RoomRepo

TOKEN_BYTES = 32  # 256 bits: secrets.token_urlsafe(32) gives 43 URL-safe characters
TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


class RoomRole(enum.StrEnum):
    """Who a join link admits."""

    NOTE_TAKER = "note-taker"
    PARTICIPANT = "participant"
    RAPPORTEUR = "rapporteur"  # drafts a table's recommendations

    @property
    def prefix(self) -> str:
        """The first path segment of the role's URLs: short, so QR codes stay coarse."""
        return _PREFIXES[self]

    @classmethod
    def from_prefix(cls, prefix: str) -> RoomRole | None:
        return next((r for r in cls if r.prefix == prefix), None)


_PREFIXES = {RoomRole.NOTE_TAKER: "n", RoomRole.PARTICIPANT: "p", RoomRole.RAPPORTEUR: "r"}


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def well_formed(token: str) -> bool:
    return 0 < len(token) <= 64 and set(token) <= TOKEN_CHARS


class TokenBook:
    """The current token of each role, held in memory for the server and stored in the file.

    A role without a stored token gets one on first use; a revoked role has none until it is
    rotated. Changes are stored first, then take effect, so old links stop at once.
    """

    def __init__(self, repo: RoomRepo, write_lock: threading.Lock) -> None:
        self._repo = repo
        self._write_lock = write_lock  # the lock of the connection ``repo`` writes through
        self._lock = threading.Lock()
        with write_lock:
            stored = repo.tokens()
            for role in RoomRole:
                if role.value not in stored:
                    stored[role.value] = new_token()
                    repo.set_token(role.value, stored[role.value])
        self._tokens = {role: stored[role.value] for role in RoomRole}

    def token(self, role: RoomRole) -> str:
        """The role's token, or '' when it is revoked."""
        with self._lock:
            return self._tokens[role]

    def matches(self, role: RoomRole, given: str) -> bool:
        """Whether ``given`` is the role's current token (constant-time)."""
        return same_secret(given, self.token(role))

    def rotate(self, role: RoomRole) -> str:
        """Gives the role a new token; the old link stops working. Returns the new token."""
        token = new_token()
        self._store(role, token)
        return token

    def revoke(self, role: RoomRole) -> None:
        """Closes the role's link until it is rotated."""
        self._store(role, "")

    def _store(self, role: RoomRole, token: str) -> None:
        with self._write_lock:
            self._repo.set_token(role.value, token)
        with self._lock:
            self._tokens[role] = token
