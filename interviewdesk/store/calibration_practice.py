"""How the interviews were run, for the calibration view and document: questions
asked, skipped and added, minutes per stage against the plan, feedback on time — and
what the name rule of ``domain.calibration_names`` needs (consent, chairs).

Which interviews count: those of the chosen vacancy (or all) that were **finished**
in the interview window (``finished_at`` set) and planned within the period (the
same day rule as ``store.calibration``). An unfinished interview would count every
question not yet reached as skipped. Nothing here reads an assessment: questions,
stage times, feedback dates and contacts are the interview's record, not a panel
member's form.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select as select_columns
from sqlmodel import col, select

from interviewdesk.domain.agenda import Agenda
from interviewdesk.domain.calibration_practice import (
    AddedQuestions,
    FeedbackRecord,
    FeedbackTimeliness,
    QuestionRecord,
    QuestionUsage,
    StageTime,
    StageTiming,
    added_questions,
    feedback_timeliness,
    question_usage,
    stage_timing,
)
from interviewdesk.store.assessments._reading import local_day
from interviewdesk.store.calibration import _in_period
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Answer,
    Application,
    ContactEntry,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    StageRecord,
    Vacancy,
)
from interviewdesk.store.typed_sql import key


@dataclass(frozen=True)
class PracticeReport:
    """The figures of how the interviews were run, with what they rest on."""

    interviews: int
    questions: tuple[QuestionUsage, ...]
    #: question id → (text, vacancy title), for the planned questions above.
    question_texts: dict[int, tuple[str, str]]
    added: tuple[AddedQuestions, ...]
    timing: tuple[StageTiming, ...]
    feedback: FeedbackTimeliness


def _held(db: Database, vacancy_id: int | None, since: date | None,
          until: date | None
          ) -> list[tuple[int, int, int, datetime | None, datetime | None, int]]:
    """(interview, vacancy, application, scheduled, started, planned minutes) of the
    finished interviews in scope."""
    with db.session() as session:
        if vacancy_id is not None and session.get(Vacancy, vacancy_id) is None:
            raise LookupError(f"No vacancy with id {vacancy_id}.")
        query = (
            select_columns(key(Interview.id), col(Application.vacancy_id), key(Application.id),
                           col(Interview.scheduled_at), col(Interview.started_at),
                           col(Interview.planned_minutes))
            .join(Application, col(Application.id) == col(Interview.application_id))
            .where(col(Interview.finished_at).is_not(None))
            .order_by(col(Interview.id))
        )
        if vacancy_id is not None:
            query = query.where(col(Application.vacancy_id) == vacancy_id)
        return [(i, v, a, s, st, m)
                for i, v, a, s, st, m in session.connection().execute(query)
                if _in_period(local_day(s), since, until)]


def practice_report(db: Database, agenda: Agenda, vacancy_id: int | None = None, *,
                    since: date | None = None, until: date | None = None,
                    today: date | None = None) -> PracticeReport:
    """Questions, time and feedback of the finished interviews of ``vacancy_id``
    (every vacancy when ``None``) planned from ``since`` to ``until``.

    Raises ``LookupError`` for an unknown vacancy and ``ValueError`` for a period that
    ends before it starts."""
    if since is not None and until is not None and until < since:
        raise ValueError("The period ends before it starts.")
    held = _held(db, vacancy_id, since, until)
    ids = [row[0] for row in held]
    vacancy_of = {row[0]: row[1] for row in held}
    with db.session() as session:
        questions = session.exec(
            select(Question).where(col(Question.vacancy_id).in_(set(vacancy_of.values())))
            .order_by(col(Question.vacancy_id), col(Question.stage), col(Question.position),
                      col(Question.id))
        ).all()
        asked = {(int(i), int(q)) for i, q in session.exec(
            select(Answer.interview_id, Answer.question_id)
            .where(col(Answer.interview_id).in_(ids), col(Answer.asked).is_(True)))}
        seconds = {(int(i), s): int(sec) for i, s, sec in session.exec(
            select(StageRecord.interview_id, StageRecord.stage, StageRecord.seconds_spent)
            .where(col(StageRecord.interview_id).in_(ids)))}
        titles = dict(session.exec(select(Vacancy.id, Vacancy.title)).all())
        decided = dict(session.exec(
            select(Decision.interview_id, col(Decision.feedback_date))
            .where(col(Decision.interview_id).in_(ids))).all())
        promised = dict(session.exec(
            select(key(Interview.id), col(Interview.feedback_date))
            .where(col(Interview.id).in_(ids))
        ).all())
        contacts: dict[int, list[date]] = {}
        for application_id, day in session.exec(
                select(ContactEntry.application_id, col(ContactEntry.contacted_on))
                .where(col(ContactEntry.application_id).in_([row[2] for row in held]))):
            contacts.setdefault(int(application_id), []).append(day)
    records: list[QuestionRecord] = []
    texts: dict[int, tuple[str, str]] = {}
    order = {key: index for index, key in enumerate(agenda.keys())}
    questions = sorted(questions, key=lambda q: (q.vacancy_id, order.get(q.stage, len(order)),
                                                 q.position, q.id or 0))
    for question in questions:
        qid = int(question.id or 0)
        if question.interview_id is None:
            texts[qid] = (question.text, titles.get(question.vacancy_id, ""))
            for interview_id in ids:
                if vacancy_of[interview_id] == question.vacancy_id:
                    records.append(QuestionRecord(qid, interview_id, question.stage, True,
                                                  (interview_id, qid) in asked))
        elif question.interview_id in vacancy_of:
            records.append(QuestionRecord(qid, question.interview_id, question.stage, False,
                                          (question.interview_id, qid) in asked))
    times = []
    for interview_id, _v, _a, _s, _st, minutes in held:
        plan = agenda.planned_minutes(minutes)
        for stage in agenda.stages:
            if stage.during_interview:
                times.append(StageTime(interview_id, stage.key, plan[stage.key],
                                       seconds.get((interview_id, stage.key), 0)))
    feedback = []
    for interview_id, _v, application_id, scheduled, started, _m in held:
        due = decided.get(interview_id) or promised.get(interview_id)
        if due is None:
            continue
        held_on = local_day(started or scheduled)
        told = sorted(d for d in contacts.get(application_id, [])
                      if held_on is None or d >= held_on)
        feedback.append(FeedbackRecord(interview_id, due, told[0] if told else None))
    keys = [s.key for s in agenda.stages if s.during_interview]
    return PracticeReport(
        len(ids), tuple(question_usage(records)), texts,
        tuple(a for a in added_questions(records, len(ids), keys) if a.stage in keys
              or a.questions),
        tuple(stage_timing(times, keys)),
        feedback_timeliness(feedback, today or date.today()),
    )


# --- What the name rule needs ------------------------------------------------------------


def consenting(db: Database) -> set[int]:
    """The interviewers who share their calibration figures with colleagues."""
    with db.session() as session:
        return {int(i or 0) for i in session.exec(
            select(Interviewer.id).where(col(Interviewer.share_calibration).is_(True)))}


def chairs(db: Database, interview_ids: Iterable[int]) -> dict[int, set[int]]:
    """Per interview the interviewers in the chair."""
    result: dict[int, set[int]] = {}
    with db.session() as session:
        for interview_id, interviewer_id in session.exec(
                select(PanelMember.interview_id, PanelMember.interviewer_id)
                .where(col(PanelMember.interview_id).in_(list(interview_ids)),
                       PanelMember.role == "chair")):
            result.setdefault(int(interview_id), set()).add(int(interviewer_id))
    return result


def set_sharing(db: Database, interviewer_id: int, share: bool) -> None:
    """Record whether the interviewer shares their calibration figures by name;
    ``LookupError`` if they no longer exist."""
    with db.session() as session:
        row = session.get(Interviewer, interviewer_id)
        if row is None:
            raise LookupError(f"There is no interviewer {interviewer_id}.")
        row.share_calibration = share
        session.add(row)
