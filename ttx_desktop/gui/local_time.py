"""Dates and times of day written as the interface's locale writes them.

The locale is QLocale's default, which gui/language.py sets with the interface language: a
Russian interface shows 29.11.2026 and 14:05, an American one 11/29/26 and 2:05 PM. Times on
the exercise clock (elapsed, T+01:05:00) are not times of day and keep their own format.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat


def date_text(day: date) -> str:
    """``day`` in the locale's short date format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _SHORT)


def time_text(moment: datetime, *, seconds: bool = True) -> str:
    """The local time of day of ``moment`` in the locale's format, with seconds if asked."""
    local = moment.astimezone()
    locale = QLocale()
    layout = locale.timeFormat(_SHORT)
    if seconds and "s" not in layout:
        # The short format has no seconds, the long one adds the time zone: take the short
        # one and put the seconds after the minutes.
        layout = layout.replace("mm", "mm:ss", 1)
    return locale.toString(QTime(local.hour, local.minute, local.second), layout)


def date_time_text(moment: datetime, *, seconds: bool = True) -> str:
    """The local date and time of day of ``moment``."""
    local = moment.astimezone()
    return f"{date_text(local.date())} {time_text(local, seconds=seconds)}"


def date_edit_format() -> str:
    """A QDateEdit display format in the locale's order, always with a four-digit year."""
    layout = QLocale().dateFormat(_SHORT)
    return layout if "yyyy" in layout else layout.replace("yy", "yyyy", 1)
