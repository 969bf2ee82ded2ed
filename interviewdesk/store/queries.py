"""Read-only queries behind the home view: lists of vacancies, candidates, interviews
and competencies, the upcoming interviews, and search.

They return small frozen rows holding only the columns a list shows — never ORM
objects, never a CV's text — built with one SQL statement per list (counts by
``GROUP BY``, panels in one extra query, no query per row), so that the home view of a
database with 10,000 candidates and 2,000 vacancies opens in a blink.
"""

import unicodedata
from datetime import UTC, date, datetime

from sqlalchemy import Connection, func, or_, select
from sqlmodel import col

from interviewdesk.domain.agenda import PREPARATION, QUESTION_STAGES
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Candidate,
    Competency,
    Interview,
    Interviewer,
    OfflineCopy,
    PanelMember,
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
from interviewdesk.store.typed_sql import key, nullable, typed

SEARCH_LIMIT = 50


def list_vacancies(db: Database) -> list[VacancyRow]:
    """Every vacancy with its number of candidates: running procedures first (no end
    date, or ending today or later), then ended ones; by title within each group."""
    counts = (
        select(col(Application.vacancy_id), func.count().label("n"))
        .group_by(col(Application.vacancy_id))
        .subquery()
    )
    ended = col(Vacancy.procedure_end) < date.today()
    statement = (
        select(key(Vacancy.id), col(Vacancy.title), col(Vacancy.procedure_end),
               func.coalesce(typed(counts.c.n, int), 0))
        .outerjoin(counts, counts.c.vacancy_id == col(Vacancy.id))
        .order_by(func.coalesce(ended, False), func.lower(col(Vacancy.title)), col(Vacancy.id))
    )
    with db.engine.connect() as connection:
        return [VacancyRow(vid, title, end, count)
                for vid, title, end, count in connection.execute(statement)]


def count_vacancies(db: Database) -> int:
    """How many vacancies there are (zero on a fresh database)."""
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Vacancy)).scalar_one())


def vacancy_id_by_title(db: Database, title: str) -> int | None:
    """The id of a vacancy called exactly ``title`` (the lowest, if several), or ``None``."""
    statement = select(func.min(col(Vacancy.id))).where(col(Vacancy.title) == title)
    with db.engine.connect() as connection:
        return connection.execute(statement).scalar_one_or_none()


def vacancy_header(db: Database, vacancy_id: int) -> VacancyHeader | None:
    """The heading of one vacancy, or ``None`` if it no longer exists."""
    statement = select(
        key(Vacancy.id), col(Vacancy.title), col(Vacancy.department), col(Vacancy.location),
        col(Vacancy.procedure_end)
    ).where(col(Vacancy.id) == vacancy_id)
    with db.engine.connect() as connection:
        row = connection.execute(statement).first()
    return VacancyHeader(*row) if row is not None else None


def list_candidates(db: Database, vacancy_id: int) -> list[CandidateRow]:
    """The candidates of a vacancy, by name, each with the date of their latest
    scheduled interview for it (``None`` if none is planned)."""
    latest = (
        select(col(Interview.application_id), func.max(col(Interview.scheduled_at)).label("at"))
        .group_by(col(Interview.application_id))
        .subquery()
    )
    statement = (
        select(
            key(Application.id),
            key(Candidate.id),
            col(Candidate.name),
            col(Application.status),
            nullable(latest.c.at, datetime),
            col(Candidate.email),
            col(Candidate.phone),
        )
        .join(Candidate, col(Candidate.id) == col(Application.candidate_id))
        .outerjoin(latest, latest.c.application_id == col(Application.id))
        .where(col(Application.vacancy_id) == vacancy_id)
        .order_by(func.lower(col(Candidate.name)), col(Candidate.id))
    )
    with db.engine.connect() as connection:
        rows = connection.execute(statement).all()
    return [
        CandidateRow(app_id, cand_id, name, status, _as_utc(at), email, phone)
        for app_id, cand_id, name, status, at, email, phone in rows
    ]


def list_interviews(db: Database, vacancy_id: int) -> list[InterviewRow]:
    """The interviews of a vacancy, most recent first (unscheduled ones on top), each
    with its panel's names."""
    statement = (
        select(
            key(Interview.id),
            col(Interview.scheduled_at),
            key(Candidate.id),
            col(Candidate.name),
            col(Interview.current_stage),
            col(Interview.started_at),
            col(Interview.finished_at),
        )
        .join(Application, col(Application.id) == col(Interview.application_id))
        .join(Candidate, col(Candidate.id) == col(Application.candidate_id))
        .where(col(Application.vacancy_id) == vacancy_id)
        .order_by(
            col(Interview.scheduled_at).is_not(None), col(Interview.scheduled_at).desc(),
            col(Interview.id).desc(),
        )
    )
    panels = (
        select(col(PanelMember.interview_id), col(Interviewer.name))
        .join(Interviewer, col(Interviewer.id) == col(PanelMember.interviewer_id))
        .join(Interview, col(Interview.id) == col(PanelMember.interview_id))
        .join(Application, col(Application.id) == col(Interview.application_id))
        .where(col(Application.vacancy_id) == vacancy_id)
        .order_by(col(PanelMember.interview_id), col(PanelMember.position), col(PanelMember.id))
    )
    with db.engine.connect() as connection:
        rows = connection.execute(statement).all()
        names: dict[int, list[str]] = {}
        for interview_id, name in connection.execute(panels):
            names.setdefault(interview_id, []).append(name)
    return [
        InterviewRow(
            i_id,
            _as_utc(at),
            c_id,
            c_name,
            tuple(names.get(i_id, ())),
            stage,
            _has_started(stage, started_at),
            finished_at is not None,
        )
        for i_id, at, c_id, c_name, stage, started_at, finished_at in rows
    ]


def list_competencies(db: Database, vacancy_id: int) -> list[CompetencyRow]:
    """The competencies of a vacancy in their set order."""
    statement = (
        select(key(Competency.id), col(Competency.name), col(Competency.weight),
               col(Competency.kind))
        .where(col(Competency.vacancy_id) == vacancy_id)
        .order_by(col(Competency.position), col(Competency.id))
    )
    with db.engine.connect() as connection:
        return [CompetencyRow(*row) for row in connection.execute(statement)]


def upcoming_interviews(
    db: Database, start: datetime | None = None, end: datetime | None = None
) -> list[UpcomingInterview]:
    """Interviews scheduled from ``start`` up to ``end`` (default: today and the next
    14 days), earliest first — including those earlier today, so "today" is complete."""
    if start is None or end is None:
        start, end = upcoming_window()
    statement = (
        select(
            key(Interview.id),
            col(Interview.scheduled_at),
            key(Candidate.id),
            col(Candidate.name),
            key(Vacancy.id),
            col(Vacancy.title),
            col(Interview.current_stage),
            col(Interview.started_at),
            col(Interview.finished_at),
        )
        .join(Application, col(Application.id) == col(Interview.application_id))
        .join(Candidate, col(Candidate.id) == col(Application.candidate_id))
        .join(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
        .where(col(Interview.scheduled_at) >= start, col(Interview.scheduled_at) < end)
        .order_by(col(Interview.scheduled_at), col(Interview.id))
    )
    with db.engine.connect() as connection:
        rows = connection.execute(statement).all()
    return [
        UpcomingInterview(
            i_id,
            _aware(at),
            c_id,
            c_name,
            v_id,
            v_title,
            _has_started(stage, started_at),
            finished_at is not None,
        )
        for i_id, at, c_id, c_name, v_id, v_title, stage, started_at, finished_at in rows
        if at is not None  # always: the query asks for a moment in the window
    ]


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
        return (stage in QUESTION_STAGES, _as_utc(started_at) or oldest, interview_id)

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


def _has_started(stage: str, started_at: datetime | None) -> bool:
    """An interview has started once its clock ran or the interviewer left preparation."""
    return started_at is not None or stage != PREPARATION


def _aware(value: datetime) -> datetime:
    """:func:`_as_utc` of a moment that is there."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _as_utc(value: datetime | None) -> datetime | None:
    """Core queries hand back what the column type makes of the stored text; make
    sure every timestamp leaves this module aware, as the rest of the app expects."""
    return None if value is None else _aware(value)


def holds_offline_copies(db: Database) -> bool:
    """Whether this laptop's database holds interviews taken offline from a team server
    (the home view then labels them); cheap, so start-up need not load the exchange
    code to learn that the answer is no."""
    with db.engine.connect() as connection:
        return connection.execute(
            select(col(OfflineCopy.id)).where(col(OfflineCopy.side) == "laptop").limit(1)
        ).first() is not None
