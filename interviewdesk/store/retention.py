"""Which candidates' data is due for deletion, and the consents that decide it.

The rule itself is :mod:`interviewdesk.domain.retention`; this module reads what it
needs (procedure ends, application statuses, consents — never CV text) and the two
periods from ``settings.ini``, so the home view and ``interviewdesk retention`` list
the same candidates for the same reasons.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import case, exists, or_, union
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, func, select

from interviewdesk.domain import retention
from interviewdesk.domain.retention import Consent, KeepUntil, RetentionPolicy
from interviewdesk.preferences import read_ini, value_of
from interviewdesk.store import models
from interviewdesk.store.database import Database
from interviewdesk.store.paths import settings_path

WEEKS_KEY, MONTHS_KEY = retention.WEEKS_KEY, retention.MONTHS_KEY
MAX_WEEKS, MAX_MONTHS = retention.MAX_WEEKS, retention.MAX_MONTHS


@dataclass(frozen=True)
class CandidateRetention:
    """One candidate's "keep until", with what it rests on."""

    candidate_id: int
    name: str
    keep: KeepUntil
    state: str  # overdue / soon / kept (domain.retention.state)
    vacancies: tuple[str, ...]
    consent: Consent | None
    vacancy_ids: tuple[int, ...] = ()


def policy_from_settings(data_dir: Path) -> RetentionPolicy:
    """The periods the user set (read without Qt, as the command line must); the
    NVP's defaults for anything missing or out of range
    (:func:`~interviewdesk.domain.retention.policy_from_texts`)."""
    parser = read_ini(settings_path(Path(data_dir)))
    if parser is None:
        return RetentionPolicy()
    return retention.policy_from_texts(value_of(parser, WEEKS_KEY), value_of(parser, MONTHS_KEY))


def consents_of(db: Database, candidate_id: int) -> dict[str, Consent]:
    """The candidate's consents by purpose ("retention", "reference")."""
    with db.session() as session:
        rows = session.exec(
            select(models.Consent).where(models.Consent.candidate_id == candidate_id)
        ).all()
        return {row.purpose: _consent(row) for row in rows}


def _consent(row: models.Consent) -> Consent:
    return Consent(purpose=row.purpose, given_on=row.given_on, recorded_by=row.recorded_by,
                   method=row.method, note=row.note)


def retention_of(db: Database, candidate_id: int, policy: RetentionPolicy | None = None,
                 today: date | None = None) -> CandidateRetention:
    """One candidate's "keep until"; ``LookupError`` if there is no such candidate."""
    found = _overview(db, policy or RetentionPolicy(), today or date.today(), candidate_id)
    if not found:
        raise LookupError(f"There is no candidate {candidate_id}.")
    return found[0]


def retention_overview(db: Database, policy: RetentionPolicy | None = None,
                       today: date | None = None) -> list[CandidateRetention]:
    """Every candidate's "keep until", earliest first (open-ended ones last)."""
    return _overview(db, policy or RetentionPolicy(), today or date.today(), None)


def due_for_deletion(db: Database, policy: RetentionPolicy | None = None,
                     today: date | None = None,
                     soon_days: int = retention.SOON_DAYS) -> list[CandidateRetention]:
    """The candidates whose date has passed, then those due within ``soon_days``."""
    today = today or date.today()
    return _overview(db, policy or RetentionPolicy(), today, None, soon_days, due_only=True)


def hired_candidates(db: Database) -> list[tuple[int, str]]:
    """``(id, name)`` of the candidates kept because they were hired: theirs is data for
    the personnel file, moved there by exporting it and then erasing it here."""
    with db.session() as session:
        rows = session.exec(
            select(models.Candidate.id, models.Candidate.name)
            .join(models.Application,
                  col(models.Application.candidate_id) == col(models.Candidate.id))
            .where(models.Application.status == "hired")
            .distinct().order_by(col(models.Candidate.name))).all()
        return [(int(cid), name) for cid, name in rows if cid is not None]


def _overview(db: Database, policy: RetentionPolicy, today: date, candidate_id: int | None,
              soon_days: int = retention.SOON_DAYS, *, due_only: bool = False
              ) -> list[CandidateRetention]:
    scope: Any = None
    if candidate_id is not None:
        scope = [candidate_id]
    elif due_only:
        # Only those whose date can have come: a pre-selection with the shorter period,
        # the rule itself (domain.retention) still decides.
        limit = today + timedelta(days=soon_days) - timedelta(weeks=policy.weeks_without_consent)
        scope = _possibly_due(limit)
    with db.session() as session:
        people = _people(session, scope)
        consents = _retention_consents(session, scope)
        applications = _applications(session, scope)
    result = []
    for cid, name, created in people:
        consent = consents.get(cid)
        rows = applications.get(cid, ())
        consented = consent is not None
        if rows:
            keep = retention.latest(
                retention.keep_until(end, consented=consented, hired=status == "hired",
                                     policy=policy)
                for _title, end, status, _vid in rows)
        else:
            keep = retention.standalone(created, consented=consented, policy=policy)
        assert keep is not None
        state = retention.state(keep, today, soon_days)
        if due_only and state == "kept":
            continue
        result.append(CandidateRetention(
            candidate_id=cid, name=name, keep=keep, state=state,
            vacancies=tuple(row[0] for row in rows), consent=consent,
            vacancy_ids=tuple(row[3] for row in rows)))
    result.sort(key=lambda item: (item.keep.date is None, item.keep.date or date.max,
                                  item.name.casefold()))
    return result


def _possibly_due(limit: date) -> Any:
    """The ids of candidates whose every application has ended (none hired) by
    ``limit``, and of those without an application entered by then."""
    application, vacancy, candidate = models.Application, models.Vacancy, models.Candidate
    still_open = or_(col(vacancy.procedure_end).is_(None), col(application.status) == "hired")
    ended = (
        select(application.candidate_id)
        .join(vacancy, col(vacancy.id) == col(application.vacancy_id))
        .group_by(col(application.candidate_id))
        .having(func.sum(case((still_open, 1), else_=0)) == 0)
        .having(func.max(vacancy.procedure_end) <= limit)
    )
    alone = select(candidate.id).where(
        ~exists().where(col(application.candidate_id) == col(candidate.id)),
        func.date(candidate.created_at) <= limit)  # a date: text on SQLite, a date on a server
    return union(ended, alone)


def _people(session: Session, scope: Any) -> list[tuple[int, str, date]]:
    # The day as SQLite's text, not the stored moment: converting 10,000 aware
    # datetimes costs more than the whole rule.
    query = select(models.Candidate.id, models.Candidate.name,
                   func.date(models.Candidate.created_at))
    if scope is not None:
        query = query.where(col(models.Candidate.id).in_(scope))
    # A team server (PostgreSQL) hands back a date, SQLite its text.
    return [(int(cid), name, day if isinstance(day, date) else date.fromisoformat(day))
            for cid, name, day in session.exec(query) if cid is not None]


def _retention_consents(session: Session, scope: Any) -> dict[int, Consent]:
    query = select(models.Consent).where(models.Consent.purpose == "retention")
    if scope is not None:
        query = query.where(col(models.Consent.candidate_id).in_(scope))
    return {row.candidate_id: _consent(row) for row in session.exec(query)}


def _applications(session: Session, scope: Any
                  ) -> dict[int, list[tuple[str, date | None, str, int]]]:
    query = (
        select_columns(col(models.Application.candidate_id), col(models.Vacancy.title),
                       col(models.Vacancy.procedure_end), col(models.Application.status),
                       col(models.Application.vacancy_id))
        .join(models.Vacancy, col(models.Vacancy.id) == col(models.Application.vacancy_id))
        .order_by(col(models.Application.id))
    )
    if scope is not None:
        query = query.where(col(models.Application.candidate_id).in_(scope))
    found: dict[int, list[tuple[str, date | None, str, int]]] = defaultdict(list)
    for cid, title, end, status, vacancy_id in session.connection().execute(query):
        found[cid].append((title, end, status, vacancy_id))
    return found
