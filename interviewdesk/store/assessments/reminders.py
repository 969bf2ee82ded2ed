"""What the home screen asks someone to follow up: candidates waiting to hear from
the firm, and panel members whose assessment form is still open. Names and dates
only — never a score — so it is safe to show whoever sits at the laptop.

An interview has *taken place* when it is finished, or its day (scheduled or started)
is before today; an interview under way today is not chased yet.

A candidate is **awaiting feedback** when the latest interview of their application
has taken place (or was decided on), has a feedback date (the decision's, else the one
promised at the interview's close), and either the application is "interviewed" or
"decided" (the candidate was not yet told; see ``panel``), or it is still "invited"
and no decision was made. Overdue: the feedback date is before today.
A contact in the application's contact log dated on or after that interview's day
(or its decision's) means the candidate has heard from the firm: the row goes, whatever
the status says.

An assessment is **open** when its interview has taken place, has no decision yet, the
application is still running, and the panel member has not submitted their form.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Literal, NamedTuple

from sqlalchemy import select as select_columns
from sqlmodel import Session, col, func, select

from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.assessments.form_facts import FormFacts, hidden_form_facts
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Assessment,
    Candidate,
    ContactEntry,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Rating,
    Vacancy,
)

#: Applications whose open forms no longer need chasing.
CLOSED_STATUSES = ("hired", "rejected", "withdrawn")


@dataclass(frozen=True)
class AwaitingFeedback:
    """A candidate to give feedback to, by ``feedback_date``."""

    interview_id: int
    application_id: int
    candidate_id: int
    candidate_name: str
    vacancy_id: int
    vacancy_title: str
    interview_date: datetime | None
    feedback_date: date
    overdue: bool
    decided: bool


@dataclass(frozen=True)
class OpenAssessment:
    """A panel member whose form for an interview that took place is not submitted."""

    interview_id: int
    panel_member_id: int
    interviewer_id: int
    name: str
    role: str
    candidate_name: str
    vacancy_title: str
    interview_date: datetime | None
    state: Literal["not_started", "in_progress"]


@dataclass(frozen=True)
class FollowUp:
    """Both lists of the home screen's follow-up, each in the order to act on it."""

    awaiting_feedback: tuple[AwaitingFeedback, ...]
    open_assessments: tuple[OpenAssessment, ...]

    @property
    def overdue(self) -> int:
        """How many candidates should have heard from the firm already."""
        return sum(item.overdue for item in self.awaiting_feedback)


_OLDEST = datetime.min.replace(tzinfo=UTC)


def _when(scheduled_at: datetime | None, started_at: datetime | None) -> datetime | None:
    return reading.as_utc(scheduled_at or started_at)


def _taken_place(
    finished_at: datetime | None,
    started_at: datetime | None,
    scheduled_at: datetime | None,
    today: date,
) -> bool:
    if finished_at is not None:
        return True
    day = reading.local_day(started_at or scheduled_at)
    return day is not None and day < today


# Only the columns needed: a candidate row carries the CV and letter text.
_INTERVIEW_COLUMNS = (
    col(Interview.id),
    col(Interview.scheduled_at),
    col(Interview.started_at),
    col(Interview.finished_at),
)


class _Awaiting(NamedTuple):
    """A row of :func:`_awaiting`'s query, in its column order (eleven columns: more
    than SQLAlchemy types a select of, so the row is typed here)."""

    id: int
    scheduled_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    feedback_date: date | None
    application_id: int
    status: str
    candidate_id: int
    name: str
    vacancy_id: int
    title: str


class _Seat(NamedTuple):
    """A row of :func:`_open_assessments`' query, in its column order."""

    id: int
    scheduled_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    panel_member_id: int
    role: str
    position: int
    interviewer_id: int
    interviewer_name: str
    candidate_name: str
    title: str


def _told_since(contacted_on: date | str | None, row: _Awaiting) -> bool:
    """Whether a contact on ``contacted_on`` came on or after the interview's day."""
    if contacted_on is None:
        return False
    if isinstance(contacted_on, str):  # func.max hands back SQLite's text
        contacted_on = date.fromisoformat(contacted_on)
    day = reading.local_day(row.started_at or row.scheduled_at)
    if day is None and row.finished_at is not None:
        day = reading.local_day(row.finished_at)
    return day is None or contacted_on >= day


def _awaiting(session: Session, today: date) -> list[AwaitingFeedback]:
    latest: dict[int, _Awaiting] = {}
    for found in session.connection().execute(
        select_columns(
            *_INTERVIEW_COLUMNS,
            col(Interview.feedback_date),
            col(Application.id),
            col(Application.status),
            col(Candidate.id),
            col(Candidate.name),
            col(Vacancy.id),
            col(Vacancy.title),
        )
        .join(Application, col(Application.id) == col(Interview.application_id))
        .join(Candidate, col(Candidate.id) == col(Application.candidate_id))
        .join(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
        .where(col(Application.status).in_(["invited", "interviewed", "decided"]))
    ):
        row = _Awaiting._make(found)
        known = latest.get(row.application_id)
        moment = (_when(row.scheduled_at, row.started_at) or _OLDEST, row.id)
        if known is None or moment > (
            _when(known.scheduled_at, known.started_at) or _OLDEST,
            known.id,
        ):
            latest[row.application_id] = row
    decisions = dict(
        session.exec(
            select(Decision.interview_id, col(Decision.feedback_date)).where(
                col(Decision.interview_id).in_([row.id for row in latest.values()])
            )
        ).all()
    )
    last_contact = dict(
        session.exec(
            select(ContactEntry.application_id, func.max(ContactEntry.contacted_on))
            .where(col(ContactEntry.application_id).in_(list(latest)))
            .group_by(col(ContactEntry.application_id))
        ).all()
    )
    items = []
    for row in latest.values():
        if _told_since(last_contact.get(row.application_id), row):
            continue
        decided = row.id in decisions
        if not decided and not _taken_place(
            row.finished_at, row.started_at, row.scheduled_at, today
        ):
            continue
        feedback = decisions.get(row.id) or row.feedback_date
        if feedback is None:
            continue
        if row.status == "invited" and decided:
            continue  # told already: on to the next round
        items.append(
            AwaitingFeedback(
                interview_id=row.id,
                application_id=row.application_id,
                candidate_id=row.candidate_id,
                candidate_name=row.name,
                vacancy_id=row.vacancy_id,
                vacancy_title=row.title,
                interview_date=_when(row.scheduled_at, row.started_at),
                feedback_date=feedback,
                overdue=feedback < today,
                decided=decided,
            )
        )
    items.sort(key=lambda item: (item.feedback_date, item.candidate_name.casefold()))
    return items


def _open_assessments(session: Session, today: date) -> list[OpenAssessment]:
    start_of_today = datetime.combine(today, time()).astimezone().astimezone(UTC)
    seats = (
        _Seat._make(found)
        for found in session.connection().execute(
            select_columns(
                *_INTERVIEW_COLUMNS,
                col(PanelMember.id),
                col(PanelMember.role),
                col(PanelMember.position),
                col(Interviewer.id),
                col(Interviewer.name),
                col(Candidate.name),
                col(Vacancy.title),
            )
            .join(PanelMember, col(PanelMember.interview_id) == col(Interview.id))
            .join(Interviewer, col(Interviewer.id) == col(PanelMember.interviewer_id))
            .join(Application, col(Application.id) == col(Interview.application_id))
            .join(Candidate, col(Candidate.id) == col(Application.candidate_id))
            .join(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
            .outerjoin(Decision, col(Decision.interview_id) == col(Interview.id))
            .where(col(Decision.id).is_(None))
            .where(col(Application.status).not_in(CLOSED_STATUSES))
            .where(
                col(Interview.finished_at).is_not(None)
                | (col(Interview.started_at) < start_of_today)
                | (col(Interview.scheduled_at) < start_of_today)
            )
        )
    )
    rows = [row for row in seats
            if _taken_place(row.finished_at, row.started_at, row.scheduled_at, today)]
    forms: dict[int, tuple[int, datetime | None, bool]] = {}
    for form_id, member_id, submitted_at, filled in session.exec(
        select(
            Assessment.id,
            Assessment.panel_member_id,
            Assessment.submitted_at,
            (col(Assessment.recommendation).is_not(None))
            | (func.trim(col(Assessment.strengths)) != "")
            | (func.trim(col(Assessment.weaknesses)) != ""),
        )
        .where(col(Assessment.panel_member_id).in_([row.panel_member_id for row in rows]))
        .order_by(col(Assessment.id).desc())
    ):
        forms[member_id] = (int(form_id or 0), submitted_at, bool(filled))  # the oldest wins
    with_ratings = set(
        session.exec(
            select(Rating.assessment_id)
            .where(col(Rating.assessment_id).in_([form[0] for form in forms.values()]))
            .distinct()
        ).all()
    )
    hidden: dict[int, FormFacts] = {}
    if any(row.panel_member_id not in forms for row in rows):
        hidden = hidden_form_facts(session, None)  # forms a team server hides from us
    items: list[tuple[tuple[datetime, int, int, int], OpenAssessment]] = []
    for row in rows:
        form = forms.get(row.panel_member_id)
        if form is not None and form[1] is not None:
            continue
        facts = hidden.get(row.panel_member_id) if form is None else None
        if facts is not None and facts.submitted_at is not None:
            continue
        started = (form is not None and (form[2] or form[0] in with_ratings)) or (
            facts is not None and facts.started)
        item = OpenAssessment(
            interview_id=row.id,
            panel_member_id=row.panel_member_id,
            interviewer_id=row.interviewer_id,
            name=row.interviewer_name,
            role=row.role,
            candidate_name=row.candidate_name,
            vacancy_title=row.title,
            interview_date=_when(row.scheduled_at, row.started_at),
            state="in_progress" if started else "not_started",
        )
        when = item.interview_date or _OLDEST
        items.append(((when, item.interview_id, row.position, item.panel_member_id), item))
    # Oldest interview first (the longest open), its panel in panel order.
    return [item for _key, item in sorted(items, key=lambda pair: pair[0])]


def follow_up(db: Database, today: date | None = None) -> FollowUp:
    """Who is waiting for feedback and whose assessment is open, as of ``today``."""
    today = today or date.today()
    with db.session() as session:
        return FollowUp(tuple(_awaiting(session, today)), tuple(_open_assessments(session, today)))
