"""One table's view: the Run view narrowed to one team, and its handout in one action."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QRect, QUrl

from ttx_desktop.exporters import handout
from ttx_desktop.services.session import Session

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, session: Session, dialogs: Any) -> Iterator[Any]:
    from ttx_desktop.app import temporary_settings
    from ttx_desktop.gui.main_window import MainWindow

    made = MainWindow(
        dialogs, temporary_settings(tmp_path), available=lambda: QRect(0, 0, 1366, 728)
    )
    qtbot.addWidget(made)
    made.documents_folder = lambda: tmp_path / "Documents"
    made.set_session(session)
    made.show()
    yield made
    made.set_session(None)


def _team(session: Session, code: str) -> Any:
    return next(t for t in session.exercise.teams if t.code == code)


def _table_action(window: Any, text: str) -> Any:
    view = window._menus["view"]
    tables = next(a.menu() for a in view.actions() if a.menu() and "Table view" in a.text())
    return next(a for a in tables.actions() if a.text() == text)


def test_the_run_view_narrows_to_one_table_and_back(window: Any, session: Session) -> None:
    media = _team(session, "PRESS")
    _table_action(window, "Table 3 · Media").trigger()
    timeline, msel, nxt = (window.panels[n] for n in ("timeline", "msel", "next"))
    numbers = sorted(m.number for m in timeline.canvas.data.markers)
    assert numbers == [3, 4, 5]  # to Media, or to all
    shown = [msel.proxy.index(r, 0).data() for r in range(msel.proxy.rowCount())]
    assert len(shown) == 3
    assert nxt.inject.number == 3  # the next inject for Media, not inject 1
    assert window.panels["notes"].team_id == media.id
    assert window.table_view.sign.isVisible() and "Media" in window.table_view.sign.text()
    window.table_view.sign.click()  # ✕: every table again
    assert sorted(m.number for m in timeline.canvas.data.markers) == [1, 2, 3, 4, 5, 6]
    assert nxt.inject.number == 1
    assert not window.table_view.sign.isVisible()


def test_a_table_s_handout_is_written_in_one_action_and_a_notice_says_where(
    qtbot: Any, window: Any, session: Session, tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    window.open_url = opened.append
    run = window._menus["run"]
    handouts = next(a.menu() for a in run.actions() if a.menu() and "handout" in a.text())
    next(a for a in handouts.actions() if "Media" in a.text()).trigger()
    qtbot.waitUntil(lambda: window.table_view.written is not None)
    written = window.table_view.written
    assert (
        written.parent
        == tmp_path / "Documents" / "TTX Desktop" / "Mini exercise_ flood at Riverton"
    )
    assert written.name == "handout-PRESS.docx"
    assert window.notice.isVisible() and str(written) in window.notice.text.text()
    window.notice.button.click()
    assert [u.toLocalFile() for u in opened] == [str(written.parent)]


def test_the_handout_holds_the_table_s_injects_and_questions_only(session: Session) -> None:
    exercise = session.exercise
    media = _team(session, "PRESS")
    document = docx.Document(BytesIO(handout.render(exercise, media.id)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Table 3 · Media" in text
    assert "3. Rumour of a dam failure" in text and "4. Minister arrives" in text
    assert "Hospital basement floods" not in text  # for Health and Civil protection only
    assert "Who decides to evacuate?" in text
    released = handout.render(exercise, media.id, released_only=True)
    assert "Rumour of a dam failure" not in "\n".join(
        p.text for p in docx.Document(BytesIO(released)).paragraphs
    )
    with pytest.raises(KeyError):
        handout.render(exercise, "no-such-team")


def test_a_table_is_named_as_seated_in_the_definition_else_by_its_place(
    session: Session,
) -> None:
    import dataclasses

    from ttx_desktop.domain.seating import table_of

    exercise = session.exercise
    media = _team(session, "PRESS")
    assert table_of(exercise, media, "Table {0}") == "Table 3"
    seated = dataclasses.replace(media, table="Window table")
    assert table_of(exercise, seated, "Table {0}") == "Window table"  # never "Table Window…"
    numbered = dataclasses.replace(media, table="5")
    assert table_of(exercise, numbered, "Table {0}") == "Table 5"
