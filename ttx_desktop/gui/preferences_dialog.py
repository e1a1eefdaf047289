"""Preferences: the interface language (the system's, or one chosen here), and whether a
presentation clicker steps through the injects on the presenter window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.gui import language
from ttx_desktop.gui.presenter_keys import CLICKER_KEY


class PreferencesDialog(QDialog):
    """Lets the user choose the interface language; ``apply()`` stores and installs it.

    Signals: none (the caller asks ``apply()`` whether the language changed).
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        system_name = language.LANGUAGES[language.system_language()]
        self.language_combo.addItem(
            QCoreApplication.translate("Language", language.SYSTEM_LABEL).replace(
                "%1", system_name
            ),
            language.SYSTEM,
        )
        for code, name in language.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language.chosen(settings)))
        )
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        note = QLabel(
            self.tr(
                "Documents are written in the exercise's own language, whatever the "
                "interface language."
            )
        )
        note.setWordWrap(True)
        self.clicker_check = QCheckBox(
            self.tr("A presentation &clicker's Page Down and Page Up step through the injects")
        )
        self.clicker_check.setObjectName("clickerCheck")
        self.clicker_check.setToolTip(
            self.tr("On the presenter window: Page Down shows the next inject, releasing it "
                    "when the room already sees the latest; Page Up the one before")
        )  # fmt: skip
        self.clicker_check.setChecked(bool(settings.value(CLICKER_KEY, True, type=bool)))
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.clicker_check)
        layout.addWidget(buttons)

    def apply(self) -> bool:
        """Stores the choices and installs the translation; True if the language changed."""
        self._settings.setValue(CLICKER_KEY, self.clicker_check.isChecked())
        before = language.effective(self._settings)
        self._settings.setValue(language.SETTING, self.language_combo.currentData())
        after = language.effective(self._settings)
        if after == before:
            return False
        language.install_from_settings(self._settings)
        return True
