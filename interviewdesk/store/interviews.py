"""Planning an interview: who, for which vacancy, when, where, and the panel.

An interview hangs off an application (candidate × vacancy); saving an
:class:`InterviewDraft` creates that application when the candidate had not applied
to the vacancy yet, and moves a fresh application from "applied" to "invited".
Panel seats keep their ids across edits, because assessment forms point at them.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session, col, select

from interviewdesk.domain.field_limits import LOCATION_MAX
from interviewdesk.domain.scales import PANEL_ROLES
from interviewdesk.store.database import Database
from interviewdesk.store.edit_conflicts import DeletedMeanwhile, check_version, guarded_save
from interviewdesk.store.models import (
    Application,
    Assessment,
    Candidate,
    Interview,
    Interviewer,
    PanelMember,
    Vacancy,
)
from interviewdesk.store.rounds import check_follows, unlink_followers
from interviewdesk.store.validation import ValidationError, check_length

CHAIR = "chair"
MAX_MINUTES = 8 * 60


@dataclass
class PanelSeat:
    """One interviewer on the panel, in a role from ``scales.PANEL_ROLES``."""

    interviewer_id: int
    role: str = "member"


@dataclass
class InterviewDraft:
    """An interview as planned in the dialog; ``id`` is ``None`` for a new one."""

    candidate_id: int | None = None
    vacancy_id: int | None = None
    scheduled_at: datetime | None = None
    planned_minutes: int = 60
    location: str = ""
    panel: list[PanelSeat] = field(default_factory=list)
    id: int | None = None
    #: The earlier interview of the same application this one is the next round of.
    follows_interview_id: int | None = None
    #: The stored version this draft was read at (0: not tracked, last save wins).
    version: int = 0


def get_interview(db: Database, interview_id: int) -> Interview:
    """The interview with ``interview_id``; ``LookupError`` if there is none."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        return interview


def load_interview_draft(db: Database, interview_id: int) -> InterviewDraft:
    """The interview with ``interview_id`` and its panel, as a draft."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        application = session.get(Application, interview.application_id)
        assert application is not None
        seats = session.exec(
            select(PanelMember)
            .where(PanelMember.interview_id == interview_id)
            .order_by(col(PanelMember.position), col(PanelMember.id))
        ).all()
        return InterviewDraft(
            id=interview.id,
            candidate_id=application.candidate_id,
            vacancy_id=application.vacancy_id,
            scheduled_at=interview.scheduled_at,
            planned_minutes=interview.planned_minutes,
            location=interview.location,
            panel=[PanelSeat(s.interviewer_id, s.role) for s in seats],
            follows_interview_id=interview.follows_interview_id,
            version=interview.version,
        )


def validate_interview(draft: InterviewDraft) -> None:
    """Raise :class:`ValidationError` for the first thing that stops ``draft`` saving."""
    if draft.candidate_id is None:
        raise ValidationError("Choose the candidate.", "candidate_id")
    if draft.vacancy_id is None:
        raise ValidationError("Choose the vacancy.", "vacancy_id")
    check_length(draft.location, LOCATION_MAX, "The interview's location", "location")
    if draft.scheduled_at is not None and draft.scheduled_at.tzinfo is None:
        raise ValidationError("The interview time has no time zone.", "scheduled_at")
    if not 1 <= draft.planned_minutes <= MAX_MINUTES:
        raise ValidationError(
            f"Plan between 1 and {MAX_MINUTES} minutes for the interview.", "planned_minutes"
        )
    if not draft.panel:
        raise ValidationError("The panel needs at least one interviewer.", "panel")
    people = [seat.interviewer_id for seat in draft.panel]
    if len(set(people)) != len(people):
        raise ValidationError("An interviewer sits on the panel twice.", "panel")
    for seat in draft.panel:
        if seat.role not in PANEL_ROLES:
            raise ValidationError(f"Unknown panel role {seat.role!r}.", "panel")
    if sum(seat.role == CHAIR for seat in draft.panel) > 1:
        raise ValidationError("The panel can have only one chair.", "panel")


def save_interview(db: Database, draft: InterviewDraft) -> int:
    """Write ``draft`` in one transaction and return the interview's id.

    The candidate and vacancy of an interview that has started cannot change: its
    notes and assessments are about that candidate and those competencies.

    A draft read at a ``version`` that is no longer stored (someone else saved the
    interview meanwhile — its plan, its panel, or its notes during the interview) is
    not written: :class:`ChangedMeanwhile`; one deleted meanwhile is
    :class:`DeletedMeanwhile`.
    """
    validate_interview(draft)
    return guarded_save(db, Interview, draft.id, draft.version,
                        lambda: _save_interview(db, draft))


def _save_interview(db: Database, draft: InterviewDraft) -> int:
    assert draft.candidate_id is not None and draft.vacancy_id is not None
    with db.session() as session:
        application = _application(session, draft.candidate_id, draft.vacancy_id)
        if draft.id is None:
            interview = Interview(application_id=application.id or 0)
        else:
            found = session.get(Interview, draft.id)
            if found is None:
                raise DeletedMeanwhile("This interview was deleted meanwhile.", "id")
            check_version(session, found, draft.version)
            interview = found
            if interview.application_id != application.id and interview.started_at is not None:
                raise ValidationError(
                    "This interview has started: its candidate and vacancy cannot change.",
                    "candidate_id",
                )
        check_follows(session, draft.id, application.id or 0, draft.follows_interview_id)
        if interview.id is not None and interview.application_id != application.id:
            unlink_followers(session, interview.id)
        interview.application_id = application.id or 0
        interview.follows_interview_id = draft.follows_interview_id
        interview.scheduled_at = (
            draft.scheduled_at.astimezone(UTC) if draft.scheduled_at is not None else None
        )
        interview.planned_minutes = draft.planned_minutes
        interview.location = draft.location.strip()
        if interview.id is not None:
            # Always written, so the version moves on even when only the panel (its
            # own rows) changed: an editor opened before cannot save over it unseen.
            flag_modified(interview, "location")
        session.add(interview)
        session.flush()
        assert interview.id is not None
        _save_panel(session, interview.id, draft.panel)
        if application.status == "applied":
            application.status = "invited"
            session.add(application)
        interview_id, version = interview.id, interview.version
    if draft.version:
        draft.version = version  # the draft is what is stored now: save it again freely
    return interview_id


def _application(session: Session, candidate_id: int, vacancy_id: int) -> Application:
    """The candidate's application to the vacancy, created if missing."""
    if session.get(Candidate, candidate_id) is None:
        raise ValidationError("The candidate was deleted meanwhile.", "candidate_id")
    if session.get(Vacancy, vacancy_id) is None:
        raise ValidationError("The vacancy was deleted meanwhile.", "vacancy_id")
    application = session.exec(
        select(Application).where(
            Application.candidate_id == candidate_id, Application.vacancy_id == vacancy_id
        )
    ).first()
    if application is None:
        application = Application(candidate_id=candidate_id, vacancy_id=vacancy_id)
        session.add(application)
        session.flush()
    return application


def _save_panel(session: Session, interview_id: int, seats: list[PanelSeat]) -> None:
    existing = {
        m.interviewer_id: m
        for m in session.exec(
            select(PanelMember).where(PanelMember.interview_id == interview_id)
        ).all()
    }
    wanted = {seat.interviewer_id for seat in seats}
    for interviewer_id, member in existing.items():
        if interviewer_id not in wanted:
            session.delete(member)
    session.flush()
    try:
        for position, seat in enumerate(seats):
            if session.get(Interviewer, seat.interviewer_id) is None:
                raise ValidationError("An interviewer on the panel was deleted meanwhile.",
                                      "panel")
            seated = existing.get(seat.interviewer_id) or PanelMember(
                interview_id=interview_id, interviewer_id=seat.interviewer_id)
            seated.role = seat.role
            seated.position = position
            session.add(seated)
        session.flush()
    except DBAPIError as error:
        # A team server fixes a panel once a form is in (store/team.py): say so.
        from interviewdesk.store.team import server_refusal

        refusal = server_refusal(error)
        if refusal is None:
            raise
        raise ValidationError(refusal, "panel") from None


def assessed_panel_members(db: Database, interview_id: int) -> set[int]:
    """The interviewer ids on the panel who have an assessment form for the interview:
    taking them off the panel deletes their form."""
    with db.session() as session:
        rows = session.exec(
            select(PanelMember.interviewer_id)
            .join(Assessment, col(Assessment.panel_member_id) == col(PanelMember.id))
            .where(PanelMember.interview_id == interview_id)
        ).all()
        return {int(i) for i in rows}


def delete_interview(db: Database, interview_id: int) -> None:
    """Delete the interview with its panel, notes and assessments; the application,
    candidate and vacancy stay."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        session.delete(interview)
