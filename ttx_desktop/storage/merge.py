"""Merging another laptop's copy of the same exercise into this file, record by record.

Log entries with their revisions, feedback forms and recommendations come in matched by id:
what this file lacks is added, what it has is left, so a second merge changes nothing.
Injects (and recommendations) that differ between the copies are reported, never overwritten.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ttx_desktop.domain.ids import to_iso
from ttx_desktop.domain.model import Exercise, Inject, LogEntry, LogRevision, Recommendation
from ttx_desktop.messages import Text, clipped, joined, msg
from ttx_desktop.storage import rows
from ttx_desktop.storage.database import Database
from ttx_desktop.storage.errors import StorageError
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.failures import immediate
from ttx_desktop.storage.log_repo import LogRepo, refold
from ttx_desktop.storage.merge_policy import is_prefix, merge_policy
from ttx_desktop.storage.schema import search_text

# What an author changes in an inject; status and release stamps belong to the run.
INJECT_FIELDS = (
    "number", "module_id", "title", "planned_s", "pinned", "scenario_time", "text", "source",
    "target_team_ids", "method", "expected_actions", "objective_ids", "facilitator_notes",
    "attachments",
)  # fmt: skip
RECOMMENDATION_FIELDS = (
    "issue", "corrective_action", "objective_id", "capability_element", "responsible",
    "contact", "start", "completion", "priority", "status",
)  # fmt: skip


class MergeRefused(StorageError):
    """The other file cannot be merged into this one; nothing was written."""


@dataclass(frozen=True)
class MergeCaps:
    """How large another copy may be: a merge loads it whole, so a file far beyond any real
    exercise (or made to exhaust memory) is refused before it is read."""

    max_bytes: int = 2 * 1024**3  # the file and its write-ahead log together
    max_entries: int = 1_000_000
    max_revisions: int = 4_000_000
    max_records: int = 100_000  # of each other kind: injects, teams, feedback forms...


CAPS = MergeCaps()
# Counted before loading, in words; the table names are ours, checked on opening.
_COUNTED = {
    "log_entry": msg("log entries"), "log_revision": msg("revisions of log entries"),
    "feedback": msg("feedback forms"), "recommendation": msg("recommendations"),
    "inject": msg("injects"), "inject_target": msg("inject targets"),
    "inject_objective": msg("inject objectives"), "team": msg("teams"),
    "objective": msg("objectives"), "module": msg("modules"),
    "participant": msg("participants"),
    "policy_recommendation": msg("policy recommendations"),
    "policy_revision": msg("revisions of policy recommendations"), "vote": msg("votes"),
    "ballot": msg("ballots"),
}  # fmt: skip
# The links of a log entry that must name a record of this file, kept only if they do.
_LINKS = ("team_id", "inject_id", "objective_id")
# What a log entry may name, for a conflict that says which of them this file lacks.
_NAMED = {"team_id": msg("team"), "inject_id": msg("inject"), "module_id": msg("module"),
          "objective_id": msg("objective")}  # fmt: skip


@dataclass
class MergeReport:
    """What a merge added, and what it found edited differently in the two copies."""

    entries: int = 0
    revisions: int = 0
    feedback: int = 0
    recommendations: int = 0
    records: int = 0  # teams, participants, objectives, modules, injects only the other had
    policy: int = 0  # policy recommendations and their revisions new to this file
    votes: int = 0  # votes and ballots new to this file
    conflicts: list[str] = field(default_factory=list)  # each a Text (messages.py)
    added_ids: list[str] = field(default_factory=list)  # log entries new to this file
    revised_ids: list[str] = field(default_factory=list)  # log entries that got revisions

    @property
    def changed(self) -> bool:
        return any(
            (
                self.entries,
                self.revisions,
                self.feedback,
                self.recommendations,
                self.records,
                self.policy,
                self.votes,
            )
        )

    def summary(self) -> Text:
        made = self._made()
        if not (self.policy or self.votes):
            return made
        return joined(
            [
                made,
                msg(
                    "{policy} policy recommendations or their revisions, {votes} votes or ballots",
                    policy=self.policy,
                    votes=self.votes,
                ),
            ],
            "; ",
        )

    def _made(self) -> Text:
        counts = {
            "entries": self.entries,
            "revisions": self.revisions,
            "feedback": self.feedback,
            "recommendations": self.recommendations,
            "conflicts": len(self.conflicts),
        }
        if self.records:
            return msg(
                "added {entries} log entries, {revisions} revisions of entries already here, "
                "{feedback} feedback forms, {recommendations} recommendations, {records} teams, "
                "participants, modules, objectives or injects; {conflicts} to check",
                records=self.records,
                **counts,
            )
        return msg(
            "added {entries} log entries, {revisions} revisions of entries already here, "
            "{feedback} feedback forms, {recommendations} recommendations; {conflicts} to check",
            **counts,
        )


def merge_file(target: ExerciseFile, other_path: Path, *, caps: MergeCaps = CAPS) -> MergeReport:
    """Merges the exercise file at ``other_path`` into ``target`` in one transaction."""
    return merge_path(target.db, target.path, other_path, caps=caps)


def merge_path(
    db: Database, target_path: Path, other_path: Path, *, caps: MergeCaps = CAPS
) -> MergeReport:
    """Merges the file at ``other_path`` into the file at ``target_path``, open as ``db`` (a
    connection of the caller's thread: the console merges in a worker with its own).
    Raises MergeRefused, before reading it, for a file larger than ``caps`` allow."""
    other_path = Path(other_path)
    if other_path.resolve() == Path(target_path).resolve():
        raise MergeRefused(msg("is the file itself; choose another laptop's copy"), path=other_path)
    _check_size(other_path, caps)
    with ExerciseFile.open(other_path, readonly=True) as other:
        _check_counts(other, caps)
        theirs = other.exercise.load()
    return merge_exercise(db, theirs, source=other_path)


def _check_size(path: Path, caps: MergeCaps) -> None:
    size = 0
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            size += part.stat().st_size
        except OSError:
            continue  # no log beside it; a missing file is said by the opening
    if size > caps.max_bytes:
        raise MergeRefused(
            msg(
                "is too large to merge ({size:,} bytes; at most {limit:,}): no copy "
                "of an exercise grows this big; nothing was changed",
                size=size,
                limit=caps.max_bytes,
            ),
            path=path,
        )


# Entries never edited, whose revision 1 is their row (issue 20): revisions all the same.
_UNEDITED = """SELECT count(*) FROM (SELECT 1 FROM log_entry WHERE revision = 1 AND NOT EXISTS
    (SELECT 1 FROM log_revision WHERE entry_id = log_entry.id) LIMIT ?)"""


def _check_counts(other: ExerciseFile, caps: MergeCaps) -> None:
    tables = {r[0] for r in other.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, words in _COUNTED.items():
        if table not in tables:  # an older file opened read-only
            continue
        cap = {"log_entry": caps.max_entries, "log_revision": caps.max_revisions}.get(
            table, caps.max_records
        )
        # Counting stops one past the cap: a hostile file is not read to its end.
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT ?)"
        count = int(other.db.execute(sql, [cap + 1]).fetchone()[0])
        if table == "log_revision" and count <= cap:
            count += int(other.db.execute(_UNEDITED, [cap + 1 - count]).fetchone()[0])
        if count > cap:
            raise MergeRefused(
                msg(
                    "holds more than {cap:,} {words}, more than any copy of an exercise "
                    "holds; refused before reading it, nothing was changed",
                    cap=cap,
                    words=words,
                ),
                path=other.path,
            )


def merge_exercise(db: Database, theirs: Exercise, *, source: Path) -> MergeReport:
    """Merges ``theirs`` (another copy, loaded whole) into the exercise file ``db``."""
    from ttx_desktop.storage.exercise_repo import ExerciseRepo

    report = MergeReport()
    # One transaction that takes the write lock before it reads: another connection (the
    # console's, while a worker merges) cannot change the file between read and write.
    with immediate(db):
        ours = ExerciseRepo(db).load()
        if theirs.id != ours.id:
            raise MergeRefused(
                msg(
                    "is a copy of another exercise ({theirs!r}, not {ours!r}); "
                    "only copies of the same exercise can be merged",
                    theirs=theirs.title,
                    ours=ours.title,
                ),
                path=source,
            )
        _Merger(db, ours, theirs, report).run()
    return report


class _Merger:
    def __init__(self, db: Database, ours: Exercise, theirs: Exercise, report: MergeReport) -> None:
        self.db, self.ours, self.theirs, self.report = db, ours, theirs, report

    def run(self) -> None:
        self._authored()
        self._log()
        self._feedback()
        self._recommendations()
        policy = merge_policy(self.db, self.ours, self.theirs)
        self.report.policy = policy.recommendations + policy.revisions
        self.report.votes = policy.votes + policy.ballots
        self.report.conflicts.extend(policy.conflicts)

    # ---------------------------------------------------------------- authored

    def _authored(self) -> None:
        ours, theirs, report = self.ours, self.theirs, self.report
        makers: tuple[tuple[str, str, Callable[[Any, int], dict[str, Any]]], ...] = (
            ("team", "code", rows.team_row),
            ("objective", "code", rows.objective_row),
            ("module", "number", lambda m, _n: rows.module_row(m)),
        )
        for table, key, make in makers:
            mine = {r.id for r in getattr(ours, table + "s")}
            taken = {getattr(r, key) for r in getattr(ours, table + "s")}
            for record in getattr(theirs, table + "s"):
                if record.id in mine:
                    continue
                if getattr(record, key) in taken:
                    report.conflicts.append(_added_on_both(table, getattr(record, key)))
                    continue
                self._insert(table, make(record, self._next_position(table)))
                report.records += 1
        self._participants()
        self._injects()
        self._schedule()

    def _schedule(self) -> None:
        """Schedule items only the other copy has, when their module is here."""
        mine = {i.id for i in self.ours.schedule}
        modules = self._ids()["module"]
        for item in self.theirs.schedule:
            if item.id in mine or item.module_id not in modules:
                continue
            position = self._next_position("schedule_item")
            self._insert("schedule_item", rows.schedule_row(item, position))
            self.report.records += 1

    def _participants(self) -> None:
        """People only the other copy has are added; the days a person came, when the two
        copies differ, are reported and this file's kept."""
        ours = {p.id: p for p in self.ours.participants}
        teams = self._ids()["team"]
        for person in self.theirs.participants:
            mine = ours.get(person.id)
            if mine is None:
                team_id = person.team_id if person.team_id in teams else None
                placed = dataclasses.replace(person, team_id=team_id)
                self._insert("participant", rows.participant_row(placed, self._next_position(
                    "participant")))  # fmt: skip
                self.report.records += 1
            elif mine.days != person.days:
                self.report.conflicts.append(
                    msg(
                        "the days {name} came differ in the other copy; kept this file's",
                        name=mine.name,
                    )
                )

    def _injects(self) -> None:
        ours = {i.id: i for i in self.ours.injects}
        numbers = {i.number for i in self.ours.injects}
        known = self._ids()
        for inject in self.theirs.injects:
            mine = ours.get(inject.id)
            if mine is not None:
                if differing := _differing(mine, inject, INJECT_FIELDS):
                    self.report.conflicts.append(
                        msg(
                            "inject {number} ({title}) differs in the other copy "
                            "({fields}); kept this file's",
                            number=mine.number,
                            title=mine.title,
                            fields=", ".join(differing),
                        )
                    )
                continue
            if inject.number in numbers or inject.module_id not in known["module"]:
                self.report.conflicts.append(
                    msg(
                        "inject {number} ({title}) of the other copy could not be "
                        "added (its number is taken or its module is missing)",
                        number=inject.number,
                        title=inject.title,
                    )
                )
                continue
            placed = dataclasses.replace(inject, position=self._next_position("inject"))
            self._insert("inject", rows.inject_row(placed))
            for table, column, ids in (
                ("inject_target", "team_id", inject.target_team_ids),
                ("inject_objective", "objective_id", inject.objective_ids),
            ):
                for n, ref in enumerate(i for i in ids if i in known[column.removesuffix("_id")]):
                    self._insert(table, {"inject_id": inject.id, column: ref, "position": n})
            self.report.records += 1

    # --------------------------------------------------------------------- log

    def _log(self) -> None:
        mine = {e.id: e for e in self.ours.log}
        known = self._ids()
        log = LogRepo(self.db)
        for entry in self.theirs.log:
            here = mine.get(entry.id)
            if here is None:
                log.insert_with_history(self._resolved(entry, known))
                self.report.entries += 1
                self.report.added_ids.append(entry.id)
                continue
            ours, theirs = here.revisions, entry.revisions
            if is_prefix(theirs, ours):
                continue  # nothing new there
            if not is_prefix(ours, theirs):
                self.report.conflicts.append(
                    msg(
                        "log entry {id} ({text}) was edited on both laptops; "
                        "kept this file's version",
                        id=entry.id,
                        text=clipped(here.text),
                    )
                )
                continue
            log.keep_first_revision(here)
            for revision in theirs[len(ours) :]:
                self._insert("log_revision", rows.revision_row(entry.id, revision))
                self.report.revisions += 1
            self._set_current(self._resolved(entry, known), theirs[-1])
            self.report.revised_ids.append(entry.id)

    def _resolved(self, entry: LogEntry, known: dict[str, set[str]]) -> LogEntry:
        """The entry with references this file cannot hold cleared (its history keeps them)."""
        changes: dict[str, Any] = {}
        for name, kind in (
            ("team_id", "team"),
            ("inject_id", "inject"),
            ("module_id", "module"),
            ("objective_id", "objective"),
        ):
            value = getattr(entry, name)
            if value is not None and value not in known[kind]:
                changes[name] = None
        if changes:
            self.report.conflicts.append(
                msg(
                    "log entry {id} ({text}) names a {kinds} this file lacks; kept without it",
                    id=entry.id,
                    text=clipped(entry.text),
                    kinds=joined([_NAMED[k] for k in changes]),
                )
            )
        return dataclasses.replace(entry, **changes) if changes else entry

    def _set_current(self, entry: LogEntry, last: LogRevision) -> None:
        row = rows.revision_row(entry.id, last)
        update = {column: row[column] for column in rows.REVISED_COLUMNS}
        for name in _LINKS:  # as resolved against this file
            update[name] = getattr(entry, name)
        update |= {"revision": last.revision, "updated_at": to_iso(entry.updated_at)}
        update["search_text"] = search_text(last.text, last.author)
        self.db.table("log_entry").update(entry.id, update)
        refold(self.db, entry.id, update["search_text"])

    # --------------------------------------------------------- forms and plans

    def _feedback(self) -> None:
        mine = {f.id for f in self.ours.feedback}
        for form in self.theirs.feedback:
            if form.id not in mine:
                self._insert("feedback", rows.feedback_row(form))
                self.report.feedback += 1

    def _recommendations(self) -> None:
        mine = {r.id: r for r in self.ours.recommendations}
        objectives = self._ids()["objective"]
        for item in self.theirs.recommendations:
            here = mine.get(item.id)
            if here is not None:
                if differing := _differing(here, item, RECOMMENDATION_FIELDS):
                    self.report.conflicts.append(
                        msg(
                            "recommendation {issue!r} differs in the other copy "
                            "({fields}); kept this file's",
                            issue=clipped(here.issue),
                            fields=", ".join(differing),
                        )
                    )
                continue
            lost = item.objective_id is not None and item.objective_id not in objectives
            if lost:
                self.report.conflicts.append(
                    msg(
                        "recommendation {issue!r} names an objective this file lacks; "
                        "kept without it",
                        issue=clipped(item.issue),
                    )
                )
            kept = dataclasses.replace(item, objective_id=None) if lost else item
            position = self._next_position("recommendation")
            self._insert("recommendation", rows.recommendation_row(kept, position))
            self.report.recommendations += 1

    # ---------------------------------------------------------------- helpers

    def _ids(self) -> dict[str, set[str]]:
        return {
            table: {r[0] for r in self.db.execute(f"SELECT id FROM {table}").fetchall()}
            for table in ("team", "objective", "module", "inject")
        }

    def _next_position(self, table: str) -> int:
        if table == "module":  # modules are ordered by their number, which they bring
            return 0
        row = self.db.execute(f"SELECT coalesce(max(position), -1) + 1 FROM {table}").fetchone()
        return int(row[0])

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def _differing(
    mine: Inject | Recommendation, theirs: Inject | Recommendation, names: tuple[str, ...]
) -> list[str]:
    return [n for n in names if getattr(mine, n) != getattr(theirs, n)]


def _added_on_both(table: str, key: object) -> Text:
    """The conflict of a record that both laptops added under the same code or number."""
    if table == "team":
        return msg(
            "team {key} was added on both laptops as different records; kept this file's",
            key=str(key),
        )
    if table == "objective":
        return msg(
            "objective {key} was added on both laptops as different records; kept this file's",
            key=str(key),
        )
    return msg(
        "module {key} was added on both laptops as different records; kept this file's",
        key=str(key),
    )
