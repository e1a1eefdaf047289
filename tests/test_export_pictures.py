"""The documents' charts as printed: legends and labels at least 8 pt on the page, and a
title beside every inject on the timeline."""

from __future__ import annotations

from typing import Any

import pytest
from docx.shared import Emu
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

from tests.export_helpers import sample
from ttx_desktop.exporters import charts as pictures
from ttx_desktop.exporters.document import PAPER_SIZES
from ttx_desktop.exporters.options import Paper

LOGICAL_DPI = 96  # Qt's logical dots per inch on an image


@pytest.mark.parametrize("paper", list(Paper))
def test_legends_print_at_8_points_or_more(paper: Paper) -> None:
    width, _height, margin = PAPER_SIZES[paper]
    text_width_pt = Emu(width - 2 * margin).pt
    drawn_width_pt = pictures.PRINT_WIDTH_PX * 72 / LOGICAL_DPI
    printed = pictures.SMALL_PT * text_width_pt / drawn_width_pt
    assert printed >= 8, paper


@pytest.mark.parametrize("russian", [False, True])
def test_the_timeline_labels_every_inject(qapp: Any, russian: bool) -> None:
    """The bundled three-day sample (37 injects) as the report draws it from 2000 × 900 px:
    beside every marker (which shows the number) stands its title, whole or, where injects
    crowd, its first words (at least 60 px, about 12 letters)."""
    exercise = sample(russian=russian)
    room = pictures.title_room(exercise)
    scale = 2000 / pictures.PRINT_WIDTH_PX
    layout = pictures.timeline_layout(exercise, pictures.PRINT_WIDTH_PX, 2 * 900 / scale)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(pictures.SMALL_PT)
    metrics = QFontMetricsF(font)
    short = [
        i.number
        for i in exercise.injects
        if layout.label_room(i.id) < min(metrics.horizontalAdvance(i.title), room - 8, 60)
    ]
    assert not short, short


def test_the_timeline_png_is_as_wide_as_asked(qapp: Any) -> None:
    from PySide6.QtGui import QImage

    png = pictures.QtPictures().timeline(sample(), width=2000, height=900)
    image = QImage.fromData(png)
    assert image.width() == 2000 and 0 < image.height() <= 2 * 900
