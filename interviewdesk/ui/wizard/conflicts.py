"""A note of the interview that someone else saved while this interviewer typed it.

The autosaver reports the :class:`~interviewdesk.domain.concurrent_edits.Conflict` after
its write (the rest of the batch is saved). :class:`ConflictHandler` names the text in
the interviewer's words, asks through the
:class:`~interviewdesk.ui.conflict_dialog.ConflictDialog`, saves the choice with
:meth:`~interviewdesk.ui.wizard.autosave.Autosaver.resolve` and shows it in the field
(and in the window's copy of the interview), so screen and database agree again.
"""

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QLineEdit

from interviewdesk.domain.concurrent_edits import Conflict
from interviewdesk.ui.conflict_dialog import ConflictAsker
from interviewdesk.ui.wizard.fields import NoteField
from interviewdesk.ui.wizard.sections.candidate_questions import CandidateQuestionsSection
from interviewdesk.ui.wizard.sections.closing import ClosingSection

if TYPE_CHECKING:
    from interviewdesk.ui.wizard.window import InterviewWindow


class ConflictHandler(ConflictAsker):
    """Asks about each conflict of the window's autosaver, one at a time."""

    @property
    def window(self) -> "InterviewWindow":
        """The window asked for (its parent)."""
        return cast("InterviewWindow", self.parent())

    def describe(self, conflict: Conflict) -> str:
        """Which text it is, as the interviewer knows it."""
        kind, key = conflict.record
        context = self.window.context
        if kind == "stage":
            return self.tr("the notes on the stage “{stage}”").format(
                stage=context.stage_name(context.agenda.stage(str(key))))
        if kind == "answer":
            question = next((q.text for q in context.session.questions if q.id == key), "")
            part = dict(situation=self.tr("the situation"), task=self.tr("the task"),
                        action=self.tr("the action"), result=self.tr("the result"),
                        ).get(conflict.field, self.tr("the notes"))
            return self.tr("{part} of the question “{question}”").format(
                part=part, question=question)
        if kind == "candidate_question":
            return (self.tr("a question of the candidate") if conflict.field == "question"
                    else self.tr("the answer to a question of the candidate"))
        return dict(next_steps=self.tr("the next steps"),
                    candidate_remarks=self.tr("the candidate's remarks about the process"),
                    follow_up_notes=self.tr("the notes for a follow-up conversation"),
                    ).get(conflict.field, self.tr("a note of the interview"))

    def show(self, conflict: Conflict, text: str) -> None:
        """Put the chosen ``text`` in the window's copy of the interview and in its
        field, if that page was built (a page built later reads the copy)."""
        kind, key = conflict.record
        session = self.window.context.session
        field: NoteField | QLineEdit | None = None
        if kind == "stage":
            session.stage(str(key)).notes = text
            page = self.window.pages.get(str(key))
            field = page.notes if page is not None else None
        elif kind == "answer":
            setattr(session.answer(int(key)), conflict.field, text)
            for page in self.window.pages.values():
                questions = getattr(page, "questions", None)
                card = questions.cards.get(int(key)) if questions is not None else None
                if card is not None:
                    field = card.notes if conflict.field == "notes" else card.star.get(
                        conflict.field)
        elif kind == "candidate_question":
            for info in session.candidate_questions:
                if info.id == key:
                    setattr(info, conflict.field, text)
            for page in self.window.pages.values():
                if isinstance(page.section, CandidateQuestionsSection):
                    row = page.section.rows.get(int(key))
                    if row is not None:
                        field = row.question if conflict.field == "question" else row.answer
        else:
            setattr(session, conflict.field, text)
            for page in self.window.pages.values():
                if isinstance(page.section, ClosingSection):
                    field = {"next_steps": page.section.next_steps,
                             "candidate_remarks": page.section.remarks,
                             "follow_up_notes": page.section.follow_up}.get(conflict.field)
        if isinstance(field, NoteField):
            field.set_text(text)
        elif isinstance(field, QLineEdit):
            field.setText(text)  # setText emits no textEdited: nothing saved twice
