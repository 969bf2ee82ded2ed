"""Only the question cards in or near a page's view are shown; the others are
*parked*: hidden, keeping their place and size in the page's layout.

Why: showing or hiding a stage page makes Qt visit every shown widget on it, some
fifteen per card (labels, the "Asked" box, note fields with their viewports), and
then every one of them is queued for a repaint. With sixty questions on a page that
walk was half of a stage switch. Parked cards are skipped by it, so a switch costs
the same with six questions or sixty.

Nothing the interviewer can see or reach changes:

- a parked card lies more than half a view's height above or below what the page
  shows, and is shown before it can scroll into view: the page's scroll bar
  reports every move (``valueChanged``) and every change of the page's height
  (``rangeChanged``: a note grew, the window was resized, a card was added);
- Tab and Shift+Tab: :meth:`CardsInView.before_tab` shows the parked card that
  holds the next field first, so the cursor goes where it always went;
- a card holding the cursor is never parked;
- with a screen reader (or any other assistive tool) running, nothing is parked:
  it reads the whole page, as before.
"""

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from interviewdesk.ui.wizard.question_card import QuestionCard
from interviewdesk.ui.wizard.question_list import QuestionList

#: How far beyond the view cards stay shown, in view heights (above and below).
MARGIN = 0.5

_STRONG = Qt.FocusPolicy.StrongFocus.value


def _takes_tab(widget: QWidget) -> bool:
    """Whether Tab may stop at ``widget`` (as Qt decides, or stricter)."""
    return (widget.isEnabled() and widget.focusProxy() is None
            and widget.focusPolicy().value & _STRONG == _STRONG)


class CardsInView(QObject):
    """Parks the cards of ``questions`` that lie far outside ``page``'s view."""

    def __init__(self, page: QScrollArea, questions: QuestionList) -> None:
        super().__init__(page)
        self.page = page
        self.questions = questions
        # The cards' places are known once the page has been laid out while shown;
        # until then (and after a change while it was hidden) nothing is parked.
        self._stale = True
        bar = page.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self.update)

    def parked(self) -> list[QuestionCard]:
        """The cards parked now."""
        return [card for card in self.questions.cards.values() if card.isHidden()]

    def update(self, *_: object) -> None:
        """Show the cards in or near the view, park the others (none while an
        assistive tool is running)."""
        if QAccessible.isActive():
            self.show_all()
            return
        if not self.page.isVisible():
            self._stale = True  # placed again once shown (:meth:`page_shown`)
            return
        self._stale = False
        content = self.page.widget()
        height = self.page.viewport().height()
        top = self.page.verticalScrollBar().value() - MARGIN * height
        bottom = top + (1 + 2 * MARGIN) * height
        focus = QApplication.focusWidget()
        for card in self.questions.cards.values():
            y = card.mapTo(content, QPoint(0, 0)).y()
            near = y + card.height() >= top and y <= bottom
            if near or (focus is not None and card.isAncestorOf(focus)):
                self.show_card(card)
            elif not card.isHidden():
                card.hide()

    def page_shown(self) -> None:
        """The page is shown: if its cards have not been placed since it last
        changed, place them once it is laid out (right after this event)."""
        if self._stale:
            QTimer.singleShot(0, self.update)

    def show_all(self) -> None:
        """Show every card (for an assistive tool, which reads the whole page)."""
        for card in self.parked():
            self.show_card(card)

    def show_card(self, card: QuestionCard) -> None:
        """Show ``card`` now (the cursor or the view is about to go to it)."""
        if card.isHidden():
            card.show()

    def before_tab(self, forward: bool) -> None:
        """Tab (``forward``) or Shift+Tab is about to move the cursor: show the
        parked card holding the field it goes to, found the way Qt will look for
        it (along the window's focus chain, to the first widget that takes Tab)."""
        start = QApplication.focusWidget()
        if start is None or not self.parked():
            return
        window = start.window()
        widget: QWidget | None = start
        while True:
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is None or widget is start:
                return
            if not _takes_tab(widget):
                continue
            if widget.isVisibleTo(window):
                return  # Qt stops here: a field already shown
            card = self._parked_card_of(widget)
            if card is not None and widget.isVisibleTo(card):
                self.show_card(card)
                return

    def _parked_card_of(self, widget: QWidget) -> QuestionCard | None:
        if not self.questions.isAncestorOf(widget):
            return None
        parent: QWidget | None = widget
        while parent is not None and not isinstance(parent, QuestionCard):
            parent = parent.parentWidget()
        return parent if parent is not None and parent.isHidden() else None

