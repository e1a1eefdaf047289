"""The import dialog's choice of sheets: one sheet, the sheets read together, or any ticked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QMenu, QToolButton, QWidget

from ttx_desktop.formats.msel_read import RawTable


class SheetPicker(QObject):
    """Shows a workbook's sheets in the dialog's list (the sheets read together first, then
    each sheet) and in a Sheets… menu of ticks, and says which the user wants read.

    Signals:
        chosen(object): a sheet's name, or a list of names to read together.
    """

    chosen = Signal(object)

    def __init__(
        self, combo: QComboBox, label: QLabel, layout: QBoxLayout, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.combo, self.label = combo, label
        self.raw: RawTable | None = None
        self.together: tuple[str, ...] = ()  # kept when one of them is then shown alone
        self.button = QToolButton(parent)
        self.button.setObjectName("sheetsButton")
        self.button.setText(self.tr("Sheets…"))
        self.button.setToolTip(self.tr("Tick the sheets to read together, one per day"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        layout.addWidget(self.button)
        self.menu.triggered.connect(self._on_menu_triggered)
        self.combo.activated.connect(self._on_combo_activated)

    def show(self, raw: RawTable | None) -> None:
        """The sheets of ``raw`` (None: a file that could not be read), the shown ones chosen."""
        self.raw = raw
        sheets = raw.sheets if raw is not None else ()
        now = raw.sheets_read if raw is not None and len(raw.sheets_read) > 1 else ()
        self.together = now or self.together
        self.combo.clear()
        if self.together:
            self.combo.addItem(" + ".join(self.together), list(self.together))
        for sheet in sheets:
            self.combo.addItem(sheet, sheet)
        if raw is not None and raw.sheet and not now:
            self.combo.setCurrentIndex(self.combo.findData(raw.sheet))
        shown = self.shown()
        self.menu.clear()
        for sheet in sheets:
            action = self.menu.addAction(sheet.replace("&", "&&"))
            action.setData(sheet)
            action.setCheckable(True)
            action.setChecked(sheet in shown)
        many = len(sheets) > 1
        for widget in (self.combo, self.label, self.button):
            widget.setVisible(many)
        self.set_enabled(many)

    def set_enabled(self, enabled: bool) -> None:
        self.combo.setEnabled(enabled)
        self.button.setEnabled(enabled)

    def shown(self) -> tuple[str, ...]:
        """The sheets the dialog shows now."""
        raw = self.raw
        if raw is None:
            return ()
        return raw.sheets_read if len(raw.sheets_read) > 1 else (raw.sheet,)

    def _on_combo_activated(self, _index: int) -> None:
        wanted = self.combo.currentData()
        if self.raw is None or not wanted:
            return
        if ((wanted,) if isinstance(wanted, str) else tuple(wanted)) != self.shown():
            self.chosen.emit(wanted)

    def _on_menu_triggered(self, _action: object) -> None:
        ticked = [str(a.data()) for a in self.menu.actions() if a.isChecked()]
        if ticked and tuple(ticked) != self.shown():
            self.chosen.emit(ticked[0] if len(ticked) == 1 else ticked)
