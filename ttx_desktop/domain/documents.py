"""The Word documents the program writes, by kind: a line of help, the exporters module that
renders it, its file name in a pack, and the sentence that tells it could not be written.

The kinds live here, below formats/ and exporters/, because an exercise names them too (the
documents marked DRAFT); exporters/catalog.py renders them. A new document is a new module in
exporters/ plus one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ttx_desktop.messages import msg


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
