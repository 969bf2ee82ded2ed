"""Storing and reading the reference checks of an application (see
``interviewdesk.domain.reference_checks``), and recording the candidate's consent for
references when it was not yet recorded.

Adding or changing a check is refused (:class:`NoReferenceConsent`) while the
candidate's consent for references is not recorded: the firm may not call a referee
without it. Removing a check is always possible. The checks go with the application
(``ON DELETE CASCADE``), so erasing the candidate erases them.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from interviewdesk.domain.reference_checks import CONSENT_PURPOSE, ReferenceDraft, problems
from interviewdesk.domain.retention import CONSENT_METHODS, Consent
from interviewdesk.store.assessments._reading import as_utc
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Interviewer, ReferenceCheck, utc_now
from interviewdesk.store.models import Consent as ConsentRow
from interviewdesk.store.validation import ValidationError


class NoReferenceConsent(ValidationError):
    """The candidate's consent for references is not recorded."""

    def __init__(self) -> None:
        super().__init__("The candidate's consent for references is not recorded.", "consent")


@dataclass(frozen=True)
class Reference:
    """A stored reference check, as the dialog and the documents show it."""

    id: int
    application_id: int
    referee_name: str
    relation: str
    organisation: str
    phone: str
    email: str
    called_on: date
    interviewer_id: int | None
    called_by: str
    asked: str
    said: str
    recorded_at: datetime


def _reference(row: ReferenceCheck) -> Reference:
    return Reference(
        id=int(row.id or 0), application_id=row.application_id,
        referee_name=row.referee_name, relation=row.relation,
        organisation=row.organisation, phone=row.phone, email=row.email,
        called_on=row.called_on, interviewer_id=row.interviewer_id,
        called_by=row.called_by, asked=row.asked, said=row.said,
        recorded_at=as_utc(row.recorded_at))


def _candidate_of(session: Session, application_id: int) -> int:
    application = session.get(Application, application_id)
    if application is None:
        raise LookupError(f"There is no application {application_id}.")
    return application.candidate_id


def _consented(session: Session, candidate_id: int) -> bool:
    return session.exec(select(ConsentRow.id).where(
        ConsentRow.candidate_id == candidate_id,
        ConsentRow.purpose == CONSENT_PURPOSE)).first() is not None


def reference_consent(db: Database, application_id: int) -> bool:
    """Whether the candidate of ``application_id`` consented to references (recorded);
    ``LookupError`` if the application is gone."""
    with db.session() as session:
        return _consented(session, _candidate_of(session, application_id))


def record_reference_consent(db: Database, application_id: int, consent: Consent) -> None:
    """Record (or correct) the candidate's consent for references: when, by whom, how
    and whom to ask. ``ValidationError`` for an incomplete or future consent,
    ``LookupError`` if the application is gone."""
    if consent.purpose != CONSENT_PURPOSE:
        raise ValidationError(f"{consent.purpose!r} is not the consent for references.",
                              "purpose")
    if consent.given_on > date.today():
        raise ValidationError("A consent cannot be given in the future.", "given_on")
    if consent.method not in CONSENT_METHODS:
        raise ValidationError("Say how the consent was given.", "method")
    if not consent.recorded_by.strip():
        raise ValidationError("Say who recorded the consent.", "recorded_by")
    with db.session() as session:
        candidate_id = _candidate_of(session, application_id)
        row = session.exec(select(ConsentRow).where(
            ConsentRow.candidate_id == candidate_id,
            ConsentRow.purpose == CONSENT_PURPOSE)).first() or ConsentRow(
            candidate_id=candidate_id, purpose=CONSENT_PURPOSE, given_on=consent.given_on)
        row.given_on = consent.given_on
        row.recorded_by = consent.recorded_by.strip()
        row.method = consent.method
        row.note = consent.note.strip()
        row.recorded_at = utc_now()
        session.add(row)


def _check(draft: ReferenceDraft, today: date | None) -> None:
    found = problems(draft, today or date.today())
    if found:
        field, message = found[0]
        raise ValidationError(message, field)


def _fill(session: Session, row: ReferenceCheck, draft: ReferenceDraft) -> None:
    interviewer = session.get(Interviewer, draft.interviewer_id or 0)
    if interviewer is None:
        raise ValidationError("The interviewer who called was deleted meanwhile.",
                              "interviewer_id")
    row.referee_name = draft.referee_name.strip()
    row.relation = draft.relation.strip()
    row.organisation = draft.organisation.strip()
    row.phone = draft.phone.strip()
    row.email = draft.email.strip()
    row.called_on = draft.called_on
    row.interviewer_id = interviewer.id
    row.called_by = interviewer.name
    row.asked = draft.asked.strip()
    row.said = draft.said.strip()
    row.updated_at = utc_now()


def add_reference(db: Database, application_id: int, draft: ReferenceDraft,
                  today: date | None = None) -> Reference:
    """Store a new reference check for the application. Raises
    :class:`NoReferenceConsent` without the candidate's recorded consent,
    ``ValidationError`` for an incomplete draft, ``LookupError`` if the application
    is gone."""
    _check(draft, today)
    with db.session() as session:
        if not _consented(session, _candidate_of(session, application_id)):
            raise NoReferenceConsent()
        row = ReferenceCheck(application_id=application_id, referee_name="",
                             called_on=draft.called_on)
        _fill(session, row, draft)
        session.add(row)
        session.flush()
        return _reference(row)


def update_reference(db: Database, reference_id: int, draft: ReferenceDraft,
                     today: date | None = None) -> Reference:
    """Change a stored reference check (a typo, what was said added later); refused
    like :func:`add_reference`; ``LookupError`` if the check is gone."""
    _check(draft, today)
    with db.session() as session:
        row = session.get(ReferenceCheck, reference_id)
        if row is None:
            raise LookupError(f"There is no reference check {reference_id}.")
        if not _consented(session, _candidate_of(session, row.application_id)):
            raise NoReferenceConsent()
        _fill(session, row, draft)
        session.add(row)
        session.flush()
        return _reference(row)


def delete_reference(db: Database, reference_id: int) -> None:
    """Remove a reference check (gone already: nothing to do)."""
    with db.session() as session:
        row = session.get(ReferenceCheck, reference_id)
        if row is not None:
            session.delete(row)


def references_of(db: Database, application_id: int) -> list[Reference]:
    """The application's reference checks, oldest call first."""
    with db.session() as session:
        rows = session.exec(
            select(ReferenceCheck).where(ReferenceCheck.application_id == application_id)
            .order_by(col(ReferenceCheck.called_on), col(ReferenceCheck.id))).all()
        return [_reference(row) for row in rows]


def references_of_candidate(db: Database, candidate_id: int) -> list[Reference]:
    """Every reference check about the candidate, over all their applications."""
    with db.session() as session:
        rows = session.exec(
            select(ReferenceCheck)
            .join(Application, col(Application.id) == col(ReferenceCheck.application_id))
            .where(Application.candidate_id == candidate_id)
            .order_by(col(ReferenceCheck.called_on), col(ReferenceCheck.id))).all()
        return [_reference(row) for row in rows]
