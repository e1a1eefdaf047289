"""A real phone browser in the room: headless Chromium at a phone's size, over loopback.

Needs Debian's `chromium` and Playwright for Python (`./dev test` installs both); skipped,
saying why, when either is missing. Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.room_helpers import Room, close_room, open_room
from ttx_desktop.domain.model import InjectStatus
from ttx_desktop.room.limits import Limits
from ttx_desktop.room.tokens import RoomRole

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)"
)
CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip(
        "Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True
    )

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def room(mini_path: Path) -> Iterator[Room]:
    opened = open_room(mini_path, Limits(rate_per_s=1000, burst=1000))
    yield opened
    close_room(opened)


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(**PHONE, has_touch=True, locale="en-GB")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    yield page
    context.close()
    assert problems == []  # no script error, no resource refused by the CSP


def _url(room: Room, role: RoomRole) -> str:
    return room.origin + room.base(role)


def test_a_note_taker_logs_an_entry_from_the_phone_and_it_is_in_the_file(
    room: Room, phone: Any
) -> None:
    phone.goto(_url(room, RoomRole.NOTE_TAKER))
    phone.wait_for_selector("#team option:nth-child(2)", state="attached")
    phone.select_option("#team", label="Health services")
    phone.locator("label.chip", has_text="Decision").tap()
    phone.select_option("#inject", index=0)
    phone.fill("#text", "Move patients to the first floor <script>alert(1)</script>")
    phone.fill("#author", "Olga")
    phone.locator("button[type=submit]").tap()
    phone.wait_for_selector("#sent li.saved")  # shown only once the console committed it
    assert phone.input_value("#text") == ""
    entries = list(room.file.log.all())
    assert len(entries) == 1
    entry = entries[0]
    assert entry.text == "Move patients to the first floor <script>alert(1)</script>"
    assert (entry.author, entry.kind.value, entry.source) == ("Olga", "decision", "room")
    assert phone.locator("#sent li p").inner_text() == entry.text  # shown as text, not markup
    assert [e.id for e in room.entries] == [entry.id]

    phone.reload()  # the name and team stay on the phone
    phone.wait_for_selector("#team option:nth-child(2)", state="attached")
    assert phone.input_value("#author") == "Olga"


def test_a_participant_sees_a_released_inject_appear_without_reloading(
    room: Room, phone: Any
) -> None:
    phone.goto(_url(room, RoomRole.PARTICIPANT))
    phone.wait_for_selector("#module:not([hidden])")
    assert phone.locator("#none").is_visible()
    assert phone.locator("#questions li").all_inner_texts() == [
        "Who decides to evacuate?",
        "How is the public told?",
    ]
    navigations: list[str] = []
    phone.on("framenavigated", lambda frame: navigations.append(frame.url))
    for number in (1, 3):
        inject = room.file.injects.by_number(number)
        assert inject is not None
        room.file.injects.set_status(inject.id, InjectStatus.RELEASED)  # from the console
    phone.wait_for_selector("#injects li:nth-child(2)", timeout=5000)
    titles = phone.locator("#injects h3").all_inner_texts()
    assert titles == ["Rumour of a dam failure", "Gauge passes warning level"]  # newest first
    assert "<b>Not true</b>" in phone.locator("#injects li").first.inner_text()  # as text
    assert navigations == []


def test_a_participant_fills_in_the_feedback_form(room: Room, phone: Any) -> None:
    phone.goto(_url(room, RoomRole.PARTICIPANT) + "?lang=ru")
    phone.locator("#open-feedback").tap()
    phone.fill("#fb-organisation", "Районная больница")
    phone.locator("input[name=strengths]").first.fill("Чёткое распределение ролей")
    phone.locator("input[name=action]").first.fill("Учения по радиосвязи")
    phone.locator("select[name=priority]").first.select_option("high")
    phone.locator("fieldset.rating").first.locator("label", has_text="4").tap()
    phone.locator("#feedback button[type=submit]").tap()
    phone.wait_for_selector("#fb-done:not([hidden])")
    assert "Спасибо" in phone.locator("#fb-done").inner_text()
    forms = room.file.exercise.load().feedback
    assert len(forms) == 1
    assert forms[0].organisation == "Районная больница"
    assert forms[0].ratings == (("structure", 4),)
    assert forms[0].corrective[0].priority.value == "high"
