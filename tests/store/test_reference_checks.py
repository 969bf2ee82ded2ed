"""Reference checks: only with the candidate's recorded consent, complete before they
are stored, in the access export, and gone with an erasure."""

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.domain.reference_checks import ReferenceDraft, problems
from interviewdesk.domain.retention import Consent
from interviewdesk.store.access_request import everything_held
from interviewdesk.store.database import Database
from interviewdesk.store.erasure import erase_candidate, what_would_go
from interviewdesk.store.interviewers import delete_interviewer
from interviewdesk.store.models import Application, Interviewer
from interviewdesk.store.models import Consent as ConsentRow
from interviewdesk.store.reference_checks import (
    NoReferenceConsent,
    add_reference,
    delete_reference,
    record_reference_consent,
    reference_consent,
    references_of,
    references_of_candidate,
    update_reference,
)
from interviewdesk.store.startup import open_store
from interviewdesk.store.validation import ValidationError
from tests.store.test_assessments import TODAY, make_interview


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def _interviewer(db: Database, name: str = "Inge") -> int:
    with db.session() as session:
        return int(session.exec(select(Interviewer.id).where(Interviewer.name == name)).one())


def draft(db: Database, **changes: object) -> ReferenceDraft:
    values: dict[str, object] = {
        "referee_name": "Kees Hollander", "called_on": TODAY - timedelta(days=1),
        "interviewer_id": _interviewer(db), "relation": "Leidinggevende",
        "organisation": "Hollander Techniek", "phone": "010 123 45 67",
        "asked": "Hoe ging ze om met klachten?",
        "said": "Rustig en oplossingsgericht; nam de klant serieus."}
    values.update(changes)
    return ReferenceDraft(**values)  # type: ignore[arg-type]


def consent(**changes: object) -> Consent:
    values: dict[str, object] = {"purpose": "reference", "given_on": date.today(),
                                 "recorded_by": "Inge", "method": "verbal",
                                 "note": "Hollander Techniek"}
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def test_an_incomplete_check_names_what_is_missing() -> None:
    empty = ReferenceDraft(referee_name=" ", called_on=TODAY + timedelta(days=1),
                           interviewer_id=None)
    assert [field for field, _ in problems(empty, TODAY)] == [
        "referee_name", "phone", "called_on", "interviewer_id", "said"]
    long = ReferenceDraft(referee_name="K" * 201, called_on=TODAY, interviewer_id=1,
                          email="k@example.org", said="x" * 10_001)
    assert [field for field, _ in problems(long, TODAY)] == ["referee_name", "said"]
    assert problems(ReferenceDraft(referee_name="Kees", called_on=TODAY, interviewer_id=1,
                                   email="k@example.org", said="Goed."), TODAY) == []


def test_without_recorded_consent_a_check_is_refused(db: Database) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    assert not reference_consent(db, panel.application)
    with pytest.raises(NoReferenceConsent):
        add_reference(db, panel.application, draft(db), TODAY)
    assert references_of(db, panel.application) == []

    with pytest.raises(ValidationError) as refused:
        record_reference_consent(db, panel.application, consent(method=""))
    assert refused.value.field == "method"
    with pytest.raises(ValidationError):
        record_reference_consent(db, panel.application, consent(recorded_by=" "))
    with pytest.raises(ValidationError):
        record_reference_consent(db, panel.application,
                                 consent(given_on=date.today() + timedelta(days=1)))
    record_reference_consent(db, panel.application, consent())
    assert reference_consent(db, panel.application)
    added = add_reference(db, panel.application, draft(db), TODAY)
    assert added.called_by == "Inge" and added.organisation == "Hollander Techniek"


def test_checks_are_stored_edited_and_removed(db: Database) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    record_reference_consent(db, panel.application, consent())
    first = add_reference(db, panel.application, draft(db, called_on=TODAY), TODAY)
    second = add_reference(db, panel.application, draft(
        db, referee_name="  Mira Bos ", called_on=TODAY - timedelta(days=5), phone="",
        email="mira@example.org", interviewer_id=_interviewer(db, "Sanne")), TODAY)
    assert [r.id for r in references_of(db, panel.application)] == [second.id, first.id]
    assert second.referee_name == "Mira Bos" and second.called_by == "Sanne"

    changed = update_reference(db, first.id, draft(db, said="Aangevuld: zeer betrouwbaar."),
                               TODAY)
    assert changed.said == "Aangevuld: zeer betrouwbaar."
    with pytest.raises(ValidationError) as refused:
        update_reference(db, first.id, draft(db, said=" "), TODAY)
    assert refused.value.field == "said"
    with pytest.raises(LookupError):
        update_reference(db, 99999, draft(db), TODAY)
    with pytest.raises(LookupError):
        add_reference(db, 99999, draft(db), TODAY)

    delete_reference(db, second.id)
    delete_reference(db, second.id)  # gone already: nothing to do
    assert [r.id for r in references_of(db, panel.application)] == [first.id]


def test_withdrawn_consent_blocks_changes_but_not_removal(db: Database) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    record_reference_consent(db, panel.application, consent())
    added = add_reference(db, panel.application, draft(db), TODAY)
    with db.session() as session:
        for row in session.exec(select(ConsentRow)).all():
            session.delete(row)
    with pytest.raises(NoReferenceConsent):
        update_reference(db, added.id, draft(db), TODAY)
    delete_reference(db, added.id)
    assert references_of(db, panel.application) == []


def test_the_caller_keeps_their_name_when_the_interviewer_is_deleted(db: Database) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    record_reference_consent(db, panel.application, consent())
    with db.session() as session:
        caller = Interviewer(name="Joost de Wit")
        session.add(caller)
        session.flush()
        caller_id = int(caller.id or 0)
    add_reference(db, panel.application, draft(db, interviewer_id=caller_id), TODAY)
    delete_interviewer(db, caller_id)  # on no panel: may go
    (kept,) = references_of(db, panel.application)
    assert kept.interviewer_id is None and kept.called_by == "Joost de Wit"


def test_the_access_export_holds_the_checks_and_erasure_removes_them(
        db: Database, data_dir: Path) -> None:
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=3))
    record_reference_consent(db, panel.application, consent())
    add_reference(db, panel.application, draft(db), TODAY)
    with db.session() as session:
        candidate_id = int(session.get(Application, panel.application).candidate_id)  # type: ignore[union-attr]
    held = everything_held(db, candidate_id)
    (application,) = held["applications"]
    assert application["reference_checks"] == [{
        "referee": "Kees Hollander", "relation": "Leidinggevende",
        "organisation": "Hollander Techniek", "phone": "010 123 45 67", "email": "",
        "called_on": (TODAY - timedelta(days=1)).isoformat(), "called_by": "Inge",
        "asked": "Hoe ging ze om met klachten?",
        "said": "Rustig en oplossingsgericht; nam de klant serieus."}]
    assert len(references_of_candidate(db, candidate_id)) == 1
    assert what_would_go(db, candidate_id)["reference_checks"] == 1

    erase_candidate(db, data_dir, candidate_id, reason="request", erased_by="Inge")
    assert references_of(db, panel.application) == []
