"""Version from one place, the About dialog with the licences, and the bundled user guide."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from ttx_desktop import __version__
from ttx_desktop.paths import resource, user_guide

ROOT = Path(__file__).resolve().parent.parent


def _licences_tool() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_licenses", ROOT / "docs" / "make_licenses.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "ttx_desktop.__version__"
    }
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__}" in changelog


def test_the_third_party_list_names_every_shipped_package_as_installed() -> None:
    tool = _licences_tool()
    shipped = {_name(name) for name in tool.SHIPPED}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in project["project"]["dependencies"]:
        assert _name(requirement) in shipped, f"add {requirement} to docs/make_licenses.py"
    assert "pillow" in shipped  # qrcode[pil]
    text = resource("licenses", "THIRD-PARTY.txt").read_text(encoding="utf-8")
    for name in tool.SHIPPED:
        dist = metadata.distribution(name)
        title = f"{dist.metadata['Name']} {dist.version}: {tool.licence_of(dist)}"
        assert title in text, f"run ./dev licenses: {title!r} is not in THIRD-PARTY.txt"
    assert "LGPL-3.0" in text
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        assert "GNU" in resource("licenses", name).read_text(encoding="utf-8")[:200]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8") == resource(
        "licenses", "GPL-3.0.txt"
    ).read_text(encoding="utf-8")


@pytest.mark.gui
def test_about_shows_the_version_the_licence_and_the_third_party_licences(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from ttx_desktop.gui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "aboutSummary")
    assert f"TTX Desktop {__version__}" in summary.text()
    assert "GPL-3.0-or-later" in summary.text()
    assert dialog.tabs.count() == 3
    licence = dialog.findChild(QPlainTextEdit, "GPL-3")
    assert "GNU GENERAL PUBLIC LICENSE" in licence.toPlainText()
    third = dialog.findChild(QPlainTextEdit, "THIRD-PARTY")
    for name in ("PySide6", "sqlite-utils", "python-docx", "qrcode", "PyYAML", "openpyxl"):
        assert name in third.toPlainText()


def test_the_user_guide_covers_the_program_and_its_pictures_exist() -> None:
    guide = Path(str(user_guide()))
    text = guide.read_text(encoding="utf-8")
    for heading in ("Prepare", "Run", "Review", "Export", "room", "Backups"):
        assert re.search(rf"^##.*{heading}", text, re.M | re.I), heading
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 4
    for picture in pictures:
        assert (guide.parent / picture).is_file(), picture


def test_the_russian_guide_is_picked_for_russian_and_shows_the_same_pictures() -> None:
    english, russian = Path(str(user_guide("en"))), Path(str(user_guide("ru")))
    assert russian.name == "user-guide.ru.md"
    assert Path(str(user_guide("de"))) == english  # no translation: the English guide
    text = russian.read_text(encoding="utf-8")
    for heading in ("Подготовка", "Проведение", "Разбор", "Экспорт", "Зал", "Резервные"):
        assert re.search(rf"^##.*{heading}", text, re.M), heading
    assert not re.search(r"\b(the|and|with)\b", re.sub(r"`[^`]*`|\([^)]*\)", "", text))

    def pictures(path: Path) -> list[str]:
        return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", path.read_text(encoding="utf-8"))

    assert pictures(russian) == pictures(english)
    assert text.count("\n## ") == english.read_text(encoding="utf-8").count("\n## ")


@pytest.mark.gui
def test_help_opens_the_bundled_guide_with_its_pictures(qtbot: Any) -> None:
    from PySide6.QtGui import QTextDocument

    from ttx_desktop.gui.help_window import HelpWindow

    window = HelpWindow.show_guide()
    qtbot.addWidget(window)
    assert HelpWindow.show_guide() is window  # one guide window, brought forward
    text = window.browser.toPlainText()
    assert "TTX Desktop" in text and "Prepare" in text
    image = re.search(r"!\[[^\]]*\]\(([^)]+)\)", window.path.read_text(encoding="utf-8"))
    assert image is not None
    resource_ = window.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, window.browser.source().resolved(image.group(1))
    )
    assert resource_ is not None and not resource_.isNull()
    window.close()
