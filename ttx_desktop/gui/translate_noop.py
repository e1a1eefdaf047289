"""QT_TRANSLATE_NOOP typed as it behaves: PySide6's stubs say it returns object, not the text."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Returns ``source`` as it is; lupdate files it under ``context`` for translation."""
    del context
    return source
