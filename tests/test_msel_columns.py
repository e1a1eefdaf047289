"""MSEL headers as planners write them, matched to fields ignoring case and punctuation."""

from __future__ import annotations

import pytest

from ttx_desktop.formats.msel_columns import (
    SYNONYMS,
    Field,
    column_letter_index,
    field_named,
    match_header,
    normalize,
)
from ttx_desktop.formats.msel_mapping import guess_mapping
from ttx_desktop.formats.msel_read import RawTable
from ttx_desktop.formats.msel_write import HEADERS

# Each family as the issue lists it, written as planners write it.
FAMILIES = {
    Field.NUMBER: ["#", "No.", "Inject #", "Event #", "MSEL #", "Inject No", "№", "№ п/п",
                   "INJECT NO.", "Serial"],
    Field.TIME: ["Time", "Planned Time", "Delivery Time", "Время", "Time (local)", "DTG",
                 "Date/Time", "Планируемое время"],
    Field.OFFSET: ["T+", "Exercise clock", "Elapsed time", "Т+"],
    Field.MODULE: ["Module", "Phase", "Move", "Модуль", "Этап"],
    Field.TITLE: ["Title", "Event", "Subject", "Inject Title", "Заголовок", "Тема"],
    Field.TEXT: ["Inject", "Description", "Event Description", "Event Synopsis", "Details",
                 "Описание", "Текст вводной"],
    Field.SOURCE: ["From", "Source", "Sender", "От кого", "Отправитель"],
    Field.TARGETS: ["To", "Recipient", "Player", "Team", "Кому", "Recipient Player"],
    Field.METHOD: ["Method", "Delivery Method", "Mode", "Способ передачи"],
    Field.EXPECTED: ["Expected Action", "Expected Player Action", "Expected Response",
                     "Ожидаемые действия"],
    Field.OBJECTIVES: ["Objective", "Core Capability", "Capability",
                       "Objective / Core Capability", "Цели"],
    Field.NOTES: ["Notes", "Remarks", "Controller Notes", "Примечания"],
    Field.STATUS: ["Status", "Статус"],
    Field.SCENARIO_TIME: ["Scenario Time", "Designated Scenario Time", "Время по сценарию"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("header", "field"), [(h, f) for f, headers in FAMILIES.items() for h in headers]
)
def test_each_family(header: str, field: Field) -> None:
    assert match_header(header)[0] is field
    assert match_header(header.upper())[0] is field
    assert match_header(f"  {header.lower()}: ")[0] is field


def test_every_synonym_matches_its_own_field_surely() -> None:
    for field, names in SYNONYMS.items():
        for name in names:
            assert match_header(name) == (field, 1.0), name


def test_headers_with_more_words_match_less_surely() -> None:
    field, confidence = match_header("Time (for the first move)")
    assert field is Field.TIME and 0.5 <= confidence < 1
    field, confidence = match_header("Sending Agency Office")
    assert field is Field.SOURCE and 0.5 <= confidence < 1
    assert match_header("SEND TO") == (Field.TARGETS, 1.0)
    assert match_header("Message Delivery Means")[0] is Field.METHOD
    assert match_header("Recipient Organisation")[0] is Field.TARGETS
    assert match_header("Event Type")[0] is None  # a kind of event, not its title
    assert match_header("Master Scenario Events List")[0] is None
    assert match_header("")[0] is None


def test_normalize() -> None:
    assert normalize("Inject #") == "inject no"
    assert normalize("  Ёлка—№ ") == "елка no"
    assert normalize("T+") == "t plus"


def _raw(*headers: str) -> RawTable:
    return RawTable(source="t.csv", headers=headers, rows=(), header_line=1)


def test_scenario_time_is_the_planned_time_only_when_no_other_column_is() -> None:
    alone = guess_mapping(_raw("#", "Designated Scenario Time", "Event Description"))
    assert alone.field_of(1) is Field.TIME
    both = guess_mapping(_raw("#", "Time", "Scenario Time", "Inject"))
    assert (both.field_of(1), both.field_of(2)) == (Field.TIME, Field.SCENARIO_TIME)


def test_a_field_goes_to_one_column_and_notes_to_many() -> None:
    # The second of two text columns is taken as the titles.
    mapping = guess_mapping(_raw("Inject", "Description", "Notes", "Remarks", "Owner"))
    assert [mapping.field_of(i) for i in range(5)] == [
        Field.TEXT, Field.TITLE, Field.NOTES, Field.NOTES, None,
    ]  # fmt: skip


def test_our_export_headers_map_one_to_one() -> None:
    mapping = guess_mapping(_raw(*HEADERS))
    fields = [c.field for c in mapping.columns]
    assert None not in fields
    assert len(set(fields)) == len(fields)
    assert all(c.confidence == 1.0 for c in mapping.columns)


def test_choices_by_hand() -> None:
    mapping = guess_mapping(_raw("No.", "Time", "Inject", "Owner"))
    changed = mapping.with_field("owner", Field.SOURCE).with_field("B", Field.SCENARIO_TIME)
    assert changed.field_of(3) is Field.SOURCE
    assert changed.field_of(1) is Field.SCENARIO_TIME
    moved = mapping.with_field("3", Field.TITLE).with_field("Owner", Field.TEXT)
    assert (moved.field_of(2), moved.field_of(3)) == (Field.TITLE, Field.TEXT)
    assert mapping.key == ("no", "time", "inject", "owner")
    assert mapping.as_dict()["Owner"] == "keep"


def test_field_names_and_letters() -> None:
    assert field_named("to") is Field.TARGETS
    assert field_named("scenario-time") is Field.SCENARIO_TIME
    assert field_named("Scenario time") is Field.SCENARIO_TIME
    assert field_named("nonsense") is None
    assert column_letter_index("A") == 0
    assert column_letter_index("ab") == 27
    assert column_letter_index("A1") is None


ISSUE_HEADERS = {
    "SEND TO": Field.TARGETS, "SENT FROM": Field.SOURCE, "EVENT TIME": Field.TIME,
    "INJECT MODE": Field.METHOD, "INJECT DTG": Field.TIME, "DESCRIPTION/SCRIPT": Field.TEXT,
    "Expected Reaction / Response": Field.EXPECTED, "Time (0600-1800)": Field.TIME,
    "Injected By": Field.SOURCE, "Responsible Controller": Field.SOURCE,
    "ScheduledTime": Field.TIME, "DeliveryMethod": Field.METHOD,
    "ExpectedAction": Field.EXPECTED, "InjectNumber": Field.NUMBER, "Phase": Field.MODULE,
}  # fmt: skip


def test_the_headers_that_defeated_the_old_guess_match_by_their_words_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Even with none of them known as a whole (neither as a header nor as a phrase), their
    words name the field."""
    from ttx_desktop.formats import msel_columns

    unknown = {normalize(h) for h in ISSUE_HEADERS} - {"phase"}  # one word: its own phrase
    kept = {k: f for k, f in msel_columns._EXACT.items() if k not in unknown}
    monkeypatch.setattr(msel_columns, "_EXACT", kept)
    fold = msel_columns._fold
    phrases = [
        (frozenset(fold(w) for w in name.split()), field)
        for field, names in SYNONYMS.items()
        for name in names
        if name not in unknown
    ]
    monkeypatch.setattr(msel_columns, "_PHRASES", phrases)
    for header, field in ISSUE_HEADERS.items():
        found, confidence = match_header(header)
        assert (found, confidence >= 0.6) == (field, True), header
