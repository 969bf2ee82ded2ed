"""The store's side of blind scoring: reading a member's form through the rule,
closing the round early, late forms, and the audit trail (on the example data:
Thijs van Dijk's interview waits for René Mulder's form)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store import audit
from interviewdesk.store.assessments import (
    AssessmentEdit,
    CloseRefused,
    FormEdit,
    RatingEdit,
    ScoresHidden,
    close_round,
    open_form,
    open_own_form,
    panel_scores,
    read_form,
    reopen_form,
    round_state,
    save_form,
    status_of_forms,
    submit_form,
    vacancy_comparison,
)
from interviewdesk.store.database import Database
from interviewdesk.store.startup import open_store


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def finish(db: Database, interview_id: int, member: int) -> None:
    """Score what ``member`` left open in their example form, and submit it."""
    form = open_form(db, interview_id, member)
    changes: list[FormEdit] = [RatingEdit(c.id, score=3) for c in form.competencies
                               if form.rating(c.id).state != "scored"]
    save_form(db, form.assessment_id, [*changes, AssessmentEdit(recommendation="no")])
    submit_form(db, form.assessment_id)


def test_a_members_form_is_read_only_by_that_member_while_the_round_is_open(
        db: Database, example: ExampleIds) -> None:
    interview = example.waiting_interview_id
    sanne, rene, inge = example.waiting_panel_member_ids

    with pytest.raises(ScoresHidden) as raised:
        read_form(db, interview, sanne, rene)
    assert raised.value.reason == "viewer_not_submitted"
    assert raised.value.missing == ("René Mulder",)
    for asker in (inge, None, 12345):
        with pytest.raises(ScoresHidden) as raised:
            read_form(db, interview, sanne, asker)
        assert raised.value.reason == "others_not_submitted"
    assert read_form(db, interview, sanne, sanne).rater_name == "Sanne de Vries"
    assert read_form(db, interview, rene, rene).rater_name == "René Mulder"
    with pytest.raises(LookupError):
        read_form(db, interview, 999, None)

    finish(db, interview, rene)

    assert read_form(db, interview, sanne, None).submitted
    assert read_form(db, interview, sanne, rene).strengths


def test_the_chair_closes_the_round_early_with_a_reason_on_record(
        db: Database, example: ExampleIds) -> None:
    interview = example.waiting_interview_id
    sanne, rene, inge = example.waiting_panel_member_ids
    assert not round_state(db, interview).closed
    rows = {r.candidate_name: r for r in vacancy_comparison(db, example.vacancy_id).rows}
    assert rows["Thijs van Dijk"].overall is None

    with pytest.raises(CloseRefused, match="Only the chair"):
        close_round(db, interview, inge, "Ziek")
    with pytest.raises(CloseRefused, match="Say why"):
        close_round(db, interview, sanne, "  ")
    state = close_round(db, interview, sanne, "René is met verlof tot maart")

    assert (state.closed, state.all_in, state.closed_early) == (True, False, True)
    assert state.closed_by == "Sanne de Vries"
    assert state.reason == "René is met verlof tot maart"
    assert state.missing == ("René Mulder",) and state.missing_ids == (rene,)
    assert round_state(db, interview) == state
    with pytest.raises(CloseRefused, match="closed already"):
        close_round(db, interview, sanne, "Nog eens")
    # Everyone now sees the submitted forms, René (still open) and the command line too.
    assert read_form(db, interview, sanne, None).submitted
    view = panel_scores(db, interview, rene)
    assert [r.name for r in view.raters] == ["Sanne de Vries", "Inge Meijer"]
    assert view.closed_early and view.round.reason == "René is met verlof tot maart"
    rows = {r.candidate_name: r for r in vacancy_comparison(db, example.vacancy_id).rows}
    assert rows["Thijs van Dijk"].state == "complete"
    assert rows["Thijs van Dijk"].overall is not None
    entry = audit.trail(db, interview)[-1]
    assert (entry.kind, entry.actor, entry.subject, entry.detail) == (
        "round_closed", "Sanne de Vries", "René Mulder", "René is met verlof tot maart")


def test_a_form_open_when_the_round_closed_may_still_be_submitted_and_is_marked_late(
        db: Database, example: ExampleIds) -> None:
    interview = example.waiting_interview_id
    sanne, rene, _inge = example.waiting_panel_member_ids
    close_round(db, interview, sanne, "Besluit kan niet wachten")

    finish(db, interview, rene)

    states = {s.name: s for s in status_of_forms(db, interview)}
    assert states["René Mulder"].state == "submitted" and states["René Mulder"].late
    assert not states["Sanne de Vries"].late
    view = panel_scores(db, interview, None)
    assert len(view.raters) == 3 and not view.closed_early


def test_reopening_after_every_form_was_in_closes_the_view_again(
        db: Database, example: ExampleIds) -> None:
    interview = example.completed_interview_id
    member = example.completed_panel_member_ids[1]
    form = open_form(db, interview, member)
    reopen_form(db, form.assessment_id, "Score klantgerichtheid herzien")
    with pytest.raises(ScoresHidden):
        panel_scores(db, interview, None)
    assert not round_state(db, interview).closed


def test_the_trail_records_opening_submitting_and_reopening_without_scores(
        db: Database, example: ExampleIds) -> None:
    interview = example.waiting_interview_id
    sanne, rene, _inge = example.waiting_panel_member_ids
    before = len(audit.trail(db, interview))
    assert before == 5  # the example: three forms opened, two submitted

    open_own_form(db, interview, rene, pin_checked=True)
    open_own_form(db, interview, sanne, pin_checked=False)
    finish(db, interview, rene)
    reopen_form(db, open_form(db, interview, rene).assessment_id, "Bewijs aangevuld")

    lines = audit.trail(db, interview)[before:]
    assert [(line.kind, line.actor, line.detail) for line in lines] == [
        ("form_opened_pin", "René Mulder", ""),
        ("form_opened", "Sanne de Vries", ""),
        ("form_submitted", "René Mulder", ""),
        ("form_reopened", "René Mulder", "Bewijs aangevuld"),
    ]
    assert [line.at for line in lines] == sorted(line.at for line in lines)
    # No score and no evidence in the trail.
    everything = repr(audit.trail(db, interview))
    form = open_form(db, interview, sanne)
    for rating in form.ratings.values():
        if rating.evidence:
            assert rating.evidence not in everything
    assert "score" not in everything


def test_an_entry_of_an_unknown_kind_is_refused_and_package_imports_have_theirs(
        db: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    with pytest.raises(ValueError, match="not a kind"):
        audit.record(db, interview, "scores_copied", "Iemand")
    audit.record(db, interview, "package_imported", "Sanne de Vries", "panel.idpkg")
    (line,) = audit.trail(db, interview)
    assert (line.kind, line.detail) == ("package_imported", "panel.idpkg")
    with pytest.raises(LookupError):
        audit.trail(db, 999)


def test_an_entry_written_in_a_session_falls_with_its_transaction(
        db: Database, example: ExampleIds) -> None:
    interview = example.interview_id
    with pytest.raises(RuntimeError), db.session() as session:
        audit.record(session, interview, "round_closed", "Sanne de Vries", "Proef")
        raise RuntimeError("the change it records failed")
    assert audit.trail(db, interview) == []
