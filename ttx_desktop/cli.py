"""The `ttx-desktop` program: the window, and the headless subcommands.

Exit codes: 0 success; 1 a user error, told in one line that names the file and what is wrong
(no traceback); 2 a usage error (argparse's own). Heavy modules (Qt, YAML, sqlite-utils) are
imported inside the subcommands that need them, so `--help` and `--version` stay instant.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ttx_desktop import __version__
from ttx_desktop.domain.log_entry import EntryRefused, parse_kind
from ttx_desktop.domain.model import EntryKind
from ttx_desktop.errors import UserError
from ttx_desktop.messages import AS_JSON, json_line, msg
from ttx_desktop.services.export_kinds import ALL, EXPORTS, ExportRequest

if TYPE_CHECKING:
    pass

PROG = "ttx-desktop"
EXERCISE_SUFFIX = ".ttxdb"
DEFINITION_SUFFIXES = (".yaml", ".yml")
# The subcommands, so that `ttx-desktop FILE` is told from a command without building the parser.
COMMANDS = frozenset(
    ("new", "validate", "log", "summary", "check", "import-msel", "room", "merge", "export")
)

DESCRIPTION = """\
A facilitator console for tabletop exercises, on one laptop, offline.

Run with no arguments to open the window on the last exercise (the bundled sample the
first time), or with FILE.ttxdb to open that file. The subcommands below work without a
window."""

EPILOG = f"""\
examples:
  {PROG}                                          the window, on the last exercise
  {PROG} exercise.ttxdb                           the window, on that file
  {PROG} summary exercise.ttxdb                   title, dates, teams, first injects
  {PROG} new exercise.yaml -o exercise.ttxdb      create an exercise file
  {PROG} validate exercise.yaml exercise.ttxdb    print every problem
  {PROG} log exercise.ttxdb --team LEA --kind decision "Preserve the evidence first"
  {PROG} check exercise.ttxdb                     integrity, schema, counts
  {PROG} export yaml exercise.ttxdb -o out.yaml   write the definition back out
  {PROG} export aar exercise.ttxdb -o aar.docx    the after-action report (Word)
  {PROG} export all exercise.ttxdb -o pack/       every document into a folder
  {PROG} import-msel msel.xlsx -o exercise.ttxdb  an exercise from an MSEL spreadsheet
  {PROG} export msel exercise.ttxdb -o msel.xlsx  the MSEL as a spreadsheet (.csv, .docx)
  {PROG} room exercise.ttxdb --bind 192.168.1.20  phones join by QR code (Ctrl+C closes)
  {PROG} merge exercise.ttxdb laptop2.ttxdb       bring in another laptop's log

'{PROG} COMMAND --help' tells more about each command."""


# -- subcommands ---------------------------------------------------------------------------


def _cmd_new(args: argparse.Namespace) -> int:
    from ttx_desktop.cli_summary import counts_text
    from ttx_desktop.formats.definition import DefinitionError, load_definition
    from ttx_desktop.services.export_service import refuse_same
    from ttx_desktop.storage.exercise_file import ExerciseFile

    refuse_same(args.definition, args.output)
    if args.definition.is_file() and _is_exercise_file(args.definition):
        raise UserError("is an exercise file, not a definition (YAML)", path=args.definition)
    try:
        exercise = load_definition(args.definition)
    except DefinitionError as exc:
        if len(exc.problems) < 2:
            raise
        hint = f"; see them all with '{PROG} validate {args.definition}'"
        raise UserError(f"{exc}{hint}") from exc
    ExerciseFile.create(args.output, exercise, force=args.force).close()
    print(f"{args.output}: created from {args.definition} ({counts_text(exercise)})")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    failed = False
    for path in args.paths:
        problems, counts = (
            _validate_exercise_file(path) if _is_exercise_file(path) else _validate_definition(path)
        )
        for problem in problems:
            print(problem)
        if not problems:
            print(f"{path}: ok ({counts})")
        failed = failed or bool(problems)
    return 1 if failed else 0


def _validate_definition(path: Path) -> tuple[list[str], str]:
    from ttx_desktop.cli_summary import counts_text
    from ttx_desktop.formats.definition import DefinitionError, load_definition

    try:
        exercise = load_definition(path)
    except DefinitionError as exc:
        return [str(p) for p in exc.problems] or [str(exc)], ""
    except UserError as exc:
        return [_named(exc, path)], ""
    except OSError as exc:
        return [f"{path}: {exc.strerror or exc}"], ""
    return [], counts_text(exercise)


def _validate_exercise_file(path: Path) -> tuple[list[str], str]:
    from ttx_desktop.cli_summary import counts_text, stored_problems
    from ttx_desktop.storage.exercise_file import ExerciseFile
    from ttx_desktop.storage.failures import failure

    try:
        with ExerciseFile.open(path, readonly=True) as xf:
            problems, exercise = stored_problems(xf)
    except UserError as exc:
        return [_named(exc, path)], ""
    except sqlite3.Error as exc:
        return [_named(failure(exc, path, writing=False), path)], ""
    except (ValueError, LookupError) as exc:  # a row our code cannot turn into a record
        return [f"{path}: holds a record that cannot be read ({exc})"], ""
    return [f"{path}: {p}" for p in problems], counts_text(exercise) if exercise else ""


def _cmd_log(args: argparse.Namespace) -> int:
    from ttx_desktop.services.clock_service import ClockService
    from ttx_desktop.services.log_service import LogService
    from ttx_desktop.storage.exercise_file import ExerciseFile

    text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
    objective = {} if args.objective is None else {"objective_id": _objective(args.objective)}
    with ExerciseFile.open(args.file) as xf:
        service = LogService(xf.log, xf.exercise.load(with_log=False), ClockService(xf.clock).stamp)
        try:  # the team by code or name, the inject by number, the objective by code
            entry = service.log(
                args.kind, text, team_id=args.team, inject_id=args.inject, author=args.author,
                source="cli", **objective,
            )  # fmt: skip
        except EntryRefused as refused:
            raise UserError(refused.detail, path=args.file) from None
        print(entry.id, flush=True)  # committed: LogRepo.append returns after the commit
    return 0


def _objective(code: str) -> str | None:
    """``--objective CODE`` as LogService.log's argument: "none" says the entry speaks to no
    objective (none given leaves the inject's objective to the service)."""
    return None if code.strip().casefold() in ("none", "-") else code


def _cmd_check(args: argparse.Namespace) -> int:
    from ttx_desktop.cli_summary import damage
    from ttx_desktop.storage import schema
    from ttx_desktop.storage.exercise_file import ExerciseFile

    with ExerciseFile.open(args.file, readonly=True) as xf:
        if found := damage(xf.db):
            more = f" (and {len(found) - 1} more problems)" if len(found) > 1 else ""
            raise UserError(f"is damaged: {found[0]}{more}", path=args.file)
        counts = xf.exercise.counts()
        mode = xf.db.execute("PRAGMA journal_mode").fetchone()[0]
        print(f"{args.file}: ok")
        print(f"schema version: {schema.version(xf.db)}")
        print(f"journal mode: {mode}")
        for name in ("injects", "entries", "participants"):
            print(f"{name}: {counts[name]}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from ttx_desktop.services.export_service import export

    def warn(text: str) -> None:
        print(f"{PROG}: warning: {text}", file=sys.stderr)

    export(export_request(args), say=print, warn=warn)
    return 0


def export_request(args: argparse.Namespace) -> ExportRequest:
    """The `export` command's arguments as the export service's request."""
    return ExportRequest(
        kind=args.kind, file=args.file, output=args.output, force=args.force,
        template=args.template, paper=args.paper, cards_per_page=args.cards_per_page,
        room_url=args.room_url, pdf=args.pdf,
    )  # fmt: skip


def _cmd_window(path: Path | None, *, smoke_test: bool = False) -> int:
    """The window, on ``path`` or the last exercise; or the smoke test of the whole program."""
    if path is not None and not path.exists():
        raise UserError(msg("no such file"), path=path)
    if smoke_test:
        from ttx_desktop.smoke import run_smoke_test

        return run_smoke_test()
    from ttx_desktop.app import run_gui

    return run_gui(path)


def _cmd_summary(path: Path | None) -> int:
    """A short text summary of an exercise file, a definition, or the bundled sample."""
    from ttx_desktop.cli_summary import load_sample, summary

    if path is None:
        print(summary(load_sample()))
        print(f"(the bundled sample exercise; '{PROG} --help' lists the commands)")
    elif _is_exercise_file(path):
        from ttx_desktop.storage.exercise_file import ExerciseFile

        with ExerciseFile.open(path, readonly=True) as xf:
            print(summary(xf.exercise.load()))
    else:
        from ttx_desktop.formats.definition import load_definition

        print(summary(load_definition(path)))
    return 0


# -- helpers -------------------------------------------------------------------------------


def _is_exercise_file(path: Path) -> bool:
    """By extension, else by the SQLite header, so a renamed exercise file is still known."""
    if path.suffix.lower() == EXERCISE_SUFFIX:
        return True
    if path.suffix.lower() in DEFINITION_SUFFIXES:
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _named(exc: UserError, path: Path) -> str:
    return str(exc) if exc.path or str(exc).startswith(str(path)) else f"{path}: {exc}"


def _kind(text: str) -> EntryKind:
    """``--kind`` parsed as every road parses it, a usage error when it is no kind."""
    try:
        return parse_kind(text)
    except EntryRefused as refused:
        raise argparse.ArgumentTypeError(str(refused)) from None


# -- the parser ----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [FILE.ttxdb] | {PROG} COMMAND ...",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the sample in a temporary file, every view, log an entry, quit (exit 0)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command", prog=PROG)

    def command(name: str, summary: str, example: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name, help=summary, description=summary, formatter_class=fmt,
            epilog=f"example:\n  {PROG} {example}",
        )  # fmt: skip

    new = command(
        "new", "create an exercise file from a YAML definition",
        "new exercise.yaml -o exercise.ttxdb",
    )  # fmt: skip
    new.add_argument("definition", type=Path, metavar="DEFINITION.yaml")
    new.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ttxdb")
    new.add_argument("--force", action="store_true", help="replace FILE.ttxdb if it exists")
    new.set_defaults(run=_cmd_new)

    validate = command(
        "validate", "check definitions and exercise files and print every problem",
        "validate exercise.yaml exercise.ttxdb",
    )  # fmt: skip
    validate.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    validate.set_defaults(run=_cmd_validate)

    kinds = ", ".join(k.value for k in EntryKind)
    log = command(
        "log", "append a log entry and print its id once it is on disk",
        'log exercise.ttxdb --team LEA --kind decision --inject 4 "Preserve the evidence"',
    )  # fmt: skip
    log.add_argument("file", type=Path, metavar="FILE.ttxdb")
    log.add_argument("--team", required=True, help="team code or name (any case)")
    log.add_argument("--kind", required=True, type=_kind, help=kinds)
    log.add_argument("--inject", type=int, metavar="NUMBER", help="the inject it answers")
    log.add_argument(
        "--objective",
        metavar="CODE",
        help="the objective it speaks to ('none' for none; default: the inject's, if only one)",
    )
    log.add_argument("--author", default="", metavar="NAME")
    log.add_argument("text", nargs="+", metavar="TEXT", help="the entry ('-' reads stdin)")
    log.set_defaults(run=_cmd_log)

    summary = command(
        "summary", "print the title, dates, teams, modules and first injects of an exercise",
        "summary exercise.ttxdb   (no FILE: the bundled sample)",
    )  # fmt: skip
    summary.add_argument("file", type=Path, nargs="?", metavar="FILE")
    summary.set_defaults(run=lambda args: _cmd_summary(args.file))

    check = command(
        "check", "check a file's integrity; print schema, journal mode and counts",
        "check exercise.ttxdb",
    )  # fmt: skip
    check.add_argument("file", type=Path, metavar="FILE.ttxdb")
    check.set_defaults(run=_cmd_check)

    from ttx_desktop.cli_msel import add_import_msel

    add_import_msel(command)

    from ttx_desktop.cli_room import add_room_commands

    add_room_commands(command)

    export = command(
        "export", f"write an exercise out as KIND ({', '.join(EXPORTS)}), or all of them",
        "export aar exercise.ttxdb -o report.docx --paper letter\n"
        f"  {PROG} export all exercise.ttxdb -o pack/",
    )  # fmt: skip
    export.add_argument(
        "kind",
        choices=[*sorted(EXPORTS), ALL],
        metavar="KIND",
        help="; ".join(f"{kind}: {e.help}" for kind, e in EXPORTS.items())
        + f"; {ALL}: every kind, into the folder OUT",
    )
    export.add_argument("file", type=Path, metavar="FILE.ttxdb")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    export.add_argument("--force", action="store_true", help="replace OUT if it exists")
    export.add_argument(
        "--template", type=Path, metavar="T.docx",
        help="an organiser's Word template (.docx or .dotx) whose styles, headers and logo "
        "the documents use",
    )  # fmt: skip
    export.add_argument(
        "--paper", choices=("a4", "letter"),
        help="paper size of Word documents (default: the template's, else a4)",
    )  # fmt: skip
    export.add_argument(
        "--cards-per-page", type=int, choices=(1, 2), default=2, metavar="N",
        help="inject cards on each page: 1, or 2 where two fit (default)",
    )  # fmt: skip
    export.add_argument(
        "--room-url", metavar="URL",
        help="the participants' room link: inject cards' QR codes then open each inject "
        "there instead of holding its text",
    )  # fmt: skip
    export.add_argument(
        "--pdf", action="store_true",
        help="also save each Word document as PDF beside it (needs LibreOffice)",
    )  # fmt: skip
    export.set_defaults(run=_cmd_export)
    return parser


def _bare_file(argv: Sequence[str]) -> Path | None:
    """The FILE of `ttx-desktop FILE`, or None when argv is a command for argparse."""
    if len(argv) != 1 or argv[0].startswith("-"):
        return None
    if argv[0] in COMMANDS:
        return None
    path = Path(argv[0])
    looks_like_file = path.suffix.lower() in (EXERCISE_SUFFIX, *DEFINITION_SUFFIXES)
    return path if looks_like_file or path.exists() else None


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands ``parser`` knows (tests hold COMMANDS to them)."""
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # never fail on a console that cannot show a name
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]  # TextIO has none
    # The window is opened without building the parser: its subcommands' help costs the
    # first paint tens of milliseconds (regular expressions, the room and MSEL modules).
    bare = _bare_file(args_list)
    run: Callable[[], int]
    if args_list == ["--smoke-test"]:
        subject, run = None, partial(_cmd_window, None, smoke_test=True)
    elif bare is not None or not args_list:
        subject, run = bare, partial(_cmd_window, bare)
    else:
        parser = build_parser()
        args = parser.parse_args(args_list)
        if args.command is None:
            parser.error("a command or a FILE.ttxdb is needed")
        subject, run = getattr(args, "file", None), partial(args.run, args)
    try:
        return _reported(run, subject)
    except Exception as exc:  # a fault of ours: one sentence, and the traceback in the log
        from ttx_desktop.error_log import unexpected

        return _fail_with(unexpected(exc, msg("The command could not be completed")), subject)


def _reported(run: Callable[[], int], subject: Path | None) -> int:
    """``run()``, with the errors people can act on told in one line (exit code 1)."""
    try:
        return run()
    except UserError as exc:
        return _fail_with(exc, subject)
    except sqlite3.Error as exc:  # a read of SQLite outside storage's own: told in its words
        from ttx_desktop.storage.failures import failure

        return _fail_with(failure(exc), subject)
    except BrokenPipeError:  # the reader (e.g. `| head`) went away; stay quiet
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        where = exc.filename or subject
        message = exc.strerror or str(exc)
        return _fail(f"{where}: {message}" if where else message)
    except KeyboardInterrupt:
        return 130


def _fail_with(exc: UserError, subject: Path | None) -> int:
    from ttx_desktop.error_log import UnexpectedError

    if isinstance(exc, UnexpectedError):  # the sentence names what failed and the log
        subject = None
    if os.environ.get(AS_JSON) == "1":  # the window ran us: it shows the message translated
        where = exc.path or (str(subject) if subject is not None else None)
        line = json_line(exc.detail, where)
        if line is not None:
            print(line, file=sys.stderr)
    return _fail(str(exc) if exc.path or subject is None else f"{subject}: {exc}")


def _fail(message: str) -> int:
    one_line = " ".join(message.splitlines())
    print(f"{PROG}: {one_line}", file=sys.stderr)
    return 1
