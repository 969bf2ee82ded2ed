"""The firm's interviewers: listing, editing, and deleting those on no panel.

An interviewer who sits on a panel is not deleted: that would silently delete their
panel seats and assessment forms. :func:`delete_interviewer` refuses with
:class:`InterviewerOnPanel`, which names the interviews so the user can act.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from interviewdesk.domain.field_limits import LINE_MAX, NAME_MAX, TITLE_MAX
from interviewdesk.store.database import Database, stored_id
from interviewdesk.store.edit_conflicts import DeletedMeanwhile, check_version, guarded_save
from interviewdesk.store.models import (
    Application,
    Candidate,
    Interview,
    Interviewer,
    PanelMember,
    Vacancy,
)
from interviewdesk.store.validation import ValidationError, check_length


@dataclass
class InterviewerDraft:
    """An interviewer as edited; ``id`` is ``None`` for a new one."""

    name: str = ""
    email: str = ""
    job_title: str = ""
    id: int | None = None
    #: The stored version this draft was read at (0: not tracked, last save wins).
    version: int = 0


@dataclass(frozen=True)
class PanelSeatInfo:
    """An interview on which an interviewer sits, described for a message."""

    interview_id: int
    candidate_name: str
    vacancy_title: str
    scheduled_at: datetime | None


class InterviewerOnPanel(ValidationError):
    """The interviewer sits on panels and cannot be deleted; ``seats`` lists them."""

    def __init__(self, name: str, seats: list[PanelSeatInfo]) -> None:
        super().__init__(
            f"{name} sits on the panel of {len(seats)} interview(s) and cannot be deleted.",
            "id",
        )
        self.name = name
        self.seats = seats


def list_interviewers(db: Database) -> list[Interviewer]:
    """Every interviewer, by name."""
    with db.session() as session:
        return list(session.exec(select(Interviewer).order_by(Interviewer.name)).all())


def get_interviewer(db: Database, interviewer_id: int) -> Interviewer:
    """The interviewer with ``interviewer_id``; ``LookupError`` if there is none."""
    with db.session() as session:
        interviewer = session.get(Interviewer, interviewer_id)
        if interviewer is None:
            raise LookupError(f"There is no interviewer {interviewer_id}.")
        return interviewer


def load_interviewer_draft(db: Database, interviewer_id: int) -> InterviewerDraft:
    """The interviewer as a draft to edit."""
    found = get_interviewer(db, interviewer_id)
    return InterviewerDraft(
        id=found.id, name=found.name, email=found.email, job_title=found.job_title,
        version=found.version,
    )


def save_interviewer(db: Database, draft: InterviewerDraft) -> int:
    """Write ``draft`` and return the interviewer's id.

    A draft read at a ``version`` that is no longer stored (someone else saved the
    interviewer meanwhile) is not written: :class:`ChangedMeanwhile`; an interviewer
    deleted meanwhile is :class:`DeletedMeanwhile`."""
    if not draft.name.strip():
        raise ValidationError("The interviewer needs a name.", "name")
    check_length(draft.name, NAME_MAX, "The interviewer's name", "name")
    check_length(draft.job_title, TITLE_MAX, "The job title", "job_title")
    check_length(draft.email, LINE_MAX, "The e-mail address", "email")
    email = draft.email.strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"{email!r} is not an e-mail address.", "email")
    return guarded_save(db, Interviewer, draft.id, draft.version,
                        lambda: _save_interviewer(db, draft, email))


def _save_interviewer(db: Database, draft: InterviewerDraft, email: str) -> int:
    with db.session() as session:
        if draft.id is None:
            row = Interviewer(name="")
        else:
            found = session.get(Interviewer, draft.id)
            if found is None:
                raise DeletedMeanwhile("This interviewer was deleted meanwhile.", "id")
            check_version(session, found, draft.version)
            row = found
        row.name = draft.name.strip()
        row.email = email
        row.job_title = draft.job_title.strip()
        session.add(row)
        session.flush()
        assert row.id is not None
        version = row.version
        interviewer_id = row.id
    if draft.version:
        draft.version = version  # the draft is what is stored now: save it again freely
    return interviewer_id


def panel_seats(db: Database, interviewer_id: int) -> list[PanelSeatInfo]:
    """The interviews on whose panel the interviewer sits, soonest first."""
    with db.session() as session:
        rows = session.exec(
            select(Interview.id, Candidate.name, Vacancy.title, Interview.scheduled_at)
            .join(PanelMember, col(PanelMember.interview_id) == col(Interview.id))
            .join(Application, col(Application.id) == col(Interview.application_id))
            .join(Candidate, col(Candidate.id) == col(Application.candidate_id))
            .join(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
            .where(PanelMember.interviewer_id == interviewer_id)
            .order_by(col(Interview.scheduled_at), col(Interview.id))
        ).all()
        return [PanelSeatInfo(stored_id(i), c, v, at) for i, c, v, at in rows]


def delete_interviewer(db: Database, interviewer_id: int) -> None:
    """Delete the interviewer, unless they sit on a panel (:class:`InterviewerOnPanel`)."""
    seats = panel_seats(db, interviewer_id)
    with db.session() as session:
        interviewer = session.get(Interviewer, interviewer_id)
        if interviewer is None:
            raise LookupError(f"There is no interviewer {interviewer_id}.")
        if seats:
            raise InterviewerOnPanel(interviewer.name, seats)
        session.delete(interviewer)
