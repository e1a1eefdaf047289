"""The column mapping a user chose for an MSEL, remembered for sheets with the same headers."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_mapping import Mapping, guess_mapping
from ttx_desktop.formats.msel_read import RawTable

SETTINGS_GROUP = "msel_import/mappings"


def _key(mapping: Mapping) -> str:
    digest = hashlib.sha1("\x1f".join(mapping.key).encode(), usedforsecurity=False)
    return f"{SETTINGS_GROUP}/{digest.hexdigest()}"


def remembered_mapping(raw: RawTable, settings: QSettings | None) -> tuple[Mapping, bool]:
    """The mapping chosen last time for a sheet with the same headers (and True), else the
    guess from the headers (and False). A damaged setting counts as none."""
    mapping = guess_mapping(raw)
    stored = settings.value(_key(mapping)) if settings is not None else None
    values = [stored] if isinstance(stored, str) else list(stored or [])
    if not values or len(values) != len(mapping.columns):
        return mapping, False
    for index, value in enumerate(values):
        try:
            field = Field(str(value))
        except ValueError:
            return guess_mapping(raw), False
        if (mapping.field_of(index) or Field.KEEP) is not field:
            mapping = mapping.with_field_at(index, field)
    return mapping, True


def remember_mapping(mapping: Mapping, settings: QSettings | None) -> None:
    if settings is not None and mapping.columns:
        settings.setValue(_key(mapping), [(c.field or Field.KEEP).value for c in mapping.columns])
