"""sqlite-utils' tables over an exercise connection, imported only when something writes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import sqlite_utils

if TYPE_CHECKING:
    from ttx_desktop.storage.database import Database


class _Tables(sqlite_utils.Database):
    """sqlite-utils on the same connection, its transactions those of the exercise's class."""

    def __init__(self, owner: Database) -> None:
        super().__init__(owner.conn, execute_plugins=False, recursive_triggers=False)
        self._owner = owner

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Any]:
        with self._owner.atomic():
            yield self


def tables_on(owner: Database) -> Any:
    """An object whose ``table(name)`` is sqlite-utils' Table ``name`` on ``owner``."""
    return _Tables(owner)
