"""What is still open in an interview: unticked checklist items, planned questions
not asked, the candidate's questions not answered, no feedback date.

Plain functions over the session as the wizard holds it in memory (no Qt, no
queries), so the closing and assessment pages can ask as often as they are shown.
"""

from dataclasses import dataclass

from interviewdesk.domain.agenda import Agenda
from interviewdesk.store.interview_records import (
    CandidateQuestionInfo,
    InterviewSession,
    QuestionInfo,
)


@dataclass(frozen=True)
class OpenChecklistItem:
    """A checklist item of ``stage`` that was not ticked."""

    stage: str
    key: str
    label: str


def unticked_items(session: InterviewSession, agenda: Agenda,
                   language: str) -> list[OpenChecklistItem]:
    """Every stage's checklist items not ticked, in agenda order ("Niet vergeten" is
    left out: it is about having things at hand, not about the interview)."""
    open_items = []
    for stage in agenda.stages:
        ticks = session.stage(stage.key).checklist
        open_items += [OpenChecklistItem(stage.key, item.key, item.label.in_language(language))
                       for item in stage.items if not ticks.get(item.key, False)]
    return open_items


def unasked_questions(session: InterviewSession, agenda: Agenda) -> list[QuestionInfo]:
    """Planned and added questions not marked asked, in agenda and page order."""
    keys = agenda.keys()  # Agenda is not a dict: its stage keys, in order
    return [question for stage in keys for question in session.questions_for(stage)
            if not session.answer(question.id).asked]


def unanswered_candidate_questions(session: InterviewSession) -> list[CandidateQuestionInfo]:
    """The candidate's questions not marked answered (empty rows do not count)."""
    return [q for q in session.candidate_questions
            if not q.answered and (q.question.strip() or q.answer.strip())]
