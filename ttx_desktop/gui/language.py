"""The interface language: which one the user chose (or the system's), and Qt's translators.

The interface follows the user; documents follow the exercise's own language (see exporters),
and the two are independent.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from ttx_desktop.gui.translate_noop import QT_TRANSLATE_NOOP
from ttx_desktop.paths import resource

SETTING = "language"
SYSTEM = ""  # the setting's value when the language follows the system
# Code and name of every interface language, each name in its own language.
LANGUAGES = {"en": "English", "ru": "Русский"}
DEFAULT = "en"
SYSTEM_LABEL = QT_TRANSLATE_NOOP("Language", "As the system (%1)")

_installed: list[QTranslator] = []


def chosen(settings: QSettings) -> str:
    """The setting: a language code, or SYSTEM."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that we have, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def effective(settings: QSettings) -> str:
    return chosen(settings) or system_language()


def translation_file(code: str) -> str:
    """The compiled translation of our own strings for ``code`` (may not exist for English)."""
    return str(resource("translations", f"ttx_desktop_{code}.qm"))


def install(code: str) -> bool:
    """Makes ``code`` the interface language of the running application.

    Qt's own strings (standard buttons, context menus) come from Qt's translations, ours from
    resources/translations. Returns False when our translation for ``code`` could not be
    loaded (the interface then stays in English).
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    # Dates and numbers follow the system's locale when it speaks this language (en_GB, ru_KZ),
    # else the language's own.
    QLocale.setDefault(QLocale.system() if code == system_language() else QLocale(code))
    if code == DEFAULT:
        return True
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(code), "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if not ours.load(translation_file(code)):
        return False
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    return True


def install_from_settings(settings: QSettings) -> str:
    """Installs the language the settings ask for; returns its code."""
    code = effective(settings)
    if not install(code):
        install(DEFAULT)
        return DEFAULT
    return code
