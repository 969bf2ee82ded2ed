"""The first look (store/first_look.py): the same rows as store/queries.py, read with
the sqlite3 module, and ``None`` whenever the careful path must decide."""

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from benchmarks.generate import generate_database
from interviewdesk.example.database import load_example
from interviewdesk.store import encryption, queries
from interviewdesk.store.database import Database
from interviewdesk.store.first_look import FirstLook, read_first_look
from interviewdesk.store.models import OfflineCopy, Vacancy
from interviewdesk.store.paths import database_path
from interviewdesk.store.protection import protect
from interviewdesk.store.startup import close_store, open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_remembered_keys() -> Iterator[None]:
    yield
    encryption._keys.clear()


def _example(folder: Path) -> Path:
    database = open_store(folder)
    load_example(database)
    close_store(database, folder)
    return database_path(folder)


def _same_as_the_store(path: Path, look: FirstLook, now: datetime) -> None:
    """Every list of ``look`` equals what store/queries.py reads from ``path`` (whose
    vacancies count "ended" from today: compared when ``now`` is today)."""
    db = Database(path)
    try:
        vacancy_id = look.vacancy.id
        if now.date() == date.today():
            assert look.vacancies == queries.list_vacancies(db)
        assert look.upcoming == queries.upcoming_interviews(db, *queries.upcoming_window(now))
        assert look.vacancy == queries.vacancy_header(db, vacancy_id)
        assert look.candidates == queries.list_candidates(db, vacancy_id)
        assert look.interviews == queries.list_interviews(db, vacancy_id)
        assert look.competencies == queries.list_competencies(db, vacancy_id)
    finally:
        db.close()


def test_the_example_reads_the_same_as_through_the_store(data_dir: Path) -> None:
    path = _example(data_dir)
    now = datetime.now().astimezone()
    first = read_first_look(path, None, now=now)
    assert first is not None and first.vacancies and first.upcoming  # a real look
    _same_as_the_store(path, first, now)
    for row in first.vacancies:  # every vacancy's tabs, not only the first one's
        look = read_first_look(path, row.id, now=now)
        assert look is not None and look.vacancy.id == row.id
        _same_as_the_store(path, look, now)


def test_a_large_generated_database_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "big" / "interviewdesk.sqlite3"
    generate_database(path.parent, candidates=400, vacancies=60, seed=7)
    vacancy_ids = {row.id for row in (read_first_look(path, None) or pytest.fail()).vacancies}
    for offset in (-3, 0, 5):  # the upcoming window moved over the planned interviews
        # (and the end dates: "ended" is compared by a test of its own below)
        now = datetime.now().astimezone() + timedelta(days=offset)
        for vacancy_id in sorted(vacancy_ids)[::7]:
            look = read_first_look(path, vacancy_id, now=now)
            assert look is not None
            _same_as_the_store(path, look, now)


def test_ended_procedures_follow_today_as_in_the_store(tmp_path: Path) -> None:
    path = tmp_path / "big" / "interviewdesk.sqlite3"
    generate_database(path.parent, candidates=100, vacancies=40, seed=11)
    look = read_first_look(path, None)
    assert look is not None
    ends = [row.procedure_end for row in look.vacancies]
    assert any(end and end < date.today() for end in ends)  # some ended, listed last
    assert any(end is None or end >= date.today() for end in ends)
    _same_as_the_store(path, look, datetime.now().astimezone())


def test_the_vacancy_left_is_chosen_else_the_first_listed(data_dir: Path) -> None:
    path = _example(data_dir)
    db = open_store(data_dir)
    with db.session() as session:
        session.add(Vacancy(title="Aaa eerste in de lijst"))
    close_store(db, data_dir)
    first = read_first_look(path, None)
    assert first is not None and first.vacancy.id == first.vacancies[0].id
    gone = read_first_look(path, 9999)
    assert gone is not None and gone.vacancy.id == first.vacancies[0].id
    last = first.vacancies[-1].id
    assert (read_first_look(path, last) or pytest.fail()).vacancy.id == last


def test_moments_come_out_aware_as_from_the_store(data_dir: Path) -> None:
    look = read_first_look(_example(data_dir), None)
    assert look is not None
    moments = [row.scheduled_at for row in look.upcoming]
    moments += [row.interview_at for row in look.candidates if row.interview_at]
    assert moments and all(moment.tzinfo is UTC for moment in moments)


def test_nothing_to_look_at_leaves_it_to_the_store(data_dir: Path) -> None:
    path = database_path(data_dir)
    assert read_first_look(path, None) is None  # no file
    path.write_bytes(b"")
    assert read_first_look(path, None) is None  # empty
    path.unlink()
    close_store(open_store(data_dir), data_dir)
    assert read_first_look(path, None) is None  # no vacancy: the welcome page


def test_a_damaged_file_leaves_it_to_the_store_and_its_dialog(data_dir: Path) -> None:
    path = _example(data_dir)
    content = bytearray(path.read_bytes())
    content[len(content) // 2:len(content) // 2 + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(content))
    assert read_first_look(path, None) is None
    path.write_bytes(b"not a database at all, but long enough to have a header" * 10)
    assert read_first_look(path, None) is None


def test_a_schema_that_is_not_this_builds_waits_for_the_upgrade(data_dir: Path) -> None:
    path = _example(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0016'")
    connection.close()
    assert read_first_look(path, None) is None
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE alembic_version")
    connection.close()
    assert read_first_look(path, None) is None


def test_a_protected_folder_is_read_once_unlocked(data_dir: Path) -> None:
    path = _example(data_dir)
    protect(data_dir, "geheime zin")
    encryption._keys.clear()
    assert read_first_look(path, None) is None  # no passphrase given: the dialog first
    encryption.unlock(data_dir, "geheime zin")
    look = read_first_look(path, None)
    assert look is not None and look.vacancies


def test_a_laptop_holding_offline_copies_waits_for_their_labels(data_dir: Path) -> None:
    path = _example(data_dir)
    look = read_first_look(path, None)
    assert look is not None and look.interviews
    db = open_store(data_dir)
    with db.session() as session:
        session.add(OfflineCopy(copy_uuid="c0ffee", side="laptop",
                                interview_id=look.interviews[0].id, taken_by="Anna"))
    close_store(db, data_dir)
    assert read_first_look(path, None) is None


def test_reading_it_imports_neither_sqlalchemy_nor_the_models(data_dir: Path) -> None:
    path = _example(data_dir)
    probe = ("import sys; from pathlib import Path; "
             "from interviewdesk.store.first_look import read_first_look; "
             f"assert read_first_look(Path({str(path)!r}), None) is not None; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic') "
             "or m == 'interviewdesk.store.models'))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_what_is_still_in_the_wal_after_an_unclean_end_is_shown(data_dir: Path) -> None:
    path = _example(data_dir)
    db = open_store(data_dir)
    with db.session() as session:
        session.add(Vacancy(title="Nog in het logboek"))
    wal = path.with_name(path.name + "-wal")
    assert wal.is_file() and wal.stat().st_size > 0  # not folded into the file yet
    try:
        look = read_first_look(path, None)
        assert look is not None
        assert "Nog in het logboek" in [row.title for row in look.vacancies]
        _same_as_the_store(path, look, datetime.now().astimezone())
    finally:
        db.close()
