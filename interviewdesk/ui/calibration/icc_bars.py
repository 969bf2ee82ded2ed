"""The agreement chart: a bar per competency with its ICC(2,1), coloured by its
reading (good, moderate, poor after Koo & Li), a line for its 95 % confidence band,
and dashed guides at .50 and .75. A competency without a number gets words ("not
enough data") where the bar would be — never a bar from too little. Drawn with
QPainter (no plotting library: numpy would not fit the frozen build); each row has a
tooltip; the table beside it holds the same figures."""

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from interviewdesk.domain.calibration import GOOD, MODERATE
from interviewdesk.ui.style import plain_tooltip

ROW = 30
#: The widest the competency names may take, as a share of the width.
LABEL_SHARE = 0.3
TEXT_WIDTH = 170
AXIS = 22
LEGEND = 26
#: Bar colours by reading: readable on white and distinct for red–green blindness
#: by lightness as well as hue.
COLOURS = {"good": QColor("#3d8b5a"), "moderate": QColor("#d8a23c"),
           "poor": QColor("#b5532a")}


@dataclass(frozen=True)
class Bar:
    """One competency: label, value and band (``None`` when there is no number),
    its reading key, the words beside the bar and the tooltip."""

    label: str
    value: float | None
    low: float | None
    high: float | None
    reading: str
    text: str
    tooltip: str


class IccBars(QWidget):
    """The bars of :class:`Bar` rows; :meth:`bar_rect` says where each bar was drawn
    (for tests); ``legend`` pairs each reading key with its words, plus ``band``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.legend: dict[str, str] = {}
        #: How an axis number is written (a decimal comma in Dutch).
        self.number: Callable[[float], str] = lambda value: f"{value:.2f}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: list[Bar], legend: dict[str, str]) -> None:
        """Show ``bars`` with the ``legend`` words."""
        self.bars = list(bars)
        self.legend = dict(legend)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, LEGEND + ROW * max(1, len(self.bars)) + AXIS)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    def low_end(self) -> float:
        """Where the axis starts: 0, or lower in quarters when a value or band is."""
        values = [v for b in self.bars for v in (b.value, b.low) if v is not None]
        return max(-1.0, math.floor(min([0.0, *values]) * 4) / 4)

    def label_width(self) -> float:
        """Room for the names: as wide as the widest, at most a share of the width."""
        widest = max([0, *(self.fontMetrics().horizontalAdvance(b.label) for b in self.bars)])
        return float(max(80, min(widest + 20, int(self.width() * LABEL_SHARE))))

    def _plot(self) -> QRectF:
        left = self.label_width()
        width = max(60.0, self.width() - left - TEXT_WIDTH)
        return QRectF(left, LEGEND, width, ROW * max(1, len(self.bars)))

    def x_of(self, value: float) -> float:
        """The pixel column of an ICC value."""
        plot = self._plot()
        low = self.low_end()
        return plot.left() + (value - low) / (1.0 - low) * plot.width()

    def bar_rect(self, index: int) -> QRectF | None:
        """Where bar ``index`` is drawn; ``None`` for a row without a number."""
        bar = self.bars[index]
        if bar.value is None:
            return None
        middle = self._plot().top() + (index + 0.5) * ROW
        left, right = sorted((self.x_of(0.0), self.x_of(bar.value)))
        return QRectF(left, middle - ROW * 0.3, max(1.0, right - left), ROW * 0.6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        muted = QColor(text)
        muted.setAlpha(150)
        plot = self._plot()
        self._paint_legend(painter, text)
        painter.setPen(QPen(muted, 1))
        low = self.low_end()
        step = low
        while step <= 1.0 + 1e-9:
            x = self.x_of(step)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.drawText(QRectF(x - 24, plot.bottom() + 4, 48, AXIS - 4),
                             Qt.AlignmentFlag.AlignHCenter, self.number(step))
            step += 0.25
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        dashed = QPen(muted, 1, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        for threshold in (MODERATE, GOOD):
            x = self.x_of(threshold)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(self.x_of(0.0), plot.top()),
                         QPointF(self.x_of(0.0), plot.bottom()))
        metrics = painter.fontMetrics()
        for index, bar in enumerate(self.bars):
            middle = plot.top() + (index + 0.5) * ROW
            painter.setPen(text)
            # Elided in the middle: across vacancies the competency, at the end, stays.
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle,
                                       int(plot.left()) - 14)
            painter.drawText(QRectF(0, middle - ROW / 2, plot.left() - 10, ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            rect = self.bar_rect(index)
            if rect is not None:
                painter.fillRect(rect, COLOURS.get(bar.reading, muted))
            if bar.low is not None and bar.high is not None:
                painter.setPen(QPen(text, 1.5))
                a, b = self.x_of(bar.low), self.x_of(bar.high)
                painter.drawLine(QPointF(a, middle), QPointF(b, middle))
                for x in (a, b):
                    painter.drawLine(QPointF(x, middle - 5), QPointF(x, middle + 5))
            painter.setPen(text if bar.value is not None else muted)
            words = metrics.elidedText(bar.text, Qt.TextElideMode.ElideRight, TEXT_WIDTH - 12)
            painter.drawText(QRectF(plot.right() + 10, middle - ROW / 2, TEXT_WIDTH - 10, ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        x = self._plot().left()
        y = LEGEND / 2 - 2
        metrics = painter.fontMetrics()
        for key in ("good", "moderate", "poor", "band"):
            words = self.legend.get(key, "")
            if key == "band":
                painter.setPen(QPen(text, 1.5))
                painter.drawLine(QPointF(x, y), QPointF(x + 14, y))
                painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
                painter.drawLine(QPointF(x + 14, y - 4), QPointF(x + 14, y + 4))
            else:
                painter.fillRect(QRectF(x, y - 6, 14, 12), COLOURS[key])
            painter.setPen(text)
            painter.drawText(QPointF(x + 19, y + metrics.ascent() / 2 - 1), words)
            x += 19 + metrics.horizontalAdvance(words) + 20

    def event(self, event: object) -> bool:
        """The tooltip of the row under the mouse."""
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            index = int((event.pos().y() - self._plot().top()) // ROW)
            if 0 <= index < len(self.bars) and event.pos().y() >= self._plot().top():
                QToolTip.showText(event.globalPos(), plain_tooltip(self.bars[index].tooltip),
                                  self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)  # type: ignore[arg-type]
