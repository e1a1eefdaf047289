"""Renders a Word document by its kind (domain/documents.py lists the kinds).

Each kind names a module of this package with ``render(exercise, *, options) -> bytes``; the
module is imported only when the document is made, so listing the kinds stays instant (the
CLI's --help reads them).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from ttx_desktop.domain.documents import DOCUMENTS

if TYPE_CHECKING:
    from ttx_desktop.domain.model import Exercise
    from ttx_desktop.exporters.options import ExportOptions


class _Renderer(Protocol):
    def __call__(self, exercise: Exercise, *, options: ExportOptions | None = None) -> bytes: ...


def render(kind: str, exercise: Exercise, options: ExportOptions) -> bytes:
    """The document ``kind`` of ``exercise`` as .docx bytes."""
    module = importlib.import_module(f"ttx_desktop.exporters.{DOCUMENTS[kind].module}")
    renderer: _Renderer = module.render
    return renderer(exercise, options=options)
