"""Documents read as their language writes: counts agree with their numbers (CLDR plural
rules), Russian numbers, quotation marks and terms, titles not doubled, paragraphs kept."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.export_helpers import all_text, played, reopen, sample
from ttx_desktop.domain.model import EntryKind
from ttx_desktop.exporters import aar, eeg, guide, labels, minutes, msel_doc, plural, sitman, text
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.formats.safe_yaml import read_yaml

# CLDR's own examples for Russian integers (plurals.xml, "ru").
CLDR_RU = {
    "one": [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001],
    "few": [2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 102, 1002],
    "many": [0, 5, 6, 10, 11, 12, 13, 14, 15, 19, 20, 100, 111, 1000, 10000, 100000],
}


@pytest.mark.parametrize("name", list(CLDR_RU))
def test_russian_plural_categories_follow_cldr_examples(name: str) -> None:
    for n in CLDR_RU[name]:
        assert plural.category(n, "ru") == name, n
    assert plural.category(1, "ru", decimals=1) == "other"  # "1,5 участника"


def test_english_has_one_and_other() -> None:
    assert [plural.category(n, "en") for n in (0, 1, 2, 21)] == ["other", "one", "other", "other"]
    assert plural.category(1, "en", decimals=1) == "other"  # "1.0 points"


@given(st.integers(min_value=0, max_value=10**9))
def test_russian_category_depends_on_the_last_two_digits_only(n: int) -> None:
    assert plural.category(n, "ru") == plural.category(n % 100 + 100, "ru")


@pytest.mark.parametrize(
    ("n", "english", "russian"),
    [
        (1, "1 participant", "принял участие 1 человек"),
        (3, "3 participants", "приняли участие 3 человека"),
        (5, "5 participants", "приняли участие 5 человек"),
        (21, "21 participants", "принял участие 21 человек"),
    ],
)
def test_counted_words_agree_in_both_languages(n: int, english: str, russian: str) -> None:
    fields = {"people": n, "organisations": 1, "teams": 1}
    assert english in labels_for("en").format("summary_people", **fields)
    assert russian in labels_for("ru").format("summary_people", **fields)


def test_inject_counts_read_was_and_were() -> None:
    en = labels_for("en")
    one = en.format("summary_injects", planned=1, modules=1, released=1, skipped=0)
    assert one == "Of 1 inject planned over 1 module, 1 was released and 0 were not."
    many = en.format("summary_injects", planned=5, modules=2, released=3, skipped=2)
    assert "5 injects planned over 2 modules, 3 were released and 2 were not" in many
    ru = labels_for("ru").format("summary_injects", planned=21, modules=2, released=3, skipped=5)
    assert ru == "В 2 модулях запланирована 21 вводная; выданы 3, не выдано 5."


def test_kinds_are_counted_with_agreeing_words() -> None:
    en, ru = labels_for("en"), labels_for("ru")
    assert en.kind_count(EntryKind.DECISION, 1) == "1 decision"
    assert en.kind_count(EntryKind.DECISION, 2) == "2 decisions"
    assert ru.kind_count(EntryKind.QUESTION, 1) == "1 вопрос"
    assert ru.kind_count(EntryKind.QUESTION, 3) == "3 вопроса"
    assert ru.kind_count(EntryKind.QUESTION, 11) == "11 вопросов"
    assert ru.count(22, "day") == "22 дня"


def test_russian_numbers_use_a_decimal_comma_and_spaced_thousands() -> None:
    assert plural.number(10000, "ru") == "10\u00a0000"
    assert plural.number(3.25, "ru", decimals=1) == "3,2"
    assert plural.number(1234567.5, "en", decimals=1) == "1,234,567.5"
    assert plural.percent(45.4, "ru") == "45\u00a0%"
    assert plural.percent(45.6, "en") == "46%"
    assert "10\u00a0000 вводных" in labels_for("ru").count(10000, "inject")


def test_every_counted_sentence_has_a_form_for_every_count() -> None:
    """Each sentence with a plural block has an ``other`` form, so no count is left out."""
    for key, values in labels.TEXT.items():
        for value in values:
            for block in re.finditer(r"\{(\w+), plural,", value):
                assert "other {" in value[block.end() :], (key, value)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ('Он сказал "привет"', "Он сказал «привет»"),
        ("Учение «Паводок» — “итоги”", "Учение «Паводок» — «итоги»"),
        ("«Учение «Паводок»: отчёт»", "«Учение „Паводок“: отчёт»"),
        ('"Кнопка "Пуск" нажата"', "«Кнопка „Пуск“ нажата»"),
        # after any kind of space a mark opens: a thin, a no-break or a next-line space
        ('Учение\u2009"Щит"', "Учение\u2009«Щит»"),
        ('Учение\u00a0"Щит"', "Учение\u00a0«Щит»"),
        ('Итоги\u0085"Щит"', "Итоги\u0085«Щит»"),
    ],
)
def test_russian_quotation_marks(typed: str, printed: str) -> None:
    assert text.russian_quotes(typed) == printed


@given(st.text(alphabet='аб "«»“”„\n', max_size=40))
def test_quotation_marks_only_change_quotation_marks(value: str) -> None:
    changed = text.russian_quotes(value)
    assert len(changed) == len(value)
    assert re.sub('["«»“”„]', "", value) == re.sub('["«»“”„]', "", changed)
    assert '"' not in changed


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Паводок в Ривертоне", "Учение «Паводок в Ривертоне»"),
        ("Учение «Паводок в Ривертоне»", "Учение «Паводок в Ривертоне»"),
        ("Командно-штабное учение «Зима-2027»", "Командно-штабное учение «Зима-2027»"),
        ("Научение", "Учение «Научение»"),
    ],
)
def test_a_title_with_its_own_word_for_exercise_is_not_doubled(title: str, named: str) -> None:
    assert labels_for("ru").exercise_named(title) == named
    assert labels_for("en").exercise_named("Exercise Flood") == "Exercise Flood"


def test_folded_yaml_keeps_its_paragraphs() -> None:
    source = "a: >-\n  One line\n  continues.\n\n  Second paragraph.\nb: |\n  kept\n  lines\n"
    found = read_yaml(source.encode(), "x.yaml")
    assert found is not None
    assert found.value["a"].value == "One line continues.\n\nSecond paragraph."
    assert text.paragraphs(found.value["a"].value) == ["One line continues.", "Second paragraph."]
    assert text.paragraphs(found.value["b"].value) == ["kept lines"]


# Objectives are "цели" and critical tasks "критические задачи" in every Russian document:
# "задач…" outside "критическ… задач…" is the rejected term for objectives.
_CRITICAL = re.compile(r"критическ\w*\s+задач\w*", re.IGNORECASE)


def _rejected_terms(value: str) -> list[str]:
    return re.findall(r"\w*задач\w*", _CRITICAL.sub("", value), re.IGNORECASE)


def test_russian_labels_use_one_term_for_objectives_and_one_for_critical_tasks() -> None:
    for key, (_english, russian) in labels.TEXT.items():
        assert not _rejected_terms(russian), key
    assert labels_for("ru")["objectives"] == "Цели"
    assert labels_for("ru")["critical_tasks"] == "Критические задачи"


def test_every_russian_document_uses_the_same_terms(tmp_path: Path) -> None:
    russian = played(tmp_path, russian=True)
    # The mini exercise's own texts are English: the Russian words come from the labels.
    for module in (aar, minutes, sitman, guide, eeg, msel_doc):
        written = all_text(reopen(module.render(russian)))
        assert not _rejected_terms(written), module.__name__
        assert '"' not in written, module.__name__
        assert "Учение «Учение" not in written, module.__name__


def test_russian_report_counts_agree_and_title_is_not_doubled(tmp_path: Path) -> None:
    russian = played(tmp_path, russian=True)
    russian = replace(russian, details=replace(russian.details, title="Учение «Паводок»"))
    written = all_text(reopen(aar.render(russian)))
    assert "Учение «Паводок» проведено" in written
    assert "запланировано 6 вводных" in written


@pytest.mark.parametrize("russian", [False, True])
def test_the_samples_narratives_read_as_paragraphs(russian: bool) -> None:
    """The bundled sample writes its module narratives in YAML's folded style, paragraphs
    apart by blank lines: each stands as a paragraph of its own in the manual and guide."""
    exercise = sample(russian=russian)
    narrative = exercise.modules[0].narrative
    parts = text.paragraphs(narrative)
    assert len(parts) >= 3
    for module in (sitman, guide):
        written = [p.text for p in reopen(module.render(exercise)).paragraphs]
        for part in parts:
            assert part in written, (module.__name__, part[:40])


def test_a_table_too_wide_for_a_portrait_page_turns_landscape(tmp_path: Path) -> None:
    from docx.enum.section import WD_ORIENT

    from ttx_desktop.exporters.document import DocumentBuilder
    from ttx_desktop.exporters.options import ExportOptions
    from ttx_desktop.exporters.tables import Column

    exercise = played(tmp_path, russian=True)
    doc = DocumentBuilder(exercise, "aar", kind_title="Таблица", options=ExportOptions())
    words = ["Корректирующее", "Ответственность", "Взаимодействие", "Правоохранение"]
    doc.heading("Широкая таблица")
    doc.table([Column(f"Столбец {n}") for n in range(7)], [(words * 2)[:7]])
    doc.paragraph("После таблицы")
    document = reopen(doc.to_bytes())
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    grid = [int(c.get(qn_w("w"))) for c in document.tables[0]._tbl.tblGrid]
    assert min(grid) >= 15 * 0.61 * 9.5 * 20  # each column holds its word whole


def qn_w(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{name}")


@given(
    st.lists(
        st.tuples(
            st.floats(min_value=0.1, max_value=5),
            st.integers(min_value=200, max_value=4000),
            st.integers(min_value=0, max_value=20000),
        ),
        min_size=1,
        max_size=10,
    ),
    st.integers(min_value=2000, max_value=16000),
)
def test_column_widths_fill_the_table_and_keep_each_word_whole_where_they_can(
    columns: list[tuple[float, int, int]], total: int
) -> None:
    from ttx_desktop.exporters import widths

    weights = [w for w, _, _ in columns]
    mins = [m for _, m, _ in columns]
    fulls = [max(m, m + extra) for _, m, extra in columns]
    fitted = widths.fit(weights, mins, fulls, total)
    assert sum(fitted) == total and len(fitted) == len(columns)
    if sum(mins) <= total:
        assert all(w >= m - 1 for w, m in zip(fitted, mins, strict=True))
