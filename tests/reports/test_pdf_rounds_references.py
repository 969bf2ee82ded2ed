"""Second rounds and reference checks in the documents: the report of a second round
names the first, the dossier prints the reference checks with their consent, and the
access export (PDF and JSON) holds them."""

import json
from pathlib import Path

from interviewdesk.example import texts as example_texts
from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import write_dossier, write_interview_report
from interviewdesk.reports.access_export import write_access_export
from interviewdesk.store.database import Database
from interviewdesk.store.interviews import (
    InterviewDraft,
    PanelSeat,
    load_interview_draft,
    save_interview,
)
from interviewdesk.store.reference_checks import references_of
from interviewdesk.store.rounds import application_of
from tests.reports.pdf_support import flat, text_of

REFERENCE = example_texts.REFERENCE_CHECK


def _second_round(db: Database, ids: ExampleIds, first: int) -> int:
    draft = load_interview_draft(db, first)
    return save_interview(db, InterviewDraft(
        candidate_id=draft.candidate_id, vacancy_id=draft.vacancy_id,
        panel=[PanelSeat(ids.interviewer_ids[0], "chair")], follows_interview_id=first))


def test_the_report_of_a_second_round_names_the_first(db: Database, ids: ExampleIds,
                                                      tmp_path: Path) -> None:
    second = _second_round(db, ids, ids.completed_interview_id)
    dutch = text_of(write_interview_report(db, second, tmp_path / "nl.pdf"))
    assert "Tweede ronde na het gesprek van" in dutch
    assert "(besluit: Door naar de volgende ronde)" in dutch
    english = text_of(write_interview_report(db, second, tmp_path / "en.pdf", language="en"))
    assert "Second round after the interview of" in english
    assert "(decision: Next round)" in english
    first = text_of(write_interview_report(db, ids.completed_interview_id, tmp_path / "f.pdf"))
    assert "Tweede ronde" not in first
    # An undecided first round is named without a decision.
    waiting = _second_round(db, ids, ids.waiting_interview_id)
    text = text_of(write_interview_report(db, waiting, tmp_path / "w.pdf", language="en"))
    assert "Second round after the interview of" in text and "(decision:" not in text


def test_the_dossier_prints_the_reference_checks_with_their_consent(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    text = text_of(write_dossier(db, ids.completed_interview_id, tmp_path / "d.pdf"))
    assert "Referenties" in text
    assert "Referentie opvragen (Hollander Techniek (huidige werkgever)): gegeven op" in text
    assert f"{REFERENCE['referee_name']} — {REFERENCE['relation']}" in text
    assert "door Inge Meijer" in text and REFERENCE["phone"] in text
    for line in (*REFERENCE["asked"].splitlines(), *REFERENCE["said"].splitlines()):
        assert flat(line) in text
    # Thijs has none: no section at all.
    other = text_of(write_dossier(db, ids.waiting_interview_id, tmp_path / "t.pdf"))
    assert "Referenties" not in other


def test_the_access_export_holds_the_reference_checks(db: Database, ids: ExampleIds,
                                                      tmp_path: Path) -> None:
    application = application_of(db, ids.completed_interview_id)
    assert application is not None
    (check,) = references_of(db, application[0])
    written = write_access_export(db, application[1], tmp_path / "out", language="en")
    held = json.loads(written.json.read_text(encoding="utf-8"))
    (saved,) = held["applications"][0]["reference_checks"]
    assert saved["referee"] == check.referee_name and saved["said"] == check.said
    text = text_of(written.pdf)
    assert "Reference checks" in text and REFERENCE["referee_name"] in text
    assert flat(REFERENCE["said"].splitlines()[2]) in text


def test_a_hostile_and_long_reference_is_printed_literally_and_whole(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    from datetime import date

    from interviewdesk.domain.reference_checks import TEXT_MAX, ReferenceDraft
    from interviewdesk.store.reference_checks import add_reference

    application = application_of(db, ids.completed_interview_id)
    assert application is not None
    words = " ".join(f"woord{n}" for n in range(TEXT_MAX // 10))[:TEXT_MAX]
    add_reference(db, application[0], ReferenceDraft(
        referee_name="<b>Jan</b> & <i>Co</i>", called_on=date.today(),
        interviewer_id=ids.interviewer_ids[0], email="jan@example.org",
        asked="<font size=40>Wat?</font>", said=words))
    text = text_of(write_dossier(db, ids.completed_interview_id, tmp_path / "d.pdf"))
    assert "<b>Jan</b> & <i>Co</i>" in text and "<font size=40>Wat?</font>" in text
    assert words.split()[-2] in text  # the end of the longest text is there too
