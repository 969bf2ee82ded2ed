"""A text to read while talking: a CV, a letter or a vacancy, with its keywords
highlighted, a find bar above it, and a calm explanation when there is no text yet."""

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextBlockFormat, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QStackedWidget, QTextEdit, QVBoxLayout, QWidget

from interviewdesk.ui.editors.widgets import empty_state
from interviewdesk.ui.panels.find_bar import FindBar
from interviewdesk.ui.panels.highlight import KeywordHighlighter, keyword_colour
from interviewdesk.ui.style import SPACING, SPACING_SMALL

# Line height in percent of the font's: airy enough to find one's place at a glance.
LINE_HEIGHT = 135
# The zoom levels that Ctrl+= and Ctrl+- step through (1.0 is the system font size).
ZOOM_LEVELS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.5, 3.0)


def clamp_zoom(factor: float) -> float:
    """``factor`` kept within the zoom levels' range."""
    return min(max(factor, ZOOM_LEVELS[0]), ZOOM_LEVELS[-1])


def zoom_step(factor: float, steps: int) -> float:
    """The zoom level ``steps`` levels above (or, negative, below) ``factor``."""
    if steps > 0:
        larger = [z for z in ZOOM_LEVELS if z > factor + 1e-6]
        return larger[min(steps, len(larger)) - 1] if larger else ZOOM_LEVELS[-1]
    smaller = [z for z in ZOOM_LEVELS if z < factor - 1e-6]
    return smaller[-min(-steps, len(smaller))] if smaller else ZOOM_LEVELS[0]


class ReadingView(QTextEdit):
    """Read-only text with keywords highlighted; Ctrl+wheel asks for a zoom step
    (``zoomRequested``) instead of zooming on its own, so every text in a panel keeps
    the one zoom level the window stores."""

    zoomRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(SPACING)
        self._base_font = QFont(self.font())
        self._zoom = 1.0
        self.highlighter = KeywordHighlighter(self.document(), keyword_colour(self))
        self._apply_zoom()

    @property
    def zoom(self) -> float:
        """The text size as a factor of the system font size."""
        return self._zoom

    @zoom.setter
    def zoom(self, factor: float) -> None:
        self._zoom = clamp_zoom(factor)
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * self._zoom)
        else:
            font.setPixelSize(max(1, round(self._base_font.pixelSize() * self._zoom)))
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)

    def set_text(self, text: str, keywords: Sequence[str] = ()) -> None:
        """Show ``text`` from its top, with ``keywords`` highlighted."""
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        self.highlighter.set_keywords(keywords, rehighlight=False)
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(LINE_HEIGHT,
                              QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(spacing)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def set_keywords(self, keywords: Sequence[str]) -> None:
        """Highlight ``keywords`` in the text shown."""
        self.highlighter.set_keywords(keywords)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms the panel; the plain wheel scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
            if steps:
                self.zoomRequested.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of theme (dark or light) with the keyword colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_colour(keyword_colour(self))


class ReadingPane(QWidget):
    """A :class:`ReadingView` with its :class:`FindBar`, or the empty-state text
    ``empty_text`` while there is nothing to read."""

    def __init__(self, empty_text: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ReadingView()
        self.view.setAccessibleName(accessible_name)
        self.find_bar = FindBar(self.view)
        self.empty_panel, self.empty_label = empty_state(empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING_SMALL, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.view)
        self.set_text("")

    def set_text(self, text: str, keywords: Sequence[str] = ()) -> None:
        """Show ``text`` with ``keywords`` highlighted; the empty state if it is blank."""
        self.view.set_text(text, keywords)
        has_text = bool(text.strip())
        self.stack.setCurrentWidget(self.view if has_text else self.empty_panel)
        if not has_text:
            self.find_bar.finish()

    def has_text(self) -> bool:
        """Whether there is text to read (and so to search)."""
        return self.stack.currentWidget() is self.view

    def start_find(self, text: str = "") -> None:
        """Open the find bar (with ``text``, if given) and put the cursor in it."""
        if self.has_text():
            self.find_bar.start(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc in the text closes an open find bar."""
        if event.key() == Qt.Key.Key_Escape and not self.find_bar.isHidden():
            self.find_bar.finish()
            event.accept()
            return
        super().keyPressEvent(event)
