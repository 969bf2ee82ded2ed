"""Second rounds: which earlier interviews of the same application a new interview can
follow, and checking such a link before it is saved (``store.interviews``).

Only dates and the decision's outcome are read here — no score, nothing of an
assessment — so this module needs no blind-scoring gate. What the first round
concluded is read behind the gate by ``store.assessments.first_round``.
"""

from sqlmodel import Session, col, select

from interviewdesk.domain.rounds import EarlierRound, makes_cycle
from interviewdesk.store.assessments._reading import as_utc
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Decision, Interview
from interviewdesk.store.validation import ValidationError


def earlier_rounds(db: Database, candidate_id: int, vacancy_id: int,
                   excluding: int | None = None) -> list[EarlierRound]:
    """The candidate's interviews for the vacancy other than ``excluding`` (the one
    being edited), oldest first, each with the decision's outcome."""
    with db.session() as session:
        rows = session.exec(
            select(Interview, Decision.outcome)
            .join(Application, col(Application.id) == col(Interview.application_id))
            .join(Decision, col(Decision.interview_id) == col(Interview.id), isouter=True)
            .where(Application.candidate_id == candidate_id,
                   Application.vacancy_id == vacancy_id)
            .order_by(col(Interview.scheduled_at), col(Interview.id))
        ).all()
        return [EarlierRound(int(interview.id or 0), as_utc(interview.scheduled_at),
                             outcome or "")
                for interview, outcome in rows if interview.id != excluding]


def check_follows(session: Session, interview_id: int | None, application_id: int,
                  follows: int | None) -> None:
    """Raise ``ValidationError`` unless ``follows`` may be the round ``interview_id``
    (of ``application_id``) follows: an interview of the same application, not
    itself, and not one that (through others) follows it."""
    if follows is None:
        return
    earlier = session.get(Interview, follows)
    if earlier is None:
        raise ValidationError("The earlier interview was deleted meanwhile.",
                              "follows_interview_id")
    if earlier.application_id != application_id:
        raise ValidationError(
            "A second round follows an interview of the same candidate for the same vacancy.",
            "follows_interview_id")
    if follows == interview_id:
        raise ValidationError("An interview cannot follow itself.", "follows_interview_id")
    links = {int(i or 0): f for i, f in session.exec(
        select(Interview.id, Interview.follows_interview_id)
        .where(Interview.application_id == application_id)).all()}
    if makes_cycle(interview_id, follows, links):
        raise ValidationError("That interview already follows this one.",
                              "follows_interview_id")


def follows_of(db: Database, interview_id: int) -> int | None:
    """The interview ``interview_id`` follows, if any; ``LookupError`` if unknown."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        return interview.follows_interview_id


def first_round_reference(db: Database, interview_id: int) -> EarlierRound | None:
    """The interview ``interview_id`` follows, with its date and the decision's
    outcome (no score), for documents that name it; ``None`` if it follows none."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        first = (session.get(Interview, interview.follows_interview_id)
                 if interview.follows_interview_id is not None else None)
        if first is None:
            return None
        outcome = session.exec(select(Decision.outcome).where(
            Decision.interview_id == first.id)).first()
        return EarlierRound(int(first.id or 0), as_utc(first.scheduled_at), outcome or "")


def application_of(db: Database, interview_id: int) -> tuple[int, int] | None:
    """The (application id, candidate id) of ``interview_id``, or ``None`` if gone."""
    with db.session() as session:
        row = session.exec(
            select(Application.id, Application.candidate_id)
            .join(Interview, col(Interview.application_id) == col(Application.id))
            .where(Interview.id == interview_id)).first()
        return (int(row[0] or 0), int(row[1])) if row is not None else None


def unlink_followers(session: Session, interview_id: int) -> None:
    """Interviews that follow ``interview_id`` follow nothing any more: it moved to
    another candidate or vacancy, so it is no longer their first round."""
    for follower in session.exec(select(Interview).where(
            Interview.follows_interview_id == interview_id)).all():
        follower.follows_interview_id = None
        session.add(follower)
