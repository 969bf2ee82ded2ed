"""The two-line list item of the sidebar: a title, and a quieter subtitle under it;
and the list and empty-state sentence the sidebar's sections are made of."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from interviewdesk.store.rows import HIT_END, HIT_START
from interviewdesk.ui.home.models import SNIPPET_ROLE, SUBTITLE_ROLE, RowListModel
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


class SearchResultDelegate(TwoLineDelegate):
    """A search result: the two lines, and for a full-text hit a third with the text
    around the hit, the matched words in bold (plain text: a snippet is the user's
    data and is never read as markup)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE):
            size.setHeight(size.height() + self._subtitle_metrics(option).height() + 1)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        snippet = str(index.data(SNIPPET_ROLE) or "")
        if not snippet:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        area = opt.rect.adjusted(SPACING, SPACING_SMALL, -SPACING_SMALL, -SPACING_SMALL)
        plain = self._subtitle_font(opt)
        bold = QFont(plain)
        bold.setBold(True)
        line_height = QFontMetrics(plain).height()
        top = area.bottom() - line_height + 1
        painter.save()
        painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText
                                         if selected else QPalette.ColorRole.Text))
        x, right = area.left(), area.right()
        parts = snippet_parts(snippet)
        if parts and not parts[0][1]:
            # Keep the hit in view in a narrow list: shorten the text before it from the
            # left to at most a third of the width.
            lead = QFontMetrics(plain)
            most = area.width() // 3
            if lead.horizontalAdvance(parts[0][0]) > most:
                parts[0] = (lead.elidedText(parts[0][0], Qt.TextElideMode.ElideLeft, most),
                            False)
        for text, strong in parts:
            font = bold if strong else plain
            metrics = QFontMetrics(font)
            room = right - x
            if room <= metrics.horizontalAdvance("…"):
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            painter.drawText(QRect(x, top, room, line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += metrics.horizontalAdvance(shown)
            if shown != text:
                break
        painter.restore()


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """``snippet`` split into (text, is a hit) parts at the « » marks."""
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(HIT_START)
        end = rest.find(HIT_END, start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            parts.append((rest.replace(HIT_START, "").replace(HIT_END, ""), False))
            break
        if start:
            parts.append((rest[:start], False))
        parts.append((rest[start + 1:end], True))
        rest = rest[end + 1:]
    return [(text, strong) for text, strong in parts if text]


class TwoLineList(QListView):
    """A sidebar list that scrolls to an item asked for while it is hidden only once it
    is shown: a hidden list would lay out every row (2,000 vacancies) for a size it
    does not have yet, and lay them out again when shown."""

    def __init__(self) -> None:
        super().__init__()
        self._scroll_to: QPersistentModelIndex | None = None

    def show_item(self, index: QModelIndex) -> None:
        """Scroll so that ``index`` is in sight: now, or when the list is shown (now
        in a window never shown, as the screenshot renders it: no showEvent comes)."""
        if index.row() == 0 and self.verticalScrollBar().value() == 0:
            self._scroll_to = None  # the first row of a list at its top: in sight, and
            return  # no need to lay out every row to find that out
        if self.isVisible() or not self.window().isVisible():
            self._scroll_to = None
            self.scrollTo(index)
        else:
            self._scroll_to = QPersistentModelIndex(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._scroll_to = self._scroll_to, None
        model = self.model()
        if pending is not None and pending.isValid() and model is not None:
            self.scrollTo(model.index(pending.row(), pending.column()))


def two_line_list(model: RowListModel) -> TwoLineList:
    """A sidebar list: one selectable row per item, painted by :class:`TwoLineDelegate`."""
    view = TwoLineList()
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
