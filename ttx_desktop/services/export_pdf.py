"""An export's last step for Word documents: LibreOffice, where it is installed, lays them out
to put real page numbers in their contents, and saves them as PDF too when asked (--pdf)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ttx_desktop.errors import UserError
from ttx_desktop.exporters import office
from ttx_desktop.messages import msg


def pdf_targets(targets: dict[str, Path], documents: list[str], *, force: bool) -> dict[str, Path]:
    """Where each document's PDF goes (beside it); refuses PDFs already there unless
    ``force``, before anything is made."""
    found = {kind: targets[kind].with_suffix(".pdf") for kind in documents}
    if not force:
        for path in found.values():
            if path.exists():
                raise UserError(
                    msg("already exists; choose another name or pass --force"), path=path
                )
    return found


def require_office(pdf: bool) -> Path | None:
    """LibreOffice's soffice, or None; with ``pdf`` asked for and none found, a UserError
    that says PDF needs it."""
    soffice = office.find_soffice()
    if soffice is None and pdf:
        raise UserError(office.pdf_needs_office())
    return soffice


def finish(
    soffice: Path | None,
    made: dict[str, bytes],
    documents: list[str],
    *,
    pdf: bool,
    warn: Callable[[str], object],
    slot: int = 0,
) -> dict[str, bytes]:
    """The PDFs of ``documents`` (if ``pdf``), having put LibreOffice's page numbers into
    their contents in ``made``. Without LibreOffice the contents keep their estimated page
    numbers; if it fails, so do they, with a warning (and the export fails if PDF was asked).
    LibreOffice runs at once for different ``slot`` numbers each use a profile of their own."""
    if soffice is None or not documents:
        return {}
    try:
        finished = office.finish(
            soffice, [made[k] for k in documents], pdf=pdf, profile=office.default_profile(slot)
        )
    except office.OfficeError as exc:
        if pdf:
            raise UserError(msg("cannot save as PDF: {reason}", reason=str(exc))) from exc
        warn(f"the contents show estimated page numbers: {exc}")
        return {}
    pdfs: dict[str, bytes] = {}
    for kind, result in zip(documents, finished, strict=True):
        made[kind] = result.docx
        if result.pdf is not None:
            pdfs[kind] = result.pdf
    return pdfs
