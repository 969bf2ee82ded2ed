"""Closing: the next steps, the date by which the candidate hears back, "candidate
thanked", the candidate's own remarks about the process, notes for a negotiation or
follow-up conversation (each its own field: they go to different readers later, and the
report prints them apart), and what is still open (the candidate's unanswered questions, planned
questions not asked), each a link to where it can be done.

The feedback date defaults to five working days after the interview. It is written
the first time the closing page is shown — the date on screen is the date the
interviewer reads out, so it must be the date that is kept — and again whenever
the interviewer changes it.
"""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import CANDIDATE_QUESTIONS
from interviewdesk.store.interview_edits import InterviewEdit
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL
from interviewdesk.ui.wizard.context import InterviewContext, working_days_after
from interviewdesk.ui.wizard.fields import NoteField, heading, quiet
from interviewdesk.ui.wizard.open_items import unanswered_candidate_questions, unasked_questions
from interviewdesk.ui.wizard.sections.base import Link, LinkList, Section

# Working days between the interview and the default feedback date.
FEEDBACK_WORKING_DAYS = 5


class ClosingSection(Section):
    """The closing page's own part."""

    def __init__(self, context: InterviewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        session = context.session
        self.next_steps = NoteField(
            self.tr("What happens next, e.g. a second interview, references, an offer"),
            min_lines=3)
        self.next_steps.set_text(session.next_steps)
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        self.next_steps.edited.connect(self._next_steps_edited)

        self.feedback_date = QDateEdit()
        self.feedback_date.setCalendarPopup(True)
        self.feedback_date.setDisplayFormat("dddd d MMMM yyyy")
        self.feedback_date.setAccessibleName(self.tr("Feedback date"))
        day = session.feedback_date or working_days_after(context.interview_day(),
                                                          FEEDBACK_WORKING_DAYS)
        self.feedback_date.setDate(QDate(day.year, day.month, day.day))
        self.feedback_date.dateChanged.connect(self._date_changed)
        date_label = QLabel(self.tr("The candidate hears from us by:"))
        date_label.setBuddy(self.feedback_date)
        date_row = QHBoxLayout()
        date_row.setSpacing(SPACING)
        date_row.addWidget(date_label)
        date_row.addWidget(self.feedback_date)
        date_row.addStretch(1)

        self.thanked = QCheckBox(self.tr("The candidate has been thanked"))
        self.thanked.setChecked(session.candidate_thanked)
        self.thanked.toggled.connect(self._thanked_toggled)

        self.remarks = NoteField(
            self.tr("What the candidate said about the process: the invitation, the "
                    "conversation, the pace, how they were received"), min_lines=3)
        self.remarks.set_text(session.candidate_remarks)
        self.remarks.setAccessibleName(self.tr("The candidate's remarks about the process"))
        self.remarks.edited.connect(self._remarks_edited)

        self.follow_up = NoteField(
            self.tr("For a negotiation or follow-up conversation, e.g. salary wishes, "
                    "notice period, start date, points to explore further"), min_lines=3)
        self.follow_up.set_text(session.follow_up_notes)
        self.follow_up.setAccessibleName(
            self.tr("Notes for a negotiation or follow-up conversation"))
        self.follow_up.edited.connect(self._follow_up_edited)

        self.unanswered = LinkList()
        self.unanswered.jumpRequested.connect(self.jumpRequested)
        self.all_answered = quiet(self.tr("Every question of the candidate is answered."))
        self.unasked = LinkList()
        self.unasked.jumpRequested.connect(self.jumpRequested)
        self.all_asked = quiet(self.tr("Every planned question was asked."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(heading(self.tr("Next steps")))
        layout.addWidget(self.next_steps)
        layout.addSpacing(SPACING)
        layout.addLayout(date_row)
        layout.addSpacing(SPACING_SMALL)
        layout.addWidget(self.thanked)
        layout.addSpacing(SPACING_LARGE)
        layout.addWidget(heading(self.tr("The candidate's remarks about the process")))
        layout.addWidget(self.remarks)
        layout.addSpacing(SPACING)
        layout.addWidget(heading(self.tr("Notes for a negotiation or follow-up conversation")))
        layout.addWidget(self.follow_up)
        layout.addSpacing(SPACING_LARGE)
        layout.addWidget(heading(self.tr("The candidate's questions not answered yet")))
        layout.addWidget(self.unanswered)
        layout.addWidget(self.all_answered)
        layout.addSpacing(SPACING)
        layout.addWidget(heading(self.tr("Planned questions not asked yet")))
        layout.addWidget(self.unasked)
        layout.addWidget(self.all_asked)

    def refresh(self) -> None:
        """Store the shown feedback date on the first visit; list what is still open."""
        if self.context.session.feedback_date is None:
            self._date_changed(self.feedback_date.date())
        context = self.context
        open_questions = unanswered_candidate_questions(context.session)
        self.unanswered.set_links(
            Link(CANDIDATE_QUESTIONS, q.id, q.question.strip() or self.tr("(no question text)"))
            for q in open_questions)
        self.all_answered.setText(
            self.tr("Every question of the candidate is answered.")
            if any(q.question.strip() for q in context.session.candidate_questions)
            else self.tr("The candidate has not asked any questions yet."))
        self.all_answered.setVisible(not open_questions)
        unasked = unasked_questions(context.session, context.agenda)
        self.unasked.set_links(
            Link(q.stage, q.id, q.text, before=self.tr("{stage}:").format(
                stage=context.agenda.stage(q.stage).short_name.in_language(context.language)))
            for q in unasked)
        self.all_asked.setVisible(not unasked)

    def _next_steps_edited(self, text: str) -> None:
        self.context.session.next_steps = text
        self.context.autosaver.edit(InterviewEdit(next_steps=text))

    def _remarks_edited(self, text: str) -> None:
        self.context.session.candidate_remarks = text
        self.context.autosaver.edit(InterviewEdit(candidate_remarks=text))

    def _follow_up_edited(self, text: str) -> None:
        self.context.session.follow_up_notes = text
        self.context.autosaver.edit(InterviewEdit(follow_up_notes=text))

    def _date_changed(self, value: QDate) -> None:
        day = value.toPython()
        self.context.session.feedback_date = day
        self.context.autosaver.edit(InterviewEdit(feedback_date=day))

    def _thanked_toggled(self, thanked: bool) -> None:
        self.context.session.candidate_thanked = thanked
        self.context.autosaver.edit(InterviewEdit(candidate_thanked=thanked))
