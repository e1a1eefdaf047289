"""The one door to packaged data: sample exercises, resources and document templates.

Everything is reached through importlib.resources, so the same code works from a checkout,
an installed wheel and a frozen build.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _package_or_checkout(package: str, folder: str) -> Traversable:
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        return _CHECKOUT / folder  # running from a checkout that was never installed


def samples() -> Traversable:
    """The folder of bundled sample exercise definitions."""
    return _package_or_checkout("ttx_desktop.samples", "sample_exercises")


def resource(*parts: str) -> Traversable:
    """A file under resources/ (icons, style sheets, translations, templates)."""
    node = _package_or_checkout("ttx_desktop.resources", "resources")
    for part in parts:
        node = node / part
    return node


def room_static(name: str) -> Traversable:
    """A file the room serves to phones as it is (script, style sheet, icon)."""
    return resources.files("ttx_desktop.room") / "static" / name


def user_guide(language: str = "en") -> Traversable:
    """The user guide (Markdown, its screenshots beside it), in ``language`` if translated."""
    folder = _package_or_checkout("ttx_desktop.help", "docs")
    translated = folder / f"user-guide.{language}.md"
    return translated if translated.is_file() else folder / "user-guide.md"


SAMPLE_NAMES = {
    "en": "countering-terrorist-use-of-internet.yaml",
    "ru": "countering-terrorist-use-of-internet.ru.yaml",
    "hospital": "hospital-ransomware.yaml",
}


def sample(name: str = "en") -> Traversable:
    """A bundled sample definition by short name (en, ru, hospital) or file name."""
    return samples() / SAMPLE_NAMES.get(name, name)


def sample_list() -> list[Traversable]:
    return sorted(
        (item for item in samples().iterdir() if item.name.endswith(".yaml")),
        key=lambda item: item.name,
    )


ORGANISATION = APPLICATION = "TTX Desktop"


def data_home() -> Path:
    """The program's own writable folder (exercises it makes, the error log): the platform's
    application data folder, the same for the window and for a headless command."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.organizationName() != ORGANISATION:  # a headless command: name it
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) if base else Path.home() / ".ttx-desktop"
