"""Writes the MSEL spreadsheets in tests/data/: `python tests/data/make_msels.py`.

Each file is a shape planners really use, written for the tests: different column orders,
a title block above the header, merged header cells, Excel time and date cells, several
sheets, section-heading rows, and CSV in UTF-8 with BOM, Windows-1251 and UTF-16.
The files are committed; run this again only to change them.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
CAVEAT = "FOR OFFICIAL USE ONLY"


def _save(book: Workbook, name: str) -> None:
    book.properties.creator = "TTX Desktop tests"
    book.properties.created = datetime(2026, 1, 1)
    book.properties.modified = datetime(2026, 1, 1)
    book.save(HERE / name)


def hseep_title_block() -> None:
    """HSEEP layout: a title block, then Event # / Designated Scenario Time / ... / Notes."""
    book = Workbook()
    ws = book.active
    ws.title = "MSEL"
    ws.append(["Exercise RIVERSIDE 2026"])
    ws.append(["Master Scenario Events List (MSEL)"])
    ws.append([CAVEAT])
    ws.append([])
    ws.append(["Event #", "Designated Scenario Time", "Event Type", "Event Description",
               "Responsible Controller", "Recipient Player", "Expected Player Action",
               "Objective / Core Capability", "Notes"])  # fmt: skip
    rows = [
        (1, "D1 0900", "Expected", "National weather service issues a flood watch for the "
         "Riverside basin.", "Lead controller", "Emergency Management",
         "Review flood plan\nNotify EOC staff", "Operational Coordination", ""),
        (2, "D1 0930", "Expected", "River gauge at Mill Bridge reads 4.2 m and rising.",
         "Sim cell", "Public Works, Emergency Management", "Close low-water crossings",
         "Operational Coordination; Infrastructure Systems", "Hand out gauge chart"),
        (3, "D1 1015", "Contingency", "Local TV asks the mayor for an interview on air.",
         "Sim cell", "Public Information", "- Prepare talking points\n- Name a spokesperson",
         "Public Information and Warning", "Use only if PIO is idle"),
        (4, "D2 0800", "Expected", "Overnight levee seepage reported near the water plant.",
         "Lead controller", "Public Works; Water Utility", "Assess levee\nProtect the plant",
         "Infrastructure Systems", ""),
        (5, "D2 0845", "Expected", "Shelter at Lincoln School reaches 80% capacity.",
         "Sim cell", "Mass Care", "Open a second shelter", "Mass Care Services", ""),
    ]  # fmt: skip
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append([CAVEAT])
    for cell in ws[5]:
        cell.font = Font(bold=True)
    _save(book, "hseep_title_block.xlsx")


def merged_header() -> None:
    """Two header rows joined by merged cells, Excel time cells, a module column merged down."""
    book = Workbook()
    ws = book.active
    ws.title = "Injects"
    ws["A1"] = "Cyber incident TTX — MSEL"
    ws.merge_cells("A1:I1")
    top = ["Module", "No.", "Time", None, "Inject", None, "To", "Method", "Status"]
    sub = [None, None, "Planned", "Scenario", "Title", "Description", None, None, None]
    ws.append([])
    ws.append(top)
    ws.append(sub)
    for column in ("A", "B", "G", "H", "I"):
        ws.merge_cells(f"{column}3:{column}4")
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:F3")
    data = [
        ("1. Detection", 1, time(9, 0), "Monday 08:40", "Odd logins",
         "The SOC sees logins to the payroll server from abroad.", "IT, SOC", "Handout",
         "Injected"),
        (None, 2, time(9, 20), "Monday 09:05", "Ransom note",
         "File servers show a ransom note demanding 40 BTC.", "IT / Management", "Projector",
         "Injected"),
        (None, 3, time(9, 45), "Monday 10:30", "Press call",
         "A journalist calls about leaked salary data.", "Communications", "Phone call",
         "Omitted"),
        ("2. Recovery", 4, time(13, 0), "Tuesday 09:00", "Backups",
         "Backups from last week turn out to be encrypted too.", "IT", "Verbal", ""),
        (None, 5, time(13, 30), "Tuesday 11:00", "Regulator",
         "The data protection authority asks for a breach notice within 72 hours.",
         "Legal; Management", "Simulated e-mail", "Pending"),
    ]  # fmt: skip
    for row in data:
        ws.append(list(row))
    for r in range(5, 10):
        ws.cell(row=r, column=3).number_format = "hh:mm"
    ws.merge_cells("A5:A7")
    ws.merge_cells("A8:A9")
    for row in ws["A3:I4"]:
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
    _save(book, "merged_header.xlsx")


def excel_times() -> None:
    """Time cells, date-time cells across two days, an elapsed [h]:mm column, a serial."""
    book = Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws.append(["Inject No", "Date/Time", "Elapsed", "Subject", "Inject Text", "Recipient",
               "Delivery Method", "Scenario Time"])  # fmt: skip
    rows = [
        (1, datetime(2026, 8, 21, 9, 0), timedelta(0), "Heat wave", "Temperatures pass 42 °C.",
         "Health", "verbal", datetime(2026, 8, 24, 6, 0)),
        (2, datetime(2026, 8, 21, 9, 40), timedelta(minutes=40), "Power cuts",
         "Rolling blackouts begin in the east.", "Energy", "handout", "Day 4, 07:30"),
        (3, datetime(2026, 8, 22, 9, 0), timedelta(0), "Hospitals full",
         "Two hospitals stop admitting patients.", "Health, Energy", "projector", "Day 5"),
    ]  # fmt: skip
    for row in rows:
        ws.append(list(row))
    for r in range(2, 5):
        ws.cell(row=r, column=2).number_format = "dd.mm.yyyy hh:mm"
        ws.cell(row=r, column=3).number_format = "[h]:mm"
    ws.append([4, 46256.4166666667, None, "Water", "Reservoirs at 20%.", "Water", "email", ""])
    ws.cell(row=5, column=2).number_format = "0.0000"  # a serial that lost its date format
    ws.append([5, "1100", None, "Morning brief", "Brief at seven.", "Health", "verbal", ""])
    _save(book, "excel_times.xlsx")


def several_sheets() -> None:
    """Instructions, the MSEL with section headings and statuses, deleted injects, notes."""
    book = Workbook()
    intro = book.active
    intro.title = "Instructions"
    intro.append(["How to use this workbook"])
    intro.append(["Fill one row per inject. Time is the planned delivery time."])
    msel = book.create_sheet("MSEL v3")
    msel.append(["#", "Phase", "Delivery Time", "Inject Title", "Details", "Sender", "Player",
                 "Mode", "Expected Response", "Status", "Controller Notes", "Page"])  # fmt: skip
    msel.append(["PHASE 1 — ALERT"])
    msel.append([1, 1, "08:30", "Earthquake", "A 6.1 quake hits the valley.", "Seismology",
                 "Civil protection", "Verbal", "Activate EOC", "Injected", "", 3])  # fmt: skip
    msel.append([2, 1, "08:50", "Bridge", "The north bridge is closed.", "Police", "Roads",
                 "Radio", "Reroute traffic", "Injected", "", 4])  # fmt: skip
    msel.append(["PHASE 2 — RESPONSE"])
    msel.append([3, 2, "10:00", "Aftershock", "A 5.0 aftershock.", "Seismology",
                 "Civil protection; Health", "Verbal", "", "Deleted", "Cut for time",
                 5])  # fmt: skip
    msel.append([4, 2, "10:20", "Fake news", "A viral post claims the dam broke.", "Media cell",
                 "Communications", "Social media", "Debunk quickly", "Pending", "", 6])  # fmt: skip
    deleted = book.create_sheet("Deleted injects")
    deleted.append(["#", "Delivery Time", "Inject Title", "Details", "Player"])
    deleted.append([90, "09:00", "Old inject", "Removed in review.", "Roads"])
    notes = book.create_sheet("Notes")
    notes.append(["Notes", "Remarks"])
    notes.append(["Check the map projector", "Ask venue"])
    _save(book, "several_sheets.xlsx")


RUSSIAN = [
    ["Учение «Паводок-2026»"],
    ["План-график вводных"],
    [],
    ["№", "Время", "Модуль", "Заголовок", "Описание", "От кого", "Кому", "Способ",
     "Ожидаемые действия", "Примечания"],
    ["1", "09:00", "1", "Подъём воды", "Уровень воды в реке поднялся на 2 м.", "Гидромет",
     "МЧС, Полиция", "устно", "Оповестить население", ""],
    ["2", "9.30", "1", "Эвакуация", "Затоплены два квартала.", "Хокимият", "МЧС; Здравоохранение",
     "раздаточный материал", "Развернуть пункты временного размещения", "Проверить карту"],
    ["3", "14:00", "2", "Слухи", "В соцсетях пишут о прорыве дамбы.", "СМИ", "Пресс-служба",
     "соцсети", "Опровергнуть слухи", ""],
]  # fmt: skip

SEMICOLON = [
    ["Title", "To", "T+", "Inject", "Module", "No.", "Notes", "Owner"],
    ["Alarm", "Fire", "T+00:00", "Smoke alarm in server room", "Start", "1", "", "Anna"],
    ["Sprinklers", "Fire; IT", "+30 min", "Sprinklers soak the racks", "Start", "2", "", "Anna"],
    ["Outage", "IT", "T+1:15", "Email is down for everyone", "Start", "3", "=cmd|' /C calc'!A0",
     "Ben"],
    ["Day two", "Management", "Day 2 09:30", "Insurer asks for a loss estimate", "Day 2", "4",
     "", "Ben"],
]  # fmt: skip

UTF16 = [
    ["Inject #", "Planned Time", "Subject", "Event Description", "Recipient", "Method"],
    ["1", "0900", "Алдын ала", "Ҳушдор: обхезӣ дар водии Вахш.", "КҲФ", "verbal"],
    ["2", "0930", "Evacuation", "Villages on the left bank are cut off.", "КҲФ, Police", "handout"],
]  # fmt: skip

DTG = [
    ["MSEL #", "DTG", "From", "To", "Subject", "Event Synopsis", "Mode", "Expected Response",
     "Controller Notes", "Status"],
    ["1", "210900AUG2011", "NGO liaison", "J3", "Refugee flow",
     "3,000 refugees cross at checkpoint 7.", "Email", "Open camp B", "", "Injected"],
    ["2", "211130ZAUG2011", "HN police", "J3/J2", "Roadblock", "Protesters block MSR Tampa.",
     "Phone", "Reroute convoy", "", "Injected"],
    ["3", "220800AUG2011", "Press", "PAO", "Press query", "Reuters asks about civilian casualties.",
     "Phone", "Hold statement", "optional", "Not injected"],
]  # fmt: skip


def _csv(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def csv_files() -> None:
    (HERE / "russian_cp1251.csv").write_bytes(_csv(RUSSIAN, ";").encode("cp1251"))
    (HERE / "semicolon_bom.csv").write_bytes(b"\xef\xbb\xbf" + _csv(SEMICOLON, ";").encode())
    (HERE / "unicode_text_utf16.txt").write_bytes(_csv(UTF16, "\t").encode("utf-16"))
    (HERE / "military_dtg.csv").write_bytes(_csv(DTG, ",").encode())


if __name__ == "__main__":
    hseep_title_block()
    merged_header()
    excel_times()
    several_sheets()
    csv_files()
