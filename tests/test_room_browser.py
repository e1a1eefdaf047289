"""A real phone browser in the room: headless Chromium at a phone's size, over loopback.

Needs Debian's `chromium` and Playwright for Python (`./dev test` installs both); skipped,
saying why, when either is missing. Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import time
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
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(**PHONE, has_touch=True, locale="en-GB")
    page = context.new_page()
    problems: list[str] = []
    # A refused or failed request is logged by the browser itself; some tests cause them.
    page.on(
        "console",
        lambda m: (
            problems.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
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
    phone.locator("label.chip", has_text="Health services").tap()
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
    assert phone.locator("#sent li p").nth(1).inner_text() == entry.text  # as text, not markup
    assert [e.id for e in room.entries] == [entry.id]

    phone.reload()  # the name, the team and the list of what was sent stay on the phone
    phone.wait_for_selector("#team label.chip")
    assert phone.input_value("#author") == "Olga"
    assert phone.locator("#team input:checked + span").inner_text() == "Health services"
    meta = phone.locator("#sent li.saved .meta").inner_text()
    assert re.fullmatch(r"\d\d:\d\d [AP]M · Health services · Decision", meta), meta


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
    phone.wait_for_selector("#older:not([hidden])", timeout=5000)
    # The latest inject first, then the module's questions; the earlier ones folded.
    assert phone.locator("#injects h3").all_inner_texts() == ["Rumour of a dam failure"]
    assert "<b>Not true</b>" in phone.locator("#injects li").first.inner_text()  # as text
    assert not phone.locator("#older-injects h3").first.is_visible()
    phone.locator("#older summary").tap()
    assert phone.locator("#older-injects h3").all_inner_texts() == ["Gauge passes warning level"]
    order = phone.evaluate(
        "['injects', 'module', 'older'].map(id => document.getElementById(id)"
        ".getBoundingClientRect().top)"
    )
    assert order == sorted(order)
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


def _log(phone: Any, team: str, text: str) -> None:
    phone.locator("#team label.chip", has_text=team).tap()
    phone.fill("#text", text)
    phone.locator("button[type=submit]").tap()


def test_entries_waiting_on_the_phone_reach_the_file_through_a_new_link(
    room: Room, phone: Any
) -> None:
    phone.goto(_url(room, RoomRole.NOTE_TAKER))
    phone.wait_for_selector("#team label.chip")
    phone.context.set_offline(True)
    texts = ["Shelter at the school is full", "Bridge closed to traffic", "Ask for two buses"]
    for text in texts:
        _log(phone, "Civil protection", text)
    phone.wait_for_selector("#sent li.retrying >> nth=2")
    room.server.tokens.rotate(RoomRole.NOTE_TAKER)  # Room → New note-taker link
    phone.context.set_offline(False)
    phone.wait_for_selector("#sent li.waiting >> nth=2", timeout=10_000)  # refused by the old
    assert room.file.log.count() == 0
    assert phone.locator("#sent li.waiting button", has_text="Copy text").count() == 3
    phone.goto(_url(room, RoomRole.NOTE_TAKER))  # the new link, on the same phone
    phone.wait_for_selector("#sent li.saved >> nth=2", timeout=10_000)
    assert sorted(e.text for e in room.file.log.all()) == sorted(texts)


def test_a_refused_entry_stays_on_the_phone_to_copy_or_send_again(room: Room, phone: Any) -> None:
    phone.goto(_url(room, RoomRole.NOTE_TAKER) + "?lang=ru")
    phone.wait_for_selector("#team label.chip")
    _log(phone, "Civil protection", "Ring the bell \x07 now")  # a character no file takes
    refused = phone.wait_for_selector("#sent li.refused")
    assert "нельзя сохранить" in refused.inner_text().lower()  # the reason in the page's language
    assert "Ring the bell" in refused.inner_text()
    phone.reload()
    phone.wait_for_selector("#sent li.refused button >> text=Отправить снова")
    assert room.file.log.count() == 0


def test_after_save_the_kind_inject_and_objective_go_back_to_their_defaults(
    room: Room, phone: Any
) -> None:
    inject = room.file.injects.by_number(1)
    assert inject is not None
    room.file.injects.set_status(inject.id, InjectStatus.RELEASED)
    phone.goto(_url(room, RoomRole.NOTE_TAKER))
    phone.wait_for_selector("#inject option:nth-child(2)", state="attached")
    assert phone.locator("#inject option").all_inner_texts() == [
        "— none —",
        "1. Gauge passes warning level",
    ]  # released injects only
    assert phone.locator("#objective-field").is_visible()
    phone.locator("label.chip", has_text="Decision").tap()
    phone.select_option("#inject", index=1)
    phone.select_option("#objective", index=2)
    _log(phone, "Civil protection", "Issue the flood watch")
    phone.wait_for_selector("#sent li.saved")
    (stored,) = room.file.log.all()
    assert (stored.kind.value, stored.inject_id) == ("decision", inject.id)
    assert stored.objective_id is not None
    assert phone.input_value("#inject") == "" and phone.input_value("#objective") == ""
    checked = phone.locator("input[name=kind]:checked").get_attribute("value")
    assert checked == "observation"


def test_messages_go_away_and_times_follow_the_pages_language(room: Room, browser: Any) -> None:
    context = browser.new_context(**PHONE, has_touch=True, locale="en-US")
    try:
        page = context.new_page()
        page.goto(_url(room, RoomRole.NOTE_TAKER) + "?lang=ru")
        page.wait_for_selector("#team label.chip")
        page.locator("button[type=submit]").tap()  # no text yet
        page.wait_for_selector("#status:not([hidden])")
        began = time.monotonic()
        page.wait_for_selector("#status", state="hidden", timeout=10_000)
        assert time.monotonic() - began < 8
        _log(page, "Civil protection", "Открыть пункт временного размещения")
        page.wait_for_selector("#sent li.saved")
        meta = page.locator("#sent li .meta").inner_text()
        assert re.match(r"\d\d:\d\d · ", meta) and "M" not in meta.split(" · ")[0], meta
    finally:
        context.close()


def test_long_team_names_wrap_and_no_objective_is_offered_without_objectives(
    tmp_path: Path, browser: Any
) -> None:
    from ttx_desktop.formats.definition import load_definition
    from ttx_desktop.storage.exercise_file import ExerciseFile

    exercise = load_definition(Path(__file__).parent / "data" / "mini.yaml")
    long_name = "Regional directorate for civil protection and emergency coordination " * 2
    teams = (dataclasses.replace(exercise.teams[0], name=long_name), *exercise.teams[1:])
    path = tmp_path / "long.ttxdb"
    injects = tuple(dataclasses.replace(i, objective_ids=()) for i in exercise.injects)
    bare = dataclasses.replace(exercise, teams=teams, objectives=(), injects=injects)
    ExerciseFile.create(path, bare).close()
    opened = open_room(path, Limits(rate_per_s=1000, burst=1000))
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(_url(opened, RoomRole.NOTE_TAKER))
        chip = page.wait_for_selector("#team label.chip span")
        box = chip.bounding_box()
        assert box is not None and box["width"] <= 320 and box["height"] > 60  # several lines
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert page.locator("#objective-field").is_hidden()  # an exercise without objectives
    finally:
        context.close()
        close_room(opened)


def test_a_participant_changes_the_one_form_of_the_phone(room: Room, phone: Any) -> None:
    phone.goto(_url(room, RoomRole.PARTICIPANT))
    phone.locator("#open-feedback").tap()
    phone.fill("#fb-organisation", "Fire service")
    phone.locator("#feedback button[type=submit]").tap()
    phone.wait_for_selector("#fb-done:not([hidden])")
    phone.reload()  # the form comes back as it was sent, to change
    phone.locator("#open-feedback").tap()
    assert phone.input_value("#fb-organisation") == "Fire service"
    assert phone.locator("#feedback button[type=submit]").inner_text() == "Send the changes"
    phone.fill("#fb-organisation", "County fire service")
    phone.locator("#feedback button[type=submit]").tap()
    phone.wait_for_selector("#fb-done:not([hidden])")
    phone.wait_for_selector("#feedback button[type=submit]:not([disabled])")
    forms = room.file.exercise.load().feedback
    assert [f.organisation for f in forms] == ["County fire service"]
    assert forms[0].device != ""


def test_entries_queued_by_the_earlier_page_are_sent_too(room: Room, phone: Any) -> None:
    phone.goto(_url(room, RoomRole.NOTE_TAKER))
    phone.wait_for_selector("#team label.chip")
    team = room.file.exercise.load(with_log=False).teams[0].id
    queued = {"id": "6f1c2b7e-8d9a-4c3b-9e2f-1a2b3c4d5e6f", "team_id": team, "kind": "note",
              "inject_id": None, "text": "Queued before the update", "author": "Olga"}  # fmt: skip
    phone.evaluate("e => localStorage.setItem('ttx.outbox', JSON.stringify([e]))", queued)
    phone.reload()
    phone.wait_for_selector("#sent li.saved")
    assert [e.text for e in room.file.log.all()] == ["Queued before the update"]


# ------------------------------------------------------- rapporteurs and votes

STEP_WORDS = {
    "en": {"short": "Short term", "privacy": "Privacy", "no": "No", "draft": "draft"},
    "ru": {"short": "Краткосрочно", "privacy": "Неприкосновенность частной жизни", "no": "Нет",
           "draft": "проект"},
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_rapporteur_drafts_a_recommendation_in_steps_and_it_reaches_the_file(
    room: Room, phone: Any, lang: str
) -> None:
    from ttx_desktop.services.policy_desk import PolicyDesk

    said = STEP_WORDS[lang]
    phone.goto(_url(room, RoomRole.RAPPORTEUR) + f"?lang={lang}")
    phone.locator("#team label.chip", has_text="Civil protection").tap()
    phone.wait_for_selector("#team-box:not([open])")  # the table is chosen once, then folds
    phone.locator("#new-rec").tap()
    phone.fill("#issue", "Flood warnings <b>reach</b> no one at night")
    phone.fill("#action", "Send cell-broadcast alerts")
    phone.locator("#next").tap()
    phone.fill("#theme", "public communication")
    phone.fill("#owner", "Civil protection agency")
    phone.locator("label.chip", has_text=said["short"]).tap()
    phone.locator("#next").tap()
    phone.locator("label.chip", has_text=said["privacy"]).tap()
    phone.fill("#safeguards", "No location data kept")
    phone.locator("#next").tap()
    phone.fill("#gender_impact", "Women caring for children at home are reached first")
    phone.locator("label.chip", has_text=re.compile(f"^{said['no']}$")).tap()
    phone.locator("#next").tap()
    assert phone.locator("#send").is_visible() and phone.locator("#next").is_hidden()
    phone.fill("#indicator", "Share of households reached within 10 minutes")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # fits the phone
    phone.locator("#send").tap()
    row = phone.wait_for_selector("#mine li.status-draft")
    assert said["draft"] in row.inner_text().lower()
    assert "<b>reach</b>" in row.inner_text()  # as typed, not as markup
    (stored,) = PolicyDesk(room.file.db).policy.all()
    assert (stored.action, stored.owner, stored.horizon.value) == (
        "Send cell-broadcast alerts",
        "Civil protection agency",
        "short",
    )
    assert [r.value for r in stored.rights.rights] == ["privacy"]
    assert stored.gender.women_organisations_consulted is False
    assert stored.indicator == "Share of households reached within 10 minutes"
    assert stored.source == "phone" and len(room.drafts) == 1

    phone.locator("#mine li button").first.tap()  # Edit: the same draft, changed
    assert phone.input_value("#issue") == stored.issue
    for _ in range(4):
        phone.locator("#next").tap()
    phone.fill("#indicator", "Households reached within 5 minutes")
    phone.locator("#send").tap()
    phone.wait_for_selector("#mine li.sending", state="detached")  # the console answered
    (edited,) = PolicyDesk(room.file.db).policy.all(with_history=True)
    assert edited.id == stored.id and edited.indicator == "Households reached within 5 minutes"
    assert len(edited.revisions) == 2


def test_a_rapporteurs_typing_survives_a_reload(room: Room, phone: Any) -> None:
    phone.goto(_url(room, RoomRole.RAPPORTEUR))
    phone.locator("#team label.chip", has_text="Health services").tap()
    phone.locator("#new-rec").tap()
    phone.fill("#issue", "Hospitals lose power first")
    phone.locator("#next").tap()
    phone.fill("#owner", "Ministry of Health")
    phone.reload()
    phone.wait_for_selector("#rec:not([hidden])")
    assert phone.input_value("#owner") == "Ministry of Health"
    assert phone.input_value("#issue") == "Hospitals lose power first"


def test_a_participant_votes_in_a_poll_once(room: Room, phone: Any) -> None:
    from ttx_desktop.domain.votes import Vote, VoteOption
    from ttx_desktop.services.policy_desk import PolicyDesk

    desk = PolicyDesk(room.file.db)  # the console's connection: the facilitator opens it
    options = (VoteOption("yes", "Evacuate Low Street now"), VoteOption("no", "Wait an hour"))
    desk.new_vote(Vote("v1", "Evacuate before the crest?", options=options))
    desk.open_vote("v1")
    phone.goto(_url(room, RoomRole.PARTICIPANT))
    phone.wait_for_selector("#vote:not([hidden])")
    assert phone.locator("#vote-question").inner_text() == "Evacuate before the crest?"
    order = phone.evaluate(
        "['vote', 'team-box'].map(id => document.getElementById(id).getBoundingClientRect().top)"
    )
    assert order == sorted(order)  # the vote comes first
    phone.locator("#vote-options button", has_text="Wait an hour").tap()
    phone.locator("#vote-options button", has_text="Evacuate Low Street now").tap()
    phone.locator("#vote-send").tap()
    phone.wait_for_selector("#vote-done:not([hidden])")
    result = desk.tally("v1")
    assert result.voters == 1 and [p for _, p in result.points] == [1, 0]
    phone.reload()  # the phone remembers it voted and does not offer the poll again
    phone.wait_for_selector("#vote:not([hidden])")
    assert phone.locator("#vote-done").is_visible()
    assert phone.locator("#vote-options button").count() == 0
    desk.close_vote("v1")
    phone.wait_for_selector("#vote", state="hidden", timeout=5000)


def test_a_participant_gives_dots_up_to_the_votes_dots(room: Room, phone: Any) -> None:
    from ttx_desktop.domain.votes import Vote, VoteKind, VoteOption
    from ttx_desktop.services.policy_desk import PolicyDesk

    desk = PolicyDesk(room.file.db)
    options = tuple(VoteOption(key, label) for key, label in
                    (("a", "Sirens"), ("b", "Radio"), ("c", "Door to door")))  # fmt: skip
    desk.new_vote(Vote("d1", "What warns people best?", VoteKind.DOTS, options, dots=3))
    desk.open_vote("d1")
    phone.goto(_url(room, RoomRole.PARTICIPANT) + "?lang=ru")
    phone.wait_for_selector("#vote:not([hidden])")
    assert "3" in phone.locator("#vote-hint").inner_text()
    plus = phone.locator("#vote-options li", has_text="Radio").locator("button", has_text="+")
    for _ in range(2):
        plus.tap()
    phone.locator("#vote-options li", has_text="Sirens").locator("button", has_text="+").tap()
    assert plus.is_disabled()  # three dots given, none left
    assert "Осталось очков: 0" in phone.locator("#vote-hint").inner_text()
    phone.locator("#vote-send").tap()
    phone.wait_for_selector("#vote-done:not([hidden])")
    assert "учтён" in phone.locator("#vote-done").inner_text()
    assert [p for _, p in desk.tally("d1").points] == [1, 2, 0]
