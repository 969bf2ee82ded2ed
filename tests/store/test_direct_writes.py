"""The autosave's one-statement writes (``store/direct_writes.py``): a record still at
the version the screen saw is written by one ``UPDATE … RETURNING`` and nothing else,
with every guarantee of the careful path — the author of each changed text, ticks
merged with someone else's, nothing written that does not change, a submitted form
refused, the full-text index kept. SQLite and PostgreSQL (``store_db``)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store import team
from interviewdesk.store.assessments import (
    AssessmentEdit,
    RatingEdit,
    load_form,
    open_form,
    save_form,
)
from interviewdesk.store.assessments.forms import FormLocked, submit_form
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import AnswerEdit, InterviewEdit, StageEdit
from interviewdesk.store.interview_records import apply_changes, load_seen, load_session
from interviewdesk.store.models import Answer, Rating, StageRecord
from interviewdesk.store.startup import open_server, open_store
from tests.store.test_assessments import Panel
from tests.store.test_team import (  # noqa: F401 - fixtures
    PASSWORD,
    login_url,
    panel,
    seat_of_form,
    server,
)


@pytest.fixture
def example(store_db: Database) -> ExampleIds:
    return load_example(store_db)


@pytest.fixture
def other(store_db: Database) -> Iterator[Database]:
    """A second engine on the same data: another window, process or laptop."""
    engine = sa.create_engine(store_db.engine.url) if not store_db.is_sqlite else None
    second = Database(store_db.path, engine)
    yield second
    second.close()


class Statements:
    """The SQL statements an engine runs while it is recorded (a session's own BEGIN
    and COMMIT are not statements here)."""

    def __init__(self, db: Database) -> None:
        self.db, self.seen = db, list[str]()

    def __enter__(self) -> list[str]:
        sa.event.listen(self.db.engine, "before_cursor_execute", self._note)
        return self.seen

    def __exit__(self, *_exc: object) -> None:
        sa.event.remove(self.db.engine, "before_cursor_execute", self._note)

    def _note(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if not statement.lstrip().upper().startswith(("SELECT SESSION_USER", "PRAGMA")):
            self.seen.append(" ".join(statement.split())[:60])


def _stage(db: Database, interview: int, stage: str = "skills") -> StageRecord:
    with db.session() as session:
        return session.exec(select(StageRecord).where(
            StageRecord.interview_id == interview, StageRecord.stage == stage)).one()


def test_a_save_at_the_seen_version_is_one_update_per_record(
        store_db: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    question = load_session(store_db, interview).questions[0].id
    apply_changes(store_db, interview, [StageEdit("skills", notes="Eerst"),
                                        AnswerEdit(question, notes="Eerst")])
    seen = load_seen(store_db, interview)
    with Statements(store_db) as statements:
        saved = apply_changes(store_db, interview, [
            StageEdit("skills", notes="Daarna", seconds_spent=90),
            StageEdit("skills", checklist={"technical_skills": True}),
            AnswerEdit(question, notes="Daarna", asked=True)], seen)
    assert [s.split()[:2] for s in statements] == [["UPDATE", "answer"],
                                                    ["UPDATE", "stagerecord"]]
    assert saved.conflicts == ()
    stage = _stage(store_db, interview)
    assert (stage.notes, stage.seconds_spent, stage.checklist["technical_skills"]) == (
        "Daarna", 90, True)
    assert saved.seen[("stage", "skills")].version == stage.version
    assert saved.seen[("stage", "skills")].texts["notes"] == "Daarna"
    assert saved.seen[("answer", question)].version == seen[("answer", question)].version + 1


def test_a_text_saved_meanwhile_is_still_a_conflict_and_not_overwritten(
        store_db: Database, other: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    apply_changes(store_db, interview, [StageEdit("skills", notes="Eerst")])
    mine, theirs = load_seen(store_db, interview), load_seen(other, interview)
    assert mine[("stage", "skills")].version  # the row exists: the one statement is tried
    apply_changes(other, interview, [StageEdit("skills", notes="Van Sanne")], theirs)
    after_theirs = load_seen(store_db, interview)
    saved = apply_changes(store_db, interview,
                          [StageEdit("skills", notes="Van mij", seconds_spent=40)], mine)
    [conflict] = saved.conflicts
    assert (conflict.theirs, conflict.mine) == ("Van Sanne", "Van mij")
    stage = _stage(store_db, interview)
    assert (stage.notes, stage.seconds_spent) == ("Van Sanne", 40)  # the rest is written
    # The screen still shows the old note: its version stays, so the next save of it
    # compares text by text again.
    assert saved.seen[("stage", "skills")].version < stage.version
    assert after_theirs[("stage", "skills")].version < stage.version


def test_ticks_of_two_editors_merge_without_either_reading_the_others(
        store_db: Database, other: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    apply_changes(store_db, interview, [StageEdit("skills", checklist={"a": True})])
    mine, theirs = load_seen(store_db, interview), load_seen(other, interview)
    apply_changes(other, interview, [StageEdit("skills", checklist={"b": True})], theirs)
    apply_changes(store_db, interview, [StageEdit("skills", checklist={"a": False})], mine)
    assert _stage(store_db, interview).checklist | {"a": False, "b": True} == \
        _stage(store_db, interview).checklist


def test_only_a_text_that_changes_gets_an_author_and_a_new_version(
        store_db: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    apply_changes(store_db, interview, [StageEdit("skills", notes="Notitie")])
    with store_db.session() as session:
        session.exec(sa.text("UPDATE stagerecord SET texts_by = '{\"notes\": \"iemand\"}'"))
    before = _stage(store_db, interview)
    seen = load_seen(store_db, interview)
    # The same note again with the timer: the note keeps its author.
    apply_changes(store_db, interview, [StageEdit("skills", notes="Notitie",
                                                  seconds_spent=5)], seen)
    after = _stage(store_db, interview)
    assert after.texts_by == {"notes": "iemand"} and after.version == before.version + 1
    # Nothing that differs: nothing written, the version stays.
    saved = apply_changes(store_db, interview, [StageEdit("skills", notes="Notitie",
                                                          seconds_spent=5)],
                          load_seen(store_db, interview))
    assert _stage(store_db, interview).version == after.version
    assert saved.seen[("stage", "skills")].version == after.version
    # A changed note is this login's.
    apply_changes(store_db, interview, [StageEdit("skills", notes="Nieuw")],
                  load_seen(store_db, interview))
    me = "" if store_db.is_sqlite else "postgres"
    assert _stage(store_db, interview).texts_by == {"notes": me}


def test_an_answer_is_stamped_with_its_time_and_a_new_row_still_made(
        store_db: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    question = load_session(store_db, interview).questions[-1].id
    with store_db.session() as session:
        session.exec(sa.delete(Answer).where(Answer.interview_id == interview,
                                             Answer.question_id == question))
    apply_changes(store_db, interview, [AnswerEdit(question, asked=True)],
                  load_seen(store_db, interview))  # no row yet: made with its value
    with store_db.session() as session:
        first = session.exec(select(Answer).where(Answer.interview_id == interview,
                                                  Answer.question_id == question)).one()
    apply_changes(store_db, interview, [AnswerEdit(question, asked=True)],
                  load_seen(store_db, interview))
    with store_db.session() as session:
        second = session.exec(select(Answer).where(Answer.interview_id == interview,
                                                   Answer.question_id == question)).one()
    assert second.version == first.version + 1 and second.updated_at >= first.updated_at


def test_the_first_note_of_a_question_is_one_insert_with_its_author(
        store_db: Database, other: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    first, second = load_session(store_db, interview).questions[-2:]
    with store_db.session() as session:
        session.exec(sa.delete(Answer).where(Answer.interview_id == interview))
    seen = load_seen(store_db, interview)
    with Statements(store_db) as statements:
        saved = apply_changes(store_db, interview, [AnswerEdit(first.id, notes="Eerste")],
                              seen)
    assert [s.split()[:3] for s in statements] == [["INSERT", "INTO", "answer"]]
    with store_db.session() as session:
        row = session.exec(select(Answer).where(Answer.interview_id == interview)).one()
    me = "" if store_db.is_sqlite else "postgres"
    assert (row.notes, row.texts_by, row.asked) == ("Eerste", {"notes": me}, False)
    assert saved.seen[("answer", first.id)].version == row.version
    # Someone else made the first note of the other question a moment earlier: this
    # screen never saw it, so its own first note is a conflict, not an overwrite.
    apply_changes(other, interview, [AnswerEdit(second.id, notes="Van Sanne")],
                  load_seen(other, interview))
    [conflict] = apply_changes(store_db, interview,
                               [AnswerEdit(second.id, notes="Van mij")], seen).conflicts
    assert (conflict.theirs, conflict.mine) == ("Van Sanne", "Van mij")


def test_the_interviews_end_still_moves_the_application_on(
        store_db: Database, example: ExampleIds) -> None:
    from datetime import UTC, datetime

    from interviewdesk.store.models import Application, Interview

    interview = example.interview_id
    apply_changes(store_db, interview, [InterviewEdit(next_steps="Bellen")],
                  load_seen(store_db, interview))
    with store_db.session() as session:
        application_id = session.get(Interview, interview).application_id  # type: ignore[union-attr]
        application = session.get(Application, application_id)
        assert application is not None
        application.status = "invited"
    apply_changes(store_db, interview, [InterviewEdit(finished_at=datetime.now(UTC))],
                  load_seen(store_db, interview))
    with store_db.session() as session:
        stored = session.get(Application, application_id)
        assert stored is not None and stored.status == "interviewed"


def test_a_missing_interview_is_still_said(store_db: Database) -> None:
    with pytest.raises(LookupError):
        apply_changes(store_db, 999_999, [StageEdit("skills", notes="x")])
    with pytest.raises(LookupError):
        apply_changes(store_db, 999_999, [])


def test_a_forms_score_is_one_update_and_a_submitted_form_is_refused(
        store_db: Database, example: ExampleIds) -> None:
    interview, member = example.waiting_interview_id, example.waiting_panel_member_ids[1]
    form = open_form(store_db, interview, member)
    competency = example.competency_ids[0]
    save_form(store_db, form.assessment_id, [RatingEdit(competency, score=2)])
    seen = load_form(store_db, form.assessment_id).seen
    with Statements(store_db) as statements:
        saved = save_form(store_db, form.assessment_id,
                          [RatingEdit(competency, score=4, evidence="Vertelt helder")], seen)
    assert [s.split()[:2] for s in statements] == [["UPDATE", "rating"]]
    with store_db.session() as session:
        rating = session.exec(select(Rating).where(
            Rating.assessment_id == form.assessment_id,
            Rating.competency_id == competency)).one()
    assert (rating.score, rating.evidence) == (4, "Vertelt helder")
    assert saved.seen[("rating", competency)].version == rating.version
    assert rating.texts_by == {"evidence": "" if store_db.is_sqlite else "postgres"}
    for other_competency in example.competency_ids[1:]:
        save_form(store_db, form.assessment_id, [RatingEdit(other_competency, score=3)])
    save_form(store_db, form.assessment_id, [AssessmentEdit(recommendation="yes")])
    submit_form(store_db, form.assessment_id, accept_not_assessed=True)
    with pytest.raises(FormLocked):
        save_form(store_db, form.assessment_id, [RatingEdit(competency, score=5)])
    with store_db.session() as session:
        assert session.get(Rating, rating.id).score == 4  # type: ignore[union-attr]


def test_a_direct_write_keeps_the_search_index(store_db: Database,
                                               example: ExampleIds) -> None:
    """SQLite's full-text index follows an UPDATE through its triggers; a team server
    searches the rows themselves."""
    from interviewdesk.store.search_places import search_places

    interview = example.interview_id
    apply_changes(store_db, interview, [StageEdit("skills", notes="gewoon")])
    apply_changes(store_db, interview, [StageEdit("skills", notes="zeppelinvaarder")],
                  load_seen(store_db, interview))
    assert [hit.stage for hit in search_places(store_db, "zeppelinvaarder")] == ["skills"]
    assert search_places(store_db, "gewoon") == []


def test_on_a_server_the_blind_rule_also_guards_the_one_statement_write(
        server: str, panel: Panel, data_dir: Path) -> None:  # noqa: F811
    """René's app saving into Sanne's form (a forged id): row-level security lets the
    ``UPDATE`` match no row, the careful path cannot read the form either, and her
    rating is as it was. His own form is written in one statement."""
    rene = team.add_interviewer(server, "René", PASSWORD).role
    forms = {seat: form for form, seat in seat_of_form(server).items()}
    database = open_store(data_dir, database_url=login_url(server, rene))
    try:
        with pytest.raises(LookupError):
            save_form(database, forms[panel.chair],
                      [RatingEdit(panel.vak, score=1, evidence="sneaky")])
        own = load_form(database, forms[panel.member])
        with Statements(database) as statements:
            save_form(database, forms[panel.member],
                      [RatingEdit(panel.vak, score=5, evidence="mijn bewijs")], own.seen)
        assert [s.split()[:2] for s in statements] == [["UPDATE", "rating"]]
    finally:
        database.close()
    owner = open_server(server)
    try:
        with owner.session() as session:
            ratings = {(r.assessment_id, r.score, r.evidence, tuple(r.texts_by.items()))
                       for r in session.exec(select(Rating))}
    finally:
        owner.close()
    assert (forms[panel.chair], 3, f"evidence of seat {panel.chair}",
            (("evidence", "postgres"),)) in ratings
    assert (forms[panel.member], 5, "mijn bewijs", (("evidence", rene),)) in ratings


def test_a_protected_folder_saves_in_one_statement_too(data_dir: Path) -> None:
    """SQLCipher's SQLite (a folder with a passphrase) runs the same statements."""
    from interviewdesk import cli
    from interviewdesk.store import encryption
    from interviewdesk.store.models import Interview
    from interviewdesk.store.protection import protect
    from interviewdesk.store.startup import close_store

    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    try:
        protect(data_dir, "paarse olifant op de fiets")
        db = open_store(data_dir)
        try:
            assert encryption.is_encrypted(db.path)
            with db.session() as session:
                interview = int(session.exec(select(Interview.id)).first() or 0)
            apply_changes(db, interview, [StageEdit("skills", notes="Eerst",
                                                    checklist={"a": True})])
            seen = load_seen(db, interview)
            with Statements(db) as statements:
                apply_changes(db, interview, [StageEdit("skills", notes="Versleuteld",
                                                        checklist={"b": True})], seen)
            assert [s.split()[:2] for s in statements] == [["UPDATE", "stagerecord"]]
            stage = _stage(db, interview)
            assert (stage.notes, stage.checklist) == ("Versleuteld", {"a": True, "b": True})
        finally:
            close_store(db, data_dir)
    finally:
        encryption._keys.clear()
