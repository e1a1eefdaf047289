"""Reading the live log a page at a time: filters, text search and ordering done in SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ttx_desktop.domain.ids import to_iso
from ttx_desktop.domain.model import EntryKind, EntryTag, LogEntry
from ttx_desktop.storage import rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import DamagedFile
from ttx_desktop.storage.reading import reading

PAGE = 200

# Entries are ordered by the time they were logged; the id breaks ties so that the order is
# total, and a page can start right after the last entry of the page before (keyset paging).
_ORDER = {True: "logged_at DESC, id DESC", False: "logged_at ASC, id ASC"}
_AFTER = {True: "(logged_at, id) < (?, ?)", False: "(logged_at, id) > (?, ?)"}
_BEFORE = {True: "(logged_at, id) > (?, ?)", False: "(logged_at, id) < (?, ?)"}

# True when a revision changed what the entry says (kind, text, team, inject, author), as
# opposed to only tagging, deleting or restoring it: the "edited" marker of the live log.
_EDITED = """EXISTS (
    SELECT 1 FROM log_revision AS a
    JOIN log_revision AS b ON b.entry_id = a.entry_id AND b.revision = a.revision - 1
    WHERE a.entry_id = log_entry.id AND (
        a.text IS NOT b.text OR a.kind IS NOT b.kind OR a.team_id IS NOT b.team_id
        OR a.inject_id IS NOT b.inject_id OR a.author IS NOT b.author))"""

_FOLD = "ttx_casefold"  # SQLite's LIKE ignores case only for ASCII; this folds any script


def _casefold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


@dataclass(frozen=True)
class LogFilter:
    """Which entries the live log shows, and in what order.

    Empty sets mean "any". ``team_ids`` may hold None for entries logged without a team.
    ``search`` matches every word, ignoring case, anywhere in the text or the author.
    """

    team_ids: frozenset[str | None] = frozenset()
    kinds: frozenset[EntryKind] = frozenset()
    tags: frozenset[EntryTag] = frozenset()
    inject_id: str | None = None
    module_id: str | None = None
    search: str = ""
    include_deleted: bool = False
    newest_first: bool = True


@dataclass(frozen=True)
class LogRow:
    """One entry as the live log shows it: its current state and whether it was edited."""

    entry: LogEntry
    edited: bool = False
    revision: int = field(default=1, compare=False)


@dataclass(frozen=True)
class ReadablePage:
    """The readable entries of one page; ``covered`` counts every entry the page spans,
    readable or not, and ``damage`` says why some were left out (None when none were)."""

    rows: list[LogRow]
    covered: int
    damage: DamagedFile | None


def like_pattern(word: str) -> str:
    r"""A LIKE pattern that finds ``word`` literally anywhere (escape character ``\``)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# How a word is searched, by what the file holds (schema version 5 keeps a folded copy of
# each entry's text and author in ``search_text``, NULL where a writer left it stale):
# FOLDED, every entry has it; SOME, a few lack it and are folded as they are read; NONE, a
# file of an older version opened read-only, with no such column.
FOLDED, SOME, NONE = "folded", "some", "none"
_RAW = (
    "(text LIKE ? ESCAPE '\\' OR author LIKE ? ESCAPE '\\')",
    f"({_FOLD}(text) LIKE ? ESCAPE '\\' OR {_FOLD}(author) LIKE ? ESCAPE '\\')",
)


def _word(word: str, folded: str) -> tuple[str, list[Any]]:
    """The clause finding ``word``, ignoring case, in the text or the author."""
    pattern = like_pattern(word.casefold())
    # Plain LIKE ignores the case of ASCII letters only; other words go through casefold.
    raw, raw_params = (
        (_RAW[0], [like_pattern(word)] * 2) if word.isascii() else (_RAW[1], [pattern] * 2)
    )
    if folded == NONE:
        return raw, raw_params
    clause = "search_text LIKE ? ESCAPE '\\'"
    if folded == FOLDED:
        return clause, [pattern]
    return f"({clause} OR (search_text IS NULL AND {raw}))", [pattern, *raw_params]


def _where(flt: LogFilter, folded: str = NONE) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not flt.include_deleted:
        clauses.append("deleted = 0")
    if flt.team_ids:
        named = sorted(t for t in flt.team_ids if t is not None)
        if None not in flt.team_ids:
            clauses.append(f"team_id IN ({', '.join('?' * len(named))})")
        else:  # unary + keeps SQLite on the time index, which pages in order without sorting
            held = f"+team_id IN ({', '.join('?' * len(named))}) OR " if named else ""
            clauses.append(f"({held}+team_id IS NULL)")
        params.extend(named)
    for column, values in (("kind", flt.kinds), ("tag", flt.tags)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(sorted(v.value for v in values))
    if flt.inject_id is not None:
        clauses.append("inject_id = ?")
        params.append(flt.inject_id)
    if flt.module_id is not None:
        clauses.append("module_id = ?")
        params.append(flt.module_id)
    for word in flt.search.split():
        clause, word_params = _word(word, folded)
        clauses.append(clause)
        params.extend(word_params)
    return (" AND ".join(clauses) or "1"), params


class LogQuery:
    """Counts and pages through log entries that match a LogFilter, fast on large logs.

    Reads only; LogRepo writes. Every filter but the text search is served by the indexes
    on ``logged_at`` and on team, inject and module. A stored value TTX Desktop cannot read
    raises DamagedFile naming the file (``path``, else the file ``db`` is open on).
    """

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path
        db.conn.create_function(_FOLD, 1, _casefold, deterministic=True)
        columns = {r[1] for r in db.execute("PRAGMA table_info(log_entry)").fetchall()}
        self._has_search_text = "search_text" in columns

    def _where(self, flt: LogFilter) -> tuple[str, list[Any]]:
        if not flt.search.split():
            return _where(flt)
        if not self._has_search_text:
            return _where(flt, NONE)
        return _where(flt, SOME if self._any_stale() else FOLDED)

    def _any_stale(self) -> bool:
        """Whether some entry lacks its search text; the partial index of those answers at
        once (SQLite would rather scan the time index, which holds the column too)."""
        sql = "SELECT 1 FROM log_entry {} WHERE search_text IS NULL LIMIT 1"
        with reading(self._db, self._path):
            try:
                return bool(self._db.execute(sql.format("INDEXED BY log_entry_to_fold")).fetchall())
            except sqlite3.OperationalError as exc:
                if "no such index" not in str(exc):
                    raise
            return bool(self._db.execute(sql.format("")).fetchall())  # the index was dropped

    def count(self, flt: LogFilter) -> int:
        where, params = self._where(flt)
        return int(self._execute(f"SELECT count(*) FROM log_entry WHERE {where}", params)[0][0])

    def page(
        self,
        flt: LogFilter,
        *,
        offset: int = 0,
        limit: int = PAGE,
        after: LogEntry | None = None,
    ) -> list[LogRow]:
        """Up to ``limit`` matching entries in the filter's order.

        They start ``offset`` entries in, or, given ``after``, right after that entry (which
        stays fast deep into a long log and is not upset by entries logged meanwhile).
        """
        sql, params = self._page_sql(f"*, {_EDITED} AS edited", flt, offset, limit, after)
        return self._query(sql, params)

    def readable_page(
        self, flt: LogFilter, *, limit: int = PAGE, after: LogEntry | None = None
    ) -> ReadablePage:
        """Like ``page``, but an entry that cannot be read is left out instead of failing the
        whole page: the log view shows every good entry of a damaged file, and says why some
        are missing (``damage``). Raises DamagedFile only when not even the ids can be read."""
        try:
            found = self.page(flt, limit=limit, after=after)
        except DamagedFile as damage:
            sql, params = self._page_sql("id", flt, 0, limit, after)
            ids = [str(r[0]) for r in self._execute(sql, params)]
            good: list[LogRow] = []
            for entry_id in ids:
                try:
                    row = self.row(entry_id)
                except DamagedFile:
                    continue
                if row is not None:
                    good.append(row)
            return ReadablePage(good, len(ids), damage)
        return ReadablePage(found, len(found), None)

    def _page_sql(
        self, columns: str, flt: LogFilter, offset: int, limit: int, after: LogEntry | None
    ) -> tuple[str, list[Any]]:
        where, params = self._where(flt)
        if after is not None:
            where += f" AND {_AFTER[flt.newest_first]}"
            params += [to_iso(after.logged_at), after.id]
        sql = (
            f"SELECT {columns} FROM log_entry WHERE {where} "
            f"ORDER BY {_ORDER[flt.newest_first]} LIMIT ? OFFSET ?"
        )
        return sql, [*params, limit, offset]

    def plan(self, flt: LogFilter) -> tuple[list[str], list[str]]:
        """How SQLite reads the first page and the count of ``flt``: the details of EXPLAIN
        QUERY PLAN, which say which index serves each filter."""
        sql, params = self._page_sql("*", flt, 0, PAGE, None)
        where, count_params = self._where(flt)
        count = f"SELECT count(*) FROM log_entry WHERE {where}"
        return (
            [str(r[3]) for r in self._execute(f"EXPLAIN QUERY PLAN {sql}", params)],
            [str(r[3]) for r in self._execute(f"EXPLAIN QUERY PLAN {count}", count_params)],
        )

    def row(self, entry_id: str) -> LogRow | None:
        """One entry by id, whatever the filter."""
        found = self._query(
            f"SELECT *, {_EDITED} AS edited FROM log_entry WHERE id = ?", [entry_id]
        )
        return found[0] if found else None

    def position(self, flt: LogFilter, entry_id: str) -> int | None:
        """Where the entry stands among the matching entries (0 is first), or None if it
        does not match the filter (or does not exist)."""
        where, params = self._where(flt)
        found = self._execute(
            f"SELECT logged_at, id FROM log_entry WHERE id = ? AND {where}", [entry_id, *params]
        )
        if not found:
            return None
        logged_at, key = found[0]
        before = self._execute(
            f"SELECT count(*) FROM log_entry WHERE {where} AND {_BEFORE[flt.newest_first]}",
            [*params, logged_at, key],
        )
        return int(before[0][0])

    def _execute(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with reading(self._db, self._path):
            return list(self._db.execute(sql, list(params)).fetchall())

    def _query(self, sql: str, params: Sequence[Any]) -> list[LogRow]:
        with reading(self._db, self._path):
            cursor = self._db.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [_row(dict(zip(names, values, strict=True))) for values in cursor.fetchall()]


def _row(r: dict[str, Any]) -> LogRow:
    return LogRow(entry=rows.entry_from(r), edited=bool(r["edited"]), revision=r["revision"])
