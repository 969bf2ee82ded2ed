"""Planning interviews: the application behind them and the panel on them."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlmodel import select

from interviewdesk.store.candidates import CandidateDraft, applications_of, save_candidate
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import InterviewerDraft, save_interviewer
from interviewdesk.store.interviews import (
    InterviewDraft,
    PanelSeat,
    assessed_panel_members,
    delete_interview,
    get_interview,
    load_interview_draft,
    save_interview,
)
from interviewdesk.store.models import Application, Assessment, Interview, PanelMember
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(store_db: Database) -> Database:
    """The store on SQLite and on a PostgreSQL server (``conftest.store_db``)."""
    return store_db


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    return {
        "vacancy": save_vacancy(db, VacancyDraft(title="Monteur")),
        "sanne": save_candidate(db, CandidateDraft(name="Sanne")),
        "piet": save_interviewer(db, InterviewerDraft(name="Piet")),
        "anna": save_interviewer(db, InterviewerDraft(name="Anna")),
        "kees": save_interviewer(db, InterviewerDraft(name="Kees")),
    }


AMSTERDAM_WINTER = timezone(timedelta(hours=1))


def draft_for(people: dict[str, int], **changes) -> InterviewDraft:
    draft = InterviewDraft(
        candidate_id=people["sanne"],
        vacancy_id=people["vacancy"],
        scheduled_at=datetime(2030, 1, 14, 10, 0, tzinfo=AMSTERDAM_WINTER),
        planned_minutes=45,
        location="Room 2",
        panel=[PanelSeat(people["anna"], "chair"), PanelSeat(people["piet"], "note_taker")],
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def test_interview_creates_the_application_and_keeps_the_panel_order(db, people) -> None:
    interview_id = save_interview(db, draft_for(people))

    loaded = load_interview_draft(db, interview_id)
    assert (loaded.candidate_id, loaded.vacancy_id) == (people["sanne"], people["vacancy"])
    assert loaded.scheduled_at == datetime(2030, 1, 14, 9, 0, tzinfo=UTC)
    assert loaded.scheduled_at.utcoffset() == timedelta(0)
    assert (loaded.planned_minutes, loaded.location) == (45, "Room 2")
    assert [(s.interviewer_id, s.role) for s in loaded.panel] == [
        (people["anna"], "chair"), (people["piet"], "note_taker")]
    [application] = applications_of(db, people["sanne"])
    assert application.status == "invited"
    assert get_interview(db, interview_id).current_stage == "preparation"


def test_second_interview_reuses_the_application(db, people) -> None:
    save_interview(db, draft_for(people))
    save_interview(db, draft_for(people, panel=[PanelSeat(people["kees"])]))
    with db.session() as session:
        assert len(session.exec(select(Application)).all()) == 1


def test_editing_the_panel_keeps_seat_ids(db, people) -> None:
    interview_id = save_interview(db, draft_for(people))
    with db.session() as session:
        anna_seat = session.exec(
            select(PanelMember).where(PanelMember.interviewer_id == people["anna"])).one()
        session.add(Assessment(interview_id=interview_id, panel_member_id=anna_seat.id))
    assert assessed_panel_members(db, interview_id) == {people["anna"]}

    draft = load_interview_draft(db, interview_id)
    draft.panel = [PanelSeat(people["kees"], "chair"), PanelSeat(people["anna"], "member")]
    save_interview(db, draft)

    with db.session() as session:
        seats = session.exec(select(PanelMember).order_by(PanelMember.position)).all()
        assert [(s.interviewer_id, s.role) for s in seats] == [
            (people["kees"], "chair"), (people["anna"], "member")]
        assert seats[1].id == anna_seat.id
        assert len(session.exec(select(Assessment)).all()) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"candidate_id": None}, "candidate_id"),
        ({"vacancy_id": None}, "vacancy_id"),
        ({"panel": []}, "panel"),
        ({"planned_minutes": 0}, "planned_minutes"),
        ({"scheduled_at": datetime(2030, 1, 14, 10, 0)}, "scheduled_at"),
        ({"panel": "two chairs"}, "panel"),
        ({"panel": "twice"}, "panel"),
    ],
)
def test_invalid_interviews_are_refused(db, people, changes, field) -> None:
    if changes.get("panel") == "two chairs":
        changes["panel"] = [PanelSeat(people["anna"], "chair"), PanelSeat(people["piet"], "chair")]
    elif changes.get("panel") == "twice":
        changes["panel"] = [PanelSeat(people["anna"]), PanelSeat(people["anna"], "hr")]
    with pytest.raises(ValidationError) as raised:
        save_interview(db, draft_for(people, **changes))
    assert raised.value.field == field


def test_started_interview_keeps_its_candidate(db, people) -> None:
    interview_id = save_interview(db, draft_for(people))
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        interview.started_at = datetime.now(UTC)
    other = save_candidate(db, CandidateDraft(name="Jan"))
    draft = load_interview_draft(db, interview_id)
    draft.candidate_id = other
    with pytest.raises(ValidationError):
        save_interview(db, draft)


def test_delete_interview_keeps_application(db, people) -> None:
    interview_id = save_interview(db, draft_for(people))
    delete_interview(db, interview_id)
    with db.session() as session:
        assert session.exec(select(PanelMember)).all() == []
    assert len(applications_of(db, people["sanne"])) == 1
    with pytest.raises(LookupError):
        load_interview_draft(db, interview_id)
