"""The calibration dot plot: one row per interviewer, a dot for each of their scores
placed at "score minus the other panel members' mean" (right of 0 milder, left
stricter), their mean as a bar (leniency), over a grey band of "less than 2 points
apart". Drawn with QPainter — no plotting library (numpy would not fit the frozen
build) — so it is crisp at any size; each dot has a tooltip saying where it comes
from. The same figures are in the table beside it, for anyone who cannot read a
picture."""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from interviewdesk.domain.calibration import FAR_OFF_POINTS
from interviewdesk.ui.style import plain_tooltip

#: The x-axis runs from −LIMIT to +LIMIT points (a 1–5 scale cannot lie further off).
LIMIT = 4
ROW = 30
#: The widest the names may take, as a share of the width.
LABEL_SHARE = 0.3
AXIS = 40
LEGEND = 26
RADIUS = 4.5
DOT = QColor("#2f6fb3")
MEAN = QColor("#b5532a")
BAND = QColor("#e6ebf0")


@dataclass(frozen=True)
class Dot:
    """One score: its deviation from the others and the words of its tooltip."""

    value: float
    tooltip: str


@dataclass(frozen=True)
class DotRow:
    """One interviewer: how they are shown, their dots and their mean (or none)."""

    label: str
    dots: tuple[Dot, ...]
    mean: float | None
    named: bool = False


@dataclass(frozen=True)
class Legend:
    """The legend's words (translated by the caller)."""

    dot: str
    mean: str
    band: str
    milder: str
    stricter: str


class DotPlot(QWidget):
    """The dot plot of :class:`DotRow` rows; :meth:`dot_centres` tells where each dot
    was drawn (for tooltips and tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DotRow] = []
        self.legend = Legend("", "", "", "", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, rows: list[DotRow], legend: Legend) -> None:
        """Show ``rows`` with ``legend``."""
        self.rows = list(rows)
        self.legend = legend
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, LEGEND + ROW * max(1, len(self.rows)) + AXIS)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def label_width(self) -> float:
        """Room for the names: as wide as the widest, at most a share of the width."""
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # named rows are bold: measure the wider
        widest = max([0, *(metrics.horizontalAdvance(r.label) for r in self.rows)])
        return float(max(80, min(widest + 20, int(self.width() * LABEL_SHARE))))

    def _plot(self) -> QRectF:
        left = self.label_width()
        return QRectF(left, LEGEND, max(40.0, self.width() - left - 20),
                      ROW * max(1, len(self.rows)))

    def x_of(self, value: float) -> float:
        """The pixel column of a deviation (clamped to the axis)."""
        plot = self._plot()
        clamped = max(-LIMIT, min(LIMIT, value))
        return plot.left() + (clamped + LIMIT) / (2 * LIMIT) * plot.width()

    def dot_centres(self) -> list[tuple[QPointF, Dot]]:
        """Every dot's centre, row by row; equal values are spread a little up and
        down so that each stays visible."""
        plot = self._plot()
        found = []
        for index, row in enumerate(self.rows):
            middle = plot.top() + (index + 0.5) * ROW
            for j, dot in enumerate(row.dots):
                offset = ((j % 5) - 2) * (ROW * 0.12)
                found.append((QPointF(self.x_of(dot.value), middle + offset), dot))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        muted = QColor(text)
        muted.setAlpha(150)
        plot = self._plot()
        self._paint_legend(painter, text)
        band = QRectF(self.x_of(-FAR_OFF_POINTS), plot.top(),
                      self.x_of(FAR_OFF_POINTS) - self.x_of(-FAR_OFF_POINTS), plot.height())
        painter.fillRect(band, BAND)
        painter.setPen(QPen(muted, 1))
        for step in range(-LIMIT, LIMIT + 1):
            x = self.x_of(step)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = f"{step:+d}" if step else "0"
            painter.drawText(QRectF(x - 20, plot.bottom() + 5, 40, AXIS / 2 - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        words = QRectF(plot.left(), plot.bottom() + AXIS / 2, plot.width(), AXIS / 2)
        painter.drawText(words, Qt.AlignmentFlag.AlignLeft, self.legend.stricter)
        painter.drawText(words, Qt.AlignmentFlag.AlignRight, self.legend.milder)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.setPen(QPen(text, 1.2))
        painter.drawLine(QPointF(self.x_of(0), plot.top()), QPointF(self.x_of(0), plot.bottom()))
        for index, row in enumerate(self.rows):
            middle = plot.top() + (index + 0.5) * ROW
            font = painter.font()
            font.setBold(row.named)
            painter.setFont(font)
            painter.setPen(text)
            left = plot.left()
            shown = painter.fontMetrics().elidedText(row.label, Qt.TextElideMode.ElideRight,
                                                     int(left) - 12)
            painter.drawText(QRectF(0, middle - ROW / 2, left - 10, ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            if row.mean is not None:
                x = self.x_of(row.mean)
                painter.setPen(QPen(MEAN, 3))
                painter.drawLine(QPointF(x, middle - ROW * 0.38), QPointF(x, middle + ROW * 0.38))
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(DOT)
        for centre, _dot in self.dot_centres():
            painter.drawEllipse(centre, RADIUS, RADIUS)
        painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        x = self._plot().left()
        y = LEGEND / 2 - 2
        metrics = painter.fontMetrics()
        for kind, words in (("dot", self.legend.dot), ("mean", self.legend.mean),
                            ("band", self.legend.band)):
            if kind == "dot":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(DOT)
                painter.drawEllipse(QPointF(x + 5, y), RADIUS, RADIUS)
            elif kind == "mean":
                painter.setPen(QPen(MEAN, 3))
                painter.drawLine(QPointF(x + 5, y - 7), QPointF(x + 5, y + 7))
            else:
                painter.fillRect(QRectF(x, y - 6, 12, 12), BAND)
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, y + metrics.ascent() / 2 - 1), words)
            x += 16 + metrics.horizontalAdvance(words) + 22

    def event(self, event: object) -> bool:
        """A tooltip for the dot under the mouse (the nearest within a few pixels)."""
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            dot = self.dot_at(QPointF(event.pos()))
            if dot is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(dot.tooltip), self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def dot_at(self, point: QPointF) -> Dot | None:
        """The dot nearest ``point`` within a few pixels, if any."""
        best: tuple[float, Dot] | None = None
        for centre, dot in self.dot_centres():
            distance = (centre - point).manhattanLength()
            if distance <= RADIUS * 2 and (best is None or distance < best[0]):
                best = (distance, dot)
        return best[1] if best else None
