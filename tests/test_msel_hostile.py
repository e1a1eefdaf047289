"""Hostile and broken spreadsheets: each gives our own clear error or a result, never a
traceback, a hang or a memory blow-up, and nothing is written."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ttx_desktop.formats.msel_import import MselError, plan_import, read_table
from ttx_desktop.formats.msel_read import MAX_CELL, MAX_COLUMNS, MAX_FILE_BYTES

HEADER = ["No.", "Time", "Title", "Inject", "To"]


def workbook(rows: list[list[object]] | None = None) -> bytes:
    book = Workbook()
    book.properties.created = book.properties.modified = datetime(2026, 1, 1)
    sheet = book.active
    assert sheet is not None
    for row in rows or [HEADER, [1, "09:00", "A", "a", "X"]]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rezipped(data: bytes, parts: dict[str, bytes]) -> bytes:
    """The workbook with some parts replaced or added."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            if item.filename not in parts:
                target.writestr(item, source.read(item))
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


def refused(tmp_path: Path, name: str, data: bytes, *words: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    before = set(tmp_path.iterdir())
    with pytest.raises(MselError) as caught:
        read_table(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    for word in words:
        assert word in message
    assert set(tmp_path.iterdir()) == before
    return message


SHEET = "xl/worksheets/sheet1.xml"
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'.encode()
        for n in range(1, 10)
    )
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    b"</sheetData></worksheet>"
)
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


def test_zip_bomb(tmp_path: Path) -> None:
    out = io.BytesIO(workbook())
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/bomb.bin", "w") as stream,
    ):
        chunk = bytes(1024 * 1024)
        for _ in range(80):
            stream.write(chunk)
    assert len(out.getvalue()) < 1024 * 1024
    refused(tmp_path, "bomb.xlsx", out.getvalue(), "zip bomb")


@pytest.mark.parametrize("part", [SHEET, "xl/sharedStrings.xml", "xl/workbook.xml"])
@pytest.mark.parametrize("xml", [LAUGHS, EXTERNAL], ids=["laughs", "external"])
def test_xml_entities(tmp_path: Path, part: str, xml: bytes) -> None:
    refused(tmp_path, "entities.xlsx", rezipped(workbook(), {part: xml}), "refused as unsafe")


def test_entities_hidden_behind_a_long_prolog(tmp_path: Path) -> None:
    xml = LAUGHS.replace(b"<!DOCTYPE", b"<!--" + b"x" * 70_000 + b"--><!DOCTYPE", 1)
    refused(tmp_path, "hidden.xlsx", rezipped(workbook(), {SHEET: xml}), "we can read")


def test_thousands_of_sheets(tmp_path: Path) -> None:
    data = workbook()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        book = archive.read("xl/workbook.xml")
    many = b"".join(f'<sheet name="S{n}" sheetId="{n + 2}"/>'.encode() for n in range(5000))
    book = book.replace(b"</sheets>", many + b"</sheets>")
    refused(tmp_path, "sheets.xlsx", rezipped(data, {"xl/workbook.xml": book}), "5,001 sheets")


def test_thousands_of_columns(tmp_path: Path) -> None:
    wide = HEADER + [f"Extra {n}" for n in range(5000)]
    path = tmp_path / "wide.xlsx"
    path.write_bytes(workbook([wide, [1, "09:00", "A", "a", "X", *range(5000)]]))
    raw = read_table(path)
    assert len(raw.headers) == MAX_COLUMNS
    assert any("left out" in note for note in raw.notes)
    plan = plan_import(raw)
    assert plan.ok and plan.injects[0].title == "A"


def test_a_sheet_that_claims_a_million_rows(tmp_path: Path) -> None:
    data = workbook()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read(SHEET)
    sheet = sheet.replace(b'<dimension ref="A1:E2"/>', b'<dimension ref="A1:XFD1048576"/>')
    sheet = sheet.replace(
        b"</sheetData>", b'<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'
    )
    path = tmp_path / "tall.xlsx"
    path.write_bytes(rezipped(data, {SHEET: sheet}))
    assert [i.title for i in plan_import(read_table(path)).injects] == ["A"]


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("fake.xlsx", b"No.,Title\n1,A\n", ("not an Excel workbook",)),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), (".xls",)),
        ("empty.csv", b"", ("is empty",)),
        ("blank.csv", b" \r\n\r\n", ("is empty",)),
        ("binary.csv", bytes(range(256)) * 40, ("binary",)),
        ("image.csv", b"\x89PNG\r\n\x1a\n" + os.urandom(4000), ("binary",)),
        ("nul.csv", b"No.,Title\n" + b"\x00" * 3000, ("binary",)),
        ("cut.xlsx", workbook()[:700], ("damaged",)),
        ("garbage.xlsx", b"PK\x03\x04" + os.urandom(2000), ("damaged",)),
        ("notes.csv", b"just some words\nand more words\n", ("no header row",)),
        ("bad16.csv", b"\xff\xfeN\x00o\x00\x00\xd8", ("not valid UTF-16",)),
    ],
)
def test_broken_files(tmp_path: Path, name: str, data: bytes, words: tuple[str, ...]) -> None:
    refused(tmp_path, name, data, *words)


def test_other_zip_formats(tmp_path: Path) -> None:
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    refused(tmp_path, "table.xlsx", ods.getvalue(), "OpenDocument")


def test_gigantic_fields(tmp_path: Path) -> None:
    refused(tmp_path, "huge.csv", b"No.,Title\n1," + b"x" * (MAX_CELL + 10) + b"\n", "characters")
    unclosed = b'No.,Title\n1,"' + b"never closed " * 20_000
    refused(tmp_path, "unclosed.csv", unclosed, "CSV")


def test_a_file_too_large_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 10)
    with pytest.raises(MselError, match="too large"):
        read_table(path)


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MselError, match="is a folder"):
        read_table(tmp_path)
    with pytest.raises(MselError, match="no such file"):
        read_table(tmp_path / "nope.csv")


def test_a_few_nul_bytes_still_read(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"No.,Title,Inject\n1,A\x00,a\n")
    assert [i.title for i in plan_import(read_table(path)).injects] == ["A\x00"]


def _any_result_or_our_error(path: Path) -> None:
    try:
        plan_import(read_table(path))
    except MselError as exc:
        assert str(exc).startswith(str(path))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000) | st.text(max_size=2000).map(str.encode))
def test_any_bytes_as_csv(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    _any_result_or_our_error(path)


CELLS = st.one_of(
    st.none(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), max_size=20),
    st.sampled_from(["09:30", "T+0:30", "Day 2 0930", "210900AUG2011", "Module 1", "#", "To"]),
    st.datetimes(), st.times(),
)  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(CELLS, max_size=6), max_size=6))
def test_any_cells_in_a_workbook(tmp_path: Path, rows: list[list[object]]) -> None:
    path = tmp_path / "any.xlsx"
    path.write_bytes(workbook([HEADER, *rows]))
    _any_result_or_our_error(path)


ORIGINAL = workbook()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_damaged_workbooks(tmp_path: Path, data: st.DataObject) -> None:
    original = ORIGINAL
    start = data.draw(st.integers(0, len(original) - 1))
    noise = data.draw(st.binary(min_size=1, max_size=64))
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(original[:start] + noise + original[start + len(noise) :])
    _any_result_or_our_error(path)


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
def test_a_bomb_stays_within_memory_and_time(tmp_path: Path) -> None:
    """The importer, as a real process with 1 GB of address space, refuses a zip bomb."""
    out = io.BytesIO(workbook())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b"a" * (70 * 1024 * 1024) + b"</sst>")
    table = tmp_path / "bomb.xlsx"
    table.write_bytes(out.getvalue())

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    result = subprocess.run(
        [sys.executable, "-m", "ttx_desktop", "import-msel", str(table), "-o",
         str(tmp_path / "x.ttxdb")],
        capture_output=True, text=True, timeout=120, preexec_fn=limit, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "zip bomb" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.ttxdb").exists()


# -- old binary .xls: xlrd, under the same limits ------------------------------------------

OLD_XLS = Path(__file__).parent / "data" / "real" / "old_binary.xls"


def test_an_old_xls_over_the_row_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ttx_desktop.formats import msel_xls

    monkeypatch.setattr(msel_xls, "MAX_ROWS", 3)
    with pytest.raises(MselError, match="has more than 3 rows"):
        read_table(OLD_XLS)


def test_an_old_xls_keeps_only_the_first_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    from ttx_desktop.formats import msel_xls

    monkeypatch.setattr(msel_xls, "MAX_COLUMNS", 3)
    assert len(read_table(OLD_XLS).headers) == 3


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_damaged_old_xls(tmp_path: Path, data: st.DataObject) -> None:
    """An .xls cut, overwritten or padded anywhere: a result or our own error, never a
    traceback."""
    good = OLD_XLS.read_bytes()
    at = data.draw(st.integers(0, len(good) - 1))
    junk = data.draw(st.binary(min_size=1, max_size=64))
    damaged = data.draw(st.sampled_from([good[:at], good[:at] + junk + good[at + len(junk) :]]))
    path = tmp_path / "damaged.xls"
    path.write_bytes(damaged or b"\xd0\xcf\x11\xe0")
    try:
        plan_import(read_table(path))
    except MselError as exc:
        assert "Traceback" not in str(exc)
