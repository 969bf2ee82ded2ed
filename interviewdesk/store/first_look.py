"""The first look at the data folder: what the home view shows at start-up, read with
the ``sqlite3`` module before SQLAlchemy, SQLModel and the models are imported.

Importing the store takes longer than everything else at start-up together (≈0.5 s
of a 1 s start on a quiet laptop), so the window does not wait for it to show the
data: :func:`read_first_look` checks the file and reads the vacancies, the upcoming
interviews and the selected vacancy's tabs in plain SQL, and the window shows them —
read-only — while the store opens (docs/architecture.md, start-up). The rows are the
same frozen records :mod:`interviewdesk.store.queries` returns (:mod:`.rows`), built
from the same SQL (:mod:`.home_sql`); a test holds the two to the same answers.

Anything out of the ordinary returns ``None`` and the window waits for the store as
before, which also brings up its dialogs: a missing, empty or damaged file, a schema
that is not this build's (an upgrade comes first), a folder whose passphrase was not
given, a laptop holding interviews taken offline from a team server (their rows carry a
label only the exchange code can read), or no vacancy at all (the welcome page needs no
data). A team server never gets a first look: it has no file.
"""

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from interviewdesk.store import encryption, home_sql
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
    if connection.execute(home_sql.HOLDS_OFFLINE_COPIES).fetchone() is not None:
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


# -- the queries of store/queries.py, with their SQL (store/home_sql.py) -------------


def list_vacancies(connection: Any, today: date) -> list[VacancyRow]:
    """:func:`interviewdesk.store.queries.list_vacancies`."""
    return home_sql.vacancy_rows(
        connection.execute(home_sql.VACANCIES, {"today": today.isoformat()}))


def vacancy_header(connection: Any, vacancy_id: int) -> VacancyHeader | None:
    """:func:`interviewdesk.store.queries.vacancy_header`."""
    return home_sql.vacancy_header(
        connection.execute(home_sql.VACANCY_HEADER, {"vacancy_id": vacancy_id}).fetchone())


def list_candidates(connection: Any, vacancy_id: int) -> list[CandidateRow]:
    """:func:`interviewdesk.store.queries.list_candidates`."""
    return home_sql.candidate_rows(
        connection.execute(home_sql.CANDIDATES, {"vacancy_id": vacancy_id}))


def list_interviews(connection: Any, vacancy_id: int) -> list[InterviewRow]:
    """:func:`interviewdesk.store.queries.list_interviews`."""
    parameters = {"vacancy_id": vacancy_id}
    rows = connection.execute(home_sql.INTERVIEWS, parameters).fetchall()
    return home_sql.interview_rows(rows, connection.execute(home_sql.PANELS, parameters))


def list_competencies(connection: Any, vacancy_id: int) -> list[CompetencyRow]:
    """:func:`interviewdesk.store.queries.list_competencies`."""
    return home_sql.competency_rows(
        connection.execute(home_sql.COMPETENCIES, {"vacancy_id": vacancy_id}))


def upcoming_interviews(connection: Any, start: datetime,
                        end: datetime) -> list[UpcomingInterview]:
    """:func:`interviewdesk.store.queries.upcoming_interviews` from ``start`` to ``end``."""
    return home_sql.upcoming_rows(connection.execute(
        home_sql.UPCOMING,
        {"start": start.strftime(_STORED_MOMENT), "end": end.strftime(_STORED_MOMENT)}))
