"""Take offline / bring back (issue 16, section 2): the team server (SQLite and a
throwaway PostgreSQL, via ``store_db``) and a laptop's own SQLite folder in one test."""

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.exchange.bring_back import ConflictsFound, bring_back, laptop_copies
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.offline import base_path, take_offline
from interviewdesk.exchange.offline_marks import TakenOffline, check_may_start, marks, release
from interviewdesk.store.assessments import AssessmentEdit, RatingEdit
from interviewdesk.store.assessments.forms import (
    open_form,
    save_form,
)
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import CandidateQuestionEdit, InterviewEdit, StageEdit
from interviewdesk.store.interview_records import (
    add_candidate_question,
    add_question,
    apply_changes,
)
from interviewdesk.store.models import (
    Assessment,
    CandidateQuestion,
    Interview,
    PanelMember,
    Question,
    StageRecord,
)
from interviewdesk.store.startup import open_store


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


def _taker(db: Database, seat_id: int) -> int:
    with db.session() as session:
        seat = session.get(PanelMember, seat_id)
        assert seat is not None
        return seat.interviewer_id


def _take(server: tuple[Database, ExampleIds], laptop: tuple[Database, Path]):
    db, ids = server
    interview = ids.waiting_interview_id
    seat = _open_seat(db, ids)  # the one member whose form is still open
    copy = take_offline(db, laptop[0], [interview], data_dir=laptop[1],
                        as_interviewer=_taker(db, seat))
    return copy, interview, seat


def _open_seat(db: Database, ids: ExampleIds) -> int:
    with db.session() as session:
        submitted = set(session.exec(select(Assessment.panel_member_id).where(
            Assessment.interview_id == ids.waiting_interview_id,
            Assessment.submitted_at != None)).all())  # noqa: E711
    (seat,) = [s for s in ids.waiting_panel_member_ids if s not in submitted]
    return seat


def _interview(db: Database, interview_id: int) -> Interview:
    with db.session() as session:
        found = session.get(Interview, interview_id)
        assert found is not None
        return found


def test_taking_offline_copies_only_what_the_taker_may_see_and_marks_the_server(
        server, laptop) -> None:
    db, ids = server
    local, folder = laptop
    copy, interview, _seat = _take(server, laptop)
    (taken,) = copy.interviews
    assert taken.server_id == interview
    # The other members submitted, the taker did not: their forms stay on the server.
    assert copy.forms_hidden == len(ids.waiting_panel_member_ids) - 1
    with local.session() as session:
        forms = list(session.exec(select(Assessment)))
        assert all(form.interview_id == taken.local_id for form in forms)
        assert all(form.submitted_at is None for form in forms)
    assert _interview(local, taken.local_id).uuid == _interview(db, interview).uuid
    assert base_path(folder, copy.copy_uuid).stat().st_mode & 0o777 == 0o600
    assert interview in marks(db)
    with pytest.raises(TakenOffline, match="taken offline by"):
        check_may_start(db, interview)
    with pytest.raises(TakenOffline):
        take_offline(db, local, [interview], data_dir=folder)


def test_bring_back_merges_shows_conflicts_creates_records_and_clears_the_mark(
        server, laptop) -> None:
    db, _ids = server
    local, folder = laptop
    copy, interview, seat = _take(server, laptop)
    here = copy.interviews[0].local_id
    before = _interview(db, interview)
    # Held offline: notes, a question on the spot, a candidate question, the own form.
    apply_changes(local, here, [
        InterviewEdit(next_steps="Second round with the team lead"),
        InterviewEdit(follow_up_notes="Laptop: salary expectation 4,200"),
        StageEdit("introduction", notes="Nervous at first"),
    ])
    spot = add_question(local, here, "introduction", "Why this firm, really?")
    asked = add_candidate_question(local, here, "When would I start?")
    apply_changes(local, here, [CandidateQuestionEdit(asked.id, answer="In March")])
    form = open_form(local, here, _local_seat(local, db, seat))
    save_form(local, form.assessment_id, [AssessmentEdit(strengths="Clear examples"),
                                          AssessmentEdit(recommendation="yes")])
    # Meanwhile on the server.
    apply_changes(db, interview, [
        InterviewEdit(candidate_remarks="Server: liked the building"),
        InterviewEdit(follow_up_notes="Server: call back Friday"),
    ])
    preview = bring_back(db, local, copy.copy_uuid, data_dir=folder, dry_run=True)
    (conflict,) = preview.conflicts
    assert conflict.field == "follow_up_notes"
    assert conflict.local == "Laptop: salary expectation 4,200"
    assert conflict.server == "Server: call back Friday"
    assert conflict.base == before.follow_up_notes
    assert interview in marks(db)  # a dry run writes nothing
    with pytest.raises(ConflictsFound) as refused:
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert [c.key for c in refused.value.conflicts] == [conflict.key]
    assert _interview(db, interview).next_steps != "Second round with the team lead"

    merged = "Server: call back Friday. Laptop: salary expectation 4,200"
    result = bring_back(db, local, copy.copy_uuid, data_dir=folder,
                        choices={conflict.key: ("merged", merged)})
    back = _interview(db, interview)
    assert back.next_steps == "Second round with the team lead"  # laptop only
    assert back.candidate_remarks == "Server: liked the building"  # server only
    assert back.follow_up_notes == merged  # both: resolved
    assert result.resolved == 1
    with db.session() as session:
        assert session.exec(select(Question).where(
            Question.interview_id == interview, Question.text == spot.text)).one()
        assert session.exec(select(CandidateQuestion).where(
            CandidateQuestion.interview_id == interview,
            CandidateQuestion.question == "When would I start?")).one().answer == "In March"
        notes = session.exec(select(StageRecord).where(
            StageRecord.interview_id == interview, StageRecord.stage == "introduction")).one()
        assert notes.notes == "Nervous at first"
        own = session.exec(select(Assessment).where(Assessment.panel_member_id == seat)).one()
        assert own.strengths == "Clear examples" and own.recommendation == "yes"
    assert interview not in marks(db)
    check_may_start(db, interview)
    assert [c.state for c in laptop_copies(local)] == ["back"]
    with pytest.raises(PackageError, match="brought back already"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)


def _local_seat(local: Database, server: Database, seat: int) -> int:
    with server.session() as session:
        found = session.get(PanelMember, seat)
        assert found is not None
        uuid = found.uuid
    with local.session() as session:
        return int(session.exec(select(PanelMember.id).where(PanelMember.uuid == uuid)).one())


def _snapshot(db: Database, interview_id: int) -> tuple:
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        questions = session.exec(select(Question.text).where(
            Question.interview_id == interview_id)).all()
        return (interview.next_steps, interview.follow_up_notes, sorted(questions),
                tuple(session.exec(select(StageRecord.notes).where(
                    StageRecord.interview_id == interview_id)).all()))


@pytest.mark.parametrize("damage", ["bytes", "rewritten", "missing", "foreign_record"])
def test_a_damaged_or_hostile_copy_changes_nothing_on_the_server(
        server, laptop, damage: str) -> None:
    db, ids = server
    local, folder = laptop
    copy, interview, _seat = _take(server, laptop)
    here = copy.interviews[0].local_id
    apply_changes(local, here, [InterviewEdit(next_steps="from the laptop")])
    add_question(local, here, "introduction", "A question made offline")
    path = base_path(folder, copy.copy_uuid)
    if damage == "bytes":  # inside a table's compressed bytes (not a header's date)
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("tables/interview.json")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        data = bytearray(path.read_bytes())
        data[start + info.compress_size // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif damage == "missing":
        path.unlink()
    else:
        with zipfile.ZipFile(path) as archive:
            content = {name: archive.read(name) for name in archive.namelist()}
        manifest = json.loads(content["manifest.json"])
        if damage == "rewritten":  # changed, checksums not fixed
            content["tables/interview.json"] = b"[]"
        else:  # a consistent file that names another interview's record as this one's
            rows = json.loads(content["tables/interview.json"])
            rows[0]["id"] = ids.completed_interview_id
            manifest["header"]["ids"]["interview"] = {
                str(ids.completed_interview_id): here}
            manifest["header"]["interviews"] = [ids.completed_interview_id]
            data = json.dumps(rows).encode()
            content["tables/interview.json"] = data
            import hashlib
            for entry in manifest["files"]:
                if entry["name"] == "tables/interview.json":
                    entry["sha256"] = hashlib.sha256(data).hexdigest()
                    entry["size"] = len(data)
        content["manifest.json"] = json.dumps(manifest).encode()
        with zipfile.ZipFile(path, "w") as archive:
            for name, value in content.items():
                archive.writestr(name, value)
    before = (_snapshot(db, interview), _snapshot(db, ids.completed_interview_id))
    with pytest.raises(PackageError):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert (_snapshot(db, interview), _snapshot(db, ids.completed_interview_id)) == before
    assert interview in marks(db)
    assert [c.state for c in laptop_copies(local)] == ["out"]


def test_an_administrator_releases_a_stale_mark_and_the_copy_cannot_come_back(
        server, laptop) -> None:
    db, _ids = server
    local, folder = laptop
    copy, interview, _seat = _take(server, laptop)
    release(db, interview)
    assert interview not in marks(db)
    with pytest.raises(PackageError, match="released"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    with pytest.raises(LookupError):
        release(db, interview)
    # The laptop's copy is released too: the interview may come to it again.
    assert [c.state for c in laptop_copies(local)] == ["released"]
    with pytest.raises(PackageError, match="released"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    again = take_offline(db, local, [interview], data_dir=folder)
    assert interview in marks(db) and again.copy_uuid != copy.copy_uuid


def test_a_copy_the_server_did_not_record_is_not_left_looking_taken(
        server, laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.exchange import offline

    db, ids = server
    local, folder = laptop

    def disk_full(*_args: object) -> None:
        raise PackageError("The disk is full.")

    monkeypatch.setattr(offline, "write_package", disk_full)
    with pytest.raises(PackageError, match="disk is full"):
        take_offline(db, local, [ids.interview_id], data_dir=folder)
    assert marks(db) == {}
    assert [c.state for c in laptop_copies(local)] == ["released"]
    monkeypatch.undo()
    take_offline(db, local, [ids.interview_id], data_dir=folder)
    assert ids.interview_id in marks(db)


def test_records_made_on_both_sides_meet_and_the_own_form_and_trail_come_back(
        server, laptop) -> None:
    """The planned interview has no stage records and no forms yet: the laptop and the
    server each make a record of the same stage (a conflict against a blank base), the
    laptop alone makes another and the taker's form; the form's audit trail follows."""
    from interviewdesk.store.assessments.forms import submit_form
    from interviewdesk.store.models import AuditEntry, Rating

    db, ids = server
    local, folder = laptop
    interview, seat = ids.interview_id, ids.panel_member_ids[0]
    copy = take_offline(db, local, [interview], data_dir=folder,
                        as_interviewer=_taker(db, seat))
    here = copy.interviews[0].local_id
    apply_changes(local, here, [StageEdit("opening", notes="Laptop: on time"),
                                StageEdit("experience", notes="Ten years in HVAC")])
    apply_changes(db, interview, [StageEdit("opening", notes="Server: phoned ahead")])
    form = open_form(local, here, _local_seat(local, db, seat))
    save_form(local, form.assessment_id, [
        *(RatingEdit(c.id, score=4) for c in form.competencies),
        AssessmentEdit(strengths="Calm under pressure"), AssessmentEdit(recommendation="yes")])
    submit_form(local, form.assessment_id)

    preview = bring_back(db, local, copy.copy_uuid, data_dir=folder, dry_run=True)
    (conflict,) = preview.conflicts
    assert (conflict.table, conflict.detail, conflict.base) == ("stagerecord", "opening", "")
    result = bring_back(db, local, copy.copy_uuid, data_dir=folder,
                        choices={conflict.key: "server"})
    assert result.created["stagerecord"] == 1 and result.created["assessment"] == 1
    assert result.created["rating"] == len(form.competencies)
    with db.session() as session:
        notes = dict(session.exec(select(StageRecord.stage, StageRecord.notes).where(
            StageRecord.interview_id == interview)).all())
        assert notes == {"opening": "Server: phoned ahead", "experience": "Ten years in HVAC"}
        own = session.exec(select(Assessment).where(Assessment.panel_member_id == seat)).one()
        assert own.submitted_at is not None and own.strengths == "Calm under pressure"
        scores = session.exec(select(Rating.score).where(
            Rating.assessment_id == own.id)).all()
        assert scores == [4] * len(form.competencies)
        kinds = session.exec(select(AuditEntry.kind).where(
            AuditEntry.interview_id == interview)).all()
        assert "form_submitted" in kinds
    assert not base_path(folder, copy.copy_uuid).exists()  # the base has served


def test_a_hostile_laptop_database_changes_nothing_on_the_server(server, laptop) -> None:
    """A score outside 1-5 put in the laptop's database by hand is refused whole."""
    from interviewdesk.store.models import Rating

    db, _ids = server
    local, folder = laptop
    copy, interview, seat = _take(server, laptop)
    here = copy.interviews[0].local_id
    apply_changes(local, here, [InterviewEdit(next_steps="from the laptop")])
    form = open_form(local, here, _local_seat(local, db, seat))
    with local.session() as session:
        rating = session.exec(select(Rating).where(
            Rating.assessment_id == form.assessment_id)).first()
        if rating is None:
            rating = Rating(assessment_id=form.assessment_id,
                            competency_id=form.competencies[0].id)
        rating.score = 99
        session.add(rating)
    before = _snapshot(db, interview)
    with pytest.raises(PackageError, match="between 1 and 5"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    assert _snapshot(db, interview) == before
    assert interview in marks(db)


def test_a_base_naming_another_interviews_record_is_refused(server, laptop) -> None:
    """A consistent, re-signed base whose stage record id is another interview's: the
    server's record is checked to belong to the copy before a field is written."""
    import hashlib

    db, ids = server
    local, folder = laptop
    copy, interview, _seat = _take(server, laptop)
    here = copy.interviews[0].local_id
    with db.session() as session:
        foreign = session.exec(select(StageRecord).where(
            StageRecord.interview_id == ids.completed_interview_id)).first()
        assert foreign is not None
        foreign_id, foreign_notes = foreign.id, foreign.notes
    apply_changes(local, here, [StageEdit("opening", notes="overwrite")])
    with local.session() as session:
        mine = session.exec(select(StageRecord).where(
            StageRecord.interview_id == here, StageRecord.stage == "opening")).one()
        local_id = mine.id
    path = base_path(folder, copy.copy_uuid)
    with zipfile.ZipFile(path) as archive:
        content = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(content["manifest.json"])
    rows = json.loads(content["tables/stagerecord.json"])
    server_of_mine = next(int(k) for k, v in manifest["header"]["ids"]["stagerecord"].items()
                          if v == local_id)
    for row in rows:
        if row["id"] == server_of_mine:
            row["id"] = foreign_id
    manifest["header"]["ids"]["stagerecord"] = {
        str(foreign_id if int(k) == server_of_mine else int(k)): v
        for k, v in manifest["header"]["ids"]["stagerecord"].items()}
    data = json.dumps(rows).encode()
    content["tables/stagerecord.json"] = data
    for entry in manifest["files"]:
        if entry["name"] == "tables/stagerecord.json":
            entry["sha256"], entry["size"] = hashlib.sha256(data).hexdigest(), len(data)
    content["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, value in content.items():
            archive.writestr(name, value)
    with pytest.raises(PackageError, match="another interview"):
        bring_back(db, local, copy.copy_uuid, data_dir=folder)
    with db.session() as session:
        assert session.get(StageRecord, foreign_id).notes == foreign_notes
    assert interview in marks(db)
