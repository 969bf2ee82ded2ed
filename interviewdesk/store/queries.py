"""Read-only queries behind the home view: lists of vacancies, candidates, interviews
and competencies, the upcoming interviews, and search.

They return small frozen rows holding only the columns a list shows — never ORM
objects, never a CV's text — built with one SQL statement per list (counts by
correlated subqueries, panels in one extra query, no query per row), so that the home
view of a database with 10,000 candidates and 2,000 vacancies opens in a blink. The
home view's lists run the plain SQL of :mod:`.home_sql`, which the start-up's first
look runs too: made once, it costs no statement building or compiling per refresh.
"""

import unicodedata
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Integer,
    TextClause,
    bindparam,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.types import TypeEngine
from sqlmodel import col

from interviewdesk.domain.agenda import PREPARATION, QUESTION_STAGES
from interviewdesk.store import home_sql
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Candidate,
    Interview,
    Vacancy,
)

# The rows live in a module of their own, free of SQLAlchemy, so that the home view's
# widgets and the first look (store/first_look.py) can use them before the store is
# imported; they are named here too, as before.
from interviewdesk.store.rows import (  # noqa: F401 - part of this module's API
    UPCOMING_DAYS,
    CandidateRow,
    CompetencyRow,
    InterviewRow,
    SearchResult,
    UpcomingInterview,
    VacancyHeader,
    VacancyRow,
    upcoming_window,
)
from interviewdesk.store.typed_sql import key

SEARCH_LIMIT = 50


def _home(sql: str, **types: TypeEngine[Any]) -> TextClause:
    """One of the home view's statements (:mod:`.home_sql`), made once: its parameters
    bound with the types of the columns they are compared with, so that each database
    gets them as it stores them (SQLite: dates and moments as text). Its results come
    back as the database hands them; :mod:`.home_sql` makes the rows."""
    return text(sql).bindparams(*(bindparam(name, type_=kind) for name, kind in types.items()))


_VACANCIES = _home(home_sql.VACANCIES, today=Date())
_COUNT_VACANCIES = _home(home_sql.COUNT_VACANCIES)
_VACANCY_HEADER = _home(home_sql.VACANCY_HEADER, vacancy_id=Integer())
_CANDIDATES = _home(home_sql.CANDIDATES, vacancy_id=Integer())
_INTERVIEWS = _home(home_sql.INTERVIEWS, vacancy_id=Integer())
_PANELS = _home(home_sql.PANELS, vacancy_id=Integer())
_COMPETENCIES = _home(home_sql.COMPETENCIES, vacancy_id=Integer())
_UPCOMING = _home(home_sql.UPCOMING, start=DateTime(), end=DateTime())
_HOLDS_OFFLINE_COPIES = _home(home_sql.HOLDS_OFFLINE_COPIES)


def list_vacancies(db: Database) -> list[VacancyRow]:
    """Every vacancy with its number of candidates: running procedures first (no end
    date, or ending today or later), then ended ones; by title within each group."""
    with db.engine.connect() as connection:
        return home_sql.vacancy_rows(
            connection.execute(_VACANCIES, {"today": date.today()}).all())


def count_vacancies(db: Database) -> int:
    """How many vacancies there are (zero on a fresh database)."""
    with db.engine.connect() as connection:
        return int(connection.execute(_COUNT_VACANCIES).scalar_one())


def vacancy_id_by_title(db: Database, title: str) -> int | None:
    """The id of a vacancy called exactly ``title`` (the lowest, if several), or ``None``."""
    statement = select(func.min(col(Vacancy.id))).where(col(Vacancy.title) == title)
    with db.engine.connect() as connection:
        return connection.execute(statement).scalar_one_or_none()


def vacancy_header(db: Database, vacancy_id: int) -> VacancyHeader | None:
    """The heading of one vacancy, or ``None`` if it no longer exists."""
    with db.engine.connect() as connection:
        row = connection.execute(_VACANCY_HEADER, {"vacancy_id": vacancy_id}).first()
    return home_sql.vacancy_header(row)


def list_candidates(db: Database, vacancy_id: int) -> list[CandidateRow]:
    """The candidates of a vacancy, by name, each with the date of their latest
    scheduled interview for it (``None`` if none is planned)."""
    with db.engine.connect() as connection:
        return home_sql.candidate_rows(
            connection.execute(_CANDIDATES, {"vacancy_id": vacancy_id}).all())


def list_interviews(db: Database, vacancy_id: int) -> list[InterviewRow]:
    """The interviews of a vacancy, most recent first (unscheduled ones on top), each
    with its panel's names."""
    parameters = {"vacancy_id": vacancy_id}
    with db.engine.connect() as connection:
        rows = connection.execute(_INTERVIEWS, parameters).all()
        panels = connection.execute(_PANELS, parameters).all()
    return home_sql.interview_rows(rows, panels)


def list_competencies(db: Database, vacancy_id: int) -> list[CompetencyRow]:
    """The competencies of a vacancy in their set order."""
    with db.engine.connect() as connection:
        return home_sql.competency_rows(
            connection.execute(_COMPETENCIES, {"vacancy_id": vacancy_id}).all())


def upcoming_interviews(
    db: Database, start: datetime | None = None, end: datetime | None = None
) -> list[UpcomingInterview]:
    """Interviews scheduled from ``start`` up to ``end`` (default: today and the next
    14 days), earliest first — including those earlier today, so "today" is complete."""
    if start is None or end is None:
        start, end = upcoming_window()
    with db.engine.connect() as connection:
        return home_sql.upcoming_rows(
            connection.execute(_UPCOMING, {"start": start, "end": end}).all())


def interview_under_way(db: Database) -> int | None:
    """The interview most likely being held now: of those started and not finished,
    one standing at a question stage first, then the one started last. ``None`` if no
    interview is under way."""
    statement = select(key(Interview.id), col(Interview.current_stage),
                       col(Interview.started_at)).where(
        col(Interview.finished_at).is_(None),
        or_(col(Interview.started_at).is_not(None), col(Interview.current_stage) != PREPARATION),
    )
    with db.engine.connect() as connection:
        rows = connection.execute(statement).all()
    if not rows:
        return None
    oldest = datetime.min.replace(tzinfo=UTC)

    def rank(row: tuple[int, str, datetime | None]) -> tuple[bool, datetime, int]:
        interview_id, stage, started_at = row
        return (stage in QUESTION_STAGES, home_sql.as_moment(started_at) or oldest, interview_id)

    return max(((i, stage, started) for i, stage, started in rows), key=rank)[0]


def has_document_text(db: Database, candidate_id: int, kind: str) -> bool:
    """Whether the candidate has CV (``kind`` "cv") or letter ("letter") text that an
    import would replace."""
    column = col(Candidate.cv_text) if kind == "cv" else col(Candidate.letter_text)
    blank = " \t\r\n"
    statement = select(func.length(func.trim(column, blank)) > 0).where(
        col(Candidate.id) == candidate_id)
    with db.engine.connect() as connection:
        return bool(connection.execute(statement).scalar_one_or_none())


def fold(text: str) -> str:
    """``text`` for matching: case folded and without accents, so that "jose",
    "José" and "JOSÉ" all find "José"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search(db: Database, text: str, limit: int = SEARCH_LIMIT) -> list[SearchResult]:
    """Vacancies whose title and candidates whose name contain ``text`` (ignoring case
    and accents), vacancies first, each group by name; at most ``limit`` results.

    Matching happens in Python on (id, name) pairs: SQLite's ``LIKE`` folds ASCII
    letters only, and scanning 10,000 short names takes a few milliseconds.
    """
    needle = fold(text.strip())
    if not needle:
        return []
    with db.engine.connect() as connection:
        vacancies = [
            (vacancy_id, title)
            for vacancy_id, title in connection.execute(
                select(key(Vacancy.id), col(Vacancy.title)))
            if needle in fold(title)
        ]
        candidates = sorted(
            (fold(name), candidate_id)
            for candidate_id, name in connection.execute(
                select(key(Candidate.id), col(Candidate.name)))
            if needle in fold(name)
        )
        results = [
            SearchResult("vacancy", title, vacancy_id, title)
            for vacancy_id, title in sorted(vacancies, key=lambda v: (fold(v[1]), v[0]))
        ][:limit]
        room = limit - len(results)
        if candidates and room > 0:
            chosen = [candidate_id for _folded, candidate_id in candidates[:room]]
            results += _candidate_results(connection, chosen)[:room]
    return results


def _candidate_results(connection: Connection, candidate_ids: list[int]) -> list[SearchResult]:
    """One result per (candidate, vacancy) for the given candidates, by name."""
    statement = (
        select(col(Candidate.id), col(Candidate.name), col(Vacancy.id), col(Vacancy.title))
        .outerjoin(Application, col(Application.candidate_id) == col(Candidate.id))
        .outerjoin(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
        .where(col(Candidate.id).in_(candidate_ids))
    )
    rows = list(connection.execute(statement).all())
    rows.sort(key=lambda r: (fold(r[1]), r[0], fold(r[3] or "")))
    return [
        SearchResult("candidate", name, vacancy_id, vacancy_title or "", candidate_id)
        for candidate_id, name, vacancy_id, vacancy_title in rows
    ]


def holds_offline_copies(db: Database) -> bool:
    """Whether this laptop's database holds interviews taken offline from a team server
    (the home view then labels them); cheap, so start-up need not load the exchange
    code to learn that the answer is no."""
    with db.engine.connect() as connection:
        return connection.execute(_HOLDS_OFFLINE_COPIES).first() is not None
