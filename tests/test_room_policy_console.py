"""The rapporteurs' drafts and the room's ballots reach the console within two seconds, on
the window's thread, through the session's PolicyService; and the panel and menu show the
rapporteur's link."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread

from tests.fake_dialogs import FakeDialogs
from tests.test_room_console import LOOPBACK, _get, _post
from ttx_desktop.gui.room_panel import RoomPanel
from ttx_desktop.room.addresses import Address
from ttx_desktop.room.join_sheet import join_sheet_html
from ttx_desktop.room.room_service import RoomService
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.changes import OpChanges

pytestmark = pytest.mark.gui
ARRIVAL_MS = 2000  # a draft or a ballot shows on the console within two seconds


def _heard(flag: str) -> Callable[[OpChanges], bool]:
    """Whether a change the session announced has ``flag`` set."""
    return lambda changes: bool(getattr(changes, flag))


@pytest.fixture
def service(session: Any) -> Iterator[RoomService]:
    room = RoomService(session)
    room.start(LOOPBACK, 0)
    yield room
    room.stop()


def test_a_rapporteurs_draft_reaches_the_recommendations_view_on_the_gui_thread(
    qtbot: Any, session: Any, service: RoomService
) -> None:
    team = session.exercise.teams[0]
    threads: list[bool] = []
    session.changed.connect(
        lambda changes: (
            threads.append(QThread.currentThread() is session.thread())
            if changes.recommendations
            else None
        )
    )
    draft = {"id": str(uuid.uuid4()), "team_id": team.id, "issue": "No one owns takedowns"}
    url = service.join_url(RoomRole.RAPPORTEUR)
    drafted = _heard("recommendations")
    with qtbot.waitSignal(session.changed, timeout=ARRIVAL_MS, check_params_cb=drafted):
        status, answer = _post(url, draft, "/recommendations")
    assert (status, answer["saved"]) == (201, True)
    assert threads == [True]
    (shown,) = session.policy.recommendations()
    assert (shown.id, shown.issue, shown.team_ids, shown.source) == (
        draft["id"],
        "No one owns takedowns",
        (team.id,),
        "phone",
    )


def test_a_phones_ballot_reaches_the_console_live(
    qtbot: Any, session: Any, service: RoomService
) -> None:
    vote = session.policy.new_poll("Open the hotline tonight?", ["Yes", "No"])
    session.policy.open_vote(vote.id)
    url = service.join_url(RoomRole.PARTICIPANT)
    heard: list[str] = []
    session.changed.connect(
        lambda changes: heard.append(changes.vote_id) if changes.votes else None
    )
    answers: list[tuple[int, dict[str, Any]]] = []

    def phone() -> None:  # a phone elsewhere in the room, not the window's thread
        payload = {"vote_id": vote.id, "choices": {vote.options[0].id: 1}}
        answers.append(_post(url, payload, "/ballot", device=str(uuid.uuid4())))

    voted = _heard("votes")
    with qtbot.waitSignal(session.changed, timeout=ARRIVAL_MS, check_params_cb=voted) as blocker:
        sender = threading.Thread(target=phone)
        sender.start()
    sender.join(timeout=10)
    assert blocker.args[0].vote_id == vote.id and heard == [vote.id]
    assert answers[0][0] == 201
    assert session.policy.tally(vote.id).voters == 1
    session.policy.close_vote(vote.id)
    late = _post(url, {"vote_id": vote.id, "choices": {vote.options[1].id: 1}}, "/ballot",
                 device=str(uuid.uuid4()))  # fmt: skip
    assert (late[0], late[1]["code"]) == (409, "closed")


def test_the_panel_shows_and_rotates_the_rapporteurs_link(
    qtbot: Any, session: Any, service: RoomService, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    panel = RoomPanel(session, dialogs, service=service, addresses=[Address(LOOPBACK, "lo")])
    qtbot.addWidget(panel)
    box = panel.boxes[RoomRole.RAPPORTEUR]
    old = box.url.text()
    assert old == service.join_url(RoomRole.RAPPORTEUR) and "/r/" in old
    assert not box.qr.pixmap().isNull() and _get(old) == 200
    box.rotate_button.click()
    assert box.url.text() != old and _get(old) == 404 and _get(box.url.text()) == 200
    dialogs.confirm_answers.append(True)
    box.revoke_button.click()
    assert service.join_url(RoomRole.RAPPORTEUR) == "" and box.qr.pixmap().isNull()
    assert service.join_url(RoomRole.NOTE_TAKER) != ""  # the other roles are untouched


def test_the_join_sheet_has_a_code_for_each_role(session: Any, service: RoomService) -> None:
    links = [(r.value, service.join_url(r)) for r in RoomRole]
    sheet = join_sheet_html(session.exercise.details, links)
    assert sheet.count("<img") == 3 and "Rapporteurs" in sheet
    assert 'width="200"' in sheet  # three codes across the page
