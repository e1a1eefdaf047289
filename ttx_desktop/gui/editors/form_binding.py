"""Binds the widgets of a Designer form to the fields of one record, field by field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ttx_desktop.gui.editors.widgets import lines_text, text_lines
from ttx_desktop.gui.local_time import date_edit_format

NO_DATE = QDate(1900, 1, 1)
INVALID_TINT = QColor(220, 50, 47)


class FormBinding(QObject):
    """Shows a record in form widgets and says which field the user finished editing.

    A line edit reports on Enter or when it loses focus, a text box when it loses focus, a
    combo box when a choice is made, a date when it loses focus or a day is clicked. Showing a
    record leaves alone a widget the user is still typing in.

    Signals:
        field_edited(str): the user finished editing the named field; read it with ``value``.
    """

    field_edited = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, Callable[[], Any], Callable[[Any], None]]] = {}
        self._shown: dict[str, Any] = {}
        self._tips: dict[str, str] = {}

    # --------------------------------------------------------------- binding

    def line(self, name: str, edit: QLineEdit) -> None:
        self._add(name, edit, lambda: edit.text().strip(), lambda v: edit.setText(str(v)))
        edit.editingFinished.connect(lambda: self._finished(name))

    def text(self, name: str, edit: QPlainTextEdit) -> None:
        self._add(name, edit, lambda: edit.toPlainText().strip(), lambda v: _set_plain(edit, v))
        edit.installEventFilter(self)

    def lines(self, name: str, edit: QPlainTextEdit) -> None:
        """A tuple of texts, one per line."""
        self._add(name, edit, lambda: text_lines(edit.toPlainText()),
                  lambda v: _set_plain(edit, lines_text(v)))  # fmt: skip
        edit.installEventFilter(self)

    def pairs(self, name: str, edit: QPlainTextEdit) -> None:
        """A tuple of (short, long) pairs, one "SHORT: long" per line."""
        self._add(name, edit, lambda: pairs_of(edit.toPlainText()),
                  lambda v: _set_plain(edit, "\n".join(f"{a}: {b}" for a, b in v)))  # fmt: skip
        edit.installEventFilter(self)

    def combo_text(self, name: str, combo: QComboBox) -> None:
        self._add(name, combo, lambda: combo.currentText().strip(),
                  lambda v: combo.setCurrentText(str(v)))  # fmt: skip
        combo.activated.connect(lambda _n: self._finished(name))
        if (line := combo.lineEdit()) is not None:
            line.editingFinished.connect(lambda: self._finished(name))

    def date(self, name: str, edit: QDateEdit) -> None:
        """A date or None, shown as the edit's special value text at its minimum date."""
        edit.setMinimumDate(NO_DATE)
        edit.setDisplayFormat(date_edit_format())

        def read() -> date | None:
            day = edit.date()
            return None if day == NO_DATE else date(day.year(), day.month(), day.day())

        def show(value: date | None) -> None:
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

        self._add(name, edit, read, show)
        edit.editingFinished.connect(lambda: self._finished(name))
        edit.calendarWidget().clicked.connect(lambda _day: self._finished(name))

    def unticked(self, name: str, holder: QWidget, boxes: Mapping[str, QCheckBox]) -> None:
        """A tuple of the keys of ``boxes`` whose box is not ticked, in the boxes' order (the
        documents not marked final); reported when a box is clicked."""

        def show(value: tuple[str, ...]) -> None:
            for key, box in boxes.items():
                box.setChecked(key not in value)

        self._add(name, holder, lambda: tuple(k for k, b in boxes.items() if not b.isChecked()),
                  show)  # fmt: skip
        for box in boxes.values():
            box.clicked.connect(lambda _checked: self._finished(name))

    # ------------------------------------------------------------------- use

    def names(self) -> list[str]:
        return list(self._fields)

    def widget(self, name: str) -> QWidget:
        return self._fields[name][0]

    def value(self, name: str) -> Any:
        return self._fields[name][1]()

    def show(self, record: Any, *, force: bool = False) -> None:
        """Shows ``record``'s fields; with ``force`` also over what the user is typing."""
        for name, (widget, read, show) in self._fields.items():
            stored = getattr(record, name)
            typing = not force and widget.hasFocus() and read() != self._shown.get(name, stored)
            if not typing and read() != stored:
                show(stored)
            self._shown[name] = stored

    def set_enabled(self, enabled: bool) -> None:
        for widget, _read, _show in self._fields.values():
            widget.setEnabled(enabled)

    def mark(self, name: str, message: str | None) -> None:
        """Marks a field as refused (tinted, with the reason as tooltip), or clears the mark."""
        widget = self._fields[name][0]
        if name not in self._tips:
            self._tips[name] = widget.toolTip()
        palette = QPalette(widget.palette())
        if message:
            base = palette.color(QPalette.ColorRole.Base)
            tint = QColor(
                (base.red() * 3 + INVALID_TINT.red()) // 4,
                (base.green() * 3 + INVALID_TINT.green()) // 4,
                (base.blue() * 3 + INVALID_TINT.blue()) // 4,
            )
            palette.setColor(QPalette.ColorRole.Base, tint)
            widget.setPalette(palette)
            widget.setToolTip(message)
        else:
            widget.setPalette(QPalette())
            widget.setToolTip(self._tips[name])
        widget.setProperty("invalid", bool(message))

    def is_marked(self, name: str) -> bool:
        return bool(self._fields[name][0].property("invalid"))

    # ------------------------------------------------------------- internals

    def _add(self, name: str, widget: QWidget, read: Callable[[], Any],
             show: Callable[[Any], None]) -> None:  # fmt: skip
        self._fields[name] = (widget, read, show)

    def _finished(self, name: str) -> None:
        self.field_edited.emit(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for name, (widget, _read, _show) in self._fields.items():
                if widget is watched:
                    self._finished(name)
        return False


def pairs_of(text: str) -> tuple[tuple[str, str], ...]:
    """ "CERT: Computer emergency response team" lines as pairs; a line with no colon, or
    nothing on one side of it, is left out."""
    found = []
    for line in text.splitlines():
        short, colon, long = line.partition(":")
        if colon and short.strip() and long.strip():
            found.append((short.strip(), long.strip()))
    return tuple(found)


def _set_plain(edit: QPlainTextEdit, value: Any) -> None:
    edit.setPlainText(str(value))
