"""Full-text search: names, e-mail, CV, letter and interview notes, diacritics folded,
kept in step by triggers in the same transaction, hostile input harmless, and nothing
left in the index after an erasure."""

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.store.database import Database
from interviewdesk.store.erasure import erase_candidate
from interviewdesk.store.models import Answer, Application, Candidate, Question, StageRecord
from interviewdesk.store.search import match_expression, search
from tests.store.test_assessments import TODAY, make_interview


@pytest.fixture
def db(store_db: Database) -> Database:
    """The store on SQLite and on a PostgreSQL server (``conftest.store_db``)."""
    return store_db


def candidate_of(db: Database, application_id: int) -> int:
    with db.session() as session:
        application = session.get(Application, application_id)
        assert application is not None
        return application.candidate_id


@pytest.fixture
def danielle(db: Database) -> tuple[int, int]:
    """Daniëlle with a CV, a letter and notes from her interview: (candidate, interview)."""
    panel = make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=1))
    candidate_id = candidate_of(db, panel.application)
    with db.session() as session:
        person = session.get(Candidate, candidate_id)
        assert person is not None
        person.email = "d.kok@voorbeeld.nl"
        person.cv_text = "Vijf jaar storingsdienst bij Installatiebedrijf Gerritsen."
        person.letter_text = "Graag werk ik met warmtepompen."
        session.add(person)
        session.add(StageRecord(interview_id=panel.interview, stage="introduction",
                                notes="Vertelde enthousiast over zonnepanelen."))
        question = Question(vacancy_id=panel.vacancy, stage="competencies",
                            text="Vertel over een lastige klant.")
        session.add(question)
        session.flush()
        session.add(Answer(interview_id=panel.interview, question_id=int(question.id or 0),
                           situation="Een boze klant met lekkage", action="Rustig uitgelegd"))
    return candidate_id, panel.interview


def kinds(db: Database, typed: str) -> list[tuple[str, str]]:
    return sorted((hit.candidate_name, hit.kind) for hit in search(db, typed))


def test_search_finds_every_kind_of_text_with_diacritics_folded(
        db: Database, danielle: tuple[int, int]) -> None:
    candidate_id, interview_id = danielle
    assert kinds(db, "Danielle") == [("Daniëlle Kok", "name")]
    assert kinds(db, "daniëlle kok") == [("Daniëlle Kok", "name")]
    assert kinds(db, "voorbeeld") == [("Daniëlle Kok", "name")]
    assert kinds(db, "storingsdienst") == [("Daniëlle Kok", "cv")]
    assert kinds(db, "warmtepomp") == [("Daniëlle Kok", "letter")]  # a prefix
    [notes] = search(db, "zonnepanelen")
    assert (notes.kind, notes.candidate_id, notes.interview_id) == (
        "stage_notes", candidate_id, interview_id)
    assert "«zonnepanelen»" in notes.snippet
    assert kinds(db, "lekkage") == [("Daniëlle Kok", "answer_notes")]
    assert search(db, "pizzabakker") == []


def test_the_index_follows_changes_and_deletions(db: Database,
                                                 danielle: tuple[int, int]) -> None:
    candidate_id, interview_id = danielle
    with db.session() as session:
        person = session.get(Candidate, candidate_id)
        assert person is not None
        person.cv_text = "Tien jaar koeltechniek."
        session.add(person)
        record = session.exec(select(StageRecord).where(
            StageRecord.interview_id == interview_id)).one()
        session.delete(record)
    assert search(db, "storingsdienst") == []
    assert kinds(db, "koeltechniek") == [("Daniëlle Kok", "cv")]
    assert search(db, "zonnepanelen") == []


@pytest.mark.parametrize("typed", ['"', "*", "AND", "NEAR(", "body:x", "^", "'); DROP", "",
                                   "   ", "a" * 5000])
def test_hostile_or_empty_input_is_harmless(db: Database, danielle: tuple[int, int],
                                            typed: str) -> None:
    assert isinstance(search(db, typed), list)
    assert all(char not in match_expression(typed).replace('"', "").replace("*", "")
               for char in "():^")


def test_after_erasure_nothing_is_found_and_no_trace_is_left(
        db: Database, data_dir: Path, danielle: tuple[int, int]) -> None:
    candidate_id, _interview = danielle
    other = make_interview(db, "Thijs van Dijk", TODAY - timedelta(days=2))
    assert kinds(db, "Thijs") == [("Thijs van Dijk", "name")]

    erase_candidate(db, data_dir, candidate_id, reason="request")

    for word in ("Danielle", "Kok", "storingsdienst", "zonnepanelen", "lekkage"):
        assert search(db, word) == [], word
    assert kinds(db, "Thijs") == [("Thijs van Dijk", "name")]  # the rest still works
    if not db.is_sqlite:
        return  # a team server has no index and no file; its VACUUM is the admin's
    with db.engine.connect() as connection:
        shadow = [name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search_index_%' "
            "AND type = 'table'")]
        assert "search_index_data" in shadow
        for table in shadow:
            for row in connection.exec_driver_sql(f"SELECT * FROM {table}"):
                blob = b"".join(v if isinstance(v, bytes) else str(v).encode()
                                for v in row)
                for word in (b"daniel", b"storingsdienst", b"zonnepanelen", b"lekkage"):
                    assert word not in blob.lower(), (table, word)
    db.close()
    raw = db.path.read_bytes().lower()
    for word in (b"storingsdienst", b"zonnepanelen", b"lekkage", b"danielle"):
        assert word not in raw, word
    assert other.interview


def test_the_servers_snippet_marks_each_hit_and_cuts_long_text() -> None:
    from interviewdesk.store.search import fold, snippet

    assert fold("Daniëlle ŁÓDŹ Øre") == "danielle lodz ore"
    body = " ".join(f"woord{n}" for n in range(40)) + " Zonnepanelen, en warmtepompen."
    cut = snippet(body, ["zonnepan", "warmte"])
    assert cut.startswith("… ") and "«Zonnepanelen»," in cut and "«warmtepompen»." in cut
    assert len(cut.split()) <= 14
    assert snippet("geen treffer hier", ["x"]) == "geen treffer hier"
