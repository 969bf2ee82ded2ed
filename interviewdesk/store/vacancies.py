"""Creating, editing and deleting a vacancy with its competencies and question kit.

A vacancy is edited as one :class:`VacancyDraft` — the vacancy's fields, its ordered
competencies and its ordered questions per agenda stage — and saved in one
transaction, so a half-saved kit never exists. Competencies keep their ids across
edits (ratings point at them); a question refers to its competency by the draft's
``key``, so a new competency and a question probing it can be saved together.
"""

from dataclasses import dataclass, field
from datetime import date
from uuid import uuid4

from sqlmodel import Session, col, func, select

from interviewdesk.domain.agenda import QUESTION_STAGES
from interviewdesk.domain.field_limits import LOCATION_MAX, NAME_MAX, TITLE_MAX
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS, RATING_SCALE
from interviewdesk.store.database import Database
from interviewdesk.store.edit_conflicts import DeletedMeanwhile, check_version, guarded_save
from interviewdesk.store.models import (
    Application,
    Competency,
    Decision,
    Interview,
    Question,
    Rating,
    Vacancy,
    utc_now,
)
from interviewdesk.store.validation import ValidationError, check_length

SCALE_POINTS = len(RATING_SCALE)
MIN_WEIGHT = 0.5
MAX_WEIGHT = 5.0


def new_key() -> str:
    """A temporary key for a competency that has no id yet."""
    return f"new-{uuid4().hex}"


def competency_key(competency_id: int) -> str:
    """The draft key of a saved competency."""
    return f"id-{competency_id}"


@dataclass
class CompetencyDraft:
    """A competency as edited; ``id`` is ``None`` until it is saved."""

    name: str = ""
    kind: str = "core"
    weight: float = 1.0
    description: str = ""
    keywords: str = ""
    anchors: list[str] = field(default_factory=lambda: [""] * SCALE_POINTS)
    id: int | None = None
    key: str = field(default_factory=new_key)

    def missing_anchors(self) -> list[int]:
        """The scale points (1–5) whose anchor text is still empty.

        Allowed while drafting, but a rater needs every anchor, so dialogs flag them.
        """
        return [n for n, text in enumerate(self.anchors, start=1) if not text.strip()]


@dataclass
class QuestionDraft:
    """A planned question; ``competency_key`` is the key of a :class:`CompetencyDraft`
    in the same vacancy draft, or ``None``."""

    text: str = ""
    probes: str = ""
    kind: str = "open"
    competency_key: str | None = None
    id: int | None = None


@dataclass
class VacancyDraft:
    """A vacancy with everything that is edited with it."""

    title: str = ""
    department: str = ""
    location: str = ""
    text: str = ""
    procedure_end: date | None = None
    competencies: list[CompetencyDraft] = field(default_factory=list)
    questions: dict[str, list[QuestionDraft]] = field(
        default_factory=lambda: {stage: [] for stage in QUESTION_STAGES}
    )
    id: int | None = None
    #: The stored version of the vacancy this draft was read at (0: new, or not
    #: tracked). Every save of the vacancy (kit included) raises it, so it guards the
    #: whole draft: saving over someone else's later save is refused
    #: (``store.edit_conflicts``).
    version: int = 0

    def competency(self, key: str | None) -> CompetencyDraft | None:
        """The competency with ``key`` in this draft, if any."""
        return next((c for c in self.competencies if c.key == key), None)

    def remove_competency(self, key: str) -> None:
        """Take the competency with ``key`` out; the questions probing it keep their
        text and probe nothing (as the database does with ``ON DELETE SET NULL``)."""
        self.competencies = [c for c in self.competencies if c.key != key]
        for questions in self.questions.values():
            for question in questions:
                if question.competency_key == key:
                    question.competency_key = None


def get_vacancy(db: Database, vacancy_id: int) -> Vacancy:
    """The vacancy with ``vacancy_id``; ``LookupError`` if there is none."""
    with db.session() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is None:
            raise LookupError(f"There is no vacancy {vacancy_id}.")
        return vacancy


def vacancy_choices(db: Database) -> list[tuple[int, str]]:
    """``(id, title)`` of every vacancy, by title, for pick lists."""
    with db.session() as session:
        rows = session.exec(select(Vacancy.id, Vacancy.title).order_by(Vacancy.title)).all()
        return [(int(vid), title) for vid, title in rows if vid is not None]


def load_vacancy_draft(db: Database, vacancy_id: int) -> VacancyDraft:
    """The vacancy with ``vacancy_id`` as a draft to edit."""
    with db.session() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is None:
            raise LookupError(f"There is no vacancy {vacancy_id}.")
        competencies = session.exec(
            select(Competency)
            .where(Competency.vacancy_id == vacancy_id)
            .order_by(col(Competency.position), col(Competency.id))
        ).all()
        questions = session.exec(
            select(Question)
            .where(
                Question.vacancy_id == vacancy_id,
                col(Question.interview_id).is_(None),
                col(Question.stage).in_(QUESTION_STAGES),
            )
            .order_by(col(Question.position), col(Question.id))
        ).all()
    draft = VacancyDraft(
        id=vacancy.id,
        version=vacancy.version,
        title=vacancy.title,
        department=vacancy.department,
        location=vacancy.location,
        text=vacancy.text,
        procedure_end=vacancy.procedure_end,
        competencies=[
            CompetencyDraft(
                id=c.id,
                key=competency_key(c.id or 0),
                name=c.name,
                kind=c.kind,
                weight=c.weight,
                description=c.description,
                keywords=c.keywords,
                anchors=c.anchors(),
            )
            for c in competencies
        ],
    )
    for q in questions:
        draft.questions[q.stage].append(
            QuestionDraft(
                id=q.id,
                text=q.text,
                probes=q.probes,
                kind=q.kind,
                competency_key=(
                    competency_key(q.competency_id) if q.competency_id is not None else None
                ),
            )
        )
    return draft


def validate_vacancy(draft: VacancyDraft) -> None:
    """Raise :class:`ValidationError` for the first thing that stops ``draft`` saving."""
    if not draft.title.strip():
        raise ValidationError("The vacancy needs a title.", "title")
    check_length(draft.title, TITLE_MAX, "The vacancy's title", "title")
    check_length(draft.department, TITLE_MAX, "The department", "department")
    check_length(draft.location, LOCATION_MAX, "The location", "location")
    names: set[str] = set()
    for n, comp in enumerate(draft.competencies, start=1):
        name = comp.name.strip()
        if not name:
            raise ValidationError(f"Competency {n} needs a name.", f"competencies[{n - 1}].name")
        check_length(name, NAME_MAX, "A competency's name", f"competencies[{n - 1}].name")
        if name.casefold() in names:
            raise ValidationError(
                f"Two competencies are called {name!r}.", f"competencies[{n - 1}].name"
            )
        names.add(name.casefold())
        if comp.kind not in COMPETENCY_KINDS:
            raise ValidationError(f"{name}: unknown kind {comp.kind!r}.", f"competencies[{n - 1}]")
        if not MIN_WEIGHT <= comp.weight <= MAX_WEIGHT:
            raise ValidationError(
                f"{name}: the weight must be between {MIN_WEIGHT} and {MAX_WEIGHT}.",
                f"competencies[{n - 1}].weight",
            )
        if len(comp.anchors) != SCALE_POINTS:
            raise ValidationError(
                f"{name}: needs {SCALE_POINTS} anchor texts.", f"competencies[{n - 1}]"
            )
    keys = {c.key for c in draft.competencies}
    if len(keys) != len(draft.competencies):
        raise ValidationError("Two competencies share one key.", "competencies")
    for stage, questions in draft.questions.items():
        if stage not in QUESTION_STAGES:
            raise ValidationError(f"Questions cannot belong to the stage {stage!r}.", "questions")
        for n, q in enumerate(questions, start=1):
            where = f"questions[{stage}][{n - 1}]"
            if not q.text.strip():
                raise ValidationError(f"Question {n} of {stage} has no text.", where)
            if q.kind not in QUESTION_KINDS:
                raise ValidationError(f"Question {n} of {stage}: unknown kind {q.kind!r}.", where)
            if q.competency_key is not None and q.competency_key not in keys:
                raise ValidationError(
                    f"Question {n} of {stage} probes a competency that is not in the vacancy.",
                    where,
                )


def save_vacancy(db: Database, draft: VacancyDraft) -> int:
    """Write ``draft`` — vacancy, competencies, question kit — in one transaction.

    Competencies missing from the draft are deleted (a question that probed one keeps
    its text and probes nothing), and so are the questions missing from a stage the
    draft lists. Questions added during one interview are not part of the kit and are
    left alone. Returns the
    vacancy's id; ``draft.id`` and the ids in it are *not* updated: load it again.

    A draft read at a ``version`` that is no longer stored (someone else saved the
    vacancy meanwhile) is not written: :class:`ChangedMeanwhile`; a vacancy deleted
    meanwhile is :class:`DeletedMeanwhile`.
    """
    validate_vacancy(draft)
    return guarded_save(db, Vacancy, draft.id, draft.version,
                        lambda: _save_vacancy(db, draft))


def _save_vacancy(db: Database, draft: VacancyDraft) -> int:
    with db.session() as session:
        vacancy = _vacancy_row(session, draft)
        vacancy_id = vacancy.id
        assert vacancy_id is not None
        ids = _save_competencies(session, vacancy_id, draft.competencies)
        _save_questions(session, vacancy_id, draft.questions, ids)
    return vacancy_id


def _vacancy_row(session: Session, draft: VacancyDraft) -> Vacancy:
    if draft.id is None:
        vacancy = Vacancy(title="")
    else:
        found = session.get(Vacancy, draft.id)
        if found is None:
            raise DeletedMeanwhile("This vacancy was deleted meanwhile.", "id")
        check_version(session, found, draft.version)
        vacancy = found
    vacancy.title = draft.title.strip()
    vacancy.department = draft.department.strip()
    vacancy.location = draft.location.strip()
    vacancy.text = draft.text
    vacancy.procedure_end = draft.procedure_end
    vacancy.updated_at = utc_now()
    session.add(vacancy)
    session.flush()
    return vacancy


def _save_competencies(
    session: Session, vacancy_id: int, drafts: list[CompetencyDraft]
) -> dict[str, int]:
    """Upsert the competencies in order; delete the rest. Returns key -> id."""
    existing = {
        c.id: c
        for c in session.exec(select(Competency).where(Competency.vacancy_id == vacancy_id)).all()
    }
    ids: dict[str, int] = {}
    kept: set[int] = set()
    for position, draft in enumerate(drafts):
        if draft.id is None:
            row = Competency(vacancy_id=vacancy_id, name="")
        elif draft.id in existing:
            row = existing[draft.id]
        else:
            raise ValidationError(
                f"{draft.name}: this competency belongs to another vacancy or was deleted.",
                "competencies",
            )
        row.position = position
        row.name = draft.name.strip()
        row.kind = draft.kind
        row.weight = float(draft.weight)
        row.description = draft.description
        row.keywords = draft.keywords.strip()
        (row.anchor_1, row.anchor_2, row.anchor_3, row.anchor_4, row.anchor_5) = draft.anchors
        session.add(row)
        session.flush()
        assert row.id is not None
        ids[draft.key] = row.id
        kept.add(row.id)
    for cid, row in existing.items():
        if cid not in kept:
            session.delete(row)
    session.flush()
    return ids


def _save_questions(
    session: Session,
    vacancy_id: int,
    per_stage: dict[str, list[QuestionDraft]],
    competency_ids: dict[str, int],
) -> None:
    existing = {
        q.id: q
        for q in session.exec(
            select(Question).where(
                Question.vacancy_id == vacancy_id, col(Question.interview_id).is_(None)
            )
        ).all()
    }
    kept: set[int] = set()
    for stage, drafts in per_stage.items():
        for position, draft in enumerate(drafts):
            if draft.id is None:
                row = Question(vacancy_id=vacancy_id, stage=stage, text="")
            elif draft.id in existing:
                row = existing[draft.id]
            else:
                raise ValidationError("A question belongs to another vacancy.", "questions")
            row.stage = stage
            row.position = position
            row.text = draft.text.strip()
            row.probes = draft.probes.strip()
            row.kind = draft.kind
            row.competency_id = (
                competency_ids.get(draft.competency_key) if draft.competency_key else None
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            kept.add(row.id)
    for qid, row in existing.items():
        if qid not in kept and row.stage in per_stage:
            session.delete(row)


def rated_competencies(db: Database, vacancy_id: int) -> dict[int, int]:
    """Competency id -> number of ratings, for the competencies of ``vacancy_id`` that
    have been rated: deleting one of those deletes its ratings too."""
    with db.session() as session:
        rows = session.exec(
            select(Rating.competency_id, func.count(col(Rating.id)))
            .join(Competency, col(Competency.id) == col(Rating.competency_id))
            .where(Competency.vacancy_id == vacancy_id)
            .group_by(col(Rating.competency_id))
        ).all()
        return {int(cid): int(n) for cid, n in rows}


def decided_interviews(db: Database, vacancy_id: int) -> int:
    """How many interviews for ``vacancy_id`` the panel has decided on: a competency
    added now is not part of their scores (the vacancy editor says so first)."""
    with db.session() as session:
        count = session.exec(
            select(func.count(col(Decision.id)))
            .join(Interview, col(Interview.id) == col(Decision.interview_id))
            .join(Application, col(Application.id) == col(Interview.application_id))
            .where(Application.vacancy_id == vacancy_id)
        ).one()
        return int(count or 0)


def delete_vacancy(db: Database, vacancy_id: int) -> None:
    """Delete the vacancy and everything that hangs off it (competencies, questions,
    applications, interviews, assessments); the candidates themselves stay."""
    with db.session() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is None:
            raise LookupError(f"There is no vacancy {vacancy_id}.")
        session.delete(vacancy)
