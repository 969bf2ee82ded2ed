"""Tooltips of list and table rows show their text as it is, never as markup.

Qt renders a tooltip as rich text whenever its text looks like markup, and has no
plain-text switch: a candidate named ``<b>X</b>`` would show in bold in the tooltip
of every list that names them. Rather than escaping in each model (and forgetting
one), every item view's tooltip — rows and header sections — is shown escaped
(:func:`interviewdesk.ui.style.plain_tooltip`). Models keep returning plain strings.

How every view gets it without any view asking: the application's style is wrapped in
a :class:`PlainTooltipStyle`, whose ``polish`` — called by Qt once for each widget,
before it is first shown — puts one shared event filter on each item view's viewport.
Only the events of those viewports pass through Python. (An event filter on the whole
application did the same, but then every event of every widget went through Python:
switching a stage with 60 questions took twice as long.)
"""

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QToolTip,
    QWidget,
)

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


class PlainTooltipStyle(QProxyStyle):
    """The application's own style, unchanged, except that polishing an item view (or
    its viewport) installs the plain-tooltip filter on the viewport."""

    def __init__(self, base: QStyle | None, tooltips: _PlainItemTooltips) -> None:
        super().__init__(base)
        self._tooltips = tooltips

    def polish(self, target: object) -> object:  # type: ignore[override]
        # One Python name for QStyle's three polish overloads: the palette one returns
        # the polished palette, the widget and application ones nothing.
        if isinstance(target, QPalette):
            return super().polish(target)
        super().polish(target)  # type: ignore[arg-type]
        if isinstance(target, QAbstractItemView):  # headers too
            # On the viewport, from the view's polish: installing a filter on a widget
            # from within its own polish crashes Qt.
            target.viewport().installEventFilter(self._tooltips)
        return None


_FILTER: _PlainItemTooltips | None = None
_STYLE: PlainTooltipStyle | None = None


def install_plain_item_tooltips() -> None:
    """Wrap the running application's style (once), so that every item view, those
    already made and those made later, shows its tooltips as plain text."""
    global _FILTER, _STYLE
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _STYLE is not None and app.style() is _STYLE:
        return
    current = app.style()
    if isinstance(current, PlainTooltipStyle):
        _STYLE = current
        return
    _FILTER = _PlainItemTooltips(app)
    # A fresh copy of the style the application uses (the platform's, or the one
    # chosen with -style): the proxy takes ownership of its base.
    _STYLE = PlainTooltipStyle(QStyleFactory.create(current.name()), _FILTER)
    app.setStyle(_STYLE)  # repolishes the widgets that exist: they get the filter too
