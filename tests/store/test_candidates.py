"""Candidates, their applications and the original files of their CV and letter."""


import pytest
from sqlmodel import select

from interviewdesk.store.candidates import (
    ApplicationDraft,
    CandidateDraft,
    DocumentFile,
    applications_of,
    candidate_choices,
    delete_candidate,
    document_content,
    documents_of,
    get_candidate,
    load_candidate_draft,
    save_candidate,
    set_application_status,
)
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, CandidateDocument, Vacancy
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(store_db: Database) -> Database:
    """The store on SQLite and on a PostgreSQL server (``conftest.store_db``)."""
    return store_db


def add_vacancy(db: Database, title: str) -> int:
    with db.session() as session:
        vacancy = Vacancy(title=title)
        session.add(vacancy)
        session.flush()
        return vacancy.id


def test_new_candidate_applies_to_the_vacancy(db: Database) -> None:
    vacancy_id = add_vacancy(db, "Servicemonteur")
    draft = CandidateDraft(name=" Sanne de Vries ", email="sanne@example.nl", phone="06 1",
                           city="Utrecht", notes="Via a friend", cv_text="CV", letter_text="Brief")

    candidate_id = save_candidate(db, draft, vacancy_id=vacancy_id)

    candidate = get_candidate(db, candidate_id)
    assert (candidate.name, candidate.email, candidate.city) == (
        "Sanne de Vries", "sanne@example.nl", "Utrecht")
    assert (candidate.cv_text, candidate.letter_text, candidate.notes) == (
        "CV", "Brief", "Via a friend")
    [application] = applications_of(db, candidate_id)
    assert (application.vacancy_title, application.status) == ("Servicemonteur", "applied")
    assert candidate_choices(db) == [(candidate_id, "Sanne de Vries")]


def test_applications_are_edited_and_never_dropped(db: Database) -> None:
    first = add_vacancy(db, "Monteur")
    second = add_vacancy(db, "Planner")
    candidate_id = save_candidate(db, CandidateDraft(name="Sanne"), vacancy_id=first)

    draft = load_candidate_draft(db, candidate_id)
    draft.applications[0].status = "invited"
    draft.applications.append(ApplicationDraft(vacancy_id=second, status="applied"))
    save_candidate(db, draft, vacancy_id=first)  # already applied: not twice

    assert [(a.vacancy_title, a.status) for a in applications_of(db, candidate_id)] == [
        ("Monteur", "invited"), ("Planner", "applied")]

    draft = load_candidate_draft(db, candidate_id)
    draft.applications = []
    save_candidate(db, draft)
    assert len(applications_of(db, candidate_id)) == 2

    set_application_status(db, applications_of(db, candidate_id)[1].id, "withdrawn")
    assert applications_of(db, candidate_id)[1].status == "withdrawn"
    with pytest.raises(ValidationError):
        set_application_status(db, applications_of(db, candidate_id)[1].id, "ghosted")


def test_consent_is_time_stamped_once_and_cleared_when_withdrawn(db: Database) -> None:
    candidate_id = save_candidate(db, CandidateDraft(name="Sanne"))
    assert get_candidate(db, candidate_id).consent_recorded_at is None

    draft = load_candidate_draft(db, candidate_id)
    draft.retention_consent = True
    save_candidate(db, draft)
    stamped = get_candidate(db, candidate_id).consent_recorded_at
    assert stamped is not None and stamped.utcoffset() is not None

    draft = load_candidate_draft(db, candidate_id)
    draft.notes = "edited"
    save_candidate(db, draft)
    assert get_candidate(db, candidate_id).consent_recorded_at == stamped

    draft.retention_consent = False
    save_candidate(db, draft)
    candidate = get_candidate(db, candidate_id)
    assert (candidate.retention_consent, candidate.consent_recorded_at) == (False, None)


def test_imported_original_replaces_the_earlier_one_of_its_kind(db: Database) -> None:
    draft = CandidateDraft(
        name="Sanne",
        new_documents=[DocumentFile("cv", "cv-old.txt", b"old", "text/plain"),
                       DocumentFile("letter", "brief.txt", b"brief", "text/plain")],
    )
    candidate_id = save_candidate(db, draft)
    draft = load_candidate_draft(db, candidate_id)
    assert draft.new_documents == []
    draft.new_documents = [DocumentFile("cv", "cv-new.txt", b"new!", "text/plain")]
    save_candidate(db, draft)

    docs = {d.kind: d for d in documents_of(db, candidate_id)}
    assert (docs["cv"].filename, docs["cv"].size) == ("cv-new.txt", 4)
    assert docs["letter"].filename == "brief.txt"
    assert document_content(db, docs["cv"].id) == b"new!"


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (CandidateDraft(name=" "), "name"),
        (CandidateDraft(name="Sanne", email="sanne at home"), "email"),
        (CandidateDraft(name="Sanne", applications=[ApplicationDraft(1, "lost")]),
         "applications"),
        (CandidateDraft(name="Sanne", new_documents=[DocumentFile("photo", "a.jpg", b"x")]),
         "documents"),
    ],
)
def test_invalid_candidates_are_refused(db: Database, draft: CandidateDraft, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        save_candidate(db, draft)
    assert raised.value.field == field
    assert candidate_choices(db) == []


def test_delete_candidate_erases_applications_and_files(db: Database) -> None:
    vacancy_id = add_vacancy(db, "Monteur")
    candidate_id = save_candidate(
        db,
        CandidateDraft(name="Sanne", new_documents=[DocumentFile("cv", "cv.txt", b"cv")]),
        vacancy_id=vacancy_id,
    )
    delete_candidate(db, candidate_id)
    with db.session() as session:
        assert session.exec(select(Application)).all() == []
        assert session.exec(select(CandidateDocument)).all() == []
        assert session.get(Vacancy, vacancy_id) is not None
    with pytest.raises(LookupError):
        get_candidate(db, candidate_id)
