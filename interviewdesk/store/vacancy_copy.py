"""Copying a vacancy: a new vacancy with the same competencies (weights, descriptions,
anchors) and the same question kit per stage (probes, kinds, order, the competency
each question tests), to start the next procedure for a similar role.

Nothing that belongs to a procedure comes along: no applications, candidates,
interviews, assessments, nor the questions an interviewer added during one interview;
the procedure's end date is left open, so the copy's retention clock starts from the
date the user sets for it.
"""

from sqlmodel import col, select

from interviewdesk.domain.field_limits import TITLE_MAX
from interviewdesk.store.database import Database
from interviewdesk.store.models import Competency, Question, Vacancy
from interviewdesk.store.validation import ValidationError


def copy_vacancy(db: Database, vacancy_id: int, title: str) -> int:
    """Copy the vacancy ``vacancy_id`` under ``title`` in one transaction; the new id.

    ``LookupError`` if the vacancy is gone; :class:`ValidationError` for an empty
    title. A title longer than a vacancy's may be is shortened, not refused ("Copy of"
    in front of a long title must not make copying fail).
    """
    title = " ".join(title.split())[:TITLE_MAX].strip()
    if not title:
        raise ValidationError("The copy needs a title.", "title")
    with db.session() as session:
        source = session.get(Vacancy, vacancy_id)
        if source is None:
            raise LookupError(f"There is no vacancy {vacancy_id}.")
        copy = Vacancy(title=title, department=source.department, location=source.location,
                       text=source.text)
        session.add(copy)
        session.flush()
        assert copy.id is not None
        competencies = session.exec(
            select(Competency).where(Competency.vacancy_id == vacancy_id)
            .order_by(col(Competency.position), col(Competency.id))).all()
        new_ids: dict[int, int] = {}
        for position, old in enumerate(competencies):
            new = Competency(
                vacancy_id=copy.id, position=position, name=old.name, kind=old.kind,
                weight=old.weight, description=old.description, keywords=old.keywords,
                anchor_1=old.anchor_1, anchor_2=old.anchor_2, anchor_3=old.anchor_3,
                anchor_4=old.anchor_4, anchor_5=old.anchor_5)
            session.add(new)
            session.flush()
            assert old.id is not None and new.id is not None
            new_ids[old.id] = new.id
        questions = session.exec(
            select(Question).where(Question.vacancy_id == vacancy_id,
                                   col(Question.interview_id).is_(None))
            .order_by(col(Question.stage), col(Question.position), col(Question.id))).all()
        positions: dict[str, int] = {}
        for old_question in questions:
            position = positions.get(old_question.stage, 0)
            positions[old_question.stage] = position + 1
            session.add(Question(
                vacancy_id=copy.id, stage=old_question.stage, position=position,
                text=old_question.text, probes=old_question.probes, kind=old_question.kind,
                competency_id=(new_ids.get(old_question.competency_id)
                               if old_question.competency_id is not None else None)))
        return copy.id
