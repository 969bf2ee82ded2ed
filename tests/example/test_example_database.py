"""The example a first-time user can load: complete, realistic, valid against the
domain's vocabularies, written in one go, and never duplicated."""

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import SQLModel, func, select

from interviewdesk.domain import scales
from interviewdesk.domain.agenda import BEHAVIOURAL, QUESTION_STAGES
from interviewdesk.example.database import (
    ExampleAlreadyLoaded,
    ExampleIds,
    interview_moment,
    load_example,
)
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Assessment,
    Candidate,
    Competency,
    ConsensusScore,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    Rating,
    Vacancy,
)

TABLES = (
    Vacancy,
    Competency,
    Question,
    Candidate,
    Application,
    Interviewer,
    Interview,
    PanelMember,
    Assessment,
    Rating,
    ConsensusScore,
    Decision,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "x.sqlite3")
    SQLModel.metadata.create_all(database.engine)
    yield database
    database.close()


@pytest.fixture
def ids(db: Database) -> ExampleIds:
    return load_example(db)


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            table.__name__: session.exec(select(func.count()).select_from(table)).one()
            for table in TABLES
        }


def _competencies(db: Database) -> list[Competency]:
    with db.session() as session:
        return list(session.exec(select(Competency).order_by(Competency.position)))


def _questions(db: Database) -> list[Question]:
    with db.session() as session:
        return list(session.exec(select(Question).order_by(Question.stage, Question.position)))


def _candidates(db: Database) -> list[Candidate]:
    with db.session() as session:
        return list(session.exec(select(Candidate).order_by(Candidate.id)))


def test_loads_one_of_everything_it_promises(db: Database, ids: ExampleIds) -> None:
    assert _counts(db) == {
        "Vacancy": 1,
        "Competency": 5,
        "Question": len(ids.question_ids),
        "Candidate": 4,
        "Application": 4,
        "Interviewer": 3,
        "Interview": 4,
        "PanelMember": 11,
        "Assessment": 6,
        "Rating": 27,
        "ConsensusScore": 1,
        "Decision": 1,
    }
    assert len(ids.competency_ids) == 5
    assert len(ids.candidate_ids) == len(ids.application_ids) == 4
    assert len(ids.interviewer_ids) == len(ids.panel_member_ids) == 3


def test_vacancy_has_a_full_dutch_text_and_ends_in_six_weeks(db: Database) -> None:
    today = date(2025, 3, 3)
    ids = load_example(db, today=today)
    with db.session() as session:
        vacancy = session.get(Vacancy, ids.vacancy_id)
    assert vacancy is not None
    assert vacancy.title == "Servicemonteur installatietechniek"
    assert vacancy.procedure_end == today + timedelta(weeks=6)
    for heading in ("Over ons", "Wat ga je doen?", "Wat breng je mee?", "Wat bieden wij?"):
        assert heading in vacancy.text
    assert "€ 2.900 – € 3.800 bruto per maand" in vacancy.text
    assert "Procedure" in vacancy.text


def test_competencies_have_kind_weight_keywords_and_five_anchors(
    db: Database, ids: ExampleIds
) -> None:
    competencies = _competencies(db)
    assert [c.id for c in competencies] == list(ids.competency_ids)
    assert len({c.weight for c in competencies}) >= 3, "weights should differ"
    for competency in competencies:
        assert competency.vacancy_id == ids.vacancy_id
        assert competency.kind in scales.COMPETENCY_KINDS
        assert competency.weight > 0
        assert competency.description
        assert all(keyword.strip() for keyword in competency.keywords.split(","))
        anchors = competency.anchors()
        assert len(anchors) == 5
        assert all(len(anchor) > 40 for anchor in anchors), competency.name
        assert len(set(anchors)) == 5


def test_every_competency_has_a_keyword_that_a_cv_contains(db: Database, ids: ExampleIds) -> None:
    """Otherwise the CV panel's keyword highlighting would show nothing in the example."""
    cvs = " ".join(c.cv_text for c in _candidates(db)).casefold()
    for competency in _competencies(db):
        keywords = [k.strip().casefold() for k in competency.keywords.split(",")]
        assert any(k in cvs for k in keywords), competency.name


def test_every_question_stage_has_three_to_five_questions(db: Database, ids: ExampleIds) -> None:
    questions = _questions(db)
    competency_ids = set(ids.competency_ids)
    for stage in QUESTION_STAGES:
        in_stage = [q for q in questions if q.stage == stage]
        assert 3 <= len(in_stage) <= 5, stage
        assert [q.position for q in in_stage] == list(range(len(in_stage)))
    for question in questions:
        assert question.stage in QUESTION_STAGES
        assert question.kind in scales.QUESTION_KINDS
        assert question.text.strip() and question.probes.strip()
        assert question.interview_id is None
        assert question.competency_id is None or question.competency_id in competency_ids
    assert sum(q.competency_id is not None for q in questions) >= len(questions) - 1


def test_behavioural_stage_asks_star_and_situational_questions(
    db: Database, ids: ExampleIds
) -> None:
    behavioural = [q for q in _questions(db) if q.stage == BEHAVIOURAL]
    kinds = {q.kind for q in behavioural}
    assert kinds == {"behavioural", "situational"}
    for question in behavioural:
        if question.kind == "behavioural":
            for part in ("Situatie", "Taak", "Actie", "Resultaat"):
                assert part in question.probes


def test_candidates_have_full_cvs_letters_and_fictitious_contacts(
    db: Database, ids: ExampleIds
) -> None:
    candidates = _candidates(db)
    assert [c.id for c in candidates] == list(ids.candidate_ids)
    assert [c.name for c in candidates] == [
        "Joël Bakker",
        "Mehmet Öztürk",
        "Daniëlle Kok",
        "Thijs van Dijk",
    ]
    for candidate in candidates:
        assert len(candidate.cv_text) > 800
        assert len(candidate.letter_text) > 800
        assert candidate.email.endswith("@example.nl")
        assert candidate.phone.startswith("06-")
        assert candidate.name in candidate.cv_text
        assert candidate.name in candidate.letter_text
        assert "MBO niveau 4" in candidate.cv_text
        for section in ("Profiel", "Werkervaring", "Opleiding", "Certificaten", "Talen"):
            assert section in candidate.cv_text
        assert not candidate.retention_consent


def test_applications_are_invited_and_interviewed(db: Database, ids: ExampleIds) -> None:
    with db.session() as session:
        applications = list(session.exec(select(Application).order_by(Application.id)))
    assert [a.status for a in applications] == ["invited", "invited", "decided", "interviewed"]
    assert [a.candidate_id for a in applications] == list(ids.candidate_ids)
    assert {a.vacancy_id for a in applications} == {ids.vacancy_id}
    assert all(a.status in scales.APPLICATION_STATUSES for a in applications)


def test_one_interview_in_the_future_with_a_panel_of_three(db: Database, ids: ExampleIds) -> None:
    with db.session() as session:
        interview = session.get(Interview, ids.interview_id)
        panel = list(
            session.exec(
                select(PanelMember)
                .where(PanelMember.interview_id == ids.interview_id)
                .order_by(PanelMember.position)
            )
        )
        interviewers = {i.id: i for i in session.exec(select(Interviewer))}
    assert interview is not None
    assert interview.application_id == ids.application_ids[0]
    assert interview.scheduled_at is not None
    assert interview.scheduled_at.tzinfo is not None
    assert interview.scheduled_at > datetime.now(UTC)
    assert interview.scheduled_at < datetime.now(UTC) + timedelta(days=6)
    assert interview.planned_minutes == 60
    assert interview.location
    assert interview.current_stage == "preparation"

    assert [p.role for p in panel] == ["chair", "member", "hr"]
    assert all(p.role in scales.PANEL_ROLES for p in panel)
    assert {p.interview_id for p in panel} == {ids.interview_id}
    assert [p.interviewer_id for p in panel] == list(ids.interviewer_ids)
    titles = [interviewers[p.interviewer_id].job_title for p in panel]
    assert titles == ["Vestigingsmanager", "Teamleider service", "HR-adviseur"]
    assert "René Mulder" in {i.name for i in interviewers.values()}


def test_loading_twice_raises_and_changes_nothing(db: Database, ids: ExampleIds) -> None:
    before = _counts(db)
    with pytest.raises(ExampleAlreadyLoaded) as raised:
        load_example(db)
    assert raised.value.vacancy_id == ids.vacancy_id
    assert "Servicemonteur installatietechniek" in str(raised.value)
    assert _counts(db) == before


def test_after_deleting_the_vacancy_people_are_reused_not_duplicated(
    db: Database, ids: ExampleIds
) -> None:
    with db.session() as session:
        vacancy = session.get(Vacancy, ids.vacancy_id)
        session.delete(vacancy)
    assert _counts(db)["Interview"] == 0  # went with the vacancy (ON DELETE CASCADE)

    again = load_example(db)

    assert again.candidate_ids == ids.candidate_ids
    assert again.interviewer_ids == ids.interviewer_ids
    counts = _counts(db)
    assert (counts["Vacancy"], counts["Candidate"], counts["Interviewer"]) == (1, 4, 3)
    assert counts["Application"] == 4


def test_a_failure_halfway_leaves_nothing_behind(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One transaction: a half-written example would block the next attempt."""
    from interviewdesk.example import database as example

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(example, "_interviewer", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        load_example(db)
    assert set(_counts(db).values()) == {0}


# --- when the interview is ------------------------------------------------------------


@pytest.fixture
def amsterdam_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local time set to Dutch time (a POSIX rule: no tz database needed)."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset (not on Windows)")
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("today", "expected_utc"),
    [
        # Monday in winter: Thursday 10:00 CET is 09:00 UTC.
        (date(2025, 1, 6), datetime(2025, 1, 9, 9, 0, tzinfo=UTC)),
        # Thursday in summer: three days on is a Sunday, so Monday; 10:00 CEST is 08:00 UTC.
        (date(2025, 7, 3), datetime(2025, 7, 7, 8, 0, tzinfo=UTC)),
        # Wednesday: Saturday becomes Monday.
        (date(2025, 7, 2), datetime(2025, 7, 7, 8, 0, tzinfo=UTC)),
    ],
)
def test_interview_is_at_ten_local_time_on_a_working_day(
    amsterdam_clock: None, today: date, expected_utc: datetime
) -> None:
    moment = interview_moment(today)
    assert moment == expected_utc
    assert moment.tzinfo == UTC
    assert moment.astimezone().hour == 10
    assert moment.weekday() < 5


def test_stored_interview_time_is_ten_local(
    amsterdam_clock: None, db: Database, ids: ExampleIds
) -> None:
    with db.session() as session:
        interview = session.get(Interview, ids.interview_id)
    assert interview is not None and interview.scheduled_at is not None
    assert interview.scheduled_at.astimezone().hour == 10
    assert interview.scheduled_at.astimezone().minute == 0


def test_one_interview_is_under_way_at_a_question_stage(db: Database, ids: ExampleIds) -> None:
    from interviewdesk.domain.agenda import QUESTION_STAGES, default_agenda
    from interviewdesk.store.interview_records import load_session

    session = load_session(db, ids.in_progress_interview_id)
    assert session.candidate_name == "Mehmet Öztürk"
    assert session.current_stage in QUESTION_STAGES
    assert session.started_at is not None
    assert [seat.role for seat in session.panel] == ["chair", "member"]
    agenda = default_agenda()
    before = agenda.keys()[: agenda.index(session.current_stage)]
    for stage in before:
        record = session.stage(stage)
        assert record.notes and record.done
        items = {item.key for item in agenda.stage(stage).items}
        assert items <= set(record.checklist), stage
    not_forget = {f"not_forget:{item.key}" for item in agenda.not_forget}
    assert set(session.stage("preparation").checklist) - {
        i.key for i in agenda.stage("preparation").items} <= not_forget
    assert session.stage(session.current_stage).notes
    assert not session.stage(session.current_stage).done
    asked = [q for q in session.questions if session.answer(q.id).asked]
    assert len(asked) >= 3
    assert all(session.answer(q.id).notes for q in asked)


# --- the interviews that took place (issue #4) ----------------------------------------


def test_a_week_ago_three_raters_submitted_and_the_panel_decided(db: Database) -> None:
    from interviewdesk.store.assessments import follow_up, panel_scores, status_of_forms

    today = date(2025, 3, 5)  # a Wednesday
    ids = load_example(db, today=today)
    forms = status_of_forms(db, ids.completed_interview_id)
    assert [(f.name, f.role, f.state) for f in forms] == [
        ("Sanne de Vries", "chair", "submitted"),
        ("René Mulder", "member", "submitted"),
        ("Inge Meijer", "hr", "submitted"),
    ]
    assert [f.panel_member_id for f in forms] == list(ids.completed_panel_member_ids)

    view = panel_scores(db, ids.completed_interview_id, None)

    assert view.candidate_name == "Daniëlle Kok"
    assert view.scheduled_at is not None
    assert view.scheduled_at.astimezone().date() == date(2025, 2, 26)  # a week ago
    flagged = [row for row in view.rows if row.flag]
    assert [(row.name, row.flag) for row in flagged] == [("Klantgerichtheid", "discrepancy")]
    assert flagged[0].consensus is not None and flagged[0].consensus.reason
    assert flagged[0].result == flagged[0].consensus.score
    assert view.open_flags == ()
    assert all(evidence for row in view.rows for evidence in row.evidence)
    assert any(score is None for row in view.rows for score in row.scores)  # "not assessed"
    assert all(r.recommendation and r.strengths and r.weaknesses for r in view.raters)
    decision = view.decision
    assert decision is not None
    assert decision.outcome == "next_round"
    assert decision.rationale and decision.next_steps and not decision.override_reason
    assert decision.feedback_date is not None and today < decision.feedback_date
    assert decision.feedback_date < today + timedelta(days=7)
    assert decision.decided_at is not None

    awaiting = follow_up(db, today).awaiting_feedback
    assert [(a.candidate_name, a.overdue) for a in awaiting] == [
        ("Thijs van Dijk", True),
        ("Daniëlle Kok", False),
    ]


def test_a_few_days_ago_one_rater_is_still_open(db: Database) -> None:
    from interviewdesk.store.assessments import (
        ScoresHidden,
        follow_up,
        open_form,
        panel_scores,
        status_of_forms,
        vacancy_comparison,
    )

    today = date(2025, 3, 5)
    ids = load_example(db, today=today)
    forms = status_of_forms(db, ids.waiting_interview_id)
    assert [(f.name, f.state) for f in forms] == [
        ("Sanne de Vries", "submitted"),
        ("René Mulder", "in_progress"),
        ("Inge Meijer", "submitted"),
    ]
    chair, rene, _inge = ids.waiting_panel_member_ids
    with pytest.raises(ScoresHidden) as raised:
        panel_scores(db, ids.waiting_interview_id, chair)
    assert raised.value.missing == ("René Mulder",)
    form = open_form(db, ids.waiting_interview_id, rene)
    assert not form.submitted and form.recommendation is None
    assert {r.state for r in form.ratings.values()} == {"scored", "not_assessed"}
    assert form.notes, "notes to quote as evidence"

    open_forms = follow_up(db, today).open_assessments
    assert [(o.candidate_name, o.name, o.state) for o in open_forms] == [
        ("Thijs van Dijk", "René Mulder", "in_progress")
    ]
    rows = {r.candidate_name: r for r in vacancy_comparison(db, ids.vacancy_id).rows}
    assert rows["Daniëlle Kok"].state == "complete"
    assert rows["Thijs van Dijk"].state == "awaiting_forms"
    assert rows["Thijs van Dijk"].overall is None
