"""Old binary Excel 97-2003 (.xls) workbooks, read with xlrd under the same limits as .xlsx."""

from __future__ import annotations

from datetime import datetime
from typing import Any

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
from ttx_desktop.messages import msg

MAX_SHEETS = 200


def read_xls(data: bytes, source: str, sheet: Sheets) -> RawTable:
    """The MSEL in an .xls workbook, chosen among its sheets as in an .xlsx."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, formatting_info=False)
    except Exception as exc:  # xlrd raises many kinds on damaged or encrypted files
        said = msg(
            "is an old Excel (.xls) workbook we cannot read, perhaps one protected by a "
            "password ({reason}); save it as .xlsx or CSV and import that",
            reason=" ".join(str(exc).split())[:160] or type(exc).__name__,
        )
        raise MselError.at(source, said) from exc
    try:
        names = tuple(book.sheet_names())
        if not names:
            raise MselError.at(source, msg("holds no sheets"))
        if len(names) > MAX_SHEETS:
            said = msg("has {count:,} sheets; more than {limit} is refused", count=len(names),
                       limit=MAX_SHEETS)  # fmt: skip
            raise MselError.at(source, said)
        return read_sheets(
            source,
            names,
            sheet,
            lambda name: _grid(book, book.sheet_by_name(name), source),
            lambda name: book.sheet_by_name(name).visibility != 0,
        )
    except MselError:
        raise
    except Exception as exc:  # a sheet that fails part-way through
        said = msg("is not an Excel workbook we can read ({reason})", reason=type(exc).__name__)
        raise MselError.at(source, said) from exc
    finally:
        book.release_resources()


def _grid(book: Any, worksheet: Any, source: str) -> Grid:
    if worksheet.nrows > MAX_ROWS + 1:
        raise MselError.at(source, msg("has more than {count:,} rows", count=MAX_ROWS))
    width = min(worksheet.ncols, MAX_COLUMNS)
    grid: Grid = []
    for r in range(worksheet.nrows):
        cells = tuple(
            _cell(book, worksheet.cell_type(r, c), worksheet.cell_value(r, c), source, r + 1)
            for c in range(width)
        )
        if any(c is not None for c in cells):
            grid.append((r + 1, cells))
    return grid


def _cell(book: Any, kind: int, value: Any, source: str, line: int) -> CellValue:
    import xlrd

    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if kind == xlrd.XL_CELL_DATE:
        try:
            moment: datetime = xlrd.xldate.xldate_as_datetime(value, book.datemode)
        except (ValueError, OverflowError):
            return clean_cell(value, source, line)
        return moment
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_NUMBER and float(value).is_integer() and abs(value) < 1e15:
        return int(value)
    return clean_cell(value, source, line)
