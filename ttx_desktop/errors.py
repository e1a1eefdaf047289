"""Errors a user can cause and act on: each carries a message that names what and where."""

from __future__ import annotations


class UserError(Exception):
    """Something about a file or an input that the user can fix; shown without a traceback."""

    def __init__(self, message: str, *, path: object | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)
        self.detail = message
