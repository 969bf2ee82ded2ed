"""Question cards far out of a page's view are parked (hidden, keeping their place),
so that a stage switch does not walk sixty cards: nothing the interviewer sees or
reaches may change (interviewdesk/ui/wizard/cards_in_view.py)."""

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.store.models import Question
from interviewdesk.ui.wizard.fields import WrappedLabel
from interviewdesk.ui.wizard.question_card import STAR_FIELDS

STAGE = "skills"
QUESTIONS = 40


@pytest.fixture
def many_questions(db: Database, example: ExampleIds) -> None:
    """Forty more questions in the skills stage, every other one behavioural."""
    with db.session() as session:
        for number in range(QUESTIONS):
            session.add(Question(
                vacancy_id=example.vacancy_id, stage=STAGE, position=100 + number,
                text=f"Vraag {number + 1}: vertel over een storing onder tijdsdruk.",
                probes="Wat was het resultaat?",
                kind="behavioural" if number % 2 else "open",
                competency_id=example.competency_ids[number % len(example.competency_ids)]))


@pytest.fixture
def skills_page(many_questions: None, open_window: Callable[[], Any],
                qtbot: Any) -> Callable[[], tuple[Any, Any]]:
    """Opens the window at the skills page, once its far cards are parked."""

    def make() -> tuple[Any, Any]:
        window = open_window()
        window.resize(1366, 768)
        window.go_to(STAGE)
        page = window.pages[STAGE]
        qtbot.waitUntil(lambda: bool(page.cards_in_view.parked()))
        return window, page

    return make


def in_view(page: Any, card: QWidget) -> bool:
    """Whether ``card`` lies (partly) in what the page shows."""
    top = card.mapTo(page.viewport(), card.rect().topLeft()).y()
    return top + card.height() > 0 and top < page.viewport().height()


def cards(page: Any) -> list[Any]:
    return list(page.questions.cards.values())


def press(key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)
    QApplication.processEvents()


def test_far_cards_are_parked_and_shown_before_they_scroll_into_view(
        skills_page: Any) -> None:
    _window, page = skills_page()
    everything = cards(page)
    assert all(not card.isHidden() for card in everything if in_view(page, card))
    assert everything[-1].isHidden()
    height = page.verticalScrollBar().maximum()

    bar = page.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, 97):  # wheel steps, and a few jumps
        bar.setValue(value)
        assert all(not card.isHidden() for card in everything if in_view(page, card))
    bar.setValue(bar.maximum())
    assert not everything[-1].isHidden() and everything[0].isHidden()
    # Parking keeps every card's place: the page is as long as with all shown.
    page.cards_in_view.show_all()
    QApplication.processEvents()
    assert page.verticalScrollBar().maximum() == height


def expected_tab_order(page: Any) -> list[QWidget]:
    order: list[QWidget] = []
    for card in cards(page):
        order.append(card.notes)
        order.extend(card.star[field] for field in STAR_FIELDS if field in card.star)
    return order


def test_tab_goes_through_every_card_in_order(skills_page: Any) -> None:
    _window, page = skills_page()
    order = expected_tab_order(page)
    order[0].setFocus()
    reached = [QApplication.focusWidget()]
    for _ in order[1:]:
        press(Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        assert reached[-1].isVisible()  # shown, and (Qt scrolls) in view
        assert in_view(page, reached[-1])
    assert reached == order
    # Parked on the way back: the first cards, far above the view now.
    assert cards(page)[0].isHidden()


def test_tab_and_shift_tab_into_a_parked_card(skills_page: Any) -> None:
    _window, page = skills_page()
    everything = cards(page)
    middle = everything[21]  # behavioural: notes and the four STAR fields
    page.show_item(middle.question.id)
    bar = page.verticalScrollBar()

    middle.star["result"].setFocus()
    bar.setValue(0)  # scrolled away: the card with the cursor stays, the next is parked
    assert not middle.isHidden() and everything[22].isHidden()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is everything[22].notes
    assert everything[22].notes.isVisible()

    middle.notes.setFocus()
    bar.setValue(bar.maximum())
    assert everything[20].isHidden()
    press(Qt.Key.Key_Backtab)  # from the notes: the card's own "Asked" box
    assert QApplication.focusWidget() is middle.asked
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is everything[20].notes  # an open question
    assert everything[20].notes.isVisible()


def test_jumping_to_a_parked_question_shows_it(skills_page: Any) -> None:
    window, page = skills_page()
    last = cards(page)[-1]
    assert last.isHidden()
    window.go_to("experience")
    window.go_to(STAGE, last.question.id)
    assert QApplication.focusWidget() is last.notes
    assert last.notes.isVisible() and in_view(page, last)


def test_nothing_is_parked_for_a_screen_reader(skills_page: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = skills_page()
    window.go_to("experience")
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    window.go_to(STAGE)
    assert not page.cards_in_view.parked()
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    assert not page.cards_in_view.parked()


class ShownCounter(QObject):
    """Counts the widgets Qt shows."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown[type(watched).__name__] += 1
        return False


def test_a_switch_does_not_walk_the_parked_cards(skills_page: Any) -> None:
    window, page = skills_page()
    window.go_to("experience")
    parked = len(page.cards_in_view.parked())
    assert parked > QUESTIONS // 2
    counter = ShownCounter()
    QApplication.instance().installEventFilter(counter)
    try:
        window.go_to(STAGE)
    finally:
        QApplication.instance().removeEventFilter(counter)
    assert counter.shown["QuestionCard"] == len(cards(page)) - parked


def test_a_wrapped_label_measures_as_qlabel_does(qtbot: Any) -> None:
    text = "Wat was het resultaat? Wat zou je nu anders doen? " * 3
    remembered, plain = WrappedLabel(text), QLabel(text)
    for label in (remembered, plain):
        label.setWordWrap(True)
        qtbot.addWidget(label)
    for width in (120, 300, 120):
        assert remembered.heightForWidth(width) == plain.heightForWidth(width)
    remembered.setText("Kort.")
    plain.setText("Kort.")
    assert remembered.heightForWidth(120) == plain.heightForWidth(120)
    font = remembered.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    remembered.setFont(font)
    plain.setFont(font)
    assert remembered.heightForWidth(300) == plain.heightForWidth(300)


def test_a_parked_card_fits_the_page_when_it_comes_back(skills_page: Any) -> None:
    window, page = skills_page()
    card = cards(page)[3]
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert card.isHidden()
    card.notes.set_text("regel\n" * 12)  # another panel member's note, meanwhile
    window.resize(1000, 700)  # and a narrower page
    QApplication.processEvents()
    page.show_item(card.question.id)
    QApplication.processEvents()
    assert not card.isHidden() and in_view(page, card)
    for field in (card.notes, card.text, card.asked):
        assert card.rect().contains(field.geometry())
    below = cards(page)[4]
    assert below.y() >= card.y() + card.height()
