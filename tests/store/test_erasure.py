"""Erasure leaves nothing behind: every file under the data folder is searched."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk import cli
from interviewdesk.example import panel_texts as example_panel_texts
from interviewdesk.example import texts as example_texts
from interviewdesk.store.backups import list_backups, make_backup
from interviewdesk.store.database import Database
from interviewdesk.store.erasure import erase_candidate, what_would_go
from interviewdesk.store.models import Candidate, Erasure
from interviewdesk.store.paths import backups_dir, database_path
from interviewdesk.store.startup import close_store, open_store

DANIELLE = example_texts.CANDIDATES[2]


def traces(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    """(file, needle) for every needle found in any file under ``folder``, as UTF-8 and
    as UTF-16 (SQLite may store text either way)."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        content = path.read_bytes()
        for needle in needles:
            if needle.encode("utf-8") in content or needle.encode("utf-16-le") in content:
                found.append((str(path.relative_to(folder)), needle))
    return found


def cv_sentence() -> str:
    lines = [line.strip() for line in DANIELLE.cv.splitlines() if len(line.strip()) > 40]
    return lines[0]


@pytest.fixture
def example_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


@pytest.fixture
def db(example_dir: Path) -> Iterator[Database]:
    database = open_store(example_dir)
    yield database
    database.close()


def candidate_id(db: Database, name: str) -> int:
    with db.session() as session:
        return int(session.exec(select(Candidate.id).where(Candidate.name == name)).one())


def test_nothing_of_the_candidate_is_left_in_any_file(example_dir: Path, db: Database) -> None:
    # What her referee said is about her too (the example's one reference check), and
    # so are the closing stage's notes.
    said = example_texts.REFERENCE_CHECK["said"].splitlines()[1][:60]
    closing = example_panel_texts.COMPLETED
    assert closing.candidate_remarks and closing.follow_up_notes
    needles = [DANIELLE.name, DANIELLE.email, cv_sentence(), said,
               example_texts.REFERENCE_CHECK["referee_name"],
               closing.candidate_remarks[:40], closing.follow_up_notes[:40]]
    # More copies: a manual backup, and a database set aside after "damage".
    make_backup(database_path(example_dir), backups_dir(example_dir), reason="manual")
    aside = example_dir / "interviewdesk.sqlite3.damaged-20261101T000000.000000Z"
    aside.write_bytes(database_path(example_dir).read_bytes())
    assert traces(example_dir, needles), "the test must first find the candidate"
    target = candidate_id(db, DANIELLE.name)
    before = what_would_go(db, target)
    assert before["interviews"] == 1 and before["assessments"] == 3
    assert before["documents"] >= 0 and before["decisions"] == 1
    assert before["reference_checks"] == 1
    assert {needle for _file, needle in traces(example_dir, needles)} == set(needles)

    result = erase_candidate(db, example_dir, target, reason="request", erased_by="Inge")
    close_store(db, example_dir)

    assert result.counts == before
    assert result.backups_rewritten >= 2
    assert traces(example_dir, needles) == []
    # The others are still there, in the database and in every backup.
    other = example_texts.CANDIDATES[3].name
    assert {name for name, _ in traces(example_dir, [other])} >= {
        "interviewdesk.sqlite3", *(f"backups/{p.name}" for p in list_backups(
            backups_dir(example_dir)))}
    reopened = open_store(example_dir)
    try:
        with reopened.session() as session:
            [entry] = session.exec(select(Erasure)).all()
            names = session.exec(select(Candidate.name)).all()
        assert (entry.reason, entry.erased_by, entry.counts) == ("request", "Inge", before)
        assert DANIELLE.name not in names and len(names) == len(example_texts.CANDIDATES) - 1
    finally:
        close_store(reopened, example_dir)


def test_a_damaged_copy_that_names_the_candidate_is_removed(example_dir: Path,
                                                            db: Database) -> None:
    broken = backups_dir(example_dir) / "interviewdesk-20261101T000000.000000Z-start.sqlite3"
    broken.write_bytes(b"garbage " + DANIELLE.email.encode() + b" more garbage")
    erase_candidate(db, example_dir, candidate_id(db, DANIELLE.name), reason="retention")
    assert not broken.exists()
    assert traces(example_dir, [DANIELLE.email]) == []


def test_erasing_someone_who_is_not_there(db: Database, example_dir: Path) -> None:
    with pytest.raises(LookupError):
        erase_candidate(db, example_dir, 9999, reason="request")
    with pytest.raises(ValueError):
        erase_candidate(db, example_dir, candidate_id(db, DANIELLE.name), reason="bored")


def test_a_reader_holding_the_journal_does_not_stop_the_backups_being_cleaned(
        example_dir: Path, db: Database) -> None:
    import sqlite3

    from interviewdesk.store.erasure import ErasureError

    target = candidate_id(db, DANIELLE.name)
    reader = sqlite3.connect(database_path(example_dir))
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidate").fetchone()  # holds a read snapshot
    with db.session() as session:  # something in the WAL for the reader to pin
        session.add(Erasure(reason="request", counts={}))
    try:
        with pytest.raises(ErasureError, match="another program has the database open"):
            erase_candidate(db, example_dir, target, reason="request")
    finally:
        reader.rollback()
        reader.close()
    assert traces(backups_dir(example_dir), [DANIELLE.name, DANIELLE.email]) == []
    close_store(db, example_dir)
    assert traces(example_dir, [DANIELLE.name, DANIELLE.email, cv_sentence()]) == []
