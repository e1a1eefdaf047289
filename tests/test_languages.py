"""The interface in Russian: the translation is complete, the switch in Preferences takes
effect at once and loses nothing, and no English is left in the window, menus and dialogs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import show_main_window
from ttx_desktop.formats.definition import parse_definition
from ttx_desktop.paths import resource, sample
from ttx_desktop.storage.exercise_file import ExerciseFile

pytestmark = pytest.mark.gui

TS = Path(str(resource("translations", "ttx_desktop_ru.ts")))
QM = Path(str(resource("translations", "ttx_desktop_ru.qm")))

# Latin words that stay as they are in a Russian interface: names, formats, keys.
ALLOWED = {
    "TTX", "Desktop", "MSEL", "YAML", "PDF", "QR", "OK", "E-mail", "mail", "ttxdb", "yaml",
    "yml", "pdf", "docx", "xlsx", "csv", "Qt", "PySide6", "PySide", "Python", "GNU", "LGPL",
    "GPL", "Ctrl", "Shift", "Alt", "Enter", "Esc", "Del", "Delete", "Backspace", "Tab", "Space",
    "Home", "End", "PgUp", "PgDown", "Up", "Down", "Left", "Right", "Ins", "Return", "Meta",
    "Print", "Wheel", "Page", "Word", "Excel", "Windows", "LibreOffice",
    "English",  # each language is named in its own language in Preferences
    "or-later",  # in the SPDX name of the licence, GPL-3.0-or-later
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")


def test_the_russian_translation_is_complete_and_compiled() -> None:
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 400
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []
    assert QM.stat().st_size > 10_000
    # Placeholders survive translation, or the program would show "{0}" or lose a value.
    for m in messages:
        source, text = m.findtext("source") or "", m.findtext("translation") or ""
        for mark in re.findall(r"\{\d\}|%\d", source):
            assert mark in text, (source, text)


@pytest.fixture
def russian_file(tmp_path: Path) -> Path:
    """The Russian sample as an exercise file: its data is Russian, so Latin text on screen
    comes from the interface, not from the exercise."""
    path = tmp_path / "ru.ttxdb"
    exercise = parse_definition(sample("ru").read_bytes(), "ru.yaml")
    ExerciseFile.create(path, exercise).close()
    return path


@pytest.fixture
def english_afterwards(qapp: Any) -> Iterator[None]:
    from ttx_desktop.gui import language

    yield
    language.install("en")


@pytest.fixture
def window(
    qtbot: Any, tmp_path: Path, russian_file: Path, dialogs: Any, english_afterwards: None
) -> Iterator[Any]:
    from ttx_desktop.services.session import Session

    session = Session(ExerciseFile.open(russian_file), author="Тестировщик")
    made = show_main_window(qtbot, tmp_path, dialogs, session)
    yield made
    made.set_session(None)
    session.close()


def _data_words(path: Path) -> set[str]:
    """Latin words in the exercise's own data (team codes, names) and in the file names of
    the samples (File → New from sample), allowed on screen."""
    from ttx_desktop.paths import sample_list

    names = " ".join(item.name for item in sample_list())
    return set(WORD.findall(sample("ru").read_text(encoding="utf-8") + names))


def _texts(widget: Any) -> list[tuple[str, str]]:
    """(where, text) for every text a person sees or hears on ``widget`` and its children."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    out: list[tuple[str, str]] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(child).__name__}#{child.objectName()}"
        if not child.isVisibleTo(widget) and not isinstance(child, QMenu):
            continue
        out += [(name + " tooltip", child.toolTip()), (name + " a11y", child.accessibleName())]
        if isinstance(child, QLabel):
            out.append((name, child.text()))
        if isinstance(child, QAbstractButton):
            out.append((name, child.text()))
        if isinstance(child, QGroupBox | QDockWidget):
            out.append(
                (name, child.title() if isinstance(child, QGroupBox) else child.windowTitle())
            )
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            out.append((name + " placeholder", child.placeholderText()))
        if isinstance(child, QComboBox):
            out += [(name + " item", child.itemText(i)) for i in range(child.count())]
        if isinstance(child, QTabBar):
            out += [(name + " tab", child.tabText(i)) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for section in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, Qt.Orientation.Horizontal, role)
                    out.append((f"{name} header {section}", str(value or "")))
    for action in widget.findChildren(QAction):
        out += [(f"action {action.text()}", action.text())]
        out += [(f"action {action.text()} tooltip", action.toolTip())]
    return out


def _leftovers(texts: list[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str]]:
    found = []
    for where, text in texts:
        plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
        words = [w for w in WORD.findall(plain) if w not in allowed and w.upper() != w]
        if words:
            found.append((where, text))
    return found


def _switch_to_russian(window: Any, qtbot: Any) -> None:
    from ttx_desktop.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window._settings, window)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    assert dialog.apply() is True
    window.retranslate()


def test_switching_to_russian_leaves_no_english_in_window_menus_and_dialogs(
    window: Any, qtbot: Any, russian_file: Path
) -> None:
    from ttx_desktop.gui.about_dialog import AboutDialog
    from ttx_desktop.gui.preferences_dialog import PreferencesDialog
    from ttx_desktop.gui.shortcuts_dialog import ShortcutsDialog

    assert window._menus["file"].title() == "&File"
    _switch_to_russian(window, qtbot)
    window.build_views()
    for view in ("log", "prepare", "run"):
        window.show_view(view)
        qtbot.wait(10)
    for menu in window._menus.values():
        menu.aboutToShow.emit()
    allowed = ALLOWED | _data_words(russian_file)

    assert window._menus["file"].title() == "&Файл"
    assert window._menus["help"].title() == "&Справка"
    left = _leftovers(_texts(window), allowed)
    assert left == [], "\n".join(f"{where}: {text[:80]!r}" for where, text in left)
    assert (
        _leftovers(
            [
                (m.title(), m.title())
                for m in window.menuBar().findChildren(type(window._menus["file"]))
            ],
            allowed,
        )
        == []
    )

    dialogs = [
        PreferencesDialog(window._settings, window),
        ShortcutsDialog(window.all_shortcuts(), window),
    ]
    about = AboutDialog(window)
    about.tabs.setCurrentIndex(0)  # the licence texts themselves are in English, as issued
    dialogs.append(about)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [(w, t) for w, t in _texts(dialog) if "QPlainTextEdit" not in w]
        texts.append(("title", dialog.windowTitle()))
        assert _leftovers(texts, allowed) == [], type(dialog).__name__
        dialog.close()


def test_switching_language_keeps_the_note_being_typed_and_the_view(
    window: Any, qtbot: Any
) -> None:
    window.show_view("log")
    session = window.session
    window.panels["notes"].text.setPlainText("Команда решила закрыть доступ")
    _switch_to_russian(window, qtbot)
    assert window.session is session
    assert window.panels["notes"].text.toPlainText() == "Команда решила закрыть доступ"
    assert window._views.currentIndex() == 1
    assert window._views.tabText(1) == "&Журнал"


def test_the_language_follows_the_system_unless_one_is_chosen(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui import language

    settings = temporary_settings(tmp_path)
    assert language.chosen(settings) == language.SYSTEM
    assert language.system_language(QLocale("ru_RU")) == "ru"
    assert language.system_language(QLocale("de_DE")) == "en"
    settings.setValue(language.SETTING, "ru")
    assert language.effective(settings) == "ru"
    settings.setValue(language.SETTING, "xx")  # a hand-edited setting falls back safely
    assert language.chosen(settings) == language.SYSTEM


def _mnemonic_clashes(menu: Any) -> list[str]:
    """Letters that mark (&) more than one item of ``menu``: Alt+letter would pick only one."""
    seen: dict[str, str] = {}
    clashes = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if action.isSeparator() or "&" not in text:
            continue
        letter = text[text.index("&") + 1].lower()
        if letter in seen:
            clashes.append(f"{menu.title()}: {seen[letter]!r} and {text!r}")
        seen[letter] = text
    return clashes


def test_no_two_items_of_a_russian_menu_share_an_access_key(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QMenu

    _switch_to_russian(window, qtbot)
    window.build_views()
    for menu in window._menus.values():
        menu.aboutToShow.emit()
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    assert len(menus) > 8
    assert [c for menu in menus for c in _mnemonic_clashes(menu)] == []


def test_no_two_items_of_an_english_menu_share_an_access_key(window: Any) -> None:
    from PySide6.QtWidgets import QMenu

    window.build_views()
    for menu in window._menus.values():
        menu.aboutToShow.emit()
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    assert len(menus) > 8
    assert [c for menu in menus for c in _mnemonic_clashes(menu)] == []


def test_the_room_export_menu_msel_import_and_restore_dialog_speak_russian(
    window: Any, qtbot: Any, russian_file: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMenu

    from ttx_desktop.gui.restore_backup_dialog import RestoreBackupDialog
    from ttx_desktop.storage import backups

    _switch_to_russian(window, qtbot)
    allowed = ALLOWED | _data_words(russian_file)

    # Room → Open the room…: the dock, before the room is opened.
    window.room_menu.open_action.trigger()
    dock = window.room_menu.dock
    assert dock is not None and dock.isVisible() and dock.windowTitle() == "Зал"
    texts = [(w, t) for w, t in _texts(dock) if "#address item" not in w]  # network names
    left = _leftovers(texts, allowed)
    assert left == [], "\n".join(f"{where}: {text[:80]!r}" for where, text in left)

    # File → Export documents.
    window._menus["file"].aboutToShow.emit()
    export = next(
        action.menu()
        for action in window._menus["file"].actions()
        if isinstance(action.menu(), QMenu) and action.menu().objectName() == "exportMenu"
    )
    assert export.title() == "Экспорт &документов"
    texts = [(export.title(), export.title())]
    texts += [(a.text(), a.text()) for a in export.actions() if not a.isSeparator()]
    assert len(texts) > 7
    assert _leftovers(texts, allowed) == []

    # File → Import MSEL spreadsheet…, on a Russian sheet, into the open exercise.
    sheet = Path(__file__).parent / "data" / "russian_cp1251.csv"
    dialog = window.import_msel(sheet)
    assert dialog is not None  # deletes itself on closing
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert dialog.import_button.isEnabled()
    texts = [*_texts(dialog), ("title", dialog.windowTitle())]
    texts = [(w, t) for w, t in texts if w != "QLabel#fileLabel tooltip"]  # the sheet's path
    left = _leftovers(texts, allowed | set(WORD.findall(sheet.name)))
    assert left == [], "\n".join(f"{where}: {text[:80]!r}" for where, text in left)
    dialog.close()

    # File → Restore from backup…: the list of backups.
    folder = tmp_path / "backups"
    backups.take_backup(russian_file, folder)
    restore = RestoreBackupDialog(backups.list_backups(folder), folder, russian_file, window)
    qtbot.addWidget(restore)
    restore.show()
    texts = [*_texts(restore), ("title", restore.windowTitle())]
    paths = set(WORD.findall(f"{folder} {russian_file.name}"))  # the folder is named as it is
    assert _leftovers(texts, allowed | paths) == [], _leftovers(texts, allowed | paths)
    restore.close()
