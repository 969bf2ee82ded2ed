"""Names, titles and places have a length limit in the store, with a clear message;
notes and texts have none."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk.domain.field_limits import LOCATION_MAX, NAME_MAX, TITLE_MAX
from interviewdesk.store.candidates import CandidateDraft, save_candidate, validate_candidate
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import InterviewerDraft, save_interviewer
from interviewdesk.store.interviews import InterviewDraft, validate_interview
from interviewdesk.store.startup import open_store
from interviewdesk.store.vacancies import VacancyDraft, validate_vacancy
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """A new, empty store."""
    database = open_store(data_dir)
    yield database
    database.close()


def test_the_limits_are_the_agreed_ones() -> None:
    assert (NAME_MAX, TITLE_MAX, LOCATION_MAX) == (200, 300, 300)


def test_a_candidate_name_of_201_characters_is_refused(db: Database) -> None:
    validate_candidate(CandidateDraft(name="a" * NAME_MAX))
    with pytest.raises(ValidationError) as caught:
        save_candidate(db, CandidateDraft(name="a" * (NAME_MAX + 1)))
    assert caught.value.field == "name"
    assert str(caught.value) == "The candidate's name can be at most 200 characters long."


def test_notes_have_no_limit() -> None:
    validate_candidate(CandidateDraft(name="Sanne", notes="x" * 100_000))


def test_interviewer_name_and_job_title_are_limited(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        save_interviewer(db, InterviewerDraft(name="Anna", job_title="t" * (TITLE_MAX + 1)))
    assert caught.value.field == "job_title"
    with pytest.raises(ValidationError, match="interviewer's name"):
        save_interviewer(db, InterviewerDraft(name="n" * (NAME_MAX + 1)))


def test_vacancy_title_and_location_are_limited() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_vacancy(VacancyDraft(title="t" * (TITLE_MAX + 1)))
    assert caught.value.field == "title"
    with pytest.raises(ValidationError) as caught:
        validate_vacancy(VacancyDraft(title="Monteur", location="l" * (LOCATION_MAX + 1)))
    assert caught.value.field == "location"


def test_interview_location_is_limited() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_interview(InterviewDraft(candidate_id=1, vacancy_id=1,
                                          location="l" * (LOCATION_MAX + 1)))
    assert caught.value.field == "location"
