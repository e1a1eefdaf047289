"""XLSX workbooks, checked as zip archives before openpyxl reads them in read-only mode."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from ttx_desktop.formats import safe_zip
from ttx_desktop.formats.msel_cells import unescape_xml
from ttx_desktop.formats.msel_read import (
    MAX_COLUMNS,
    MAX_ROWS,
    CellValue,
    Grid,
    MselError,
    RawTable,
    clean_cell,
)
from ttx_desktop.formats.msel_sheets import Sheets, read_sheets
from ttx_desktop.messages import message_of, msg

MAX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_SHEETS = 200
MAX_EMPTY_RUN = 1_000  # a sheet that claims a million rows ends after this many empty ones


def read_workbook(data: bytes, source: str, sheet: Sheets) -> RawTable:
    """The MSEL in an XLSX workbook: in ``sheet`` (or the sheets) named, else in the sheet
    (or the sheets, one per day) whose rows look most like injects."""
    check_archive(data, source)
    import openpyxl

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        said = msg("is not an Excel workbook we can read ({reason})", reason=_why(exc))
        raise MselError.at(source, said) from exc
    try:
        names = tuple(book.sheetnames)
        if not names:
            raise MselError.at(source, msg("holds no sheets"))
        notes: list[str] = []
        if any((book[n].max_column or 0) > MAX_COLUMNS for n in names):
            notes.append(msg("columns after the {count}th were left out", count=MAX_COLUMNS))
        return read_sheets(
            source,
            names,
            sheet,
            lambda name: _grid(book[name], source, None),
            lambda name: getattr(book[name], "sheet_state", "visible") != "visible",
            notes,
        )
    except MselError:
        raise
    except Exception as exc:  # a sheet that fails to parse part-way through
        said = msg("is not an Excel workbook we can read ({reason})", reason=_why(exc))
        raise MselError.at(source, said) from exc
    finally:
        book.close()


def check_archive(data: bytes, source: str) -> None:
    """Refuses zip bombs, XML with DOCTYPEs (entity bombs, external entities), too many
    sheets, and archives that are not workbooks, all before any XML is parsed."""
    try:
        names = safe_zip.check_archive(data, max_unpacked=MAX_UNCOMPRESSED)
        if "xl/workbook.xml" not in names:
            raise MselError.at(source, _not_a_workbook(names))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            workbook = archive.read("xl/workbook.xml")
    except safe_zip.UnsafeArchive as exc:
        raise MselError.at(source, message_of(exc)) from exc
    _count_sheets(workbook, source)


def _count_sheets(workbook: bytes, source: str) -> None:
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(workbook)
    except Exception as exc:  # defusedxml's refusals and plain syntax errors alike
        said = msg("has a damaged workbook part ({reason})", reason=_why(exc))
        raise MselError.at(source, said) from exc
    sheets = sum(1 for e in root.iter() if str(e.tag).endswith("}sheet"))
    if sheets > MAX_SHEETS:
        said = msg("has {count:,} sheets; more than {limit} is refused", count=sheets,
                   limit=MAX_SHEETS)  # fmt: skip
        raise MselError.at(source, said)


def _not_a_workbook(names: set[str]) -> str:
    if "content.xml" in names:
        return msg("is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import that")
    if "word/document.xml" in names:
        return msg("is a Word document, not a spreadsheet")
    return msg("is a zip archive but not an Excel workbook")


def _grid(worksheet: Any, source: str, limit: int | None) -> Grid:
    grid: Grid = []
    empty_run = 0
    for line, values in enumerate(_rows(worksheet), start=1):
        # Numbers and empty cells are kept as they are; only text needs cleaning.
        cells: tuple[CellValue, ...] = tuple(
            v if v is None or type(v) in _PLAIN else _cell(v, source, line)  # type: ignore[misc]
            for v in values
        )
        if all(c is None for c in cells):
            empty_run += 1
            if empty_run > MAX_EMPTY_RUN:
                break
            continue
        empty_run = 0
        grid.append((line, cells))
        if limit is not None and len(grid) >= limit:
            break
        if len(grid) > MAX_ROWS:
            raise MselError.at(source, msg("has more than {count:,} rows", count=MAX_ROWS), line)
    return grid


_PLAIN = frozenset({int, float, datetime})


def _rows(worksheet: Any) -> Iterator[Sequence[object]]:
    # Rows as the sheet holds them, cut at MAX_COLUMNS: asking openpyxl for MAX_COLUMNS
    # columns would pad every row with empty cells, which costs more than the cells read.
    for values in worksheet.iter_rows(min_col=1, values_only=True):
        yield values[:MAX_COLUMNS]


def _cell(value: object, source: str, line: int) -> CellValue:
    if isinstance(value, str):
        value = unescape_xml(value)
    return clean_cell(value, source, line)


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
