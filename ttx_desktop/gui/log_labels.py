"""How log entries read on screen: kind and tag names, inject labels, clock, tooltips."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ttx_desktop.domain.model import EntryKind, EntryTag, Inject
from ttx_desktop.gui.translate_noop import QT_TRANSLATE_NOOP

_KIND_LABELS = {
    EntryKind.DECISION: QT_TRANSLATE_NOOP("EntryKind", "Decision"),
    EntryKind.ACTION: QT_TRANSLATE_NOOP("EntryKind", "Action"),
    EntryKind.QUESTION: QT_TRANSLATE_NOOP("EntryKind", "Question"),
    EntryKind.OBSERVATION: QT_TRANSLATE_NOOP("EntryKind", "Observation"),
    EntryKind.STRENGTH: QT_TRANSLATE_NOOP("EntryKind", "Strength"),
    EntryKind.IMPROVEMENT: QT_TRANSLATE_NOOP("EntryKind", "Area for improvement"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("EntryKind", "Note"),
}
_TAG_LABELS = {
    EntryTag.NONE: "",
    EntryTag.STRENGTH: QT_TRANSLATE_NOOP("EntryTag", "Strength"),
    EntryTag.IMPROVEMENT: QT_TRANSLATE_NOOP("EntryTag", "Area for improvement"),
}
TAG_COLOURS = {EntryTag.STRENGTH: "#2E7D32", EntryTag.IMPROVEMENT: "#C75B00"}


def kind_label(kind: EntryKind, *, short: bool = False) -> str:
    if short and kind is EntryKind.IMPROVEMENT:
        return QCoreApplication.translate("EntryKind", "Improvement")
    return QCoreApplication.translate("EntryKind", _KIND_LABELS[kind])


def tag_label(tag: EntryTag, *, short: bool = False) -> str:
    if not tag:
        return ""
    if short and tag is EntryTag.IMPROVEMENT:
        return QCoreApplication.translate("EntryTag", "Improvement")
    return QCoreApplication.translate("EntryTag", _TAG_LABELS[tag])


def inject_label(inject: Inject | None) -> str:
    return f"#{inject.number} {inject.title}" if inject is not None else ""


def format_clock(seconds: float | None) -> str:
    """Elapsed exercise time as H:MM:SS, or "" before the clock was started."""
    if seconds is None:
        return ""
    whole = max(0, int(seconds))
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def one_line(text: str) -> str:
    return " ↵ ".join(line for line in text.splitlines() if line.strip())


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept, even if it looks like HTML."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
