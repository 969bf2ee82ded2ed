"""The candidate's questions: each one noted with the answer the panel gave and an
"Answered" mark, ticked by itself when an answer is typed. Enter in the new-question
field adds the question and leaves the cursor there for the next one; the answer is
typed beneath the question."""

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store import interview_records
from interviewdesk.store.interview_edits import CandidateQuestionEdit, record_key
from interviewdesk.store.interview_records import CandidateQuestionInfo
from interviewdesk.ui import messages
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, scaled_font
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import NoteField, heading, quiet
from interviewdesk.ui.wizard.sections.base import Section

log = logging.getLogger(__name__)


class CandidateQuestionRow(QWidget):
    """One question of the candidate: the question, "Answered", Remove, the answer."""

    removeRequested = Signal(int)

    def __init__(self, context: InterviewContext, question: CandidateQuestionInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info = question
        self.question = QLineEdit(question.question)
        self.question.setFont(scaled_font(self.question, 1.0, bold=True))
        self.question.setAccessibleName(self.tr("The candidate's question"))
        self.question.textEdited.connect(
            lambda text: self._edited(CandidateQuestionEdit(question.id, question=text)))
        self.answered = QCheckBox(self.tr("Answered"))
        self.answered.setChecked(question.answered)
        self.answered.toggled.connect(
            lambda ticked: self._edited(CandidateQuestionEdit(question.id, answered=ticked)))
        self.answered.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab: note to note
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(question.id))
        self.answer = NoteField(self.tr("The answer the panel gave"), min_lines=2)
        self.answer.setAccessibleName(self.tr("Answer"))
        self.answer.set_text(question.answer)
        self.answer.edited.connect(
            lambda text: self._edited(CandidateQuestionEdit(question.id, answer=text)))

        top = QHBoxLayout()
        top.setSpacing(SPACING)
        top.addWidget(self.question, 1)
        top.addWidget(self.answered)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addLayout(top)
        layout.addWidget(self.answer)

    def _edited(self, edit: CandidateQuestionEdit) -> None:
        typed_first_answer = (isinstance(edit.answer, str) and not self.info.answer.strip()
                              and edit.answer.strip())
        for name, value in edit.changed().items():
            setattr(self.info, name, value)
        self.context.autosaver.edit(edit)
        if typed_first_answer and not self.answered.isChecked():
            self.answered.setChecked(True)  # typing the answer answers it (and is saved)

    def is_empty(self) -> bool:
        """Whether nothing was written for this question yet."""
        return not (self.info.question.strip() or self.info.answer.strip())


class CandidateQuestionsSection(Section):
    """The list of the candidate's questions, with a field to add the next one;
    ``listChanged`` after one was added or removed."""

    listChanged = Signal()

    def __init__(self, context: InterviewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: dict[int, CandidateQuestionRow] = {}
        self.empty = quiet(self.tr(
            "No questions noted yet. Type the candidate's question below and press Enter; "
            "write the answer beneath it and tick “Answered”."))
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(SPACING_LARGE)
        self.new_question = QLineEdit()
        self.new_question.setPlaceholderText(
            self.tr("The candidate's question — Enter adds it"))
        self.new_question.setAccessibleName(self.tr("New question of the candidate"))
        self.new_question.returnPressed.connect(self.add_question)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_question)
        add_row = QHBoxLayout()
        add_row.setSpacing(SPACING)
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(self.tr("The candidate's questions")))
        layout.addWidget(self.empty)
        layout.addLayout(self.rows_layout)
        layout.addLayout(add_row)
        for question in context.session.candidate_questions:
            self._add_row(question)
        self._update_empty()

    def _add_row(self, question: CandidateQuestionInfo) -> CandidateQuestionRow:
        row = CandidateQuestionRow(self.context, question)
        row.removeRequested.connect(self.remove_question)
        self.rows[question.id] = row
        self.rows_layout.addWidget(row)
        return row

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def add_question(self) -> None:
        """Add the question typed in the new-question field."""
        text = self.new_question.text().strip()
        if not text:
            return
        try:
            question = interview_records.add_candidate_question(
                self.context.db, self.context.interview_id, text)
        except Exception as error:
            log.exception("Adding a candidate question failed")
            messages.error(self, self.tr("Question not added"),
                           self.tr("The question could not be saved. It is still in the "
                                   "field, so you can try again."), str(error))
            return
        self.context.session.candidate_questions.append(question)
        self.context.autosaver.created(record_key(CandidateQuestionEdit, question.id),
                                       question.seen())
        self.new_question.clear()
        self._add_row(question)
        self._update_empty()
        self.listChanged.emit()

    def remove_question(self, question_id: int) -> None:
        """Remove one of the candidate's questions (asking first if it has text)."""
        row = self.rows.get(question_id)
        if row is None:
            return
        if not row.is_empty() and not messages.confirm(
                self, self.tr("Remove question"),
                self.tr("Remove the candidate's question “{question}” and its answer?")
                .format(question=row.info.question), self.tr("Remove")):
            return
        self.context.autosaver.discard(record_key(CandidateQuestionEdit, question_id))
        try:
            interview_records.delete_candidate_question(
                self.context.db, self.context.interview_id, question_id)
        except Exception as error:
            log.exception("Removing a candidate question failed")
            messages.error(self, self.tr("Question not removed"),
                           self.tr("The question could not be removed."), str(error))
            return
        session = self.context.session
        session.candidate_questions = [q for q in session.candidate_questions
                                       if q.id != question_id]
        del self.rows[question_id]
        row.hide()
        row.deleteLater()
        self._update_empty()
        self.listChanged.emit()

    def show_question(self, question_id: int) -> QWidget | None:
        """The row of question ``question_id``, focused on its answer."""
        row = self.rows.get(question_id)
        if row is not None:
            row.answer.setFocus()
        return row
