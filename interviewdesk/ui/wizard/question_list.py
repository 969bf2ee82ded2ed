"""The questions of one stage as cards, and "Add a question" for one asked on the spot.

A question added here is written at once (it needs its id before notes can be kept
for it) and belongs to this interview only; it can be removed again here.
"""

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import BEHAVIOURAL
from interviewdesk.domain.scales import QUESTION_KINDS
from interviewdesk.store import interview_records
from interviewdesk.store.interview_edits import AnswerEdit, record_key
from interviewdesk.ui import messages
from interviewdesk.ui.style import SPACING, SPACING_LARGE
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import heading, quiet
from interviewdesk.ui.wizard.question_card import QuestionCard

log = logging.getLogger(__name__)


class QuestionList(QWidget):
    """The question cards of ``stage`` with an add row beneath them.

    ``questionsChanged`` fires after a question was added or removed.
    """

    questionsChanged = Signal()

    def __init__(self, context: InterviewContext, stage: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stage = stage
        self.cards: dict[int, QuestionCard] = {}

        self.title = heading("")
        self.empty = quiet(self.tr(
            "No questions are planned for this stage. Add them to the vacancy's question "
            "kit before the next interview, or add one below as you ask it."))
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(SPACING_LARGE)

        self.new_text = QLineEdit()
        self.new_text.setPlaceholderText(self.tr("A question you ask on the spot — Enter adds it"))
        self.new_text.setAccessibleName(self.tr("New question"))
        self.new_text.returnPressed.connect(self.add_question)
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("Kind of question"))
        language = context.language
        for choice in QUESTION_KINDS:
            self.new_kind.addItem(choice.label.in_language(language), choice.key)
        self.new_kind.setCurrentIndex(
            QUESTION_KINDS.keys().index("behavioural" if stage == BEHAVIOURAL else "open"))
        self.add_button = QPushButton(self.tr("Add question"))
        self.add_button.clicked.connect(self.add_question)
        add_row = QHBoxLayout()
        add_row.setSpacing(SPACING)
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.cards_layout)
        layout.addSpacing(SPACING)
        layout.addWidget(heading(self.tr("Add a question"), 1.0))
        layout.addLayout(add_row)

        for question in context.session.questions_for(stage):
            self._add_card(question)
        self._update_title()

    def _add_card(self, question: interview_records.QuestionInfo) -> QuestionCard:
        card = QuestionCard(self.context, question, len(self.cards) + 1)
        card.removeRequested.connect(self.remove_question)
        # A card far outside the page's view is hidden ("parked", see cards_in_view)
        # and keeps its place meanwhile, so that nothing on the page moves.
        policy = card.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        card.setSizePolicy(policy)
        self.cards[question.id] = card
        self.cards_layout.addWidget(card)
        return card

    def _update_title(self) -> None:
        count = len(self.cards)
        self.title.setText(self.tr("Questions (%n)", "", count))
        self.empty.setVisible(count == 0)

    # -- adding and removing ----------------------------------------------------------

    def add_question(self) -> None:
        """Add the question typed in the add row, and put the cursor in its notes."""
        text = self.new_text.text().strip()
        if not text:
            self.new_text.setFocus()
            return
        kind = str(self.new_kind.currentData())
        try:
            question = interview_records.add_question(
                self.context.db, self.context.interview_id, self.stage, text, kind)
        except Exception as error:
            log.exception("Adding a question failed")
            messages.error(self, self.tr("Question not added"),
                           self.tr("The question could not be saved. It is still in the "
                                   "field, so you can try again."), str(error))
            return
        self.context.session.questions.append(question)
        self.new_text.clear()
        card = self._add_card(question)
        self._update_title()
        self.questionsChanged.emit()
        card.focus_notes()

    def remove_question(self, question_id: int) -> None:
        """Remove a question added during this interview (asking first if it has notes)."""
        card = self.cards.get(question_id)
        if card is None:
            return
        answer = self.context.session.answer(question_id)
        noted = any(getattr(answer, f).strip()
                    for f in ("notes", "situation", "task", "action", "result"))
        if noted and not messages.confirm(
                self, self.tr("Remove question"),
                self.tr("Remove “{question}” and the notes taken for it?").format(
                    question=card.question.text),
                self.tr("Remove")):
            return
        self.context.autosaver.discard(record_key(AnswerEdit, question_id))
        try:
            interview_records.remove_added_question(
                self.context.db, self.context.interview_id, question_id)
        except LookupError:
            pass  # already gone: nothing left to remove
        except Exception as error:
            log.exception("Removing a question failed")
            messages.error(self, self.tr("Question not removed"),
                           self.tr("The question could not be removed."), str(error))
            return
        session = self.context.session
        session.questions = [q for q in session.questions if q.id != question_id]
        session.answers.pop(question_id, None)
        del self.cards[question_id]
        card.hide()
        card.deleteLater()
        for number, remaining in enumerate(self.cards.values(), start=1):
            remaining.number.setText(str(number))
        self._update_title()
        self.questionsChanged.emit()
