"""The home view's read-only queries: what they list, in which order, with which counts."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import SQLModel

from interviewdesk.store import queries
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Candidate,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    Vacancy,
)


@pytest.fixture
def db(store_db: Database) -> Database:
    """Each query on a SQLite file and on a team server (their SQL is plain text,
    store/home_sql.py, so both must understand it and read it alike)."""
    return store_db


def add(db: Database, *rows: SQLModel) -> list[int]:
    """Insert ``rows`` in order, each flushed so the next can refer to its id."""
    ids = []
    with db.session() as session:
        for row in rows:
            session.add(row)
            session.flush()
            ids.append(row.id)  # type: ignore[attr-defined]
    return ids


def vacancy(db: Database, title: str, end: date | None = None) -> int:
    return add(db, Vacancy(title=title, procedure_end=end))[0]


def candidate(db: Database, name: str, *vacancy_ids: int, status: str = "applied",
              **fields: str) -> int:
    (candidate_id,) = add(db, Candidate(name=name, cv_text="x" * 10_000, **fields))
    add(db, *(Application(candidate_id=candidate_id, vacancy_id=v, status=status)
              for v in vacancy_ids))
    return candidate_id


def application_id(db: Database, candidate_id: int, vacancy_id: int) -> int:
    with db.engine.connect() as connection:
        return connection.execute(
            Application.__table__.select().where(  # type: ignore[attr-defined]
                Application.__table__.c.candidate_id == candidate_id,  # type: ignore[attr-defined]
                Application.__table__.c.vacancy_id == vacancy_id,  # type: ignore[attr-defined]
            )
        ).one().id


def interview(db: Database, candidate_id: int, vacancy_id: int,
              at: datetime | None) -> int:
    return add(db, Interview(application_id=application_id(db, candidate_id, vacancy_id),
                             scheduled_at=at))[0]


# -- vacancies ------------------------------------------------------------------------


def test_vacancies_are_listed_running_first_then_by_title_with_candidate_counts(
        db: Database) -> None:
    today = date.today()
    ended = vacancy(db, "Accountmanager", today - timedelta(days=1))
    plumber = vacancy(db, "loodgieter", today)
    backend = vacancy(db, "Backend developer")
    candidate(db, "Sanne", plumber, backend)
    candidate(db, "Joël", plumber)
    candidate(db, "Ahmed", ended)

    rows = queries.list_vacancies(db)

    assert [(r.id, r.candidate_count) for r in rows] == [(backend, 1), (plumber, 2), (ended, 1)]
    assert rows[1].title == "loodgieter"
    assert rows[1].procedure_end == today


def test_a_vacancy_without_candidates_counts_zero(db: Database) -> None:
    vacancy(db, "Planner")
    assert [(r.title, r.candidate_count) for r in queries.list_vacancies(db)] == [("Planner", 0)]
    assert queries.count_vacancies(db) == 1


def test_vacancy_header_and_lookup_by_title(db: Database) -> None:
    first = vacancy(db, "Planner", date(2027, 1, 31))
    vacancy(db, "Planner")
    header = queries.vacancy_header(db, first)
    assert header is not None
    assert (header.title, header.procedure_end) == ("Planner", date(2027, 1, 31))
    assert queries.vacancy_header(db, 999) is None
    assert queries.vacancy_id_by_title(db, "Planner") == first
    assert queries.vacancy_id_by_title(db, "planner") is None


# -- one vacancy's lists --------------------------------------------------------------


def test_candidates_of_a_vacancy_by_name_with_their_latest_interview(db: Database) -> None:
    job = vacancy(db, "Monteur")
    other = vacancy(db, "Planner")
    sanne = candidate(db, "Sanne de Vries", job, status="invited", email="s@example.nl",
                      phone="06-1")
    candidate(db, "anton Bakker", job)
    candidate(db, "Not here", other)
    early = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
    late = datetime(2026, 1, 19, 14, 30, tzinfo=UTC)
    interview(db, sanne, job, early)
    interview(db, sanne, job, late)
    interview(db, sanne, job, None)

    rows = queries.list_candidates(db, job)

    assert [r.name for r in rows] == ["anton Bakker", "Sanne de Vries"]
    assert rows[0].interview_at is None
    assert rows[1].interview_at == late
    assert rows[1].interview_at.tzinfo is not None
    assert (rows[1].status, rows[1].email, rows[1].phone) == ("invited", "s@example.nl", "06-1")
    assert rows[1].candidate_id == sanne


def test_interviews_of_a_vacancy_with_their_panel_in_order(db: Database) -> None:
    job = vacancy(db, "Monteur")
    sanne = candidate(db, "Sanne", job)
    joel = candidate(db, "Joël", job)
    first = interview(db, sanne, job, datetime(2026, 1, 12, 9, 0, tzinfo=UTC))
    second = interview(db, joel, job, datetime(2026, 1, 13, 9, 0, tzinfo=UTC))
    unplanned = interview(db, joel, job, None)
    chair, member = add(db, Interviewer(name="René"), Interviewer(name="Inge"))
    add(db, PanelMember(interview_id=first, interviewer_id=member, position=1),
        PanelMember(interview_id=first, interviewer_id=chair, position=0))

    rows = queries.list_interviews(db, job)

    assert [r.id for r in rows] == [unplanned, second, first]
    assert rows[2].panel == ("René", "Inge")
    assert rows[1].panel == ()
    assert rows[1].candidate_name == "Joël"


def test_interviews_say_where_they_stand(db: Database) -> None:
    job = vacancy(db, "Monteur")
    sanne = candidate(db, "Sanne", job)
    planned = interview(db, sanne, job, datetime(2026, 1, 14, 9, 0, tzinfo=UTC))
    under_way = interview(db, sanne, job, datetime(2026, 1, 13, 9, 0, tzinfo=UTC))
    done = interview(db, sanne, job, datetime(2026, 1, 12, 9, 0, tzinfo=UTC))
    _set(db, under_way, current_stage="skills", started_at=datetime(2026, 1, 13, 9, 5, tzinfo=UTC))
    _set(db, done, current_stage="assessment", started_at=datetime(2026, 1, 12, 9, 0, tzinfo=UTC),
         finished_at=datetime(2026, 1, 12, 10, 0, tzinfo=UTC))

    rows = {r.id: r for r in queries.list_interviews(db, job)}

    assert (rows[planned].current_stage, rows[planned].started, rows[planned].finished) == (
        "preparation", False, False)
    assert (rows[under_way].current_stage, rows[under_way].started,
            rows[under_way].finished) == ("skills", True, False)
    assert (rows[done].started, rows[done].finished) == (True, True)


def test_leaving_preparation_counts_as_started_even_before_the_clock(db: Database) -> None:
    job = vacancy(db, "Monteur")
    sanne = candidate(db, "Sanne", job)
    moved_on = interview(db, sanne, job, None)
    _set(db, moved_on, current_stage="opening")
    assert queries.list_interviews(db, job)[0].started is True


def test_the_interview_under_way_prefers_a_question_stage_then_the_latest_start(
        db: Database) -> None:
    job = vacancy(db, "Monteur")
    sanne = candidate(db, "Sanne", job)
    assert queries.interview_under_way(db) is None
    interview(db, sanne, job, None)  # not started
    early = interview(db, sanne, job, None)
    late = interview(db, sanne, job, None)
    done = interview(db, sanne, job, None)
    _set(db, early, current_stage="experience", started_at=datetime(2026, 1, 12, 9, tzinfo=UTC))
    _set(db, late, current_stage="closing", started_at=datetime(2026, 1, 12, 11, tzinfo=UTC))
    _set(db, done, current_stage="skills", started_at=datetime(2026, 1, 12, 12, tzinfo=UTC),
         finished_at=datetime(2026, 1, 12, 13, tzinfo=UTC))
    assert queries.interview_under_way(db) == early
    _set(db, early, finished_at=datetime(2026, 1, 12, 10, tzinfo=UTC))
    assert queries.interview_under_way(db) == late


def test_has_document_text_ignores_blank_text(db: Database) -> None:
    with_cv = candidate(db, "Sanne")  # the helper gives everyone a CV
    (blank,) = add(db, Candidate(name="Joël", cv_text="  \n", letter_text=""))
    assert queries.has_document_text(db, with_cv, "cv") is True
    assert queries.has_document_text(db, with_cv, "letter") is False
    assert queries.has_document_text(db, blank, "cv") is False
    assert queries.has_document_text(db, 12345, "cv") is False


def _set(db: Database, interview_id: int, **fields: object) -> None:
    with db.session() as session:
        row = session.get(Interview, interview_id)
        for name, value in fields.items():
            setattr(row, name, value)
        session.add(row)


def test_competencies_in_their_set_order(db: Database) -> None:
    job = vacancy(db, "Monteur")
    add(db, Competency(vacancy_id=job, name="Samenwerken", position=2, weight=1.0),
        Competency(vacancy_id=job, name="Vakmanschap", position=1, weight=2.0, kind="technical"))
    rows = queries.list_competencies(db, job)
    assert [(r.name, r.weight, r.kind) for r in rows] == [
        ("Vakmanschap", 2.0, "technical"), ("Samenwerken", 1.0, "core")]


# -- upcoming interviews --------------------------------------------------------------


def test_upcoming_window_runs_from_local_midnight_over_fifteen_days() -> None:
    now = datetime(2026, 3, 10, 15, 45).astimezone()
    start, end = queries.upcoming_window(now)
    assert (start.hour, start.minute, start.date()) == (0, 0, now.date())
    assert end - start == timedelta(days=15)


def test_upcoming_interviews_include_earlier_today_and_stop_after_two_weeks(
        db: Database) -> None:
    job = vacancy(db, "Monteur")
    sanne = candidate(db, "Sanne", job)
    start, end = queries.upcoming_window()
    inside = [start + timedelta(minutes=1), end - timedelta(minutes=1)]
    outside = [start - timedelta(minutes=1), end]
    ids = [interview(db, sanne, job, at) for at in [inside[1], *outside, inside[0]]]
    interview(db, sanne, job, None)

    rows = queries.upcoming_interviews(db)

    assert [r.id for r in rows] == [ids[3], ids[0]]
    assert (rows[0].candidate_name, rows[0].vacancy_title, rows[0].vacancy_id) == (
        "Sanne", "Monteur", job)
    assert rows[0].scheduled_at == inside[0]
    assert (rows[0].started, rows[0].finished) == (False, False)


# -- search ---------------------------------------------------------------------------


def test_search_ignores_case_and_accents_and_lists_vacancies_first(db: Database) -> None:
    job = vacancy(db, "Medewerker René's garage")
    other = vacancy(db, "Planner")
    renee = candidate(db, "Renée Öztürk", job, other)
    candidate(db, "Someone else", job)

    results = queries.search(db, "RENÉ")

    assert [(r.kind, r.name, r.vacancy_id) for r in results] == [
        ("vacancy", "Medewerker René's garage", job),
        ("candidate", "Renée Öztürk", job),
        ("candidate", "Renée Öztürk", other),
    ]
    assert results[1].candidate_id == renee
    assert results[2].vacancy_title == "Planner"
    assert [r.name for r in queries.search(db, "oztu")] == ["Renée Öztürk"] * 2
    assert [r.name for r in queries.search(db, "ée Ö")] == ["Renée Öztürk"] * 2


def test_search_finds_a_candidate_without_an_application(db: Database) -> None:
    loose = candidate(db, "Mila Jansen")
    (result,) = queries.search(db, "jans")
    assert (result.kind, result.candidate_id, result.vacancy_id) == ("candidate", loose, None)


def test_search_with_blank_text_finds_nothing(db: Database) -> None:
    candidate(db, "Mila Jansen")
    assert queries.search(db, "   ") == []


def test_search_stops_at_the_limit_keeping_name_order(db: Database) -> None:
    for n in range(30, 0, -1):
        candidate(db, f"Kandidaat {n:02d}")
    results = queries.search(db, "kandidaat", limit=5)
    assert [r.name for r in results] == [f"Kandidaat {n:02d}" for n in range(1, 6)]


def test_fold_removes_case_and_accents() -> None:
    assert queries.fold("ÉÈÖ ßé") == "eeo sse"
