"""What the CV panel and the vacancy panel share: a heading, the find and zoom
buttons, their keys, and one zoom level for every text in the panel.

Keys work while the focus is somewhere in the panel (a floating panel included):
Ctrl+F finds, F3 / Shift+F3 step through the hits, Ctrl+= / Ctrl+- / Ctrl+0 zoom.
The window can also open the find bar with :meth:`ReadingDock.start_find`, e.g. from
its own menu, and stores :attr:`ReadingDock.zoom` with its settings.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.ui.panels.reading_view import ReadingPane, clamp_zoom, zoom_step
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_heading, plain_tooltip


def _keys(*sequences: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Every key sequence given, standard ones expanded for this platform, each once."""
    keys: list[QKeySequence] = []
    for sequence in sequences:
        if isinstance(sequence, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(sequence)
        else:
            found = [QKeySequence(sequence)]
        keys += [k for k in found if not k.isEmpty() and k not in keys]
    return keys


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" rather than widening its panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened to the label's width if needed."""
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self._elide()

    def full_text(self) -> str:
        """The text before shortening."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(1, self.width())))


class ReadingDock(QDockWidget):
    """A movable, floatable, closable panel of texts to read during an interview.

    Subclasses put their content under :attr:`header` with :meth:`set_content` and
    say which :class:`ReadingPane` is in front with :meth:`current_pane`.
    ``zoomChanged`` reports the new zoom factor so the window can store it.
    """

    zoomChanged = Signal(float)

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._zoom = 1.0

        self.heading = ElidedLabel()
        make_heading(self.heading)
        self.find_button = self._tool_button(self.tr("Find"), self.tr("Find in the text (Ctrl+F)"),
                                             lambda: self.start_find())
        self.zoom_out_button = self._tool_button("−", self.tr("Smaller text (Ctrl+-)"),
                                                 lambda: self.zoom_by(-1))
        self.zoom_reset_button = self._tool_button("", self.tr("Normal text size (Ctrl+0)"),
                                                   self.reset_zoom)
        self.zoom_in_button = self._tool_button("+", self.tr("Larger text (Ctrl+=)"),
                                                lambda: self.zoom_by(1))
        self.header = QHBoxLayout()
        self.header.setSpacing(SPACING_SMALL)
        self.header.addWidget(self.heading, 1)
        self.header.addSpacing(SPACING)
        for button in (self.find_button, self.zoom_out_button, self.zoom_reset_button,
                       self.zoom_in_button):
            self.header.addWidget(button)

        self._shortcut(_keys(QKeySequence.StandardKey.Find), lambda: self.start_find())
        self._shortcut(_keys("F3", QKeySequence.StandardKey.FindNext), self.find_next)
        self._shortcut(_keys("Shift+F3", QKeySequence.StandardKey.FindPrevious),
                       self.find_previous)
        self._shortcut(_keys("Ctrl+=", QKeySequence.StandardKey.ZoomIn), lambda: self.zoom_by(1))
        self._shortcut(_keys("Ctrl+-", QKeySequence.StandardKey.ZoomOut),
                       lambda: self.zoom_by(-1))
        self._shortcut(_keys("Ctrl+0"), self.reset_zoom)

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: list[QKeySequence], slot: Callable[[], None]) -> None:
        shortcut = QShortcut(self)
        shortcut.setKeys(keys)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def set_content(self, content: QWidget) -> None:
        """Put ``content`` under the heading and buttons, as the panel's body."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(SPACING, SPACING_SMALL, SPACING, SPACING)
        layout.setSpacing(SPACING_SMALL)
        layout.addLayout(self.header)
        layout.addWidget(content, 1)
        self.setWidget(body)
        self._apply_zoom()

    # -- for subclasses ------------------------------------------------------------------

    def panes(self) -> Sequence[ReadingPane]:
        """Every text in the panel."""
        raise NotImplementedError

    def current_pane(self) -> ReadingPane | None:
        """The text in front, if the thing in front is a text."""
        raise NotImplementedError

    def find_pane(self) -> ReadingPane | None:
        """The text that Ctrl+F searches (brought to the front if it was not)."""
        return self.current_pane()

    # -- finding -------------------------------------------------------------------------

    def start_find(self, text: str = "") -> None:
        """Open the find bar of the text in front (with ``text``, if given) and put
        the cursor in it. Does nothing while there is no text to search."""
        pane = self.find_pane()
        if pane is not None:
            pane.start_find(text)

    def find_next(self) -> None:
        """Go to the next hit (F3); opens the find bar if it was closed."""
        pane = self.find_pane()
        if pane is None:
            return
        if pane.find_bar.isHidden():
            pane.start_find()
        else:
            pane.find_bar.find_next()

    def find_previous(self) -> None:
        """Go to the previous hit (Shift+F3)."""
        pane = self.find_pane()
        if pane is not None and not pane.find_bar.isHidden():
            pane.find_bar.find_previous()

    # -- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The text size as a factor of the system font size (1.0), for the settings."""
        return self._zoom

    @zoom.setter
    def zoom(self, factor: float) -> None:
        factor = clamp_zoom(float(factor))
        if abs(factor - self._zoom) < 1e-6:
            return
        self._zoom = factor
        self._apply_zoom()
        self.zoomChanged.emit(factor)

    def zoom_by(self, steps: int) -> None:
        """Make the text ``steps`` levels larger (or, negative, smaller)."""
        self.zoom = zoom_step(self._zoom, steps)

    def reset_zoom(self) -> None:
        """Back to the system font size."""
        self.zoom = 1.0

    def _apply_zoom(self) -> None:
        for pane in self.panes():
            pane.view.zoom = self._zoom
        self.zoom_reset_button.setText(self.tr("{percent}%").format(
            percent=round(self._zoom * 100)))
        self.update_zoom_buttons(enabled=self.current_pane() is not None)

    def update_zoom_buttons(self, *, enabled: bool = True) -> None:
        """Enable the zoom buttons that can do something (none if not ``enabled``)."""
        self.zoom_out_button.setEnabled(enabled and zoom_step(self._zoom, -1) < self._zoom)
        self.zoom_in_button.setEnabled(enabled and zoom_step(self._zoom, 1) > self._zoom)
        self.zoom_reset_button.setEnabled(enabled)

    def _connect_pane(self, pane: ReadingPane) -> None:
        pane.view.zoomRequested.connect(self.zoom_by)
