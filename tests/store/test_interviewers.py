"""Interviewers: editing, and refusing to delete one who sits on a panel."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from interviewdesk.store.candidates import CandidateDraft, save_candidate
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import (
    InterviewerDraft,
    InterviewerOnPanel,
    delete_interviewer,
    get_interviewer,
    list_interviewers,
    load_interviewer_draft,
    panel_seats,
    save_interviewer,
)
from interviewdesk.store.interviews import InterviewDraft, PanelSeat, save_interview
from interviewdesk.store.startup import open_store
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def test_save_list_and_edit(db: Database) -> None:
    piet = save_interviewer(db, InterviewerDraft(name=" Piet ", email="piet@firma.nl",
                                                 job_title="Teamleider"))
    save_interviewer(db, InterviewerDraft(name="Anna"))
    assert [i.name for i in list_interviewers(db)] == ["Anna", "Piet"]

    draft = load_interviewer_draft(db, piet)
    draft.job_title = "Hoofd service"
    assert save_interviewer(db, draft) == piet
    assert get_interviewer(db, piet).job_title == "Hoofd service"


@pytest.mark.parametrize(
    ("draft", "field"),
    [(InterviewerDraft(name=""), "name"), (InterviewerDraft(name="Piet", email="piet"), "email")],
)
def test_invalid_interviewer_is_refused(db: Database, draft: InterviewerDraft, field) -> None:
    with pytest.raises(ValidationError) as raised:
        save_interviewer(db, draft)
    assert raised.value.field == field


def test_delete_is_refused_while_on_a_panel(db: Database) -> None:
    piet = save_interviewer(db, InterviewerDraft(name="Piet"))
    anna = save_interviewer(db, InterviewerDraft(name="Anna"))
    vacancy = save_vacancy(db, VacancyDraft(title="Monteur"))
    sanne = save_candidate(db, CandidateDraft(name="Sanne"))
    when = datetime(2030, 1, 14, 9, 0, tzinfo=UTC)
    for _ in range(2):
        save_interview(db, InterviewDraft(candidate_id=sanne, vacancy_id=vacancy,
                                          scheduled_at=when, panel=[PanelSeat(piet, "chair")]))

    with pytest.raises(InterviewerOnPanel) as raised:
        delete_interviewer(db, piet)

    assert "2 interview(s)" in str(raised.value)
    assert [(s.candidate_name, s.vacancy_title, s.scheduled_at) for s in raised.value.seats] == [
        ("Sanne", "Monteur", when)] * 2
    assert len(panel_seats(db, piet)) == 2
    assert get_interviewer(db, piet).name == "Piet"

    delete_interviewer(db, anna)
    assert [i.name for i in list_interviewers(db)] == ["Piet"]
    with pytest.raises(LookupError):
        delete_interviewer(db, anna)
