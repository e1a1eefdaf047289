"""The Word documents the program writes, by kind: what each is, and where its renderer lives.

Each kind names a module of this package with ``render(exercise, *, options) -> bytes``; the
module is imported only when the document is made, so listing the kinds stays instant (the
CLI's --help reads this). A new document is a new module plus one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ttx_desktop.messages import msg

if TYPE_CHECKING:
    from ttx_desktop.domain.model import Exercise
    from ttx_desktop.exporters.options import ExportOptions


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: a line of help, its module, its file name in a pack, and the
    sentence that tells it could not be written (an error no code expected)."""

    help: str
    module: str
    filename: str
    not_written: str


DOCUMENTS: dict[str, DocumentKind] = {
    "minutes": DocumentKind(
        "the minutes: attendance, each released inject with the entries that answer it, "
        "decisions, open questions",
        "minutes",
        "minutes",
        msg("The minutes could not be written"),
    ),
    "aar": DocumentKind(
        "the after-action report and improvement plan (HSEEP structure)",
        "aar",
        "after-action-report",
        msg("The after-action report could not be written"),
    ),
    "sitman": DocumentKind(
        "the situation manual for participants: overview, objectives, roles, schedule, ground "
        "rules, and each module's scenario, key issues and questions",
        "sitman",
        "situation-manual",
        msg("The situation manual could not be written"),
    ),
    "guide": DocumentKind(
        "the facilitator guide: timing plan, teams and seating, and the full MSEL with "
        "expected actions and facilitator notes",
        "guide",
        "facilitator-guide",
        msg("The facilitator guide could not be written"),
    ),
    "cards": DocumentKind(
        "printable inject cards with QR codes, two to a page (--cards-per-page 1 for one)",
        "cards",
        "inject-cards",
        msg("The inject cards could not be written"),
    ),
    "msel-doc": DocumentKind(
        "the MSEL as a landscape Word table with planned and actual times and status "
        "(also `export msel -o OUT.docx`)",
        "msel_doc",
        "msel",
        msg("The MSEL document could not be written"),
    ),
    "recommendations": DocumentKind(
        "the policy recommendations the tables agreed, by theme with their human-rights and "
        "gender review, a matrix, those under discussion, and annexes of evidence and votes",
        "recommendations",
        "policy-recommendations",
        msg("The policy recommendations could not be written"),
    ),
    "eeg": DocumentKind(
        "the exercise evaluation guide: per objective its critical tasks, observations, "
        "notes and P/S/M/U rating",
        "eeg",
        "evaluation-guide",
        msg("The evaluation guide could not be written"),
    ),
}


class _Renderer(Protocol):
    def __call__(self, exercise: Exercise, *, options: ExportOptions | None = None) -> bytes: ...


def render(kind: str, exercise: Exercise, options: ExportOptions) -> bytes:
    """The document ``kind`` of ``exercise`` as .docx bytes."""
    module = importlib.import_module(f"ttx_desktop.exporters.{DOCUMENTS[kind].module}")
    renderer: _Renderer = module.render
    return renderer(exercise, options=options)
