"""Creating, editing and deleting candidates, their applications and original files.

A candidate is edited as one :class:`CandidateDraft`. Files imported for the CV or
the motivation letter travel with the draft as :class:`DocumentFile` and are stored
as :class:`CandidateDocument` rows on save, replacing the earlier original of the
same kind: an outdated CV is personal data nobody needs any more.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select as select_columns
from sqlmodel import Session, col, delete, func, select

from interviewdesk.domain.field_limits import LINE_MAX, LOCATION_MAX, NAME_MAX
from interviewdesk.domain.letters import ADDRESS_FORMS, DEFAULT_ADDRESS_FORM
from interviewdesk.domain.retention import CONSENT_METHODS, CONSENT_PURPOSES, Consent
from interviewdesk.domain.scales import APPLICATION_STATUSES
from interviewdesk.store.database import Database
from interviewdesk.store.edit_conflicts import DeletedMeanwhile, check_version, guarded_save
from interviewdesk.store.models import (
    Application,
    Candidate,
    CandidateDocument,
    Vacancy,
    utc_now,
)
from interviewdesk.store.models import Consent as ConsentRow
from interviewdesk.store.typed_sql import key, nullable
from interviewdesk.store.validation import ValidationError, check_length

DOCUMENT_KINDS = ("cv", "letter")


@dataclass(frozen=True)
class DocumentFile:
    """An original file to keep with the candidate (kind ``"cv"`` or ``"letter"``)."""

    kind: str
    filename: str
    content: bytes
    media_type: str = ""


@dataclass
class ApplicationDraft:
    """The candidate's application to one vacancy; ``id`` is ``None`` if it is new."""

    vacancy_id: int
    status: str = "applied"
    id: int | None = None


@dataclass
class CandidateDraft:
    """A candidate as edited, with the applications shown beside them."""

    name: str = ""
    email: str = ""
    phone: str = ""
    city: str = ""
    notes: str = ""
    cv_text: str = ""
    letter_text: str = ""
    retention_consent: bool = False
    consent_recorded_at: datetime | None = None
    #: Consents by purpose ("retention", "reference"): when, who recorded it, how.
    #: ``retention_consent`` decides whether the retention one is kept.
    consents: dict[str, Consent] = field(default_factory=dict)
    applications: list[ApplicationDraft] = field(default_factory=list)
    new_documents: list[DocumentFile] = field(default_factory=list)
    id: int | None = None
    #: How Dutch letters address them: "u" or "je" (domain.letters.ADDRESS_FORMS).
    address_form: str = DEFAULT_ADDRESS_FORM
    #: The stored version this draft was read at (0: new, or not tracked): saving over
    #: someone else's later save is refused (``store.edit_conflicts``).
    version: int = 0


@dataclass(frozen=True)
class ApplicationInfo:
    """One application as a list shows it."""

    id: int
    vacancy_id: int
    vacancy_title: str
    status: str
    created_at: datetime


@dataclass(frozen=True)
class DocumentInfo:
    """A stored original file, without its bytes."""

    id: int
    kind: str
    filename: str
    media_type: str
    size: int
    added_at: datetime


def get_candidate(db: Database, candidate_id: int) -> Candidate:
    """The candidate with ``candidate_id``; ``LookupError`` if there is none."""
    with db.session() as session:
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise LookupError(f"There is no candidate {candidate_id}.")
        return candidate


def candidate_choices(db: Database) -> list[tuple[int, str]]:
    """``(id, name)`` of every candidate, by name, for pick lists."""
    with db.session() as session:
        rows = session.exec(select(Candidate.id, Candidate.name).order_by(Candidate.name)).all()
        return [(int(cid), name) for cid, name in rows if cid is not None]


def load_candidate_draft(db: Database, candidate_id: int) -> CandidateDraft:
    """The candidate with ``candidate_id`` and their applications, as a draft."""
    candidate = get_candidate(db, candidate_id)
    return CandidateDraft(
        id=candidate.id,
        version=candidate.version,
        name=candidate.name,
        email=candidate.email,
        phone=candidate.phone,
        city=candidate.city,
        notes=candidate.notes,
        cv_text=candidate.cv_text,
        letter_text=candidate.letter_text,
        retention_consent=candidate.retention_consent,
        consent_recorded_at=candidate.consent_recorded_at,
        consents=_consents(db, candidate_id),
        address_form=candidate.address_form,
        applications=[
            ApplicationDraft(id=a.id, vacancy_id=a.vacancy_id, status=a.status)
            for a in applications_of(db, candidate_id)
        ],
    )


def validate_candidate(draft: CandidateDraft) -> None:
    """Raise :class:`ValidationError` for the first thing that stops ``draft`` saving."""
    if not draft.name.strip():
        raise ValidationError("The candidate needs a name.", "name")
    check_length(draft.name, NAME_MAX, "The candidate's name", "name")
    check_length(draft.email, LINE_MAX, "The e-mail address", "email")
    check_length(draft.phone, LINE_MAX, "The phone number", "phone")
    check_length(draft.city, LOCATION_MAX, "The place of residence", "city")
    if draft.address_form not in ADDRESS_FORMS:
        raise ValidationError(f"Unknown form of address {draft.address_form!r}.",
                              "address_form")
    email = draft.email.strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"{email!r} is not an e-mail address.", "email")
    vacancies = [a.vacancy_id for a in draft.applications]
    if len(set(vacancies)) != len(vacancies):
        raise ValidationError("The candidate applied to the same vacancy twice.", "applications")
    for application in draft.applications:
        if application.status not in APPLICATION_STATUSES:
            raise ValidationError(f"Unknown status {application.status!r}.", "applications")
    for document in draft.new_documents:
        if document.kind not in DOCUMENT_KINDS:
            raise ValidationError(f"Unknown document kind {document.kind!r}.", "documents")
    for purpose, consent in draft.consents.items():
        if purpose not in CONSENT_PURPOSES or consent.purpose != purpose:
            raise ValidationError(f"Unknown consent {purpose!r}.", "consent")
        if consent.method and consent.method not in CONSENT_METHODS:
            raise ValidationError(f"Unknown way of giving consent {consent.method!r}.",
                                  "consent")
        if consent.given_on > date.today():
            raise ValidationError("A consent cannot be given in the future.", "consent")


def save_candidate(db: Database, draft: CandidateDraft, vacancy_id: int | None = None) -> int:
    """Write ``draft`` in one transaction and return the candidate's id.

    With ``vacancy_id`` the candidate also applies to that vacancy (if not already).
    Consent is time-stamped when it is first recorded and cleared when withdrawn.
    Applications missing from the draft are kept (withdraw them by status instead):
    deleting one would delete its interviews.

    A draft read at a ``version`` that is no longer stored (someone else saved the
    candidate meanwhile) is not written: :class:`ChangedMeanwhile`; a candidate
    deleted meanwhile is :class:`DeletedMeanwhile`.
    """
    validate_candidate(draft)
    return guarded_save(db, Candidate, draft.id, draft.version,
                        lambda: _save_candidate(db, draft, vacancy_id))


def _save_candidate(db: Database, draft: CandidateDraft, vacancy_id: int | None) -> int:
    applications = list(draft.applications)
    if vacancy_id is not None and all(a.vacancy_id != vacancy_id for a in applications):
        applications.append(ApplicationDraft(vacancy_id=vacancy_id))
    with db.session() as session:
        if draft.id is None:
            candidate = Candidate(name="")
        else:
            found = session.get(Candidate, draft.id)
            if found is None:
                raise DeletedMeanwhile("This candidate was deleted meanwhile.", "id")
            check_version(session, found, draft.version)
            candidate = found
        candidate.name = draft.name.strip()
        candidate.email = draft.email.strip()
        candidate.phone = draft.phone.strip()
        candidate.city = draft.city.strip()
        candidate.address_form = draft.address_form
        candidate.notes = draft.notes
        candidate.cv_text = draft.cv_text
        candidate.letter_text = draft.letter_text
        if draft.retention_consent and not candidate.retention_consent:
            candidate.consent_recorded_at = utc_now()
        elif not draft.retention_consent:
            candidate.consent_recorded_at = None
        candidate.retention_consent = draft.retention_consent
        candidate.updated_at = utc_now()
        session.add(candidate)
        session.flush()
        candidate_id = candidate.id
        assert candidate_id is not None

        existing = {
            a.vacancy_id: a
            for a in session.exec(
                select(Application).where(Application.candidate_id == candidate_id)
            ).all()
        }
        for wanted in applications:
            row = existing.get(wanted.vacancy_id)
            if row is None:
                if session.get(Vacancy, wanted.vacancy_id) is None:
                    raise ValidationError("The vacancy was deleted meanwhile.", "applications")
                row = Application(candidate_id=candidate_id, vacancy_id=wanted.vacancy_id)
            row.status = wanted.status
            session.add(row)

        for document in draft.new_documents:
            replace_original(session, candidate_id, document)
        _store_consents(session, candidate_id, draft)
        session.flush()  # applications and consents move the candidate's version too
        version = candidate.version
    if draft.version:
        draft.version = version  # the draft is what is stored now: save it again freely
    return candidate_id


def _store_consents(session: Session, candidate_id: int, draft: CandidateDraft) -> None:
    """Make the consent rows what the draft says: the retention consent follows
    ``retention_consent`` (dated today when no details were given)."""
    wanted = dict(draft.consents)
    if not draft.retention_consent:
        wanted.pop("retention", None)
    elif "retention" not in wanted:
        wanted["retention"] = Consent(purpose="retention", given_on=date.today())
    existing = {row.purpose: row for row in session.exec(
        select(ConsentRow).where(ConsentRow.candidate_id == candidate_id)).all()}
    for purpose, row in existing.items():
        if purpose not in wanted:
            session.delete(row)
    for purpose, consent in wanted.items():
        row = existing.get(purpose) or ConsentRow(candidate_id=candidate_id, purpose=purpose,
                                                   given_on=consent.given_on)
        changed = (row.given_on, row.recorded_by, row.method, row.note) != (
            consent.given_on, consent.recorded_by.strip(), consent.method, consent.note.strip())
        if changed or row.id is None:
            row.given_on = consent.given_on
            row.recorded_by = consent.recorded_by.strip()
            row.method = consent.method
            row.note = consent.note.strip()
            row.recorded_at = utc_now()
            session.add(row)


def _consents(db: Database, candidate_id: int) -> dict[str, Consent]:
    with db.session() as session:
        rows = session.exec(select(ConsentRow).where(ConsentRow.candidate_id == candidate_id))
        return {row.purpose: Consent(purpose=row.purpose, given_on=row.given_on,
                                     recorded_by=row.recorded_by, method=row.method,
                                     note=row.note) for row in rows}


def replace_original(session: Session, candidate_id: int, document: DocumentFile) -> None:
    """Keep ``document`` as the candidate's original of its kind, in place of any
    earlier one (one CV and one letter per candidate)."""
    session.exec(
        delete(CandidateDocument).where(
            col(CandidateDocument.candidate_id) == candidate_id,
            col(CandidateDocument.kind) == document.kind,
        )
    )
    session.add(
        CandidateDocument(
            candidate_id=candidate_id,
            kind=document.kind,
            filename=document.filename,
            media_type=document.media_type,
            content=document.content,
        )
    )


def delete_candidate(db: Database, candidate_id: int) -> None:
    """Erase the candidate with everything about them: applications, interviews,
    notes, assessments and original files."""
    with db.session() as session:
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise LookupError(f"There is no candidate {candidate_id}.")
        session.delete(candidate)


def applications_of(db: Database, candidate_id: int) -> list[ApplicationInfo]:
    """The candidate's applications, oldest first."""
    with db.session() as session:
        rows = session.exec(
            select(Application, Vacancy.title)
            .join(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
            .where(Application.candidate_id == candidate_id)
            .order_by(col(Application.created_at), col(Application.id))
        ).all()
        return [
            ApplicationInfo(
                id=a.id or 0,
                vacancy_id=a.vacancy_id,
                vacancy_title=title,
                status=a.status,
                created_at=a.created_at,
            )
            for a, title in rows
        ]


def set_application_status(db: Database, application_id: int, status: str) -> None:
    """Move an application to ``status`` (one of ``scales.APPLICATION_STATUSES``)."""
    if status not in APPLICATION_STATUSES:
        raise ValidationError(f"Unknown status {status!r}.", "status")
    with db.session() as session:
        application = session.get(Application, application_id)
        if application is None:
            raise LookupError(f"There is no application {application_id}.")
        application.status = status
        session.add(application)


def documents_of(db: Database, candidate_id: int) -> list[DocumentInfo]:
    """The candidate's stored original files, without loading their bytes."""
    with db.session() as session:
        rows = session.connection().execute(
            select_columns(
                key(CandidateDocument.id),
                col(CandidateDocument.kind),
                col(CandidateDocument.filename),
                col(CandidateDocument.media_type),
                nullable(func.length(col(CandidateDocument.content)), int),
                col(CandidateDocument.added_at),
            ).where(col(CandidateDocument.candidate_id) == candidate_id)
        ).all()
        return [DocumentInfo(i, k, f, m, s or 0, at) for i, k, f, m, s, at in rows]


def document_content(db: Database, document_id: int) -> bytes:
    """The bytes of one stored original file."""
    with db.session() as session:
        document = session.get(CandidateDocument, document_id)
        if document is None:
            raise LookupError(f"There is no document {document_id}.")
        return document.content
