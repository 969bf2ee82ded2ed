"""The find bar above a CV, letter or vacancy text: type, see every hit, step through.

Searching ignores case and accents ("cafe" finds "Café") and starts from what is on
screen, so the first hit shown is the one nearest the place being read. Hits are drawn
as the text view's extra selections, over the keyword highlight, the current one
stronger; nothing modal ever appears, even when nothing is found.
"""

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from interviewdesk.ui.panels.highlight import current_hit_colour, hit_colour
from interviewdesk.ui.panels.matching import find_spans, to_qt_spans, utf16_positions
from interviewdesk.ui.style import SPACING_SMALL


class FindField(QLineEdit):
    """The query field: Enter finds the next hit, Shift+Enter the previous one,
    Down/Up the same, Esc closes the bar."""

    nextRequested = Signal()
    previousRequested = Signal()
    closeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Turn the find keys into requests; everything else edits the query."""
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.previousRequested if shift else self.nextRequested).emit()
        elif key == Qt.Key.Key_Down:
            self.nextRequested.emit()
        elif key == Qt.Key.Key_Up:
            self.previousRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class FindBar(QWidget):
    """Find in ``view``: a query field, "3 of 12", previous, next and close.

    :meth:`start` shows the bar and puts the cursor in it; :meth:`finish` hides it,
    removes the hit marks and gives the focus back to where it was.
    """

    closed = Signal()

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self._return_focus: QWidget | None = None

        self.field = FindField()
        self.field.setPlaceholderText(self.tr("Find…"))
        self.field.setAccessibleName(self.tr("Find in the text"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._query_changed)
        self.field.nextRequested.connect(self.find_next)
        self.field.previousRequested.connect(self.find_previous)
        self.field.closeRequested.connect(self.finish)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widest = self.tr("{current} of {total}").format(current=888, total=888)
        self.counter.setMinimumWidth(self.counter.fontMetrics().horizontalAdvance(widest))
        self.previous_button = self._button(Qt.ArrowType.UpArrow,
                                            self.tr("Previous match (Shift+F3)"),
                                            self.find_previous)
        self.next_button = self._button(Qt.ArrowType.DownArrow, self.tr("Next match (F3)"),
                                        self.find_next)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.clicked.connect(self.finish)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACING_SMALL)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.setFocusProxy(self.field)
        self.view.textChanged.connect(self._text_changed)
        self.hide()
        self._update_counter()

    def _button(self, arrow: Qt.ArrowType, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- opening and closing ----------------------------------------------------------

    def start(self, text: str = "") -> None:
        """Show the bar with the cursor in the query (``text``, if given, replaces it)."""
        focused = QApplication.focusWidget()
        if focused is not None and not self._holds(focused):
            self._return_focus = focused
        was_hidden = self.isHidden()
        self.show()
        if text:
            self.field.setText(text)
        elif was_hidden and self.field.text():
            self._query_changed(self.field.text())
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def finish(self) -> None:
        """Hide the bar, remove the hit marks, and give the focus back."""
        if self.isHidden():
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self._holds(focused)
        self.hide()
        self.hits = []
        self.current = -1
        self.view.setExtraSelections([])
        target = self._return_focus
        self._return_focus = None
        if had_focus:
            if target is None or not isValid(target) or not target.isVisible():
                target = self.view
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def _holds(self, widget: QWidget) -> bool:
        return widget is self or self.isAncestorOf(widget)

    # -- finding -----------------------------------------------------------------------

    def find_next(self) -> None:
        """Go to the next hit, from the last back to the first."""
        if self.hits:
            self._go((self.current + 1) % len(self.hits))

    def find_previous(self) -> None:
        """Go to the previous hit, from the first back to the last."""
        if self.hits:
            self._go((self.current - 1) % len(self.hits))

    def _query_changed(self, query: str) -> None:
        self._search(query, from_position=self._top_position())

    def _text_changed(self) -> None:
        if self.isHidden():
            return
        self._search(self.field.text(), from_position=self._hit_start())

    def _search(self, query: str, from_position: int) -> None:
        text = self.view.toPlainText()
        spans = find_spans(text, query)
        self.hits = to_qt_spans(spans, utf16_positions(text) if spans else None)
        if not self.hits:
            self.current = -1
            self._paint()
            return
        following = [i for i, (start, _n) in enumerate(self.hits) if start >= from_position]
        self._go(following[0] if following else 0)

    def _go(self, index: int) -> None:
        self.current = index
        self._paint()
        self._reveal(*self.hits[index])

    def _top_position(self) -> int:
        return self.view.cursorForPosition(QPoint(0, 0)).position()

    def _hit_start(self) -> int:
        return self.hits[self.current][0] if 0 <= self.current < len(self.hits) else 0

    # -- showing -------------------------------------------------------------------------

    def _paint(self) -> None:
        every = hit_colour(self.view)
        strong = current_hit_colour(self.view)
        selections = []
        for index, (start, length) in enumerate(self.hits):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(strong if index == self.current else every)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(selection)
        self.view.setExtraSelections(selections)
        self._update_counter()

    def _update_counter(self) -> None:
        if not self.field.text().strip():
            self.counter.setText("")
        elif not self.hits:
            self.counter.setText(self.tr("No matches"))
        else:
            self.counter.setText(self.tr("{current} of {total}").format(
                current=self.current + 1, total=len(self.hits)))
        found = bool(self.hits)
        self.previous_button.setEnabled(found)
        self.next_button.setEnabled(found)

    def _reveal(self, start: int, length: int) -> None:
        """Scroll so the hit is in view, nearer the middle than the edge."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start + length)
        end = self.view.cursorRect(cursor)
        cursor.setPosition(start)
        rect = self.view.cursorRect(cursor).united(end)
        viewport = self.view.viewport().rect()
        margin = viewport.height() // 5
        if rect.top() >= margin and rect.bottom() <= viewport.height() - margin:
            return
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - viewport.height() // 2)
