"""The mapping holds when columns move, headers change words, and legends and info sheets appear."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ttx_desktop.formats.msel_columns import Field
from ttx_desktop.formats.msel_import import guess_mapping, plan_import, read_table

# Headers planners write for each field: the words vary, the field does not. The lists mix
# headers the import knows with ones it has never seen ("Time Due", "Comms Method").
HEADERS: dict[Field, list[str]] = {
    Field.NUMBER: ["No.", "#", "Inject #", "INJECT NO.", "Serial", "InjectNumber", "Event No",
                   "MSEL #", "Ref", "№ п/п", "Serial No."],
    Field.TIME: ["Time", "EVENT TIME", "Planned Time", "ScheduledTime", "Time (0600-1800)",
                 "Delivery Time", "Inject Time (local)", "DTG", "Время", "Planned Inject Time",
                 "Time Due",
                 "Time (Zulu)"],
    Field.TITLE: ["Title", "Subject", "Inject Title", "Event Title", "Headline", "SUBJECT",
                  "Тема", "InjectTitle", "Short Title of Inject", "Scenario Event Title"],
    Field.TEXT: ["Description", "DESCRIPTION/SCRIPT", "Inject Text", "Narrative", "Details",
                 "Event Description", "Message", "InjectDescription", "Содержание вводной",
                 "Message Content", "Inject Summary"],
    Field.SOURCE: ["From", "SENT FROM", "Source", "Originator", "Sender", "Injected By",
                   "От кого", "Msg From", "Sending Agency"],
    Field.TARGETS: ["To", "SEND TO", "Recipient", "Recipients", "Player", "Audience",
                    "ADDRESSEE", "Кому", "Msg To", "Receiving Player(s)", "Primary Recipient",
                    "Target Audience"],
    Field.METHOD: ["Method", "INJECT MODE", "Delivery Method", "DeliveryMethod", "Mode",
                   "Channel", "Means", "Способ доведения", "Delivery Means", "Comms Method",
                   "Inject Delivery Method"],
    Field.EXPECTED: ["Expected Action", "Expected Reaction / Response", "ExpectedAction",
                     "Expected Player Action", "Desired Outcome", "Ожидаемые действия",
                     "Expected Outcome(s)"],
}  # fmt: skip

ROWS = [
    {Field.NUMBER: 1, Field.TIME: "09:00", Field.TITLE: "Flood watch",
     Field.TEXT: "The weather service issues a flood watch for the basin until Friday.",
     Field.SOURCE: "Weather service", Field.TARGETS: "Emergency Management",
     Field.METHOD: "Email", Field.EXPECTED: "Review the flood plan"},
    {Field.NUMBER: 2, Field.TIME: "09:30", Field.TITLE: "Gauge rising",
     Field.TEXT: "The Mill Bridge gauge reads 4.2 m and is rising ten centimetres an hour.",
     Field.SOURCE: "Sim cell", Field.TARGETS: "Public Works, Emergency Management",
     Field.METHOD: "Phone", Field.EXPECTED: "Close the low-water crossings"},
    {Field.NUMBER: 3, Field.TIME: "10:15", Field.TITLE: "Media call",
     Field.TEXT: "Channel 5 asks the mayor for a live interview at noon about the risk.",
     Field.SOURCE: "Channel 5", Field.TARGETS: "Public Information",
     Field.METHOD: "Phone", Field.EXPECTED: "Prepare talking points"},
    {Field.NUMBER: 4, Field.TIME: "11:00", Field.TITLE: "Levee seepage",
     Field.TEXT: "Seepage is reported at the levee next to the water treatment plant.",
     Field.SOURCE: "Public Works crew", Field.TARGETS: "Water Utility",
     Field.METHOD: "Verbal", Field.EXPECTED: "Assess the levee"},
]  # fmt: skip

LEGENDS = ["LEGEND", "Yellow rows = contingency injects", "Green = key events",
           "Colour key: red = cancelled", "FOR OFFICIAL USE ONLY",
           "EXERCISE RIVERSIDE 2014"]  # fmt: skip


@st.composite
def workbooks(draw: Any) -> tuple[bytes, dict[str, Field]]:
    fields = draw(st.permutations(list(HEADERS)))
    headers = [draw(st.sampled_from(HEADERS[f])) for f in fields]
    above = draw(st.lists(st.sampled_from(LEGENDS), max_size=4))
    info_first = draw(st.booleans())
    book = Workbook()
    ws = book.active
    if info_first:
        ws.title = "Info"
        ws.append(["Exercise", "RIVERSIDE"])
        ws.append(["Contact", "planning cell"])
        ws = book.create_sheet(draw(st.sampled_from(["Sheet2", "MSEL", "Events", "План"])))
    for line in above:
        ws.append([line])
    if above:
        ws.append([])
    ws.append(headers)
    for row in ROWS:
        ws.append([row[f] for f in fields])
    if draw(st.booleans()):
        book.create_sheet("Legend").append(["Yellow", "Contingency"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue(), dict(zip(headers, fields, strict=True))


def _check(data: bytes, wanted: dict[str, Field]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "msel.xlsx"
        path.write_bytes(data)
        raw = read_table(path)
    mapping = guess_mapping(raw)
    got = {c.header: c.field for c in mapping.columns}
    assert got == wanted
    plan = plan_import(raw, mapping)
    assert plan.ok and [i.title for i in plan.injects] == [r[Field.TITLE] for r in ROWS]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_the_mapping_survives_shuffles_synonyms_legends_and_info_sheets(
    book: tuple[bytes, dict[str, Field]],
) -> None:
    _check(*book)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_the_mapping_survives_many_more(book: tuple[bytes, dict[str, Field]]) -> None:
    _check(*book)
