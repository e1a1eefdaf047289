"""CSV tables as Excel and planners save them: the encoding and the delimiter found by looking."""

from __future__ import annotations

import csv
import io
import itertools
import unicodedata

from ttx_desktop.formats.msel_read import (
    MAX_COLUMNS,
    MAX_ROWS,
    CellValue,
    Grid,
    MselError,
    clean_cell,
)
from ttx_desktop.messages import msg

DELIMITERS = (",", ";", "\t", "|")
_NAMES = {"utf-8": "UTF-8", "utf-8-sig": msg("UTF-8 with BOM"), "utf-16": "UTF-16",
          "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "cp1251": "Windows-1251",
          "cp1252": "Windows-1252"}  # fmt: skip


def read_csv(data: bytes, source: str) -> tuple[Grid, list[str]]:
    """The rows of a CSV file and notes on how it was read."""
    text, encoding, mixed = decode(data, source)
    notes: list[str] = [msg("read as {encoding}", encoding=_NAMES.get(encoding, encoding))]
    if mixed:
        notes.append(
            msg("{count} lines were not UTF-8 and were read as {encoding}",
                count=mixed, encoding=_NAMES[encoding])
        )  # fmt: skip
    _refuse_binary(text, source)
    delimiter = sniff_delimiter(text)
    notes.append(
        msg("columns separated by tabs")
        if delimiter == "\t"
        else msg("columns separated by {mark!r}", mark=delimiter)
    )
    grid: Grid = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    wide = False
    try:
        for number, record in enumerate(reader, start=1):
            wide = wide or len(record) > MAX_COLUMNS
            cells: tuple[CellValue, ...] = tuple(
                clean_cell(c, source, number) for c in record[:MAX_COLUMNS]
            )
            if any(c is not None for c in cells):
                grid.append((number, cells))
                if len(grid) > MAX_ROWS:
                    said = msg("has more than {count:,} rows", count=MAX_ROWS)
                    raise MselError.at(source, said, number)
    except csv.Error as exc:
        said = msg("is not a CSV table we can read ({reason})", reason=str(exc))
        raise MselError.at(source, said, number + 1) from exc
    if wide:
        notes.append(msg("columns after the {count}th were left out", count=MAX_COLUMNS))
    return grid, notes


def decode(data: bytes, source: str) -> tuple[str, str, int]:
    """The text, the encoding it was read in, and how many lines needed another encoding.

    UTF-8 (with or without BOM) and UTF-16 (with BOM, or found by its zero bytes) are read
    as such; anything else is read line by line, as UTF-8 where a line is UTF-8 and else as
    Windows-1251 or Windows-1252, whichever the file's letters look like.
    """
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                          (b"\xfe\xff", "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return _strict(data, encoding, source), encoding, 0
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) >= 4 and max(even, odd) > len(sample) // 4 and min(even, odd) < 4:
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        return _strict(data, encoding, source), encoding, 0
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    fallback = "cp1251" if _looks_cyrillic(data) else "cp1252"
    out, fallen = [], 0
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode(fallback, errors="replace"))
            fallen += 1
    mixed = fallen if _non_ascii_utf8_lines(data.split(b"\n")) else 0
    return "\n".join(out), fallback, mixed


def _non_ascii_utf8_lines(lines: list[bytes]) -> int:
    """How many lines are UTF-8 with letters beyond ASCII (a file of mixed encodings)."""
    count = 0
    for line in lines:
        if any(b >= 0x80 for b in line):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            count += 1
    return count


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        said = msg("is not valid {encoding} text (at byte {byte})",
                   encoding=_NAMES.get(encoding, encoding), byte=exc.start)  # fmt: skip
        raise MselError.at(source, said) from exc


def _looks_cyrillic(data: bytes) -> bool:
    """Windows-1251 Russian keeps its letters (0xC0-0xFF) in runs; Western text has single
    accented letters among ASCII ones."""
    high = [b >= 0xC0 for b in data[:65536]]
    count = sum(high)
    if not count:
        return False
    runs = sum(1 for a, b in itertools.pairwise(high) if a and b)
    return runs / count > 0.4


def _refuse_binary(text: str, source: str) -> None:
    sample = text[:65536]
    control = sum(1 for c in sample if c not in "\t\n\r" and unicodedata.category(c) == "Cc")
    if control > max(8, len(sample) // 20) or "\ufffd" * 8 in sample:
        raise MselError.at(source, msg("holds binary data, not a table (is it a CSV file?)"))


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most cells in rows of one width."""
    head = text[:65536]
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
        try:
            rows = list(itertools.islice(reader, 60))
        except csv.Error:
            continue
        widths: dict[int, int] = {}
        for row in rows:
            filled = len([c for c in row if c.strip()])
            if len(row) > 1 and filled > 1:
                widths[len(row)] = widths.get(len(row), 0) + 1
        score = max((width * count for width, count in widths.items()), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best
