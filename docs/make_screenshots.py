"""Takes the README's screenshots from the real program on the bundled sample, mid-exercise,
as a facilitator's laptop shows it: the whole 1366×768 screen.

Run under a display of that size, for example
`SCREEN=1366x768 screenshot /tmp/x.png 60 -- python docs/make_screenshots.py docs/screenshots`
(add `ru` after the folder for the Russian run view). It plays the first hour of day 1 (clock
started and moved on, four injects released, a dozen notes logged), then grabs the run view,
the note-taking panel, the log, the inject editor, the room open beside the next inject, and
the presenter with whom the inject is for and a discussion round counting down.
"""

from __future__ import annotations

import http.client
import socket
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QWidget

from ttx_desktop.app import Controller, make_application
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.paths import sample
from ttx_desktop.room.room_service import room_service_for
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.session import Session
from ttx_desktop.storage.exercise_file import ExerciseFile

NOTES = [
    (
        "LEA",
        "decision",
        1,
        "Preserve the video, metadata and all re-uploads before any removal request.",
    ),
    (
        "ICT",
        "action",
        1,
        "Tamasha trust and safety team hashes the video and checks the 11 re-uploads.",
    ),
    (
        "JUD",
        "question",
        1,
        "Which article of the criminal code covers a recruitment video with no call to violence?",
    ),
    (
        "NAT",
        "decision",
        2,
        "Inter-agency working group convened for 11:00, chaired by the Committee secretariat.",
    ),
    (
        "CSO",
        "observation",
        2,
        "Civil society asks to be heard before any blocking order is drafted.",
    ),
    (
        "MEDIA",
        "action",
        3,
        "Newsroom agrees not to embed the video; reports on it with a still frame only.",
    ),
    (
        "ICT",
        "question",
        3,
        "Does the referral unit's request come with a legal basis we can show the user?",
    ),
    (
        "LEA",
        "strength",
        2,
        "Evidence preservation request sent within 20 minutes, with hash values.",
    ),
    (
        "NAT",
        "area-for-improvement",
        3,
        "No agreed threshold for urgent removal requests; each agency used its own.",
    ),
    (
        "JUD",
        "decision",
        4,
        "Prosecutor asks for a court order rather than an administrative block.",
    ),
]


def play(path: Path, language: str = "en") -> None:
    """Creates the mid-exercise state through the same services the console uses."""
    exercise = load_definition(Path(str(sample(language))))
    ExerciseFile.create(path, exercise).close()
    session = Session(ExerciseFile.open(path), author="Note-taker 2")
    try:
        first = session.exercise.modules[0]
        session.clock.start(first.id)
        session.clock.adjust(72 * 60)
        numbers = {i.number: i.id for i in session.exercise.injects}
        for number in (1, 2, 3, 4):
            session.timeline.release(numbers[number])
        teams = {t.code: t.id for t in session.exercise.teams}
        for code, kind, number, text in NOTES:
            # The sample's injects test several objectives each: the note-taker picks one.
            inject = session.exercise.inject(numbers[number])
            objective = inject.objective_ids[0] if inject and kind != "question" else None
            session.log.log(kind, text, team_id=teams[code], inject_id=numbers[number],
                            author="Note-taker 2", objective_id=objective)  # fmt: skip
    finally:
        session.close()


def grab(widget: QWidget, target: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(target))
    print(target)


def grab_screen(target: Path) -> None:
    """The whole screen, as the facilitator sees it."""
    for _ in range(30):
        QApplication.processEvents()
        time.sleep(0.02)
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(target))
    print(target)


def main(out: Path, language: str = "en") -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    if language != "en":
        from ttx_desktop.gui.language import install

        install(language)
    folder = Path(tempfile.mkdtemp(prefix="ttx-shots-"))
    path = folder / "exercise-silk-signal.ttxdb"
    play(path, language)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Dialogs(), settings)  # it fits the screen by itself
    controller = Controller(window, Dialogs(), settings, folder)
    window.show()
    controller.open(path)
    for _ in range(20):
        app.processEvents()
    if language != "en":
        grab_screen(out / f"run-view-{language}.png")
        controller.close_session()
        return 0
    grab_screen(out / "run-view.png")
    grab(window.panels["notes"], out / "note-taking.png")
    window.show_view("log")
    grab_screen(out / "log-view.png")
    window.show_view("prepare")
    prepare = window.findChild(QTabWidget, "views")
    assert prepare is not None
    tabs = [w for w in window.findChildren(QTabWidget) if w is not prepare]
    for tabs_widget in tabs:
        for index in range(tabs_widget.count()):
            if "Inject" in tabs_widget.tabText(index):
                tabs_widget.setCurrentIndex(index)
    editor = window.panels.get("prepare", window)
    for view in editor.findChildren(QTableView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 3:
            view.setCurrentIndex(view.model().index(1, 4))
            view.selectRow(1)
    grab_screen(out / "inject-editor.png")
    window.show_view("run")
    grab_room(window, out / "room-console.png")
    grab_presenter_and_decisions(controller, window, out)
    controller.close_session()
    return 0


def grab_presenter_and_decisions(controller: Controller, window: MainWindow, out: Path) -> None:
    """The presenter (a round counting down, the agenda, a vote), then the Recommendations
    view with a draft under review."""
    assert window.session is not None
    window.session.countdown.start(10)  # a discussion round, as F6 starts it
    controller.show_presenter()
    presenter = controller.presenter
    assert isinstance(presenter, QWidget)
    presenter.showFullScreen()
    presenter.setGeometry(presenter.screen().geometry())  # no window manager under Xvfb
    grab_screen(out / "presenter.png")
    agenda = getattr(presenter, "agenda_action", None)
    if agenda is not None:
        agenda.trigger()  # A: the agenda of the day
        grab_screen(out / "presenter-agenda.png")
    vote_the_priorities(window.session)  # the presenter turns to the vote when it opens
    grab_screen(out / "presenter-vote.png")
    presenter.hide()
    window.show_view("recommendations")
    show_a_review(window)
    grab_screen(out / "recommendations-view.png")


def vote_the_priorities(session: Session) -> None:
    """The room prioritises the agreed recommendations with three dots a phone: 23 phones."""
    policy = session.policy
    vote = policy.new_prioritisation(dots=3)
    policy.open_vote(vote.id)
    options = [o.id for o in vote.options]
    for n in range(23):
        first, second = options[n % len(options)], options[(n * 7 + 1) % len(options)]
        dots = {first: 2, second: 1} if first != second else {first: 3}
        policy.cast(vote.id, f"phone-{n}", dots)


def show_a_review(window: MainWindow) -> None:
    """The Recommendations view with the draft that failed both reviews chosen."""
    view = window.panels["recommendations"]
    panel = view.recommendations  # type: ignore[attr-defined]
    for recommendation in panel._policy.recommendations():
        if "mobile internet" in recommendation.action:
            panel.select(recommendation.id)


def grab_room(window: MainWindow, target: Path) -> None:
    """Room → Open the room…, opened on loopback, with two phones in: the dock and the sign."""
    assert window.room_menu is not None and window.session is not None
    panel = window.room_menu.show_panel()
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    panel.port.setValue(_free_port())
    assert panel.open_room()
    room = room_service_for(window.session)
    for role in (RoomRole.NOTE_TAKER, RoomRole.PARTICIPANT):
        phone = http.client.HTTPConnection("127.0.0.1", room.port, timeout=10)
        path = urlsplit(room.join_url(role)).path + "/state"
        phone.request("GET", path, headers={"X-TTX-Device": str(uuid.uuid4())})  # as pages do
        phone.getresponse().read()
        phone.close()
    deadline = time.monotonic() + 5
    while room.device_count() < 2 and time.monotonic() < deadline:  # counted every 2 seconds
        QApplication.processEvents()
        time.sleep(0.05)
    grab_screen(target)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    sys.exit(main(folder, sys.argv[2] if len(sys.argv) > 2 else "en"))
