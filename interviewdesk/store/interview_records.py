"""What the interview wizard reads and writes while the interview runs.

:func:`load_session` gathers everything one interview needs in one read (candidate,
vacancy, competencies with anchors, the question kit incl. questions added on the
spot, answers, stage records, the candidate's questions, the panel), so the wizard
never queries while the interviewer types.

Writes arrive as typed edits (:mod:`interviewdesk.store.interview_edits`, one per
record) and are applied in one short transaction by :func:`apply_changes`: the autosave
collects every keystroke's latest value per field and flushes them together, so one
flush is one commit however many fields changed. With the versions the editor last saw
(:class:`~interviewdesk.domain.concurrent_edits.Seen`), a text someone else changed
meanwhile is not overwritten but returned as a conflict.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from interviewdesk.domain import application_status
from interviewdesk.domain.concurrent_edits import Conflict, RecordKey, Seen, after_write
from interviewdesk.store import direct_writes
from interviewdesk.store.database import Database
from interviewdesk.store.edits import (
    Guarded,
    Saved,
    combine,
    direct_first,
    guard,
    stored_texts,
    with_retries,
)
from interviewdesk.store.interview_edits import (
    AnswerEdit,
    CandidateQuestionEdit,
    InterviewEdit,
    StageEdit,
    WizardEdit,
)
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import (
    Answer,
    Application,
    CandidateDocument,
    CandidateQuestion,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    StageRecord,
    utc_now,
)


@dataclass(frozen=True)
class CompetencyInfo:
    """A competency as the wizard shows it: name, weight, anchors 1–5, keywords."""

    id: int
    name: str
    kind: str
    weight: float
    description: str
    keywords: tuple[str, ...]
    anchors: tuple[str, str, str, str, str]


@dataclass(frozen=True)
class QuestionInfo:
    """A question of the kit (or added during this interview)."""

    id: int
    stage: str
    position: int
    text: str
    probes: str
    kind: str
    competency_id: int | None
    added_during_interview: bool


@dataclass
class AnswerInfo:
    """What was noted for one question."""

    question_id: int
    asked: bool = False
    notes: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""


@dataclass
class StageInfo:
    """One stage's ticks, notes and time."""

    stage: str
    checklist: dict[str, bool] = field(default_factory=dict)
    notes: str = ""
    seconds_spent: int = 0
    done: bool = False


@dataclass
class CandidateQuestionInfo:
    """A question the candidate asked, and the panel's answer."""

    id: int
    position: int
    question: str = ""
    answer: str = ""
    answered: bool = False
    #: The row's version as read (migration 0014).
    version: int = 1

    def seen(self) -> Seen:
        """What a screen showing this question as read is based on."""
        return Seen(self.version, {"question": self.question, "answer": self.answer})

    def is_answered(self) -> bool:
        """Ticked "answered", or an answer was typed: both say the panel answered it."""
        return self.answered or bool(self.answer.strip())


@dataclass(frozen=True)
class PanelSeatInfo:
    """A panel member with their role."""

    panel_member_id: int
    interviewer_id: int
    name: str
    job_title: str
    role: str


@dataclass(frozen=True)
class OriginalDocument:
    """An original CV or letter file kept with the candidate (bytes not loaded)."""

    id: int
    kind: str
    filename: str
    media_type: str


@dataclass
class InterviewSession:
    """Everything the wizard needs about one interview, read once."""

    interview_id: int
    candidate_id: int
    candidate_name: str
    vacancy_id: int
    vacancy_title: str
    vacancy_department: str
    vacancy_location: str
    vacancy_text: str
    scheduled_at: datetime | None
    planned_minutes: int
    location: str
    current_stage: str
    started_at: datetime | None
    finished_at: datetime | None
    next_steps: str
    feedback_date: date | None
    candidate_thanked: bool
    cv_text: str
    letter_text: str
    competencies: list[CompetencyInfo]
    questions: list[QuestionInfo]
    answers: dict[int, AnswerInfo]
    stages: dict[str, StageInfo]
    candidate_questions: list[CandidateQuestionInfo]
    panel: list[PanelSeatInfo]
    documents: list[OriginalDocument]
    #: The closing stage's own notes: the candidate's remarks about the process, and
    #: notes for a negotiation or follow-up conversation.
    candidate_remarks: str = ""
    follow_up_notes: str = ""
    #: What this screen is based on, per record (versions and texts as loaded): the
    #: autosave passes it with every write, so nobody's text is overwritten unseen.
    seen: dict[RecordKey, Seen] = field(default_factory=dict)

    def questions_for(self, stage: str) -> list[QuestionInfo]:
        """The questions of ``stage`` in order; those added on the spot come last."""
        return sorted(
            (q for q in self.questions if q.stage == stage),
            key=lambda q: (q.added_during_interview, q.position, q.id),
        )

    def answer(self, question_id: int) -> AnswerInfo:
        """The answer record of a question (an empty one if nothing was noted yet)."""
        return self.answers.setdefault(question_id, AnswerInfo(question_id))

    def stage(self, key: str) -> StageInfo:
        """The record of stage ``key`` (an empty one if the stage was not visited)."""
        return self.stages.setdefault(key, StageInfo(key))

    def competency(self, competency_id: int | None) -> CompetencyInfo | None:
        """The competency with ``competency_id``, if the vacancy has it."""
        return next((c for c in self.competencies if c.id == competency_id), None)

    def keywords(self) -> list[str]:
        """Competency names and keywords, for highlighting in the CV and vacancy."""
        words: list[str] = []
        for competency in self.competencies:
            words.append(competency.name)
            words.extend(competency.keywords)
        return [w for w in dict.fromkeys(words) if w]


def _split_keywords(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(",") if word.strip())


def load_session(db: Database, interview_id: int) -> InterviewSession:
    """Everything about interview ``interview_id``; ``LookupError`` if it does not exist."""
    with db.session() as session:
        context = interview_context(session, interview_id)
        interview, candidate, vacancy = context.interview, context.candidate, context.vacancy
        competencies = [
            CompetencyInfo(
                id=c.id or 0,
                name=c.name,
                kind=c.kind,
                weight=c.weight,
                description=c.description,
                keywords=_split_keywords(c.keywords),
                anchors=(c.anchor_1, c.anchor_2, c.anchor_3, c.anchor_4, c.anchor_5),
            )
            for c in session.exec(
                select(Competency)
                .where(Competency.vacancy_id == vacancy.id)
                .order_by(col(Competency.position), col(Competency.id))
            )
        ]
        questions = [
            QuestionInfo(
                id=q.id or 0,
                stage=q.stage,
                position=q.position,
                text=q.text,
                probes=q.probes,
                kind=q.kind,
                competency_id=q.competency_id,
                added_during_interview=q.interview_id is not None,
            )
            for q in session.exec(
                select(Question)
                .where(Question.vacancy_id == vacancy.id)
                .where(
                    (col(Question.interview_id).is_(None))
                    | (col(Question.interview_id) == interview_id)
                )
                .order_by(col(Question.position), col(Question.id))
            )
        ]
        answers = {
            a.question_id: AnswerInfo(
                a.question_id, a.asked, a.notes, a.situation, a.task, a.action, a.result
            )
            for a in session.exec(select(Answer).where(Answer.interview_id == interview_id))
        }
        stages = {
            s.stage: StageInfo(s.stage, dict(s.checklist), s.notes, s.seconds_spent, s.done)
            for s in session.exec(
                select(StageRecord).where(StageRecord.interview_id == interview_id)
            )
        }
        candidate_questions = [
            CandidateQuestionInfo(q.id or 0, q.position, q.question, q.answer, q.answered,
                                  q.version)
            for q in session.exec(
                select(CandidateQuestion)
                .where(CandidateQuestion.interview_id == interview_id)
                .order_by(col(CandidateQuestion.position), col(CandidateQuestion.id))
            )
        ]
        panel = [
            PanelSeatInfo(member.id or 0, person.id or 0, person.name, person.job_title,
                          member.role)
            for member, person in session.exec(
                select(PanelMember, Interviewer)
                .join(Interviewer, col(Interviewer.id) == PanelMember.interviewer_id)
                .where(PanelMember.interview_id == interview_id)
                .order_by(col(PanelMember.position), col(PanelMember.id))
            )
        ]
        documents = [
            OriginalDocument(doc_id or 0, kind, filename, media_type)
            for doc_id, kind, filename, media_type in session.exec(
                select(
                    CandidateDocument.id,
                    CandidateDocument.kind,
                    CandidateDocument.filename,
                    CandidateDocument.media_type,
                )
                .where(CandidateDocument.candidate_id == candidate.id)
                .order_by(col(CandidateDocument.added_at).desc())
            )
        ]
        return InterviewSession(
            interview_id=interview_id,
            candidate_id=candidate.id or 0,
            candidate_name=candidate.name,
            vacancy_id=vacancy.id or 0,
            vacancy_title=vacancy.title,
            vacancy_department=vacancy.department,
            vacancy_location=vacancy.location,
            vacancy_text=vacancy.text,
            scheduled_at=interview.scheduled_at,
            planned_minutes=interview.planned_minutes,
            location=interview.location,
            current_stage=interview.current_stage,
            started_at=interview.started_at,
            finished_at=interview.finished_at,
            next_steps=interview.next_steps,
            feedback_date=interview.feedback_date,
            candidate_thanked=interview.candidate_thanked,
            cv_text=candidate.cv_text,
            letter_text=candidate.letter_text,
            competencies=competencies,
            questions=questions,
            answers=answers,
            stages=stages,
            candidate_questions=candidate_questions,
            panel=panel,
            documents=documents,
            candidate_remarks=interview.candidate_remarks,
            follow_up_notes=interview.follow_up_notes,
            seen=_seen_of(session, interview),
        )


def _stage_record(session: Session, interview_id: int, stage: str) -> StageRecord:
    # Locked until the commit on a team server: the checklist is merged here from what
    # was read, and two panel members ticking at once would otherwise each write back
    # the other's old ticks (benchmarks/team_load.py found it). SQLite ignores it.
    query = (
        select(StageRecord)
        .where(StageRecord.interview_id == interview_id)
        .where(StageRecord.stage == stage)
        .with_for_update()
    )
    record = session.exec(query).first()
    if record is None:
        _insert_if_missing(session, StageRecord(interview_id=interview_id, stage=stage,
                                                checklist={}), ("interview_id", "stage"))
        record = session.exec(query).one()
    return record


def _answer(session: Session, interview_id: int, question_id: int) -> Answer:
    query = (
        select(Answer)
        .where(Answer.interview_id == interview_id)
        .where(Answer.question_id == question_id)
    )
    answer = session.exec(query).first()
    if answer is None:
        _insert_if_missing(session, Answer(interview_id=interview_id, question_id=question_id),
                           ("interview_id", "question_id"))
        answer = session.exec(query).one()
    return answer


def _insert_if_missing(session: Session, row: StageRecord | Answer,
                       unique: tuple[str, ...]) -> None:
    """Insert ``row`` unless one with the same ``unique`` columns exists. On a team
    server two panel members may write the first note of a stage or question at the
    same moment: the second then uses the first one's row (and, if it already holds
    another text, meets it as a conflict) instead of failing on the unique constraint
    and retrying seconds later."""
    from sqlalchemy.dialects.postgresql import insert as postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    bind = session.get_bind()
    insert = postgresql_insert if bind.dialect.name == "postgresql" else sqlite_insert
    values = row.model_dump(exclude={"id"})
    session.execute(insert(type(row)).values(**values).on_conflict_do_nothing(
        index_elements=list(unique)))


Row = Interview | StageRecord | Answer | CandidateQuestion


def _row(session: Session, interview: Interview, edit: WizardEdit) -> Row:
    """The stored row ``edit`` changes (a stage's or answer's row is made empty first
    if it does not exist yet)."""
    interview_id = int(interview.id or 0)
    if isinstance(edit, InterviewEdit):
        return interview
    if isinstance(edit, StageEdit):
        return _stage_record(session, interview_id, edit.stage)
    if isinstance(edit, AnswerEdit):
        return _answer(session, interview_id, edit.question_id)
    question = session.get(CandidateQuestion, edit.candidate_question_id)
    if question is None or question.interview_id != interview_id:
        raise LookupError(f"There is no candidate question {edit.candidate_question_id}.")
    return question


def _write(session: Session, interview: Interview, edit: WizardEdit, row: Row) -> Row:
    """Apply ``edit`` to ``row``."""
    for name, value in edit.changed().items():
        if name == "checklist":
            # Reassigned, not updated in place: a new row's dict is not tracked.
            assert isinstance(row, StageRecord)
            ticks = {str(k): bool(v) for k, v in value.items()}
            row.checklist = {**row.checklist, **ticks}
        else:
            setattr(row, name, value)
    if isinstance(row, Answer):
        row.updated_at = utc_now()
    if isinstance(edit, InterviewEdit) and edit.changed().get("finished_at") is not None:
        _mark_interviewed(session, interview)
    session.add(row)
    return row


def _where(interview_id: int, edit: WizardEdit) -> tuple[type[Row], dict[str, int | str]]:
    """The table ``edit`` writes and the fields (with values) that pick its one row."""
    if isinstance(edit, InterviewEdit):
        return Interview, {"id": interview_id}
    if isinstance(edit, StageEdit):
        return StageRecord, {"interview_id": interview_id, "stage": edit.stage}
    if isinstance(edit, AnswerEdit):
        return Answer, {"interview_id": interview_id, "question_id": edit.question_id}
    return CandidateQuestion, {"id": edit.candidate_question_id, "interview_id": interview_id}


def _write_directly(session: Session, interview_id: int, edit: WizardEdit,
                    seen: Mapping[RecordKey, Seen] | None) -> Seen | None:
    """``edit`` written in one statement (:mod:`~interviewdesk.store.direct_writes`)
    and what the screen is based on now; ``None`` when it needs the careful path: a
    guarded text on a record the screen read at another version or never (unless the
    row does not exist yet either: then it is made with the edit's values in one
    statement), the interview's end (it moves the application on too), or no row
    written."""
    base = (seen or {}).get(edit.record, Seen())
    texts = edit.texts()
    guarded = seen is not None and bool(texts)
    if isinstance(edit, InterviewEdit) and edit.changed().get("finished_at") is not None:
        return None
    model, keys = _where(interview_id, edit)
    written = None
    if base.version or not guarded:
        written = direct_writes.update_record(
            session, model, keys, edit.changed(), version=base.version if guarded else None,
            texts=edit.TEXTS, touch={"updated_at": utc_now()} if model is Answer else None)
    if written is None and not base.version and model in (StageRecord, Answer):
        # Not there yet (the first note of a stage or question): made with its values.
        values = {**keys, **edit.changed()}
        if "checklist" in values:
            values["checklist"] = {str(k): bool(v) for k, v in values["checklist"].items()}
        written = direct_writes.insert_record(
            session, model(**values), [name for name in keys], texts=edit.TEXTS)
    if written is None:
        return None
    return after_write(base, texts, written.version, written.texts)


def _apply(db: Database, interview_id: int, edits: dict[RecordKey, WizardEdit],
           seen: Mapping[RecordKey, Seen] | None) -> Saved:
    with db.session() as session:
        return direct_first(
            edits, lambda edit: _write_directly(session, interview_id, edit, seen),
            lambda careful: _apply_carefully(session, interview_id, careful, seen))


def _apply_carefully(session: Session, interview_id: int, edits: Sequence[WizardEdit],
                     seen: Mapping[RecordKey, Seen] | None) -> Saved:
    """Read each row, guard its texts against someone else's change (conflicts name
    who saved theirs), write the rest through the ORM."""
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise LookupError(f"There is no interview {interview_id}.")
    conflicts: list[Conflict] = []
    written: list[tuple[Guarded[WizardEdit], Row]] = []
    # One flush for the whole batch: each record is read once (the edits are
    # combined per record) and no read depends on another record's pending write,
    # so reading the next row need not first write the last (that cost a unit of
    # work per edit, the larger part of a flush on a team server's clients).
    with session.no_autoflush:
        for edit in edits:
            row = _row(session, interview, edit)
            guarded = guard(edit, row, seen, session)
            conflicts.extend(guarded.conflicts)
            if guarded.edit.changed():
                written.append((guarded, _write(session, interview, guarded.edit, row)))
    session.flush()  # raises StaleDataError if a row changed since it was read
    return Saved({g.edit.record: g.seen_after(row) for g, row in written},
                 tuple(conflicts))


def apply_changes(db: Database, interview_id: int, changes: Sequence[WizardEdit],
                  seen: Mapping[RecordKey, Seen] | None = None) -> Saved:
    """Write ``changes`` of one interview in a single transaction.

    Later edits of the same record win (ticks merge). With ``seen`` (what the editor's
    screen is based on, per record; a record missing there was not on screen yet), a
    text someone else changed meanwhile is not written: it comes back in
    :attr:`Saved.conflicts`, and everything else is written. Without ``seen`` the
    latest write wins (the command line, the example data). Raises ``LookupError`` if
    the interview (or a candidate question) is gone — e.g. deleted from another window
    — so the caller can tell the user.
    """
    combined = combine(changes)
    try:
        return with_retries(lambda: _apply(db, interview_id, combined, seen))
    except IntegrityError:
        # A stage's or answer's first row made in one statement meets the foreign key
        # of an interview deleted meanwhile (e.g. from another window): say that.
        with db.session() as session:
            if session.get(Interview, interview_id) is None:
                raise LookupError(f"There is no interview {interview_id}.") from None
        raise


def load_seen(db: Database, interview_id: int) -> dict[RecordKey, Seen]:
    """The versions and guarded texts of an interview's records as stored now: what
    a screen that was just loaded is based on."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        return _seen_of(session, interview)


def _seen_of(session: Session, interview: Interview) -> dict[RecordKey, Seen]:
    interview_id = int(interview.id or 0)
    seen: dict[RecordKey, Seen] = {
        ("interview", 0): Seen(interview.version, stored_texts(interview, InterviewEdit.TEXTS))
    }
    for stage in session.exec(select(StageRecord).where(StageRecord.interview_id == interview_id)):
        seen[("stage", stage.stage)] = Seen(stage.version, stored_texts(stage, StageEdit.TEXTS))
    for answer in session.exec(select(Answer).where(Answer.interview_id == interview_id)):
        seen[("answer", answer.question_id)] = Seen(
            answer.version, stored_texts(answer, AnswerEdit.TEXTS))
    for question in session.exec(
            select(CandidateQuestion).where(CandidateQuestion.interview_id == interview_id)):
        seen[("candidate_question", int(question.id or 0))] = Seen(
            question.version, stored_texts(question, CandidateQuestionEdit.TEXTS))
    return seen


def _mark_interviewed(session: Session, interview: Interview) -> None:
    """The interview was held: an "applied" or "invited" application is now
    "interviewed" (the candidate status follows the interview; later statuses stay)."""
    application = session.get(Application, interview.application_id)
    if application is not None:
        status = application_status.after_interview(application.status)
        if status != application.status:
            application.status = status
            session.add(application)


def open_stage(db: Database, interview_id: int, stage: str) -> None:
    """Record that the interviewer is now at ``stage`` (the interview reopens there);
    the first time past preparation also marks the interview as started."""
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        interview.current_stage = stage
        if interview.started_at is None and stage != "preparation":
            interview.started_at = utc_now()
        session.add(interview)


def add_question(
    db: Database,
    interview_id: int,
    stage: str,
    text: str,
    kind: str = "open",
    competency_id: int | None = None,
) -> QuestionInfo:
    """A question the interviewer adds on the spot: it belongs to this interview only."""
    text = text.strip()
    if not text:
        raise ValueError("A question needs some text.")
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise LookupError(f"There is no interview {interview_id}.")
        application = session.get(Application, interview.application_id)
        assert application is not None
        last = session.exec(
            select(Question.position)
            .where(Question.vacancy_id == application.vacancy_id)
            .where(Question.stage == stage)
            .order_by(col(Question.position).desc())
        ).first()
        question = Question(
            vacancy_id=application.vacancy_id,
            interview_id=interview_id,
            stage=stage,
            position=(last or 0) + 1,
            text=text,
            kind=kind,
            competency_id=competency_id,
        )
        session.add(question)
        session.flush()
        return QuestionInfo(
            question.id or 0, stage, question.position, text, "", kind, competency_id, True
        )


def remove_added_question(db: Database, interview_id: int, question_id: int) -> None:
    """Remove a question added during this interview (kit questions stay)."""
    with db.session() as session:
        question = session.get(Question, question_id)
        if question is None or question.interview_id != interview_id:
            raise LookupError(f"Question {question_id} was not added in this interview.")
        session.delete(question)


def add_candidate_question(
    db: Database, interview_id: int, question: str = ""
) -> CandidateQuestionInfo:
    """A new (possibly still empty) question of the candidate, at the end of the list."""
    with db.session() as session:
        if session.get(Interview, interview_id) is None:
            raise LookupError(f"There is no interview {interview_id}.")
        last = session.exec(
            select(CandidateQuestion.position)
            .where(CandidateQuestion.interview_id == interview_id)
            .order_by(col(CandidateQuestion.position).desc())
        ).first()
        row = CandidateQuestion(
            interview_id=interview_id, position=(last or 0) + 1, question=question
        )
        session.add(row)
        session.flush()
        return CandidateQuestionInfo(row.id or 0, row.position, row.question,
                                     version=row.version)


def delete_candidate_question(db: Database, interview_id: int, question_id: int) -> None:
    """Remove one of the candidate's questions."""
    with db.session() as session:
        row = session.get(CandidateQuestion, question_id)
        if row is not None and row.interview_id == interview_id:
            session.delete(row)
