"""What the documents read, through the store's own functions, with the store's
``LookupError`` turned into a :class:`DocumentExportError` the user can read.

Blind scoring stays the store's business (the rule is ``domain.blind``): the report
asks :func:`panel_scores` as someone outside the panel (``viewer None``), who sees
scores only once the round is closed; a member's form is read with
:func:`read_form` for the asker the caller names (``None`` for the command line), so
every document that prints a form — the form itself, and any bundle of forms — is
refused while the round is open unless it is the member's own; the comparison shows
scores only for closed rounds. Nothing here reads a rating any other way.
"""

from dataclasses import dataclass
from datetime import datetime

from interviewdesk.domain.agenda import Agenda, AgendaError, load_agenda
from interviewdesk.domain.rounds import EarlierRound
from interviewdesk.reports.errors import DocumentExportError
from interviewdesk.reports.labels import label
from interviewdesk.store.assessments import (
    AssessmentForm,
    DecisionInfo,
    FormStatus,
    PanelView,
    ScoresHidden,
    VacancyComparison,
    decision_of,
    panel_scores,
    read_form,
    status_of_forms,
    vacancy_comparison,
)
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import InterviewSession, load_session
from interviewdesk.store.interviews import get_interview
from interviewdesk.store.rounds import first_round_reference
from interviewdesk.store.vacancies import VacancyDraft, load_vacancy_draft


def _no_interview(interview_id: int, language: str, error: Exception) -> DocumentExportError:
    return DocumentExportError(label("error.no_interview", language, id=interview_id),
                               "no_interview", id=str(interview_id))


def _no_vacancy(vacancy_id: int, language: str, error: Exception) -> DocumentExportError:
    return DocumentExportError(label("error.no_vacancy", language, id=vacancy_id),
                               "no_vacancy", id=str(vacancy_id))


def agenda_of(db: Database, language: str) -> Agenda:
    """The agenda the interviews follow: the firm's own from the data folder (where
    the database lives), else the shipped one."""
    try:
        return load_agenda(db.path.parent)
    except AgendaError as error:
        raise DocumentExportError(label("error.agenda", language, reason=str(error)), "agenda",
                                  cause=str(error)) from error


def assessment_form(db: Database, interview_id: int, panel_member_id: int, language: str,
                    asker: int | None = None) -> AssessmentForm:
    """One panel member's form (their own ratings only), for ``asker``: the member
    themselves, or — with ``None``, someone without an identity here — only once the
    round is closed. Opening a form that was never opened creates it, empty, as
    opening it on screen does. Raises :class:`DocumentExportError` with reason
    ``"form_hidden"`` (``details["open"]`` names whose forms are still open) while the
    blind rule refuses."""
    try:
        get_interview(db, interview_id)
    except LookupError as error:
        raise _no_interview(interview_id, language, error) from error
    try:
        return read_form(db, interview_id, panel_member_id, asker)
    except ScoresHidden as error:
        names = ", ".join(error.missing)
        raise DocumentExportError(label("error.form_hidden", language, names=names),
                                  "form_hidden", open=names) from error
    except LookupError as error:
        raise DocumentExportError(
            label("error.not_on_panel", language, id=panel_member_id, interview=interview_id),
            "not_on_panel", id=str(panel_member_id), interview=str(interview_id),
        ) from error


@dataclass(frozen=True)
class ReportData:
    """Everything the interview report prints. ``panel`` is ``None`` while the scores
    are hidden; ``hidden`` then says who is missing and ``forms`` who submitted."""

    session: InterviewSession
    agenda: Agenda
    panel: PanelView | None
    hidden: ScoresHidden | None
    forms: tuple[FormStatus, ...]
    decision: DecisionInfo | None
    #: The interview this one is the next round of (its date and outcome), if any.
    first_round: EarlierRound | None = None


def report_data(db: Database, interview_id: int, language: str) -> ReportData:
    """The interview, the panel's scores if every form is in, and the decision."""
    try:
        session = load_session(db, interview_id)
        forms = tuple(status_of_forms(db, interview_id))
        decision = decision_of(db, interview_id)
        first_round = first_round_reference(db, interview_id)
        try:
            panel, hidden = panel_scores(db, interview_id, None), None
        except ScoresHidden as error:
            panel, hidden = None, error
    except LookupError as error:
        raise _no_interview(interview_id, language, error) from error
    return ReportData(session, agenda_of(db, language), panel, hidden, forms, decision,
                      first_round)


@dataclass(frozen=True)
class KitData:
    """What a blank kit prints: the vacancy's kit, the planned minutes, and (for a kit
    made from an interview) the panel's names — one copy each — with the candidate's
    name and the interview's date to print at the top. Nothing else of the candidate."""

    vacancy: VacancyDraft
    agenda: Agenda
    planned_minutes: int
    panel: tuple[str, ...]
    candidate: str = ""
    scheduled_at: datetime | None = None


def kit_data(db: Database, interview_id: int | None, vacancy_id: int | None, language: str
             ) -> KitData:
    """The kit of an interview's vacancy (its planned length and panel), or of a
    vacancy; the interview's candidate is read by the store but never kept here."""
    agenda = agenda_of(db, language)
    planned = agenda.interview_minutes()
    panel: tuple[str, ...] = ()
    candidate = ""
    scheduled_at: datetime | None = None
    if interview_id is not None:
        try:
            session = load_session(db, interview_id)
        except LookupError as error:
            raise _no_interview(interview_id, language, error) from error
        vacancy_id = session.vacancy_id
        planned = session.planned_minutes or planned
        panel = tuple(seat.name for seat in session.panel)
        candidate, scheduled_at = session.candidate_name, session.scheduled_at
    if vacancy_id is None:
        raise ValueError("A kit needs an interview or a vacancy.")
    try:
        vacancy = load_vacancy_draft(db, vacancy_id)
    except LookupError as error:
        raise _no_vacancy(vacancy_id, language, error) from error
    return KitData(vacancy, agenda, planned, panel, candidate, scheduled_at)


def comparison_data(db: Database, vacancy_id: int, language: str) -> VacancyComparison:
    """The vacancy's candidates side by side (scores only for complete panels)."""
    try:
        return vacancy_comparison(db, vacancy_id)
    except LookupError as error:
        raise _no_vacancy(vacancy_id, language, error) from error
