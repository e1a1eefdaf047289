"""The export use case: an exercise file read once, each kind asked for made (everything
before anything is written), laid out by LibreOffice where it is installed, then written in
place. The `export` command runs it, and so does the window, through a headless run."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from ttx_desktop.errors import UserError
from ttx_desktop.messages import msg, reason_of
from ttx_desktop.services import export_pack, export_pdf
from ttx_desktop.services.export_kinds import (
    ALL,
    EXPORTS,
    ExportRequest,
    export_options,
    rendered,
)

Say = Callable[[str], object]


def export(request: ExportRequest, *, say: Say, warn: Say) -> None:
    """Carries out ``request``. ``say`` is told each file written, ``warn`` what was left out
    or could not be done (text people typed that a document cannot hold, estimated page
    numbers); an error is raised as a UserError naming the file, and nothing is written."""
    from ttx_desktop.storage.exercise_file import ExerciseFile

    everything = request.kind == ALL
    kinds = list(EXPORTS) if everything else [request.kind]
    suffix = request.output.suffix.lower()
    word = everything or EXPORTS[request.kind].document or suffix == ".docx"
    if not word and (request.template or request.paper):
        raise UserError(f"--template and --paper apply to Word documents, not to {request.kind}")
    targets = pack_targets(request) if everything else {request.kind: request.output}
    for target in targets.values():
        refuse_same(request.file, target)
    documents = [k for k in kinds if targets[k].suffix.lower() == ".docx"]
    pdf_paths = (
        export_pdf.pdf_targets(targets, documents, force=request.force) if request.pdf else {}
    )
    soffice = export_pdf.require_office(request.pdf) if documents else None
    if everything and export_pack.workers(len(kinds)) > 1:
        _export_side_by_side(request, kinds, targets, documents, pdf_paths, soffice, say, warn)
        return
    with ExerciseFile.open(request.file, readonly=True) as xf:
        exercise = xf.exercise.load()
    options = export_options(request, any(EXPORTS[k].document for k in kinds))
    made: dict[str, bytes] = {}
    for kind in kinds:  # everything is made before anything is written
        try:
            made[kind] = rendered(kind, targets[kind], exercise, options)
        except (UserError, OSError, sqlite3.Error):
            raise
        except Exception as exc:  # a fault of ours: a sentence here, the traceback in the log
            from ttx_desktop.error_log import unexpected

            raise unexpected(exc, EXPORTS[kind].not_written) from None
        for warning in dict.fromkeys(options.warnings):
            warn(f"{targets[kind]}: {warning}")
        options.warnings.clear()
    pdfs = export_pdf.finish(soffice, made, documents, pdf=request.pdf, warn=warn)
    _write_all(request, made, targets, pdfs, pdf_paths, say)


def _export_side_by_side(
    request: ExportRequest,
    kinds: list[str],
    targets: dict[str, Path],
    documents: list[str],
    pdf_paths: dict[str, Path],
    soffice: Path | None,
    say: Say,
    warn: Say,
) -> None:
    """`export all` with a process for each core: as the one-by-one export, everything is
    made before anything is written, and the first kind that fails stops it all."""
    from concurrent.futures import Future, ThreadPoolExecutor

    from ttx_desktop.storage.exercise_file import ExerciseFile

    with ExerciseFile.open(request.file, readonly=True):
        pass  # a file that is not an exercise is refused here, once, before work starts

    def finish(part: dict[str, bytes], some: list[str], slot: int) -> dict[str, bytes]:
        return export_pdf.finish(soffice, part, some, pdf=request.pdf, warn=warn, slot=slot)

    early: list[Future[tuple[dict[str, bytes], dict[str, bytes]]]] = []
    with ThreadPoolExecutor(1) as layout:

        def lead(result: export_pack.Made) -> None:
            if soffice is not None and export_pack.LEAD in documents and result.data is not None:
                part = {export_pack.LEAD: result.data}
                early.append(layout.submit(lambda: (part, finish(part, [*part], 0))))

        made: dict[str, bytes] = {}
        for kind, result in export_pack.make_all(request, kinds, targets, lead).items():
            export_pack.raise_for(result)
            assert result.data is not None
            made[kind] = result.data
            for warning in result.warnings:
                warn(f"{targets[kind]}: {warning}")
        pdfs: dict[str, bytes] = {}
        if soffice is not None:
            rest = [k for k in documents if not (early and k == export_pack.LEAD)]
            pdfs = export_pack.lay_out_all(finish, made, rest, busy=len(early))
        for future in early:
            part, lead_pdfs = future.result()
            made.update(part)
            pdfs.update(lead_pdfs)
    _write_all(request, made, targets, pdfs, pdf_paths, say)


def _write_all(
    request: ExportRequest,
    made: dict[str, bytes],
    targets: dict[str, Path],
    pdfs: dict[str, bytes],
    pdf_paths: dict[str, Path],
    say: Say,
) -> None:
    for kind, data in made.items():
        write_atomically(targets[kind], data, force=request.force)
        say(f"{targets[kind]}: written from {request.file}")
    for kind, data in pdfs.items():
        write_atomically(pdf_paths[kind], data, force=request.force)
        say(f"{pdf_paths[kind]}: written from {request.file}")


def pack_targets(request: ExportRequest) -> dict[str, Path]:
    """Where `export all` writes each kind: FOLDER/<exercise file name>-<kind's file name>;
    every target is checked before anything is written."""
    folder = request.output
    if folder.exists() and not folder.is_dir():
        raise UserError(msg("is a file; `export all` writes into a folder"), path=folder)
    if not folder.parent.is_dir() and not folder.is_dir():
        raise UserError(msg("its parent folder does not exist"), path=folder)
    folder.mkdir(exist_ok=True)
    stem = request.file.stem
    targets = {kind: folder / f"{stem}-{e.filename}" for kind, e in EXPORTS.items()}
    if not request.force:
        for target in targets.values():
            if target.exists():
                raise UserError(
                    msg("already exists; choose another folder or pass --force"), path=target
                )
    return targets


def refuse_same(source: Path, target: Path) -> None:
    """Refuses to write ``target`` when it is ``source`` itself."""
    if source.resolve() == target.resolve():
        raise UserError(
            msg("would be written over its own source {source}", source=str(source)), path=target
        )


def write_atomically(path: Path, data: bytes, *, force: bool = False) -> None:
    """Writes ``data`` to a temporary file beside ``path`` and renames it into place."""
    if path.is_dir():
        raise UserError(msg("is a folder"), path=path)
    if path.exists() and not force:
        raise UserError(msg("already exists; choose another name or pass --force"), path=path)
    folder = path.parent
    if not folder.is_dir():
        raise UserError(msg("its folder does not exist"), path=path)
    from ttx_desktop.atomic import write_atomic

    try:  # an export is an ordinary file, readable by whom the folder lets read it
        write_atomic(path, data, shared=True)
    except OSError as exc:  # a read-only folder, a full disk: name the file asked for
        said = msg("could not be written ({reason})", reason=reason_of(exc))
        raise UserError(said, path=path) from exc
