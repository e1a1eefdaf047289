"""The console keeps the exercise safe: backups and their status, restore, a damaged file
replaced by its newest good backup, hostile files refused, local copies of drive files."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from ttx_desktop.storage import backups
from ttx_desktop.storage.lock import lock_path

pytestmark = pytest.mark.gui


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def entries(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM log_entry ORDER BY logged_at")]
    finally:
        conn.close()


def open_and_log(qtbot: Any, controller: Any, path: Path, text: str) -> None:
    keeper = controller.safekeeping
    with qtbot.waitSignal(keeper.backups.backup_taken, timeout=30_000):
        assert controller.open(path)  # a first backup is taken on opening, off the UI thread
    controller.session.log.log("decision", text)


def test_a_backup_on_opening_and_on_closing_and_the_status_says_when(
    qtbot: Any, controller: Any, mini_path: Path
) -> None:
    open_and_log(qtbot, controller, mini_path, "Logged after the first backup")
    keeper = controller.safekeeping
    assert keeper.status.text().startswith("Backed up")
    assert str(keeper.backups.folder) in keeper.status.toolTip()
    assert keeper.backups.backup_if_changed()  # a change: the timer's next backup runs
    keeper.backups.wait()
    assert not keeper.backups.backup_if_changed()  # nothing changed since: none is taken
    controller.session.log.log("decision", "Logged just before closing")
    folder = keeper.backups.folder
    controller.close_session()
    newest = backups.list_backups(folder)[0]
    assert entries(newest.path)[-1] == "Logged just before closing"


def test_closing_at_once_takes_a_backup_only_when_one_is_due(
    qtbot: Any, controller: Any, mini_path: Path
) -> None:
    """Closed before the opening's backup: a file never backed up, or written after its
    newest backup, is backed up as it closes; one unchanged since is not read at all."""
    keeper = controller.safekeeping
    written = time.time() - 10  # last written well before any backup (they name seconds)
    os.utime(mini_path, (written, written))
    assert controller.open(mini_path)
    folder = keeper.backups.folder
    controller.close_session()  # before the backup of the opening moment
    assert len(backups.list_backups(folder)) == 1  # none there yet: one was due
    assert controller.open(mini_path)
    controller.close_session()
    assert len(backups.list_backups(folder)) == 1  # unchanged since that backup
    assert controller.open(mini_path)
    controller.session.log.log("decision", "Logged in the first second")
    controller.close_session()
    found = backups.list_backups(folder)
    assert len(found) == 2 and entries(found[0].path)[-1] == "Logged in the first second"


def test_restore_from_backup_opens_a_new_file_and_leaves_the_exercise_as_it_is(
    qtbot: Any, controller: Any, mini_path: Path, dialogs: Any
) -> None:
    open_and_log(qtbot, controller, mini_path, "Not in the first backup")
    shown: list[int] = []

    def pick(found: list[backups.Backup], folder: Path, original: Path) -> backups.Backup:
        shown.append(len(found))
        return found[-1]  # the oldest: taken on opening, before the entry

    controller.safekeeping.choose_backup = pick
    controller.window.restore_backup_requested.emit()
    assert shown == [1] and dialogs.errors() == []
    restored = controller.session.file.path
    assert restored != mini_path and "(backup " in restored.name
    assert restored.parent == mini_path.parent
    assert "Not in the first backup" not in [e.text for e in controller.session.log.entries()]
    assert "Not in the first backup" in entries(mini_path)


def test_a_damaged_file_is_moved_aside_and_its_newest_good_backup_opened(
    qtbot: Any, controller: Any, mini_path: Path, dialogs: Any
) -> None:
    open_and_log(qtbot, controller, mini_path, "Kept by the backup at close")
    controller.close_session()
    size = mini_path.stat().st_size
    damaged = mini_path.read_bytes()[: size // 2]
    mini_path.write_bytes(damaged)
    dialogs.confirm_answers.append(True)
    assert controller.open(mini_path)
    question = next(text for kind, _, text in dialogs.shown if kind == "confirm")
    assert str(mini_path) in question and "damaged" in question and "moved aside" not in question
    assert "Kept by the backup at close" in [e.text for e in controller.session.log.entries()]
    aside = [p for p in mini_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept, byte for byte


def test_a_damaged_file_without_a_backup_is_left_as_it_is(
    controller: Any, tmp_path: Path, mini_path: Path, dialogs: Any
) -> None:
    copy = tmp_path / "never opened here.ttxdb"
    shutil.copyfile(mini_path, copy)
    copy.write_bytes(copy.read_bytes()[:5000])
    before = digest(copy)
    assert not controller.open(copy)
    assert "No backup" in dialogs.errors()[0] and str(copy) in dialogs.errors()[0]
    assert digest(copy) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("never")) == [copy.name]


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 a spreadsheet renamed", b"SQLite format 3\x00" + b"\x00" * 84, b""],
)
def test_a_file_that_is_not_ours_is_refused_untouched_and_not_moved(
    controller: Any, tmp_path: Path, dialogs: Any, content: bytes
) -> None:
    path = tmp_path / "hostile.ttxdb"
    path.write_bytes(content)
    assert not controller.open(path)
    assert str(path) in dialogs.errors()[0]
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("hostile")] == [path.name]


def test_a_file_of_another_program_is_refused_untouched(
    controller: Any, tmp_path: Path, dialogs: Any
) -> None:
    path = tmp_path / "other.ttxdb"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE note (text TEXT)")
    conn.execute("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END")
    conn.commit()
    conn.close()
    before = digest(path)
    assert not controller.open(path)
    assert "not a TTX Desktop exercise file" in dialogs.errors()[0]
    assert digest(path) == before


def test_a_file_on_a_usb_stick_is_worked_on_locally_and_written_back_on_close(
    qtbot: Any, controller: Any, mini_path: Path, dialogs: Any
) -> None:
    controller.safekeeping.file_system_type = lambda _path: "vfat"
    open_and_log(qtbot, controller, mini_path, "Written on the laptop")
    local = controller.session.file.path
    assert local != mini_path and "local-copies" in str(local)
    assert "removable drive" in dialogs.shown[0][2]
    assert lock_path(mini_path).exists()  # no second program writes the stick meanwhile
    assert "Written on the laptop" not in entries(mini_path)
    controller.close_session()
    assert "Written on the laptop" in entries(mini_path)
    assert not local.exists() and not lock_path(mini_path).exists()
    assert dialogs.errors() == []
    assert controller.window.recent_files()[0] == mini_path.resolve()


def test_a_failed_write_back_keeps_the_local_copy_and_the_next_session_takes_it_up(
    qtbot: Any, controller: Any, mini_path: Path, dialogs: Any
) -> None:
    controller.safekeeping.file_system_type = lambda _path: "exfat"
    open_and_log(qtbot, controller, mini_path, "Must reach the stick")
    local = controller.session.file.path
    stray = mini_path.with_name(mini_path.name + "-wal")
    stray.write_bytes(b"a log someone left on the stick")
    controller.close_session()
    assert "Your work is safe" in dialogs.errors()[0] and str(local) in dialogs.errors()[0]
    assert local.exists() and "Must reach the stick" not in entries(mini_path)
    stray.unlink()
    assert controller.open(mini_path)
    assert controller.session.file.path == local  # the earlier copy, not a fresh one
    assert "was not written back" in dialogs.shown[-1][2]
    controller.close_session()
    assert "Must reach the stick" in entries(mini_path)


def test_declining_the_local_copy_opens_the_file_where_it_is(
    controller: Any, mini_path: Path, dialogs: Any
) -> None:
    controller.safekeeping.file_system_type = lambda _path: "cifs"
    dialogs.confirm_answers.append(False)
    assert controller.open(mini_path)
    assert controller.session.file.path == mini_path


def test_the_file_menu_offers_restore_from_backup(controller: Any, mini_path: Path) -> None:
    file_menu = controller.window.menuBar().actions()[0].menu()
    names = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Restore from backup…" in names
    action = next(a for a in file_menu.actions() if a.text() == "Restore from &backup…")
    assert not action.isEnabled()
    controller.open(mini_path)
    file_menu = controller.window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "Restore from &backup…")
    assert action.isEnabled()


def test_every_backup_model_passes_the_model_tester(
    qtbot: Any, mini_path: Path, tmp_path: Path, qtmodeltester: Any
) -> None:
    from ttx_desktop.gui.restore_backup_dialog import RestoreBackupDialog

    made = backups.take_backup(mini_path, tmp_path / "b")
    broken = backups.take_backup(mini_path, tmp_path / "b")
    broken.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = RestoreBackupDialog(backups.list_backups(tmp_path / "b"), tmp_path / "b", mini_path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.chosen is not None and dialog.chosen.path == made.path  # the damaged: skipped


@pytest.mark.parametrize(
    ("kind", "removable"),
    [("vfat", True), ("exfat", True), ("FAT32", True), ("fuseblk", True), ("nfs4", True),
     ("cifs", True), ("ext4", False), ("btrfs", False), ("NTFS", False), ("", False)],
)  # fmt: skip
def test_removable_and_network_file_systems_are_known(kind: str, removable: bool) -> None:
    from ttx_desktop.storage.working_copy import is_removable

    assert is_removable(kind) is removable


def test_a_file_with_a_value_the_program_cannot_read_is_refused_with_its_name(
    controller: Any, tmp_path: Path, mini_path: Path, dialogs: Any
) -> None:
    copy = tmp_path / "edited elsewhere.ttxdb"
    shutil.copyfile(mini_path, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE inject SET status = 'lost in the post'")
    conn.close()
    before = digest(copy)
    assert not controller.open(copy)
    assert controller.session is None
    assert str(copy) in dialogs.errors()[0] and "cannot read" in dialogs.errors()[0]
    assert digest(copy) == before
    from ttx_desktop.storage.exercise_file import ExerciseFile

    ExerciseFile.open(copy).close()  # closed on refusal: its lock was let go
