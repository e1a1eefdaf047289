"""A vote's results as horizontal bars in large type, for the console and the projector."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ttx_desktop.domain.votes import Tally

_BAR = QColor("#4C72B0")
_READABLE_PT = 9.0  # below this, a label is one line cut short rather than smaller
_LEAD = QColor("#DD8452")


class VoteChart(QWidget):
    """Paints the question, one bar per option with its count, and how many phones voted.

    The type grows with the widget, so the same chart reads on a laptop and on a projector.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._question = ""
        self._result: Tally | None = None
        self._state = ""

    def show_result(self, question: str, result: Tally | None, state: str) -> None:
        """Shows ``result`` of the vote asking ``question``; ``state`` says open or closed."""
        self._question, self._result, self._state = question, result, state
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart as text, for screen readers and tests."""
        if self._result is None:
            return self._question
        counts = "; ".join(f"{o.label}: {n}" for o, n in self._result.points)
        return f"{self._question} — {counts} — {self._state}"

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 170)

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        width, height = float(self.width()), float(self.height())
        margin = max(8.0, width * 0.02)
        wrap = Qt.TextFlag.TextWordWrap
        title = QRectF(margin, margin, width - 2 * margin, height * 0.22)
        biggest = max(11.0, min(height / 11, width / 26))
        _fitted(painter, title, self._question, biggest, wrap | Qt.AlignmentFlag.AlignLeft,
                bold=True)  # fmt: skip
        result = self._result
        if result is None or not result.points:
            return
        footer = QRectF(margin, height - height * 0.09 - margin, width - 2 * margin, height * 0.09)
        top = title.bottom() + margin
        row_height = max(1.0, (footer.top() - margin - top) / len(result.points))
        most = max((n for _, n in result.points), default=0)
        label_width = width * 0.36
        number_width = biggest * 2.2
        bar_left = margin + label_width + margin
        bar_room = max(1.0, width - bar_left - margin - number_width)
        right: int = wrap | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        labels = [QRectF(margin, top + n * row_height, label_width, row_height * 0.92)
                  for n in range(len(result.points))]  # fmt: skip
        # One size for every label (the largest at which the longest fits), so none stands out;
        # where rows are too low for that to be read, each label is one line, cut short.
        label_size = min(
            _fit_size(painter, rect, option.label, min(biggest, row_height * 0.42), right)
            for rect, (option, _) in zip(labels, result.points, strict=True)
        )
        one_line = label_size < _READABLE_PT
        if one_line:
            label_size = max(6.0, min(_READABLE_PT, row_height * 0.5))
        for n, (option, points) in enumerate(result.points):
            y = top + n * row_height
            text = option.label
            if one_line:
                font = QFont(painter.font())
                font.setPointSizeF(label_size)
                elide = Qt.TextElideMode.ElideRight
                text = QFontMetricsF(font).elidedText(text, elide, labels[n].width())
                right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            _fitted(painter, labels[n], text, label_size, right)
            share = points / most if most else 0.0
            bar = QRectF(bar_left, y + row_height * 0.18, bar_room * share, row_height * 0.56)
            painter.fillRect(bar, _LEAD if most and points == most else _BAR)
            count = QRectF(bar.right() + margin / 2, y, number_width, row_height * 0.92)
            _fitted(painter, count, str(points), label_size, Qt.AlignmentFlag.AlignVCenter)
        _fitted(painter, footer, self._state, biggest * 0.6, Qt.AlignmentFlag.AlignVCenter)


def _fit_size(
    painter: QPainter, rect: QRectF, text: str, size: float, flags: int, *, bold: bool = False
) -> float:
    """The largest point size up to ``size`` at which ``text`` fits in ``rect``."""
    font = QFont(painter.font())
    font.setBold(bold)
    size = max(6.0, size)
    while size > 6.0:
        font.setPointSizeF(size)
        painter.setFont(font)
        needed = painter.boundingRect(rect, int(flags), text)
        if needed.height() <= rect.height() and needed.width() <= rect.width():
            break
        size *= 0.9
    return max(6.0, size)


def _fitted(
    painter: QPainter, rect: QRectF, text: str, size: float, flags: int, *, bold: bool = False
) -> None:
    """Draws ``text`` in ``rect`` at the largest size up to ``size`` at which it fits."""
    font = QFont(painter.font())
    font.setBold(bold)
    font.setPointSizeF(_fit_size(painter, rect, text, size, flags, bold=bold))
    painter.setFont(font)
    painter.drawText(rect, int(flags), text)
