"""The MSEL written out as a spreadsheet (XLSX or CSV): one row per inject with every field.

The headers are ones the importer knows, lists are written so they split back exactly,
and text a spreadsheet would run as a formula gets a leading apostrophe, which the importer
takes off again: importing an exported MSEL gives back the same injects.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ttx_desktop.domain.ids import to_iso
from ttx_desktop.domain.model import Exercise, Inject
from ttx_desktop.formats.msel_cells import (
    LINE_SEPARATORS,
    OBJECTIVE_SEPARATORS,
    TARGET_SEPARATORS,
    escape_xml,
    guard,
    join_items,
)
from ttx_desktop.formats.msel_read import column_letter
from ttx_desktop.formats.msel_times import clock_text
from ttx_desktop.formats.times import format_offset, parse_time_of_day

Cell = str | int | None

# (header, width in characters, wrapped): the importer maps each header to its field.
COLUMNS: tuple[tuple[str, int, bool], ...] = (
    ("No.", 6, False),
    ("Module", 8, False),
    ("Module title", 18, True),
    ("Day", 6, False),
    ("Time", 8, False),
    ("Exercise clock", 10, False),
    ("Pinned", 8, False),
    ("Scenario time", 14, True),
    ("Title", 30, True),
    ("Inject", 60, True),
    ("From", 18, True),
    ("To", 22, True),
    ("Method", 11, False),
    ("Expected actions", 40, True),
    ("Objectives", 14, True),
    ("Notes", 30, True),
    ("Attachments", 20, True),
    ("Status", 10, False),
    ("Released (clock)", 12, False),
    ("Released at (UTC)", 22, False),
)
HEADERS = tuple(c[0] for c in COLUMNS)


def msel_rows(exercise: Exercise) -> list[list[Cell]]:
    """The header row and one row per inject, in the order of the timeline."""
    rows: list[list[Cell]] = [list(HEADERS)]
    for inject in sorted(exercise.injects, key=lambda i: (i.position, i.number)):
        rows.append(_row(exercise, inject))
    return rows


def _row(exercise: Exercise, inject: Inject) -> list[Cell]:
    module = exercise.module(inject.module_id)
    start = parse_time_of_day(module.start) if module and module.start else None
    teams = [t.name for t in map(exercise.team, inject.target_team_ids) if t is not None]
    objectives = [o.code for o in map(exercise.objective, inject.objective_ids) if o is not None]
    return [
        inject.number,
        module.number if module else None,
        module.title if module else "",
        module.day if module else None,
        clock_text(start * 60 + inject.planned_s) if start is not None else "",
        format_offset(inject.planned_s),
        inject.pinned,
        inject.scenario_time,
        inject.title,
        inject.text,
        inject.source,
        join_items(teams, TARGET_SEPARATORS, ", "),
        inject.method.value,
        join_items(inject.expected_actions, LINE_SEPARATORS, "\n", bullets=True),
        join_items(objectives, OBJECTIVE_SEPARATORS, "; "),
        inject.facilitator_notes,
        join_items(inject.attachments, LINE_SEPARATORS, "\n"),
        inject.status.value.capitalize(),
        format_offset(inject.released_s) if inject.released_s is not None else "",
        to_iso(inject.released_at) if inject.released_at is not None else "",
    ]


def msel_csv(exercise: Exercise) -> bytes:
    """The MSEL as CSV in UTF-8 with a BOM, so that Excel reads Cyrillic right."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in msel_rows(exercise):
        writer.writerow(["" if c is None else guard(c) if isinstance(c, str) else c for c in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def msel_xlsx(exercise: Exercise) -> bytes:
    """The MSEL as an Excel workbook: a frozen, filtered header row, columns sized to fit,
    long text wrapped, and the exercise's handling caveat in the printed header and footer."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    rows = msel_rows(exercise)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "MSEL"
    bold, fill = Font(bold=True), PatternFill("solid", start_color="D9E1F2")
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str):
                cell.value = escape_xml(guard(value))
                cell.data_type = "s"  # never a formula, whatever it starts with
            else:
                cell.value = value
            cell.alignment = wrap if COLUMNS[c - 1][2] else top
            if r == 1:
                cell.font, cell.fill = bold, fill
    last = column_letter(len(HEADERS) - 1)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows)}"
    for index, width in enumerate(_widths(rows)):
        sheet.column_dimensions[column_letter(index)].width = width
    _page_setup(sheet, exercise.details.caveat)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _widths(rows: Sequence[Sequence[Cell]]) -> list[int]:
    """Each column as wide as its longest first line, within the width set for it."""
    widths = []
    for index, (header, limit, _) in enumerate(COLUMNS):
        longest = max(
            (len(str(row[index]).split("\n", 1)[0]) for row in rows[1:] if row[index] is not None),
            default=0,
        )
        widths.append(max(len(header) + 2, min(longest + 2, limit)))
    return widths


def _page_setup(sheet: object, caveat: str) -> None:
    from typing import Any

    page: Any = sheet
    page.page_setup.orientation = "landscape"
    page.page_setup.fitToWidth = 1
    page.page_setup.fitToHeight = 0
    page.sheet_properties.pageSetUpPr.fitToPage = True
    page.print_title_rows = "1:1"
    if caveat.strip():
        text = escape_xml(caveat.replace("&", "&&"))[:200]
        page.oddHeader.center.text = text
        page.oddFooter.center.text = text
    page.oddFooter.right.text = "&P / &N"
