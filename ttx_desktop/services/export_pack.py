"""`export all` side by side: the files made in processes up to the number of cores, then
laid out by as many LibreOffice runs at once, the largest documents shared out first; the
document LibreOffice takes longest over is laid out as soon as it is made."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ttx_desktop.errors import UserError
from ttx_desktop.services.export_kinds import EXPORTS, ExportRequest, export_options, rendered

if TYPE_CHECKING:
    from ttx_desktop.domain.model import Exercise
    from ttx_desktop.exporters.options import ExportOptions

# The document LibreOffice takes longest over (the minutes hold the whole log): made first,
# and laid out while the others are being made.
LEAD = "minutes"
# What each kind roughly costs, heaviest first, so that the longest start first.
_ORDER = (LEAD, "yaml", "aar", "cards", "msel", "guide")


class Made(NamedTuple):
    """One kind's file and its warnings, or the error that stopped it."""

    data: bytes | None
    warnings: list[str]
    error: str | None = None
    error_path: str | None = None
    error_log: str | None = None


def workers(jobs: int) -> int:
    """How many processes to run ``jobs`` in: one for each core, never more than the jobs."""
    return max(1, min(os.cpu_count() or 1, jobs))


def make_all(
    request: ExportRequest,
    kinds: Sequence[str],
    targets: dict[str, Path],
    lead: Callable[[Made], object] | None = None,
) -> dict[str, Made]:
    """Each kind made from the exercise file of ``request``, in processes of their own (each
    reads the file once); in ``kinds`` order. ``lead`` is called with the LEAD kind as soon
    as it is made, while the others are still being made."""
    path = request.file
    ordered = sorted(kinds, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))
    if workers(len(kinds)) == 1:  # one core: no process to start, the same order
        done: dict[str, Made] = {}
        for kind in ordered:
            done[kind] = _make(path, kind, targets[kind], request)
            if kind == LEAD and lead is not None:
                lead(done[kind])
        return {kind: done[kind] for kind in kinds}
    # Spawned, not forked: the parent may hold Qt (the pictures), which a fork would copy.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers(len(kinds)), mp_context=context) as pool:
        futures = {k: pool.submit(_make, path, k, targets[k], request) for k in ordered}
        if lead is not None and LEAD in futures:
            lead(futures[LEAD].result())
        return {kind: futures[kind].result() for kind in kinds}


def raise_for(made: Made) -> None:
    """Raises, in this process, the error a worker met."""
    if made.error is None:
        return
    if made.error_log is not None:
        from ttx_desktop.error_log import UnexpectedError

        raise UnexpectedError(made.error, log=Path(made.error_log))
    raise UserError(made.error, path=made.error_path)


def lay_out_all(
    finish: Callable[[dict[str, bytes], list[str], int], dict[str, bytes]],
    made: dict[str, bytes],
    documents: list[str],
    *,
    busy: int = 0,
) -> dict[str, bytes]:
    """``finish`` (LibreOffice's layout of some documents, in the profile numbered by its
    last argument) run on groups of ``documents`` at once, one group for each core, the
    largest documents shared out first; ``made`` takes the laid-out documents, the PDFs are
    returned. ``busy`` runs already going take that many cores and the first slots."""
    if not documents:
        return {}
    count = max(1, workers(len(documents) + busy) - busy)
    groups: list[list[str]] = [[] for _ in range(count)]
    sizes = [0] * count
    weights = {kind: _text_size(made[kind]) for kind in documents}
    for kind in sorted(documents, key=weights.__getitem__, reverse=True):
        smallest = sizes.index(min(sizes))
        groups[smallest].append(kind)
        sizes[smallest] += weights[kind]
    parts = [{k: made[k] for k in group} for group in groups if group]
    with ThreadPoolExecutor(len(parts)) as pool:
        results = list(
            pool.map(lambda n: finish(parts[n], list(parts[n]), busy + n), range(len(parts)))
        )
    pdfs: dict[str, bytes] = {}
    for part, result in zip(parts, results, strict=True):
        made.update(part)
        pdfs.update(result)
    return {kind: pdfs[kind] for kind in documents if kind in pdfs}


def _text_size(docx: bytes) -> int:
    """How much LibreOffice has to lay out: the size of the document's body, unpacked
    (pictures weigh little in the layout, much in the file)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as package:
            return package.getinfo("word/document.xml").file_size
    except (KeyError, zipfile.BadZipFile):
        return len(docx)


# The exercise and options of this worker process, read once for all the kinds it makes.
_loaded: dict[Path, tuple[Exercise, ExportOptions]] = {}


def _make(path: Path, kind: str, target: Path, request: ExportRequest) -> Made:
    import sqlite3

    try:
        if path not in _loaded:
            from ttx_desktop.storage.exercise_file import ExerciseFile

            with ExerciseFile.open(path, readonly=True) as xf:
                exercise = xf.exercise.load()
            _loaded[path] = (exercise, export_options(request, True))
        exercise, options = _loaded[path]
        options.warnings.clear()
        data = rendered(kind, target, exercise, options)
    except UserError as exc:
        log = getattr(exc, "log", None)
        return Made(None, [], exc.detail, exc.path, None if log is None else str(log))
    except (OSError, sqlite3.Error):
        raise  # told by the parent as it tells its own
    except Exception as exc:  # a fault of ours: a sentence, the traceback in the log
        from ttx_desktop.error_log import unexpected

        told = unexpected(exc, EXPORTS[kind].not_written)
        return Made(None, [], told.detail, None, str(told.log))
    return Made(data, list(dict.fromkeys(options.warnings)))
