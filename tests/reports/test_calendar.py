"""The interview's .ics: parsed back with icalendar, right hour in Europe/Amsterdam in
winter and summer, panel and candidate as attendees, the feedback deadline, 0600."""

import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from interviewdesk.reports.calendar import (
    CalendarError,
    interview_calendar,
    write_interview_calendar,
)
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Candidate,
    Interview,
    Interviewer,
    PanelMember,
    Vacancy,
)
from interviewdesk.store.startup import open_store

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def _add(db: Database, row: object) -> int:
    with db.session() as session:
        session.add(row)
        session.flush()
        return int(row.id)  # type: ignore[attr-defined]


def plan(db: Database, when: datetime | None, *, feedback: date | None = None,
         email: str = "danielle@example.nl") -> int:
    vacancy = _add(db, Vacancy(title="Servicemonteur", location="Utrecht"))
    person = _add(db, Candidate(name="Daniëlle Kok", email=email))
    application = _add(db, Application(candidate_id=person, vacancy_id=vacancy))
    interview = _add(db, Interview(application_id=application, scheduled_at=when,
                                   planned_minutes=45, location="Kamer 2, Utrecht",
                                   feedback_date=feedback))
    for position, (name, mail, role) in enumerate((("Sanne de Vries", "sanne@firma.nl", "chair"),
                                                   ("René Mulder", "", "member"))):
        who = _add(db, Interviewer(name=name, email=mail))
        _add(db, PanelMember(interview_id=interview, interviewer_id=who, role=role,
                             position=position))
    return interview


def attendees_of(event: object) -> list:
    found = event.get("attendee")  # type: ignore[attr-defined]
    return found if isinstance(found, list) else [found]


def events(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


@pytest.mark.parametrize(("utc", "local_hour"), [
    (datetime(2030, 1, 15, 9, 30, tzinfo=UTC), 10),   # winter: UTC+1
    (datetime(2030, 7, 15, 9, 30, tzinfo=UTC), 11),   # summer: UTC+2
])
def test_the_interview_is_at_the_right_hour_in_amsterdam(db: Database, utc: datetime,
                                                          local_hour: int) -> None:
    data = interview_calendar(db, plan(db, utc), language="nl")
    assert b"BEGIN:VTIMEZONE" in data and b"TZID:Europe/Amsterdam" in data
    [event] = events(data)
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert str(start.tzinfo) == "Europe/Amsterdam"
    assert (start.hour, start.minute) == (local_hour, 30)
    assert start == utc and (end - start).total_seconds() == 45 * 60
    assert str(event["summary"]) == "Sollicitatiegesprek Daniëlle Kok — Servicemonteur"
    assert str(event["location"]) == "Kamer 2, Utrecht"
    description = str(event["description"])
    assert "Sanne de Vries (voorzitter), René Mulder" in description
    attendees = {str(a): a.params for a in attendees_of(event)}
    assert set(attendees) == {"mailto:sanne@firma.nl", "mailto:danielle@example.nl"}
    assert attendees["mailto:sanne@firma.nl"]["CN"] == "Sanne de Vries"
    assert attendees["mailto:sanne@firma.nl"]["ROLE"] == "CHAIR"


def test_the_feedback_deadline_is_an_all_day_event(db: Database) -> None:
    when = datetime(2030, 3, 12, 13, 0, tzinfo=UTC)
    data = interview_calendar(db, plan(db, when, feedback=date(2030, 3, 19)), language="en")
    interview, deadline = events(data)
    assert str(interview["summary"]) == "Interview Daniëlle Kok — Servicemonteur"
    assert "Feedback to the candidate by: 2030-03-19" in str(interview["description"])
    assert deadline.decoded("dtstart") == date(2030, 3, 19)
    assert deadline.decoded("dtend") == date(2030, 3, 20)
    assert str(deadline["summary"]).startswith("Feedback to Daniëlle Kok due today")
    assert str(interview["uid"]) != str(deadline["uid"])


def test_a_hostile_email_is_left_out_and_the_text_stays_intact(db: Database) -> None:
    when = datetime(2030, 3, 12, 13, 0, tzinfo=UTC)
    interview = plan(db, when, email="x@y.nl\r\nATTENDEE:mailto:evil@example.com")
    with db.session() as session:
        row = session.get(Interview, interview)
        assert row is not None
        row.location = "Kamer 2;\nBEGIN:VEVENT"
        session.add(row)
    data = interview_calendar(db, interview)
    assert b"evil@example.com" not in data
    [event] = events(data)
    assert str(event["location"]) == "Kamer 2;\nBEGIN:VEVENT"
    assert [str(a) for a in attendees_of(event)] == ["mailto:sanne@firma.nl"]


def test_no_interview_or_no_date_is_a_clear_error(db: Database) -> None:
    with pytest.raises(CalendarError, match="There is no interview with id 999"):
        interview_calendar(db, 999)
    with pytest.raises(CalendarError, match="no date and time yet"):
        interview_calendar(db, plan(db, None))


def test_the_file_is_private_and_a_bad_folder_is_a_clear_error(db: Database,
                                                                tmp_path: Path) -> None:
    interview = plan(db, datetime(2030, 3, 12, 13, 0, tzinfo=UTC))
    written = write_interview_calendar(db, interview, tmp_path / "gesprek.ics")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert events(written.read_bytes())
    with pytest.raises(CalendarError, match="could not be written"):
        write_interview_calendar(db, interview, tmp_path / "missing" / "gesprek.ics")
    assert not list(tmp_path.glob(".*tmp"))
