"""DRAFT belongs to the documents marked so, each kind on its own: the report and minutes
start as drafts, the handouts are final; marks live in the file, the definition and the
Prepare view."""

from __future__ import annotations

import io
import re
import shutil
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from tests.authoring_helpers import on_disk, panel
from tests.fixtures.make_schema_fixtures import fixture
from tests.storage_helpers import small_exercise
from ttx_desktop.domain.model import DRAFT_BY_DEFAULT, Exercise
from ttx_desktop.exporters import catalog
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.formats.definition import DefinitionError, dump_definition, parse_definition
from ttx_desktop.gui.authoring_panel import AuthoringPanel
from ttx_desktop.services.session import Session
from ttx_desktop.storage import schema
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.exercise_file import ExerciseFile

__all__ = ["panel"]  # the Prepare view on the mini exercise, shared with its tests

DRAFT = {"en": "DRAFT", "ru": "ПРОЕКТ"}
HANDOUTS = ("sitman", "guide", "cards", "msel-doc", "eeg")
_TEXT = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def every_text(data: bytes) -> str:
    """The text of every part of a .docx: body, headers, footers (first page and others),
    footnotes, and any watermark shape, as Word would show it anywhere."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        found = [m.decode() for name in parts for m in _TEXT.findall(package.read(name))]
        shapes = [package.read(n) for n in parts]
    watermarks = [m.decode() for xml in shapes for m in re.findall(rb'string="([^"]*)"', xml)]
    return " ".join(found + watermarks)


def in_language(exercise: Exercise, language: str) -> Exercise:
    return replace(exercise, details=replace(exercise.details, language=language))


def render(kind: str, exercise: Exercise) -> str:
    return every_text(catalog.render(kind, exercise, ExportOptions()))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_situation_manual_carries_no_draft_mark_while_the_report_does(language: str) -> None:
    exercise = in_language(small_exercise(), language)
    assert not exercise.details.report_final
    assert DRAFT[language] not in render("sitman", exercise)
    assert DRAFT[language] in render("aar", exercise)


@pytest.mark.parametrize("kind", HANDOUTS)
def test_no_handout_is_marked_draft_by_the_report(kind: str) -> None:
    assert "DRAFT" not in render(kind, small_exercise())


def test_each_kind_is_marked_on_its_own() -> None:
    base = small_exercise()
    marked = replace(base, details=replace(base.details, draft_documents=("sitman",)))
    assert "DRAFT" in render("sitman", marked)
    assert "DRAFT" not in render("aar", marked)
    assert "DRAFT" not in render("minutes", marked)
    assert "DRAFT" not in render("guide", marked)


def test_marks_are_kept_in_the_exercise_file(tmp_path: Path) -> None:
    base = small_exercise()
    marked = replace(base, details=replace(base.details, draft_documents=("aar", "cards")))
    ExerciseFile.create(tmp_path / "x.ttxdb", marked).close()
    with ExerciseFile.open(tmp_path / "x.ttxdb", readonly=True) as file:
        assert file.exercise.load().details.draft_documents == ("aar", "cards")


def _version_adding(table: str, column: str) -> int:
    """The schema version whose migration added ``column`` to ``table``."""
    db = Database(sqlite3.connect(":memory:"))
    for version in range(1, schema.SCHEMA_VERSION + 1):
        schema.migrate(db, target=version)
        if column in db.columns(table):
            return version
    raise AssertionError(f"no migration adds {table}.{column}")


@pytest.mark.parametrize(("report_final", "drafts"), [(0, DRAFT_BY_DEFAULT), (1, ())])
def test_a_file_from_before_keeps_what_report_final_said(
    tmp_path: Path, report_final: int, drafts: tuple[str, ...]
) -> None:
    path = tmp_path / "old.ttxdb"
    before = _version_adding("exercise", "draft_documents") - 1
    shutil.copyfile(fixture(before), path)  # the file as the version before the marks wrote it
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE exercise SET report_final = ?", (report_final,))
        conn.commit()
    finally:
        conn.close()
    with ExerciseFile.open(path) as file:
        assert file.exercise.load().details.draft_documents == drafts


DEFINITION = """\
format: ttx-exercise/1
exercise:
  title: Harbour Blackout
{marks}
"""


@pytest.mark.parametrize(
    ("marks", "drafts"),
    [
        ("", DRAFT_BY_DEFAULT),
        ("  report_final: false", DRAFT_BY_DEFAULT),
        ("  report_final: true", ()),
        ("  draft_documents: []", ()),
        ("  draft_documents: [sitman, aar, sitman]", ("sitman", "aar")),
        ("  report_final: true\n  draft_documents: [minutes]", ("minutes",)),
    ],
)
def test_the_definition_marks_documents(marks: str, drafts: tuple[str, ...]) -> None:
    exercise = parse_definition(DEFINITION.format(marks=marks).encode(), "x.yaml")
    assert exercise.details.draft_documents == drafts
    again = parse_definition(dump_definition(exercise).encode(), "again.yaml")
    assert again.details.draft_documents == drafts


def test_an_unknown_document_in_the_definition_is_named() -> None:
    text = DEFINITION.format(marks="  draft_documents: [aar, report]")
    with pytest.raises(DefinitionError) as caught:
        parse_definition(text.encode(), "x.yaml")
    assert "x.yaml:4: exercise.draft_documents: 'report' is not a document" in str(caught.value)


def tick(qtbot: Any, box: QCheckBox) -> None:
    """A click on the box itself (its label may be shorter than the widget)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


@pytest.mark.gui
def test_marking_a_document_final_in_the_prepare_view_with_undo(
    panel: AuthoringPanel, session: Session, qtbot: Any
) -> None:
    editor = panel.details
    panel.show_editor(editor)
    boxes = editor.final_boxes
    assert list(boxes) == list(catalog.DOCUMENTS)
    assert not boxes["aar"].isChecked() and boxes["sitman"].isChecked()
    tick(qtbot, boxes["aar"])
    assert on_disk(session).details.draft_documents == ("minutes", "recommendations")
    assert on_disk(session).details.report_final
    tick(qtbot, boxes["eeg"])
    assert on_disk(session).details.draft_documents == ("minutes", "recommendations", "eeg")
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert on_disk(session).details.draft_documents == DRAFT_BY_DEFAULT
    assert not boxes["aar"].isChecked() and boxes["eeg"].isChecked()
