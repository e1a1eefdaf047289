"""Hostile exercise files (to open or to merge), Word templates and MSEL tables: each gives a
result or our own error naming the file, never a traceback, and changes nothing when it fails.

A few examples run in the normal suite; the marked variants run thousands
(``./dev stress``; TTX_HYPOTHESIS_EXAMPLES sets how many).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.storage_helpers import sha256, small_exercise
from ttx_desktop.errors import UserError
from ttx_desktop.exporters.options import ExportError
from ttx_desktop.exporters.template import open_base
from ttx_desktop.formats.msel_import import MselError, plan_import, read_table
from ttx_desktop.formats.safe_zip import MAX_UNPACKED
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.merge import merge_file
from ttx_desktop.storage.schema_check import MAX_VALUE_BYTES

FEW = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
MANY = settings(
    max_examples=int(os.environ.get("TTX_HYPOTHESIS_EXAMPLES", "2000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)

_BASE: dict[str, bytes] = {}


def _base_file() -> bytes:
    """The bytes of a small, good exercise file (made once)."""
    if "file" not in _BASE:
        folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"ttx-hostile-{os.getpid()}"
        folder.mkdir(exist_ok=True)
        path = folder / "base.ttxdb"
        path.unlink(missing_ok=True)
        ExerciseFile.create(path, small_exercise()).close()
        _BASE["file"] = path.read_bytes()
        shutil.rmtree(folder)
    return _BASE["file"]


# --- .ttxdb with hostile schemas and values ---------------------------------------------------

HOSTILE_SQL = (
    "CREATE TRIGGER evil AFTER INSERT ON log_entry BEGIN UPDATE log_entry SET text = ''; END",
    "CREATE TRIGGER sneaky BEFORE INSERT ON log_revision BEGIN SELECT RAISE(IGNORE); END",
    "DROP TRIGGER log_entry_is_kept",
    "CREATE VIEW peek AS SELECT load_extension('/tmp/x')",
    "CREATE VIEW v AS SELECT * FROM log_entry",
    "CREATE UNIQUE INDEX one_kind ON log_entry(kind)",
    "CREATE TABLE extra (x)",
    "DROP TABLE room_token; CREATE VIEW room_token AS SELECT 'a' role, 'b' token, 'c' changed_at",
    "ALTER TABLE log_entry DROP COLUMN source",  # author: a trigger reads it, SQLite refuses
    "ALTER TABLE inject ADD COLUMN secret TEXT",
    "UPDATE exercise SET title = zeroblob(40000000)",
    f"UPDATE exercise SET purpose = printf('%.{MAX_VALUE_BYTES + 10}c', 'x')",
    "UPDATE inject SET expected_actions = '{not json'",
    "UPDATE log_entry SET kind = 'zzz'",
    "UPDATE log_entry SET logged_at = 'yesterday'",
    "UPDATE inject SET status = 'exploded'",
    "UPDATE exercise SET title = 5",
    "UPDATE exercise SET title = NULL",
    "UPDATE team SET colour = x'00ff'",
    "UPDATE objective SET id = CAST(x'ff626a2d31' AS TEXT)",
    "UPDATE log_entry SET text = CAST(x'c328' AS TEXT)",
    "UPDATE exercise SET title = CAST(x'80' AS TEXT)",
    "PRAGMA writable_schema = ON; UPDATE sqlite_master SET name = CAST(x'ff6978' AS TEXT) "
    "WHERE type = 'index' AND rowid = (SELECT min(rowid) FROM sqlite_master WHERE type = 'index')",
    "UPDATE module SET number = 'one'",
    "DELETE FROM exercise",
    "PRAGMA application_id = 1",
    "PRAGMA user_version = 99",
    "PRAGMA user_version = 0",
    "UPDATE feedback SET ratings = '[1, 2]'",
    "INSERT INTO feedback (id, submitted_at, ratings) VALUES ('f', 'x', '{\"a\": \"b\"}')",
)


def _hostile(folder: Path, statements: list[str]) -> Path:
    path = folder / "hostile.ttxdb"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(_base_file())
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            with contextlib.suppress(sqlite3.Error):  # one the earlier ones made impossible
                conn.executescript(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def _opened_or_refused(path: Path) -> None:
    """Open for writing and load: a result or our own error naming the file."""
    try:
        with ExerciseFile.open(path) as ex:
            ex.exercise.load()
    except UserError as exc:
        assert str(path) in str(exc)


def _merged_or_refused(folder: Path, other: Path) -> None:
    """Merge into a good file: a result, or our own error and the target byte-identical."""
    target = folder / "target.ttxdb"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.write_bytes(_base_file())
    before = sha256(target)
    with ExerciseFile.open(target) as ex:
        try:
            merge_file(ex, other)
        except UserError as exc:
            assert str(other) in str(exc)
            failed = True
        else:
            failed = False
    if failed:
        assert sha256(target) == before


@pytest.mark.parametrize("statement", HOSTILE_SQL)
def test_each_hostile_file_is_refused_or_read(tmp_path: Path, statement: str) -> None:
    path = _hostile(tmp_path, [statement])
    _merged_or_refused(tmp_path, path)
    _opened_or_refused(path)


@pytest.mark.parametrize(
    "statement", [s for s in HOSTILE_SQL if s.startswith(("CREATE", "DROP", "ALTER"))]
)
def test_a_changed_schema_is_refused_before_use(tmp_path: Path, statement: str) -> None:
    path = _hostile(tmp_path, [statement])
    before = sha256(path)
    with pytest.raises(UserError, match="changed outside TTX Desktop"):
        ExerciseFile.open(path)
    assert sha256(path) == before


@pytest.mark.parametrize("statement", [s for s in HOSTILE_SQL if "zeroblob" in s or "%." in s])
def test_a_huge_value_is_refused_without_reading_it(tmp_path: Path, statement: str) -> None:
    path = _hostile(tmp_path, [statement])
    with pytest.raises(UserError, match="over 16 MB"):
        ExerciseFile.open(path, readonly=True)


def _hostile_files(draw: st.DrawFn, folder: Path) -> Path:
    return _hostile(folder, draw(st.lists(st.sampled_from(HOSTILE_SQL), max_size=4)))


@st.composite
def _flipped(draw: st.DrawFn) -> bytes:
    data = bytearray(_base_file())
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    return bytes(data)


def _ttxdb_property(folder: Path, statements: list[str], flipped: bytes | None) -> None:
    path = _hostile(folder, statements)
    if flipped is not None:
        path.write_bytes(flipped)
    _merged_or_refused(folder, path)
    _opened_or_refused(path)


@FEW
@given(st.lists(st.sampled_from(HOSTILE_SQL), max_size=4), st.none() | _flipped())
def test_hostile_exercise_files(
    tmp_path: Path, statements: list[str], flipped: bytes | None
) -> None:
    _ttxdb_property(tmp_path, statements, flipped)


@pytest.mark.slow
@MANY
@given(st.lists(st.sampled_from(HOSTILE_SQL), max_size=6), st.none() | _flipped())
def test_hostile_exercise_files_many(
    tmp_path: Path, statements: list[str], flipped: bytes | None
) -> None:
    _ttxdb_property(tmp_path, statements, flipped)


# --- Word templates -----------------------------------------------------------------------------


def _good_template() -> bytes:
    if "docx" not in _BASE:
        out = io.BytesIO()
        document = docx.Document()
        document.add_paragraph("Sample text to be cleared")
        document.save(out)
        _BASE["docx"] = out.getvalue()
    return _BASE["docx"]


def _rezipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(_good_template())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            if item.filename not in parts:
                target.writestr(item, source.read(item))
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NASTY_XML = (
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    b"<w:document " + W + b"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b"<w:document " + W + b"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>",
    b"<w:document",
    b"<w:document " + W + b"><w:body>" + b"<w:p>" * 3000 + b"</w:body></w:document>",
    b"",
    b"\x00\xff\xfe",
    b"<?xml version='1.0' encoding='utf-16'?><x/>",
)
PARTS = ("word/document.xml", "word/styles.xml", "[Content_Types].xml", "_rels/.rels",
         "word/_rels/document.xml.rels", "word/settings.xml")  # fmt: skip


def _template_or_our_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "organiser.docx"
    path.write_bytes(data)
    try:
        open_base(path)
    except ExportError as exc:
        assert str(exc).startswith(str(path))


def test_a_template_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    out = io.BytesIO(_good_template())
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/image1.png", "w") as stream,
    ):
        for _ in range(MAX_UNPACKED // 2**20 + 1):
            stream.write(bytes(2**20))
    path = tmp_path / "bomb.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(ExportError, match="zip bomb"):
        open_base(path)


def test_a_template_over_the_size_cap_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ttx_desktop.exporters import template

    data = _good_template()
    path = tmp_path / "huge.docx"
    path.write_bytes(data)
    monkeypatch.setattr(template, "MAX_BYTES", len(data) - 1)
    for source in (path, data):
        with pytest.raises(ExportError, match="too large for a Word template"):
            open_base(source)
    monkeypatch.setattr(template, "MAX_BYTES", len(data))
    assert open_base(path) is not None


@pytest.mark.parametrize("xml", NASTY_XML[:2], ids=["entities", "external"])
def test_template_entities_are_refused(tmp_path: Path, xml: bytes) -> None:
    path = tmp_path / "entities.docx"
    path.write_bytes(_rezipped({"word/document.xml": xml}))
    with pytest.raises(ExportError, match="refused as unsafe"):
        open_base(path)


@st.composite
def _templates(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["parts", "flip", "bytes"]))
    if kind == "parts":
        parts = draw(
            st.dictionaries(st.sampled_from(PARTS), st.sampled_from(NASTY_XML), min_size=1)
        )
        return _rezipped(parts)
    if kind == "flip":
        data = bytearray(_good_template())
        at = draw(st.integers(0, len(data) - 1))
        noise = draw(st.binary(min_size=1, max_size=32))
        data[at : at + len(noise)] = noise
        return bytes(data)
    return bytes(draw(st.binary(max_size=2000)))


@FEW
@given(_templates())
def test_hostile_templates(tmp_path: Path, data: bytes) -> None:
    _template_or_our_error(tmp_path, data)


@pytest.mark.slow
@MANY
@given(_templates())
def test_hostile_templates_many(tmp_path: Path, data: bytes) -> None:
    _template_or_our_error(tmp_path, data)


# --- MSEL CSV seeded with mixed encodings, NUL bytes and gigantic fields -----------------------

CSV_PIECES = (
    b"\xef\xbb\xbf", b"\xff\xfe", b"No.,Time,Title,Inject,To\n",
    "№;Время;Заголовок;Вводная;Кому\n".encode("cp1251"), "Вводная".encode(),
    "Вводная".encode("cp1251"), b"\x00", b"\x00" * 50, b"1,09:00,A,a,X\n", b'"', b",", b";",
    b"\t", b"\r\n", b"\n", b"x" * 5000, b'"' + b"y" * 20000, b"\xe9", b"\x85", b"\xc0\xc1",
)  # fmt: skip


def _csv_or_our_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "msel.csv"
    path.write_bytes(data)
    try:
        plan_import(read_table(path))
    except MselError as exc:
        assert str(exc).startswith(str(path))


@FEW
@given(st.lists(st.sampled_from(CSV_PIECES), max_size=30).map(b"".join))
def test_hostile_csv(tmp_path: Path, data: bytes) -> None:
    _csv_or_our_error(tmp_path, data)


@pytest.mark.slow
@MANY
@given(st.lists(st.sampled_from(CSV_PIECES), max_size=60).map(b"".join))
def test_hostile_csv_many(tmp_path: Path, data: bytes) -> None:
    _csv_or_our_error(tmp_path, data)
