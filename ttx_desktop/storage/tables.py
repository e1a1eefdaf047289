"""sqlite-utils' tables over an exercise connection, imported only when something writes."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import sqlite_utils


class _Tables(sqlite_utils.Database):
    """sqlite-utils on the same connection, its transactions those of the exercise's class."""

    def __init__(
        self, conn: sqlite3.Connection, atomic: Callable[[], AbstractContextManager[object]]
    ) -> None:
        super().__init__(conn, execute_plugins=False, recursive_triggers=False)
        self._atomic = atomic

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Any]:
        with self._atomic():
            yield self


def tables_on(
    conn: sqlite3.Connection, atomic: Callable[[], AbstractContextManager[object]]
) -> Any:
    """An object whose ``table(name)`` is sqlite-utils' Table ``name`` on ``conn``, whose
    writes open their transactions with ``atomic`` (the exercise connection's own)."""
    return _Tables(conn, atomic)
