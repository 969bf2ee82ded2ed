"""The small pictures of the panel view: a score on its heat colour, a spread drawn as a
band on the 1–5 scale, and the legend that says what the colours mean."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from interviewdesk.domain.scales import MAX_SCORE, MIN_SCORE, RATING_SCALE
from interviewdesk.ui.assessment.panel_heat import (
    INK,
    TRACK,
    format_score,
    heat_colour,
    scale_label,
    spread_colour,
)
from interviewdesk.ui.style import SPACING, SPACING_SMALL, muted_colour, scaled_font

# Rounding of the coloured cells, in pixels.
RADIUS = 4.0


class ScoreCell(QLabel):
    """A number on its heat colour; ``None`` shows a dash on no colour.

    ``value`` keeps what is shown, for whoever reads the cell back (tests, a screen
    reader through the accessible name).
    """

    def __init__(self, value: float | None, text: str = "", parent: QWidget | None = None,
                 *, bold: bool = False) -> None:
        super().__init__(parent)
        self.value = value
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 2 * SPACING)
        self.setFixedHeight(self.fontMetrics().height() + 2 * SPACING_SMALL + 2)
        if bold:
            self.setFont(scaled_font(self, bold=True))
        palette = self.palette()
        if value is None:
            palette.setColor(QPalette.ColorRole.WindowText, muted_colour(self))
            self.setText(text or "–")
        else:
            palette.setColor(QPalette.ColorRole.WindowText, INK)
            self.setText(text or format_score(value))
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The heat colour behind the number."""
        if self.value is not None:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(heat_colour(self.value))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), RADIUS, RADIUS)
            painter.end()
        super().paintEvent(event)


class SpreadBar(QWidget):
    """The 1–5 scale as a thin track, the assessed scores' range as a band on it (calm
    or warm, see ``panel_heat.spread_colour``) and the mean as a dot."""

    def __init__(self, low: int, high: int, mean: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.mean = low, high, mean
        self.setFixedSize(QSize(96, 16))

    def _x(self, score: float, inner: QRectF) -> float:
        return inner.left() + (score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE) * inner.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track, band, dot."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = QRectF(self.rect()).adjusted(6, 0, -6, 0)
        middle = inner.center().y()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(QRectF(inner.left() - 3, middle - 2, inner.width() + 6, 4), 2, 2)
        painter.setBrush(spread_colour(self.high - self.low))
        left, right = self._x(self.low, inner), self._x(self.high, inner)
        painter.drawRoundedRect(QRectF(left - 5, middle - 5, right - left + 10, 10), 5, 5)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(INK)
        painter.drawEllipse(QRectF(self._x(self.mean, inner) - 3.5, middle - 3.5, 7, 7))
        painter.end()


class SpreadCell(QWidget):
    """A competency's spread: the band, and in words how many points apart."""

    def __init__(self, scores: tuple[int | None, ...], mean: float | None,
                 spread: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        assessed = [score for score in scores if score is not None]
        self.bar: SpreadBar | None = None
        if assessed and mean is not None and spread is not None:
            self.bar = SpreadBar(min(assessed), max(assessed), mean)
            layout.addWidget(self.bar)
            if len(assessed) == 1:
                text = self.tr("one score")
            elif spread:
                text = self.tr("%n point(s) apart", "", spread)
            else:
                text = self.tr("all the same")
        else:
            text = self.tr("no scores")
        self.label = QLabel(text)
        layout.addWidget(self.label)
        layout.addStretch(1)


class Swatch(QWidget):
    """A small square of one heat colour, for the legend."""

    def __init__(self, score: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        side = self.fontMetrics().height()
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The colour."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(heat_colour(self.score))
        painter.drawRoundedRect(QRectF(self.rect()), RADIUS, RADIUS)
        painter.end()


class HeatLegend(QWidget):
    """The five heat colours with what each score means, in one quiet line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        for point in RATING_SCALE:
            layout.addWidget(Swatch(point.score))
            layout.addWidget(QLabel(self.tr("{score} · {label}").format(
                score=point.score, label=scale_label(point.score))))
            layout.addSpacing(SPACING)
        layout.addStretch(1)
