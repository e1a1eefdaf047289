"""Problems found in a file handed to us, each pointing at file, line or row, and field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ttx_desktop.errors import UserError
from ttx_desktop.messages import Text, msg


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        return str(self.text())

    def text(self) -> Text:
        """``FILE:LINE: field: message``, its message translatable (messages.py)."""
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        message = self.message if isinstance(self.message, Text) else Text(self.message, {})
        values = {"where": where, "field": self.field, "message": message}
        # Punctuation only: nothing here for a translator; the message inside is translated.
        if self.field:
            return Text("{where}: {field}: {message}", values)
        del values["field"]
        return Text("{where}: {message}", values)


class DefinitionError(UserError):
    """An input file has problems; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        first = self.problems[0].text() if self.problems else msg("invalid file")
        more = len(self.problems) - 1
        super().__init__(
            msg("{problem} (and {more} more problems)", problem=first, more=more)
            if more > 0
            else first
        )
