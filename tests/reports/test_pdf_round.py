"""The report of a round the chair closed early says so — when, by whom, why, who is
missing — and later marks the form submitted after it closed; an open round prints
no member's scores or evidence."""

from pathlib import Path

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import write_interview_report
from interviewdesk.store.assessments import close_round, read_form
from interviewdesk.store.database import Database
from tests.reports.pdf_support import text_of
from tests.ui.assessment.panel_fixtures import submit


def flat(path: Path) -> str:
    return " ".join(text_of(path).split())


def test_an_open_round_prints_notes_but_no_members_evidence(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    sanne = ids.waiting_panel_member_ids[0]
    form = read_form(db, ids.waiting_interview_id, sanne, sanne)
    text = flat(write_interview_report(db, ids.waiting_interview_id, tmp_path / "r.pdf"))
    assert "Nog niet ingediend: René Mulder" in text
    for rating in form.ratings.values():
        if len(rating.evidence) > 30:
            assert " ".join(rating.evidence.split())[:30] not in text


def test_the_report_says_the_round_was_closed_early_and_marks_a_late_form(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    interview = ids.waiting_interview_id
    sanne, rene, _inge = ids.waiting_panel_member_ids
    close_round(db, interview, sanne, "René is met verlof tot maart")

    text = flat(write_interview_report(db, interview, tmp_path / "r.pdf"))
    assert "eerder gesloten door Sanne de Vries" in text
    assert "Reden: René is met verlof tot maart" in text
    assert "Nog niet ingediend: René Mulder" in text

    submit(db, interview, rene, dict.fromkeys(ids.competency_ids, 3))
    later = flat(write_interview_report(db, interview, tmp_path / "r2.pdf"))
    assert "Ingediend na het sluiten van de ronde: René Mulder" in later
    assert "Nog niet ingediend" not in later
