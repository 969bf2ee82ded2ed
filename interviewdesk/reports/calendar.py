"""Calendar files (``.ics``, RFC 5545) for an interview: one event for the interview
itself — panel and candidate as attendees where their e-mail is known, the place, the
panel's names — and an all-day event on the date the candidate must hear from the
firm. Times are written in Europe/Amsterdam with the zone's definition included, so
every calendar program shows the right hour, also across the change to summer time.

Nothing from the interview's content goes in (no notes, no scores): the file is meant
to be mailed. Written 0600 like every file the app makes.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText
from sqlmodel import col, select

from interviewdesk.private_file import write_private
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Candidate,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Vacancy,
)

#: The firm's zone: Dutch firms, Dutch clocks.
ZONE = ZoneInfo("Europe/Amsterdam")
PRODUCT_ID = "-//InterviewDesk//InterviewDesk//NL"

_TEXTS = {
    "nl": {
        "interview": "Sollicitatiegesprek {candidate} — {vacancy}",
        "feedback": "Terugkoppeling aan {candidate} uiterlijk vandaag — {vacancy}",
        "candidate": "Kandidaat: {name}",
        "vacancy": "Vacature: {title}",
        "panel": "Panel: {names}",
        "feedback_line": "Terugkoppeling uiterlijk op: {date}",
        "chair": "voorzitter",
    },
    "en": {
        "interview": "Interview {candidate} — {vacancy}",
        "feedback": "Feedback to {candidate} due today — {vacancy}",
        "candidate": "Candidate: {name}",
        "vacancy": "Vacancy: {title}",
        "panel": "Panel: {names}",
        "feedback_line": "Feedback to the candidate by: {date}",
        "chair": "chair",
    },
}


class CalendarError(Exception):
    """The calendar file cannot be made; ``str(error)`` says why (in English)."""


@dataclass(frozen=True)
class _Person:
    name: str
    email: str
    role: str


@dataclass(frozen=True)
class _Facts:
    uuid: str
    start: datetime
    minutes: int
    location: str
    vacancy: str
    candidate: _Person
    panel: tuple[_Person, ...]
    feedback_date: date | None


def _facts(db: Database, interview_id: int) -> _Facts:
    with db.session() as session:
        row = session.exec(
            select(Interview, Candidate, Vacancy)
            .join(Application, col(Application.id) == Interview.application_id)
            .join(Candidate, col(Candidate.id) == Application.candidate_id)
            .join(Vacancy, col(Vacancy.id) == Application.vacancy_id)
            .where(Interview.id == interview_id)).first()
        if row is None:
            raise CalendarError(f"There is no interview with id {interview_id}.")
        interview, candidate, vacancy = row
        if interview.scheduled_at is None:
            raise CalendarError("This interview has no date and time yet; plan it first.")
        panel = tuple(
            _Person(name, email, role) for name, email, role in session.exec(
                select(Interviewer.name, Interviewer.email, PanelMember.role)
                .join(PanelMember, col(PanelMember.interviewer_id) == Interviewer.id)
                .where(PanelMember.interview_id == interview_id)
                .order_by(col(PanelMember.position))))
        decided = session.exec(select(col(Decision.feedback_date)).where(
            Decision.interview_id == interview_id)).first()
        start = interview.scheduled_at
        if start.tzinfo is None:  # SQLite hands back UTC without its offset
            start = start.replace(tzinfo=UTC)
        return _Facts(
            uuid=interview.uuid, start=start.astimezone(ZONE),
            minutes=max(interview.planned_minutes, 1),
            location=interview.location.strip() or vacancy.location.strip(),
            vacancy=vacancy.title, candidate=_Person(candidate.name, candidate.email, ""),
            panel=panel, feedback_date=decided or interview.feedback_date)


def _attendee(person: _Person, role: str) -> vCalAddress | None:
    email = person.email.strip()
    if not email or "@" not in email or any(c in email for c in " \r\n:;,"):
        return None
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(person.name)
    address.params["role"] = vText(role)
    address.params["partstat"] = vText("NEEDS-ACTION")
    return address


def interview_calendar(db: Database, interview_id: int, *, language: str = "nl",
                       now: datetime | None = None) -> bytes:
    """The ``.ics`` text for ``interview_id``; :class:`CalendarError` if there is no
    such interview or it has no date yet."""
    facts = _facts(db, interview_id)
    texts = _TEXTS.get(language, _TEXTS["nl"])
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    names = ", ".join(
        f"{p.name} ({texts['chair']})" if p.role == "chair" else p.name for p in facts.panel)
    lines = [texts["candidate"].format(name=facts.candidate.name),
             texts["vacancy"].format(title=facts.vacancy)]
    if names:
        lines.append(texts["panel"].format(names=names))
    if facts.feedback_date is not None:
        lines.append(texts["feedback_line"].format(date=facts.feedback_date.isoformat()))

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"interview-{facts.uuid}@interviewdesk")
    event.add("dtstamp", stamp)
    event.add("dtstart", facts.start)
    event.add("dtend", facts.start + timedelta(minutes=facts.minutes))
    event.add("summary", texts["interview"].format(candidate=facts.candidate.name,
                                                   vacancy=facts.vacancy))
    if facts.location:
        event.add("location", facts.location)
    event.add("description", "\n".join(lines))
    for person in facts.panel:
        address = _attendee(person, "CHAIR" if person.role == "chair" else "REQ-PARTICIPANT")
        if address is not None:
            event.add("attendee", address, encode=False)
    candidate = _attendee(facts.candidate, "REQ-PARTICIPANT")
    if candidate is not None:
        event.add("attendee", candidate, encode=False)
    calendar.add_component(event)
    if facts.feedback_date is not None:
        deadline = Event()
        deadline.add("uid", f"feedback-{facts.uuid}@interviewdesk")
        deadline.add("dtstamp", stamp)
        deadline.add("dtstart", facts.feedback_date)
        deadline.add("dtend", facts.feedback_date + timedelta(days=1))
        deadline.add("summary", texts["feedback"].format(candidate=facts.candidate.name,
                                                         vacancy=facts.vacancy))
        deadline.add("transp", "TRANSPARENT")
        calendar.add_component(deadline)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def write_interview_calendar(db: Database, interview_id: int, output: Path, *,
                             language: str = "nl") -> Path:
    """Write the interview's ``.ics`` to ``output`` (mode 0600, replaced atomically);
    :class:`CalendarError` if it cannot be made or written."""
    data = interview_calendar(db, interview_id, language=language)
    try:
        return write_private(Path(output), data)
    except OSError as error:
        raise CalendarError(f"The calendar file could not be written to {output}: "
                            f"{error.strerror or error}.") from error
