"""What every stage page of one interview shares: the interview as read once, the
agenda, the plan, and the autosaver that every edit goes through.

Pages change :attr:`InterviewContext.session` in memory as the user edits (so the
closing and assessment pages can tell what is still open without a query) and hand
the same value to the autosaver, which writes it.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from interviewdesk.domain.agenda import Agenda, Stage
from interviewdesk.domain.record import RecordFacts
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import InterviewSession
from interviewdesk.ui.wizard.autosave import Autosaver


@dataclass
class InterviewContext:
    """One interview's shared state while its window is open."""

    db: Database
    data_dir: Path
    session: InterviewSession
    agenda: Agenda
    autosaver: Autosaver
    language: str
    # Planned minutes per stage key for this interview's planned length.
    plan: dict[str, int]

    @property
    def interview_id(self) -> int:
        return self.session.interview_id

    def stage_name(self, stage: Stage) -> str:
        """The stage's full name in the interface language."""
        return stage.name.in_language(self.language)

    def number(self, stage_key: str) -> int:
        """The stage's number as shown in the step list (1-based)."""
        return self.agenda.index(stage_key) + 1

    def interview_day(self) -> date:
        """The local date the interview takes place (today if it has no date)."""
        scheduled = self.session.scheduled_at
        if scheduled is None:
            return date.today()
        return scheduled.astimezone().date() if scheduled.tzinfo else scheduled.date()

    def record_facts(self) -> RecordFacts:
        """What the record says for the checklist items it answers (forms in, decision
        recorded, questions logged); read when a page is shown, not while typing."""
        from interviewdesk.store.assessments import decision_of, status_of_forms

        logged = sum(1 for q in self.session.candidate_questions if q.question.strip())
        try:
            forms = status_of_forms(self.db, self.interview_id)
            decided = decision_of(self.db, self.interview_id) is not None
        except LookupError:  # the interview was deleted under the window
            return RecordFacts(questions_logged=logged)
        return RecordFacts(
            questions_logged=logged,
            forms_submitted=sum(1 for form in forms if form.state == "submitted"),
            forms_total=len(forms),
            decision_recorded=decided)


def working_days_after(day: date, count: int) -> date:
    """The date ``count`` working days (Monday to Friday) after ``day``."""
    result = day
    while count > 0:
        result += timedelta(days=1)
        if result.weekday() < 5:
            count -= 1
    return result


def now_utc() -> datetime:
    """The current moment as aware UTC (what the store keeps)."""
    return datetime.now(UTC)
