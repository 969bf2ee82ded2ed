"""The contact log: stored per application, checked before storing, gone with an
erasure, and what satisfies the home screen's follow-up."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from interviewdesk.domain.contact_log import ContactDraft, problems
from interviewdesk.store.assessments import DecisionDraft, follow_up, save_decision
from interviewdesk.store.contact_log import add_contact, contacts_of, delete_contact
from interviewdesk.store.database import Database
from interviewdesk.store.erasure import erase_candidate, what_would_go
from interviewdesk.store.validation import ValidationError
from tests.store.test_assessments import TODAY, make_interview


@pytest.fixture
def db(store_db: Database) -> Database:
    """The store on SQLite and on a PostgreSQL server (``conftest.store_db``)."""
    return store_db


def draft(day: date = TODAY, **changes: object) -> ContactDraft:
    values: dict[str, object] = {"contacted_on": day, "by": "Sanne", "channel": "phone",
                                 "summary": "Uitslag verteld."}
    values.update(changes)
    return ContactDraft(**values)  # type: ignore[arg-type]


def test_an_incomplete_contact_names_what_is_missing() -> None:
    fields = [field for field, _ in problems(
        draft(TODAY + timedelta(days=1), by=" ", channel="fax", summary="", rejection=True),
        TODAY)]
    assert fields == ["channel", "contacted_on", "by", "summary", "reasons"]
    assert [f for f, _ in problems(draft(reasons="Te weinig ervaring"), TODAY)] == ["reasons"]
    assert [f for f, _ in problems(draft(summary="x" * 5001), TODAY)] == ["summary"]
    assert problems(draft(rejection=True, reasons="Te weinig ervaring"), TODAY) == []


def test_contacts_are_stored_newest_first_and_refused_when_incomplete(db: Database) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    first = add_contact(db, panel.application, draft(TODAY - timedelta(days=2)), TODAY)
    second = add_contact(db, panel.application, draft(
        channel="letter", summary="Afwijzing verstuurd.", rejection=True,
        reasons="  Te weinig ervaring met storingen.  "), TODAY)
    assert [c.id for c in contacts_of(db, panel.application)] == [second.id, first.id]
    assert second.reasons == "Te weinig ervaring met storingen."

    with pytest.raises(ValidationError) as refused:
        add_contact(db, panel.application, draft(summary="  "), TODAY)
    assert refused.value.field == "summary"
    with pytest.raises(LookupError):
        add_contact(db, 99999, draft(), TODAY)
    assert len(contacts_of(db, panel.application)) == 2

    delete_contact(db, first.id)
    delete_contact(db, first.id)  # gone already: no error
    assert [c.id for c in contacts_of(db, panel.application)] == [second.id]


def test_a_logged_contact_satisfies_the_follow_up_without_a_status_change(
        db: Database) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    save_decision(db, panel.interview, DecisionDraft(
        "reject", "Te weinig ervaring.", feedback_date=TODAY - timedelta(days=1),
        override_reason="Geen formulieren"))
    assert [a.candidate_name for a in follow_up(db, TODAY).awaiting_feedback] == [
        "Daniëlle Kok"]

    # A contact from before the interview (the invitation) does not count.
    add_contact(db, panel.application, draft(TODAY - timedelta(days=10),
                                             summary="Uitgenodigd."), TODAY)
    assert len(follow_up(db, TODAY).awaiting_feedback) == 1

    add_contact(db, panel.application, draft(
        TODAY - timedelta(days=1), rejection=True, reasons="Te weinig ervaring."), TODAY)
    assert follow_up(db, TODAY).awaiting_feedback == ()


def test_erasure_counts_and_removes_the_contacts(db: Database, data_dir: Path) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    add_contact(db, panel.application, draft(), TODAY)
    with db.session() as session:
        from interviewdesk.store.models import Application
        application = session.get(Application, panel.application)
        assert application is not None
        candidate_id = application.candidate_id
    assert what_would_go(db, candidate_id)["contacts"] == 1
    erase_candidate(db, data_dir, candidate_id, reason="request")
    assert contacts_of(db, panel.application) == []


def test_the_access_export_holds_the_contact_log(db: Database) -> None:
    from interviewdesk.store.access_request import everything_held
    from interviewdesk.store.models import Application

    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    add_contact(db, panel.application, draft(rejection=True, reasons="Te weinig ervaring."),
                TODAY)
    with db.session() as session:
        application = session.get(Application, panel.application)
        assert application is not None
        candidate_id = application.candidate_id
    [held] = everything_held(db, candidate_id, today=TODAY)["applications"]
    assert held["contacts"] == [{"date": TODAY.isoformat(), "by": "Sanne", "channel": "phone",
                                 "said": "Uitslag verteld.", "rejection": True,
                                 "reasons": "Te weinig ervaring."}]
