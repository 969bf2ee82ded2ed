"""Exercises in the store: the shipped files, a firm's own (round trip), ratings that
are final and reveal the reference only afterwards, results per interviewer, and
ratings that survive a candidate's erasure but go with their interviewer."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.domain.exercises import ExerciseError
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store import exercises
from interviewdesk.store.database import Database
from interviewdesk.store.erasure import erase_candidate
from interviewdesk.store.interviewers import InterviewerDraft, delete_interviewer, save_interviewer
from interviewdesk.store.models import ExerciseRating
from interviewdesk.store.startup import open_store


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def test_twenty_shipped_exercises_ten_per_language() -> None:
    shipped = exercises.shipped_exercises()
    assert len(shipped) == 20
    assert sum(e.language == "nl" for e in shipped) == 10
    assert all(e.builtin and e.exercise_id is None for e in shipped)


def firm_exercise(**changes: object) -> exercises.Exercise:
    nl01 = exercises.shipped_exercises()[10]
    assert nl01.key == "nl-01"
    return replace(exercises.without_key(nl01), title="Uit een echt gesprek",
                   reference_score=2, **changes)  # type: ignore[arg-type]


def test_a_firms_exercise_round_trip_change_and_delete(db: Database) -> None:
    saved = exercises.save_exercise(db, firm_exercise(action="  Ik deed het zo.  "))
    assert saved.key.startswith("firm-") and saved.exercise_id is not None
    assert not saved.builtin and saved.action == "Ik deed het zo."
    assert exercises.find_exercise(db, saved.key) == saved
    assert [e.key for e in exercises.all_exercises(db, "nl")][-1] == saved.key
    assert saved.key not in [e.key for e in exercises.all_exercises(db, "en")]

    changed = exercises.save_exercise(db, replace(saved, reference_score=3, title="Anders"))
    assert changed.key == saved.key
    assert exercises.find_exercise(db, saved.key).reference_score == 3

    with pytest.raises(ExerciseError, match="reasoning"):
        exercises.save_exercise(db, replace(saved, reasoning=" "))
    with pytest.raises(ExerciseError, match="5 anchors"):
        exercises.save_exercise(db, replace(saved, anchors=("a",) * 4))
    assert exercises.find_exercise(db, saved.key).title == "Anders"

    assert exercises.delete_exercise(db, changed.exercise_id or 0) == 0
    with pytest.raises(LookupError):
        exercises.find_exercise(db, saved.key)
    with pytest.raises(LookupError):
        exercises.save_exercise(db, changed)


def test_rating_is_final_and_reveals_the_reference_and_anonymous_colleagues(
        db: Database, example: ExampleIds) -> None:
    sanne, rene, inge = example.interviewer_ids
    exercise = exercises.find_exercise(db, "en-03")
    with pytest.raises(exercises.RateFirst):
        exercises.reveal(db, exercise, sanne)

    exercises.rate(db, rene, exercise, 4, "Friendly and explained.")
    exercises.rate(db, inge, exercise, 2, "")
    with pytest.raises(exercises.RateFirst):
        exercises.reveal(db, exercise, sanne)  # others rated; she did not yet

    own = exercises.rate(db, sanne, exercise, 3, "  Explains, but only when asked.  ")
    assert (own.score, own.reason, own.reference_score) == (3, "Explains, but only when asked.", 2)
    with pytest.raises(exercises.AlreadyRated):
        exercises.rate(db, sanne, exercise, 2, "second thoughts")

    revealed = exercises.reveal(db, exercise, sanne)
    assert revealed.own.score == 3 and revealed.exercise.reference_score == 2
    assert [(c.letter, c.score) for c in revealed.colleagues] == [("A", 4), ("B", 2)]
    assert "Friendly" not in repr(revealed)  # colleagues' scores, never their reasons
    as_rene = exercises.reveal(db, exercise, rene)
    assert [(c.letter, c.score) for c in as_rene.colleagues] == [("A", 2), ("B", 3)]
    assert exercises.rated_keys(db, sanne) == {"en-03"}
    assert exercises.own_rating(db, inge, "en-03") is not None
    assert exercises.own_rating(db, inge, "en-04") is None


@pytest.mark.parametrize(("score", "reason"), [(0, ""), (6, ""), (True, ""), (3, "x" * 2001)])
def test_a_score_off_the_scale_or_a_huge_reason_is_refused(
        db: Database, example: ExampleIds, score: int, reason: str) -> None:
    with pytest.raises(ValueError):
        exercises.rate(db, example.interviewer_ids[0], exercises.find_exercise(db, "nl-01"),
                       score, reason)
    assert exercises.rated_keys(db, example.interviewer_ids[0]) == set()


def test_results_keep_the_reference_as_it_was_when_rated(
        db: Database, example: ExampleIds) -> None:
    sanne = example.interviewer_ids[0]
    own = exercises.save_exercise(db, firm_exercise())
    exercises.rate(db, sanne, own, 3, "")
    exercises.rate(db, sanne, exercises.find_exercise(db, "nl-02"), 2, "")
    exercises.save_exercise(db, replace(own, reference_score=5))  # corrected later
    results = exercises.results(db, sanne)
    assert [(r.score, r.reference) for r in results] == [(3, 2), (2, 2)]
    # Deleting the firm's exercise takes its ratings with it.
    assert exercises.delete_exercise(db, own.exercise_id or 0) == 1
    assert [(r.score, r.reference) for r in exercises.results(db, sanne)] == [(2, 2)]


def test_ratings_survive_a_candidates_erasure_and_go_with_their_interviewer(
        db: Database, example: ExampleIds, data_dir: Path) -> None:
    sanne = example.interviewer_ids[0]
    exercises.rate(db, sanne, exercises.find_exercise(db, "nl-05"), 3, "Stap voor stap")
    for candidate in example.candidate_ids:
        erase_candidate(db, data_dir, candidate, reason="request", keep_backups=0)
    assert exercises.rated_keys(db, sanne) == {"nl-05"}

    newcomer = save_interviewer(db, InterviewerDraft(name="Nieuwe collega"))
    exercises.rate(db, newcomer, exercises.find_exercise(db, "nl-05"), 4, "")
    delete_interviewer(db, newcomer)
    with db.session() as session:
        left = session.exec(select(ExerciseRating.interviewer_id)).all()
    assert left == [sanne]
    with pytest.raises(LookupError):
        exercises.rate(db, newcomer, exercises.find_exercise(db, "nl-06"), 4, "")


def test_a_damaged_shipped_file_is_left_out_and_the_others_stay(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "exercises"
    folder.mkdir(parents=True)
    shipped = exercises.resource("exercises")
    (folder / "nl-01.toml").write_text(shipped.joinpath("nl-01.toml").read_text("utf-8"),
                                       encoding="utf-8")
    (folder / "nl-02.toml").write_text('language = "nl"\nreference_score = 9', encoding="utf-8")
    (folder / "nl-03.toml").write_bytes(b"\xff\xfe not text")
    (folder / "README.md").write_text("not an exercise", encoding="utf-8")
    monkeypatch.setattr(exercises, "resource", lambda *parts: tmp_path.joinpath(*parts))
    exercises.shipped_exercises.cache_clear()
    try:
        assert [e.key for e in exercises.shipped_exercises()] == ["nl-01"]
        assert "nl-02.toml left out" in caplog.text and "nl-03.toml left out" in caplog.text
    finally:
        exercises.shipped_exercises.cache_clear()
