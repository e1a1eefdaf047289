"""Takes the room's screenshots: the join sheet and the phone pages, in a headless Chromium.

Run: `python docs/make_room_screenshots.py docs/screenshots` (needs Debian's `chromium` and
Playwright for Python). The room listens on 127.0.0.1 only; the bundled English and Russian
samples play their first injects, a note-taker logs two entries through the page, a table
rapporteur drafts a recommendation, and a participant votes in the sample's poll.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from ttx_desktop.domain.model import InjectStatus
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.paths import sample
from ttx_desktop.room.join_sheet import join_sheet_html
from ttx_desktop.room.server import RoomServer
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.policy_desk import PolicyDesk
from ttx_desktop.services.room_desk import RoomDesk
from ttx_desktop.storage.exercise_file import ExerciseFile
from ttx_desktop.storage.room_store import RoomStore

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
PHONE_WIDTH = 390
PHONE = {"viewport": {"width": PHONE_WIDTH, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True}  # fmt: skip
NOTES = {
    "en": [("Law enforcement", "Decision", "Preserve the video and all re-uploads first."),
           ("ICT industry", "Question", "Who signs the removal request, and by when?")],
    "ru": [("Правоохранительные органы", "Решение", "Сначала сохранить видео и все копии."),
           ("ИКТ-отрасль", "Вопрос", "Кто подписывает запрос на удаление и в какой срок?")],
}  # fmt: skip
ORGANISATION = {"en": "Ministry of Interior", "ru": "Министерство внутренних дел"}
DRAFT = {
    "en": {"table": "Civil society", "issue": "Families of young people drawn into extremist "
           "groups online have nowhere to turn for advice.", "action": "Fund a national "
           "helpline run by civil society, with referral to social and psychological services.",
           "theme": "prevention", "owner": "Ministry of Social Affairs", "horizon": "Medium term",
           "rights": ("Privacy", "Rights of the child"),
           "safeguards": "Calls are anonymous; no data goes to the police without a court "
           "order."},
    "ru": {"table": "Гражданское общество", "issue": "Семьям молодых людей, вовлекаемых в "
           "экстремистские группы в интернете, некуда обратиться за советом.", "action":
           "Финансировать национальную горячую линию, которую ведёт гражданское общество, с "
           "направлением в социальные и психологические службы.", "theme": "профилактика",
           "owner": "Министерство социальной защиты", "horizon": "Среднесрочно",
           "rights": ("Неприкосновенность частной жизни", "Права ребёнка"),
           "safeguards": "Звонки анонимны; данные передаются полиции только по решению суда."},
}  # fmt: skip


def _room(folder: Path, name: str) -> tuple[ExerciseFile, RoomStore, RoomServer]:
    path = folder / f"{name}.ttxdb"
    ExerciseFile.create(path, load_definition(Path(str(sample(name))))).close()
    file = ExerciseFile.open(path)
    for inject in file.injects.all()[:3]:
        file.injects.set_status(inject.id, InjectStatus.RELEASED)
    store = RoomStore(path)
    server = RoomServer(RoomDesk(store))
    server.start("127.0.0.1", 0)
    return file, store, server


def _note_taker(page: Any, url: str, lang: str) -> None:
    page.goto(url)
    page.wait_for_selector("#inject option:nth-child(2)", state="attached")
    page.fill("#author", "Olga" if lang == "en" else "Ольга")
    for n, (team, kind, text) in enumerate(NOTES[lang]):
        page.locator("#team label.chip", has_text=team).tap()
        page.locator("label.chip", has_text=kind).tap()
        if n == 0:
            page.select_option("#inject", index=1)
        page.fill("#text", text)
        page.locator("button[type=submit]").tap()
        page.wait_for_selector(f"#sent li.saved >> text={text}")
    page.locator("#team label.chip", has_text=NOTES[lang][0][0]).tap()
    page.locator("label.chip", has_text=NOTES[lang][0][1]).tap()


def _rapporteur(page: Any, url: str, lang: str) -> None:
    """A rapporteur at the civil-society table, at the human-rights step of a new draft."""
    said = DRAFT[lang]
    page.goto(url)
    page.locator("#team label.chip", has_text=str(said["table"])).tap()
    page.wait_for_selector("#mine li")
    page.locator("#new-rec").tap()
    page.fill("#issue", str(said["issue"]))
    page.fill("#action", str(said["action"]))
    page.locator("#next").tap()
    page.fill("#theme", str(said["theme"]))
    page.fill("#owner", str(said["owner"]))
    page.locator("label.chip", has_text=str(said["horizon"])).tap()
    page.locator("#next").tap()
    for right in said["rights"]:
        page.locator("label.chip", has_text=right).tap()
    page.fill("#safeguards", str(said["safeguards"]))
    page.evaluate("document.activeElement.blur()")


def _vote(page: Any, file: ExerciseFile, url: str) -> None:
    """The sample's quick poll, opened as the facilitator would, one answer tapped."""
    desk = PolicyDesk(file.db)
    vote = desk.votes.all()[0]
    desk.open_vote(vote.id)
    page.goto(url)
    page.wait_for_selector("#vote:not([hidden])")
    page.locator("#vote-options button").nth(3).tap()


def _join_sheet(browser: Any, file: ExerciseFile, server: RoomServer, target: Path) -> None:
    """The sheet the console prints, at the width of an A4 page."""
    sheet = browser.new_context(viewport={"width": 794, "height": 1123})
    links = [(r.value, server.join_url(r)) for r in RoomRole]
    page = sheet.new_page()
    page.set_content(join_sheet_html(file.exercise.details(), links))
    page.screenshot(path=target, full_page=True)
    sheet.close()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("Debian's chromium is needed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        for name, lang in (("en", "en"), ("ru", "ru")):
            file, store, server = _room(Path(tmp), name)
            try:
                context = browser.new_context(**PHONE, has_touch=True, locale=lang)
                page = context.new_page()
                _note_taker(page, server.join_url(RoomRole.NOTE_TAKER), lang)
                page.screenshot(path=out / f"room-note-taker-{lang}.png", full_page=True)
                page.goto(server.join_url(RoomRole.PARTICIPANT))
                page.wait_for_selector("#older:not([hidden])")
                page.screenshot(path=out / f"room-participant-{lang}.png", full_page=True)
                rapporteur = context.new_page()
                _rapporteur(rapporteur, server.join_url(RoomRole.RAPPORTEUR), lang)
                end = rapporteur.evaluate(
                    "(() => { const r = document.getElementById('rec').getBoundingClientRect();"
                    " return r.bottom + window.scrollY + 16; })()"
                )  # the table's list and the form; the other tables' list is the same as ever
                clip = {"x": 0, "y": 0, "width": PHONE_WIDTH, "height": end}
                rapporteur.screenshot(
                    path=out / f"room-rapporteur-{lang}.png", full_page=True, clip=clip
                )
                if lang == "en":
                    voter = context.new_page()
                    _vote(voter, file, server.join_url(RoomRole.PARTICIPANT))
                    voter.screenshot(path=out / f"room-vote-{lang}.png")
                if lang == "en":  # the form looks the same in English; show it in Russian
                    context.close()
                    _join_sheet(browser, file, server, out / f"room-join-sheet-{lang}.png")
                    continue
                page.locator("#open-feedback").tap()
                form = page.locator("#feedback")
                form.locator("input[name=organisation]").fill(ORGANISATION[lang])
                page.evaluate("document.getElementById('feedback').scrollIntoView()")
                page.screenshot(path=out / f"room-feedback-{lang}.png")
                for n, value in enumerate((5, 4, 4)):
                    rating = form.locator("fieldset.rating").nth(n)
                    rating.locator("label", has_text=str(value)).tap()
                page.evaluate("document.querySelector('#feedback h3').scrollIntoView()")
                page.screenshot(path=out / f"room-feedback-ratings-{lang}.png")
                context.close()
                _join_sheet(browser, file, server, out / f"room-join-sheet-{lang}.png")
            finally:
                server.stop()
                store.close()
                file.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
