"""The SQL of the home view's lists, written once, and how its raw rows become the
frozen rows of :mod:`.rows`.

Two readers run it: :mod:`.queries` through SQLAlchemy (SQLite or a team server's
PostgreSQL, the parameters bound with their column types) and, at start-up,
:mod:`.first_look` with the ``sqlite3`` module before SQLAlchemy is imported. One text
for both keeps the first look showing exactly the home view's rows, and plain SQL
costs the home view no statement building or compiling each time it is built or
refreshed (docs/architecture.md, start-up). So the SQL is portable (no SQLite- or
PostgreSQL-only syntax) and its parameters are named (``:vacancy_id``), which both
readers understand.

The raw values differ by reader: SQLite hands dates and moments back as text,
PostgreSQL as ``date``/``datetime``; :func:`as_date` and :func:`as_moment` take both.
Each list is one statement: counts and latest dates are correlated subqueries, which
use the indexes on ``application.vacancy_id`` and ``interview.application_id`` instead
of grouping every application or interview of the database for one vacancy.
"""

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from interviewdesk.domain.agenda import PREPARATION
from interviewdesk.store.rows import (
    CandidateRow,
    CompetencyRow,
    InterviewRow,
    UpcomingInterview,
    VacancyHeader,
    VacancyRow,
)

#: Every vacancy with its number of candidates: running procedures first (no end date,
#: or ending ``:today`` or later), then ended ones; by title within each group.
VACANCIES = (
    "SELECT vacancy.id, vacancy.title, vacancy.procedure_end, "
    "(SELECT count(*) FROM application WHERE application.vacancy_id = vacancy.id) "
    "FROM vacancy "
    "ORDER BY CASE WHEN vacancy.procedure_end < :today THEN 1 ELSE 0 END, "
    "lower(vacancy.title), vacancy.id")

#: The heading of the vacancy ``:vacancy_id``.
VACANCY_HEADER = (
    "SELECT vacancy.id, vacancy.title, vacancy.department, vacancy.location, "
    "vacancy.procedure_end FROM vacancy WHERE vacancy.id = :vacancy_id")

#: The candidates of ``:vacancy_id`` by name, each with their latest scheduled interview.
CANDIDATES = (
    "SELECT application.id, candidate.id, candidate.name, application.status, "
    "(SELECT max(interview.scheduled_at) FROM interview "
    "WHERE interview.application_id = application.id), "
    "candidate.email, candidate.phone "
    "FROM application JOIN candidate ON candidate.id = application.candidate_id "
    "WHERE application.vacancy_id = :vacancy_id "
    "ORDER BY lower(candidate.name), candidate.id")

#: The interviews of ``:vacancy_id``: unscheduled ones on top, then the latest first.
INTERVIEWS = (
    "SELECT interview.id, interview.scheduled_at, candidate.id, candidate.name, "
    "interview.current_stage, interview.started_at, interview.finished_at "
    "FROM interview JOIN application ON application.id = interview.application_id "
    "JOIN candidate ON candidate.id = application.candidate_id "
    "WHERE application.vacancy_id = :vacancy_id "
    "ORDER BY interview.scheduled_at IS NOT NULL, interview.scheduled_at DESC, "
    "interview.id DESC")

#: The panels of the interviews of ``:vacancy_id``: (interview id, name) in their order.
PANELS = (
    "SELECT panelmember.interview_id, interviewer.name FROM panelmember "
    "JOIN interviewer ON interviewer.id = panelmember.interviewer_id "
    "JOIN interview ON interview.id = panelmember.interview_id "
    "JOIN application ON application.id = interview.application_id "
    "WHERE application.vacancy_id = :vacancy_id "
    "ORDER BY panelmember.interview_id, panelmember.position, panelmember.id")

#: The competencies of ``:vacancy_id`` in their set order.
COMPETENCIES = (
    "SELECT competency.id, competency.name, competency.weight, competency.kind "
    "FROM competency WHERE competency.vacancy_id = :vacancy_id "
    "ORDER BY competency.position, competency.id")

#: The interviews scheduled from ``:start`` up to ``:end``, earliest first.
UPCOMING = (
    "SELECT interview.id, interview.scheduled_at, candidate.id, candidate.name, "
    "vacancy.id, vacancy.title, interview.current_stage, interview.started_at, "
    "interview.finished_at FROM interview "
    "JOIN application ON application.id = interview.application_id "
    "JOIN candidate ON candidate.id = application.candidate_id "
    "JOIN vacancy ON vacancy.id = application.vacancy_id "
    "WHERE interview.scheduled_at >= :start AND interview.scheduled_at < :end "
    "ORDER BY interview.scheduled_at, interview.id")

#: Whether this laptop holds interviews taken offline from a team server.
HOLDS_OFFLINE_COPIES = (
    "SELECT offlinecopy.id FROM offlinecopy WHERE offlinecopy.side = 'laptop' LIMIT 1")

#: How many vacancies there are.
COUNT_VACANCIES = "SELECT count(*) FROM vacancy"


def as_date(value: date | str | None) -> date | None:
    """A stored date: text from SQLite, a ``date`` from PostgreSQL."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def as_moment(value: datetime | str | None) -> datetime | None:
    """A stored moment, aware (UTC) as the store hands them out everywhere: stored
    naive in UTC, as text in SQLite."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def has_started(stage: str, started_at: object) -> bool:
    """An interview has started once its clock ran or the interviewer left preparation."""
    return started_at is not None or stage != PREPARATION


def vacancy_rows(rows: Iterable[Any]) -> list[VacancyRow]:
    """The rows of :data:`VACANCIES`."""
    return [VacancyRow(vid, title, as_date(end), count) for vid, title, end, count in rows]


def vacancy_header(row: Any) -> VacancyHeader | None:
    """The row of :data:`VACANCY_HEADER`, if there was one."""
    if row is None:
        return None
    vid, title, department, location, end = row
    return VacancyHeader(vid, title, department, location, as_date(end))


def candidate_rows(rows: Iterable[Any]) -> list[CandidateRow]:
    """The rows of :data:`CANDIDATES`."""
    return [CandidateRow(app_id, cand_id, name, status, as_moment(at), email, phone)
            for app_id, cand_id, name, status, at, email, phone in rows]


def interview_rows(rows: Iterable[Any], panels: Iterable[Any]) -> list[InterviewRow]:
    """The rows of :data:`INTERVIEWS`, with the names of :data:`PANELS`."""
    names: dict[int, list[str]] = {}
    for interview_id, name in panels:
        names.setdefault(interview_id, []).append(name)
    return [
        InterviewRow(i_id, as_moment(at), c_id, c_name, tuple(names.get(i_id, ())), stage,
                     has_started(stage, started_at), finished_at is not None)
        for i_id, at, c_id, c_name, stage, started_at, finished_at in rows
    ]


def competency_rows(rows: Iterable[Any]) -> list[CompetencyRow]:
    """The rows of :data:`COMPETENCIES`."""
    return [CompetencyRow(cid, name, float(weight), kind) for cid, name, weight, kind in rows]


def upcoming_rows(rows: Iterable[Any]) -> list[UpcomingInterview]:
    """The rows of :data:`UPCOMING`."""
    found = []
    for i_id, at, c_id, c_name, v_id, v_title, stage, started_at, finished_at in rows:
        moment = as_moment(at)
        if moment is not None:  # always: the query asks for a moment in the window
            found.append(UpcomingInterview(i_id, moment, c_id, c_name, v_id, v_title,
                                           has_started(stage, started_at),
                                           finished_at is not None))
    return found
