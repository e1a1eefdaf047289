"""A high-contrast palette gets the style sheet that draws every field's border."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ttx_desktop.gui import contrast

pytestmark = pytest.mark.gui

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docs"))


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    for back, fore in (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
    ):
        palette.setColor(back, QColor(window))
        palette.setColor(fore, QColor(text))
    return palette


def test_only_black_and_white_palettes_count_as_high_contrast(qapp: Any) -> None:
    assert contrast.is_high_contrast(_palette("#000000", "#FFFFFF"))
    assert contrast.is_high_contrast(_palette("#FFFFFF", "#000000"))
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    assert not contrast.is_high_contrast(fusion.standardPalette())  # light grey window
    assert not contrast.is_high_contrast(_palette("#353535", "#FFFFFF"))  # a dark theme
    assert contrast.contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21)


def test_the_style_sheet_comes_and_goes_with_the_palette(qapp: Any) -> None:
    from make_accessibility_screenshots import high_contrast

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_palette, before_sheet, before_style = app.palette(), app.styleSheet(), app.style().name()
    try:
        high_contrast(app)
        assert contrast.apply(app)
        assert "QLineEdit" in app.styleSheet() and "palette(window-text)" in app.styleSheet()
        sheet = app.styleSheet()
        assert contrast.apply(app) and app.styleSheet() == sheet  # applied once, not twice
        app.setPalette(before_palette)
        assert not contrast.apply(app)
        assert app.styleSheet() == before_sheet
    finally:
        app.setPalette(before_palette)
        app.setStyleSheet(before_sheet)
        app.setStyle(before_style)
