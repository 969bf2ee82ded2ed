"""The benchmark data generator, at a tiny size: right shape, real schema, repeatable.

Timings are never asserted here; ``python -m benchmarks`` measures on demand.
"""

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from benchmarks.generate import generate_database
from interviewdesk.store import models
from interviewdesk.store.database import Database
from interviewdesk.store.integrity import check_integrity
from interviewdesk.store.migrate import is_up_to_date
from interviewdesk.store.paths import database_path


def _count(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()[0]


def test_generated_database_has_the_asked_size_and_links(tmp_path: Path) -> None:
    counts = generate_database(tmp_path / "big", candidates=60, vacancies=7, seed=1)

    db = Database(database_path(tmp_path / "big"))
    try:
        assert is_up_to_date(db.engine)
        with db.session() as session:
            assert _count(session, models.Vacancy) == counts.vacancies == 7
            assert _count(session, models.Candidate) == counts.candidates == 60
            assert _count(session, models.Application) == 60
            assert _count(session, models.Interview) == counts.interviews > 0
            assert _count(session, models.PanelMember) >= 2 * counts.interviews
            per_vacancy = session.exec(
                select(models.Competency.vacancy_id, func.count())
                .group_by(models.Competency.vacancy_id)
            ).all()
            assert len(per_vacancy) == 7
            assert all(3 <= number <= 6 for _vacancy, number in per_vacancy)
            names = session.exec(select(models.Candidate.name)).scalars().all()
    finally:
        db.close()
    assert check_integrity(database_path(tmp_path / "big")).ok
    assert all(name.strip() for name in names)


def test_same_seed_gives_same_names_and_diacritics_occur(tmp_path: Path) -> None:
    def names(folder: Path, seed: int) -> list[str]:
        generate_database(folder, candidates=300, vacancies=3, seed=seed)
        db = Database(database_path(folder))
        try:
            with db.session() as session:
                statement = select(models.Candidate.name).order_by(models.Candidate.id)
                return list(session.exec(statement).scalars().all())
        finally:
            db.close()

    first = names(tmp_path / "a", seed=5)
    assert first == names(tmp_path / "b", seed=5)
    assert first != names(tmp_path / "c", seed=6)
    assert any(not name.isascii() for name in first)


def test_refuses_a_folder_that_already_holds_data(tmp_path: Path) -> None:
    generate_database(tmp_path / "big", candidates=5, vacancies=1)
    with pytest.raises(ValueError, match="already holds data"):
        generate_database(tmp_path / "big", candidates=5, vacancies=1)
