"""The one-line notes a document prints where a part has nothing to show yet (an exercise
with no modules, nothing logged), in English and Russian; labels.py merges them in."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "no_modules": ("The exercise has no modules yet.", "В учении пока нет модулей."),
    "no_teams": ("The exercise has no teams yet.", "В учении пока нет групп."),
    "no_proceedings": (
        "No inject has been released and nothing has been logged yet.",
        "Вводные пока не выдавались, записей пока нет.",
    ),
    "module_unplayed": (
        "No inject of this module was released and nothing was logged in it.",
        "В этом модуле вводные не выдавались и записей нет.",
    ),
    "module_unwritten": (
        "The scenario of this module has not been written yet.",
        "Обстановка этого модуля пока не описана.",
    ),
    "conduct_timeline_only": (
        "Figure {timeline} compares when each inject was planned with when it was released. "
        "No entries have been logged yet, so there is no chart of entries per team.",
        "На рисунке {timeline} сопоставлено плановое и фактическое время выдачи вводных. "
        "Записей пока нет, поэтому диаграммы записей по группам нет.",
    ),
    # {exercise} is Labels.exercise_named: "Учение «…»", never "Учение «Учение …»".
    "summary_held_undated": ("{exercise} was held{venue}.", "{exercise} проведено{venue}."),
    "summary_not_held": (
        "{exercise} has not been played yet: no inject has been released and nothing has "
        "been logged.",
        "{exercise} ещё не проводилось: вводные не выдавались, записей нет.",
    ),
    "outside_modules": ("Outside modules", "Вне модулей"),
    "no_team_short": ("No team", "Без группы"),
    "conduct_chart_only": (
        "Figure {chart} shows how many entries each team's note-takers recorded in each module.",
        "На рисунке {chart} показано число записей по каждой группе в каждом модуле.",
    ),
    "no_entries_yet": (
        "No entries have been logged yet, so there is no chart of entries per team.",
        "Записей пока нет, поэтому диаграммы записей по группам нет.",
    ),
}
