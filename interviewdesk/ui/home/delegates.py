"""The two-line list item of the sidebar: a title, and a quieter subtitle under it;
and the list and empty-state sentence the sidebar's sections are made of."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from interviewdesk.ui.home.models import SUBTITLE_ROLE, RowListModel
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_muted

Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """Paints the display text in the normal font and :data:`SUBTITLE_ROLE` below it
    in a smaller, muted font; long texts end in an ellipsis instead of wrapping."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = metrics.height() + self._subtitle_metrics(option).height()
        return QSize(200, height + 2 * SPACING_SMALL + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        text_role = (QPalette.ColorRole.HighlightedText if selected
                     else QPalette.ColorRole.Text)
        area = opt.rect.adjusted(SPACING, SPACING_SMALL, -SPACING_SMALL, -SPACING_SMALL)
        title_metrics = QFontMetrics(opt.font)
        sub_font = self._subtitle_font(opt)
        sub_metrics = QFontMetrics(sub_font)

        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, text_role))
        title_rect = QRect(area.left(), area.top(), area.width(), title_metrics.height())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title_metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                                  area.width()))
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        if subtitle:
            painter.setFont(sub_font)
            muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
            painter.setPen(opt.palette.color(group, text_role) if selected else muted)
            sub_rect = QRect(area.left(), title_rect.bottom() + 1, area.width(),
                             sub_metrics.height())
            painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             sub_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                    area.width()))
        painter.restore()

    @staticmethod
    def _subtitle_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _subtitle_metrics(self, option: QStyleOptionViewItem) -> QFontMetrics:
        return QFontMetrics(self._subtitle_font(option))


def two_line_list(model: RowListModel) -> QListView:
    """A sidebar list: one selectable row per item, painted by :class:`TwoLineDelegate`."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(TwoLineDelegate(view))
    view.setUniformItemSizes(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def muted_sentence() -> QLabel:
    """The quiet sentence a sidebar section shows instead of an empty list."""
    label = QLabel()
    label.setWordWrap(True)
    label.setContentsMargins(SPACING_SMALL, 0, SPACING_SMALL, 0)
    return make_muted(label)
