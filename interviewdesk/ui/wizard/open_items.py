"""What is still open in an interview: unticked checklist items, planned questions
not asked, the candidate's questions not answered, no feedback date.

Plain functions over the session as the wizard holds it in memory (no Qt, no
queries), so the closing and assessment pages can ask as often as they are shown.
"""

from dataclasses import dataclass

from interviewdesk.domain.agenda import CANDIDATE_QUESTIONS, CLOSING, Agenda
from interviewdesk.domain.record import RecordFacts, data_tick
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


def unticked_items(session: InterviewSession, agenda: Agenda, language: str,
                   facts: RecordFacts | None = None) -> list[OpenChecklistItem]:
    """Every stage's checklist items not ticked, in agenda order ("Niet vergeten" is
    left out: it is about having things at hand, not about the interview). An item the
    record answers (a question logged, the forms in: ``facts``) counts as its stage
    page shows it, so the two never disagree."""
    open_items = []
    for stage in agenda.stages:
        ticks = session.stage(stage.key).checklist
        for item in stage.items:
            from_data = data_tick(facts, stage.key, item.key) if facts is not None else None
            ticked = from_data if from_data is not None else ticks.get(item.key, False)
            if not ticked:
                open_items.append(OpenChecklistItem(stage.key, item.key,
                                                    item.label.in_language(language)))
    return open_items


def unasked_questions(session: InterviewSession, agenda: Agenda) -> list[QuestionInfo]:
    """Planned and added questions not marked asked, in agenda and page order."""
    keys = agenda.keys()  # Agenda is not a dict: its stage keys, in order
    return [question for stage in keys for question in session.questions_for(stage)
            if not session.answer(question.id).asked]


def unanswered_candidate_questions(session: InterviewSession) -> list[CandidateQuestionInfo]:
    """The candidate's questions without an answer (typed or ticked); empty rows do
    not count."""
    return [q for q in session.candidate_questions
            if not q.is_answered() and q.question.strip()]


#: Seconds of running clock on a stage that count as having held it, even with nothing
#: typed (a short opening can be all talk).
HELD_SECONDS = 60


def has_work(session: InterviewSession, stage: str, seconds: float = 0.0) -> bool:
    """Whether the interviewer worked in ``stage``: typed a note, ticked an item,
    noted or asked one of its questions, logged the candidate's questions or the next
    steps (or the closing's other notes), or held it on the running clock for :data:`HELD_SECONDS`.

    Moving on from such a stage marks it done; merely looking at a stage (jumping to
    it and away) does not, so the record says only what happened.
    """
    record = session.stage(stage)
    if record.notes.strip() or any(record.checklist.values()):
        return True
    if max(seconds, record.seconds_spent) >= HELD_SECONDS:
        return True
    for question in session.questions_for(stage):
        answer = session.answers.get(question.id)
        if answer is not None and (answer.asked or any(
                getattr(answer, part).strip()
                for part in ("notes", "situation", "task", "action", "result"))):
            return True
    if stage == CANDIDATE_QUESTIONS and any(
            q.question.strip() or q.answer.strip() for q in session.candidate_questions):
        return True
    return stage == CLOSING and bool(
        session.next_steps.strip() or session.candidate_thanked
        or session.candidate_remarks.strip() or session.follow_up_notes.strip())
