"""Take offline / bring back, the panel's and the application's records (issue 16,
section 2): the decision, the consensus (only where the taker may see the matrix), the
contact log, the reference checks and the candidate's consents go to the laptop and
come back field by field; records made offline are created on the server. Attacked:
the same field changed on both sides, a record or the interview deleted on the server
meanwhile, a second bring-back, hostile rows in the laptop's database."""

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.domain.contact_log import ContactDraft
from interviewdesk.domain.reference_checks import ReferenceDraft
from interviewdesk.domain.retention import Consent as ConsentDraft
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.exchange.bring_back import ConflictsFound, bring_back, laptop_copies
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.offline import take_offline
from interviewdesk.exchange.offline_marks import marks
from interviewdesk.store.assessments import DecisionDraft, record_consensus, save_decision
from interviewdesk.store.contact_log import add_contact, contacts_of, delete_contact
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    ConsensusScore,
    Decision,
    Interview,
    Interviewer,
)
from interviewdesk.store.reference_checks import (
    add_reference,
    delete_reference,
    record_reference_consent,
    references_of,
    update_reference,
)
from interviewdesk.store.startup import open_store

YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture
def server(store_db: Database) -> tuple[Database, ExampleIds]:
    return store_db, load_example(store_db)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    folder = tmp_path / "laptop"
    db = open_store(folder)
    try:
        yield db, folder
    finally:
        db.close()


def _application(db: Database, interview_id: int) -> int:
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        return interview.application_id


def _interviewer(db: Database, name_part: str = "") -> int:
    with db.session() as session:
        return int(session.exec(select(Interviewer.id).where(
            Interviewer.name.contains(name_part))).first())  # type: ignore[attr-defined]


def _said(reference, said: str) -> ReferenceDraft:
    """``reference`` as a draft, with what the referee said changed."""
    return ReferenceDraft(reference.referee_name, reference.called_on,
                          reference.interviewer_id, relation=reference.relation,
                          organisation=reference.organisation, phone=reference.phone,
                          email=reference.email, asked=reference.asked, said=said)


def _contact(summary: str) -> ContactDraft:
    return ContactDraft(contacted_on=YESTERDAY, by="Sanne", channel="phone", summary=summary)


def _consensus(db: Database, interview_id: int) -> dict[int, tuple[int | None, str]]:
    with db.session() as session:
        return {row.competency_id: (row.score, row.reason) for row in session.exec(
            select(ConsensusScore).where(ConsensusScore.interview_id == interview_id))}


def test_decision_consensus_contacts_and_references_go_along_and_come_back(
        server, laptop) -> None:
    db, ids = server
    local, folder = laptop
    interview = ids.completed_interview_id  # every form in: the matrix is open
    application = _application(db, interview)
    copy = take_offline(db, local, [interview], data_dir=folder)
    here = copy.interviews[0].local_id
    mine = _application(local, here)
    assert copy.counts["decision"] == 1 and copy.counts["consensusscore"] >= 1
    assert [r.referee_name for r in references_of(local, mine)] == \
        [r.referee_name for r in references_of(db, application)]

    # In the room: the decision and a consensus changed, a call logged, a reference
    # check added and one corrected.
    competency = next(iter(_consensus(local, here)))
    record_consensus(local, here, competency, 2, "Laptop: the panel agreed on 2")
    save_decision(local, here, DecisionDraft("reject", "Laptop: not enough experience",
                                             override_reason="Agreed in the room"))
    add_contact(local, mine, _contact("Laptop: told the candidate on the phone"))
    caller = _interviewer(local)
    added = add_reference(local, mine, ReferenceDraft(
        "Laptop Referee", YESTERDAY, caller, phone="06 1234 5678", said="Reliable"))
    (first, *_rest) = [r for r in references_of(local, mine) if r.id != added.id]
    update_reference(local, first.id, _said(first, "Laptop: corrected"))
    # Meanwhile on the server: a different call logged (both must survive).
    add_contact(db, application, _contact("Server: sent the invitation letter"))

    result = bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert result.created["contactentry"] == 1 and result.created["referencecheck"] == 1
    with db.session() as session:
        decision = session.exec(select(Decision).where(Decision.interview_id == interview)).one()
        assert (decision.outcome, decision.rationale) == ("reject",
                                                          "Laptop: not enough experience")
        status = session.get(Application, application).status
    with local.session() as session:
        assert session.get(Application, mine).status == status  # moved on as offline
    assert _consensus(db, interview)[competency] == (2, "Laptop: the panel agreed on 2")
    summaries = {c.summary for c in contacts_of(db, application)}
    assert {"Laptop: told the candidate on the phone",
            "Server: sent the invitation letter"} <= summaries
    said = {r.referee_name: r.said for r in references_of(db, application)}
    assert said["Laptop Referee"] == "Reliable"
    assert said[first.referee_name] == "Laptop: corrected"
    assert interview not in marks(db)
    with pytest.raises(PackageError, match="brought back already"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert len(contacts_of(db, application)) == len(summaries)  # nothing twice


def test_the_consensus_stays_on_the_server_while_the_taker_may_not_see_the_matrix(
        server, laptop) -> None:
    db, ids = server
    local, folder = laptop
    interview = ids.waiting_interview_id  # one form still open: the matrix is closed
    with db.session() as session:
        competency = int(session.exec(select(ConsensusScore.competency_id)).first() or 0) \
            or ids.competency_ids[0]
    record_consensus(db, interview, competency, 4, "Server: a secret consensus")
    copy = take_offline(db, local, [interview], data_dir=folder)
    assert "consensusscore" not in copy.counts
    assert _consensus(local, copy.interviews[0].local_id) == {}
    # Bringing back leaves the server's consensus alone.
    bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert _consensus(db, interview) == {competency: (4, "Server: a secret consensus")}


def test_a_consensus_made_offline_while_the_server_round_is_open_is_refused(
        server, laptop) -> None:
    """Closing the round on the laptop does not open it on the server: a consensus
    made under it is refused whole (row-level security would refuse it too)."""
    db, ids = server
    local, folder = laptop
    interview = ids.waiting_interview_id
    copy = take_offline(db, local, [interview], data_dir=folder)
    here = copy.interviews[0].local_id
    with local.session() as session:
        session.add(ConsensusScore(interview_id=here, competency_id=_competency(local, here),
                                   score=3, reason="made offline"))
    with pytest.raises(PackageError, match="round of this interview is open"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert _consensus(db, interview) == {}
    assert interview in marks(db)


def _competency(db: Database, interview_id: int) -> int:
    from interviewdesk.store.lookups import interview_context
    from interviewdesk.store.models import Competency

    with db.session() as session:
        vacancy = interview_context(session, interview_id).vacancy.id
        return int(session.exec(select(Competency.id).where(
            Competency.vacancy_id == vacancy)).first() or 0)


def test_the_same_field_changed_on_both_sides_is_a_conflict_with_both_values(
        server, laptop) -> None:
    db, ids = server
    local, folder = laptop
    interview = ids.completed_interview_id
    application = _application(db, interview)
    copy = take_offline(db, local, [interview], data_dir=folder)
    here = copy.interviews[0].local_id
    mine = _application(local, here)
    (theirs,) = references_of(db, application)
    (ours,) = references_of(local, mine)
    update_reference(local, ours.id, _said(ours, "Laptop: punctual"))
    update_reference(db, theirs.id, _said(theirs, "Server: late"))
    save_decision(local, here, DecisionDraft("hire", "Laptop rationale",
                                             override_reason="Agreed"))
    save_decision(db, interview, DecisionDraft("hire", "Server rationale",
                                               override_reason="Agreed"))

    with pytest.raises(ConflictsFound) as found:
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    by_field = {(c.table, c.field): c for c in found.value.conflicts}
    said = by_field[("referencecheck", "said")]
    assert (said.local, said.server, said.base) == ("Laptop: punctual", "Server: late",
                                                    theirs.said)
    rationale = by_field[("decision", "rationale")]
    assert (rationale.local, rationale.server) == ("Laptop rationale", "Server rationale")
    assert references_of(db, application)[0].said == "Server: late"  # nothing written
    choices = {c.key: "local" for c in found.value.conflicts}
    bring_back(db, local, copy.copy_uuid, data_dir=folder, choices=choices)
    assert references_of(db, application)[0].said == "Laptop: punctual"
    with db.session() as session:
        assert session.exec(select(Decision.rationale).where(
            Decision.interview_id == interview)).one() == "Laptop rationale"


def test_records_removed_on_either_side(server, laptop) -> None:
    """A contact removed offline goes on the server; a reference check the server
    removed meanwhile is not made again (its offline change is counted as gone; a
    contact the server removed and the laptop left alone is no loss)."""
    db, ids = server
    local, folder = laptop
    interview = ids.completed_interview_id
    application = _application(db, interview)
    logged = add_contact(db, application, _contact("typed in error"))
    untouched = add_contact(db, application, _contact("the server removes this"))
    copy = take_offline(db, local, [interview], data_dir=folder)
    delete_contact(db, untouched.id)  # unchanged offline: nothing is lost, not "gone"
    mine = _application(local, copy.interviews[0].local_id)
    (local_contact,) = [c for c in contacts_of(local, mine) if c.summary == "typed in error"]
    delete_contact(local, local_contact.id)
    (ours,) = references_of(local, mine)
    update_reference(local, ours.id, _said(ours, "Laptop: edited"))
    (theirs,) = references_of(db, application)
    delete_reference(db, theirs.id)

    result = bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert result.removed["contactentry"] == 1 and result.gone == 1
    assert {logged.id, untouched.id}.isdisjoint({c.id for c in contacts_of(db, application)})
    assert references_of(db, application) == []


def test_a_consent_and_a_reference_made_offline_come_back_together(server, laptop) -> None:
    db, ids = server
    local, folder = laptop
    interview = ids.waiting_interview_id  # a candidate without consent for references
    application = _application(db, interview)
    copy = take_offline(db, local, [interview], data_dir=folder)
    mine = _application(local, copy.interviews[0].local_id)
    record_reference_consent(local, mine, ConsentDraft(
        "reference", YESTERDAY, "Sanne", "verbal", "the former team lead"))
    add_reference(local, mine, ReferenceDraft("Former Lead", YESTERDAY, _interviewer(local),
                                              phone="06 1234 5678", said="Would hire again"))
    result = bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert result.created["consent"] == 1 and result.created["referencecheck"] == 1
    (check,) = references_of(db, application)
    assert check.said == "Would hire again" and check.interviewer_id is not None
    with db.session() as session:
        assert session.get(Interviewer, check.interviewer_id) is not None


def test_the_interview_deleted_on_the_server_meanwhile(server, laptop) -> None:
    from interviewdesk.store.interviews import delete_interview

    db, ids = server
    local, folder = laptop
    interview = ids.completed_interview_id
    application = _application(db, interview)
    copy = take_offline(db, local, [interview], data_dir=folder)
    mine = _application(local, copy.interviews[0].local_id)
    add_contact(local, mine, _contact("Laptop: a call"))
    before = len(contacts_of(db, application))
    delete_interview(db, interview)
    with pytest.raises(PackageError, match="deleted on the team server"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert len(contacts_of(db, application)) == before  # nothing written
    assert [c.state for c in laptop_copies(local)] == ["released"]
    with pytest.raises(PackageError, match="released"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)


def test_hostile_rows_in_the_laptop_database_change_nothing(server, laptop) -> None:
    db, ids = server
    local, folder = laptop
    interview = ids.completed_interview_id
    application = _application(db, interview)
    copy = take_offline(db, local, [interview], data_dir=folder)
    here = copy.interviews[0].local_id
    add_contact(local, _application(local, here), _contact("Laptop: a call"))
    with local.session() as session:
        row = session.exec(select(ConsensusScore).where(
            ConsensusScore.interview_id == here)).first()
        assert row is not None
        row.score = 42
        session.add(row)
    before = (len(contacts_of(db, application)), _consensus(db, interview))
    with pytest.raises(PackageError, match="between 1 and 5"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert (len(contacts_of(db, application)), _consensus(db, interview)) == before
    assert interview in marks(db)


def test_one_candidate_is_held_in_one_copy_at_a_time(server, laptop) -> None:
    from interviewdesk.store.interviews import InterviewDraft, PanelSeat, save_interview

    db, ids = server
    local, folder = laptop
    first = ids.completed_interview_id
    with db.session() as session:
        application = session.get(Application, _application(db, first))
        candidate, vacancy = application.candidate_id, application.vacancy_id
    second = save_interview(db, InterviewDraft(
        candidate_id=candidate, vacancy_id=vacancy,
        panel=[PanelSeat(ids.interviewer_ids[0], "chair")], follows_interview_id=first))
    take_offline(db, local, [first], data_dir=folder)
    with pytest.raises(PackageError, match="already holds an interview of this candidate"):
        take_offline(db, local, [second], data_dir=folder)
    assert second not in marks(db)
    assert [c.state for c in laptop_copies(local)] == ["out"]


def _rewrite_base(path: Path, table: str, old_id: int, new_id: int) -> None:
    """Re-sign the base with record ``old_id`` of ``table`` named ``new_id`` (a
    consistent, hostile file: checksums and the header's map fixed)."""
    import hashlib
    import json
    import zipfile

    with zipfile.ZipFile(path) as archive:
        content = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(content["manifest.json"])
    rows = json.loads(content[f"tables/{table}.json"])
    for row in rows:
        if row["id"] == old_id:
            row["id"] = new_id
    ids = manifest["header"]["ids"][table]
    ids[str(new_id)] = ids.pop(str(old_id))
    data = json.dumps(rows).encode()
    content[f"tables/{table}.json"] = data
    for entry in manifest["files"]:
        if entry["name"] == f"tables/{table}.json":
            entry["sha256"], entry["size"] = hashlib.sha256(data).hexdigest(), len(data)
    content["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, value in content.items():
            archive.writestr(name, value)


def test_a_base_naming_another_applications_contact_is_refused(server, laptop) -> None:
    """A re-signed base whose contact is another application's: removing it offline
    would remove that one on the server; refused whole, nothing written."""
    from interviewdesk.exchange.offline import base_path

    db, ids = server
    local, folder = laptop
    interview = ids.completed_interview_id
    application = _application(db, interview)
    mine_on_server = add_contact(db, application, _contact("ours"))
    foreign_application = _application(db, ids.waiting_interview_id)
    foreign = add_contact(db, foreign_application, _contact("someone else's"))
    copy = take_offline(db, local, [interview], data_dir=folder)
    mine = _application(local, copy.interviews[0].local_id)
    (ours,) = [c for c in contacts_of(local, mine) if c.summary == "ours"]
    delete_contact(local, ours.id)
    _rewrite_base(base_path(folder, copy.copy_uuid), "contactentry", mine_on_server.id,
                  foreign.id)
    with pytest.raises(PackageError, match="another interview"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert foreign.id in {c.id for c in contacts_of(db, foreign_application)}
    assert mine_on_server.id in {c.id for c in contacts_of(db, application)}
    assert interview in marks(db)


def test_a_return_package_for_a_held_interview_is_refused(chair, member_db: Database,
                                                          tmp_path: Path) -> None:
    """A panel member's returned form adds their notes to the interview: while the
    interview is held offline it is refused whole, to be imported once it is back."""
    from interviewdesk.exchange import import_package
    from tests.exchange.test_return_package import on_member_laptop, return_file, score

    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    score(member_db, interview_id, member_id, [4, 4, 3, 4, 4])
    returned = return_file(member_db, interview_id, member_id, tmp_path / "back.idpkg",
                           with_notes=True)
    laptop = open_store(tmp_path / "laptop")
    try:
        copy = take_offline(chair.db, laptop, [chair.interview_id],
                            data_dir=tmp_path / "laptop")
        with pytest.raises(PackageError, match=r"taken offline by .* brought back"):
            import_package(chair.db, returned)
        bring_back(chair.db, laptop, copy.copy_uuid, data_dir=tmp_path / "laptop")
    finally:
        laptop.close()
    assert import_package(chair.db, returned).interview_id == chair.interview_id


def test_a_returned_change_of_the_takers_form_waits_until_it_is_back(
        chair, member_db: Database, tmp_path: Path) -> None:
    """René returned his form twice; the second waits for the chair. René then takes the
    interview offline with his form: accepting the change is refused meanwhile."""
    from interviewdesk.exchange import decide_change, import_package, returned_changes
    from interviewdesk.store.assessments import (
        AssessmentEdit,
        reopen_form,
        save_form,
        submit_form,
    )
    from interviewdesk.store.models import PanelMember
    from interviewdesk.store.validation import ValidationError
    from tests.exchange.test_return_package import on_member_laptop, return_file, score

    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    form = score(member_db, interview_id, member_id, [4, 3, 4, 5, 3])
    import_package(chair.db, return_file(member_db, interview_id, member_id,
                                         tmp_path / "one.idpkg"))
    reopen_form(member_db, form, "Aanbeveling herzien")
    save_form(member_db, form, [AssessmentEdit(recommendation="strong_yes")])
    submit_form(member_db, form)
    assert import_package(chair.db, return_file(
        member_db, interview_id, member_id, tmp_path / "two.idpkg")).outcome == "pending_change"
    chair_seat = chair.ids.waiting_panel_member_ids[0]
    (change,) = returned_changes(chair.db, chair.interview_id, chair_seat)
    with chair.db.session() as session:
        rene = session.get(PanelMember, chair.rene).interviewer_id
    laptop = open_store(tmp_path / "laptop")
    try:
        copy = take_offline(chair.db, laptop, [chair.interview_id],
                            data_dir=tmp_path / "laptop", as_interviewer=rene)
        with pytest.raises(ValidationError, match="taken offline by"):
            decide_change(chair.db, change.id, accept=True)
        bring_back(chair.db, laptop, copy.copy_uuid, data_dir=tmp_path / "laptop")
    finally:
        laptop.close()
    decide_change(chair.db, change.id, accept=True)
    assert returned_changes(chair.db, chair.interview_id, chair_seat) == []
