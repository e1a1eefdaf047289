"""One table's handout: for each module, its scenario and discussion questions, then the
injects released to that table (all of them, or only those released so far)."""

from __future__ import annotations

from ttx_desktop.domain.model import Exercise, Inject, InjectStatus
from ttx_desktop.domain.schedule import is_for_team
from ttx_desktop.domain.seating import table_of
from ttx_desktop.exporters import handbook
from ttx_desktop.exporters.document import DocumentBuilder
from ttx_desktop.exporters.options import ExportOptions

# The handout's own words, by language (English when the exercise's is not here).
WORDS = {
    "en": {
        "handout": "Table handout",
        "for": "{table} · {team}",
        "table": "Table {0}",
        "questions": "Questions for your table",
        "injects": "Injects for your table",
        "none": "No injects for this table in this module.",
        "from": "From",
        "when": "Scenario time",
    },
    "ru": {
        "handout": "Раздаточный материал стола",
        "for": "{table} · {team}",
        "table": "Стол {0}",
        "questions": "Вопросы для вашего стола",
        "injects": "Вводные для вашего стола",
        "none": "В этом модуле нет вводных для этого стола.",
        "from": "От кого",
        "when": "Время сценария",
    },
}


def render(
    exercise: Exercise,
    team_id: str,
    *,
    released_only: bool = False,
    options: ExportOptions | None = None,
) -> bytes:
    """The handout of the team ``team_id`` as .docx bytes; KeyError when it has no such team."""
    team = exercise.team(team_id)
    if team is None:
        raise KeyError(team_id)
    options = options or ExportOptions()
    words = WORDS.get(exercise.details.language, WORDS["en"])
    table = table_of(exercise, team, words["table"])
    for_table = words["for"].format(table=table, team=team.name)
    # A handout given to a table is never a draft: no kind of the catalog marks it.
    doc = DocumentBuilder(
        exercise, "handout", kind_title=f"{words['handout']}: {for_table}", options=options
    )
    doc.cover([*doc.cover_fields(exercise), (words["handout"], for_table)])
    for module in exercise.modules:
        injects = [
            i
            for i in exercise.injects
            if i.module_id == module.id
            and is_for_team(i, team_id)
            and (not released_only or i.status is InjectStatus.RELEASED)
        ]
        doc.heading(handbook.module_title(module, doc.labels), new_page=True)
        doc.prose(module.narrative)
        if module.discussion_questions:
            doc.heading(words["questions"], 2)
            doc.numbered(module.discussion_questions)
        doc.heading(words["injects"], 2)
        if not injects:
            doc.paragraph(words["none"])
        for inject in injects:
            _inject(doc, inject, words)
    return doc.to_bytes()


def _inject(doc: DocumentBuilder, inject: Inject, words: dict[str, str]) -> None:
    doc.heading(f"{inject.number}. {inject.title}", 3)
    if inject.scenario_time:
        doc.labelled(words["when"], inject.scenario_time)
    if inject.source:
        doc.labelled(words["from"], inject.source)
    doc.prose(inject.text)
