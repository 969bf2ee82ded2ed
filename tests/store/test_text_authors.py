"""Who saved the other text of a conflict in the interview window or the form
(migration 0019's ``texts_by``): the editors' naming (``edit_conflicts.change_by``), per
text, never a guessed name, and on a form nobody but its own rater. SQLite and
PostgreSQL (``store_db``)."""

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from sqlmodel import select

from interviewdesk.domain.concurrent_edits import Change
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import RatingEdit, load_form, open_form, save_form
from interviewdesk.store.database import Database
from interviewdesk.store.edits import who_wrote
from interviewdesk.store.interview_edits import StageEdit
from interviewdesk.store.interview_records import apply_changes, load_seen
from interviewdesk.store.models import Interviewer, StageRecord


@pytest.fixture
def other(store_db: Database) -> Iterator[Database]:
    """A second engine on the same data: another window, process or laptop."""
    engine = sa.create_engine(store_db.engine.url) if not store_db.is_sqlite else None
    second = Database(store_db.path, engine)
    yield second
    second.close()


@pytest.fixture
def example(store_db: Database) -> ExampleIds:
    return load_example(store_db)


def _me(db: Database) -> Change:
    """Who the test's own login is: nobody on a laptop, the server's owner login
    (which names no interviewer) — this user — on PostgreSQL."""
    return Change() if db.is_sqlite else Change(by="postgres", by_me=True)


def test_a_stage_note_saved_elsewhere_says_who(store_db: Database, other: Database,
                                               example: ExampleIds) -> None:
    interview = example.interview_id
    mine, theirs = load_seen(store_db, interview), load_seen(other, interview)
    apply_changes(other, interview, [StageEdit("skills", notes="Daar")], theirs)
    [conflict] = apply_changes(store_db, interview, [StageEdit("skills", notes="Hier")],
                               mine).conflicts
    assert conflict.change == _me(store_db)  # "another window" / "you, elsewhere"


def test_the_timer_does_not_make_someone_the_author_of_a_note(
        store_db: Database, other: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    apply_changes(store_db, interview, [StageEdit("skills", notes="Notitie")])
    with store_db.session() as session:
        session.exec(sa.text("UPDATE stagerecord SET texts_by = '{\"notes\": \"iemand\"}'"))
    apply_changes(other, interview, [StageEdit("skills", seconds_spent=300)])
    with store_db.session() as session:
        row = session.exec(select(StageRecord).where(
            StageRecord.interview_id == interview, StageRecord.stage == "skills")).one()
        assert row.texts_by == {"notes": "iemand"}  # only a text's writer is its author


def test_a_note_written_before_0019_names_nobody(store_db: Database, other: Database,
                                                 example: ExampleIds) -> None:
    interview = example.interview_id
    mine, theirs = load_seen(store_db, interview), load_seen(other, interview)
    apply_changes(other, interview, [StageEdit("skills", notes="Daar")], theirs)
    with store_db.session() as session:
        session.exec(sa.text("UPDATE stagerecord SET texts_by = '{}'"))
    [conflict] = apply_changes(store_db, interview, [StageEdit("skills", notes="Hier")],
                               mine).conflicts
    assert conflict.change is None  # the dialog's neutral "someone else", never a guess


def test_the_interviewer_linked_to_the_login_is_named(store_db: Database, other: Database,
                                                      example: ExampleIds) -> None:
    if store_db.is_sqlite:
        pytest.skip("a laptop has no logins")
    with store_db.session() as session:
        session.add(Interviewer(name="Anna de Vries", login_role="postgres"))
    interview = example.interview_id
    mine, theirs = load_seen(store_db, interview), load_seen(other, interview)
    apply_changes(other, interview, [StageEdit("skills", notes="Daar")], theirs)
    [conflict] = apply_changes(store_db, interview, [StageEdit("skills", notes="Hier")],
                               mine).conflicts
    assert conflict.change == Change(by="Anna de Vries", by_me=True)


def test_a_form_saved_elsewhere_by_its_own_rater_says_so(
        store_db: Database, other: Database, example: ExampleIds) -> None:
    interview, member = example.waiting_interview_id, example.waiting_panel_member_ids[1]
    form = open_form(store_db, interview, member)
    competency = example.competency_ids[0]
    here = load_form(store_db, form.assessment_id).seen
    there = load_form(other, form.assessment_id).seen
    save_form(other, form.assessment_id, [RatingEdit(competency, evidence="Daar")], there)
    [conflict] = save_form(store_db, form.assessment_id,
                           [RatingEdit(competency, evidence="Hier")], here).conflicts
    assert conflict.change == _me(store_db)


def test_a_form_names_nobody_but_its_own_rater(store_db: Database) -> None:
    """The blind rule: whoever else's login wrote a form's text is not named there."""
    row = SimpleNamespace(texts_by={"evidence": "sanne", "strengths": ""})
    with store_db.session() as session:
        session.add(Interviewer(name="Sanne Bakker", login_role="sanne"))
        session.flush()
        assert who_wrote(session, row, "evidence") == Change(by="Sanne Bakker")
        assert who_wrote(session, row, "evidence", name_others=False) is None
        assert who_wrote(session, row, "strengths", name_others=False) == Change()
        assert who_wrote(session, row, "weaknesses") is None
