"""Full-text hits with their place: the candidate and vacancy, the interview and its
date, the stage (and question) of a note; evidence never; nothing after an erasure."""

from pathlib import Path
from typing import Any

from sqlmodel import select

from interviewdesk.store.database import Database
from interviewdesk.store.erasure import erase_candidate
from interviewdesk.store.interview_edits import InterviewEdit
from interviewdesk.store.interview_records import apply_changes
from interviewdesk.store.models import Assessment, Competency, Interview, PanelMember, Rating
from interviewdesk.store.search_places import search_places
from tests.store.test_search import danielle, db  # noqa: F401 - fixtures


def test_each_hit_says_where_it_is(db: Database, danielle: tuple[int, int]) -> None:  # noqa: F811
    candidate_id, interview_id = danielle
    apply_changes(db, interview_id, [
        InterviewEdit(follow_up_notes="Wil een leasefiets.")])
    with db.session() as session:
        interview = session.get(Interview, interview_id)
        scheduled = interview.scheduled_at

    [cv] = search_places(db, "storingsdienst")
    assert (cv.kind, cv.candidate_id, cv.candidate_name, cv.interview_id, cv.stage) == (
        "cv", candidate_id, "Daniëlle Kok", None, "")
    assert cv.vacancy_id is not None and cv.vacancy_title
    assert cv.snippet == "Vijf jaar «storingsdienst» bij Installatiebedrijf Gerritsen."

    [stage] = search_places(db, "zonnepanelen")
    assert (stage.kind, stage.interview_id, stage.stage, stage.question_id) == (
        "stage_notes", interview_id, "introduction", None)
    assert stage.interview_at is not None
    assert stage.interview_at.replace(tzinfo=None) == scheduled.replace(tzinfo=None)
    assert stage.vacancy_id == cv.vacancy_id

    [answer] = search_places(db, "lekkage")
    assert (answer.kind, answer.stage) == ("answer_notes", "competencies")
    assert answer.question_id is not None

    [closing] = search_places(db, "leasefiets")
    assert (closing.kind, closing.stage, closing.interview_id) == (
        "closing_notes", "closing", interview_id)
    assert search_places(db, "") == search_places(db, "«»*") == []


def test_evidence_is_never_found_and_an_erasure_leaves_no_hit(
        db: Database, danielle: tuple[int, int], data_dir: Path) -> None:  # noqa: F811
    candidate_id, interview_id = danielle
    with db.session() as session:
        member = session.exec(select(PanelMember).where(
            PanelMember.interview_id == interview_id)).first()
        competency = session.exec(select(Competency)).first()
        assessment = Assessment(interview_id=interview_id, panel_member_id=member.id)
        session.add(assessment)
        session.flush()
        session.add(Rating(assessment_id=assessment.id, competency_id=competency.id, score=4,
                           evidence="Xylofoonachtige onderbouwing"))
    assert search_places(db, "xylofoonachtige") == []
    apply_changes(db, interview_id, [
        InterviewEdit(candidate_remarks="Vond de koffie lauw.")])
    assert len(search_places(db, "koffie lauw")) == 1
    erase_candidate(db, data_dir, candidate_id, reason="request", erased_by="test")
    for word in ("koffie", "storingsdienst", "zonnepanelen", "lekkage", "Daniëlle"):
        assert search_places(db, word) == []


def test_a_word_in_very_many_rows_lists_the_newest_first(
        db: Database, danielle: tuple[int, int], monkeypatch: Any) -> None:  # noqa: F811
    from interviewdesk.store import search_places as module

    candidate_id, interview_id = danielle
    apply_changes(db, interview_id, [
        InterviewEdit(candidate_remarks="Gerritsen kende ze al.")])
    ranked = [hit.kind for hit in search_places(db, "gerritsen")]
    assert sorted(ranked) == ["closing_notes", "cv"]
    if not db.is_sqlite:
        return  # ranking against newest-first is FTS5's; a team server lists by kind
    monkeypatch.setattr(module, "RANKED_MAX", 1)
    newest = search_places(db, "gerritsen")
    assert len(newest) == 2 and {h.candidate_id for h in newest} == {candidate_id}
    by_rowid = sorted([(interview_id * 8 + 5, "closing_notes"), (candidate_id * 8 + 1, "cv")],
                      reverse=True)
    assert [h.kind for h in newest] == [kind for _rowid, kind in by_rowid]
