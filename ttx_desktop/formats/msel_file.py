"""An MSEL spreadsheet file (CSV, XLSX or XLS, told by its first bytes) read into a raw table.

``msel_read`` holds the table it becomes and the checks every reader shares; this module
picks the reader, so the readers and the table they make never import each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ttx_desktop.formats import msel_csv, msel_xls, msel_xlsx
from ttx_desktop.formats.msel_read import (
    MAX_FILE_BYTES,
    XLSX_SUFFIXES,
    MselError,
    RawTable,
    table_from_grid,
)
from ttx_desktop.messages import msg, reason_of


def read_table(path: Path | str, sheet: str | Sequence[str] | None = None) -> RawTable:
    """The MSEL table in the CSV, XLSX or XLS file at ``path``: for a workbook, in ``sheet``
    if given (several sheets are read together, one per day), else in the sheet or sheets
    that look most like an MSEL. Raises MselError."""
    path = Path(path)
    source = str(path)
    data = _read_bytes(path, source)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return msel_xlsx.read_workbook(data, source, sheet)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return msel_xls.read_xls(data, source, sheet)
    if path.suffix.lower() in XLSX_SUFFIXES:
        raise MselError.at(
            source,
            msg("is not an Excel workbook: an .xlsx file is a zip archive and this is not"),
        )
    if sheet is not None:
        named = sheet if isinstance(sheet, str) else ", ".join(sheet)
        said = msg("is a CSV file, which has no sheets (--sheet {sheet})", sheet=named)
        raise MselError.at(source, said)
    grid, notes = msel_csv.read_csv(data, source)
    return table_from_grid(source, grid, notes=notes)


def _read_bytes(path: Path, source: str) -> bytes:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError as exc:
        raise MselError.at(source, msg("is a folder, not a file")) from exc
    except FileNotFoundError as exc:
        raise MselError.at(source, msg("no such file")) from exc
    except OSError as exc:
        said = msg("cannot be read ({reason})", reason=reason_of(exc))
        raise MselError.at(source, said) from exc
    if len(data) > MAX_FILE_BYTES:
        said = msg("is too large for an MSEL (over {size:,} bytes)", size=MAX_FILE_BYTES)
        raise MselError.at(source, said)
    if not data.strip():
        raise MselError.at(source, msg("is empty"))
    return data
