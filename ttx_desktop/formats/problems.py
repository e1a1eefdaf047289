"""Problems found in a file handed to us, each pointing at file, line or row, and field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ttx_desktop.errors import UserError
from ttx_desktop.messages import Text, msg, punctuated


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
        if self.field:
            return punctuated(
                "{where}: {field}: {message}", where=where, field=self.field, message=self.message
            )
        return punctuated("{where}: {message}", where=where, message=self.message)


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
