"""Pictures for the Word documents, drawn with QtGui on images offscreen (exporters.Pictures).

The timeline is the console's own painter (exporters/timeline_painter.py) with a legend in the
document's language; the bar chart is drawn here. Both need only a QGuiApplication and work
with QT_QPA_PLATFORM=offscreen. Images are drawn as wide in logical pixels as the page's
text column, so that type sizes are the printed sizes, at as many device pixels as asked.
"""

from __future__ import annotations

import math
import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from ttx_desktop.domain import schedule
from ttx_desktop.domain.model import Exercise
from ttx_desktop.domain.schedule import InjectState
from ttx_desktop.exporters.labels import labels_for
from ttx_desktop.exporters.pictures import GroupedBars
from ttx_desktop.exporters.timeline_layout import (
    AXIS_H,
    HEADER_H,
    LANE_H,
    LEGEND_H,
    MARGIN,
    TimelineLayout,
    fit_px_per_s,
    timeline_data,
)
from ttx_desktop.exporters.timeline_painter import STATE_COLOURS, paint_timeline

# Pictures are drawn as wide, in logical pixels (96 to the inch), as the text column they are
# printed across (about 16.5 cm), so that a font's size is its printed size; the pixels of
# the PNG are as many as asked for, for a sharp print.
PRINT_WIDTH_PX = 615.0
TEXT = "#1F2328"
MUTED = "#5F6873"
GRID = "#D5D9DE"
FONT_PT = 9.0
SMALL_PT = 8.0  # legends, axis values and inject titles: no smaller on paper
MAX_TITLE_PX = 240.0  # an inject's title on the timeline, at most (then "…")
MAX_HEIGHT_SHARE = 2.0  # the timeline may grow to this times the height asked, for its lanes
MAX_BAR_W = 56.0  # logical pixels


class QtPictures:
    """Draws the documents' pictures as PNG bytes (implements exporters.pictures.Pictures)."""

    def __init__(self, print_width_px: float = PRINT_WIDTH_PX) -> None:
        self._print_width = print_width_px

    def timeline(self, exercise: Exercise, *, width: int, height: int) -> bytes:
        """Planned (markers) against actual (diamonds) release times, as tall as it needs
        for every inject's title to stand beside its marker."""
        scale = width / self._print_width
        layout = timeline_layout(exercise, self._print_width, MAX_HEIGHT_SHARE * height / scale)
        rect = layout.rect
        image, painter = self._canvas(rect.width(), rect.height(), scale)
        try:
            font = QFont(painter.font())
            font.setPointSizeF(SMALL_PT / 0.9)  # the painter sets titles at 0.9 of it
            painter.setFont(font)
            paint_timeline(painter, layout, legend=False)
            _timeline_legend(painter, rect, exercise.details.language, layout_states(exercise))
        finally:
            painter.end()
        return _png(image)

    def grouped_bars(self, chart: GroupedBars, *, width: int, height: int) -> bytes:
        """Bars per category and series, with a value axis, titles and a legend."""
        scale = width / self._print_width
        w, h = self._print_width, height / scale
        image, painter = self._canvas(w, h, scale)
        try:
            _paint_bars(painter, chart, QRectF(0, 0, w, h))
        finally:
            painter.end()
        return _png(image)

    def _canvas(self, width: float, height: float, scale: float) -> tuple[QImage, QPainter]:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(FONT_PT)
        painter.setFont(font)
        return image, painter


def layout_states(exercise: Exercise) -> dict[str, InjectState]:
    return schedule.states(exercise.injects, schedule.ScheduleNow())


def timeline_layout(exercise: Exercise, width: float, max_height: float) -> TimelineLayout:
    """The document's timeline: as tall as its lanes need (up to ``max_height``), the time
    axis leaving room on the right for the titles of the last injects."""
    data = timeline_data(exercise, layout_states(exercise))
    label_px = title_room(exercise)
    px_per_s = fit_px_per_s(data, width - label_px)
    probe = TimelineLayout.at(data, QRectF(0, 0, width, 4000), px_per_s, label_px=label_px)
    lanes = max(probe.lanes.values(), default=0) + 1
    needed = HEADER_H + 8 + lanes * LANE_H + 12 + AXIS_H + LEGEND_H
    rect = QRectF(0, 0, width, min(max(needed, 160.0), max_height))
    return TimelineLayout.at(data, rect, px_per_s, label_px=label_px)


def title_room(exercise: Exercise) -> float:
    """The room, in logical pixels, that the longest inject title needs on the timeline."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(SMALL_PT)
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(i.title) for i in exercise.injects), default=0.0)
    return min(widest + 8, MAX_TITLE_PX)


def offscreen_pictures() -> QtPictures:
    """QtPictures ready to draw, making a QGuiApplication if there is none (offscreen on a
    Linux machine with no display, so that exports work over SSH and in CI)."""
    if QGuiApplication.instance() is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and no_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep.append(QGuiApplication([]))
    return QtPictures()


_keep: list[QGuiApplication] = []  # the application lives as long as the process


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Every canvas is painted on white: no alpha channel to write. Quality 70 is zlib level 2
    # (PNG stays lossless): a third of the time of the default, a few per cent larger.
    opaque = image.convertToFormat(QImage.Format.Format_RGB32)
    opaque.save(buffer, "PNG", 70)  # type: ignore[call-overload]  # stubs want bytes; Qt str
    return bytes(QByteArray(buffer.data()).data())


def _timeline_legend(
    painter: QPainter, rect: QRectF, language: str, states: dict[str, InjectState]
) -> None:
    labels = labels_for(language)
    font = QFont(painter.font())
    font.setPointSizeF(SMALL_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    y = rect.bottom() - LEGEND_H / 2
    x = rect.left() + MARGIN
    shown = [s for s in (InjectState.RELEASED, InjectState.SKIPPED, InjectState.UPCOMING)
             if s in states.values()]  # fmt: skip
    for state in shown:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLOURS[state]))
        painter.drawEllipse(QPointF(x + 5, y), 5, 5)
        painter.setPen(QColor(MUTED))
        text = labels[f"legend_{state.value}"]
        painter.drawText(QPointF(x + 14, y + metrics.ascent() / 2 - 1), text)
        x += 14 + metrics.horizontalAdvance(text) + 18
    painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), labels["legend_actual"])


def nice_step(top: float) -> int:
    """A round whole step (1, 2, 5 × 10^n, never below 1: the bars count entries) that
    divides 0..top into about five intervals; 1 when every value is 0."""
    raw = max(top / 5, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def value_axis(top: float) -> tuple[int, int]:
    """The value axis of a bar chart whose tallest bar is ``top``: its step and its top, a
    whole number of steps at least one step above 0 (so an all-zero chart still has an axis)."""
    step = nice_step(top)
    return step, step * max(1, math.ceil(top / step))


def _paint_bars(painter: QPainter, chart: GroupedBars, rect: QRectF) -> None:
    base = QFont(painter.font())
    small = QFont(base)
    small.setPointSizeF(SMALL_PT)
    fm, fm_small = QFontMetricsF(base), QFontMetricsF(small)
    top_value = max((v for s in chart.series for v in s.values), default=0)
    step, axis_top = value_axis(top_value)
    rows = _legend_rows(chart, fm_small, rect.width() - 2 * MARGIN)
    legend_h = len(rows) * (fm_small.height() + 6) + 6
    label_w = fm_small.horizontalAdvance(str(axis_top)) + 8
    plot = QRectF(rect.left() + MARGIN + fm.height() + label_w, rect.top() + MARGIN, 0, 0)
    plot.setRight(rect.right() - MARGIN)
    plot.setBottom(rect.bottom() - MARGIN - legend_h - fm.height() * 2 - 10)
    painter.setFont(small)
    for value in range(0, axis_top + 1, step):
        y = plot.bottom() - plot.height() * value / axis_top
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(MUTED))
        label = QRectF(plot.left() - label_w - 4, y - fm_small.height() / 2, label_w,
                       fm_small.height())  # fmt: skip
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(label, align, str(value))
    _paint_bar_groups(painter, chart, plot, axis_top, (base, small))
    painter.setPen(QPen(QColor(MUTED), 1.2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    _paint_axis_titles(painter, chart, plot, rect, base)
    _paint_legend_rows(painter, rows, small, rect.bottom() - MARGIN - legend_h + 6, rect)


def _paint_bar_groups(
    painter: QPainter, chart: GroupedBars, plot: QRectF, axis_top: int, fonts: tuple[QFont, QFont]
) -> None:
    """The bars of each category side by side, a value above each, the category below."""
    base, small = fonts
    fm, fm_small = QFontMetricsF(base), QFontMetricsF(small)
    group_w = plot.width() / max(1, len(chart.categories))
    # A few bars stay bar-shaped instead of filling the chart; the group is centred.
    bar_w = min(group_w * 0.78 / max(1, len(chart.series)), MAX_BAR_W)
    for n, category in enumerate(chart.categories):
        left = plot.left() + n * group_w + (group_w - bar_w * len(chart.series)) / 2
        painter.setFont(small)
        for k, series in enumerate(chart.series):
            value = series.values[n] if n < len(series.values) else 0
            h = plot.height() * value / axis_top
            bar = QRectF(left + k * bar_w + 1, plot.bottom() - h, bar_w - 2, h)
            painter.fillRect(bar, QColor(series.colour))
            if value and bar_w >= fm_small.horizontalAdvance(str(value)) + 2:
                painter.setPen(QColor(TEXT))
                above = QRectF(bar.left() - 4, bar.top() - fm_small.height() - 1, bar.width() + 8,
                               fm_small.height())  # fmt: skip
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.setFont(base)
        painter.setPen(QColor(TEXT))
        where = QRectF(plot.left() + n * group_w, plot.bottom() + 4, group_w, fm.height() + 2)
        text = fm.elidedText(category, Qt.TextElideMode.ElideRight, group_w - 6)
        painter.drawText(where, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)


def _paint_axis_titles(
    painter: QPainter, chart: GroupedBars, plot: QRectF, rect: QRectF, base: QFont
) -> None:
    fm = QFontMetricsF(base)
    bold = QFont(base)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor(TEXT))
    x_title = QRectF(plot.left(), plot.bottom() + fm.height() + 8, plot.width(), fm.height() + 2)
    painter.drawText(x_title, Qt.AlignmentFlag.AlignHCenter, chart.x_title)
    painter.save()
    painter.translate(rect.left() + MARGIN, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height() + 2),
                     Qt.AlignmentFlag.AlignHCenter, chart.y_title)  # fmt: skip
    painter.restore()


def _legend_rows(
    chart: GroupedBars, fm: QFontMetricsF, width: float
) -> list[list[tuple[str, str, float]]]:
    rows: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for series in chart.series:
        item_w = 16 + fm.horizontalAdvance(series.name) + 20
        if rows[-1] and used + item_w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((series.name, series.colour, item_w))
        used += item_w
    return rows


def _paint_legend_rows(
    painter: QPainter, rows: list[list[tuple[str, str, float]]], font: QFont, top: float,
    rect: QRectF,
) -> None:  # fmt: skip
    painter.setFont(font)
    fm = QFontMetricsF(font)
    for n, row in enumerate(rows):
        y = top + n * (fm.height() + 6)
        x = rect.center().x() - sum(w for _, _, w in row) / 2
        for name, colour, item_w in row:
            painter.fillRect(QRectF(x, y + (fm.height() - 10) / 2, 10, 10), QColor(colour))
            painter.setPen(QColor(TEXT))
            painter.drawText(QPointF(x + 16, y + fm.ascent()), name)
            x += item_w
