"""The return package: only a submitted form goes back, it is added on the chair's
laptop as submitted, and a second, changed return waits for the chair."""

from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk.exchange import (
    FormNotSubmitted,
    NotThisLaptopsMember,
    PackageError,
    build_panel_package,
    build_return_package,
    decide_change,
    import_package,
    pending_count,
    read_package,
    returned_changes,
    write_package,
)
from interviewdesk.store.assessments import (
    AssessmentEdit,
    RatingEdit,
    load_form,
    open_form,
    panel_scores,
    reopen_form,
    save_form,
    status_of_forms,
    submit_form,
)
from interviewdesk.store.database import Database
from interviewdesk.store.models import Assessment, Competency, PanelMember, StageRecord
from tests.exchange.conftest import Chair
from tests.exchange.package_tools import dump


def on_member_laptop(chair: Chair, member_db: Database, tmp_path: Path, *,
                     keep_draft: bool = False) -> tuple[int, int]:
    """Import René's panel package; his (interview id, panel member id) there. The
    example has his draft on the chair's laptop: gone, unless ``keep_draft``, since he
    scores on his own laptop."""
    if not keep_draft:
        with chair.db.session() as session:
            session.delete(session.exec(select(Assessment).where(
                Assessment.panel_member_id == chair.rene)).one())
    package = build_panel_package(chair.db, chair.interview_id, chair.rene)
    result = import_package(member_db, write_package(package, tmp_path / "panel.idpkg"))
    with member_db.session() as session:
        seat = session.exec(select(PanelMember).where(
            PanelMember.uuid == package.header["panel_member"])).one()
    return result.interview_id or 0, int(seat.id or 0)


def score(db: Database, interview_id: int, member_id: int, scores: list[int],
          recommendation: str = "yes") -> int:
    form = open_form(db, interview_id, member_id)
    with db.session() as session:
        competencies = [c.id for c in session.exec(select(Competency).order_by(
            Competency.position, Competency.id))]
    changes = [RatingEdit(int(cid or 0), score=value) for cid, value in zip(competencies, scores,
                                                                        strict=True)]
    save_form(db, form.assessment_id, [*changes, AssessmentEdit(recommendation=recommendation),
                                       AssessmentEdit(strengths="Kalm en grondig.")])
    submit_form(db, form.assessment_id)
    return form.assessment_id


def return_file(member_db: Database, interview_id: int, member_id: int, path: Path,
                *, with_notes: bool = False) -> Path:
    package = build_return_package(member_db, interview_id, member_id, with_notes=with_notes)
    return write_package(package, path)


def test_an_unsubmitted_form_is_not_returned(chair: Chair, member_db: Database,
                                             tmp_path: Path) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    with pytest.raises(FormNotSubmitted, match="not submitted; submit it first"):
        build_return_package(member_db, interview_id, member_id)
    open_form(member_db, interview_id, member_id)
    with pytest.raises(FormNotSubmitted):
        build_return_package(member_db, interview_id, member_id)


def test_only_the_member_the_panel_package_was_for_can_return(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    with member_db.session() as session:
        sanne = session.exec(select(PanelMember).where(
            PanelMember.interview_id == interview_id, PanelMember.id != member_id)).first()
    assert sanne is not None
    with pytest.raises(NotThisLaptopsMember, match="own laptop"):
        build_return_package(member_db, interview_id, int(sanne.id or 0))
    sanne_on_chair = chair.ids.waiting_panel_member_ids[0]  # submitted, on the chair's laptop
    with pytest.raises(NotThisLaptopsMember):
        build_return_package(chair.db, chair.interview_id, sanne_on_chair)


def test_the_return_holds_only_the_members_own_form(chair: Chair, member_db: Database,
                                                     tmp_path: Path) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    score(member_db, interview_id, member_id, [4, 3, 4, 5, 3])
    package = read_package(return_file(member_db, interview_id, member_id,
                                       tmp_path / "r.idpkg"))
    assert set(package.tables) == {"form", "rating", "reopening"}
    assert [r["score"] for r in package.table("rating")] == [4, 3, 4, 5, 3]


def test_the_chair_gets_the_form_as_submitted_and_the_panel_sees_both(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    with member_db.session() as session:  # René took notes on his own laptop
        session.add(StageRecord(interview_id=interview_id, stage="skills",
                                notes="Legt de storingsboom helder uit."))
    score(member_db, interview_id, member_id, [4, 3, 4, 5, 3])
    path = return_file(member_db, interview_id, member_id, tmp_path / "r.idpkg",
                       with_notes=True)

    result = import_package(chair.db, path)

    assert (result.outcome, result.member_name) == ("submitted", "René Mulder")
    assert result.notes_added == 1
    states = {s.panel_member_id: s.state for s in status_of_forms(chair.db, chair.interview_id)}
    assert set(states.values()) == {"submitted"}
    view = panel_scores(chair.db, chair.interview_id, chair.ids.waiting_panel_member_ids[0])
    assert {rater.name for rater in view.raters} == {"Sanne de Vries", "René Mulder",
                                                     "Inge Meijer"}
    column = [rater.name for rater in view.raters].index("René Mulder")
    assert [row.scores[column] for row in view.rows] == [4, 3, 4, 5, 3]
    with chair.db.session() as session:
        record = session.exec(select(StageRecord).where(
            StageRecord.interview_id == chair.interview_id,
            StageRecord.stage == "skills")).one()
    assert "— René Mulder —\nLegt de storingsboom helder uit." in record.notes
    before = dump(chair.db)
    assert import_package(chair.db, path).outcome == "already_imported"
    assert dump(chair.db) == before


def test_a_second_return_is_a_change_for_the_chair_to_accept(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    assessment_id = score(member_db, interview_id, member_id, [4, 3, 4, 5, 3])
    import_package(chair.db, return_file(member_db, interview_id, member_id,
                                         tmp_path / "one.idpkg"))
    chair_form = open_form(chair.db, chair.interview_id, chair.rene)
    reopen_form(member_db, assessment_id, "Klantgerichtheid te laag ingeschat")
    with member_db.session() as session:
        klant = session.exec(select(Competency).where(
            Competency.name == chair_form.competencies[1].name)).one()
    save_form(member_db, assessment_id, [RatingEdit(int(klant.id or 0), score=4)])
    submit_form(member_db, assessment_id)

    result = import_package(chair.db, return_file(member_db, interview_id, member_id,
                                                  tmp_path / "two.idpkg"))

    assert result.outcome == "pending_change"
    assert "waits for the chair" in result.summary()
    assert load_form(chair.db, chair_form.assessment_id).rating(
        chair_form.competencies[1].id).score == 3  # not applied over the form in
    assert pending_count(chair.db, chair.interview_id) == 1
    chair_seat = chair.ids.waiting_panel_member_ids[0]
    (change,) = returned_changes(chair.db, chair.interview_id, chair_seat)
    assert change.member_name == "René Mulder"
    assert change.reason == "Klantgerichtheid te laag ingeschat"
    assert change.scores_visible  # every form is in: the chair may see scores
    changed = [r for r in change.ratings if r.changed]
    assert [(r.competency, r.old_score, r.new_score) for r in changed] == [
        (chair_form.competencies[1].name, 3, 4)]

    decide_change(chair.db, change.id, accept=True)

    form = load_form(chair.db, chair_form.assessment_id)
    assert form.rating(chair_form.competencies[1].id).score == 4 and form.submitted
    assert [r.reason for r in form.reopenings] == ["Klantgerichtheid te laag ingeschat"]
    assert returned_changes(chair.db, chair.interview_id, chair_seat) == []


def test_a_declined_change_leaves_the_form_and_hidden_scores_stay_hidden(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    assessment_id = score(member_db, interview_id, member_id, [4, 3, 4, 5, 3])
    import_package(chair.db, return_file(member_db, interview_id, member_id,
                                         tmp_path / "one.idpkg"))
    reopen_form(member_db, assessment_id, "Aanbeveling herzien")
    save_form(member_db, assessment_id, [AssessmentEdit(recommendation="strong_yes")])
    submit_form(member_db, assessment_id)
    import_package(chair.db, return_file(member_db, interview_id, member_id,
                                         tmp_path / "two.idpkg"))
    sanne = chair.ids.waiting_panel_member_ids[0]
    # Sanne's form reopened: she may not see René's scores now, nor may anyone outside.
    reopen_form(chair.db, open_form(chair.db, chair.interview_id, sanne).assessment_id, "typo")
    (hidden,) = returned_changes(chair.db, chair.interview_id, sanne)
    assert not hidden.scores_visible and hidden.ratings == ()
    assert hidden.new_recommendation is None and hidden.reason == "Aanbeveling herzien"

    decide_change(chair.db, hidden.id, accept=False)

    assert load_form(chair.db, open_form(chair.db, chair.interview_id,
                                         chair.rene).assessment_id).recommendation == "yes"
    assert pending_count(chair.db, chair.interview_id) == 0


def test_a_draft_on_the_chairs_laptop_is_not_written_over(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path, keep_draft=True)
    score(member_db, interview_id, member_id, [4, 3, 4, 5, 3])
    draft = open_form(chair.db, chair.interview_id, chair.rene)

    result = import_package(chair.db, return_file(member_db, interview_id, member_id,
                                                  tmp_path / "r.idpkg"))

    assert result.outcome == "pending_change"
    assert load_form(chair.db, draft.assessment_id) == draft


def test_a_return_for_an_interview_this_laptop_lacks_is_refused(
        chair: Chair, member_db: Database, tmp_path: Path, ) -> None:
    interview_id, member_id = on_member_laptop(chair, member_db, tmp_path)
    score(member_db, interview_id, member_id, [4, 3, 4, 5, 3])
    path = return_file(member_db, interview_id, member_id, tmp_path / "r.idpkg")
    with member_db.session() as session:
        session.delete(session.exec(select(PanelMember).where(
            PanelMember.id == member_id)).one())
    other = tmp_path / "other"
    from interviewdesk.store.startup import open_store

    empty = open_store(other)
    try:
        before = dump(empty)
        with pytest.raises(PackageError, match="not on this laptop"):
            import_package(empty, path)
        assert dump(empty) == before
    finally:
        empty.close()
