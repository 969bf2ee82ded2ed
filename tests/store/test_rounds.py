"""Second rounds: planning one after an earlier interview, and what its panel reads of
the first round — the decision and open points always, the scores only once the first
round is closed (blind scoring)."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interviewdesk.domain.rounds import EarlierRound, makes_cycle, preselected
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import close_round
from interviewdesk.store.assessments.first_round import first_round_of
from interviewdesk.store.database import Database
from interviewdesk.store.interviews import (
    InterviewDraft,
    PanelSeat,
    delete_interview,
    load_interview_draft,
    save_interview,
)
from interviewdesk.store.models import Application, Interview
from interviewdesk.store.rounds import earlier_rounds, follows_of
from interviewdesk.store.startup import open_store
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def _at(days: int) -> datetime:
    return datetime(2030, 3, 1, 9, tzinfo=UTC) + timedelta(days=days)


def test_the_newest_earlier_round_decided_next_round_is_chosen_in_advance() -> None:
    older = EarlierRound(1, _at(0), "next_round")
    newer = EarlierRound(2, _at(5), "")
    assert preselected([]) is None
    assert preselected([older]) == 1
    assert preselected([older, newer]) is None
    assert preselected([newer, EarlierRound(3, _at(9), "next_round")]) == 3
    assert preselected([EarlierRound(4, None, "next_round"), newer]) == 4
    assert preselected([EarlierRound(5, _at(1), "reject")]) is None


def test_a_cycle_of_rounds_is_noticed() -> None:
    assert makes_cycle(1, 1, {})
    assert makes_cycle(1, 2, {2: 1})
    assert makes_cycle(1, 3, {3: 2, 2: 1})
    assert not makes_cycle(1, 2, {2: None})
    assert not makes_cycle(None, 2, {2: None})
    assert not makes_cycle(1, 3, {3: 2, 2: 3})  # a loop elsewhere does not hang


def _application_of(db: Database, interview_id: int) -> Application:
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        application = session.get(Application, interview.application_id)
        assert application is not None
        return application


def _second_round(db: Database, example: ExampleIds, first: int, **changes: object) -> int:
    application = _application_of(db, first)
    draft = InterviewDraft(candidate_id=application.candidate_id,
                           vacancy_id=application.vacancy_id, scheduled_at=_at(30),
                           panel=[PanelSeat(example.interviewer_ids[0], "chair")],
                           follows_interview_id=first)
    for key, value in changes.items():
        setattr(draft, key, value)
    return save_interview(db, draft)


def test_a_second_round_is_offered_after_the_decided_first_and_saved_linked(
        db: Database, example: ExampleIds) -> None:
    first = example.completed_interview_id
    application = _application_of(db, first)
    offered = earlier_rounds(db, application.candidate_id, application.vacancy_id)
    assert [(r.interview_id, r.outcome) for r in offered] == [(first, "next_round")]
    assert preselected(offered) == first

    second = _second_round(db, example, first)
    assert follows_of(db, second) == first
    assert load_interview_draft(db, second).follows_interview_id == first
    # Editing the second round does not offer itself.
    assert [r.interview_id for r in earlier_rounds(
        db, application.candidate_id, application.vacancy_id, excluding=second)] == [first]

    # Unlinking is allowed; the first round cannot then follow the second and back.
    draft = load_interview_draft(db, first)
    draft.follows_interview_id = second
    with pytest.raises(ValidationError) as refused:
        save_interview(db, draft)
    assert refused.value.field == "follows_interview_id"


def test_a_round_of_another_candidate_or_itself_cannot_be_followed(
        db: Database, example: ExampleIds) -> None:
    with pytest.raises(ValidationError, match="same candidate"):
        _second_round(db, example, example.completed_interview_id,
                      follows_interview_id=example.waiting_interview_id)
    draft = load_interview_draft(db, example.waiting_interview_id)
    draft.follows_interview_id = example.waiting_interview_id
    with pytest.raises(ValidationError, match="itself"):
        save_interview(db, draft)
    with pytest.raises(ValidationError, match="deleted"):
        _second_round(db, example, example.completed_interview_id, follows_interview_id=99999)


def test_moving_the_first_round_to_another_candidate_unlinks_the_second(
        db: Database, example: ExampleIds) -> None:
    second = _second_round(db, example, example.completed_interview_id)
    with db.session() as session:  # a planned interview may move; this one has not started
        interview = session.get(Interview, example.completed_interview_id)
        assert interview is not None
        interview.started_at = None
        session.add(interview)
    moved = load_interview_draft(db, example.completed_interview_id)
    other = load_interview_draft(db, example.waiting_interview_id)
    moved.candidate_id = other.candidate_id
    save_interview(db, moved)
    assert follows_of(db, second) is None


def test_deleting_the_first_round_leaves_the_second_unlinked(
        db: Database, example: ExampleIds) -> None:
    second = _second_round(db, example, example.completed_interview_id)
    delete_interview(db, example.completed_interview_id)
    assert follows_of(db, second) is None
    assert first_round_of(db, second) is None


def test_the_second_round_reads_the_decided_first_round(
        db: Database, example: ExampleIds) -> None:
    second = _second_round(db, example, example.completed_interview_id)
    first = first_round_of(db, second)
    assert first is not None and first.scores_hidden is None
    assert first.decision is not None and first.decision.outcome == "next_round"
    assert "klachtafhandeling" in first.decision.rationale
    assert any("meeloopdag" in point for point in first.open_points)
    assert [a.name for a in first.consensus] == ["Klantgerichtheid"]
    assert first.consensus[0].score == 3 and "eigenaarschap" in first.consensus[0].reason
    discussed = {d.name: d for d in first.discussed}
    assert "Klantgerichtheid" in discussed
    assert discussed["Klantgerichtheid"].agreed
    assert first.overall is not None
    assert first_round_of(db, example.completed_interview_id) is None


def test_an_open_first_round_shows_its_open_points_but_no_score(
        db: Database, example: ExampleIds) -> None:
    second = _second_round(db, example, example.waiting_interview_id)
    first = first_round_of(db, second)
    assert first is not None
    assert first.scores_hidden == "others_not_submitted"
    assert first.missing == ("René Mulder",)
    assert first.discussed == () and first.consensus == () and first.overall is None

    close_round(db, example.waiting_interview_id, example.waiting_panel_member_ids[0],
                "René is met verlof")
    opened = first_round_of(db, second)
    assert opened is not None and opened.scores_hidden is None and opened.overall is not None


def test_the_first_round_of_an_unknown_interview_is_a_lookup_error(db: Database) -> None:
    with pytest.raises(LookupError):
        first_round_of(db, 12345)
    with pytest.raises(LookupError):
        follows_of(db, 12345)
