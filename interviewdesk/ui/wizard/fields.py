"""The small building blocks of the stage pages: a note field that grows with what
is typed, a checklist of tick boxes that wrap long labels, and quiet section headings."""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.ui.forbidden_words import watch
from interviewdesk.ui.style import SPACING_SMALL, make_heading, make_muted

# How many widths a wrapped label remembers its height for (a window is resized
# through many widths; the few latest are the ones asked again).
MAX_REMEMBERED = 16
_MEASURE_AGAIN = (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                  QEvent.Type.ContentsRectChange)


class NoteField(QPlainTextEdit):
    """A plain-text note field between ``min_lines`` and ``max_lines`` high, growing
    with its content so the whole note stays in view while it is being typed.

    ``edited(str)`` carries the full text after every change the user makes (not
    after :meth:`set_text`).
    """

    edited = Signal(str)

    def __init__(self, placeholder: str = "", min_lines: int = 3, max_lines: int = 18,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self._height = -1
        self._loading = False
        #: Where Shift+Tab goes, when not to the field before in the tab order.
        self.backtab_to: QWidget | None = None
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.textChanged.connect(self._changed)
        # Questions an interviewer may not ask are underlined as they are noted down.
        self.forbidden = watch(self)
        self._fit()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt calls this for Tab and Shift+Tab only: cheaper than an event filter, which
        # would see every event of every note field on the page.
        if not next and self.backtab_to is not None:
            self.backtab_to.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    def set_text(self, text: str) -> None:
        """Show ``text`` without reporting it as an edit."""
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._fit()

    def text(self) -> str:
        """The note as typed."""
        return self.toPlainText()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.toPlainText())

    def _fit(self) -> None:
        # QPlainTextEdit's layout measures the document in lines, not pixels.
        lines = int(self.document().documentLayout().documentSize().height())
        lines = max(self._min_lines, min(self._max_lines, lines))
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing()
                  + 2 * round(self.document().documentMargin())
                  + margins.top() + margins.bottom() + 2)
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrower field wraps into more lines: measure again."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width (used on the
    question cards).

    Why: whenever a stage page lays out its question list (a card appears, a note
    grows by a line, the window is resized) Qt asks every card's wrapped labels how
    tall they are at their width, and a label lays its text out again to answer,
    without keeping it: some 50 ms for sixty cards. The answer only depends on the
    width, the text, wrapping, the font and the style, so it is kept for those.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[tuple[int, str, bool], int] = {}

    def heightForWidth(self, width: int) -> int:
        """As QLabel's, remembered."""
        key = (width, self.text(), self.wordWrap())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= MAX_REMEMBERED:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        """Another font or style: measure again."""
        if event.type() in _MEASURE_AGAIN:
            self._heights.clear()
        super().changeEvent(event)


class Checklist(QWidget):
    """Tick boxes for ``items`` (key, label) with the stored ``ticks``; calls
    ``on_tick(key, ticked)`` when the user ticks or unticks one."""

    def __init__(self, items: Iterable[tuple[str, str]], ticks: dict[str, bool],
                 on_tick: Callable[[str, bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        self.labels: dict[str, str] = {}
        self.own_ticks = {key: bool(value) for key, value in ticks.items()}
        for key, label in items:
            box = QCheckBox(label)
            box.setChecked(bool(ticks.get(key, False)))
            box.toggled.connect(lambda ticked, key=key: self._toggled(key, ticked, on_tick))
            self.boxes[key] = box
            self.labels[key] = label
            layout.addWidget(box)

    def _toggled(self, key: str, ticked: bool, on_tick: Callable[[str, bool], None]) -> None:
        self.own_ticks[key] = ticked
        on_tick(key, ticked)

    def set_from_data(self, key: str, ticked: bool | None, source: str) -> None:
        """Let the record tick item ``key``: ``ticked`` True/False shows the record's
        answer (not clickable) followed by ``source``; ``None`` gives the box back to
        the interviewer with their own tick."""
        box = self.boxes[key]
        box.blockSignals(True)
        try:
            if ticked is None:
                box.setChecked(self.own_ticks.get(key, False))
                box.setEnabled(True)
                box.setText(self.labels[key])
            else:
                box.setChecked(ticked)
                box.setEnabled(False)
                box.setText(f"{self.labels[key]} — {source}")
        finally:
            box.blockSignals(False)


def heading(text: str, factor: float = 1.1) -> QLabel:
    """A section heading on a stage page."""
    label = make_heading(QLabel(text), factor)
    label.setWordWrap(True)
    return label


def quiet(text: str = "", rich: bool = False) -> QLabel:
    """Secondary, wrapped text (guidance, explanations, empty states)."""
    label = make_muted(QLabel(text))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def rule() -> QFrame:
    """A thin horizontal line between two groups that whitespace alone cannot part."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
