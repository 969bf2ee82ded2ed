"""How a comparison cell is painted: the candidate's name with the status quietly
under it, a panel result as its number on the heat colour (with "consensus" under it
when the panel agreed on it), the total as a small bar with its number, and a row
still waiting for forms as quiet text."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from interviewdesk.domain.scales import MAX_SCORE
from interviewdesk.ui.assessment.comparison_model import (
    CONSENSUS_ROLE,
    KIND_ROLE,
    SUBTITLE_ROLE,
    VALUE_ROLE,
)
from interviewdesk.ui.assessment.panel_cells import RADIUS
from interviewdesk.ui.assessment.panel_heat import INK, TRACK, heat_colour
from interviewdesk.ui.style import ACCENT, SPACING, SPACING_SMALL

Index = QModelIndex | QPersistentModelIndex

# The bar of the total: its width in pixels at the top of the scale, and its height.
BAR_WIDTH = 72
BAR_HEIGHT = 8
# A score's coloured box at most, in pixels: wider columns leave air around it.
SCORE_WIDTH = 84


def caption_font(font: QFont) -> QFont:
    """The small font of "consensus" under a number."""
    small = QFont(font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(small.pointSizeF() * 0.8)
    return small


class ComparisonDelegate(QStyledItemDelegate):
    """Paints score, total and waiting cells; names and outcomes as usual."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        caption = QFontMetrics(caption_font(option.font))
        base = super().sizeHint(option, index)
        return QSize(base.width(), metrics.height() + caption.height() + 2 * SPACING_SMALL + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(KIND_ROLE)
        if kind not in ("name", "score", "total", "waiting"):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind == "name":
            self._paint_name(painter, opt, index, text)
        elif kind == "waiting":
            self._paint_waiting(painter, opt, text)
        elif kind == "total":
            self._paint_total(painter, opt, index, text)
        else:
            self._paint_score(painter, opt, index, text)
        painter.restore()

    def _paint_name(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index,
                    text: str) -> None:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                else QPalette.ColorRole.Text)
        small = caption_font(opt.font)
        metrics, small_metrics = QFontMetrics(opt.font), QFontMetrics(small)
        area = opt.rect.adjusted(SPACING, 0, -SPACING_SMALL, 0)
        top = area.center().y() - (metrics.height() + small_metrics.height()) // 2
        painter.setFont(opt.font)
        painter.setPen(ink)
        painter.drawText(QRect(area.left(), top, area.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width()))
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        painter.setFont(small)
        painter.setPen(ink if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(area.left(), top + metrics.height(), area.width(),
                               small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                  area.width()))

    def _paint_waiting(self, painter: QPainter, opt: QStyleOptionViewItem, text: str) -> None:
        if not text:
            return
        font = QFont(opt.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        area = opt.rect.adjusted(SPACING, 0, -SPACING, 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       area.width()))

    def _paint_score(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index,
                     text: str) -> None:
        value = index.data(VALUE_ROLE)
        area = QRectF(opt.rect.adjusted(SPACING_SMALL, 3, -SPACING_SMALL, -3))
        if area.width() > SCORE_WIDTH:
            area.adjust((area.width() - SCORE_WIDTH) / 2, 0, -(area.width() - SCORE_WIDTH) / 2, 0)
        if value is None:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(heat_colour(value))
        painter.drawRoundedRect(area, RADIUS, RADIUS)
        painter.setPen(INK)
        metrics = QFontMetrics(opt.font)
        if index.data(CONSENSUS_ROLE):
            small = caption_font(opt.font)
            small_metrics = QFontMetrics(small)
            top = area.center().y() - (metrics.height() + small_metrics.height()) / 2
            number = QRectF(area.left(), top, area.width(), metrics.height())
            painter.setFont(opt.font)
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, text)
            painter.setFont(small)
            caption = QRectF(area.left(), number.bottom(), area.width(), small_metrics.height())
            painter.drawText(caption, Qt.AlignmentFlag.AlignCenter,
                             small_metrics.elidedText(self.tr("consensus"),
                                                      Qt.TextElideMode.ElideRight,
                                                      int(area.width())))
        else:
            painter.setFont(opt.font)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_total(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index,
                     text: str) -> None:
        value = index.data(VALUE_ROLE)
        if value is None:
            return
        metrics = QFontMetrics(opt.font)
        number_width = metrics.horizontalAdvance("0.00")
        area = opt.rect.adjusted(SPACING, 0, -SPACING, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRect(area.left(), area.top(), number_width, area.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        left = area.left() + number_width + SPACING_SMALL
        width = max(8, min(BAR_WIDTH, area.right() - left))
        top = area.center().y() - BAR_HEIGHT / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(QRectF(left, top, width, BAR_HEIGHT), 3, 3)
        painter.setBrush(ACCENT)
        filled = width * max(0.0, min(1.0, float(value) / MAX_SCORE))
        painter.drawRoundedRect(QRectF(left, top, filled, BAR_HEIGHT), 3, 3)
