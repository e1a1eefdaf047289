"""The room's votes in a document: each vote held, how many phones voted, and its result (the
recommendations document's annex, and the minutes' record of what the room decided)."""

from __future__ import annotations

from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.votes import tally
from ttx_desktop.exporters import facts
from ttx_desktop.exporters import labels_policy as words
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.tables import Column, TableRow


def votes_section(
    doc: DocumentBuilder, exercise: Exercise, *, lb_key: str, always: bool = False
) -> None:
    """A section headed ``lb_key`` with every vote that was opened; with none, a one-line
    note when ``always``, else no section at all."""
    lb = doc.labels
    held = [vote for vote in exercise.votes if vote.opened_at is not None]
    if not held and not always:
        return
    doc.heading(lb[lb_key], new_page=True)
    if not held:
        doc.paragraph(lb["policy_no_votes"], "Note")
        return
    inject_numbers = {i.id: i.number for i in exercise.injects}
    for vote in held:
        result = tally(vote, exercise.ballots)
        doc.heading(vote.question, 2)
        when = facts.local_time(vote.closed_at)
        state = (lb.format("policy_vote_closed", time=when)
                 if vote.closed_at else lb["policy_vote_open"])  # fmt: skip
        line = lb.format("policy_vote_line", kind=words.word(vote.kind, lb.language),
                         voters=result.voters, state=state)  # fmt: skip
        if vote.inject_id in inject_numbers:
            line = f"{lb.format('inject_n', number=inject_numbers[vote.inject_id])} · {line}"
        doc.paragraph(line, keep_with_next=True)
        rows: list[TableRow] = [(option.label, str(points)) for option, points in result.points]
        doc.table([Column(lb["policy_option"], 5), Column(lb["policy_points"], 1)], rows)
