"""Who is due for deletion, with the consents and settings that decide it."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.domain.retention import Consent, RetentionPolicy
from interviewdesk.store.candidates import (
    ApplicationDraft,
    CandidateDraft,
    load_candidate_draft,
    save_candidate,
)
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import upgrade
from interviewdesk.store.models import Vacancy
from interviewdesk.store.retention import (
    consents_of,
    due_for_deletion,
    policy_from_settings,
    retention_of,
    retention_overview,
)
from interviewdesk.store.startup import open_store
from interviewdesk.store.validation import ValidationError

TODAY = date(2026, 12, 3)


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def add_vacancy(db: Database, title: str, end: date | None) -> int:
    with db.session() as session:
        vacancy = Vacancy(title=title, procedure_end=end)
        session.add(vacancy)
        session.flush()
        assert vacancy.id is not None
        return vacancy.id


def add_candidate(db: Database, name: str, vacancy_id: int, status: str = "rejected",
                  consent: Consent | None = None) -> int:
    draft = CandidateDraft(name=name, applications=[ApplicationDraft(vacancy_id, status)],
                           retention_consent=consent is not None,
                           consents={"retention": consent} if consent else {})
    return save_candidate(db, draft)


def test_due_lists_overdue_and_soon_with_their_reasons(db: Database) -> None:
    ended = add_vacancy(db, "Monteur", date(2026, 10, 1))
    ending = add_vacancy(db, "Planner", date(2026, 11, 8))
    running = add_vacancy(db, "Adviseur", None)
    overdue = add_candidate(db, "Bram", ended)
    soon = add_candidate(db, "Anouk", ending)
    consent = Consent("retention", date(2026, 10, 2), "Eva", "email")
    kept = add_candidate(db, "Chris", ended, consent=consent)
    add_candidate(db, "Daan", running)
    hired = add_candidate(db, "Fleur", ended, status="hired")

    due = due_for_deletion(db, today=TODAY)

    assert [(item.candidate_id, item.state) for item in due] == [
        (overdue, "overdue"), (soon, "soon")]
    assert due[0].keep.date == date(2026, 10, 29)
    assert due[0].keep.procedure_end == date(2026, 10, 1)
    assert due[0].vacancies == ("Monteur",)
    assert retention_of(db, kept, today=TODAY).keep.date == date(2027, 10, 1)
    assert retention_of(db, kept, today=TODAY).consent == consent
    assert retention_of(db, hired, today=TODAY).keep.reason == "hired"
    assert len(retention_overview(db, today=TODAY)) == 5
    # The pre-selection in SQL leaves out nobody the rule itself would list.
    assert due == [i for i in retention_overview(db, today=TODAY) if i.state != "kept"]


def test_a_candidate_without_application_runs_from_the_day_entered(db: Database) -> None:
    from datetime import UTC, datetime

    from interviewdesk.store.models import Candidate

    with db.session() as session:
        session.add(Candidate(name="Oud", created_at=datetime(2026, 10, 1, 12, tzinfo=UTC)))
        session.add(Candidate(name="Nieuw", created_at=datetime(2026, 12, 1, 12, tzinfo=UTC)))
    due = due_for_deletion(db, today=TODAY)
    assert [(item.name, item.keep.date, item.vacancies) for item in due] == [
        ("Oud", date(2026, 10, 29), ())]


def test_the_latest_application_decides(db: Database) -> None:
    ended = add_vacancy(db, "Monteur", date(2026, 10, 1))
    running = add_vacancy(db, "Adviseur", None)
    draft = CandidateDraft(name="Bram", applications=[ApplicationDraft(ended, "rejected"),
                                                      ApplicationDraft(running)])
    save_candidate(db, draft)
    assert due_for_deletion(db, today=TODAY) == []


def test_a_shorter_period_from_the_settings(db: Database, data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text(
        "[retention]\nweeks_without_consent=1\nmonths_with_consent=abc\n", encoding="utf-8")
    policy = policy_from_settings(data_dir)
    assert policy == RetentionPolicy(weeks_without_consent=1, months_with_consent=12)
    ending = add_vacancy(db, "Planner", date(2026, 11, 25))
    add_candidate(db, "Anouk", ending)
    assert [item.state for item in due_for_deletion(db, policy, today=TODAY)] == ["overdue"]


def test_settings_out_of_range_fall_back_to_the_nvp_values(data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[retention]\nweeks_without_consent=-3\n")
    assert policy_from_settings(data_dir) == RetentionPolicy()
    (data_dir / "settings.ini").write_bytes(b"\xff\xfe garbage [[[")
    assert policy_from_settings(data_dir) == RetentionPolicy()


def test_consents_are_stored_with_who_and_how(db: Database) -> None:
    vacancy = add_vacancy(db, "Monteur", date(2026, 10, 1))
    reference = Consent("reference", date(2026, 11, 1), "Eva", "verbal", "Current manager")
    draft = CandidateDraft(name="Bram", applications=[ApplicationDraft(vacancy)],
                           retention_consent=True,
                           consents={"reference": reference})
    candidate_id = save_candidate(db, draft)
    stored = consents_of(db, candidate_id)
    assert stored["reference"] == reference
    assert stored["retention"].given_on == date.today()

    loaded = load_candidate_draft(db, candidate_id)
    loaded.retention_consent = False
    save_candidate(db, loaded)
    assert set(consents_of(db, candidate_id)) == {"reference"}


@pytest.mark.parametrize("consent", [
    Consent("retention", date(2026, 1, 1), "Eva", "telepathy"),
    Consent("retention", date(2999, 1, 1), "Eva", "email"),
    Consent("reference", date(2026, 1, 1), "Eva", "email"),  # under the wrong key
])
def test_a_wrong_consent_is_refused(db: Database, consent: Consent) -> None:
    draft = CandidateDraft(name="Bram", retention_consent=True, consents={"retention": consent})
    with pytest.raises(ValidationError):
        save_candidate(db, draft)


def test_consent_recorded_before_0005_becomes_a_consent_record(
        tmp_path: Path, database_at: Any) -> None:
    database = database_at(tmp_path / "db.sqlite3", "0002")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO candidate (id, name, email, phone, city, notes, cv_text, letter_text, "
            "retention_consent, consent_recorded_at, created_at, updated_at) VALUES "
            "(1, 'Sanne', '', '', '', '', 'CV', '', 1, '2026-03-04 10:00:00', "
            "'2026-03-01 09:00:00', '2026-03-04 10:00:00'), "
            "(2, 'Bram', '', '', '', '', '', '', 0, NULL, "
            "'2026-03-01 09:00:00', '2026-03-01 09:00:00')")
    upgrade(database.engine)
    assert consents_of(database, 1) == {
        "retention": Consent("retention", date(2026, 3, 4), "", "", "")}
    assert consents_of(database, 2) == {}
    assert load_candidate_draft(database, 1).cv_text == "CV"


def test_the_example_records_consent_for_the_reference_it_asks(db: Database) -> None:
    from interviewdesk.example import panel_texts as example_panel_texts
    from interviewdesk.example.database import load_example

    ids = load_example(db)
    decided = example_panel_texts.PAST_INTERVIEWS[0]
    assert "referentie" in decided.decision.next_steps
    danielle = ids.candidate_ids[2]
    [reference] = consents_of(db, danielle).values()
    assert (reference.purpose, reference.method, reference.recorded_by) == (
        "reference", "verbal", "Inge Meijer")
    assert "Hollander Techniek" in reference.note
    assert reference.given_on < date.today()
