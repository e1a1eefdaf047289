"""The policy recommendations document: what the tables agreed for national policymakers,
theme by theme with their human-rights and gender review, a matrix, what is still under
discussion, and annexes of evidence, votes and contributing institutions."""

from __future__ import annotations

from collections.abc import Sequence

from ttx_desktop.domain.model import Exercise, Gender
from ttx_desktop.domain.policy import PolicyRecommendation, PolicyStatus
from ttx_desktop.exporters import facts
from ttx_desktop.exporters import labels_policy as words
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.options import ExportOptions
from ttx_desktop.exporters.tables import Cell, Column, Group, TableRow
from ttx_desktop.exporters.votes_section import votes_section
from ttx_desktop.messages import clipped

_BOX_COLOURS = {"ok": "#55A868", "warn": "#DD8452", "bad": "#C44E52", "none": "#8C8C8C"}


def agreed_and_open(
    exercise: Exercise,
) -> tuple[list[PolicyRecommendation], list[PolicyRecommendation]]:
    """The agreed, reviewed recommendations (by priority, then list order) and those still
    under discussion; merged, withdrawn and deleted ones are in neither."""
    live = [p for p in exercise.policy if not p.deleted]
    agreed = [p for p in live if p.status is PolicyStatus.AGREED and not p.under_discussion]
    agreed.sort(key=lambda p: (p.priority is None, p.priority or 0, p.position))
    return agreed, [p for p in live if p.under_discussion]


def render(exercise: Exercise, *, options: ExportOptions | None = None) -> bytes:
    """The recommendations document of ``exercise`` as .docx bytes."""
    options = options or ExportOptions()
    doc = DocumentBuilder(
        exercise, "recommendations", kind_title=_kind_title(exercise), options=options
    )
    doc.cover(doc.cover_fields(exercise))
    doc.toc()
    agreed, discussed = agreed_and_open(exercise)
    numbers = {p.id: n for n, p in enumerate(agreed, start=1)}
    _summary(doc, exercise, agreed, discussed)
    _by_theme(doc, exercise, agreed, numbers)
    _matrix(doc, exercise, agreed, numbers)
    _under_discussion(doc, exercise, discussed)
    _evidence(doc, exercise, agreed, numbers)
    votes_section(doc, exercise, lb_key="policy_votes", always=True)
    _contributors(doc, exercise)
    return doc.to_bytes()


def _kind_title(exercise: Exercise) -> str:
    return labels_for(exercise.details.language)["recommendations_doc"]


def _language(doc: DocumentBuilder) -> str:
    return doc.labels.language


def _tables(exercise: Exercise, item: PolicyRecommendation) -> str:
    return ", ".join(t.name for t in (exercise.team(i) for i in item.team_ids) if t)


def _summary(
    doc: DocumentBuilder,
    exercise: Exercise,
    agreed: Sequence[PolicyRecommendation],
    discussed: Sequence[PolicyRecommendation],
) -> None:
    lb = doc.labels
    doc.heading(lb["policy_summary"], new_page=True)
    proposing = {t for p in (*agreed, *discussed) for t in p.team_ids}
    names = [t.name for t in exercise.teams if t.id in proposing]
    doc.paragraph(
        lb.format(
            "policy_summary_intro",
            tables=", ".join(names) or "—",
            agreed=len(agreed),
            discussion=len(discussed),
        )
    )
    if exercise.details.executive_summary.strip():
        doc.prose(exercise.details.executive_summary)
    if not agreed:
        doc.paragraph(lb["policy_none_agreed"], "Note")
        return
    themes = list(dict.fromkeys(p.theme.strip() for p in agreed if p.theme.strip()))
    if themes:
        doc.paragraph(lb.format("policy_themes_line", themes=", ".join(themes)))
    doc.paragraph(lb["policy_priorities"], keep_with_next=True)
    doc.numbered(f"{p.action or p.issue} ({p.owner})" if p.owner else p.action or p.issue
                 for p in agreed)  # fmt: skip


def _by_theme(
    doc: DocumentBuilder,
    exercise: Exercise,
    agreed: Sequence[PolicyRecommendation],
    numbers: dict[str, int],
) -> None:
    lb = doc.labels
    doc.heading(lb["policy_by_theme"], new_page=True)
    if not agreed:
        doc.paragraph(lb["policy_none_agreed"], "Note")
        return
    themes: dict[str, list[PolicyRecommendation]] = {}
    for item in agreed:
        themes.setdefault(item.theme.strip(), []).append(item)
    for theme, items in sorted(themes.items(), key=lambda pair: pair[0] == ""):
        doc.heading(_capitalised(theme) or lb["policy_no_theme"], 2)
        for item in items:
            _one(doc, exercise, item, numbers[item.id])


def _one(doc: DocumentBuilder, exercise: Exercise, item: PolicyRecommendation, number: int) -> None:
    lb, language = doc.labels, _language(doc)
    title = f"{lb.format('policy_number', number=number)}. {item.action or item.issue}"
    doc.heading(title, 3)
    doc.labelled(lb["policy_issue"], item.issue)
    if item.action:
        doc.labelled(lb["policy_action"], item.action)
    owner = item.owner + (f" ({lb['policy_partners'].lower()}: {item.partners})"
                          if item.partners else "")  # fmt: skip
    for label, value in (
        (lb["policy_owner"], owner),
        (lb["policy_timeline"], _timeline(item, language)),
        (lb["policy_indicator"], item.indicator),
        (lb["policy_tables"], _tables(exercise, item)),
        (lb["policy_priority"], str(item.priority) if item.priority else ""),
    ):
        if value.strip():
            doc.labelled(label, value)
    _review_box(doc, item)


def _capitalised(value: str) -> str:
    return value[:1].upper() + value[1:]


def _timeline(item: PolicyRecommendation, language: str) -> str:
    parts = [words.word(item.horizon, language), item.timeline.strip()]
    return "; ".join(p for p in parts if p)


def _review_box(doc: DocumentBuilder, item: PolicyRecommendation) -> None:
    lb, language = doc.labels, _language(doc)
    rights, gender = item.rights, item.gender
    verdicts = " · ".join(
        (
            f"{lb['policy_rights']}: {words.word(rights.verdict, language)}",
            f"{lb['policy_gender']}: {words.word(gender.verdict, language)}",
        )
    )
    rows: list[TableRow] = [Group(verdicts, _BOX_COLOURS[_tone(item)])]
    touched = ", ".join(words.word(r, language) for r in rights.rights)
    consulted = gender.women_organisations_consulted
    for label, value in (
        (lb["policy_rights_touched"], touched),
        (lb["policy_legal_basis"], rights.legal_basis),
        (lb["policy_safeguards"], rights.safeguards),
        (lb["policy_proportionality"], rights.proportionality),
        (lb["policy_gender_impact"], gender.impact),
        (
            lb["policy_women_consulted"],
            lb["not_asked"] if consulted is None else lb["yes" if consulted else "no"],
        ),
        (lb["policy_review_note"], item.review_note),
    ):
        if value.strip():
            rows.append((Cell(f"{label}: {value}"),))
    doc.table([Column(lb["policy_review_box"])], rows, header=False)
    doc.paragraph()


def _tone(item: PolicyRecommendation) -> str:
    if item.negative_verdict:
        return "bad"
    if not item.reviewed:
        return "none"
    good = item.rights.verdict.value == "compliant" and item.gender.verdict.value == "considered"
    return "ok" if good else "warn"


def _matrix(
    doc: DocumentBuilder,
    exercise: Exercise,
    agreed: Sequence[PolicyRecommendation],
    numbers: dict[str, int],
) -> None:
    lb, language = doc.labels, _language(doc)
    doc.landscape()
    doc.heading(lb["policy_matrix"])
    if not agreed:
        doc.paragraph(lb["policy_none_agreed"], "Note")
        doc.portrait()
        return
    columns = [
        Column(lb["policy_matrix_number"], 0.5),
        Column(lb["policy_theme"], 1.5),
        Column(lb["policy_action"], 4.0),
        Column(lb["policy_owner"], 1.9),
        Column(lb["policy_timeline"], 1.7),
        Column(lb["policy_priority"], 0.9),
        Column(lb["policy_review_column"], 2.0),
    ]
    rows: list[TableRow] = [
        (
            lb.format("policy_number", number=numbers[p.id]),
            p.theme,
            Cell(p.action or p.issue, _tables(exercise, p)),
            p.owner,
            _timeline(p, language),
            str(p.priority) if p.priority else "—",
            Cell(
                f"{lb['policy_rights']}: {words.word(p.rights.verdict, language)}",
                f"{lb['policy_gender']}: {words.word(p.gender.verdict, language)}",
            ),
        )
        for p in agreed
    ]
    doc.table(columns, rows)
    doc.portrait()


def _under_discussion(
    doc: DocumentBuilder, exercise: Exercise, discussed: Sequence[PolicyRecommendation]
) -> None:
    lb, language = doc.labels, _language(doc)
    doc.heading(lb["policy_discussion"])
    if not discussed:
        doc.paragraph(lb["policy_none_discussion"], "Note")
        return
    doc.paragraph(lb["policy_discussion_intro"])
    rows: list[TableRow] = [
        (
            Cell(p.issue, p.action),
            _tables(exercise, p),
            words.word(p.status, language),
            words.word(p.rights.verdict, language),
            words.word(p.gender.verdict, language),
        )
        for p in discussed
    ]
    doc.table(
        [
            Column(lb["policy_issue"], 3.4),
            Column(lb["policy_tables"], 1.4),
            Column(lb["policy_status"], 1),
            Column(lb["policy_rights"], 1.1),
            Column(lb["policy_gender"], 1.1),
        ],
        rows,
    )


def _evidence(
    doc: DocumentBuilder,
    exercise: Exercise,
    agreed: Sequence[PolicyRecommendation],
    numbers: dict[str, int],
) -> None:
    lb = doc.labels
    doc.heading(lb["policy_evidence"], new_page=True)
    entries = {e.id: e for e in facts.live_entries(exercise)}
    linked = [(item, [entries[i] for i in item.entry_ids if i in entries]) for item in agreed]
    if not any(found for _, found in linked):
        doc.paragraph(lb["policy_no_evidence"] if agreed else lb["policy_none_agreed"], "Note")
        return
    doc.paragraph(lb["policy_evidence_intro"])
    for item, found in linked:
        number = lb.format("policy_number", number=numbers[item.id])
        doc.heading(f"{number}. {clipped(item.action or item.issue, 90)}", 3)
        if not found:
            doc.paragraph(lb["policy_no_evidence"], "Note")
            continue
        rows: list[TableRow] = []
        for entry in found:
            team = exercise.team(entry.team_id)
            rows.append((facts.local_time(entry.logged_at), team.name if team else "—",
                         Cell(entry.text, lb.kind(entry.kind))))  # fmt: skip
        doc.table([Column(lb["time"], 0.7), Column(lb["team"], 1.4), Column(lb["entry"], 5)], rows)


def _contributors(doc: DocumentBuilder, exercise: Exercise) -> None:
    lb = doc.labels
    doc.heading(lb["policy_contributors"], new_page=True)
    if not exercise.participants:
        doc.paragraph(lb["policy_no_participants"], "Note")
        return
    doc.heading(lb["policy_by_sector"], 2)
    rows: list[TableRow] = []
    for team, by_org in facts.attendance(exercise):
        rows.append(Group(team.name if team else lb["no_team"], team.colour if team else ""))
        for organisation, people in by_org:
            women = sum(1 for p in people if p.gender is Gender.FEMALE)
            men = sum(1 for p in people if p.gender is Gender.MALE)
            rows.append((organisation or "—", str(women), str(men), str(len(people))))
    columns = [
        Column(lb["policy_organisations"], 4.6),
        Column(lb.gender(Gender.FEMALE), 0.8),
        Column(lb.gender(Gender.MALE), 0.8),
        Column(lb["policy_people"], 0.8),
    ]
    doc.table(columns, rows)
    doc.heading(lb["policy_by_gender"], 2)
    counts = {g: sum(1 for p in exercise.participants if p.gender is g) for g in Gender}
    doc.table(
        [Column(lb["policy_gender_column"], 5), Column(lb["policy_people"], 1)],
        [(lb.gender(g), str(n)) for g, n in counts.items() if n],
    )
