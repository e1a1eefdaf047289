"""The Word documents the program writes, by kind: what each is, and where its renderer lives.

Each kind names a module of this package with ``render(exercise, *, options) -> bytes``; the
module is imported only when the document is made, so listing the kinds stays instant (the
CLI's --help reads this). A new document is a new module plus one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ttx_desktop.domain.model import Exercise
    from ttx_desktop.exporters.options import ExportOptions


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: a line of help, its module, and its file name in a pack."""

    help: str
    module: str
    filename: str


DOCUMENTS: dict[str, DocumentKind] = {
    "minutes": DocumentKind(
        "the minutes: attendance, each released inject with the entries that answer it, "
        "decisions, open questions",
        "minutes",
        "minutes",
    ),
    "aar": DocumentKind(
        "the after-action report and improvement plan (HSEEP structure)",
        "aar",
        "after-action-report",
    ),
    "sitman": DocumentKind(
        "the situation manual for participants: overview, objectives, roles, schedule, ground "
        "rules, and each module's scenario, key issues and questions",
        "sitman",
        "situation-manual",
    ),
    "guide": DocumentKind(
        "the facilitator guide: timing plan, teams and seating, and the full MSEL with "
        "expected actions and facilitator notes",
        "guide",
        "facilitator-guide",
    ),
    "cards": DocumentKind(
        "printable inject cards with QR codes, two to a page (--cards-per-page 1 for one)",
        "cards",
        "inject-cards",
    ),
    "msel-doc": DocumentKind(
        "the MSEL as a landscape Word table with planned and actual times and status "
        "(also `export msel -o OUT.docx`)",
        "msel_doc",
        "msel",
    ),
    "recommendations": DocumentKind(
        "the policy recommendations the tables agreed, by theme with their human-rights and "
        "gender review, a matrix, those under discussion, and annexes of evidence and votes",
        "recommendations",
        "policy-recommendations",
    ),
    "eeg": DocumentKind(
        "the exercise evaluation guide: per objective its critical tasks, observations, "
        "notes and P/S/M/U rating",
        "eeg",
        "evaluation-guide",
    ),
}


class _Renderer(Protocol):
    def __call__(self, exercise: Exercise, *, options: ExportOptions | None = None) -> bytes: ...


def render(kind: str, exercise: Exercise, options: ExportOptions) -> bytes:
    """The document ``kind`` of ``exercise`` as .docx bytes."""
    module = importlib.import_module(f"ttx_desktop.exporters.{DOCUMENTS[kind].module}")
    renderer: _Renderer = module.render
    return renderer(exercise, options=options)
