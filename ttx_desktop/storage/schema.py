"""The one schema of the exercise file and its migrations, keyed on PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable

from ttx_desktop.storage.database import Database

# PRAGMA application_id marks a file as ours: "TTXD" in ASCII.
APPLICATION_ID = 0x54545844

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE exercise (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    sponsor TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    caveat TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    point_of_contact TEXT NOT NULL DEFAULT '',
    scenario_summary TEXT NOT NULL DEFAULT '',
    ground_rules TEXT NOT NULL DEFAULT '[]',
    assumptions TEXT NOT NULL DEFAULT '[]',
    executive_summary TEXT NOT NULL DEFAULT '',
    conclusion TEXT NOT NULL DEFAULT '',
    report_final INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE objective (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    capability TEXT NOT NULL DEFAULT '',
    critical_tasks TEXT NOT NULL DEFAULT '[]',
    rating TEXT NOT NULL DEFAULT '',
    evaluator_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE team (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    colour TEXT NOT NULL DEFAULT '#4C72B0',
    description TEXT NOT NULL DEFAULT '',
    seat TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE participant (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    team_id TEXT REFERENCES team(id) ON DELETE SET NULL,
    role TEXT NOT NULL DEFAULT 'player',
    gender TEXT NOT NULL DEFAULT 'unspecified',
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE module (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    day INTEGER,
    start TEXT NOT NULL DEFAULT '',
    duration_min INTEGER,
    narrative TEXT NOT NULL DEFAULT '',
    key_issues TEXT NOT NULL DEFAULT '[]',
    discussion_questions TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE inject (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    module_id TEXT NOT NULL REFERENCES module(id),
    position INTEGER NOT NULL,
    planned_s INTEGER NOT NULL DEFAULT 0,
    pinned TEXT NOT NULL DEFAULT '',
    scenario_time TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT 'verbal',
    expected_actions TEXT NOT NULL DEFAULT '[]',
    facilitator_notes TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'pending',
    released_s REAL,
    released_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE inject_target (
    inject_id TEXT NOT NULL REFERENCES inject(id) ON DELETE CASCADE,
    team_id TEXT NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (inject_id, team_id)
);
CREATE TABLE inject_objective (
    inject_id TEXT NOT NULL REFERENCES inject(id) ON DELETE CASCADE,
    objective_id TEXT NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (inject_id, objective_id)
);
CREATE TABLE log_entry (
    id TEXT PRIMARY KEY,
    logged_at TEXT NOT NULL,
    module_id TEXT REFERENCES module(id),
    exercise_s REAL,
    source TEXT NOT NULL DEFAULT 'console',
    revision INTEGER NOT NULL DEFAULT 1,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    team_id TEXT REFERENCES team(id),
    inject_id TEXT REFERENCES inject(id),
    author TEXT NOT NULL DEFAULT '',
    tag TEXT NOT NULL DEFAULT '',
    objective_id TEXT REFERENCES objective(id),
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE TABLE log_revision (
    entry_id TEXT NOT NULL REFERENCES log_entry(id),
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    team_id TEXT,
    inject_id TEXT,
    author TEXT NOT NULL DEFAULT '',
    tag TEXT NOT NULL DEFAULT '',
    objective_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    edited_at TEXT NOT NULL,
    edited_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, revision)
);
CREATE TRIGGER log_revision_is_history_update BEFORE UPDATE ON log_revision
BEGIN SELECT RAISE(ABORT, 'log history cannot be rewritten'); END;
CREATE TRIGGER log_revision_is_history_delete BEFORE DELETE ON log_revision
BEGIN SELECT RAISE(ABORT, 'log history cannot be deleted'); END;
CREATE TRIGGER log_entry_is_kept BEFORE DELETE ON log_entry
BEGIN SELECT RAISE(ABORT, 'log entries are never deleted, only marked deleted'); END;
CREATE TABLE recommendation (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    objective_id TEXT REFERENCES objective(id) ON DELETE SET NULL,
    issue TEXT NOT NULL,
    corrective_action TEXT NOT NULL DEFAULT '',
    capability_element TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    start TEXT,
    completion TEXT,
    priority TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE clock_event (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    module_id TEXT NOT NULL REFERENCES module(id),
    action TEXT NOT NULL,
    wall TEXT NOT NULL,
    mono REAL NOT NULL,
    boot TEXT NOT NULL,
    delta_s REAL NOT NULL DEFAULT 0,
    author TEXT NOT NULL DEFAULT ''
);
"""

# Version 2: participant feedback forms, and indexes for the live log's filters.
_V2 = """
CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    submitted_at TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '[]',
    improvements TEXT NOT NULL DEFAULT '[]',
    missed TEXT NOT NULL DEFAULT '',
    corrective TEXT NOT NULL DEFAULT '[]',
    ratings TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX log_entry_by_time ON log_entry(logged_at);
CREATE INDEX log_entry_by_team ON log_entry(team_id, logged_at);
CREATE INDEX log_entry_by_inject ON log_entry(inject_id, logged_at);
CREATE INDEX log_entry_by_module ON log_entry(module_id, logged_at);
CREATE INDEX inject_by_module ON inject(module_id, position);
"""

# Version 3: INSERT OR REPLACE from any SQLite tool would delete and rewrite a row without
# firing the delete triggers above; refuse an insert over an existing entry or revision.
_V3 = """
CREATE TRIGGER log_revision_is_not_replaced BEFORE INSERT ON log_revision
WHEN EXISTS (SELECT 1 FROM log_revision WHERE entry_id = NEW.entry_id AND revision = NEW.revision)
BEGIN SELECT RAISE(ABORT, 'log history cannot be rewritten'); END;
CREATE TRIGGER log_entry_is_not_replaced BEFORE INSERT ON log_entry
WHEN EXISTS (SELECT 1 FROM log_entry WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'log entries are never replaced, only revised'); END;
"""

# Version 4: the room server's join tokens, one per role, kept so that printed join sheets
# outlive a restart; a revoked role keeps its row with no token until a new one is made.
_V4 = """
CREATE TABLE room_token (
    role TEXT PRIMARY KEY,
    token TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL
);
"""

# Version 5: searching the live log. ``search_text`` holds the entry's text and author folded
# to one case (str.casefold, which SQL cannot do for non-ASCII), written by the program with
# every insert and edit; a writer that changes the text without it leaves it NULL (the trigger
# sees to that), and searches read such rows the slow way (storage/log_query.py). The time
# and team indexes carry the id (the order's tie-break) and what a search and a count read,
# so that the live log's filters scan an index alone; a partial index finds the rows still
# to fold. Each entry still writes the same indexes as before.
_V5 = """
ALTER TABLE log_entry ADD COLUMN search_text TEXT;
UPDATE log_entry SET search_text = ttx_search_text(text, author);
CREATE TRIGGER log_entry_search_text_is_stale AFTER UPDATE OF text, author ON log_entry
WHEN NEW.search_text IS OLD.search_text
BEGIN UPDATE log_entry SET search_text = NULL WHERE rowid = NEW.rowid; END;
DROP INDEX log_entry_by_time;
CREATE INDEX log_entry_by_time ON log_entry(logged_at, id, deleted, search_text);
DROP INDEX log_entry_by_team;
CREATE INDEX log_entry_by_team ON log_entry(team_id, logged_at, id, deleted, search_text);
CREATE INDEX log_entry_to_fold ON log_entry(logged_at) WHERE search_text IS NULL;
"""

# Issue 16: schedule items, the presentations, breaks and plenaries of a module's
# day that are not injects (speakers from other organisations); on the agenda, the timeline
# and the situation manual. They go with their module.
_SCHEDULE = """
CREATE TABLE schedule_item (
    id TEXT PRIMARY KEY,
    module_id TEXT NOT NULL REFERENCES module(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    start TEXT NOT NULL DEFAULT '',
    duration_min INTEGER,
    speaker TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


# Issue 17: one feedback form per phone. A form is keyed by the random id its phone keeps and
# replaced when the phone sends it again; ``device`` is the phone's own random id, so the
# console can say how many forms came from how many phones.
_FEEDBACK_DEVICE = """
ALTER TABLE feedback ADD COLUMN device TEXT NOT NULL DEFAULT '';
"""


# Issue 15: policy recommendations drafted at the tables, and the room's votes. A
# recommendation is revised like a log entry: its current fields as columns, each revision a
# JSON snapshot kept for good, and never deleted, only marked. A phone's ballot is keyed by
# the vote and the phone's own random id, so a second ballot from one phone cannot be stored,
# and a closed vote takes none.
_POLICY = """
CREATE TABLE policy_recommendation (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    issue TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    team_ids TEXT NOT NULL DEFAULT '[]',
    theme TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    horizon TEXT NOT NULL DEFAULT '',
    timeline TEXT NOT NULL DEFAULT '',
    rights TEXT NOT NULL DEFAULT '[]',
    legal_basis TEXT NOT NULL DEFAULT '',
    safeguards TEXT NOT NULL DEFAULT '',
    proportionality TEXT NOT NULL DEFAULT '',
    rights_verdict TEXT NOT NULL DEFAULT '',
    gender_impact TEXT NOT NULL DEFAULT '',
    women_consulted INTEGER,
    gender_verdict TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    priority INTEGER,
    status TEXT NOT NULL DEFAULT 'draft',
    merged_into TEXT,
    review_note TEXT NOT NULL DEFAULT '',
    entry_ids TEXT NOT NULL DEFAULT '[]',
    objective_ids TEXT NOT NULL DEFAULT '[]',
    plan_item_id TEXT,
    author TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'console',
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE policy_revision (
    recommendation_id TEXT NOT NULL REFERENCES policy_recommendation(id),
    revision INTEGER NOT NULL,
    data TEXT NOT NULL,
    edited_at TEXT NOT NULL,
    edited_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (recommendation_id, revision)
);
CREATE TRIGGER policy_revision_is_history_update BEFORE UPDATE ON policy_revision
BEGIN SELECT RAISE(ABORT, 'recommendation history cannot be rewritten'); END;
CREATE TRIGGER policy_revision_is_history_delete BEFORE DELETE ON policy_revision
BEGIN SELECT RAISE(ABORT, 'recommendation history cannot be deleted'); END;
CREATE TRIGGER policy_recommendation_is_kept BEFORE DELETE ON policy_recommendation
BEGIN SELECT RAISE(ABORT, 'recommendations are never deleted, only marked deleted'); END;
CREATE TABLE vote (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'poll',
    options TEXT NOT NULL DEFAULT '[]',
    dots INTEGER NOT NULL DEFAULT 3,
    inject_id TEXT REFERENCES inject(id) ON DELETE SET NULL,
    opened_at TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE ballot (
    vote_id TEXT NOT NULL REFERENCES vote(id),
    voter TEXT NOT NULL,
    choices TEXT NOT NULL,
    cast_at TEXT NOT NULL,
    PRIMARY KEY (vote_id, voter)
);
CREATE TRIGGER ballot_only_while_open BEFORE INSERT ON ballot
WHEN (SELECT closed_at FROM vote WHERE id = NEW.vote_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the vote is closed'); END;
"""


# Issue 14: evidence by objective. The review adds to a log entry, with history,
# the analysis (root cause) and references of an area for improvement, the improvement plan
# item that answers it, and the question an answer closes; plan items get a status,
# participants the days they came, the exercise its acronyms (JSON [[short, long], ...]).
# The links are plain ids, not foreign keys: history rows can never be updated to follow a
# deleted plan item, and a link to nothing reads as no link.
_EVIDENCE = """
ALTER TABLE log_entry ADD COLUMN analysis TEXT NOT NULL DEFAULT '';
ALTER TABLE log_entry ADD COLUMN refs TEXT NOT NULL DEFAULT '';
ALTER TABLE log_entry ADD COLUMN plan_item_id TEXT;
ALTER TABLE log_entry ADD COLUMN closes_id TEXT;
ALTER TABLE log_revision ADD COLUMN analysis TEXT NOT NULL DEFAULT '';
ALTER TABLE log_revision ADD COLUMN refs TEXT NOT NULL DEFAULT '';
ALTER TABLE log_revision ADD COLUMN plan_item_id TEXT;
ALTER TABLE log_revision ADD COLUMN closes_id TEXT;
ALTER TABLE recommendation ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
ALTER TABLE participant ADD COLUMN days TEXT NOT NULL DEFAULT '[]';
ALTER TABLE exercise ADD COLUMN acronyms TEXT NOT NULL DEFAULT '[]';
"""


# Issue 18: the exercise's own notes, where an imported MSEL's legend and colour
# key are kept.
_NOTES = """
ALTER TABLE exercise ADD COLUMN notes TEXT NOT NULL DEFAULT '';
"""


def search_text(text: str, author: str) -> str:
    """What a log search reads: the text and the author, case-folded, on two lines (a word
    searched has no line break, so it never matches across the two)."""
    return f"{text.casefold()}\n{author.casefold()}"


def _v5(db: Database) -> None:
    db.conn.create_function(
        "ttx_search_text", 2, lambda t, a: search_text(str(t), str(a)), deterministic=True
    )
    _script(_V5)(db)


# Issue 14: each document is marked DRAFT or final on its own. ``draft_documents`` lists the
# kinds marked DRAFT (a JSON list); ``report_final`` stays, kept equal to "aar" not being in
# it. A report marked final before this made every document final, and so it stays.
_DRAFT_DOCUMENTS = """
ALTER TABLE exercise ADD COLUMN draft_documents TEXT NOT NULL
    DEFAULT '["minutes", "aar", "recommendations"]';
UPDATE exercise SET draft_documents = '[]' WHERE report_final != 0;
"""

# Issue 20: an entry never edited keeps its revision 1 in its own row, so that logging writes
# one row; the program writes revision 1 when it first edits the entry, and this trigger does
# the same for any other tool that changes an unedited entry, so history is never lost.
_IMPLICIT_FIRST_REVISION = """
CREATE TRIGGER log_entry_keeps_first_revision BEFORE UPDATE OF
    kind, text, team_id, inject_id, author, tag, objective_id, deleted,
    analysis, refs, plan_item_id, closes_id ON log_entry
WHEN OLD.revision = 1
    AND NOT EXISTS (SELECT 1 FROM log_revision WHERE entry_id = OLD.id AND revision = 1)
BEGIN INSERT INTO log_revision (entry_id, revision, kind, text, team_id, inject_id, author,
    tag, objective_id, deleted, edited_at, edited_by, analysis, refs, plan_item_id, closes_id)
VALUES (OLD.id, 1, OLD.kind, OLD.text, OLD.team_id, OLD.inject_id, OLD.author, OLD.tag,
    OLD.objective_id, OLD.deleted, OLD.logged_at, OLD.author, OLD.analysis, OLD.refs,
    OLD.plan_item_id, OLD.closes_id); END;
"""

# The revised columns (storage/rows.py, REVISED_COLUMNS) the trigger above copies.
REVISED_AT_V12 = (
    "kind", "text", "team_id", "inject_id", "author", "tag", "objective_id", "deleted",
    "analysis", "refs", "plan_item_id", "closes_id",
)  # fmt: skip


def new_log_field(column: str, declaration: str, revised: tuple[str, ...]) -> str:
    """The migration of a new revised field of log entries: ``column`` added to log_entry and
    log_revision as ``declaration`` (as "TEXT NOT NULL DEFAULT ''"), and the trigger that keeps
    an unedited entry's first revision made again over every column of ``revised`` (the
    revised columns as this migration leaves them, ``column`` among them):

        _LOCATION = new_log_field("location", "TEXT NOT NULL DEFAULT ''",
                                  (*REVISED_AT_V12, "location"))
    """
    names = ", ".join(revised)
    old = ", ".join(f"OLD.{name}" for name in revised)
    return f"""
ALTER TABLE log_entry ADD COLUMN {column} {declaration};
ALTER TABLE log_revision ADD COLUMN {column} {declaration};
DROP TRIGGER log_entry_keeps_first_revision;
CREATE TRIGGER log_entry_keeps_first_revision BEFORE UPDATE OF {names} ON log_entry
WHEN OLD.revision = 1
    AND NOT EXISTS (SELECT 1 FROM log_revision WHERE entry_id = OLD.id AND revision = 1)
BEGIN INSERT INTO log_revision (entry_id, revision, edited_at, edited_by, {names})
VALUES (OLD.id, 1, OLD.logged_at, OLD.author, {old}); END;
"""


def _script(sql: str) -> Callable[[Database], None]:
    def run(db: Database) -> None:
        # executescript() would commit the surrounding transaction; run statement by statement.
        for statement in _statements(sql):
            db.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Splits a schema script into statements, keeping trigger bodies whole."""
    out: list[str] = []
    current: list[str] = []
    for line in sql.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and (
            not text.upper().startswith("CREATE TRIGGER") or text.endswith("END;")
        ):
            out.append(text)
            current = []
    return out


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _script(_V1),
    _script(_V2),
    _script(_V3),
    _script(_V4),
    _v5,
    _script(_FEEDBACK_DEVICE),  # issue 17
    _script(_POLICY),  # issue 15
    _script(_EVIDENCE),  # issue 14: evidence by objective
    _script(_DRAFT_DOCUMENTS),  # issue 14
    _script(_NOTES),  # issue 18
    _script(_SCHEDULE),  # issue 16: schedule items
    _script(_IMPLICIT_FIRST_REVISION),  # issue 20: revision 1 written at the first edit
)
SCHEMA_VERSION = len(MIGRATIONS)

# Tables every exercise file of the current version has; a file missing one is not ours.
REQUIRED_TABLES = frozenset(
    {
        "meta",
        "exercise",
        "objective",
        "team",
        "participant",
        "module",
        "inject",
        "log_entry",
        "log_revision",
        "recommendation",
        "clock_event",
    }
)


def migrate(db: Database, *, target: int = SCHEMA_VERSION) -> int:
    """Brings the file up to ``target`` in one transaction; returns the version it started at.

    All steps commit together, so an interrupted upgrade leaves the file at its old version.
    """
    start = version(db)
    if start >= target:
        return start
    with db.atomic():
        for number in range(start, target):
            MIGRATIONS[number](db)
        db.execute(f"PRAGMA user_version = {target}")
    return start


def version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def application_id(db: Database) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])
