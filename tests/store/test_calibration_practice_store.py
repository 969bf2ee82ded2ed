"""How the interviews went, from the store: finished interviews only; the example's
figures by hand; the name rule's inputs; migration 0011 keeps every row."""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlmodel import select

from interviewdesk.domain.agenda import default_agenda
from interviewdesk.domain.calibration import Figure
from interviewdesk.example.database import load_example
from interviewdesk.example.panel_texts import PAST_INTERVIEWS
from interviewdesk.store import migrate
from interviewdesk.store.calibration_practice import (
    chairs,
    consenting,
    practice_report,
    set_sharing,
)
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.models import (
    Answer,
    Application,
    ContactEntry,
    Interview,
    Interviewer,
    Question,
    StageRecord,
)
from interviewdesk.store.startup import open_store
from tests.calibration_support import fill

TODAY = date(2026, 3, 20)


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def _three_interviews(db: Database) -> tuple[int, list[int], list[int]]:
    """Three interviews of one vacancy; the first two finished. Two planned questions
    (skills), one added on the spot in the first; times and feedback set by hand."""
    filled = fill(db, "Monteur", ["Anna", "Bram"], [[[3, 3], [3, 4]]] * 3)
    first, second, third = filled.interview_ids
    with db.session() as session:
        planned = [Question(vacancy_id=filled.vacancy_id, stage="skills", position=i,
                            text=f"Vraag {i}") for i in (1, 2)]
        added = Question(vacancy_id=filled.vacancy_id, interview_id=first, stage="skills",
                         position=9, text="Ter plekke")
        session.add_all([*planned, added])
        session.flush()
        q1, q2 = (int(q.id or 0) for q in planned)
        for interview_id in (first, second, third):
            interview = session.get(Interview, interview_id)
            assert interview is not None
            if interview_id != third:
                interview.finished_at = datetime(2026, 3, 3, 12, tzinfo=UTC)
            interview.feedback_date = date(2026, 3, 10)
            session.add(interview)
        session.add_all([
            Answer(interview_id=first, question_id=q1, asked=True),
            Answer(interview_id=first, question_id=int(added.id or 0), asked=True),
            Answer(interview_id=second, question_id=q1, asked=True),
            Answer(interview_id=second, question_id=q2, asked=False),  # opened, not asked
            Answer(interview_id=third, question_id=q2, asked=True),  # unfinished: not counted
            StageRecord(interview_id=first, stage="skills", seconds_spent=20 * 60),
            StageRecord(interview_id=second, stage="skills", seconds_spent=14 * 60),
            StageRecord(interview_id=second, stage="opening", seconds_spent=0),
        ])
        applications = [session.get(Interview, i).application_id  # type: ignore[union-attr]
                        for i in (first, second)]
        # The first candidate heard back in time; the second before the interview only.
        session.add(ContactEntry(application_id=applications[0], contacted_on=date(2026, 3, 9),
                                 by="Anna", channel="phone", summary="Uitslag"))
        session.add(ContactEntry(application_id=applications[1], contacted_on=date(2026, 3, 1),
                                 by="Anna", channel="email", summary="Uitnodiging"))
    return filled.vacancy_id, [q1, q2], filled.interviewer_ids


def test_questions_time_and_feedback_of_finished_interviews(db: Database) -> None:
    vacancy_id, (q1, q2), _people = _three_interviews(db)
    report = practice_report(db, default_agenda(), vacancy_id, today=TODAY)
    assert report.interviews == 2
    usage = {u.question: u for u in report.questions}
    assert set(usage) == {q1, q2}
    assert usage[q1].asked == Figure(1.0, 2)
    assert (usage[q2].asked_times, usage[q2].skipped) == (0, 2)
    assert report.question_texts[q1] == ("Vraag 1", "Monteur")
    skills = next(a for a in report.added if a.stage == "skills")
    assert (skills.questions, skills.in_interviews, skills.interviews) == (1, 1, 2)
    timing = {t.stage: t for t in report.timing}
    # 60 planned minutes share out as the agenda's defaults: skills 14.
    assert timing["skills"].planned == Figure(14.0, 2)
    assert timing["skills"].actual == Figure(17.0, 2)
    assert timing["skills"].over_plan == Figure(0.5, 2)
    assert timing["opening"].untimed == 2 and timing["opening"].actual.value is None
    assert "preparation" not in timing  # before the interview: no time to compare
    feedback = report.feedback
    assert (feedback.on_time_count, feedback.late, feedback.overdue) == (1, 0, 1)
    assert feedback.on_time == Figure(0.5, 2)


def test_the_period_and_an_unknown_vacancy(db: Database) -> None:
    vacancy_id, _q, _p = _three_interviews(db)
    agenda = default_agenda()
    # fill() plans interview i on 2 March + i days.
    assert practice_report(db, agenda, vacancy_id, since=date(2026, 3, 3)).interviews == 1
    assert practice_report(db, agenda, None, until=date(2026, 3, 1)).interviews == 0
    with pytest.raises(LookupError):
        practice_report(db, agenda, 999)
    with pytest.raises(ValueError):
        practice_report(db, agenda, since=date(2026, 3, 5), until=date(2026, 3, 1))


def test_the_example_by_hand(db: Database) -> None:
    ids = load_example(db)
    report = practice_report(db, default_agenda(), ids.vacancy_id)
    assert report.interviews == len(PAST_INTERVIEWS) == 2
    with db.session() as session:
        planned = session.exec(select(Question).where(
            Question.vacancy_id == ids.vacancy_id, Question.interview_id == None)).all()  # noqa: E711
    assert len(report.questions) == len(planned)
    by_stage: dict[str, list[int]] = {}
    for question in sorted(planned, key=lambda q: (q.position, q.id or 0)):
        by_stage.setdefault(question.stage, []).append(int(question.id or 0))
    expected = {}
    for stage, ids_of_stage in by_stage.items():
        for position, qid in enumerate(ids_of_stage):
            expected[qid] = sum((stage, position) in spec.answers for spec in PAST_INTERVIEWS)
    assert {u.question: u.asked_times for u in report.questions} == expected
    assert all(u.asked.count == 2 for u in report.questions)
    # The example times every stage exactly as planned for its 60 minutes.
    for timing in report.timing:
        assert timing.planned == timing.actual and timing.difference.value == 0.0
        assert timing.actual.count == 2
    # The decided candidate's date lies ahead; the waiting one's has passed unheard.
    assert (report.feedback.not_yet_due, report.feedback.overdue) == (1, 1)
    assert report.feedback.on_time == Figure(0.0, 1)
    stages = [u.stage for u in report.questions]
    assert stages == sorted(stages, key=default_agenda().index)


def test_consent_and_chairs(db: Database) -> None:
    filled = fill(db, "Monteur", ["Anna", "Bram"], [[[3, 3], [3, 4]]])
    anna, bram = filled.interviewer_ids
    assert consenting(db) == set()
    set_sharing(db, bram, True)
    assert consenting(db) == {bram}
    set_sharing(db, bram, False)
    assert consenting(db) == set()
    assert chairs(db, filled.interview_ids) == {filled.interview_ids[0]: {anna}}
    with pytest.raises(LookupError):
        set_sharing(db, 999, True)


def test_migration_0011_keeps_every_interviewer_and_starts_without_consent(
        tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0006")
        with database.engine.connect() as connection:
            before = connection.exec_driver_sql(
                "SELECT id, name, email, pin_hash FROM interviewer ORDER BY id").all()
            applications = connection.exec_driver_sql(
                "SELECT count(*) FROM application").scalar_one()
        assert len(before) == 3
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        with database.engine.connect() as connection:
            after = connection.exec_driver_sql(
                "SELECT id, name, email, pin_hash FROM interviewer ORDER BY id").all()
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM application").scalar_one() == applications
        assert after == before
        with database.session() as session:
            assert not any(i.share_calibration for i in session.exec(select(Interviewer)))
            assert session.exec(select(Application)).first() is not None
    finally:
        database.close()
