"""The rows the home view lists: small frozen records holding only the columns a list
shows, never ORM objects.

They live apart from the queries that fill them (:mod:`interviewdesk.store.queries`,
and :mod:`interviewdesk.store.first_look` at start-up) because this module needs
neither SQLAlchemy nor the models: the home view's widgets import it, and the window
can show its first page of data before the store itself is imported
(docs/architecture.md, start-up).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from interviewdesk.domain.agenda import PREPARATION

#: The marks around the matched words in a snippet (the UI emphasises what is between).
HIT_START, HIT_END = "\u00ab", "\u00bb"
#: How far ahead the sidebar's "Upcoming interviews" look, in days.
UPCOMING_DAYS = 14


@dataclass(frozen=True)
class VacancyRow:
    """A vacancy in the sidebar: its title, end of procedure and number of candidates."""

    id: int
    title: str
    procedure_end: date | None
    candidate_count: int


@dataclass(frozen=True)
class VacancyHeader:
    """What the home view shows above a vacancy's tabs."""

    id: int
    title: str
    department: str
    location: str
    procedure_end: date | None


@dataclass(frozen=True)
class CandidateRow:
    """A candidate of one vacancy, through their application."""

    application_id: int
    candidate_id: int
    name: str
    status: str
    interview_at: datetime | None
    email: str
    phone: str


@dataclass(frozen=True)
class InterviewRow:
    """An interview of one vacancy, with the names of its panel in panel order, and
    how far it got: the stage where it stands, whether it has started (the clock ran,
    or the interviewer left preparation) and whether it has finished."""

    id: int
    scheduled_at: datetime | None
    candidate_id: int
    candidate_name: str
    panel: tuple[str, ...]
    current_stage: str = PREPARATION
    started: bool = False
    finished: bool = False


@dataclass(frozen=True)
class CompetencyRow:
    """A competency of one vacancy."""

    id: int
    name: str
    weight: float
    kind: str


@dataclass(frozen=True)
class UpcomingInterview:
    """An interview in the coming days, for the sidebar."""

    id: int
    scheduled_at: datetime
    candidate_id: int
    candidate_name: str
    vacancy_id: int
    vacancy_title: str
    started: bool = False
    finished: bool = False


@dataclass(frozen=True)
class SearchResult:
    """One hit: a vacancy (``candidate_id`` is ``None``), or a candidate — once per
    vacancy they applied to, or once with ``vacancy_id`` ``None`` if they applied to
    none."""

    kind: str  # "vacancy" or "candidate"
    name: str
    vacancy_id: int | None
    vacancy_title: str
    candidate_id: int | None = None


@dataclass(frozen=True)
class PlacedHit:
    """One hit: ``kind`` is ``name``, ``cv``, ``letter``, ``stage_notes``,
    ``answer_notes`` or ``closing_notes``; ``snippet`` is plain text with the hit
    between :data:`HIT_START` and :data:`HIT_END`. ``vacancy_id`` is the vacancy of the
    interview, or of the candidate's latest application (``None`` if they have none).
    ``stage`` and ``question_id`` say where in the interview a note is ("" / ``None``
    otherwise)."""

    candidate_id: int
    candidate_name: str
    kind: str
    snippet: str
    vacancy_id: int | None = None
    vacancy_title: str = ""
    interview_id: int | None = None
    interview_at: datetime | None = None
    stage: str = ""
    question_id: int | None = None


def upcoming_window(
    now: datetime | None = None, days: int = UPCOMING_DAYS
) -> tuple[datetime, datetime]:
    """From the start of today to the end of the day ``days`` days ahead, in the
    computer's local time, as aware datetimes."""
    local_now = (now or datetime.now().astimezone()).astimezone()
    start = datetime.combine(local_now.date(), time(0), tzinfo=local_now.tzinfo)
    return start, start + timedelta(days=days + 1)
