"""Dates and times of day follow the interface's locale; exercise-clock times do not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from ttx_desktop.gui.local_time import date_edit_format, date_text, date_time_text, time_text
from ttx_desktop.gui.restore_backup_dialog import BackupsModel
from ttx_desktop.storage.backups import Backup

pytestmark = pytest.mark.gui

# A local time of day, so that the expected text does not depend on the machine's time zone.
MOMENT = datetime(2026, 11, 29, 14, 5, 9).astimezone()


@pytest.fixture
def locale(qapp: Any) -> Iterator[Any]:
    """Sets QLocale's default as gui/language.py does; puts the old one back afterwards."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_russian_dates_and_times(locale: Any) -> None:
    locale("ru")
    assert date_text(MOMENT.date()) == "29.11.2026"
    assert time_text(MOMENT) == "14:05:09"
    assert time_text(MOMENT, seconds=False) == "14:05"
    assert date_time_text(MOMENT) == "29.11.2026 14:05:09"


def test_english_dates_and_times(locale: Any) -> None:
    locale("en_US")
    assert date_text(date(2026, 11, 29)) == "11/29/26"
    assert time_text(MOMENT) in ("2:05:09 PM", "2:05:09\u202fPM")  # ICU puts a narrow space
    assert time_text(MOMENT, seconds=False).startswith("2:05")
    locale("en_GB")
    assert date_time_text(MOMENT) == "29/11/2026 14:05:09"


def test_date_edits_use_the_locale_order_with_a_four_digit_year(locale: Any) -> None:
    locale("en_US")
    assert QDate(2026, 11, 29).toString(date_edit_format()) == "11/29/2026"
    locale("ru")
    assert QDate(2026, 11, 29).toString(date_edit_format()) == "29.11.2026"


def test_the_backup_list_shows_when_in_the_locale(locale: Any, tmp_path: Path) -> None:
    backups = [Backup(tmp_path / "a.ttxdb", MOMENT, entries=3, injects=2, size=4096)]
    for name, expected in (("ru", "29.11.2026 14:05:09"), ("en_GB", "29/11/2026 14:05:09")):
        locale(name)
        model = BackupsModel(backups)
        assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == expected


def test_choosing_the_interface_language_sets_the_date_format(locale: Any) -> None:
    from ttx_desktop.gui import language

    try:
        assert language.install("ru")
        assert date_time_text(MOMENT) == "29.11.2026 14:05:09"
    finally:
        language.install(language.DEFAULT)
    assert date_text(MOMENT.date()) != "29.11.2026"
