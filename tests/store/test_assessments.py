"""Assessment forms, blind scoring, the panel discussion, the comparison and follow-up."""

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import select

from interviewdesk.store.assessments import (
    AssessmentEdit,
    CloseRefused,
    DecisionDraft,
    FormIncomplete,
    FormLocked,
    OpenFlags,
    RatingEdit,
    ScoresHidden,
    close_round,
    decision_of,
    follow_up,
    open_form,
    panel_scores,
    record_consensus,
    record_feedback_given,
    remove_consensus,
    reopen_form,
    save_decision,
    save_form,
    status_of_forms,
    submit_form,
    vacancy_comparison,
)
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Answer,
    Application,
    AssessmentReopening,
    Candidate,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    Vacancy,
)
from interviewdesk.store.validation import ValidationError

TODAY = date(2030, 3, 13)  # a Wednesday


@pytest.fixture
def db(store_db: Database) -> Database:
    """The store on SQLite and on a PostgreSQL server (``conftest.store_db``)."""
    return store_db


@dataclass
class Panel:
    """One interview of yesterday with a panel of three, on a vacancy of three
    competencies (weights 2, 1, 1), plus a competency of another vacancy."""

    vacancy: int
    application: int
    interview: int
    vak: int
    klant: int
    samen: int
    foreign: int
    chair: int
    member: int
    hr: int


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).astimezone().astimezone(UTC)


def _add(db: Database, row: object) -> int:
    with db.session() as session:
        session.add(row)
        session.flush()
        return int(row.id)  # type: ignore[attr-defined]


def make_interview(db: Database, candidate: str, day: date, *, vacancy: int | None = None) -> Panel:
    if vacancy is None:
        vacancy = _add(db, Vacancy(title="Servicemonteur"))
    with db.session() as session:
        existing = {
            c.name: int(c.id or 0)
            for c in session.exec(select(Competency).where(Competency.vacancy_id == vacancy))
        }
    if not existing:
        for position, (name, weight) in enumerate(
            (("Vakmanschap", 2.0), ("Klantgerichtheid", 1.0), ("Samenwerken", 1.0))
        ):
            existing[name] = _add(
                db,
                Competency(
                    vacancy_id=vacancy,
                    position=position,
                    name=name,
                    weight=weight,
                    anchor_1=f"{name} 1",
                    anchor_2=f"{name} 2",
                    anchor_3=f"{name} 3",
                    anchor_4=f"{name} 4",
                    anchor_5=f"{name} 5",
                ),
            )
    other = _add(db, Vacancy(title="Planner"))
    foreign = _add(db, Competency(vacancy_id=other, name="Plannen"))
    person = _add(db, Candidate(name=candidate))
    application = _add(db, Application(candidate_id=person, vacancy_id=vacancy, status="invited"))
    interview = _add(db, Interview(application_id=application, scheduled_at=_at(day)))
    seats = []
    for position, (name, role) in enumerate(
        (("Sanne", "chair"), ("René", "member"), ("Inge", "hr"))
    ):
        with db.session() as session:
            found = session.exec(select(Interviewer).where(Interviewer.name == name)).first()
        interviewer = int(found.id) if found else _add(db, Interviewer(name=name))  # type: ignore[arg-type]
        seats.append(
            _add(
                db,
                PanelMember(
                    interview_id=interview,
                    interviewer_id=interviewer,
                    role=role,
                    position=position,
                ),
            )
        )
    return Panel(
        vacancy,
        application,
        interview,
        existing["Vakmanschap"],
        existing["Klantgerichtheid"],
        existing["Samenwerken"],
        foreign,
        *seats,
    )


@pytest.fixture
def panel(db: Database) -> Panel:
    return make_interview(db, "Daniëlle Kok", TODAY - timedelta(days=1))


def fill(
    db: Database,
    panel: Panel,
    member: int,
    scores: dict[int, int | None],
    recommendation: str = "yes",
    *,
    submit: bool = True,
) -> int:
    """Open ``member``'s form, score it, and submit it; returns the assessment id."""
    form = open_form(db, panel.interview, member)
    changes: list = [RatingEdit(cid, score=score) for cid, score in scores.items()]
    changes += [RatingEdit(cid, evidence=f"evidence {member}/{cid}") for cid in scores]
    changes.append(AssessmentEdit(recommendation=recommendation))
    save_form(db, form.assessment_id, changes)
    if submit:
        submit_form(db, form.assessment_id, accept_not_assessed=True)
    return form.assessment_id


# --- the form -------------------------------------------------------------------------


def test_opening_a_form_creates_it_once_with_the_competencies_and_anchors(
    db: Database, panel: Panel
) -> None:
    form = open_form(db, panel.interview, panel.member)
    assert form.rater_name == "René"
    assert form.role == "member"
    assert form.candidate_name == "Daniëlle Kok"
    assert [c.name for c in form.competencies] == ["Vakmanschap", "Klantgerichtheid", "Samenwerken"]
    assert [c.weight for c in form.competencies] == [2.0, 1.0, 1.0]
    assert form.competencies[0].anchors == tuple(f"Vakmanschap {n}" for n in range(1, 6))
    assert form.ratings == {}
    assert form.rating(panel.vak).state == "untouched"
    assert not form.submitted
    assert open_form(db, panel.interview, panel.member).assessment_id == form.assessment_id


def test_a_member_of_another_panel_cannot_open_the_form(db: Database, panel: Panel) -> None:
    other = make_interview(db, "Thijs", TODAY, vacancy=panel.vacancy)
    with pytest.raises(LookupError):
        open_form(db, panel.interview, other.chair)
    with pytest.raises(LookupError):
        open_form(db, 999, panel.chair)


def test_save_form_writes_scores_evidence_and_texts(db: Database, panel: Panel) -> None:
    form = open_form(db, panel.interview, panel.chair)
    save_form(
        db,
        form.assessment_id,
        [
            RatingEdit(panel.vak, score=2),
            RatingEdit(panel.vak, score=4),  # later changes win
            RatingEdit(panel.vak, evidence="Stelde de warmtepomp zelf in bedrijf."),
            RatingEdit(panel.klant, score=None),
            AssessmentEdit(strengths="Storingen"),
            AssessmentEdit(weaknesses="Klachten"),
            AssessmentEdit(recommendation="strong_yes"),
        ],
    )
    form = open_form(db, panel.interview, panel.chair)
    assert form.rating(panel.vak).state == "scored"
    assert form.rating(panel.vak).score == 4
    assert form.rating(panel.vak).evidence == "Stelde de warmtepomp zelf in bedrijf."
    assert form.rating(panel.klant).state == "not_assessed"
    assert form.rating(panel.samen).state == "untouched"
    assert (form.strengths, form.weaknesses, form.recommendation) == (
        "Storingen",
        "Klachten",
        "strong_yes",
    )


@pytest.mark.parametrize(
    "bad",
    [
        [RatingEdit(-1, score=3)],
        [RatingEdit(0, score=6)],
        [RatingEdit(0, score=0)],
        [AssessmentEdit(recommendation="maybe")],
    ],
)
def test_bad_changes_are_refused_and_nothing_is_written(
    db: Database, panel: Panel, bad: list
) -> None:
    form = open_form(db, panel.interview, panel.chair)
    bad = [
        dataclasses.replace(c, competency_id=panel.foreign if c.competency_id < 0 else panel.vak)
        if isinstance(c, RatingEdit)
        else c
        for c in bad
    ]
    with pytest.raises(ValidationError):
        save_form(db, form.assessment_id, [AssessmentEdit(strengths="kept?"), *bad])
    assert open_form(db, panel.interview, panel.chair).strengths == ""


def test_evidence_before_a_score_needs_the_raters_confirmation(db: Database, panel: Panel) -> None:
    form = open_form(db, panel.interview, panel.chair)
    save_form(
        db,
        form.assessment_id,
        [
            RatingEdit(panel.vak, score=3),
            RatingEdit(panel.klant, score=4),
            RatingEdit(panel.samen, evidence="Kwam nauwelijks aan bod."),
            AssessmentEdit(recommendation="yes"),
        ],
    )
    assert open_form(db, panel.interview, panel.chair).rating(panel.samen).state == "not_assessed"
    with pytest.raises(FormIncomplete) as raised:
        submit_form(db, form.assessment_id)
    assert raised.value.evidence_without_score == ("Samenwerken",)
    assert raised.value.needs_confirmation_only
    assert "Samenwerken" in str(raised.value)

    submit_form(db, form.assessment_id, accept_not_assessed=True)
    assert open_form(db, panel.interview, panel.chair).submitted


def test_submit_lists_what_is_missing(db: Database, panel: Panel) -> None:
    form = open_form(db, panel.interview, panel.chair)
    save_form(db, form.assessment_id,
              [RatingEdit(panel.vak, score=3), RatingEdit(panel.klant, score=None)])
    with pytest.raises(FormIncomplete) as raised:
        submit_form(db, form.assessment_id, accept_not_assessed=True)
    error = raised.value
    assert error.missing_recommendation
    assert error.untouched == ("Samenwerken",)
    assert error.field == "recommendation"
    assert not error.needs_confirmation_only
    assert "recommendation" in str(error) and "Samenwerken" in str(error)
    assert not open_form(db, panel.interview, panel.chair).submitted


def test_a_submitted_form_is_read_only(db: Database, panel: Panel) -> None:
    assessment = fill(db, panel, panel.chair, {panel.vak: 4, panel.klant: 3, panel.samen: None})
    form = open_form(db, panel.interview, panel.chair)
    assert form.submitted and form.submitted_at is not None
    with pytest.raises(FormLocked):
        save_form(db, assessment, [RatingEdit(panel.vak, score=1)])
    with pytest.raises(FormLocked):
        submit_form(db, assessment)
    assert open_form(db, panel.interview, panel.chair).rating(panel.vak).score == 4


def test_reopening_needs_a_reason_and_is_recorded(db: Database, panel: Panel) -> None:
    assessment = fill(db, panel, panel.chair, {panel.vak: 4, panel.klant: 3, panel.samen: 3})
    with pytest.raises(ValidationError, match="why"):
        reopen_form(db, assessment, "   ")
    assert open_form(db, panel.interview, panel.chair).submitted

    reopen_form(db, assessment, "  Score voor samenwerken verkeerd aangeklikt.  ")

    form = open_form(db, panel.interview, panel.chair)
    assert not form.submitted
    assert [r.reason for r in form.reopenings] == ["Score voor samenwerken verkeerd aangeklikt."]
    assert form.reopenings[0].reopened_at.tzinfo is not None
    save_form(db, assessment, [RatingEdit(panel.samen, score=4)])
    with pytest.raises(ValidationError, match="not submitted"):
        reopen_form(db, assessment, "again")
    with db.session() as session:
        assert len(session.exec(select(AssessmentReopening)).all()) == 1


def test_form_states_for_everyone_without_scores(db: Database, panel: Panel) -> None:
    fill(db, panel, panel.chair, {panel.vak: 4, panel.klant: 3, panel.samen: 3})
    fill(db, panel, panel.member, {panel.vak: 2}, submit=False)
    open_form(db, panel.interview, panel.hr)  # opened, nothing filled in

    statuses = status_of_forms(db, panel.interview)

    assert [(s.name, s.role, s.state) for s in statuses] == [
        ("Sanne", "chair", "submitted"),
        ("René", "member", "in_progress"),
        ("Inge", "hr", "not_started"),
    ]
    assert statuses[0].submitted_at is not None
    assert_no_scores(statuses)


def test_the_form_offers_this_interviews_notes_to_quote(db: Database, panel: Panel) -> None:
    question = _add(
        db,
        Question(
            vacancy_id=panel.vacancy,
            stage="behavioural",
            text="Boze klant?",
            competency_id=panel.klant,
        ),
    )
    _add(
        db,
        Answer(
            interview_id=panel.interview,
            question_id=question,
            notes="Algemeen",
            situation="Derde afspraak",
            action="Doorverwezen",
        ),
    )
    form = open_form(db, panel.interview, panel.chair)
    assert [note.question for note in form.notes] == ["Boze klant?"]
    assert form.notes[0].text == "Algemeen\nS: Derde afspraak\nA: Doorverwezen"
    assert form.notes_for(panel.klant)[0].competency_id == panel.klant


# --- blind scoring --------------------------------------------------------------------


def assert_no_scores(values: object) -> None:
    """No score-like field and no evidence text anywhere in ``values``."""
    text = repr(values)
    assert "evidence" not in text
    for item in values if isinstance(values, list | tuple) else [values]:
        names = {f.name for f in dataclasses.fields(item)}  # type: ignore[arg-type]
        assert not names & {"score", "scores", "mean", "results", "overall", "ratings"}


def test_a_member_who_has_not_submitted_sees_no_scores(db: Database, panel: Panel) -> None:
    fill(db, panel, panel.chair, {panel.vak: 4, panel.klant: 3, panel.samen: 3})
    fill(db, panel, panel.hr, {panel.vak: 4, panel.klant: 3, panel.samen: 3})
    fill(db, panel, panel.member, {panel.vak: 2}, submit=False)

    with pytest.raises(ScoresHidden) as raised:
        panel_scores(db, panel.interview, panel.member)
    assert raised.value.reason == "viewer_not_submitted"
    assert raised.value.missing == ("René",)
    # Their own form holds their own ratings and nothing of the others'.
    form = open_form(db, panel.interview, panel.member)
    assert set(form.ratings) == {panel.vak}
    assert f"evidence {panel.chair}/" not in repr(form)
    assert f"evidence {panel.hr}/" not in repr(form)


def test_a_submitted_member_waits_for_the_others_unless_the_chair_closes_the_round(
    db: Database, panel: Panel
) -> None:
    fill(db, panel, panel.chair, {panel.vak: 4, panel.klant: 4, panel.samen: 3})
    fill(db, panel, panel.member, {panel.vak: 4, panel.klant: 3, panel.samen: 3})
    fill(db, panel, panel.hr, {panel.vak: 1, panel.klant: 1, panel.samen: 1}, submit=False)

    with pytest.raises(ScoresHidden) as raised:
        panel_scores(db, panel.interview, panel.member)
    assert (raised.value.reason, raised.value.missing) == ("others_not_submitted", ("Inge",))
    assert raised.value.missing_ids == (panel.hr,)
    assert "Inge" in str(raised.value)
    with pytest.raises(CloseRefused) as refused:
        close_round(db, panel.interview, panel.member, "Inge is ziek")
    assert refused.value.reason == "not_chair"
    with pytest.raises(CloseRefused) as refused:
        close_round(db, panel.interview, panel.chair, "   ")
    assert refused.value.reason == "no_reason"
    for viewer in (None, panel.chair, panel.member, panel.hr):
        with pytest.raises(ScoresHidden):
            panel_scores(db, panel.interview, viewer)

    state = close_round(db, panel.interview, panel.chair, "Inge is ziek")

    assert state.closed and state.closed_early and state.missing == ("Inge",)
    assert (state.closed_by, state.reason) == ("Sanne", "Inge is ziek")
    view = panel_scores(db, panel.interview, panel.chair)
    assert view.closed_early
    # Closed is closed for everyone: Inge, still open, and someone outside the panel too.
    assert panel_scores(db, panel.interview, panel.hr).raters == view.raters
    assert panel_scores(db, panel.interview, None).raters == view.raters
    assert [m.name for m in view.missing] == ["Inge"]
    assert [r.name for r in view.raters] == ["Sanne", "René"]
    assert [row.scores for row in view.rows] == [(4, 4), (4, 3), (3, 3)]
    assert view.rows[0].mean == 4.0  # Inge's unsubmitted 1 is nowhere
    assert f"evidence {panel.hr}/" not in repr(view)
    # Nor does her draft flag anything: the submitted forms agree, no override needed.
    decided = save_decision(db, panel.interview, DecisionDraft("next_round", "Eens."))
    assert decided.override_reason == ""


def test_outside_the_panel_the_matrix_shows_once_every_form_is_in(
    db: Database, panel: Panel
) -> None:
    for member in (panel.chair, panel.member, panel.hr):
        fill(db, panel, member, {panel.vak: 3, panel.klant: 3, panel.samen: 3})
    assert len(panel_scores(db, panel.interview, None).raters) == 3
    assert not panel_scores(db, panel.interview, panel.hr).closed_early
    with pytest.raises(LookupError):
        panel_scores(db, panel.interview, 999)


def test_reopening_a_form_hides_the_matrix_again(db: Database, panel: Panel) -> None:
    forms = [
        fill(db, panel, member, {panel.vak: 3, panel.klant: 3, panel.samen: 3})
        for member in (panel.chair, panel.member, panel.hr)
    ]
    reopen_form(db, forms[1], "Klantgerichtheid herzien")
    with pytest.raises(ScoresHidden, match="Submit your own"):
        panel_scores(db, panel.interview, panel.member)
    with pytest.raises(ScoresHidden):
        panel_scores(db, panel.interview, panel.hr)


def test_a_panel_without_a_chair_lets_a_submitted_member_close_the_round(
    db: Database, panel: Panel
) -> None:
    with db.session() as session:
        chair = session.get(PanelMember, panel.chair)
        assert chair is not None
        chair.role = "member"
        session.add(chair)
    with pytest.raises(CloseRefused) as refused:
        close_round(db, panel.interview, panel.member, "Vertrokken")
    assert refused.value.reason == "closer_not_submitted"
    fill(db, panel, panel.member, {panel.vak: 3, panel.klant: 3, panel.samen: 3})
    close_round(db, panel.interview, panel.member, "Vertrokken")
    assert panel_scores(db, panel.interview, panel.member).closed_early


# --- the panel discussion and the decision --------------------------------------------


def test_the_full_flow_for_three_raters(db: Database, panel: Panel) -> None:
    fill(db, panel, panel.chair, {panel.vak: 4, panel.klant: 3, panel.samen: None}, "yes")
    fill(db, panel, panel.member, {panel.vak: 4, panel.klant: 2, panel.samen: None}, "yes")
    fill(db, panel, panel.hr, {panel.vak: None, panel.klant: 4, panel.samen: None}, "strong_yes")

    view = panel_scores(db, panel.interview, panel.member)

    vak, klant, samen = view.rows
    assert vak.scores == (4, 4, None) and vak.mean == 4.0 and vak.flag is None
    assert vak.evidence[0] == f"evidence {panel.chair}/{panel.vak}"
    assert klant.scores == (3, 2, 4) and klant.spread == 2 and klant.flag == "discrepancy"
    assert klant.result is None and klant.open
    assert samen.flag == "gap" and samen.mean is None and samen.status == "gap"
    assert [r.name for r in view.open_flags] == ["Klantgerichtheid", "Samenwerken"]
    totals = {r.name: r.weighted_total for r in view.raters}
    assert totals == {"Sanne": pytest.approx(11 / 3), "René": pytest.approx(10 / 3), "Inge": 4.0}
    assert view.recommendations.count("yes") == 2
    assert view.overall == 4.0  # only vak has a result yet
    assert view.decision is None

    with pytest.raises(OpenFlags) as raised:
        save_decision(db, panel.interview, DecisionDraft("next_round", "Sterke vakvrouw."))
    assert [name for _id, name, _flag in raised.value.flags] == [
        "Klantgerichtheid",
        "Samenwerken",
    ]
    assert raised.value.field == "override_reason"
    assert decision_of(db, panel.interview) is None

    with pytest.raises(ValidationError, match="why"):
        record_consensus(db, panel.interview, panel.klant, 3, " ")
    with pytest.raises(ValidationError):
        record_consensus(db, panel.interview, panel.klant, 7, "te hoog")
    with pytest.raises(LookupError):
        record_consensus(db, panel.interview, panel.foreign, 3, "andere vacature")
    record_consensus(db, panel.interview, panel.klant, 3, "Uitleg sterk, klacht niet opgepakt.")

    view = panel_scores(db, panel.interview, panel.chair)
    assert view.rows[1].consensus is not None and view.rows[1].consensus.score == 3
    assert view.rows[1].result == 3 and not view.rows[1].open
    assert view.overall == pytest.approx((2 * 4 + 3) / 3)

    decided = save_decision(
        db,
        panel.interview,
        DecisionDraft(
            "next_round",
            "Sterke vakvrouw.",
            "Meeloopdag plannen.",
            TODAY + timedelta(days=2),
            override_reason="Samenwerken komt op de meeloopdag aan bod.",
        ),
    )
    assert decided.override_reason == "Samenwerken komt op de meeloopdag aan bod."
    assert decided.decided_at is not None
    with db.session() as session:
        interview = session.get(Interview, panel.interview)
        application = session.get(Application, panel.application)
    assert interview is not None and interview.feedback_date == TODAY + timedelta(days=2)
    assert application is not None and application.status == "decided"
    assert panel_scores(db, panel.interview, None).decision == decided

    # Once every flag has a consensus, no override is needed, and none is kept.
    record_consensus(db, panel.interview, panel.samen, None, "Kon niemand beoordelen.")
    again = save_decision(
        db, panel.interview, DecisionDraft("next_round", "Sterk.", override_reason="stale")
    )
    assert again.override_reason == ""
    remove_consensus(db, panel.interview, panel.samen)
    with pytest.raises(OpenFlags):
        save_decision(db, panel.interview, DecisionDraft("next_round", "Sterk."))


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (DecisionDraft("maybe", "Why"), "outcome"),
        (DecisionDraft("hire", "  "), "rationale"),
    ],
)
def test_a_decision_needs_a_known_outcome_and_a_rationale(
    db: Database, panel: Panel, draft: DecisionDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        save_decision(db, panel.interview, draft)
    assert raised.value.field == field


@pytest.mark.parametrize(
    ("outcome", "status"),
    [("hire", "offered"), ("next_round", "invited"), ("reject", "rejected")],
)
def test_feedback_moves_the_application_as_the_outcome_says(
    db: Database, panel: Panel, outcome: str, status: str
) -> None:
    with pytest.raises(ValidationError, match="decision first"):
        record_feedback_given(db, panel.interview)
    save_decision(
        db, panel.interview, DecisionDraft(outcome, "Reden", override_reason="Geen formulieren")
    )
    assert record_feedback_given(db, panel.interview) == status


def test_feedback_on_hold_needs_the_next_date(db: Database, panel: Panel) -> None:
    save_decision(
        db, panel.interview, DecisionDraft("hold", "Eerst andere kandidaten", override_reason="x")
    )
    with pytest.raises(ValidationError, match="date"):
        record_feedback_given(db, panel.interview)
    later = TODAY + timedelta(days=14)
    assert record_feedback_given(db, panel.interview, next_feedback_date=later) == "decided"
    info = decision_of(db, panel.interview)
    assert info is not None and info.feedback_date == later


# --- comparison -----------------------------------------------------------------------


def test_comparison_shows_only_interviews_whose_forms_are_all_in(
    db: Database, panel: Panel
) -> None:
    for member, klant in ((panel.chair, 3), (panel.member, 2), (panel.hr, 4)):
        fill(db, panel, member, {panel.vak: 4, panel.klant: klant, panel.samen: 3})
    record_consensus(db, panel.interview, panel.klant, 3, "Samen op niveau.")
    save_decision(db, panel.interview, DecisionDraft("next_round", "Sterk."))

    waiting = make_interview(db, "Thijs van Dijk", TODAY - timedelta(days=2), vacancy=panel.vacancy)
    fill(db, waiting, waiting.chair, {panel.vak: 5, panel.klant: 5, panel.samen: 5})
    fill(db, waiting, waiting.hr, {panel.vak: 5, panel.klant: 5, panel.samen: 5})
    # Decided early, but René's form is not in: still no scores.
    save_decision(db, waiting.interview, DecisionDraft("hold", "Wacht", override_reason="x"))
    planned = make_interview(db, "Joël", TODAY + timedelta(days=400), vacancy=panel.vacancy)
    _add(
        db,
        Application(
            candidate_id=_add(db, Candidate(name="Zonder gesprek")), vacancy_id=panel.vacancy
        ),
    )

    comparison = vacancy_comparison(db, panel.vacancy, _at(TODAY, 12))

    assert [c.name for c in comparison.competencies] == [
        "Vakmanschap",
        "Klantgerichtheid",
        "Samenwerken",
    ]
    rows = {row.candidate_name: row for row in comparison.rows}
    assert set(rows) == {"Daniëlle Kok", "Thijs van Dijk", "Joël"}
    done = rows["Daniëlle Kok"]
    assert done.state == "complete"
    assert done.results == (4.0, 3, 3.0)
    assert done.from_consensus == (False, True, False)
    assert done.overall == pytest.approx((2 * 4 + 3 + 3) / 4)
    assert done.outcome == "next_round"
    assert comparison.result(done, panel.klant) == 3
    thijs = rows["Thijs van Dijk"]
    assert thijs.state == "awaiting_forms"
    assert thijs.results == (None, None, None) and thijs.overall is None
    assert thijs.missing == ("René",)
    assert thijs.outcome == "hold"
    assert rows["Joël"].state == "not_held"
    assert planned.interview == rows["Joël"].interview_id

    assert comparison.sorted_by("overall", descending=True)[0].candidate_name == "Daniëlle Kok"
    assert [r.candidate_name for r in comparison.sorted_by("candidate")] == [
        "Daniëlle Kok",
        "Joël",
        "Thijs van Dijk",
    ]
    assert comparison.sorted_by(panel.vak, descending=True)[-1].overall is None
    with pytest.raises(LookupError):
        vacancy_comparison(db, 999)


# --- follow-up ------------------------------------------------------------------------


def test_follow_up_lists_feedback_due_and_open_forms_without_scores(
    db: Database, panel: Panel
) -> None:
    for member in (panel.chair, panel.member, panel.hr):
        fill(db, panel, member, {panel.vak: 4, panel.klant: 4, panel.samen: 4})
    save_decision(
        db,
        panel.interview,
        DecisionDraft("reject", "Te weinig ervaring.", feedback_date=TODAY + timedelta(days=1)),
    )
    late = make_interview(db, "Thijs van Dijk", TODAY - timedelta(days=5), vacancy=panel.vacancy)
    with db.session() as session:
        interview = session.get(Interview, late.interview)
        assert interview is not None
        interview.feedback_date = TODAY - timedelta(days=2)
        session.add(interview)
    fill(db, late, late.chair, {panel.vak: 3, panel.klant: 3, panel.samen: 3})
    fill(db, late, late.member, {panel.vak: 3}, submit=False)
    today = make_interview(db, "Mehmet", TODAY, vacancy=panel.vacancy)  # under way today
    with db.session() as session:
        row = session.get(Interview, today.interview)
        assert row is not None
        row.started_at = _at(TODAY, 9)
        row.feedback_date = TODAY
        session.add(row)

    result = follow_up(db, TODAY)

    assert [
        (a.candidate_name, a.feedback_date, a.overdue, a.decided) for a in result.awaiting_feedback
    ] == [
        ("Thijs van Dijk", TODAY - timedelta(days=2), True, False),
        ("Daniëlle Kok", TODAY + timedelta(days=1), False, True),
    ]
    assert result.overdue == 1
    assert [(o.candidate_name, o.name, o.state) for o in result.open_assessments] == [
        ("Thijs van Dijk", "René", "in_progress"),
        ("Thijs van Dijk", "Inge", "not_started"),
    ]
    assert_no_scores(list(result.awaiting_feedback))
    assert_no_scores(list(result.open_assessments))

    # Told the outcome: Daniëlle is rejected and off the list.
    assert record_feedback_given(db, panel.interview) == "rejected"
    assert [a.candidate_name for a in follow_up(db, TODAY).awaiting_feedback] == ["Thijs van Dijk"]
    # A decision ends the chase for open forms, even if one is still open.
    save_decision(db, late.interview, DecisionDraft("hold", "Wachten", override_reason="Inge ziek"))
    assert follow_up(db, TODAY).open_assessments == ()


def test_follow_up_after_next_round_feedback_waits_for_the_next_interview(
    db: Database, panel: Panel
) -> None:
    save_decision(
        db,
        panel.interview,
        DecisionDraft(
            "next_round", "Door", feedback_date=TODAY, override_reason="Geen formulieren"
        ),
    )
    assert [a.candidate_name for a in follow_up(db, TODAY).awaiting_feedback] == ["Daniëlle Kok"]
    assert record_feedback_given(db, panel.interview) == "invited"
    assert follow_up(db, TODAY).awaiting_feedback == ()
