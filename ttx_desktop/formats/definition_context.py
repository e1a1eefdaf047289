"""What the sections of a definition share while it is read: record ids and codes seen so far."""

from __future__ import annotations

from ttx_desktop.domain.ids import derived_id
from ttx_desktop.formats.yaml_fields import Fields, Index, Reader, path


class Context:
    """The reader, the exercise id, and what earlier sections defined for later ones to name."""

    def __init__(self, reader: Reader, exercise_id: str) -> None:
        self.reader = reader
        self.exercise_id = exercise_id
        self.objectives = Index(reader, "objective")
        self.teams = Index(reader, "team")
        self.team_names = Index(reader, "team name")
        self.modules = Index(reader, "module")
        self.injects = Index(reader, "inject")
        self.module_starts: dict[str, int | None] = {}  # module id: start, minutes after 00:00
        self.unreadable_starts: set[str] = set()
        self._ids: dict[str, Index] = {}
        self._explicit: set[str] = set()

    def record_id(self, m: Fields, field: str, line: int, kind: str, key: object) -> str:
        """The record's own ``id:``, or the id derived from the exercise id and ``key``.

        Two records of one kind with one id are reported (the file could not hold them);
        derived ids only collide when their codes or numbers do, which is reported already.
        """
        explicit = self.reader.identifier(m, field)
        record_id = explicit or derived_id(self.exercise_id, kind, str(key))
        seen = self._ids.setdefault(kind, Index(self.reader, "id"))
        quiet = explicit is None and record_id not in self._explicit
        where = m["id"].where if explicit else line
        seen.add(record_id, record_id, where, path(field, "id"), quiet=quiet)
        if explicit:
            self._explicit.add(record_id)
        return record_id

    def ref_code(self, index: Index, m: Fields, key: str, field: str) -> str | None:
        """The id of the record whose code is written under ``key``, if any."""
        code = self.reader.text(m, key, field)
        if not code.strip():
            return None
        return index.ref(code, m[key].where, path(field, key))

    def ref_number(self, index: Index, m: Fields, key: str, field: str) -> str | None:
        """The id of the record whose number is written under ``key``, if any."""
        number = self.reader.integer(m, key, field)
        return None if number is None else index.ref(number, m[key].where, path(field, key))

    def ref_codes(self, index: Index, m: Fields, key: str, field: str) -> tuple[str, ...]:
        """The ids of the records whose codes are listed under ``key``, each once."""
        out: list[str] = []
        for code in self.reader.strings(m, key, field):
            found = index.ref(code, m[key].where, path(field, key))
            if found is not None and found not in out:
                out.append(found)
        return tuple(out)
