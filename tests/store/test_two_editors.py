"""Two editors on one interview (two team members, or two windows on one data folder):
a note someone else saved meanwhile is never overwritten; both texts come back, and the
user's choice is saved. On SQLite and on a team server (``store_db``)."""

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, select

from interviewdesk.domain.concurrent_edits import Seen, resolved
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import (
    AssessmentEdit,
    RatingEdit,
    load_form,
    open_form,
    save_form,
)
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import (
    AnswerEdit,
    InterviewEdit,
    StageEdit,
    text_edit,
)
from interviewdesk.store.interview_records import apply_changes, load_seen, load_session
from interviewdesk.store.models import Interview


@pytest.fixture
def db(store_db: Database) -> Database:
    return store_db


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second engine on the same data: another process, window or team member."""
    engine = sa.create_engine(db.engine.url) if not db.is_sqlite else None
    second = Database(db.path, engine)
    yield second
    second.close()


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def test_the_second_save_of_one_note_gets_both_texts_and_overwrites_nothing(
        db: Database, other: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    aysel = load_seen(db, interview)
    joris = load_seen(other, interview)

    first = apply_changes(db, interview, [StageEdit("skills", notes="Aysel: sterk")], aysel)
    assert first.conflicts == ()
    second = apply_changes(other, interview, [
        StageEdit("skills", notes="Joris: twijfel", seconds_spent=90),
        InterviewEdit(next_steps="Referenties"),
    ], joris)

    [conflict] = second.conflicts
    assert (conflict.record, conflict.field) == (("stage", "skills"), "notes")
    assert (conflict.theirs, conflict.mine) == ("Aysel: sterk", "Joris: twijfel")
    stored = load_session(db, interview)
    assert stored.stage("skills").notes == "Aysel: sterk"  # nothing overwritten
    assert stored.stage("skills").seconds_spent == 90  # the other fields are saved
    assert stored.next_steps == "Referenties"


@pytest.mark.parametrize("choice", ["mine", "theirs", "merged"])
def test_the_users_choice_is_saved_with_the_new_version(
        db: Database, other: Database, example: ExampleIds, choice: str) -> None:
    interview = example.interview_id
    question = load_session(db, interview).questions_for("behavioural")[0].id
    aysel, joris = load_seen(db, interview), load_seen(other, interview)
    apply_changes(db, interview, [AnswerEdit(question, notes="Aysel")], aysel)
    saved = apply_changes(other, interview, [AnswerEdit(question, notes="Joris")], joris)
    joris.update(saved.seen)
    [conflict] = saved.conflicts
    text = {"mine": conflict.mine, "theirs": conflict.theirs,
            "merged": conflict.merged()}[choice]

    joris[conflict.record] = resolved(joris.get(conflict.record, Seen()), conflict)
    after = apply_changes(other, interview,
                          [text_edit(conflict.record, conflict.field, text)], joris)

    assert after.conflicts == ()
    assert load_session(db, interview).answer(question).notes == text
    assert text == {"mine": "Joris", "theirs": "Aysel", "merged": "Aysel\n\nJoris"}[choice]
    with db.session() as session:
        row = session.exec(select(Interview).where(Interview.id == interview)).one()
        assert row.version == 1  # only the answer was written
    assert after.seen[conflict.record].version == load_seen(db, interview)[
        conflict.record].version


def test_a_choice_made_on_an_old_text_meets_the_newer_one(
        db: Database, other: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    aysel, joris = load_seen(db, interview), load_seen(other, interview)
    aysel.update(apply_changes(db, interview, [InterviewEdit(follow_up_notes="A1")],
                               aysel).seen)
    [conflict] = apply_changes(other, interview, [InterviewEdit(follow_up_notes="J")],
                               joris).conflicts
    apply_changes(db, interview, [InterviewEdit(follow_up_notes="A2")], aysel)  # meanwhile

    joris[conflict.record] = resolved(joris[conflict.record], conflict)
    again = apply_changes(other, interview, [InterviewEdit(follow_up_notes="J")], joris)
    assert [(c.theirs, c.mine) for c in again.conflicts] == [("A2", "J")]
    assert load_session(db, interview).follow_up_notes == "A2"


def test_two_editors_on_different_texts_of_one_record_both_keep_theirs(
        db: Database, other: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    question = load_session(db, interview).questions_for("behavioural")[0].id
    aysel, joris = load_seen(db, interview), load_seen(other, interview)
    apply_changes(db, interview, [AnswerEdit(question, situation="Storing")], aysel)
    saved = apply_changes(other, interview, [AnswerEdit(question, result="Opgelost")], joris)
    assert saved.conflicts == ()
    answer = load_session(db, interview).answer(question)
    assert (answer.situation, answer.result) == ("Storing", "Opgelost")
    # Joris's screen still shows the old situation: typing there later compares again.
    saved = apply_changes(other, interview, [AnswerEdit(question, situation="Klacht")],
                          {**joris, **saved.seen})
    assert [c.theirs for c in saved.conflicts] == ["Storing"]


def test_my_own_saves_never_conflict_with_each_other(
        db: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    seen = load_seen(db, interview)
    for text in ("a", "ab", "abc"):
        saved = apply_changes(db, interview, [StageEdit("opening", notes=text,
                                                        checklist={text: True})], seen)
        assert saved.conflicts == ()
        seen.update(saved.seen)
    assert load_session(db, interview).stage("opening").notes == "abc"
    # The screen stays in step with the stored version (the first save also made the row).
    stored = load_seen(db, interview)[("stage", "opening")]
    assert seen[("stage", "opening")].version == stored.version


def test_a_write_based_on_an_old_read_is_refused_by_the_version_counter(
        db: Database, other: Database, example: ExampleIds) -> None:
    """SQLAlchemy's own check, the last line of defence between reading and writing."""
    with Session(db.engine) as mine:
        row = mine.get(Interview, example.interview_id)
        assert row is not None and row.version == 1
        apply_changes(other, example.interview_id, [InterviewEdit(next_steps="Ander")])
        row.next_steps = "Mijn"
        with pytest.raises(StaleDataError):
            mine.commit()
    assert load_session(db, example.interview_id).next_steps == "Ander"


def test_a_conflicts_outcome_is_written_only_to_a_guarded_text() -> None:
    assert text_edit(("answer", 7), "task", "x") == AnswerEdit(7, task="x")
    assert text_edit(("interview", 0), "next_steps", "x") == InterviewEdit(next_steps="x")
    with pytest.raises(ValueError):
        text_edit(("stage", "skills"), "seconds_spent", "x")


def test_the_same_form_saved_twice_keeps_the_first_evidence_and_the_second_score(
        db: Database, other: Database, example: ExampleIds) -> None:
    interview, member = example.waiting_interview_id, example.waiting_panel_member_ids[1]
    form = open_form(db, interview, member)
    competency = example.competency_ids[0]
    here, there = load_form(db, form.assessment_id).seen, load_form(other, form.assessment_id).seen

    assert save_form(db, form.assessment_id,
                     [RatingEdit(competency, evidence="Hier getypt")], here).conflicts == ()
    saved = save_form(other, form.assessment_id, [
        RatingEdit(competency, evidence="Daar getypt", score=2),
        AssessmentEdit(weaknesses="Planning"),
    ], there)

    [conflict] = saved.conflicts
    assert (conflict.record, conflict.field) == (("rating", competency), "evidence")
    assert (conflict.theirs, conflict.mine) == ("Hier getypt", "Daar getypt")
    stored = load_form(db, form.assessment_id)
    assert stored.rating(competency).evidence == "Hier getypt"
    assert stored.rating(competency).score == 2
    assert stored.weaknesses == "Planning"
