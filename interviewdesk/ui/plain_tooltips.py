"""Tooltips of list and table rows show their text as it is, never as markup.

Qt renders a tooltip as rich text whenever its text looks like markup, and has no
plain-text switch: a candidate named ``<b>X</b>`` would show in bold in the tooltip
of every list that names them. Rather than escaping in each model (and forgetting
one), one event filter on the application shows every item view's tooltip — rows and
header sections — escaped (:func:`interviewdesk.ui.style.plain_tooltip`). Models keep
returning plain strings.
"""

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QToolTip, QWidget

from interviewdesk.ui.style import plain_tooltip


class _PlainItemTooltips(QObject):
    """Shows item views' tooltips escaped; other tooltips pass untouched."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        text = item_tooltip(watched, event)  # type: ignore[arg-type]
        if text is None or not GuiQt.mightBeRichText(text):
            return False
        QToolTip.showText(event.globalPos(), plain_tooltip(text), watched)  # type: ignore[attr-defined]
        return True


def item_tooltip(widget: QWidget, event: QHelpEvent) -> str | None:
    """The tooltip text of the row or header section under ``event`` in ``widget`` (an
    item view's viewport, or a header); ``None`` if ``widget`` is neither."""
    view = widget.parent()
    if isinstance(view, QHeaderView) and widget is view.viewport():
        widget = view
    if isinstance(widget, QHeaderView):
        model = widget.model()
        section = widget.logicalIndexAt(event.pos())
        if model is None or section < 0:
            return None
        value = model.headerData(section, widget.orientation(), Qt.ItemDataRole.ToolTipRole)
        return value if isinstance(value, str) else None
    if isinstance(view, QAbstractItemView) and widget is view.viewport():
        index: QModelIndex = view.indexAt(event.pos())
        value = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        return value if isinstance(value, str) else None
    return None


_FILTER: _PlainItemTooltips | None = None


def install_plain_item_tooltips() -> None:
    """Install the filter on the running application (once)."""
    global _FILTER
    app = QApplication.instance()
    if app is None or (_FILTER is not None and _FILTER.parent() is app):
        return
    _FILTER = _PlainItemTooltips(app)
    app.installEventFilter(_FILTER)
