"""What an export can write, by kind: the definition, each Word document, the MSEL; and the
options a Word document is made with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ttx_desktop.domain.documents import DOCUMENTS
from ttx_desktop.errors import UserError
from ttx_desktop.messages import msg

if TYPE_CHECKING:
    from ttx_desktop.domain.model import Exercise
    from ttx_desktop.exporters.options import ExportOptions

ALL = "all"  # `export all`: every kind into a folder
MSEL_SUFFIXES = (".xlsx", ".csv")


class ExportKind(NamedTuple):
    """One thing an export can write: a function from the exercise (and the options of Word
    documents) to the file's bytes, its file name in `export all`, and the sentence that
    tells it could not be written."""

    help: str
    render: Callable[[Exercise, ExportOptions], bytes]
    filename: str
    not_written: str
    document: bool = False  # a Word document: takes --template and --paper


@dataclass(frozen=True)
class ExportRequest:
    """What to export, from which exercise file, to where, and how: the `export` command's
    arguments, whoever asks (the command line, or the window through a headless run)."""

    kind: str
    file: Path
    output: Path
    force: bool = False
    template: Path | None = None
    paper: str | None = None
    cards_per_page: int = 2
    room_url: str | None = None
    pdf: bool = False

    def argv(self) -> list[str]:
        """The arguments of the headless run (``ttx-desktop export ...``) that carries out
        this request: the window runs it in a process of its own."""
        # NAME=VALUE, so that a value starting with "-" is never taken for an option.
        args = ["export", self.kind, str(self.file), f"--output={self.output}"]
        if self.force:
            args.append("--force")
        if self.template is not None:
            args.append(f"--template={self.template}")
        if self.paper:
            args.append(f"--paper={self.paper}")
        if self.cards_per_page != 2:
            args.append(f"--cards-per-page={self.cards_per_page}")
        if self.room_url:
            args.append(f"--room-url={self.room_url}")
        if self.pdf:
            args.append("--pdf")
        return args


def _render_yaml(exercise: Exercise, options: ExportOptions) -> bytes:
    from ttx_desktop.formats.definition import dump_definition

    return dump_definition(exercise).encode("utf-8")


def _render_document(kind: str, exercise: Exercise, options: ExportOptions) -> bytes:
    from ttx_desktop.exporters import catalog

    return catalog.render(kind, exercise, options)


def _render_msel(exercise: Exercise, options: ExportOptions) -> bytes:
    from ttx_desktop.formats.msel_write import msel_xlsx

    return msel_xlsx(exercise)


# Word documents join in domain/documents.py: each is a function from the exercise to bytes.
EXPORTS: dict[str, ExportKind] = {
    "yaml": ExportKind(
        "the exercise definition, with its log",
        _render_yaml,
        "exercise.yaml",
        msg("The exercise definition could not be written"),
    ),
    **{
        kind: ExportKind(
            doc.help,
            partial(_render_document, kind),
            f"{doc.filename}.docx",
            doc.not_written,
            document=True,
        )
        for kind, doc in DOCUMENTS.items()
    },
    "msel": ExportKind(
        "the MSEL as a spreadsheet (.xlsx or .csv, by OUT's suffix)",
        _render_msel,
        "msel.xlsx",
        msg("The MSEL spreadsheet could not be written"),
    ),
}


def render_msel(suffix: str) -> Callable[[Exercise], bytes] | None:
    """The spreadsheet writer for an output file's suffix, or None for another suffix."""
    from ttx_desktop.formats import msel_write

    return {".xlsx": msel_write.msel_xlsx, ".csv": msel_write.msel_csv}.get(suffix.lower())


def rendered(kind: str, target: Path, exercise: Exercise, options: ExportOptions) -> bytes:
    """What an export writes for ``kind`` into ``target``; the MSEL's form follows the suffix."""
    if kind == "msel" and target.suffix.lower() == ".docx":
        return EXPORTS["msel-doc"].render(exercise, options)
    if kind == "msel":
        render = render_msel(target.suffix)
        if render is None:
            known = " or ".join(MSEL_SUFFIXES)
            raise UserError(
                msg("the msel export writes {known} or .docx; name OUT with one", known=known),
                path=target,
            )
        return render(exercise)
    return EXPORTS[kind].render(exercise, options)


def export_options(request: ExportRequest, documents: bool) -> ExportOptions:
    """Paper, template and (for Word documents) the pictures, drawn with Qt offscreen."""
    from ttx_desktop.exporters.options import ExportOptions, Paper

    pictures = None
    if documents:
        from ttx_desktop.exporters.charts import offscreen_pictures

        pictures = offscreen_pictures()
    paper = Paper(request.paper) if request.paper else None
    return ExportOptions(
        paper=paper,
        template=request.template,
        pictures=pictures,
        room_url=request.room_url or "",
        cards_per_page=request.cards_per_page,
    )
