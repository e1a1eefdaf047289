"""Pictures placed in a Word document's body, numbered from a counter of the document's own.

python-docx finds each new picture's shape id by reading every id in the document, so a
deck of 300 inject cards, each with its QR code, spent most of its time there. Every
picture of a document made here goes through one InlinePictures, which reads the ids once.
"""

from __future__ import annotations

import io

from docx.oxml.shape import CT_Inline
from docx.parts.story import StoryPart
from docx.shape import InlineShape
from docx.shared import Length
from docx.text.run import Run


class InlinePictures:
    """Adds PNG pictures to runs of one story part (the document's body)."""

    def __init__(self, part: StoryPart) -> None:
        self._part = part
        self._next_id: int | None = None

    def add(self, run: Run, png: bytes, width: Length) -> InlineShape:
        """``png`` in ``run``, ``width`` wide; the same image twice is stored once."""
        rel_id, image = self._part.get_or_add_image(io.BytesIO(png))
        cx, cy = image.scaled_dimensions(width, None)
        if self._next_id is None:
            self._next_id = self._part.next_id
        inline = CT_Inline.new_pic_inline(self._next_id, rel_id, image.filename, cx, cy)
        self._next_id += 1
        run._r.add_drawing(inline)
        return InlineShape(inline)
