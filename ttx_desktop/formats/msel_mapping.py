"""Which column of an MSEL holds which inject field: guessed from headers, changeable by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ttx_desktop.formats.msel_columns import (
    THRESHOLD,
    TIME_IF_ALONE,
    Field,
    column_letter_index,
    header_candidates,
    normalize,
)
from ttx_desktop.formats.msel_read import MselError, RawTable, column_letter
from ttx_desktop.messages import msg

# Fields that may be given by several columns; every other field takes one column.
MANY = frozenset({Field.NOTES, Field.KEEP, Field.IGNORE})


@dataclass(frozen=True)
class ColumnGuess:
    """One column: its header, the field it is taken as (None: kept in the notes), and how
    sure the guess is (1 for a known header, 0 for none; a choice by hand is 1)."""

    index: int
    header: str
    field: Field | None
    confidence: float

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class Mapping:
    """A field for each column of a table."""

    columns: tuple[ColumnGuess, ...]

    def field_of(self, index: int) -> Field | None:
        return self.columns[index].field if index < len(self.columns) else None

    def column_of(self, field: Field) -> int | None:
        """The column holding ``field`` (the first, for fields that take several)."""
        return next((c.index for c in self.columns if c.field is field), None)

    def has(self, field: Field) -> bool:
        return self.column_of(field) is not None

    @property
    def key(self) -> tuple[str, ...]:
        """The table's headers as matched, to remember a mapping for tables of the same shape."""
        return tuple(normalize(c.header) for c in self.columns)

    def as_dict(self) -> dict[str, str]:
        """Header: field name, for settings; unknown columns map to "keep"."""
        return {c.header: (c.field or Field.KEEP).value for c in self.columns}

    def with_field(self, column: str, field: Field) -> Mapping:
        """The mapping with ``column`` (a header, a letter like "C", or a number from 1)
        taken as ``field``; a column that held ``field`` before is kept in the notes."""
        return self.with_field_at(self.find(column), field)

    def with_field_at(self, index: int, field: Field) -> Mapping:
        """The mapping with the column at ``index`` (from 0) taken as ``field``; a column
        that held ``field`` before is kept in the notes."""
        out = []
        for c in self.columns:
            if c.index == index:
                out.append(replace(c, field=field, confidence=1.0))
            elif c.field is field and field not in MANY:
                out.append(replace(c, field=None, confidence=0.0))
            else:
                out.append(c)
        return Mapping(tuple(out))

    def find(self, column: str) -> int:
        """The index of the column a user names; raises MselError listing the headers."""
        key = normalize(column)
        for c in self.columns:
            if c.header == column or (key and normalize(c.header) == key):
                return c.index
        letter = column_letter_index(column.strip())
        if letter is not None and letter < len(self.columns):
            return letter
        if column.strip().isdecimal() and 1 <= int(column) <= len(self.columns):
            return int(column) - 1
        listed = ", ".join(repr(c.header) for c in self.columns)
        said = msg(
            "there is no column {column!r} (columns are {listed})", column=column, listed=listed
        )
        raise MselError.at("", said)


def guess_mapping(raw: RawTable) -> Mapping:
    """A field for each column, guessed from its header's words and confirmed by its cells;
    each single field given once, to the column most surely holding it (ties: the cells
    decide, then the leftmost)."""
    from ttx_desktop.formats.msel_content import fit, guesses, profiles

    found = profiles(raw.rows, len(raw.headers))
    pairs: list[tuple[float, float, int, Field]] = []
    best: list[float] = []
    for index, header in enumerate(raw.headers):
        named = header_candidates(header)
        best.append(max(named.values(), default=0.0))
        if not any(score >= THRESHOLD for score in named.values()):
            named = {**guesses(found[index]), **named}
        for one, other in ((Field.TEXT, Field.TITLE), (Field.TITLE, Field.TEXT)):
            if one in named and other not in named:  # the second of two text columns
                named[other] = named[one] - 0.3
        for field, score in named.items():
            sure = max(0.0, min(1.0, score + fit(field, found[index])))
            if score >= 1.0:  # a known header stays a candidate, whatever its cells say
                sure = max(sure, THRESHOLD + 0.05)
            if sure >= THRESHOLD:
                pairs.append((sure, _tie(field, found[index].length), -index, field))
    taken: dict[int, tuple[Field, float]] = {}
    owned: set[Field] = set()
    for sure, _order, minus_index, field in sorted(pairs, reverse=True):
        index = -minus_index
        if index in taken or (field in owned and field not in MANY):
            continue
        taken[index] = (field, round(sure, 2))
        owned.add(field)
    columns = [
        ColumnGuess(i, h, *taken.get(i, (None, round(best[i], 2))))
        for i, h in enumerate(raw.headers)
    ]
    if Field.TIME not in owned and Field.SCENARIO_TIME in owned:
        index = next(c.index for c in columns if c.field is Field.SCENARIO_TIME)
        if normalize(raw.headers[index]) in TIME_IF_ALONE:
            columns[index] = replace(columns[index], field=Field.TIME)
    return Mapping(tuple(columns))


def _tie(field: Field, length: float) -> float:
    """Between columns equally named, the longer prose is the text and the shorter the title."""
    if field is Field.TEXT:
        return length
    if field is Field.TITLE:
        return -length
    return 0.0


def mapping_from(raw: RawTable, fields: dict[str, str] | Sequence[tuple[str, str]]) -> Mapping:
    """The guessed mapping with the given (column, field name) choices made by hand."""
    from ttx_desktop.formats.msel_columns import field_named

    mapping = guess_mapping(raw)
    pairs = fields.items() if isinstance(fields, dict) else fields
    for column, name in pairs:
        field = field_named(name)
        if field is None:
            known = ", ".join(f.value for f in Field)
            said = msg("{name!r} is not a field (fields are {known})", name=name, known=known)
            raise MselError.at(raw.source, said)
        try:
            mapping = mapping.with_field(column, field)
        except MselError as exc:
            raise MselError.at(raw.source, exc.problems[0].message) from exc
    return mapping
