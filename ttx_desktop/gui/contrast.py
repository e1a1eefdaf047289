"""High contrast: recognises a high-contrast palette and draws every field's border in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ttx_desktop.paths import resource

# Black on white is 21:1. Ordinary themes stay below 19 in their window colours (Fusion's
# light grey window with black text is 18.3:1), high-contrast ones are pure black and white.
HIGH_CONTRAST_RATIO = 19.5
_MARK = "/* high-contrast */"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black and white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_high_contrast(palette: QPalette) -> bool:
    """True when the system asks for high contrast, or the palette is one."""
    hints = QGuiApplication.styleHints()  # kept: the accessibility hints belong to it
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    pairs = (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
    )
    return all(
        contrast_ratio(palette.color(back), palette.color(fore)) >= HIGH_CONTRAST_RATIO
        for back, fore in pairs
    )


def apply(app: QApplication) -> bool:
    """Adds the high-contrast style sheet when the palette is high contrast, takes it away
    when not; returns whether it is on."""
    sheet = app.styleSheet()
    base = sheet.split(_MARK)[0]
    on = is_high_contrast(app.palette())
    extra = resource("styles", "high-contrast.qss").read_text(encoding="utf-8") if on else ""
    wanted = f"{base}{_MARK}\n{extra}" if on else base
    if wanted != sheet:
        app.setStyleSheet(wanted)
    return on


def follow(app: QApplication) -> None:
    """Applies the style sheet now, and again when the system's contrast or colours change."""
    apply(app)
    hints = QGuiApplication.styleHints()
    hints.accessibility().contrastPreferenceChanged.connect(lambda _p: apply(app))
    hints.colorSchemeChanged.connect(lambda _s: apply(app))
