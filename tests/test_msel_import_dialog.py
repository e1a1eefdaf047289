"""File → Import MSEL spreadsheet… driven as a user would: the mapping, the preview, the
problems by row and column, import with undo or into a new file, and hostile files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from tests.authoring_helpers import on_disk
from tests.test_msel_hostile import LAUGHS, SHEET, rezipped, workbook
from ttx_desktop.app import temporary_settings
from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.gui.msel_import_dialog import MselImportDialog
from ttx_desktop.gui.msel_import_models import MappingModel, Severity
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile

pytestmark = pytest.mark.gui
DATA = Path(__file__).parent / "data"


@pytest.fixture
def open_dialog(qtbot: Any, tmp_path: Path, dialogs: Any) -> Iterator[Any]:
    """Opens the dialog on a spreadsheet and waits until it shows what the sheet holds."""
    made: list[MselImportDialog] = []

    def make(path: Path, session: Session | None = None) -> MselImportDialog:
        settings = temporary_settings(tmp_path)
        dialog = MselImportDialog(path, session, dialogs, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.loaded, timeout=20_000):
            dialog.start()
        made.append(dialog)
        return dialog

    yield make


def table(tmp_path: Path, text: str, name: str = "msel.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def field_combo(dialog: MselImportDialog, column: int) -> QComboBox:
    index = dialog.mapping_model.index(column, MappingModel.Col.FIELD)
    combo = dialog.ui.mappingView.indexWidget(index)
    assert isinstance(combo, QComboBox)
    return combo


def choose(qtbot: Any, dialog: MselImportDialog, column: int, field: Field) -> None:
    """Picks a field in a column's list, as a click in the list would, and waits until the
    dialog has checked the rows again."""
    combo = field_combo(dialog, column)
    combo.setCurrentIndex(combo.findData(field.value))
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        combo.activated.emit(combo.currentIndex())


def texts(model: Any, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


# ----------------------------------------------------------------- showing


def test_models_pass_the_model_tester(open_dialog: Any, qtmodeltester: Any) -> None:
    dialog = open_dialog(DATA / "hseep_title_block.xlsx")
    qtmodeltester.check(dialog.mapping_model)
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.problems_model)


def test_a_workbook_shows_its_guessed_columns_and_a_preview(open_dialog: Any) -> None:
    dialog = open_dialog(DATA / "hseep_title_block.xlsx")
    headers = texts(dialog.mapping_model, MappingModel.Col.HEADER)
    assert headers[:2] == ["Event #", "Designated Scenario Time"]
    assert field_combo(dialog, 0).currentData() == Field.NUMBER.value
    assert field_combo(dialog, 3).currentData() == Field.TEXT.value
    assert "Exercise RIVERSIDE 2026" in dialog.ui.notesLabel.text()
    titles = texts(dialog.preview_model, 4)
    assert len(titles) == 5
    assert titles[0].startswith("National weather service")
    assert texts(dialog.preview_model, 0)[0] == "6"  # the spreadsheet's row
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text().replace("&", "") == "Import 5 injects"
    assert "2 new modules" in dialog.ui.summaryLabel.text()


def test_changing_a_column_replans_at_once(open_dialog: Any, tmp_path: Path, qtbot: Any) -> None:
    path = table(tmp_path, "No.,Time,Title,Remarks\n1,09:00,Gauge rises,Bring the chart\n")
    dialog = open_dialog(path)
    assert dialog.plan.injects[0].facilitator_notes == "Bring the chart"
    choose(qtbot, dialog, 3, Field.IGNORE)
    assert dialog.mapping.field_of(3) is Field.IGNORE
    assert dialog.plan.injects[0].facilitator_notes == ""
    choose(qtbot, dialog, 2, Field.SOURCE)  # no column holds titles now
    assert not dialog.import_button.isEnabled()
    assert "does not look like an MSEL" in texts(dialog.problems_model, 2)[0]
    choose(qtbot, dialog, 2, Field.TITLE)
    assert dialog.import_button.isEnabled()


def test_problems_name_their_row_and_column(open_dialog: Any, tmp_path: Path) -> None:
    path = table(
        tmp_path,
        "No.,Time,Title,Method\n"
        "1,09:00,Gauge rises,Carrier pigeon\n"
        "2,half past nine,Levee leaks,Verbal\n"
        "Module 2: The dam,,,\n",
    )
    dialog = open_dialog(path)
    problems = dialog.problems_model
    rows = [problems.item(n) for n in range(problems.rowCount())]
    errors = [r for r in rows if r[0] is Severity.ERROR]
    warnings = [r for r in rows if r[0] is Severity.WARNING]
    assert [(e[1], e[2]) for e in errors] == [(3, "Time")]
    assert "half past nine" in errors[0][3]
    assert [(w[1], w[2]) for w in warnings] == [(None, ""), (2, "Method")]
    assert "no column holds recipients" in warnings[0][3]  # said before the rows' problems
    assert any(r[0] is Severity.LEFT_OUT and r[1] == 4 for r in rows)
    assert not dialog.import_button.isEnabled()
    assert "errors: 1 · warnings: 2 · rows left out: 1" in dialog.ui.problemsGroup.title()
    assert "1 problem to fix before anything is imported" in dialog.ui.summaryLabel.text()


# ---------------------------------------------------------------- importing


def test_import_into_the_open_exercise_then_undo_and_redo(
    open_dialog: Any, session: Session, tmp_path: Path
) -> None:
    before = [i.number for i in session.exercise.injects]
    path = table(
        tmp_path, "No.,Module,Time,Title,To\n1,1,11:00,Late news,MED\n2,1,11:30,Rumour,Bloggers\n"
    )
    dialog = open_dialog(path, session)
    assert dialog.into_open()
    assert "1 new teams (Bloggers)" in dialog.ui.summaryLabel.text()
    dialog.import_button.click()
    assert dialog.result() == MselImportDialog.DialogCode.Accepted
    stored = on_disk(session)
    added = stored.injects[len(before) :]
    assert [i.title for i in added] == ["Late news", "Rumour"]
    assert [i.number for i in added] == [max(before) + 1, max(before) + 2]  # 1 and 2 are taken
    assert any(t.name == "Bloggers" for t in stored.teams)
    assert session.undo_stack.undoText() == "Import 2 injects"
    session.undo_stack.undo()
    stored = on_disk(session)
    assert [i.number for i in stored.injects] == before
    assert not any(t.name == "Bloggers" for t in stored.teams)
    session.undo_stack.redo()
    assert len(on_disk(session).injects) == len(before) + 2


def test_undo_is_refused_once_a_log_entry_names_an_imported_inject(
    open_dialog: Any, session: Session, tmp_path: Path, dialogs: Any
) -> None:
    dialog = open_dialog(table(tmp_path, "No.,Time,Title\n1,11:00,Late news\n"), session)
    dialog.import_button.click()
    late = session.exercise.injects[-1]
    session.log.log("note", "Heard it", inject_id=late.id)
    session.undo_stack.undo()
    assert any(i.id == late.id for i in on_disk(session).injects)
    assert dialogs.errors() and "1 log entry names them" in dialogs.errors()[-1]


def test_undo_is_refused_once_the_clock_ran_in_an_imported_module(
    open_dialog: Any, session: Session, tmp_path: Path, dialogs: Any
) -> None:
    known = {m.id for m in session.exercise.modules}
    dialog = open_dialog(table(tmp_path, "No.,Module,Time,Title\n1,9,11:00,Late news\n"), session)
    dialog.import_button.click()
    (added,) = (m for m in session.exercise.modules if m.id not in known)
    session.clock.start(added.id)
    session.undo_stack.undo()
    assert any(m.id == added.id for m in on_disk(session).modules)
    assert dialogs.errors() and "the exercise clock has run in module" in dialogs.errors()[-1]


def test_import_into_a_new_file(open_dialog: Any, tmp_path: Path, dialogs: Any, qtbot: Any) -> None:
    dialog = open_dialog(DATA / "russian_cp1251.csv")
    assert dialog.ui.newFileRadio.isChecked()
    assert not dialog.ui.intoOpenRadio.isEnabled()
    assert "Windows-1251" in dialog.ui.notesLabel.text()
    dialog.ui.titleEdit.setText("Паводок")
    target = tmp_path / "out" / "flood"
    target.parent.mkdir()
    dialogs.path_answers.append(target)
    with qtbot.waitSignal(dialog.created) as created:
        dialog.import_button.click()
    assert created.args == [target.with_suffix(".ttxdb")]
    with ExerciseFile.open(target.with_suffix(".ttxdb"), readonly=True) as xf:
        ex = xf.exercise.load(with_log=False)
    assert ex.title == "Паводок"
    assert len(ex.injects) == len(dialog.plan.injects) > 0


def test_an_existing_file_is_never_replaced(
    open_dialog: Any, tmp_path: Path, dialogs: Any, mini_path: Path
) -> None:
    dialog = open_dialog(DATA / "semicolon_bom.csv")
    before = mini_path.read_bytes()
    dialogs.path_answers.append(mini_path)
    dialog.import_button.click()
    assert dialog.isVisible()
    assert "already exists" in dialog.message.text()
    assert mini_path.read_bytes() == before


def test_the_mapping_is_remembered_for_the_same_headers(
    open_dialog: Any, session: Session, tmp_path: Path, qtbot: Any
) -> None:
    text = "No.,Time,Title,Page\n1,09:00,Gauge rises,12\n"
    first = open_dialog(table(tmp_path, text, "a.csv"), session)
    choose(qtbot, first, 3, Field.IGNORE)
    first.import_button.click()
    second = open_dialog(table(tmp_path, text.replace("Gauge", "Water"), "b.csv"), session)
    assert second.mapping.field_of(3) is Field.IGNORE
    assert "as you chose" in second.ui.notesLabel.text()


def test_another_sheet_is_read_when_chosen(open_dialog: Any, qtbot: Any) -> None:
    dialog = open_dialog(DATA / "several_sheets.xlsx")
    combo = dialog.ui.sheetCombo
    assert combo.count() > 1 and not combo.isHidden()
    other = next(n for n in range(combo.count()) if combo.itemText(n) != dialog.raw.sheet)
    combo.setCurrentIndex(other)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        combo.activated.emit(other)
    assert dialog.raw is None or dialog.raw.sheet == combo.itemText(other)


def pick_sheet(qtbot: Any, dialog: MselImportDialog, text: str) -> None:
    combo = dialog.ui.sheetCombo
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(n) for n in range(combo.count())]
    combo.setCurrentIndex(index)
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        combo.activated.emit(index)


def test_the_dialog_starts_from_the_same_guess_and_picks_the_sheets(
    open_dialog: Any, qtbot: Any
) -> None:
    dialog = open_dialog(DATA / "real" / "one_sheet_per_day.xlsx")
    combo = dialog.ui.sheetCombo
    assert combo.currentText() == "Day 1 + Day 2 + Day 3"  # read together, as the CLI does
    assert len(dialog.plan.injects) == 5
    notes = dialog.ui.notesLabel.text()
    assert "Sheet “Read Me” set aside: no header row of MSEL columns" in notes
    pick_sheet(qtbot, dialog, "Day 2")
    assert [i.title for i in dialog.plan.injects] == ["School closures", "Vaccine shipment"]
    pick_sheet(qtbot, dialog, "Day 1 + Day 2 + Day 3")
    assert len(dialog.plan.injects) == 5
    assert dialog.message.isHidden()  # every column an MSEL needs was found


def test_any_sheets_can_be_ticked_to_read_together(open_dialog: Any, qtbot: Any) -> None:
    dialog = open_dialog(DATA / "real" / "one_sheet_per_day.xlsx")
    actions = {str(a.data()): a for a in dialog.sheets.menu.actions()}
    assert [n for n, a in actions.items() if a.isChecked()] == ["Day 1", "Day 2", "Day 3"]
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        actions["Day 2"].trigger()  # untick it: days 1 and 3 are read
    assert dialog.raw.sheets_read == ("Day 1", "Day 3")
    assert [i.title for i in dialog.plan.injects] == [
        "Outbreak reported", "Hospital crowding", "Press conference",
    ]  # fmt: skip
    assert dialog.ui.sheetCombo.currentText() == "Day 1 + Day 3"


def test_the_dialog_says_the_column_warnings_at_the_top(open_dialog: Any) -> None:
    dialog = open_dialog(DATA / "real" / "date_time_columns.xlsx")
    assert not dialog.message.isHidden()
    assert "no column holds inject titles" in dialog.message.label.text()
    assert dialog.import_button.isEnabled()  # a warning, not a refusal
    assert dialog.plan.injects[3].title == "Debris blocks Route 9"


# ----------------------------------------------------------------- hostile


def _bomb() -> bytes:
    out = io.BytesIO(workbook())
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/bomb.bin", "w") as stream,
    ):
        for _ in range(80):
            stream.write(bytes(1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("bomb.xlsx", _bomb(), "zip bomb"),
        ("laughs.xlsx", rezipped(workbook(), {SHEET: LAUGHS}), "refused as unsafe"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xls"),
        ("cut.xlsx", workbook()[:700], "damaged"),
        ("empty.csv", b"", "is empty"),
        ("binary.csv", bytes(range(256)) * 40, "binary"),
        ("notes.csv", b"just some words\nand more words\n", "no header row"),
    ],
)
def test_hostile_files_give_a_message_in_the_dialog(
    open_dialog: Any, tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    dialog = open_dialog(path)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert words in dialog.message.text()
    assert str(path) in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.mapping_model.rowCount() == 0
    assert not list(tmp_path.glob("*.ttxdb"))  # nothing written


def test_a_folder_and_a_missing_file(open_dialog: Any, tmp_path: Path) -> None:
    assert "is a folder" in open_dialog(tmp_path).message.text()
    assert "no such file" in open_dialog(tmp_path / "gone.csv").message.text()


# ------------------------------------------------------------- main window


def test_the_file_menu_opens_the_dialog(
    qtbot: Any, tmp_path: Path, session: Session, dialogs: Any
) -> None:
    from ttx_desktop.gui.main_window import MainWindow

    window = MainWindow(dialogs, temporary_settings(tmp_path))
    qtbot.addWidget(window)
    window.set_session(session)
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions()
        if a.text().replace("&", "") == "Import MSEL spreadsheet…"
    )  # fmt: skip
    dialogs.path_answers.append(table(tmp_path, "No.,Time,Title\n1,11:00,A\n2,11:05,B\n"))
    action.trigger()
    dialog = window.findChild(MselImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    before = len(session.exercise.injects)
    dialog.import_button.click()
    assert len(on_disk(session).injects) == before + 2
    assert "Imported" in window.statusBar().currentMessage()
    window.set_session(None)


def test_an_exercise_changed_meanwhile_is_planned_against_again(
    open_dialog: Any, session: Session, tmp_path: Path
) -> None:
    dialog = open_dialog(table(tmp_path, "No.,Time,Title\n1,11:00,Late news\n"), session)
    planned_number = dialog.plan.injects[0].number
    session.authoring.save_inject(session.authoring.new_inject())  # takes that number
    dialog.import_button.click()
    numbers = [i.number for i in on_disk(session).injects]
    assert numbers[-1] == planned_number + 1
    assert len(numbers) == len(set(numbers))


def test_closing_the_dialog_while_it_checks_the_rows_is_harmless(
    tmp_path: Path, qtbot: Any, dialogs: Any
) -> None:
    dialog = MselImportDialog(table(tmp_path, "No.,Time,Title\n1,11:00,Late news\n"), None, dialogs)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.start()
    job = dialog._replan()
    assert job is not None
    dialog.deleteLater()  # as WA_DeleteOnClose does when the user closes it
    qtbot.waitUntil(lambda: not job.running, timeout=20_000)


def test_a_plan_overtaken_by_a_newer_one_is_dropped(
    open_dialog: Any, tmp_path: Path, qtbot: Any
) -> None:
    dialog = open_dialog(table(tmp_path, "No.,Time,Title,Remarks\n1,11:00,Late news,x\n"))
    dialog.mapping = dialog.mapping.with_field_at(3, Field.IGNORE)
    older = dialog._replan()
    dialog.mapping = dialog.mapping.with_field_at(3, Field.NOTES)
    with qtbot.waitSignal(dialog.planned, timeout=20_000):
        newer = dialog._replan()
    qtbot.waitUntil(lambda: not older.running and not newer.running, timeout=20_000)
    assert dialog.plan.injects[0].facilitator_notes == "x"
