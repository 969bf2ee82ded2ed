"""Load a realistic Dutch example, so that a first-time user has something to explore:
a vacancy with its competencies and question kit, four candidates, three interviewers,
one interview planned a few days ahead, one under way (at the skills stage), one a
week ago that the panel assessed and decided on (with a discrepancy resolved), and one
a few days ago still waiting for one panel member's form.

The content lives in :mod:`interviewdesk.example.texts` and
:mod:`interviewdesk.example.panel_texts`; this module only writes it, in one
transaction, with dates relative to today so the example never looks stale.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from sqlmodel import Session, SQLModel, select

from interviewdesk.domain.agenda import default_agenda
from interviewdesk.example import panel_texts, texts
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Answer,
    Application,
    Assessment,
    AuditEntry,
    Candidate,
    CandidateQuestion,
    Competency,
    ConsensusScore,
    Consent,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    Rating,
    ReferenceCheck,
    StageRecord,
    Vacancy,
)

PROCEDURE_LENGTH = timedelta(weeks=6)
INTERVIEW_DAYS_AHEAD = 3
INTERVIEW_TIME = time(10, 0)
INTERVIEW_MINUTES = 60
#: The decided example asks a reference at the candidate's current employer. Under the
#: AVG that needs the candidate's consent first, so the example records it: asked at
#: the end of the interview, verbally, noted by HR.
REFERENCE_CONSENT_NOTE = "Hollander Techniek (huidige werkgever)"
REFERENCE_CONSENT_BY = "Inge Meijer"

RowT = TypeVar("RowT", bound=SQLModel)


class ExampleAlreadyLoaded(Exception):
    """The example vacancy is already in the database; loading it again would give
    the user two identical vacancies."""

    def __init__(self, vacancy_id: int) -> None:
        super().__init__(
            f"The example vacancy {texts.VACANCY_TITLE!r} already exists (id {vacancy_id})."
        )
        self.vacancy_id = vacancy_id


@dataclass(frozen=True)
class ExampleIds:
    """The ids of what :func:`load_example` wrote, so a caller can open them."""

    vacancy_id: int
    competency_ids: tuple[int, ...]
    question_ids: tuple[int, ...]
    candidate_ids: tuple[int, ...]
    application_ids: tuple[int, ...]
    interviewer_ids: tuple[int, ...]
    interview_id: int
    panel_member_ids: tuple[int, ...]
    in_progress_interview_id: int
    #: Daniëlle Kok's interview a week ago: every form submitted, decided.
    completed_interview_id: int
    completed_panel_member_ids: tuple[int, ...]
    #: Thijs van Dijk's interview a few days ago: the last panel member's form is open.
    waiting_interview_id: int
    waiting_panel_member_ids: tuple[int, ...]


def interview_moment(today: date) -> datetime:
    """When the example interview takes place: 10:00 local time on the first working
    day at least :data:`INTERVIEW_DAYS_AHEAD` days after ``today``, as aware UTC."""
    day = today + timedelta(days=INTERVIEW_DAYS_AHEAD)
    while day.weekday() >= 5:  # Saturday, Sunday
        day += timedelta(days=1)
    local = datetime.combine(day, INTERVIEW_TIME).astimezone()  # the machine's time zone
    return local.astimezone(UTC)


def working_days_before(day: date, count: int) -> date:
    """The working day ``count`` working days before ``day`` (Saturday and Sunday skipped)."""
    while count > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def working_days_after(day: date, count: int) -> date:
    """The working day ``count`` working days after ``day``."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def load_example(db: Database, today: date | None = None) -> ExampleIds:
    """Write the example into ``db`` and return the ids of what was written.

    Raises :class:`ExampleAlreadyLoaded` if a vacancy with the example's title exists.
    Interviewers and candidates already present (same name, same e-mail address) are
    reused rather than duplicated: they outlive a deleted example vacancy.
    """
    today = today or date.today()
    with db.session() as session:
        existing = session.exec(
            select(Vacancy.id).where(Vacancy.title == texts.VACANCY_TITLE)
        ).first()
        if existing is not None:
            raise ExampleAlreadyLoaded(existing)

        vacancy = _add(
            session,
            Vacancy(
                title=texts.VACANCY_TITLE,
                department=texts.VACANCY_DEPARTMENT,
                location=texts.VACANCY_LOCATION,
                text=texts.VACANCY_TEXT,
                procedure_end=today + PROCEDURE_LENGTH,
            ),
        )
        competencies = _add_competencies(session, _id(vacancy))
        questions = _add_questions(session, _id(vacancy), competencies)
        candidates = [_candidate(session, spec) for spec in texts.CANDIDATES]
        applications = [
            _add(
                session,
                Application(
                    candidate_id=_id(candidate), vacancy_id=_id(vacancy), status=spec.status
                ),
            )
            for candidate, spec in zip(candidates, texts.CANDIDATES, strict=True)
        ]
        interviewers = [_interviewer(session, spec) for spec in texts.INTERVIEWERS]
        interview = _add(
            session,
            Interview(
                application_id=_id(applications[0]),
                scheduled_at=interview_moment(today),
                planned_minutes=INTERVIEW_MINUTES,
                location=texts.INTERVIEW_LOCATION,
            ),
        )
        panel = [
            _add(
                session,
                PanelMember(
                    interview_id=_id(interview),
                    interviewer_id=_id(interviewer),
                    role=spec.role,
                    position=position,
                ),
            )
            for position, (interviewer, spec) in enumerate(
                zip(interviewers, texts.INTERVIEWERS, strict=True)
            )
        ]
        in_progress = _add_interview_in_progress(
            session, applications[1], interviewers, questions, today
        )
        by_candidate = {
            spec.name: app for spec, app in zip(texts.CANDIDATES, applications, strict=True)
        }
        past = [
            _add_past_interview(
                session, spec, by_candidate[spec.candidate], interviewers, questions,
                competencies, today,
            )
            for spec in panel_texts.PAST_INTERVIEWS
        ]
        _record_reference_consent(session, by_candidate, today)
        return ExampleIds(
            vacancy_id=_id(vacancy),
            competency_ids=tuple(competencies.values()),
            question_ids=tuple(_id(q) for q in questions),
            candidate_ids=tuple(_id(c) for c in candidates),
            application_ids=tuple(_id(a) for a in applications),
            interviewer_ids=tuple(_id(i) for i in interviewers),
            interview_id=_id(interview),
            panel_member_ids=tuple(_id(p) for p in panel),
            in_progress_interview_id=in_progress,
            completed_interview_id=past[0][0],
            completed_panel_member_ids=past[0][1],
            waiting_interview_id=past[1][0],
            waiting_panel_member_ids=past[1][1],
        )


def _record_reference_consent(session: Session, by_candidate: dict[str, Application],
                              today: date) -> None:
    """The decided candidate's consent to the reference its next steps ask for (kept if
    a reused candidate has one already), and the one reference check made with it."""
    decided = panel_texts.PAST_INTERVIEWS[0]
    candidate_id = by_candidate[decided.candidate].candidate_id
    if session.exec(select(Consent).where(Consent.candidate_id == candidate_id,
                                          Consent.purpose == "reference")).first():
        return
    session.add(Consent(
        candidate_id=candidate_id, purpose="reference",
        given_on=working_days_before(today, decided.working_days_ago),
        recorded_by=REFERENCE_CONSENT_BY, method="verbal", note=REFERENCE_CONSENT_NOTE))
    caller = session.exec(select(Interviewer).where(
        Interviewer.name == REFERENCE_CONSENT_BY)).first()
    reference = texts.REFERENCE_CHECK
    session.add(ReferenceCheck(
        application_id=by_candidate[decided.candidate].id or 0,
        referee_name=reference["referee_name"], relation=reference["relation"],
        organisation=reference["organisation"], phone=reference["phone"],
        called_on=working_days_before(today, 1),
        interviewer_id=caller.id if caller is not None else None,
        called_by=REFERENCE_CONSENT_BY, asked=reference["asked"], said=reference["said"]))


def _add_interview_in_progress(
    session: Session,
    application: Application,
    interviewers: list[Interviewer],
    questions: list[Question],
    today: date,
) -> int:
    """The second candidate's interview, started this morning and now at the skills
    stage, with ticks, notes and time in the stages before it."""
    started = datetime.now(UTC) - timedelta(minutes=texts.PROGRESS_MINUTES_AGO)
    if started.astimezone().date() != today:  # loading for another day (tests)
        started = datetime.combine(today, time(9, 0)).astimezone().astimezone(UTC)
    interview = _add(
        session,
        Interview(
            application_id=_id(application),
            scheduled_at=started,
            started_at=started,
            planned_minutes=INTERVIEW_MINUTES,
            location=texts.INTERVIEW_LOCATION,
            current_stage=texts.PROGRESS_STAGE,
        ),
    )
    application.status = "invited"
    session.add(application)
    by_name = {person.name: person for person in interviewers}
    for position, (name, role) in enumerate(texts.PROGRESS_PANEL):
        session.add(
            PanelMember(
                interview_id=_id(interview),
                interviewer_id=_id(by_name[name]),
                role=role,
                position=position,
            )
        )
    for stage, (seconds, ticked, notes) in texts.PROGRESS_STAGES.items():
        session.add(
            StageRecord(
                interview_id=_id(interview),
                stage=stage,
                checklist=dict.fromkeys(ticked, True),
                notes=notes,
                seconds_spent=seconds,
                done=stage != texts.PROGRESS_STAGE,
            )
        )
    for (stage, position), (asked, notes) in texts.PROGRESS_ANSWERS.items():
        question = [q for q in questions if q.stage == stage][position]
        session.add(
            Answer(
                interview_id=_id(interview), question_id=_id(question), asked=asked, notes=notes
            )
        )
    session.flush()
    return _id(interview)


def _add_past_interview(
    session: Session,
    spec: panel_texts.ExamplePastInterview,
    application: Application,
    interviewers: list[Interviewer],
    questions: list[Question],
    competencies: dict[str, int],
    today: date,
) -> tuple[int, tuple[int, ...]]:
    """An interview that took place: every stage done with notes, the panel's forms,
    consensus and decision as ``spec`` says. Returns its id and its panel member ids."""
    day = working_days_before(today, spec.working_days_ago)
    began = datetime.combine(day, time(spec.local_hour, 0)).astimezone().astimezone(UTC)
    ended = began + timedelta(minutes=spec.minutes)
    decision_day = (
        working_days_after(today, spec.decision.feedback_working_days_ahead)
        if spec.decision
        else None
    )
    interview = _add(
        session,
        Interview(
            application_id=_id(application),
            scheduled_at=began,
            started_at=began,
            finished_at=ended,
            planned_minutes=INTERVIEW_MINUTES,
            location=texts.INTERVIEW_LOCATION,
            current_stage=default_agenda().keys()[-1],
            next_steps=spec.next_steps,
            candidate_remarks=spec.candidate_remarks,
            follow_up_notes=spec.follow_up_notes,
            feedback_date=decision_day
            or working_days_after(day, spec.feedback_working_days_after),
            candidate_thanked=True,
        ),
    )
    interview_id = _id(interview)
    for stage in default_agenda().stages:
        session.add(
            StageRecord(
                interview_id=interview_id,
                stage=stage.key,
                checklist=dict.fromkeys((item.key for item in stage.items), True),
                notes=spec.stage_notes.get(stage.key, ""),
                seconds_spent=stage.minutes * 60 if stage.key != "preparation" else 0,
                done=True,
            )
        )
    for position, (question_text, answer_text) in enumerate(spec.candidate_questions, 1):
        session.add(
            CandidateQuestion(
                interview_id=interview_id,
                position=position,
                question=question_text,
                answer=answer_text,
                answered=True,
            )
        )
    for (stage_key, position), answer in spec.answers.items():
        question = [q for q in questions if q.stage == stage_key][position]
        session.add(
            Answer(
                interview_id=interview_id,
                question_id=_id(question),
                asked=True,
                notes=answer.notes,
                situation=answer.situation,
                task=answer.task,
                action=answer.action,
                result=answer.result,
                updated_at=ended,
            )
        )
    by_name = {person.name: person for person in interviewers}
    seats = {
        name: _add(
            session,
            PanelMember(
                interview_id=interview_id,
                interviewer_id=_id(by_name[name]),
                role=role,
                position=position,
            ),
        )
        for position, (name, role) in enumerate(spec.panel)
    }
    for form in spec.forms:
        assessment = _add(
            session,
            Assessment(
                interview_id=interview_id,
                panel_member_id=_id(seats[form.rater]),
                strengths=form.strengths,
                weaknesses=form.weaknesses,
                recommendation=form.recommendation,
                submitted_at=(
                    ended + timedelta(minutes=form.submitted_after)
                    if form.submitted_after is not None
                    else None
                ),
            ),
        )
        # The trail a real panel would have left (store.audit): each form opened, and
        # submitted where it was — never its scores.
        session.add(AuditEntry(interview_id=interview_id, kind="form_opened", actor=form.rater,
                               at=ended + timedelta(minutes=1),
                               panel_member_id=_id(seats[form.rater])))
        if assessment.submitted_at is not None:
            session.add(AuditEntry(interview_id=interview_id, kind="form_submitted",
                                   actor=form.rater, at=assessment.submitted_at,
                                   panel_member_id=_id(seats[form.rater])))
        for name, (score, evidence) in form.ratings.items():
            session.add(
                Rating(
                    assessment_id=_id(assessment),
                    competency_id=competencies[name],
                    score=score,
                    evidence=evidence,
                )
            )
    for name, (score, reason) in spec.consensus.items():
        session.add(
            ConsensusScore(
                interview_id=interview_id,
                competency_id=competencies[name],
                score=score,
                reason=reason,
            )
        )
    if spec.decision is not None:
        session.add(
            Decision(
                interview_id=interview_id,
                outcome=spec.decision.outcome,
                rationale=spec.decision.rationale,
                next_steps=spec.decision.next_steps,
                feedback_date=decision_day,
                decided_at=ended + timedelta(minutes=spec.decision.decided_after),
            )
        )
    session.flush()
    return interview_id, tuple(_id(seat) for seat in seats.values())


def _add(session: Session, row: RowT) -> RowT:
    session.add(row)
    session.flush()  # assigns the id that the next rows refer to
    return row


def _id(row: SQLModel) -> int:
    """The id of a flushed row; typed ``int`` where the model says ``int | None``."""
    row_id = getattr(row, "id", None)
    if row_id is None:
        raise RuntimeError(f"{type(row).__name__} has no id: it was not flushed.")
    return int(row_id)


def _add_competencies(session: Session, vacancy_id: int) -> dict[str, int]:
    """Add the competencies; their ids by name, in order, for the questions to link to."""
    ids: dict[str, int] = {}
    for position, spec in enumerate(texts.COMPETENCIES):
        anchor_1, anchor_2, anchor_3, anchor_4, anchor_5 = spec.anchors
        competency = Competency(
            vacancy_id=vacancy_id,
            position=position,
            name=spec.name,
            kind=spec.kind,
            weight=spec.weight,
            description=spec.description,
            keywords=spec.keywords,
            anchor_1=anchor_1,
            anchor_2=anchor_2,
            anchor_3=anchor_3,
            anchor_4=anchor_4,
            anchor_5=anchor_5,
        )
        ids[spec.name] = _id(_add(session, competency))
    return ids


def _add_questions(
    session: Session, vacancy_id: int, competencies: dict[str, int]
) -> list[Question]:
    """Add the question kit, numbered from 0 within each stage."""
    questions: list[Question] = []
    positions: dict[str, int] = {}
    for spec in texts.QUESTIONS:
        position = positions.get(spec.stage, 0)
        positions[spec.stage] = position + 1
        question = Question(
            vacancy_id=vacancy_id,
            stage=spec.stage,
            position=position,
            text=spec.text,
            probes=spec.probes,
            kind=spec.kind,
            competency_id=competencies[spec.competency] if spec.competency else None,
        )
        questions.append(_add(session, question))
    return questions


def _candidate(session: Session, spec: texts.ExampleCandidate) -> Candidate:
    """The example candidate, reused if someone with that e-mail address exists."""
    found = session.exec(select(Candidate).where(Candidate.email == spec.email)).first()
    if found is not None:
        return found
    candidate = Candidate(
        name=spec.name,
        email=spec.email,
        phone=spec.phone,
        city=spec.city,
        notes=texts.CANDIDATE_NOTE,
        cv_text=spec.cv,
        letter_text=spec.letter,
    )
    return _add(session, candidate)


def _interviewer(session: Session, spec: texts.ExampleInterviewer) -> Interviewer:
    """The example interviewer, reused if someone with that name and e-mail exists."""
    found = session.exec(
        select(Interviewer).where(Interviewer.name == spec.name, Interviewer.email == spec.email)
    ).first()
    if found is not None:
        return found
    interviewer = Interviewer(name=spec.name, email=spec.email, job_title=spec.job_title)
    return _add(session, interviewer)
