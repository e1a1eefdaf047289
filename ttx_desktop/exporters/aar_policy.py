"""The after-action report's account of the tables' policy recommendations: where they are
filed, and how many there are by theme and status."""

from __future__ import annotations

from ttx_desktop.domain.documents import DOCUMENTS
from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.policy import PolicyStatus
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.recommendations import agreed_and_open
from ttx_desktop.exporters.tables import Column, TableRow


def policy_recommendations(doc: DocumentBuilder, exercise: Exercise) -> None:
    """A section that counts the recommendations and names their document; none when the
    tables drafted none (an exercise that is not about policy has nothing to say here)."""
    live = [p for p in exercise.policy if not p.deleted]
    if not live:
        return
    lb = doc.labels
    agreed, discussed = agreed_and_open(exercise)
    closed = [p for p in live if p.status in (PolicyStatus.MERGED, PolicyStatus.WITHDRAWN)]
    doc.heading(lb["aar_policy"], new_page=True)
    doc.paragraph(
        lb.format(
            "aar_policy_intro",
            document=lb["recommendations_doc"],
            file=f"{DOCUMENTS['recommendations'].filename}.docx",
            agreed=len(agreed),
            discussion=len(discussed),
            closed=len(closed),
        )
    )
    themes: dict[str, list[int]] = {}
    for group, items in ((0, agreed), (1, discussed), (2, closed)):
        for item in items:
            counts = themes.setdefault(item.theme.strip(), [0, 0, 0])
            counts[group] += 1
    rows: list[TableRow] = [
        (theme[:1].upper() + theme[1:] if theme else lb["policy_no_theme"],
         *(str(n) for n in counts))
        for theme, counts in sorted(themes.items(), key=lambda pair: (pair[0] == "", pair[0]))
    ]  # fmt: skip
    rows.append((lb["aar_policy_total"], str(len(agreed)), str(len(discussed)), str(len(closed))))
    doc.table(
        [
            Column(lb["policy_theme"], 3),
            Column(lb["aar_policy_agreed"], 1),
            Column(lb["policy_discussion"], 1.2),
            Column(lb["aar_policy_closed"], 1.4),
        ],
        rows,
    )
