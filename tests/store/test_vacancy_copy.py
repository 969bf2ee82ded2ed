"""Copying a vacancy: the same competencies and kit under new ids, nothing of its
candidates."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from interviewdesk.example.database import load_example
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Competency, Interview, Question, Vacancy
from interviewdesk.store.startup import open_store
from interviewdesk.store.vacancies import load_vacancy_draft, vacancy_choices
from interviewdesk.store.vacancy_copy import copy_vacancy
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def _example_vacancy(db: Database) -> int:
    load_example(db)
    return vacancy_choices(db)[0][0]


def _competency_fields(row: Competency) -> tuple[object, ...]:
    return (row.position, row.name, row.kind, row.weight, row.description, row.keywords,
            *row.anchors())


def test_the_copy_has_every_competency_and_question_with_new_ids(db: Database) -> None:
    source = _example_vacancy(db)
    with db.session() as session:
        # A question added during one interview is not part of the kit.
        interview = session.exec(select(Interview)).first()
        assert interview is not None and interview.id is not None
        session.add(Question(vacancy_id=source, interview_id=interview.id, stage="skills",
                             text="Asked on the spot"))
    copy = copy_vacancy(db, source, "Copy of the example")
    assert copy != source
    with db.session() as session:
        old_vacancy, new_vacancy = session.get(Vacancy, source), session.get(Vacancy, copy)
        assert old_vacancy is not None and new_vacancy is not None
        assert new_vacancy.title == "Copy of the example"
        assert (new_vacancy.department, new_vacancy.location, new_vacancy.text) == (
            old_vacancy.department, old_vacancy.location, old_vacancy.text)
        assert new_vacancy.uuid != old_vacancy.uuid
        assert new_vacancy.procedure_end is None

        def competencies(vacancy_id: int) -> list[Competency]:
            return list(session.exec(select(Competency).where(
                Competency.vacancy_id == vacancy_id).order_by(col(Competency.position))).all())

        old, new = competencies(source), competencies(copy)
        assert len(old) >= 3
        assert [_competency_fields(c) for c in new] == [_competency_fields(c) for c in old]
        assert not {c.id for c in old} & {c.id for c in new}
        assert not {c.uuid for c in old} & {c.uuid for c in new}
        applications = session.exec(select(func.count(col(Application.id))).where(
            Application.vacancy_id == copy)).one()
        assert applications == 0
        assert session.exec(select(func.count(col(Question.id))).where(
            Question.vacancy_id == copy, col(Question.interview_id).is_not(None))).one() == 0

    old_draft, new_draft = load_vacancy_draft(db, source), load_vacancy_draft(db, copy)
    names = {c.key: c.name for c in old_draft.competencies}
    new_names = {c.key: c.name for c in new_draft.competencies}
    assert sum(len(q) for q in old_draft.questions.values()) > 0
    for stage, questions in old_draft.questions.items():
        copied = new_draft.questions[stage]
        assert [(q.text, q.probes, q.kind, names.get(q.competency_key or ""))
                for q in questions] == [
            (q.text, q.probes, q.kind, new_names.get(q.competency_key or "")) for q in copied]
        assert not {q.id for q in questions} & {q.id for q in copied}


def test_a_long_title_is_shortened_and_an_empty_one_refused(db: Database) -> None:
    source = _example_vacancy(db)
    copy = copy_vacancy(db, source, "Copy of " + "x" * 400)
    with db.session() as session:
        vacancy = session.get(Vacancy, copy)
        assert vacancy is not None and len(vacancy.title) == 300
    with pytest.raises(ValidationError):
        copy_vacancy(db, source, "   ")
    with pytest.raises(LookupError):
        copy_vacancy(db, 999_999, "Copy")


def test_editing_the_copy_leaves_the_original_alone(db: Database) -> None:
    from interviewdesk.store.vacancies import save_vacancy

    source = _example_vacancy(db)
    before = load_vacancy_draft(db, source)
    draft = load_vacancy_draft(db, copy_vacancy(db, source, "Copy"))
    draft.competencies[0].anchors[0] = "Changed in the copy"
    draft.remove_competency(draft.competencies[-1].key)
    save_vacancy(db, draft)
    assert load_vacancy_draft(db, source) == before
