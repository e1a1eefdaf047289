"""The exercise definition: one YAML file for a whole exercise (docs/exercise-format.md)."""

from __future__ import annotations

from pathlib import Path

from ttx_desktop.domain.model import Exercise
from ttx_desktop.formats.definition_reader import build_exercise
from ttx_desktop.formats.definition_writer import dump_definition
from ttx_desktop.formats.problems import DefinitionError, Problem
from ttx_desktop.formats.safe_yaml import MAX_BYTES, read_yaml
from ttx_desktop.formats.yaml_fields import Reader
from ttx_desktop.messages import msg, reason_of

__all__ = [
    "DefinitionError",
    "Problem",
    "check_definition",
    "dump_definition",
    "load_definition",
    "parse_definition",
]


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, reading no more than one byte past the cap (a pipe has no size)."""

    def fail(message: str) -> DefinitionError:
        return DefinitionError([Problem(str(path), None, "", message)])

    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except IsADirectoryError as exc:
        raise fail(msg("is a folder, not a file")) from exc
    except FileNotFoundError as exc:
        raise fail(msg("no such file")) from exc
    except OSError as exc:
        raise fail(msg("cannot be read ({reason})", reason=reason_of(exc))) from exc
    if len(data) > MAX_BYTES:
        raise fail(msg("is too large (over {limit:,} bytes)", limit=MAX_BYTES))
    return data


def parse_definition(data: bytes, filename: str) -> Exercise:
    """The exercise ``data`` defines; raises DefinitionError listing every problem."""
    reader = Reader(filename)
    exercise = build_exercise(read_yaml(data, filename), reader)
    if reader.problems:
        raise DefinitionError(sorted(reader.problems, key=lambda p: p.line or 0))
    return exercise


def load_definition(path: Path | str) -> Exercise:
    """The exercise the file at ``path`` defines; raises DefinitionError listing every problem."""
    path = Path(path)
    return parse_definition(_read_bytes(path), str(path))


def check_definition(path: Path | str) -> list[Problem]:
    """Every problem of the definition at ``path`` (empty when it is valid)."""
    try:
        load_definition(path)
    except DefinitionError as exc:
        return exc.problems
    return []
