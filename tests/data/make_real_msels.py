"""Writes the planner-shaped MSEL workbooks in tests/data/real/ and the truth beside each.

`python tests/data/make_real_msels.py` writes, for each workbook, NAME.xlsx and
NAME.truth.json: what a careful reader takes from it, inject by inject (title, text, from,
to, method, expected actions, day and time of day), the sheets it holds injects in, the
rows that are planning notes rather than injects, and what must be said about it. The
workbooks are made to look like a planner's own file, in the shapes the import must read
with no hand mapping: title blocks, legends, info sheets, merged headers, summary and old
exercises' tabs, one sheet per day, status columns, placeholders, military date-time
groups, text dates, zoned times, Excel serials, blank times, narrative-only rows, another
tool's CamelCase headers and delivery methods no list knows. Two workbooks are not MSELs
at all, and one is written again as an old binary .xls.
The files are committed; run this again only to change them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent / "real"


@dataclass
class Truth:
    """One inject as the import must give it."""

    title: str
    text: str
    source: str = ""
    to: list[str] = field(default_factory=list)
    method: str = "verbal"
    expected: list[str] = field(default_factory=list)
    day: int | None = None
    time: str | None = None
    method_word: str = ""  # the planner's own word when the method is "other"
    time_filled: bool = False  # the time cell was blank: the import must say so


@dataclass
class Book:
    """A workbook's truth: its injects, where they are, and what the import must report."""

    name: str
    injects: list[Truth]
    sheets: list[str]  # the sheets read, in order
    set_aside: list[str] = field(default_factory=list)  # planning notes, by their title
    notes: list[str] = field(default_factory=list)  # words the exercise's notes must hold
    all_teams: list[str] = field(default_factory=list)  # every team, when "All" is used


Cell = Any
Layout = Sequence[tuple[str, Callable[[Truth], Cell]]]


def _save(book: Workbook, truth: Book) -> None:
    HERE.mkdir(exist_ok=True)
    book.properties.creator = "Exercise planning cell"
    book.properties.created = datetime(2019, 1, 1)
    book.properties.modified = datetime(2019, 1, 1)
    book.save(HERE / f"{truth.name}.xlsx")
    data = asdict(truth)
    (HERE / f"{truth.name}.truth.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def _bold(ws: Worksheet, row: int) -> None:
    for cell in ws[row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")


def _table(ws: Worksheet, layout: Layout, rows: Sequence[Truth]) -> None:
    ws.append([h for h, _ in layout])
    _bold(ws, ws.max_row)
    for row in rows:
        ws.append([get(row) for _, get in layout])


def _hhmm(t: Truth) -> str:
    assert t.time is not None
    return t.time.replace(":", "")


def _to(joiner: str) -> Callable[[Truth], str]:
    return lambda t: joiner.join(t.to)


def _expected(t: Truth) -> str:
    return "\n".join(t.expected)


METHOD_WORDS = {"verbal": "Verbal", "email": "Email", "phone": "Phone", "handout": "Handout",
                "projector": "Slide", "social": "Social media", "video": "Video"}  # fmt: skip


def _method(t: Truth) -> str:
    return t.method_word or METHOD_WORDS[t.method]


# -- 1. headers of two or three words, a title block -----------------------------------------


def sendto_headers() -> None:
    injects = [
        Truth("Flood watch", "The weather service issues a flood watch for the Riverside basin "
              "until Friday evening.", "Weather service", ["Emergency Management"], "email",
              ["Review the flood plan", "Alert EOC staff"], None, "09:00"),
        Truth("Gauge rising", "The Mill Bridge gauge reads 4.2 m and is rising ten centimetres "
              "an hour.", "Sim cell", ["Public Works", "Emergency Management"], "phone",
              ["Close low-water crossings"], None, "09:30"),
        Truth("Media call", "Channel 5 asks the mayor for a live interview at noon about the "
              "flood risk.", "Channel 5", ["Public Information"], "phone",
              ["Prepare talking points"], None, "10:15"),
        Truth("Levee seepage", "Seepage is reported at the levee next to the water treatment "
              "plant.", "Public Works crew", ["Public Works", "Water Utility"], "verbal",
              ["Assess the levee", "Protect the plant"], None, "11:00"),
    ]  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws.append(["RIVERSIDE FLOOD TABLETOP EXERCISE 2014"])
    ws.append(["Master Scenario Events List"])
    ws.append(["FOR OFFICIAL USE ONLY"])
    ws.append([])
    layout: Layout = [
        ("INJECT NO.", lambda t: injects.index(t) + 1),
        ("EVENT TIME", _hhmm),
        ("SENT FROM", lambda t: t.source),
        ("SEND TO", _to(", ")),
        ("INJECT MODE", _method),
        ("Event Summary", lambda t: t.title),
        ("DESCRIPTION/SCRIPT", lambda t: t.text),
        ("Expected Reaction / Response", _expected),
        ("Responsible Controller", lambda _t: "J. Smith"),
    ]
    _table(ws, layout, injects)
    _save(book, Book("sendto_headers", injects, ["Sheet1"]))


# -- 2. another tool's CamelCase export ------------------------------------------------------


def camelcase_export() -> None:
    injects = [
        Truth("Power failure", "A substation fire cuts power to the east side of the city.",
              "Utility", ["EOC"], "phone", ["Activate generators"], 1, "08:00"),
        Truth("Hospital on backup", "St. Mary's runs on backup power with fuel for 12 hours.",
              "St. Mary's", ["Health", "EOC"], "email", ["Arrange fuel"], 1, "08:45"),
        Truth("Traffic lights out", "Traffic lights are dark on the main avenues.", "Police",
              ["Transport"], "verbal", ["Send officers to junctions"], 1, "09:30"),
        Truth("Restoration estimate", "The utility says power returns in 48 hours.",
              "Utility", ["EOC"], "email", ["Plan for two days"], 2, "08:15"),
    ]  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = "MselExport"
    layout: Layout = [
        ("InjectNumber", lambda t: f"INJ-{injects.index(t) + 1:03d}"),
        ("Phase", lambda t: f"Phase {t.day}"),
        ("ScheduledTime", lambda t: f"2019-03-0{3 + (t.day or 1)}T{t.time}:00"),
        ("InjectTitle", lambda t: t.title),
        ("InjectDescription", lambda t: t.text),
        ("Originator", lambda t: t.source),
        ("Recipients", _to("; ")),
        ("DeliveryMethod", _method),
        ("ExpectedAction", _expected),
        ("Status", lambda _t: "Draft"),
    ]
    _table(ws, layout, injects)
    _save(book, Book("camelcase_export", injects, ["MselExport"]))


# -- 3. military date-time groups ------------------------------------------------------------


def dtg_two_days() -> None:
    injects = [
        Truth("Refugee flow", "3,000 refugees cross at checkpoint 7 heading for the capital.",
              "NGO liaison", ["J3"], "email", ["Open camp B"], 1, "09:00"),
        Truth("Roadblock", "Protesters block MSR Tampa near the river crossing.", "HN police",
              ["J3", "J2"], "phone", ["Reroute the convoy"], 1, "11:30"),
        Truth("Press query", "Reuters asks about civilian casualties near the camp.", "Press",
              ["PAO"], "phone", ["Hold the statement"], 2, "08:00"),
        Truth("Cholera case", "A suspected cholera case is reported in camp B.", "Camp doctor",
              ["J3", "Medical"], "verbal", ["Isolate the patient"], 2, "10:45"),
    ]  # fmt: skip
    dtgs = ["210900AUG2011", "211130Z AUG 11", "220800ZAUG2011", "221045Z AUG 11"]
    book = Workbook()
    ws = book.active
    ws.title = "EXCON"
    ws.append(["EXERCISE DESERT BRIDGE 11 - EXCON MSEL"])
    ws.append([])
    layout: Layout = [
        ("SERIAL", lambda t: injects.index(t) + 1),
        ("INJECT DTG", lambda t: dtgs[injects.index(t)]),
        ("ORIGINATOR", lambda t: t.source),
        ("ADDRESSEE", _to("/")),
        ("SUBJECT", lambda t: t.title),
        ("INJECT", lambda t: t.text),
        ("MEANS", _method),
        ("DESIRED OUTCOME", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("dtg_two_days", injects, ["EXCON"]))


# -- 4. a date and a time column, text dates, "0930L", narrative only ------------------------


def date_time_columns() -> None:
    injects = [
        Truth("Tornado warning issued for the county at 09:30", "Tornado warning issued for "
              "the county at 09:30. Sirens sound in the north.", "NWS", ["Dispatch"], "phone",
              ["Sound sirens"], 1, "09:30"),
        Truth("A tornado touches down near the elementary…", "A tornado touches down near the "
              "elementary school and damages the gym roof badly.", "Fire", ["EOC"], "phone",
              ["Send search teams"], 1, "10:05"),
        Truth("Shelter opened at the high school",
              "Shelter opened at the high school. 40 people arrive.",
              "Red Cross", ["EOC", "Mass Care"], "email", ["Staff the shelter"], 2, "08:00"),
        Truth("Debris blocks Route 9", "Debris blocks Route 9. Crews need six hours.",
              "Public Works", ["EOC"], "verbal", ["Find a detour"], 3, "14:00"),
    ]  # fmt: skip
    dates = ["4- Mar", "4- Mar", "5- Mar", "6Mar"]
    times = ["0930L", "1005L", "0800L", "1400L"]
    book = Workbook()
    ws = book.active
    ws.title = "MSEL"
    layout: Layout = [
        ("#", lambda t: injects.index(t) + 1),
        ("Date", lambda t: dates[injects.index(t)]),
        ("Time (0600-1800)", lambda t: times[injects.index(t)]),
        ("From", lambda t: t.source),
        ("To", _to(", ")),
        ("Inject", lambda t: t.text),
        ("Method", _method),
        ("Expected Action", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("date_time_columns", injects, ["MSEL"]))


# -- 5, 6. slash dates: month first, day first -----------------------------------------------


def slash_dates(name: str, dates: list[str], days: list[int]) -> None:
    base = [
        ("Boil water notice", "The water utility issues a boil water notice for zone 3.",
         "Water Utility", ["Health"], "email", ["Inform clinics"], "08:00"),
        ("Sick children", "Two schools report many sick children.", "Schools", ["Health"],
         "phone", ["Send a nurse team"], "13:00"),
        ("Bottled water", "Stores run out of bottled water.", "Retail", ["EOC"], "verbal",
         ["Open distribution points"], "09:00"),
        ("All clear", "Tests come back clean for zone 3.", "Lab", ["Health", "EOC"], "email",
         ["Lift the notice"], "11:00"),
    ]  # fmt: skip
    injects = [Truth(*b[:6], day=d, time=b[6]) for b, d in zip(base, days, strict=True)]
    book = Workbook()
    ws = book.active
    ws.title = "Events"
    layout: Layout = [
        ("Msel #", lambda t: injects.index(t) + 1),
        ("Date", lambda t: dates[injects.index(t)]),
        ("Time", lambda t: t.time),
        ("Event", lambda t: t.title),
        ("Event Description", lambda t: t.text),
        ("Sender", lambda t: t.source),
        ("Recipient", _to(", ")),
        ("Mode", _method),
        ("Expected Player Action", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book(name, injects, ["Events"]))


# -- 7. one sheet per day, with a read-me and a colour key -----------------------------------


COLUMNS: Layout = [
    ("No", lambda t: None),
    ("Time", lambda t: t.time),
    ("Title", lambda t: t.title),
    ("Details", lambda t: t.text),
    ("From", lambda t: t.source),
    ("To", _to(", ")),
    ("Method", _method),
    ("Expected Actions", _expected),
]


def _numbered(ws: Worksheet, rows: Sequence[Truth], first: int) -> int:
    ws.append([h for h, _ in COLUMNS])
    _bold(ws, ws.max_row)
    for row in rows:
        ws.append([first] + [get(row) for _, get in COLUMNS[1:]])
        first += 1
    return first


def one_sheet_per_day() -> None:
    day1 = [
        Truth("Outbreak reported", "Clinics report 30 cases of a severe flu-like illness.",
              "Health ministry", ["Health"], "email", ["Open the health EOC"], 1, "09:00"),
        Truth("Hospital crowding", "The general hospital's emergency room is full.",
              "Hospital", ["Health"], "phone", ["Divert ambulances"], 1, "10:30"),
    ]  # fmt: skip
    day2 = [
        Truth("School closures", "Parents ask whether schools will close.", "Parents union",
              ["Education"], "social", ["Decide on closures"], 2, "09:00"),
        Truth("Vaccine shipment", "A vaccine shipment arrives at the airport.", "Customs",
              ["Health", "Logistics"], "phone", ["Plan cold storage"], 2, "11:15"),
    ]  # fmt: skip
    day3 = [
        Truth("Press conference", "The minister holds a press conference at noon.", "Ministry",
              ["Communications"], "projector", ["Brief the minister"], 3, "12:00"),
    ]  # fmt: skip
    book = Workbook()
    info = book.active
    info.title = "Read Me"
    info.append(["PANDEMIC TTX 2017"])
    info.append(["One sheet per exercise day. Times are local."])
    key = book.create_sheet("Colour Key")
    key.append(["Colour", "Meaning"])
    key.append(["Yellow", "Contingency inject"])
    key.append(["Green", "Expected inject"])
    first = 1
    for name, rows in (("Day 1", day1), ("Day 2", day2), ("Day 3", day3)):
        first = _numbered(book.create_sheet(name), rows, first)
    _save(book, Book("one_sheet_per_day", day1 + day2 + day3, ["Day 1", "Day 2", "Day 3"]))


# -- 8. an info sheet, "Key Events", an old exercise's tab, and the MSEL ---------------------


def key_events_and_old_tab() -> None:
    injects = [
        Truth("Cyber alert", "CERT warns of a ransomware campaign against city networks.",
              "CERT", ["IT"], "email", ["Check backups"], None, "09:00"),
        Truth("Payroll down", "The payroll system shows a ransom note.", "IT helpdesk",
              ["IT", "Finance"], "phone", ["Isolate the server"], None, "09:40"),
        Truth("Data leak", "Staff records appear on a leak site.", "Journalist",
              ["Communications"], "phone", ["Prepare a statement"], None, "10:20"),
        Truth("Regulator", "The data protection authority asks for a breach notice.",
              "Regulator", ["Legal"], "email", ["Draft the notice"], None, "11:00"),
        Truth("Restore", "Backups from last week restore cleanly.", "IT helpdesk", ["IT"],
              "verbal", ["Plan the restore"], None, "11:45"),
    ]  # fmt: skip
    book = Workbook()
    info = book.active
    info.title = "Exercise Info"
    for line in (["Exercise", "CITY CYBER 2019"], ["Date", "12 June 2019"],
                 ["Venue", "City Hall, room 4"], ["Contact", "planning@example.org"]):  # fmt: skip
        info.append(line)
    summary = book.create_sheet("Key Events")
    summary.append(["Time", "Key Event"])
    summary.append(["09:00", "Ransomware campaign announced"])
    summary.append(["10:20", "Leak goes public"])
    summary.append(["11:45", "Recovery starts"])
    old = book.create_sheet("MSEL 2016")
    old.append(["No", "Time", "Title", "Details", "From", "To", "Method"])
    old.append([1, "13:00", "Old storm", "A storm from the 2016 exercise.", "Met office",
                "EOC", "Email"])  # fmt: skip
    old.append([2, "13:30", "Old flood", "A flood from the 2016 exercise.", "Police", "EOC",
                "Phone"])  # fmt: skip
    main = book.create_sheet("Sheet4")
    _numbered(main, injects, 1)
    book.move_sheet("Sheet4", offset=-1)
    _save(book, Book("key_events_and_old_tab", injects, ["Sheet4"]))


# -- 9. a planning-notes sheet of rows never injected, and the scenario -----------------------


def planning_notes_sheet() -> None:
    injects = [
        Truth("Chemical spill", "A tanker spills chlorine on the ring road.", "Fire",
              ["Hazmat"], "phone", ["Set a cordon"], None, "10:00"),
        Truth("Plume drift", "The wind turns the plume towards a care home.", "Met office",
              ["Hazmat", "Health"], "email", ["Shelter in place"], None, "10:30"),
        Truth("Evacuation", "Police start evacuating the care home.", "Police", ["Health"],
              "verbal", ["Find beds"], None, "11:10"),
    ]  # fmt: skip
    layout: Layout = [
        ("Ref", lambda t: None), ("Time", lambda t: t.time), ("Subject", lambda t: t.title),
        ("Inject Text", lambda t: t.text), ("From", lambda t: t.source), ("To", _to(", ")),
        ("Method", _method), ("Expected Outcome", _expected), ("Status", lambda t: None),
    ]  # fmt: skip
    book = Workbook()
    notes = book.active
    notes.title = "Planning"
    notes.append([h for h, _ in layout])
    for n in range(1, 9):
        notes.append([n, f"{8 + n:02d}:00", f"Idea {n}", f"An idea for an inject, number {n}, "
                      "kept for later exercises.", "Planner", "EOC", "Email", "Discuss",
                      "Not injected" if n % 2 else "Planning info only"])  # fmt: skip
    main = book.create_sheet("Scenario")
    main.append([h for h, _ in layout])
    for n, t in enumerate(injects, start=1):
        main.append([n] + [get(t) for _, get in layout[1:-1]] + ["Injected"])
    _save(book, Book("planning_notes_sheet", injects, ["Scenario"]))


# -- 10. a status column --------------------------------------------------------------------


def status_rows() -> None:
    rows = [
        (Truth("Bomb threat", "A caller says a bomb is in the stadium.", "Caller", ["Police"],
               "phone", ["Evacuate the stand"], None, "14:00"), "Injected"),
        (Truth("Suspicious bag", "Stewards find a bag under seat 14.", "Steward", ["Police"],
               "verbal", ["Call the bomb squad"], None, "14:20"), "Not Injected"),
        (Truth("Crowd surge", "Fans push towards gate B.", "Steward", ["Stadium"], "phone",
               ["Open gate C"], None, "14:35"), ""),
        (Truth("Drone", "A drone circles the pitch.", "Police", ["Police"], "verbal",
               ["Ground the drone"], None, "14:50"), "Planning Info Only"),
        (Truth("Media", "TV crews ask for a statement.", "Press", ["Communications"],
               "email", ["Issue a holding line"], None, "15:00"), "Cancelled"),
        (Truth("Medical", "A fan collapses in the north stand.", "Medics", ["Health"],
               "phone", ["Send a medic"], None, "15:10"), "Deleted"),
        (Truth("Stand down", "The bag turns out to be lost property.", "Police",
               ["Police", "Stadium"], "verbal", ["Stand down"], None, "15:30"), "injected"),
    ]  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = "MSEL"
    layout: Layout = [
        ("Inject", lambda t: None), ("Time", lambda t: t.time), ("Title", lambda t: t.title),
        ("Description", lambda t: t.text), ("From", lambda t: t.source), ("To", _to(", ")),
        ("Method", _method), ("Expected Actions", _expected), ("Inject Status", lambda t: None),
    ]  # fmt: skip
    ws.append([h for h, _ in layout])
    for n, (t, status) in enumerate(rows, start=1):
        ws.append([n] + [get(t) for _, get in layout[1:-1]] + [status])
    kept = [t for t, s in rows if s.lower() in ("injected", "")]
    aside = [t.title for t, s in rows if s.lower() not in ("injected", "")]
    _save(book, Book("status_rows", kept, ["MSEL"], set_aside=aside))


# -- 11. rows with only a narrative ---------------------------------------------------------


def narrative_only() -> None:
    injects = [
        Truth("Landslide", "A landslide cuts the road to the upper valley.", "Police",
              ["Roads"], "phone", ["Close the road"], None, "07:30"),
        Truth("Villagers in the upper valley ask for food and…", "Villagers in the upper "
              "valley ask for food and blankets after a cold night without power.", "Mayor",
              ["Relief"], "phone", ["Send supplies"], None, "08:15"),
        Truth("Helicopter", "A helicopter is available from noon.", "Air force", ["Relief"],
              "email", ["Plan the airlift"], None, "09:00"),
        Truth("Second slide", "Second slide. The bypass is blocked too.", "Police",
              ["Roads", "Relief"], "verbal", ["Ask for engineers"], None, "10:40"),
    ]  # fmt: skip
    untitled = {1, 3}
    book = Workbook()
    ws = book.active
    ws.title = "Serials"
    layout: Layout = [
        ("Serial", lambda t: injects.index(t) + 1),
        ("Time", lambda t: t.time),
        ("Subject", lambda t: None if injects.index(t) in untitled else t.title),
        ("Narrative", lambda t: t.text),
        ("To", _to(", ")),
        ("From", lambda t: t.source),
        ("Method", _method),
        ("Expected Response", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("narrative_only", injects, ["Serials"]))


# -- 12. a legend and a colour key above the table, placeholders in the cells ----------------


def legend_placeholders() -> None:
    injects = [
        Truth("Heat wave", "Temperatures will pass 40 °C for five days.", "Met office",
              ["Health"], "email", ["Open cooling centres"], None, "09:00"),
        Truth("Water pressure", "Water pressure drops in the hills.", "", [], "verbal",
              [], None, "09:45"),
        Truth("Power cuts", "Rolling power cuts start in the east.", "Grid operator",
              ["Energy"], "verbal", ["Warn hospitals"], None, "10:30"),
        Truth("Fire", "A grass fire starts near the landfill.", "", ["Fire"], "phone",
              [], None, "11:15"),
    ]  # fmt: skip
    placeholders = {1: ("---", "N/A", "TBD", "n/a"), 3: ("-", None, None, "TBD")}
    book = Workbook()
    ws = book.active
    ws.title = "Heat 2018"
    ws.append(["HEAT WAVE TTX 2018 - MSEL"])
    ws.append(["LEGEND"])
    ws.append(["Yellow rows = contingency injects"])
    ws.append(["Green rows = key events"])
    ws.append([])

    def part(i: int, value: Callable[[Truth], Cell]) -> Callable[[Truth], Cell]:
        def get(t: Truth) -> Cell:
            held = placeholders.get(injects.index(t))
            return held[i] if held and held[i] is not None else value(t)

        return get

    layout: Layout = [
        ("No.", lambda t: injects.index(t) + 1),
        ("Time", lambda t: t.time),
        ("Title", lambda t: t.title),
        ("Inject", lambda t: t.text),
        ("From", part(0, lambda t: t.source)),
        ("To", part(1, _to(", "))),
        ("Method", part(2, _method)),
        ("Expected Actions", part(3, _expected)),
    ]
    _table(ws, layout, injects)
    ws.append([])
    ws.append(["KEY: bold = must be injected"])
    notes = ["Yellow rows = contingency injects", "Green rows = key events"]
    _save(book, Book("legend_placeholders", injects, ["Heat 2018"], notes=notes))


# -- 13. blank time cells --------------------------------------------------------------------


def blank_times() -> None:
    injects = [
        Truth("Ferry aground", "The morning ferry runs aground off the north pier.", "Coast guard",
              ["Maritime"], "phone", ["Launch the lifeboat"], None, "06:30"),
        Truth("Passengers", "The ferry carries 212 passengers and 40 cars.", "Ferry company",
              ["Maritime", "Health"], "phone", ["Prepare the reception centre"], None, "06:30",
              time_filled=True),
        Truth("Oil sheen", "An oil sheen spreads towards the beach.", "Coast guard",
              ["Environment"], "email", ["Deploy booms"], None, "07:15"),
        Truth("Relatives", "Relatives gather at the terminal.", "Police", ["Health"], "verbal",
              ["Open a family centre"], None, "07:15", time_filled=True),
        Truth("Tow", "A tug starts towing the ferry off.", "Coast guard", ["Maritime"],
              "verbal", ["Track the tow"], None, "08:00"),
    ]  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = "MSEL"
    layout: Layout = [
        ("Event No", lambda t: injects.index(t) + 1),
        ("Planned Time", lambda t: None if t.time_filled else t.time),
        ("Event Title", lambda t: t.title),
        ("Event Description", lambda t: t.text),
        ("Source", lambda t: t.source),
        ("Recipients", _to(", ")),
        ("Delivery Method", _method),
        ("Expected Player Actions", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("blank_times", injects, ["MSEL"]))


# -- 14. delivery methods no list knows ------------------------------------------------------


def unknown_methods() -> None:
    injects = [
        Truth("Runner message", "A runner brings a note from the field post.", "Field post",
              ["Command"], "other", ["Log the note"], None, "10:00", method_word="Runner"),
        Truth("Courier pouch", "A courier delivers the situation report.", "HQ", ["Command"],
              "other", ["Read the report"], None, "10:20", method_word="Courier"),
        Truth("WebEOC entry", "A new WebEOC board entry reports a collapsed bridge.", "County",
              ["Command", "Roads"], "other", ["Confirm the report"], None, "10:45",
              method_word="WebEOC"),
        Truth("Fax", "The state sends a fax with resource numbers.", "State", ["Logistics"],
              "handout", ["Update the resource list"], None, "11:00", method_word="Fax"),
        Truth("Call", "The mayor calls for an update.", "Mayor", ["Command"], "phone",
              ["Brief the mayor"], None, "11:30"),
    ]  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = "Injects"
    layout: Layout = [
        ("Inject #", lambda t: injects.index(t) + 1),
        ("Time", lambda t: t.time),
        ("Inject Title", lambda t: t.title),
        ("Inject Description", lambda t: t.text),
        ("From", lambda t: t.source),
        ("To", _to(", ")),
        ("Delivery", _method),
        ("Expected Player Action", _expected),
    ]
    _table(ws, layout, injects)
    injects[3].method_word = ""
    _save(book, Book("unknown_methods", injects, ["Injects"]))


# -- 15. "All" in the To column --------------------------------------------------------------


def all_players() -> None:
    teams = ["Police", "Fire", "Health"]
    injects = [
        Truth("Start", "The exercise starts: a train derails near the station.", "Control",
              teams, "projector", ["Set up command"], None, "09:00"),
        Truth("Casualties", "Forty people are hurt.", "Fire", ["Fire", "Health"], "phone",
              ["Triage"], None, "09:20"),
        Truth("Cordon", "Crowds gather at the cordon.", "Police", ["Police"], "verbal",
              ["Hold the cordon"], None, "09:40"),
        Truth("Hot wash", "Control stops play for a hot wash.", "Control", teams, "verbal",
              ["Share lessons"], None, "10:30"),
    ]  # fmt: skip
    to_cells = ["All", "Fire, Health", "Police", "All players"]
    book = Workbook()
    ws = book.active
    ws.title = "Rail"
    layout: Layout = [
        ("No.", lambda t: injects.index(t) + 1),
        ("Time", lambda t: t.time),
        ("Title", lambda t: t.title),
        ("Inject", lambda t: t.text),
        ("From", lambda t: t.source),
        ("To", lambda t: to_cells[injects.index(t)]),
        ("Method", _method),
        ("Expected Actions", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("all_players", injects, ["Rail"], all_teams=teams))


# -- 16. times with a zone -------------------------------------------------------------------


def zoned_times() -> None:
    injects = [
        Truth("Hurricane track", "The hurricane turns north; landfall in 36 hours.", "NHC",
              ["EOC"], "email", ["Issue a watch"], None, "04:00"),
        Truth("Evacuation order", "The governor orders coastal evacuation.", "Governor",
              ["EOC", "Transport"], "projector", ["Open contraflow"], None, "04:30"),
        Truth("Shelters", "Inland shelters report space for 9,000.", "Red Cross",
              ["Mass Care"], "phone", ["Assign shelters"], None, "05:15"),
        Truth("Fuel", "Gas stations on I-10 run dry.", "State police", ["Transport"], "phone",
              ["Send fuel trucks"], None, "06:00"),
    ]  # fmt: skip
    cells = ["0400 CDT", "0430 CDT", "05:15 CDT", "0600L"]
    book = Workbook()
    ws = book.active
    ws.title = "MSEL"
    layout: Layout = [
        ("Inject No", lambda t: injects.index(t) + 1),
        ("Time (CDT)", lambda t: cells[injects.index(t)]),
        ("Inject Title", lambda t: t.title),
        ("Inject Text", lambda t: t.text),
        ("From", lambda t: t.source),
        ("To", _to(", ")),
        ("Delivery Method", _method),
        ("Expected Outcome", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("zoned_times", injects, ["MSEL"]))


# -- 17. Excel serial numbers ----------------------------------------------------------------


def excel_serials() -> None:
    injects = [
        Truth("Dam alarm", "Sensors at the dam show a crack in the spillway.", "Dam operator",
              ["Water"], "phone", ["Inspect the spillway"], 1, "09:00"),
        Truth("Downstream towns", "Three towns lie in the flood path.", "Water board",
              ["Civil Protection"], "email", ["Plan evacuation"], 1, "10:30"),
        Truth("Crack grows", "The crack is now two metres long.", "Dam operator",
              ["Water", "Civil Protection"], "phone", ["Lower the reservoir"], 2, "08:00"),
    ]  # fmt: skip
    serials = [43466.375, 43466.4375, 43467.3333333333]  # 2019-01-01 09:00, 10:30, 01-02 08:00
    book = Workbook()
    ws = book.active
    ws.title = "Dam"
    layout: Layout = [
        ("ID", lambda t: injects.index(t) + 1),
        ("Planned Delivery", lambda t: serials[injects.index(t)]),
        ("Headline", lambda t: t.title),
        ("Message", lambda t: t.text),
        ("Source", lambda t: t.source),
        ("Audience", _to(", ")),
        ("Channel", _method),
        ("Expected Outcome", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("excel_serials", injects, ["Dam"]))


# -- 18. Russian, "Все" in the recipients ----------------------------------------------------


def russian_all() -> None:
    teams = ["МЧС", "Полиция", "Здравоохранение"]
    injects = [
        Truth("Паводок", "Уровень воды в реке поднялся на три метра за ночь.", "Гидромет",
              teams, "verbal", ["Оповестить население"], None, "09:00"),
        Truth("Эвакуация", "Затоплены два квартала на левом берегу.", "Администрация",
              ["МЧС", "Полиция"], "handout", ["Развернуть пункты размещения"], None, "09:40"),
        Truth("Больница", "Больница просит помощи с эвакуацией пациентов.", "Больница",
              ["Здравоохранение"], "phone", ["Выделить транспорт"], None, "10:20"),
    ]  # fmt: skip
    to_cells = ["Все", "МЧС, Полиция", "Здравоохранение"]
    words = ["устно", "раздаточный материал", "телефон"]
    book = Workbook()
    ws = book.active
    ws.title = "План"
    ws.append(["Командно-штабное учение «Паводок-2019»"])
    ws.append([])
    layout: Layout = [
        ("№ п/п", lambda t: injects.index(t) + 1),
        ("Время", lambda t: t.time),
        ("Тема", lambda t: t.title),
        ("Содержание вводной", lambda t: t.text),
        ("От кого", lambda t: t.source),
        ("Кому", lambda t: to_cells[injects.index(t)]),
        ("Способ доведения", lambda t: words[injects.index(t)]),
        ("Ожидаемые действия", _expected),
    ]
    _table(ws, layout, injects)
    _save(book, Book("russian_all", injects, ["План"], all_teams=teams))


# -- 19. merged header cells, "Injected By" --------------------------------------------------


def merged_injected_by() -> None:
    injects = [
        Truth("Gas leak", "A gas main breaks under the market square.", "Gas company",
              ["Fire"], "phone", ["Evacuate the square"], None, "13:00"),
        Truth("Explosion", "A small explosion damages a shop front.", "Police", ["Fire",
              "Police"], "verbal", ["Search the building"], None, "13:25"),
        Truth("Road closure", "The ring road must close for repairs.", "Gas company",
              ["Transport"], "email", ["Plan diversions"], None, "14:10"),
    ]  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = "Gas"
    ws["A1"] = "MARKET SQUARE GAS LEAK - FUNCTIONAL EXERCISE 2012"
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(["Inject", None, None, "Time", "Injected By", "Recipient", "Method",
               "Expected Reaction / Response"])  # fmt: skip
    ws.append(["No.", "Title", "Text", "Planned", None, None, None, None])
    ws.merge_cells("A3:C3")
    for column in "EFGH":
        ws.merge_cells(f"{column}3:{column}4")
    _bold(ws, 3)
    _bold(ws, 4)
    for n, t in enumerate(injects, start=1):
        ws.append([n, t.title, t.text, t.time, t.source, ", ".join(t.to), _method(t),
                   _expected(t)])  # fmt: skip
    _save(book, Book("merged_injected_by", injects, ["Gas"]))


# -- 20. sheets whose dates say they are days, beside an old exercise's tab ------------------


def dated_sheets() -> None:
    day1 = [
        Truth("Port closed", "The harbour master closes the port after a chemical leak.",
              "Harbour master", ["Port"], "phone", ["Stop ship movements"], 1, "08:30"),
        Truth("Leak source", "Divers find the leak in a tanker's hull.", "Divers", ["Port",
              "Environment"], "email", ["Plan the repair"], 1, "10:00"),
    ]  # fmt: skip
    day2 = [
        Truth("Fish kill", "Dead fish wash up on the town beach.", "Residents",
              ["Environment"], "social", ["Sample the water"], 2, "09:15"),
    ]  # fmt: skip
    old = [
        Truth("Old storm", "A storm from the 2016 exercise.", "Met office", ["Port"], "email",
              ["Close the port"], None, "09:00"),
        Truth("Old ferry", "A ferry from the 2016 exercise.", "Coast guard", ["Port"],
              "phone", ["Send a tug"], None, "09:30"),
        Truth("Old spill", "A spill from the 2016 exercise.", "Coast guard", ["Environment"],
              "phone", ["Deploy booms"], None, "10:00"),
    ]  # fmt: skip
    book = Workbook()
    info = book.active
    info.title = "Exercise Info"
    info.append(["Exercise", "HARBOUR 2019"])

    def sheet(name: str, rows: list[Truth], day: str) -> None:
        ws = book.create_sheet(name)
        ws.append(["No", "Date", "Time", "Title", "Details", "From", "To", "Method",
                   "Expected Actions"])  # fmt: skip
        _bold(ws, 1)
        for n, t in enumerate(rows, start=1):
            ws.append([n, day, t.time, t.title, t.text, t.source, ", ".join(t.to), _method(t),
                       _expected(t)])  # fmt: skip

    sheet("2016 exercise", old, "14.09.2016")
    sheet("Harbour A", day1, "12.06.2019")
    sheet("Harbour B", day2, "13.06.2019")
    _save(book, Book("dated_sheets", day1 + day2, ["Harbour A", "Harbour B"]))


# -- not MSELs -------------------------------------------------------------------------------


def not_msels() -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Contacts"
    ws.append(["Name", "Organisation", "Position", "Phone", "Email"])
    ws.append(["Anna Petrova", "City EOC", "Duty officer", "+1 555 0100", "anna@example.org"])
    ws.append(["Ben Okafor", "Fire service", "Chief", "+1 555 0101", "ben@example.org"])
    ws.append(["Chen Li", "Red Cross", "Shelter lead", "+1 555 0102", "chen@example.org"])
    book.save(HERE / "not_msel_contacts.xlsx")
    book = Workbook()
    ws = book.active
    ws.title = "Missions"
    ws.append(["Mission ID", "Date", "Aircraft", "Crew", "Takeoff", "Landing", "Fuel (kg)"])
    ws.append(["M-101", "2015-05-02", "C-130", "Blue", "0640", "0915", 5200])
    ws.append(["M-102", "2015-05-02", "CH-47", "Red", "0710", "0830", 1900])
    ws.append(["M-103", "2015-05-03", "C-130", "Blue", "0600", "0950", 5400])
    book.save(HERE / "not_msel_missions.xlsx")


def old_binary_xls() -> None:
    """The first workbook again as Excel 97-2003, written with xlwt when it is installed
    (``pip install xlwt``; only this script needs it)."""
    try:
        import xlwt  # type: ignore[import-untyped]
    except ImportError:
        print("xlwt not installed: old_binary.xls left as it was")
        return
    import openpyxl

    source = openpyxl.load_workbook(HERE / "sendto_headers.xlsx")
    out = xlwt.Workbook()
    sheet = out.add_sheet(source.active.title)
    for r, row in enumerate(source.active.iter_rows(values_only=True)):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    out.save(str(HERE / "old_binary.xls"))
    truth = json.loads((HERE / "sendto_headers.truth.json").read_text(encoding="utf-8"))
    truth["name"] = "old_binary"
    (HERE / "old_binary.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    sendto_headers()
    camelcase_export()
    dtg_two_days()
    date_time_columns()
    slash_dates("month_first_dates", ["3/4/10", "3/4/10", "3/5/10", "3/6/10"], [1, 1, 2, 3])
    slash_dates("day_first_dates", ["4/3/10", "4/3/10", "5/3/10", "13/3/10"], [1, 1, 2, 10])
    one_sheet_per_day()
    key_events_and_old_tab()
    planning_notes_sheet()
    status_rows()
    narrative_only()
    legend_placeholders()
    blank_times()
    unknown_methods()
    all_players()
    zoned_times()
    excel_serials()
    russian_all()
    merged_injected_by()
    dated_sheets()
    not_msels()
    old_binary_xls()


if __name__ == "__main__":
    main()
