"""The wizard's reads and writes: one read of everything, batched writes."""

from datetime import date

import pytest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import (
    AnswerEdit,
    CandidateQuestionEdit,
    InterviewEdit,
    StageEdit,
)
from interviewdesk.store.interview_records import (
    add_candidate_question,
    add_question,
    apply_changes,
    delete_candidate_question,
    load_session,
    open_stage,
    remove_added_question,
)


@pytest.fixture
def db(store_db: Database) -> Database:
    """The store on SQLite and on a team server (the same writes on both)."""
    return store_db


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def test_load_session_has_everything(db: Database, example: ExampleIds) -> None:
    session = load_session(db, example.interview_id)
    assert session.candidate_name == "Joël Bakker"
    assert session.vacancy_title
    assert len(session.competencies) == 5
    assert all(len(c.anchors) == 5 and all(c.anchors) for c in session.competencies)
    assert session.questions_for("experience")
    assert session.questions_for("behavioural")
    assert [seat.role for seat in session.panel] == ["chair", "member", "hr"]
    assert "Joël" in session.cv_text
    assert session.current_stage == "preparation"
    keywords = session.keywords()
    assert session.competencies[0].name in keywords
    assert len(keywords) == len(set(keywords))


def test_missing_interview(db: Database) -> None:
    with pytest.raises(LookupError):
        load_session(db, 999)


def test_changes_round_trip(db: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    question = load_session(db, interview).questions_for("behavioural")[0]
    apply_changes(
        db,
        interview,
        [
            StageEdit("skills", notes="Sterk in storingsanalyse"),
            StageEdit("skills", checklist={"technical_skills": True}),
            StageEdit("skills", checklist={"soft_skills": True}),
            StageEdit("skills", seconds_spent=125),
            AnswerEdit(question.id, situation="Storing bij klant"),
            AnswerEdit(question.id, asked=True),
            AnswerEdit(question.id, notes="eerste"),
            AnswerEdit(question.id, notes="laatste wint"),
            InterviewEdit(next_steps="Tweede gesprek"),
            InterviewEdit(feedback_date=date(2026, 12, 4)),
            InterviewEdit(candidate_thanked=True),
        ],
    )
    session = load_session(db, interview)
    stage = session.stage("skills")
    assert stage.notes == "Sterk in storingsanalyse"
    assert stage.checklist == {"technical_skills": True, "soft_skills": True}
    assert stage.seconds_spent == 125
    answer = session.answer(question.id)
    assert (answer.situation, answer.asked, answer.notes) == ("Storing bij klant", True,
                                                              "laatste wint")
    assert session.next_steps == "Tweede gesprek"
    assert session.feedback_date == date(2026, 12, 4)
    assert session.candidate_thanked


def test_an_unknown_field_cannot_even_be_made() -> None:
    with pytest.raises(TypeError):
        InterviewEdit(id=5)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        StageEdit("skills", note="x")  # type: ignore[call-arg]


def test_a_cleared_date_is_written_and_an_unchanged_field_is_not(
    db: Database, example: ExampleIds
) -> None:
    interview = example.interview_id
    apply_changes(db, interview, [InterviewEdit(feedback_date=date(2026, 12, 4),
                                                next_steps="Bellen")])
    apply_changes(db, interview, [InterviewEdit(feedback_date=None)])
    session = load_session(db, interview)
    assert session.feedback_date is None
    assert session.next_steps == "Bellen"


def test_open_stage_marks_start_and_is_remembered(db: Database, example: ExampleIds) -> None:
    open_stage(db, example.interview_id, "preparation")
    assert load_session(db, example.interview_id).started_at is None
    open_stage(db, example.interview_id, "skills")
    session = load_session(db, example.interview_id)
    assert session.current_stage == "skills"
    assert session.started_at is not None


def test_question_added_on_the_spot_is_this_interviews_only(
    db: Database, example: ExampleIds
) -> None:
    added = add_question(db, example.interview_id, "skills", "  Hoe houd je je kennis bij? ")
    assert added.text == "Hoe houd je je kennis bij?"
    session = load_session(db, example.interview_id)
    assert session.questions_for("skills")[-1].id == added.id
    assert session.questions_for("skills")[-1].added_during_interview
    with pytest.raises(ValueError):
        add_question(db, example.interview_id, "skills", "   ")
    remove_added_question(db, example.interview_id, added.id)
    assert added.id not in {q.id for q in load_session(db, example.interview_id).questions}
    kit_question = session.questions_for("skills")[0]
    with pytest.raises(LookupError):
        remove_added_question(db, example.interview_id, kit_question.id)


def test_candidate_questions(db: Database, example: ExampleIds) -> None:
    first = add_candidate_question(db, example.interview_id, "Is er een bedrijfsbus?")
    second = add_candidate_question(db, example.interview_id)
    assert second.position > first.position
    apply_changes(
        db,
        example.interview_id,
        [
            CandidateQuestionEdit(second.id, question="Hoe ziet de opleiding eruit?"),
            CandidateQuestionEdit(first.id, answer="Ja, met gereedschap."),
            CandidateQuestionEdit(first.id, answered=True),
        ],
    )
    listed = load_session(db, example.interview_id).candidate_questions
    assert [(q.question, q.answered) for q in listed] == [
        ("Is er een bedrijfsbus?", True),
        ("Hoe ziet de opleiding eruit?", False),
    ]
    delete_candidate_question(db, example.interview_id, first.id)
    assert [q.id for q in load_session(db, example.interview_id).candidate_questions] == [
        second.id
    ]
    with pytest.raises(LookupError):
        apply_changes(
            db, example.interview_id, [CandidateQuestionEdit(first.id, answer="x")]
        )
