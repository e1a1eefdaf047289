"""An MSEL spreadsheet as a raw table (header and rows), and the checks its readers share.

Nothing here knows what the columns mean beyond finding the header; ``msel_import`` maps
columns to inject fields. Every limit is checked while reading, so a hostile file ends in
an ``MselError`` that names it, never in a traceback, a hang or a memory blow-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ttx_desktop.formats.msel_cells import unguard
from ttx_desktop.formats.msel_columns import header_score
from ttx_desktop.formats.problems import DefinitionError, Problem
from ttx_desktop.messages import msg

CellValue = str | int | float | bool | datetime | date | time | timedelta | None

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_CELL = 100_000
HEADER_SEARCH = 40
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


class MselError(DefinitionError):
    """An MSEL table that cannot be read or imported; nothing was written."""

    @classmethod
    def at(cls, source: str, message: str, line: int | None = None, field: str = "") -> MselError:
        return cls([Problem(source, line, field, message)])


@dataclass(frozen=True)
class RawRow:
    """One row below the header: its row number as a spreadsheet shows it, and its cells."""

    line: int
    cells: tuple[CellValue, ...]
    sheet: str = ""  # set when the table joins several sheets (one per day)

    def cell(self, index: int) -> CellValue:
        return self.cells[index] if index < len(self.cells) else None

    @property
    def empty(self) -> bool:
        return all(blank(c) for c in self.cells)


@dataclass(frozen=True)
class RawTable:
    """What a spreadsheet holds, before any column is given a meaning.

    ``headers`` has one text per column (a blank header reads "Column F"); ``notes`` says
    how the file was read (encoding, delimiter, which sheet among several, what was left).
    """

    source: str
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    header_line: int
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    title_lines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sheets_read: tuple[str, ...] = ()  # when rows come from several sheets
    sheets_aside: tuple[tuple[str, str], ...] = ()  # (sheet, why it was not read)


# A sheet or file as read: (row number, cells) of each row that holds anything.
Grid = list[tuple[int, tuple[CellValue, ...]]]


def clean_cell(value: object, source: str, line: int) -> CellValue:
    """A cell value as we keep it: text unguarded, blanks as None, sizes checked."""
    if value is None or isinstance(value, int | float | datetime | date | time | timedelta):
        return value
    text = str(value)
    if len(text) > MAX_CELL:
        said = msg("a cell holds over {size:,} characters", size=MAX_CELL)
        raise MselError.at(source, said, line)
    text = unguard(text)
    return text or None


def blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def table_from_grid(
    source: str,
    grid: Grid,
    *,
    sheet: str = "",
    sheets: Sequence[str] = (),
    notes: Sequence[str] = (),
) -> RawTable:
    """The table in ``grid``: its header found below any title block, its rows after it."""
    grid = [(line, _trimmed(cells)) for line, cells in grid]
    grid = [(line, cells) for line, cells in grid if cells]
    if not grid:
        said = (
            msg("holds no rows in sheet {sheet!r}", sheet=sheet) if sheet else msg("holds no rows")
        )
        raise MselError.at(source, said)
    index, labels, used = find_header(grid)
    if index is None:
        raise MselError.at(
            source,
            msg(
                "has no header row in its first rows (expected column names such as "
                "No., Time, Title, Inject, To)"
            ),
        )
    width = max([len(labels)] + [len(cells) for _, cells in grid[index + used :]])
    headers = tuple(
        (labels[i] if i < len(labels) and labels[i] else f"Column {column_letter(i)}")
        for i in range(width)
    )
    title = tuple(
        " ".join(str(c).strip() for c in cells if not blank(c)) for _, cells in grid[:index]
    )
    return RawTable(
        source=source,
        headers=headers,
        rows=tuple(RawRow(line, cells) for line, cells in grid[index + used :]),
        header_line=grid[index + used - 1][0],
        sheet=sheet,
        sheets=tuple(sheets),
        title_lines=tuple(t for t in title if t),
        notes=tuple(notes),
    )


def _trimmed(cells: Sequence[CellValue]) -> tuple[CellValue, ...]:
    end = len(cells)
    while end and blank(cells[end - 1]):
        end -= 1
    return tuple(cells[:end])


def find_header(grid: Grid) -> tuple[int | None, list[str], int]:
    """Where the header is among the first rows: (index, column labels, rows it spans).

    The header is the row naming the most MSEL fields; a second header row under merged
    cells ("Time" over "Planned" and "Actual") is joined to it ("Time Planned").
    """
    search = grid[:HEADER_SEARCH]
    scores = [header_score(cells) for _, cells in search]
    best = max(range(len(search)), key=lambda i: (scores[i], -i))
    if scores[best] < 1.5:
        plain = [i for i, (_, cells) in enumerate(search) if _header_like(cells, minimum=2)]
        if not plain:
            return None, [], 0
        best = plain[0]
    labels, used, score = [_label(c) for c in search[best][1]], 1, scores[best]
    for upper in (best - 1, best):
        if upper < 0 or upper + 1 >= len(search):
            continue
        joined = _joined(search[upper][1], search[upper + 1][1])
        if joined is not None and header_score(joined) >= score:
            return upper, joined, 2
    return best, labels, used


def _label(cell: CellValue) -> str:
    return " ".join(str(cell).split()) if not blank(cell) else ""


def _header_like(cells: Sequence[CellValue], minimum: int = 1) -> bool:
    texts = [c for c in cells if not blank(c)]
    return len(texts) >= minimum and all(
        isinstance(c, str) and len(c) <= 80 and not c.strip().replace(":", "").isdecimal()
        for c in texts
    )


def _joined(upper: Sequence[CellValue], lower: Sequence[CellValue]) -> list[str] | None:
    """Two header rows as one, when they have the shape merged header cells leave."""
    if not (_header_like(upper, minimum=1) and _header_like(lower, minimum=1)):
        return None
    width = max(len(upper), len(lower))
    top = [_label(upper[i]) if i < len(upper) else "" for i in range(width)]
    bottom = [_label(lower[i]) if i < len(lower) else "" for i in range(width)]
    spans = any(
        not top[j] and bottom[j] and any(top[:j]) and bottom[j - 1] for j in range(1, width)
    )
    if not spans:
        return None
    out: list[str] = []
    parent = ""
    for j in range(width):
        if top[j]:
            parent = top[j]
        elif not bottom[j]:
            parent = ""
        group = top[j] or (parent if bottom[j] else "")
        out.append(" ".join(p for p in (group, bottom[j]) if p))
    return out


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 is A, 27 is AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
