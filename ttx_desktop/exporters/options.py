"""What a caller may choose about a Word document: paper, the organiser's template, pictures."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from ttx_desktop.errors import UserError
from ttx_desktop.exporters.pictures import Pictures


class Paper(enum.StrEnum):
    """Page sizes a document can be laid out on."""

    A4 = "a4"
    LETTER = "letter"


class ExportError(UserError):
    """A document that cannot be made as asked (an unreadable template, say); nothing written."""


@dataclass(frozen=True)
class ExportOptions:
    """Choices for one document.

    ``paper`` None means the template's page size, or A4 without a template. ``template`` is
    an organiser's .docx (or .dotx): its styles, headers, footers and logo are kept and its
    body is replaced. ``pictures`` draws the charts; without it the documents have none.
    ``room_url`` is the participants' link to the room, when it is open: inject cards then
    carry a QR code of the link to each inject instead of its text. ``cards_per_page`` is 1
    or 2.
    Documents append to ``warnings`` what they had to change (e.g. characters XML cannot
    hold, removed from a log entry); the caller shows them.
    """

    paper: Paper | None = None
    template: Path | bytes | None = None
    pictures: Pictures | None = None
    room_url: str = ""
    cards_per_page: int = 2
    warnings: list[str] = field(default_factory=list, compare=False)
