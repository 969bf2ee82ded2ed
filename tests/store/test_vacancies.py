"""Saving a vacancy with its competencies and question kit in one go."""

from datetime import date

import pytest
from sqlmodel import select

from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Assessment,
    Candidate,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    Rating,
    Vacancy,
)
from interviewdesk.store.vacancies import (
    CompetencyDraft,
    QuestionDraft,
    VacancyDraft,
    delete_vacancy,
    get_vacancy,
    load_vacancy_draft,
    rated_competencies,
    save_vacancy,
    vacancy_choices,
)
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(store_db: Database) -> Database:
    """The store on SQLite and on a PostgreSQL server (``conftest.store_db``)."""
    return store_db


def five_competencies() -> list[CompetencyDraft]:
    names = ["Klantgericht", "Technisch inzicht", "Samenwerken", "Zelfstandig", "Veilig werken"]
    return [
        CompetencyDraft(
            name=name,
            kind="technical" if n == 1 else "core",
            weight=1.0 + n / 2,
            keywords=f"kw{n}a, kw{n}b",
            anchors=[f"{name} anchor {point}" for point in range(1, 6)],
        )
        for n, name in enumerate(names)
    ]


def full_draft() -> VacancyDraft:
    comps = five_competencies()
    draft = VacancyDraft(
        title="Servicemonteur",
        department="Service",
        location="Utrecht",
        text="Wij zoeken een monteur.\n\nMet rijbewijs.",
        procedure_end=date(2030, 1, 31),
        competencies=comps,
    )
    draft.questions["experience"] = [
        QuestionDraft(text="Vertel over je huidige baan.", competency_key=None),
        QuestionDraft(text="Waarom wil je weg?", probes="Eerlijk?", kind="open"),
    ]
    draft.questions["skills"] = [
        QuestionDraft(text="Hoe verhelp je een storing?", kind="technical",
                      competency_key=comps[1].key),
    ]
    draft.questions["behavioural"] = [
        QuestionDraft(text="Een boze klant…", kind="behavioural", probes="Wat deed je?",
                      competency_key=comps[0].key),
        QuestionDraft(text="Stel dat je collega…", kind="situational",
                      competency_key=comps[2].key),
    ]
    return draft


def test_round_trip_keeps_everything_in_order(db: Database) -> None:
    vacancy_id = save_vacancy(db, full_draft())

    loaded = load_vacancy_draft(db, vacancy_id)

    assert (loaded.title, loaded.department, loaded.location) == (
        "Servicemonteur", "Service", "Utrecht")
    assert loaded.text == "Wij zoeken een monteur.\n\nMet rijbewijs."
    assert loaded.procedure_end == date(2030, 1, 31)
    assert [c.name for c in loaded.competencies] == [
        "Klantgericht", "Technisch inzicht", "Samenwerken", "Zelfstandig", "Veilig werken"]
    assert loaded.competencies[1].kind == "technical"
    assert loaded.competencies[4].weight == 3.0
    assert loaded.competencies[2].anchors == [f"Samenwerken anchor {p}" for p in range(1, 6)]
    assert loaded.competencies[3].keywords == "kw3a, kw3b"
    assert [q.text for q in loaded.questions["experience"]] == [
        "Vertel over je huidige baan.", "Waarom wil je weg?"]
    assert loaded.questions["experience"][1].probes == "Eerlijk?"
    probed = {
        q.text: loaded.competency(q.competency_key).name  # type: ignore[union-attr]
        for stage in ("skills", "behavioural") for q in loaded.questions[stage]
    }
    assert probed == {
        "Hoe verhelp je een storing?": "Technisch inzicht",
        "Een boze klant…": "Klantgericht",
        "Stel dat je collega…": "Samenwerken",
    }
    assert loaded.questions["behavioural"][1].kind == "situational"
    assert vacancy_choices(db) == [(vacancy_id, "Servicemonteur")]
    assert get_vacancy(db, vacancy_id).title == "Servicemonteur"


def test_editing_keeps_competency_ids_and_reorders(db: Database) -> None:
    vacancy_id = save_vacancy(db, full_draft())
    draft = load_vacancy_draft(db, vacancy_id)
    ids_before = {c.name: c.id for c in draft.competencies}

    draft.competencies.reverse()
    draft.competencies[0].anchors[2] = "changed"
    draft.questions["experience"].reverse()
    save_vacancy(db, draft)

    again = load_vacancy_draft(db, vacancy_id)
    assert [c.name for c in again.competencies] == [
        "Veilig werken", "Zelfstandig", "Samenwerken", "Technisch inzicht", "Klantgericht"]
    assert {c.name: c.id for c in again.competencies} == ids_before
    assert again.competencies[0].anchors[2] == "changed"
    assert [q.text for q in again.questions["experience"]] == [
        "Waarom wil je weg?", "Vertel over je huidige baan."]


def test_new_competency_and_question_linking_it_save_together(db: Database) -> None:
    vacancy_id = save_vacancy(db, full_draft())
    draft = load_vacancy_draft(db, vacancy_id)
    fresh = CompetencyDraft(name="Rijbewijs B")
    draft.competencies.append(fresh)
    draft.questions["skills"].insert(0, QuestionDraft(text="Rijbewijs?",
                                                      competency_key=fresh.key))
    save_vacancy(db, draft)

    again = load_vacancy_draft(db, vacancy_id)
    first = again.questions["skills"][0]
    assert first.text == "Rijbewijs?"
    assert again.competency(first.competency_key).name == "Rijbewijs B"  # type: ignore[union-attr]


def test_deleting_a_competency_unlinks_its_questions(db: Database) -> None:
    vacancy_id = save_vacancy(db, full_draft())
    draft = load_vacancy_draft(db, vacancy_id)
    removed = draft.competencies[0]
    assert removed.name == "Klantgericht"
    draft.remove_competency(removed.key)
    assert draft.questions["behavioural"][0].competency_key is None
    save_vacancy(db, draft)

    again = load_vacancy_draft(db, vacancy_id)
    assert "Klantgericht" not in [c.name for c in again.competencies]
    boze = again.questions["behavioural"][0]
    assert boze.text == "Een boze klant…"
    assert boze.competency_key is None
    with db.session() as session:
        assert len(session.exec(select(Competency)).all()) == 4
        question = session.exec(select(Question).where(Question.text == "Een boze klant…")).one()
        assert question.competency_id is None


def test_database_unlinks_questions_of_a_deleted_competency(db: Database) -> None:
    """Even a competency deleted behind the draft's back leaves its questions intact."""
    vacancy_id = save_vacancy(db, full_draft())
    with db.session() as session:
        competency = session.exec(select(Competency).where(Competency.name == "Klantgericht")).one()
        session.delete(competency)
    loaded = load_vacancy_draft(db, vacancy_id)
    assert loaded.questions["behavioural"][0].competency_key is None


def test_removed_questions_are_deleted_but_interview_questions_stay(db: Database) -> None:
    vacancy_id = save_vacancy(db, full_draft())
    with db.session() as session:
        candidate = Candidate(name="Sanne")
        session.add(candidate)
        session.flush()
        application = Application(candidate_id=candidate.id, vacancy_id=vacancy_id)
        session.add(application)
        session.flush()
        interview = Interview(application_id=application.id)
        session.add(interview)
        session.flush()
        session.add(Question(vacancy_id=vacancy_id, interview_id=interview.id, stage="skills",
                             text="Asked on the spot"))
    draft = load_vacancy_draft(db, vacancy_id)
    assert [q.text for q in draft.questions["skills"]] == ["Hoe verhelp je een storing?"]

    draft.questions["skills"] = []
    save_vacancy(db, draft)

    assert load_vacancy_draft(db, vacancy_id).questions["skills"] == []
    with db.session() as session:
        left = session.exec(select(Question).where(Question.stage == "skills")).all()
        assert [q.text for q in left] == ["Asked on the spot"]


def test_stages_left_out_of_the_draft_keep_their_questions(db: Database) -> None:
    vacancy_id = save_vacancy(db, full_draft())
    draft = load_vacancy_draft(db, vacancy_id)
    draft.questions = {"skills": []}
    save_vacancy(db, draft)
    again = load_vacancy_draft(db, vacancy_id)
    assert again.questions["skills"] == []
    assert len(again.questions["experience"]) == 2
    assert len(again.questions["behavioural"]) == 2


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: setattr(d, "title", "  "), "title"),
        (lambda d: setattr(d.competencies[0], "weight", 0), "competencies[0].weight"),
        (lambda d: setattr(d.competencies[1], "name", ""), "competencies[1].name"),
        (lambda d: setattr(d.competencies[1], "name", "klantgericht"), "competencies[1].name"),
        (lambda d: setattr(d.competencies[0], "kind", "magic"), "competencies[0]"),
        (lambda d: setattr(d.questions["skills"][0], "text", ""), "questions[skills][0]"),
        (lambda d: setattr(d.questions["skills"][0], "competency_key", "gone"),
         "questions[skills][0]"),
        (lambda d: d.questions.update({"opening": [QuestionDraft(text="x")]}), "questions"),
    ],
)
def test_invalid_drafts_are_refused_and_nothing_is_written(db: Database, change, field) -> None:
    draft = full_draft()
    change(draft)
    with pytest.raises(ValidationError) as raised:
        save_vacancy(db, draft)
    assert raised.value.field == field
    assert str(raised.value)
    assert vacancy_choices(db) == []


def test_empty_anchors_are_allowed_but_reported(db: Database) -> None:
    draft = full_draft()
    draft.competencies[0].anchors = ["a", "", "c", " ", "e"]
    assert draft.competencies[0].missing_anchors() == [2, 4]
    vacancy_id = save_vacancy(db, draft)
    assert load_vacancy_draft(db, vacancy_id).competencies[0].missing_anchors() == [2, 4]


def test_delete_vacancy_cascades_but_keeps_candidates(db: Database) -> None:
    vacancy_id = save_vacancy(db, full_draft())
    with db.session() as session:
        candidate = Candidate(name="Sanne")
        interviewer = Interviewer(name="Piet")
        session.add_all([candidate, interviewer])
        session.flush()
        application = Application(candidate_id=candidate.id, vacancy_id=vacancy_id)
        session.add(application)
        session.flush()
        interview = Interview(application_id=application.id)
        session.add(interview)
        session.flush()
        member = PanelMember(interview_id=interview.id, interviewer_id=interviewer.id)
        session.add(member)
        session.flush()
        assessment = Assessment(interview_id=interview.id, panel_member_id=member.id)
        session.add(assessment)
        session.flush()
        competency = session.exec(select(Competency)).first()
        session.add(Rating(assessment_id=assessment.id, competency_id=competency.id, score=3))
    assert rated_competencies(db, vacancy_id) == {competency.id: 1}

    delete_vacancy(db, vacancy_id)

    with db.session() as session:
        for table in (Vacancy, Competency, Question, Application, Interview, Rating):
            assert session.exec(select(table)).all() == [], table.__name__
        assert [c.name for c in session.exec(select(Candidate)).all()] == ["Sanne"]
        assert len(session.exec(select(Interviewer)).all()) == 1
    with pytest.raises(LookupError):
        delete_vacancy(db, vacancy_id)
