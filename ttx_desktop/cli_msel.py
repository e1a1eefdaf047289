"""`ttx-desktop import-msel`: an exercise from an MSEL spreadsheet, or its injects added to one.

Problems are printed one a line as ``TABLE:ROW: column: what is wrong``; a table with any
error writes nothing and exits 1. Heavy modules are imported inside the functions.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ttx_desktop.errors import UserError

if TYPE_CHECKING:
    from ttx_desktop.formats.msel_import import ImportPlan
    from ttx_desktop.formats.msel_mapping import Mapping
    from ttx_desktop.formats.msel_read import RawTable

PROG = "ttx-desktop"


def add_import_msel(command: Callable[[str, str, str], argparse.ArgumentParser]) -> None:
    """Adds the `import-msel` subcommand through the parser's own ``command`` helper."""
    parser = command(
        "import-msel",
        "create an exercise from an MSEL spreadsheet (CSV or XLSX), or add its injects to one",
        "import-msel msel.xlsx -o exercise.ttxdb --title 'River flood'\n"
        f"  {PROG} import-msel msel.csv --into exercise.ttxdb --map Remarks=notes --dry-run",
    )
    parser.add_argument("table", type=Path, metavar="TABLE.csv|.xlsx")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, metavar="FILE.ttxdb", help="a new exercise")
    target.add_argument("--into", type=Path, metavar="FILE.ttxdb", help="add to this exercise")
    parser.add_argument("--title", help="the new exercise's title (default: the table's title)")
    parser.add_argument(
        "--sheet",
        action="append",
        metavar="NAME",
        help="the sheet that holds the MSEL (default: the one whose rows look most like "
        "injects); give it again to read sheets together, one per day",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        type=_pair,
        metavar="COLUMN=FIELD",
        help="take COLUMN (header, letter or number) as FIELD: number, time, offset, day, "
        "module, module-title, title, text, from, to, method, expected, objectives, notes, "
        "status, scenario-time, pinned, released, released-at, attachments, keep, ignore",
    )
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse (exit 1) when no time, recipient or title column was found",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE.ttxdb if it exists")
    parser.add_argument(
        "--no-new-teams",
        action="store_true",
        help="do not create teams the table names but the exercise lacks (keep them in notes)",
    )
    parser.set_defaults(run=run_import_msel)


def _pair(text: str) -> tuple[str, str]:
    from ttx_desktop.formats.msel_columns import field_named

    column, sep, field = text.rpartition("=")
    if not sep or not column.strip() or not field.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not COLUMN=FIELD")
    if field_named(field) is None:
        raise argparse.ArgumentTypeError(f"{field!r} is not a field (see --help)")
    return column, field


def run_import_msel(args: argparse.Namespace) -> int:
    from ttx_desktop.formats.msel_import import mapping_from, plan_import, read_table

    table: Path = args.table
    target: Path = args.into or args.output
    if target.resolve() == table.resolve():
        raise UserError(f"would be written over its own source {table}", path=target)
    if args.output is not None and args.output.exists() and not args.force and not args.dry_run:
        raise UserError("already exists; choose another name or pass --force", path=args.output)
    sheets: list[str] | None = args.sheet
    raw = read_table(table, sheets[0] if sheets and len(sheets) == 1 else sheets)
    mapping = mapping_from(raw, args.map)
    for note in raw.notes:
        print(f"{table}: {note}")
    _report(table, raw, mapping)
    if args.into is None:
        plan = plan_import(raw, mapping, create_teams=not args.no_new_teams)
        return _finish(args, raw, plan, lambda: _create(args, plan))
    from ttx_desktop.formats.msel_import import apply_plan
    from ttx_desktop.storage.exercise_file import ExerciseFile

    with ExerciseFile.open(args.into, readonly=args.dry_run) as xf:
        exercise = xf.exercise.load(with_log=False)
        plan = plan_import(raw, mapping, exercise, create_teams=not args.no_new_teams)
        return _finish(args, raw, plan, lambda: apply_plan(plan, xf.injects))


def _create(args: argparse.Namespace, plan: ImportPlan) -> None:
    from ttx_desktop.storage.exercise_file import ExerciseFile

    ExerciseFile.create(args.output, plan.result(args.title), force=args.force).close()


def _report(table: Path, raw: RawTable, mapping: Mapping) -> None:
    """Which sheets were read and why the others were not, and each column's meaning."""
    if raw.sheets_read:
        read = ", ".join(repr(s) for s in raw.sheets_read)
        print(f"{table}: read sheet{'s' if len(raw.sheets_read) > 1 else ''} {read}")
        for sheet, why in raw.sheets_aside:
            print(f"{table}: set aside sheet {sheet!r}: {why}")
    print(f"{table}: columns (header row {raw.header_line}):")
    for column in mapping.columns:
        field = column.field.value if column.field else "kept in notes"
        sure = f"{column.confidence:.0%}" if column.field else "-"
        print(f"  {column.letter:>3}  {column.header:<32}  → {field:<14} {sure:>5}")


def _finish(
    args: argparse.Namespace, raw: RawTable, plan: ImportPlan, write: Callable[[], None]
) -> int:
    for note in plan.notes:
        print(f"{raw.source}: legend kept: {note}")
    for row in plan.planning_notes:
        print(f"{raw.source}:{row.line}: set aside as a planning note ({row.reason}): {row.text}")
    for problem in plan.warnings:
        field = f" {problem.field}:" if problem.field else ""
        where = f"{problem.file}:{problem.line}" if problem.line is not None else problem.file
        print(f"{where}:{field} warning: {problem.message}")
    for problem in plan.errors:
        print(problem)
    if plan.errors:
        more = "s" if len(plan.errors) > 1 else ""
        raise UserError(f"{len(plan.errors)} problem{more}; nothing was written", path=raw.source)
    if not plan.injects:
        raise UserError("holds no injects to import; nothing was written", path=raw.source)
    if args.strict and plan.column_warnings:
        more = "s" if len(plan.column_warnings) > 1 else ""
        raise UserError(
            f"{len(plan.column_warnings)} column warning{more} and --strict; nothing was written",
            path=raw.source,
        )
    target = args.into or args.output
    summary = _summary(raw, plan)
    if args.dry_run:
        verb = "add to" if args.into else "create"
        print(f"{raw.source}: would {verb} {target}: {summary}; nothing written (--dry-run)")
        return 0
    write()
    verb = "added to from" if args.into else "created from"
    print(f"{target}: {verb} {raw.source}{_sheet(raw)}: {summary}")
    return 0


def _sheet(raw: RawTable) -> str:
    return f", sheet {raw.sheet!r}" if raw.sheet else ""


def _summary(raw: RawTable, plan: ImportPlan) -> str:
    parts = [_count(len(plan.injects), "inject")]
    if plan.new_modules:
        parts.append(_count(len(plan.new_modules), "new module"))
    if plan.new_teams:
        names = ", ".join(t.name for t in plan.new_teams[:6])
        more = ", ..." if len(plan.new_teams) > 6 else ""
        parts.append(f"{_count(len(plan.new_teams), 'new team')} ({names}{more})")
    if plan.new_objectives:
        parts.append(_count(len(plan.new_objectives), "new objective"))
    text = ", ".join(parts)
    if plan.skipped:
        reasons = Counter(s.reason for s in plan.skipped)
        left = ", ".join(_count(n, reason) for reason, n in reasons.items())
        text += f"; rows left out: {left}"
    return text


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
