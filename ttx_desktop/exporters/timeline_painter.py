"""Paints the timeline of injects onto any QPainter, from plain data; also renders it to PNG.

Modules are laid side by side as bands, each on its own exercise clock; injects are markers
at their planned time, filled by state, with their target teams as small chips below; a
released inject also shows where it was actually released (a diamond joined to its marker).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPalette, QPen

from ttx_desktop.domain import schedule
from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.schedule import InjectState, ScheduleNow
from ttx_desktop.exporters.timeline_layout import (
    AXIS_H,
    HEADER_H,
    LEGEND_H,
    MARGIN,
    BandData,
    MarkerData,
    TimelineLayout,
    timeline_data,
)

TICK_STEPS_MIN = (1, 2, 5, 10, 15, 30, 60, 120, 240, 480)
MIN_TICK_PX = 64.0
# The colour of each inject state, here and in the console's tables and chips.
STATE_COLOURS: dict[InjectState, str] = {
    InjectState.UPCOMING: "#8A939E",
    InjectState.DUE: "#E2A200",
    InjectState.OVERDUE: "#D64541",
    InjectState.RELEASED: "#3A9A5B",
    InjectState.SKIPPED: "#C3C8CE",
}


def state_label(state: InjectState) -> str:
    """The state's name in the interface's language (the legend, the console's tables)."""
    text = {
        InjectState.UPCOMING: QT_TRANSLATE_NOOP("InjectState", "Upcoming"),
        InjectState.DUE: QT_TRANSLATE_NOOP("InjectState", "Due now"),
        InjectState.OVERDUE: QT_TRANSLATE_NOOP("InjectState", "Overdue"),
        InjectState.RELEASED: QT_TRANSLATE_NOOP("InjectState", "Released"),
        InjectState.SKIPPED: QT_TRANSLATE_NOOP("InjectState", "Skipped"),
    }[state]
    return QCoreApplication.translate("InjectState", str(text))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


@dataclass(frozen=True)
class Theme:
    """The few colours the painter uses, light by default or taken from a palette."""

    background: str = "#FFFFFF"
    band: str = "#F4F5F7"
    band_alt: str = "#EBEDF0"
    text: str = "#1F2328"
    muted: str = "#5F6873"
    grid: str = "#D5D9DE"
    now: str = "#2F6FDE"
    highlight: str = "#2F6FDE"

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        return cls(
            background=base.name(),
            band=base.lighter(112 if dark else 100).darker(100 if dark else 103).name(),
            band_alt=base.lighter(125 if dark else 100).darker(100 if dark else 107).name(),
            text=palette.color(QPalette.ColorRole.Text).name(),
            muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
            grid=palette.color(QPalette.ColorRole.Mid).name(),
            now="#6EA0FF" if dark else "#2F6FDE",
            highlight=palette.color(QPalette.ColorRole.Highlight).name(),
        )


def _tick_step_s(px_per_s: float) -> int:
    for minutes in TICK_STEPS_MIN:
        if minutes * 60 * px_per_s >= MIN_TICK_PX:
            return minutes * 60
    return TICK_STEPS_MIN[-1] * 60


def _tick_label(band: BandData, t: float) -> str:
    if band.clock_start_s is not None:
        return schedule.format_time_of_day(int(band.clock_start_s + t) // 60)
    return schedule.format_t_offset(t)


def paint_timeline(
    painter: QPainter,
    layout: TimelineLayout,
    *,
    theme: Theme | None = None,
    selected: str | None = None,
    hovered: str | None = None,
    legend: bool = True,
) -> None:
    """Paints ``layout`` with ``painter``; the painter's state is restored afterwards."""
    theme = theme or Theme()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setClipRect(layout.rect)
    painter.fillRect(layout.rect, QColor(theme.background))
    base_font = QFont(painter.font())
    _paint_bands(painter, layout, theme, base_font)
    _paint_slots(painter, layout, theme, base_font)
    _paint_markers(painter, layout, theme, base_font, (selected, hovered))
    if layout.data.now_s is not None:
        x = layout.x(layout.data.now_s)
        painter.setPen(QPen(QColor(theme.now), 2))
        painter.drawLine(QPointF(x, layout.rect.top() + 4), QPointF(x, layout.lanes_bottom() + 6))
    if legend:
        _paint_legend(painter, layout, theme, base_font)
    painter.restore()


def _paint_bands(painter: QPainter, layout: TimelineLayout, theme: Theme, font: QFont) -> None:
    step = _tick_step_s(layout.px_per_s)
    top, bottom = layout.rect.top(), layout.lanes_bottom() + 6
    small = QFont(font)
    small.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
    bold = QFont(font)
    bold.setBold(True)
    for n, band in enumerate(layout.data.bands):
        left, right = layout.x(band.start_s), layout.x(band.start_s + band.length_s)
        if right < layout.rect.left() or left > layout.rect.right():
            continue
        area = QRectF(left, top + 2, right - left, bottom - top - 2)
        painter.fillRect(area, QColor(theme.band if n % 2 == 0 else theme.band_alt))
        painter.setFont(bold)
        painter.setPen(QColor(theme.text))
        title = painter.fontMetrics().elidedText(
            band.title, Qt.TextElideMode.ElideRight, int(max(0.0, area.width() - 12))
        )
        painter.drawText(
            QRectF(left + 6, top + 2, area.width() - 12, HEADER_H),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(small)
        t = 0.0
        # The last tick stays unlabelled when it would crowd the next band's first label.
        while t < band.length_s - 0.4 * step:
            x = layout.x(band.start_s + t)
            painter.setPen(QPen(QColor(theme.grid), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, top + HEADER_H), QPointF(x, bottom))
            painter.setPen(QColor(theme.muted))
            label = QRectF(x - 40, bottom + 2, 80, AXIS_H - 4)
            align = Qt.AlignmentFlag.AlignHCenter
            if label.left() < layout.rect.left():
                label.moveLeft(max(layout.rect.left() + 2, x - 2))
                align = Qt.AlignmentFlag.AlignLeft
            painter.drawText(label, align | Qt.AlignmentFlag.AlignTop, _tick_label(band, t))
            t += step


def _paint_slots(painter: QPainter, layout: TimelineLayout, theme: Theme, font: QFont) -> None:
    """Presentations, breaks and plenaries: quiet blocks behind the injects, titled low."""
    small = QFont(font)
    small.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
    small.setItalic(True)
    painter.setFont(small)
    top, bottom = layout.rect.top() + HEADER_H + 2, layout.lanes_bottom() + 6
    for slot in layout.data.slots:
        left, right = layout.x(slot.axis_s), layout.x(slot.axis_s + slot.length_s)
        if right < layout.rect.left() or left > layout.rect.right():
            continue
        fill = QColor(theme.muted)
        fill.setAlpha(28 if slot.kind == "break" else 44)
        area = QRectF(left, top, max(2.0, right - left), bottom - top)
        painter.fillRect(area, fill)
        painter.setPen(QColor(theme.muted))
        text = painter.fontMetrics().elidedText(
            slot.title, Qt.TextElideMode.ElideRight, int(max(0.0, area.width() - 6))
        )
        painter.drawText(
            QRectF(left + 3, bottom - 18, area.width() - 6, 16),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )


def _paint_markers(
    painter: QPainter,
    layout: TimelineLayout,
    theme: Theme,
    font: QFont,
    marked: tuple[str | None, str | None],
) -> None:
    selected, hovered = marked
    number_font = QFont(font)
    number_font.setBold(True)
    number_font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
    painter.setFont(number_font)
    for marker in layout.data.markers:
        rect = layout.marker_rects[marker.inject_id]
        if rect.right() < layout.rect.left() - 40 or rect.left() > layout.rect.right() + 40:
            continue
        colour = QColor(STATE_COLOURS[marker.state])
        if marker.actual_s is not None:
            _paint_actual(painter, layout.x(marker.actual_s), rect, colour)
        if marker.inject_id in (selected, hovered):
            ring = QColor(theme.highlight)
            painter.setPen(QPen(ring, 3 if marker.inject_id == selected else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(-3.5, -3.5, 3.5, 3.5))
        painter.setPen(QPen(colour.darker(125), 1))
        painter.setBrush(colour)
        if marker.pinned:
            painter.drawRoundedRect(rect, 4, 4)
        else:
            painter.drawEllipse(rect)
        painter.setPen(QColor("#FFFFFF") if marker.state is not InjectState.SKIPPED else "#4A525C")
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(marker.number))
        if marker.state is InjectState.SKIPPED:
            painter.setPen(QPen(QColor("#4A525C"), 1.5))
            painter.drawLine(rect.bottomLeft() + QPointF(3, -3), rect.topRight() + QPointF(-3, 3))
        _paint_chips(painter, marker.colours, rect)
        _paint_title(painter, layout, marker, theme, font)


def _paint_title(
    painter: QPainter, layout: TimelineLayout, marker: MarkerData, theme: Theme, font: QFont
) -> None:
    room = layout.label_room(marker.inject_id)
    if room < 36:
        return
    rect = layout.marker_rects[marker.inject_id]
    painter.save()
    title_font = QFont(font)
    title_font.setPointSizeF(max(6.5, font.pointSizeF() * 0.9))
    title_font.setStrikeOut(marker.state is InjectState.SKIPPED)
    painter.setFont(title_font)
    muted = marker.state in (InjectState.SKIPPED, InjectState.RELEASED)
    painter.setPen(QColor(theme.muted if muted else theme.text))
    text = painter.fontMetrics().elidedText(marker.title, Qt.TextElideMode.ElideRight, int(room))
    painter.drawText(
        QRectF(rect.right() + 6, rect.top(), room, rect.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
    painter.restore()


def _paint_actual(painter: QPainter, ax: float, rect: QRectF, colour: QColor) -> None:
    """The actual release: a diamond on the chips' line, joined to the planned marker."""
    y = rect.bottom() + 6
    painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(rect.center().x(), y), QPointF(ax, y))
    diamond = QPainterPath()
    diamond.moveTo(ax, y - 5)
    diamond.lineTo(ax + 5, y)
    diamond.lineTo(ax, y + 5)
    diamond.lineTo(ax - 5, y)
    diamond.closeSubpath()
    painter.fillPath(diamond, colour.darker(115))


def _paint_chips(painter: QPainter, colours: tuple[str, ...], rect: QRectF) -> None:
    size, gap = 6.0, 2.0
    shown = colours[:6]
    width = len(shown) * size + max(0, len(shown) - 1) * gap
    x = rect.center().x() - width / 2
    painter.setPen(Qt.PenStyle.NoPen)
    for colour in shown:
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(x, rect.bottom() + 3, size, size), 1.5, 1.5)
        x += size + gap


def _paint_legend(painter: QPainter, layout: TimelineLayout, theme: Theme, font: QFont) -> None:
    small = QFont(font)
    small.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
    painter.setFont(small)
    metrics = painter.fontMetrics()
    y = layout.rect.bottom() - LEGEND_H / 2
    x = layout.rect.left() + MARGIN
    items = [(STATE_COLOURS[s], state_label(s)) for s in InjectState]
    for colour, label in items:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(x + 5, y), 5, 5)
        painter.setPen(QColor(theme.muted))
        painter.drawText(QPointF(x + 14, y + metrics.ascent() / 2 - 1), label)
        x += 14 + metrics.horizontalAdvance(label) + 16
    painter.setPen(QColor(theme.muted))
    painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), _tr("◆ actual release   ▢ pinned"))


def render_timeline_png(
    exercise: Exercise,
    states: Mapping[str, InjectState],
    width: int,
    height: int,
    *,
    now: ScheduleNow | None = None,
) -> bytes:
    """The whole timeline fitted into a ``width`` × ``height`` PNG (for Word documents).

    Needs only a QGuiApplication, and works with QT_QPA_PLATFORM=offscreen.
    """
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    data = timeline_data(exercise, states, now)
    painter = QPainter(image)
    try:
        paint_timeline(painter, TimelineLayout.fit(data, QRectF(0, 0, width, height)))
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    return bytes(QByteArray(buffer.data()).data())
