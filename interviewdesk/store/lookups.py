"""Small reads that several store modules share, inside a caller's session."""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from interviewdesk.store.models import Application, Candidate, Interview, Vacancy


@dataclass(frozen=True)
class InterviewContext:
    """An interview with the application, candidate and vacancy it belongs to."""

    interview: Interview
    application: Application
    candidate: Candidate
    vacancy: Vacancy


def interview_context(session: Session, interview_id: int) -> InterviewContext:
    """The interview and what it hangs off; ``LookupError`` if it does not exist."""
    row = session.exec(
        select(Interview, Application, Candidate, Vacancy)
        .join(Application, col(Application.id) == Interview.application_id)
        .join(Candidate, col(Candidate.id) == Application.candidate_id)
        .join(Vacancy, col(Vacancy.id) == Application.vacancy_id)
        .where(Interview.id == interview_id)
    ).first()
    if row is None:
        raise LookupError(f"There is no interview {interview_id}.")
    return InterviewContext(*row)
