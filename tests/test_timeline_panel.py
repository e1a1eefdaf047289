"""The run view's timeline panel (hover, click, zoom) and the timeline rendered as a PNG."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from tests.fakes import FakeClocks
from ttx_desktop.domain.model import Inject
from ttx_desktop.domain.schedule import InjectState
from ttx_desktop.exporters.timeline_layout import TimelineLayout, timeline_data
from ttx_desktop.exporters.timeline_painter import Theme, paint_timeline, render_timeline_png
from ttx_desktop.gui.timeline_panel import TimelinePanel
from ttx_desktop.services.session import Session

pytestmark = pytest.mark.gui


def number(session: Session, n: int) -> Inject:
    return next(i for i in session.timeline.injects() if i.number == n)


def start(session: Session, clocks: FakeClocks, minutes: float = 0) -> None:
    session.clock.start(session.exercise.modules[0].id)
    clocks.advance(minutes * 60)


@pytest.fixture
def timeline(qtbot: Any, session: Session, dialogs: Any) -> Iterator[TimelinePanel]:
    panel = TimelinePanel(session, dialogs)
    qtbot.addWidget(panel)
    panel.resize(1000, 260)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel


def test_clicking_a_marker_selects_its_inject(
    qtbot: Any, session: Session, timeline: TimelinePanel
) -> None:
    second = number(session, 2).id
    rect = timeline.canvas._layout.marker_rects[second]
    with qtbot.waitSignal(timeline.inject_selected) as blocker:
        qtbot.mouseClick(
            timeline.canvas.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint()
        )
    assert blocker.args == [second]
    assert timeline.selected_inject_id == second
    with qtbot.assertNotEmitted(timeline.inject_selected):
        qtbot.mouseClick(timeline.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_hover_tooltip_names_the_inject_as_plain_text(
    session: Session, timeline: TimelinePanel
) -> None:
    tip = timeline._tooltip(number(session, 3).id)
    assert "3. Rumour of a dam failure" in tip
    assert "&lt;b&gt;" in tip and "<b>Not" not in tip
    assert timeline._tooltip("nope") == ""


def test_zoom_and_fit(timeline: TimelinePanel) -> None:
    canvas = timeline.canvas
    fit = canvas.effective_px_per_s()
    timeline.zoom_in_action.trigger()
    assert canvas.effective_px_per_s() == pytest.approx(fit * 1.5)
    assert canvas.horizontalScrollBar().maximum() > 0
    timeline.zoom_out_action.trigger()
    timeline.zoom_out_action.trigger()  # never smaller than the whole exercise
    assert canvas.effective_px_per_s() == pytest.approx(fit)
    timeline.zoom_in_action.trigger()
    timeline.fit_action.trigger()
    assert canvas.px_per_s is None


def test_the_timeline_follows_releases_and_the_clock(
    session: Session, clocks: FakeClocks, timeline: TimelinePanel
) -> None:
    start(session, clocks, minutes=12)
    session.timeline.release(number(session, 1).id)
    markers = {m.number: m for m in timeline.canvas.data.markers}
    assert markers[1].state is InjectState.RELEASED
    assert markers[1].actual_s == 720
    timeline.refresh()
    assert timeline.canvas.data.now_s == 720


def test_timeline_png_renders_offscreen(session: Session, clocks: FakeClocks) -> None:
    start(session, clocks, minutes=40)
    session.timeline.release(number(session, 1).id)
    data = render_timeline_png(session.timeline.exercise(), session.timeline.states(), 900, 240)
    assert data.startswith(b"\x89PNG")
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (900, 240)
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 7) for y in range(0, 240, 7)}
    assert len(colours) > 5  # more than a blank page


def test_timeline_png_needs_only_a_gui_application(tmp_path: Path, mini_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QGuiApplication
        app = QGuiApplication([])
        from ttx_desktop.exporters.timeline_painter import render_timeline_png
        from ttx_desktop.storage.exercise_file import ExerciseFile
        with ExerciseFile.open({str(mini_path)!r}, readonly=True) as f:
            exercise = f.exercise.load(with_log=False)
        data = render_timeline_png(exercise, {{}}, 600, 200)
        assert "PySide6.QtWidgets" not in sys.modules, "the painter pulled in widgets"
        print(len(data))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 1000


def test_markers_at_the_same_time_take_separate_lanes(
    session: Session, timeline: TimelinePanel
) -> None:
    session.timeline.delay(number(session, 3).id, -30)  # now at 09:30, with inject 2
    rects = timeline.canvas._layout.marker_rects
    second, third = rects[number(session, 2).id], rects[number(session, 3).id]
    assert second.center().x() == pytest.approx(third.center().x())
    assert not second.intersects(third)


def test_the_painter_draws_on_any_painter_with_a_dark_palette(session: Session) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    image = QImage(400, 160, QImage.Format.Format_ARGB32)
    data = timeline_data(session.timeline.exercise(), session.timeline.states())
    painter = QPainter(image)
    paint_timeline(
        painter, TimelineLayout.fit(data, QRectF(0, 0, 400, 160)), theme=Theme.from_palette(palette)
    )
    painter.end()
    assert image.pixelColor(399, 159).name() == "#1e1f22"  # the background is the palette's
