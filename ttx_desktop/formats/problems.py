"""Problems found in a file handed to us, each pointing at file, line or row, and field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ttx_desktop.errors import UserError


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class DefinitionError(UserError):
    """An input file has problems; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid file"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problems)" if more > 0 else ""))
