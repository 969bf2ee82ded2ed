"""The first look at the data folder: what the home view shows at start-up, read with
the ``sqlite3`` module before SQLAlchemy, SQLModel and the models are imported.

Importing the store takes longer than everything else at start-up together (≈0.5 s
of a 1 s start on a quiet laptop), so the window does not wait for it to show the
data: :func:`read_first_look` checks the file and reads the vacancies, the upcoming
interviews and the selected vacancy's tabs in plain SQL, and the window shows them —
read-only — while the store opens (docs/architecture.md, start-up). The rows are the
same frozen records :mod:`interviewdesk.store.queries` returns (:mod:`.rows`), built
from the same SQL; a test holds the two to the same answers.

Anything out of the ordinary returns ``None`` and the window waits for the store as
before, which also brings up its dialogs: a missing, empty or damaged file, a schema
that is not this build's (an upgrade comes first), a folder whose passphrase was not
given, a laptop holding interviews taken offline from a team server (their rows carry a
label only the exchange code can read), or no vacancy at all (the welcome page needs no
data). A team server never gets a first look: it has no file.
"""

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from interviewdesk.domain.agenda import PREPARATION
from interviewdesk.store import encryption
from interviewdesk.store.rows import (
    CandidateRow,
    CompetencyRow,
    InterviewRow,
    UpcomingInterview,
    VacancyHeader,
    VacancyRow,
    upcoming_window,
)

log = logging.getLogger(__name__)

#: How SQLAlchemy writes a moment into SQLite (and so how it compares one): naive,
#: with microseconds. The upcoming window is bound the same way here.
_STORED_MOMENT = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True)
class FirstLook:
    """The home view's data at start-up: every vacancy, the upcoming interviews, and
    the tabs of ``vacancy`` (the one the user left, else the first in the list)."""

    vacancies: list[VacancyRow]
    upcoming: list[UpcomingInterview]
    vacancy: VacancyHeader
    candidates: list[CandidateRow] = field(default_factory=list)
    interviews: list[InterviewRow] = field(default_factory=list)
    competencies: list[CompetencyRow] = field(default_factory=list)


def read_first_look(path: Path, vacancy_id: int | None, *,
                    now: datetime | None = None) -> FirstLook | None:
    """The first look at the database file at ``path``, after SQLite's ``quick_check``
    (the check :func:`~interviewdesk.store.startup.open_store` would run; it need not
    run again). ``None`` when the careful path must decide (module docstring), also
    when the file cannot be read: that path then says why.

    ``now`` is the moment that "today" and the upcoming interviews count from (the
    computer's clock by default).
    """
    from interviewdesk.store.integrity import check_integrity
    from interviewdesk.store.migrate import HEAD_REVISION

    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    if encryption.is_encrypted(path) and not _unlocked(path):
        return None
    if not check_integrity(path, quick=True).ok:
        return None
    try:
        connection = encryption.connect(path, mode="ro")
    except encryption.UNOPENABLE as error:
        log.info("No first look: %s", type(error).__name__)
        return None
    try:
        local_now = (now or datetime.now().astimezone()).astimezone()
        return _read(connection, vacancy_id, HEAD_REVISION, upcoming_window(local_now),
                     local_now.date())
    except encryption.UNOPENABLE as error:  # an odd file: the store's path will say what
        log.info("No first look: %s", type(error).__name__)
        return None
    finally:
        connection.close()


def _unlocked(path: Path) -> bool:
    try:
        encryption.passphrase_for(path)
    except encryption.PassphraseError:
        return False
    return True


def _read(connection: Any, vacancy_id: int | None, head_revision: str,
          upcoming_between: tuple[datetime, datetime], today: date) -> FirstLook | None:
    if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [
            (head_revision,)]:
        return None  # an upgrade comes first
    if connection.execute(
            "SELECT 1 FROM offlinecopy WHERE side = 'laptop' LIMIT 1").fetchone() is not None:
        return None
    vacancies = list_vacancies(connection, today)
    if not vacancies:
        return None
    ids = {row.id for row in vacancies}
    chosen = vacancy_id if vacancy_id in ids else vacancies[0].id
    header = vacancy_header(connection, chosen)
    if header is None:  # pragma: no cover - it was just listed, in the same transaction
        return None
    return FirstLook(
        vacancies, upcoming_interviews(connection, *upcoming_between), header,
        list_candidates(connection, chosen), list_interviews(connection, chosen),
        list_competencies(connection, chosen))


# -- the queries of store/queries.py, in plain SQL --------------------------------------
# Each holds exactly the SQL that SQLAlchemy makes of its twin there, with its order.


def list_vacancies(connection: Any, today: date) -> list[VacancyRow]:
    """:func:`interviewdesk.store.queries.list_vacancies`."""
    rows = connection.execute(
        "SELECT vacancy.id, vacancy.title, vacancy.procedure_end, coalesce(counts.n, 0) "
        "FROM vacancy LEFT OUTER JOIN (SELECT application.vacancy_id AS vacancy_id, "
        "count(*) AS n FROM application GROUP BY application.vacancy_id) AS counts "
        "ON counts.vacancy_id = vacancy.id "
        "ORDER BY coalesce(vacancy.procedure_end < ?, 0), lower(vacancy.title), vacancy.id",
        (today.isoformat(),))
    return [VacancyRow(vid, title, _date(end), count) for vid, title, end, count in rows]


def vacancy_header(connection: Any, vacancy_id: int) -> VacancyHeader | None:
    """:func:`interviewdesk.store.queries.vacancy_header`."""
    row = connection.execute(
        "SELECT id, title, department, location, procedure_end FROM vacancy WHERE id = ?",
        (vacancy_id,)).fetchone()
    if row is None:
        return None
    vid, title, department, location, end = row
    return VacancyHeader(vid, title, department, location, _date(end))


def list_candidates(connection: Any, vacancy_id: int) -> list[CandidateRow]:
    """:func:`interviewdesk.store.queries.list_candidates`."""
    rows = connection.execute(
        "SELECT application.id, candidate.id, candidate.name, application.status, latest.at, "
        "candidate.email, candidate.phone FROM application "
        "JOIN candidate ON candidate.id = application.candidate_id "
        "LEFT OUTER JOIN (SELECT interview.application_id AS application_id, "
        "max(interview.scheduled_at) AS at FROM interview "
        "GROUP BY interview.application_id) AS latest "
        "ON latest.application_id = application.id "
        "WHERE application.vacancy_id = ? ORDER BY lower(candidate.name), candidate.id",
        (vacancy_id,))
    return [CandidateRow(app_id, cand_id, name, status, _moment(at), email, phone)
            for app_id, cand_id, name, status, at, email, phone in rows]


def list_interviews(connection: Any, vacancy_id: int) -> list[InterviewRow]:
    """:func:`interviewdesk.store.queries.list_interviews`."""
    rows = connection.execute(
        "SELECT interview.id, interview.scheduled_at, candidate.id, candidate.name, "
        "interview.current_stage, interview.started_at, interview.finished_at "
        "FROM interview JOIN application ON application.id = interview.application_id "
        "JOIN candidate ON candidate.id = application.candidate_id "
        "WHERE application.vacancy_id = ? ORDER BY interview.scheduled_at IS NOT NULL, "
        "interview.scheduled_at DESC, interview.id DESC", (vacancy_id,)).fetchall()
    names: dict[int, list[str]] = {}
    for interview_id, name in connection.execute(
            "SELECT panelmember.interview_id, interviewer.name FROM panelmember "
            "JOIN interviewer ON interviewer.id = panelmember.interviewer_id "
            "JOIN interview ON interview.id = panelmember.interview_id "
            "JOIN application ON application.id = interview.application_id "
            "WHERE application.vacancy_id = ? ORDER BY panelmember.interview_id, "
            "panelmember.position, panelmember.id", (vacancy_id,)):
        names.setdefault(interview_id, []).append(name)
    return [
        InterviewRow(i_id, _moment(at), c_id, c_name, tuple(names.get(i_id, ())), stage,
                     _has_started(stage, started_at), finished_at is not None)
        for i_id, at, c_id, c_name, stage, started_at, finished_at in rows
    ]


def list_competencies(connection: Any, vacancy_id: int) -> list[CompetencyRow]:
    """:func:`interviewdesk.store.queries.list_competencies`."""
    rows = connection.execute(
        "SELECT id, name, weight, kind FROM competency WHERE vacancy_id = ? "
        "ORDER BY position, id", (vacancy_id,))
    return [CompetencyRow(cid, name, float(weight), kind) for cid, name, weight, kind in rows]


def upcoming_interviews(connection: Any, start: datetime,
                        end: datetime) -> list[UpcomingInterview]:
    """:func:`interviewdesk.store.queries.upcoming_interviews` from ``start`` to ``end``."""
    rows = connection.execute(
        "SELECT interview.id, interview.scheduled_at, candidate.id, candidate.name, "
        "vacancy.id, vacancy.title, interview.current_stage, interview.started_at, "
        "interview.finished_at FROM interview "
        "JOIN application ON application.id = interview.application_id "
        "JOIN candidate ON candidate.id = application.candidate_id "
        "JOIN vacancy ON vacancy.id = application.vacancy_id "
        "WHERE interview.scheduled_at >= ? AND interview.scheduled_at < ? "
        "ORDER BY interview.scheduled_at, interview.id",
        (start.strftime(_STORED_MOMENT), end.strftime(_STORED_MOMENT)))
    found = []
    for i_id, at, c_id, c_name, v_id, v_title, stage, started_at, finished_at in rows:
        moment = _moment(at)
        if moment is not None:  # always: the query asks for a moment in the window
            found.append(UpcomingInterview(i_id, moment, c_id, c_name, v_id, v_title,
                                           _has_started(stage, started_at),
                                           finished_at is not None))
    return found


def _has_started(stage: str, started_at: object) -> bool:
    """As :func:`interviewdesk.store.queries._has_started`."""
    return started_at is not None or stage != PREPARATION


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _moment(value: str | None) -> datetime | None:
    """A stored moment, aware (UTC) as the store hands them out."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
