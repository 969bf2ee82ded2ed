"""The printed interview report, read back with pypdf: the interview as it went, the
panel's scores only once every form is in, and the decision."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from interviewdesk.domain.agenda import default_agenda
from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import DocumentExportError, write_interview_report
from interviewdesk.store.assessments import (
    AssessmentEdit,
    RatingEdit,
    decision_of,
    open_form,
    panel_scores,
    reopen_form,
    save_form,
    submit_form,
)
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import (
    CandidateQuestionEdit,
    InterviewEdit,
    StageEdit,
)
from interviewdesk.store.interview_records import (
    add_candidate_question,
    apply_changes,
    load_session,
)
from tests.reports.pdf_support import (
    DIACRITICS,
    assert_in_order,
    catalog_language,
    flat,
    font_names,
    long_note,
    page_count,
    page_texts,
    text_of,
)


def test_report_of_a_decided_interview(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    interview = ids.completed_interview_id
    session = load_session(db, interview)
    view = panel_scores(db, interview, None)
    decision = decision_of(db, interview)
    assert decision is not None
    path = write_interview_report(db, interview, tmp_path / "report.pdf")
    text = text_of(path)
    assert page_count(path) >= 4
    assert "Gespreksverslag" in text
    for expected in ("Daniëlle Kok", "Servicemonteur installatietechniek", session.location,
                     "Sanne de Vries — Voorzitter", "René Mulder", "Inge Meijer"):
        assert expected in text
    # Every stage of the agenda, its checklist, and its notes.
    for stage in default_agenda().stages:
        assert stage.name.nl in text
        for item in stage.items:
            if stage.key == "preparation":  # desk work, not the interview's record
                assert item.label.nl not in text
            else:
                assert f"☑ {item.label.nl}" in text
        if session.stage(stage.key).notes:
            assert flat(session.stage(stage.key).notes) in text
    # Every question of the kit with what was noted, STAR parts included.
    for question in session.questions:
        assert flat(question.text) in text
        answer = session.answer(question.id)
        for part in (answer.notes, answer.situation, answer.task, answer.action, answer.result):
            if part:
                assert flat(part) in text
    assert "Situatie" in text and "Resultaat" in text
    assert flat(session.next_steps) in text
    # The matrix: each rater's score per competency, means in Dutch notation.
    assert "Gewogen totaal" in text and "Spreiding" in text
    assert "Panelscore" in text  # the glossary's word for the agreed score
    assert "3,7" in text
    flagged = [row for row in view.rows if row.flag is not None]
    assert flagged
    for row in flagged:
        assert row.name in text
        assert row.consensus is not None
        assert flat(row.consensus.reason) in text
    assert "Klantgerichtheid — Scores Sanne de Vries 3 · René Mulder 2 · Inge Meijer 4" in text
    for rater in view.raters:
        assert flat(rater.strengths) in text
    # The decision.
    assert "Door naar de volgende ronde" in text
    assert flat(decision.rationale) in text
    assert flat(decision.next_steps) in text


def test_report_of_an_interview_still_waiting_for_a_form_prints_no_scores(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    interview = ids.waiting_interview_id
    sanne, rene, inge = ids.waiting_panel_member_ids
    # A submitted member's form with evidence that must not leak before René submits.
    form = open_form(db, interview, sanne)
    reopen_form(db, form.assessment_id, "Nog iets toevoegen")
    save_form(db, form.assessment_id, [
        RatingEdit(form.competencies[0].id, evidence="GEHEIM-bewijs-Sanne"),
        AssessmentEdit(strengths="GEHEIM-sterk-Sanne"),
    ])
    submit_form(db, form.assessment_id, accept_not_assessed=True)
    drafts = open_form(db, interview, rene)
    path = write_interview_report(db, interview, tmp_path / "report.pdf")
    text = text_of(path)
    assert "Thijs van Dijk" in text
    assert "De scores van het panel zijn nog niet compleet" in text
    assert "Nog niet ingediend: René Mulder" in text
    assert "Wel ingediend: Sanne de Vries en Inge Meijer" in text
    assert "GEHEIM" not in text
    assert "Gewogen totaal" not in text and "Spreiding" not in text
    assert "Kleur per score" not in text
    for rating in drafts.ratings.values():  # René's draft either
        if rating.evidence:
            assert flat(rating.evidence) not in text
    for other in (sanne, inge):
        for rating in open_form(db, interview, other).ratings.values():
            if rating.evidence and rating.evidence not in load_session(db, interview).stage(
                    "assessment").notes:
                assert flat(rating.evidence) not in text
    assert "Het panel heeft nog geen besluit genomen." in text


@pytest.mark.parametrize("paragraphs", [True, False], ids=["paragraphs", "one-block"])
def test_a_ten_page_stage_note_arrives_whole(db: Database, ids: ExampleIds, tmp_path: Path,
                                             paragraphs: bool) -> None:
    interview = ids.completed_interview_id
    note, markers = long_note(prefix="merk")
    if not paragraphs:  # typed without a single blank line: one block of ten pages
        note = note.replace("\n\n", "\n")
    apply_changes(db, interview, [StageEdit("experience", notes=note)])
    path = write_interview_report(db, interview, tmp_path / "report.pdf")
    assert page_count(path) >= 5 + 10  # the report without the note has five pages
    text = text_of(path)
    assert_in_order(text, markers)
    # The note sits in its stage, before the next stage's heading.
    assert text.index("3. Vragen over werkervaring") < text.index(markers[0])
    assert text.index(markers[-1]) < text.index("4. Vragen over vaardigheden")


def test_candidate_questions_answers_and_diacritics(db: Database, ids: ExampleIds,
                                                    tmp_path: Path) -> None:
    interview = ids.completed_interview_id
    asked = add_candidate_question(db, interview, "Hoe ziet de storingsdienst eruit?")
    open_one = add_candidate_question(db, interview, "Is er een leaseauto?")
    apply_changes(db, interview, [
        CandidateQuestionEdit(asked.id, answer="Eens per vijf weken, met € 40 toeslag."),
        CandidateQuestionEdit(asked.id, answered=True),
        StageEdit("opening", notes=DIACRITICS),
    ])
    text = text_of(write_interview_report(db, interview, tmp_path / "report.pdf"))
    assert "☑ Hoe ziet de storingsdienst eruit?" in text
    assert "Eens per vijf weken, met € 40 toeslag." in text
    assert f"☐ {open_one.question}" in text and "nog niet beantwoord" in text
    assert DIACRITICS in text


def test_english_report_with_metadata_and_page_numbers(db: Database, ids: ExampleIds,
                                                        tmp_path: Path) -> None:
    path = write_interview_report(db, ids.completed_interview_id, tmp_path / "report.pdf",
                                  language="en", page_size="Letter")
    pages = page_texts(path)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Daniëlle Kok" in page
    text = text_of(path)
    assert "Interview report" in text and "Course of the interview" in text
    assert "Next round" in text and "Weighted total" in text and "3.7" in text
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == "Interview report – Daniëlle Kok – Servicemonteur installatietechniek"
    assert meta.author == "InterviewDesk"
    assert meta.subject == ("Report of the interview with Daniëlle Kok for Servicemonteur "
                            "installatietechniek")
    assert catalog_language(path) == "en-GB"
    assert all("DejaVuSans" in name and "not embedded" not in name for name in font_names(path))


def test_report_of_an_interview_under_way(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    path = write_interview_report(db, ids.in_progress_interview_id, tmp_path / "report.pdf")
    pages = page_texts(path)
    assert f"Pagina 1 van {len(pages)}" in pages[0]
    text = text_of(path)
    assert "Mehmet Öztürk" in text
    assert "☐ Kandidaat bedanken" in text  # the closing is still to come
    assert "Nog niet ingediend: Sanne de Vries en René Mulder" in text


def test_unknown_interview(db: Database, tmp_path: Path) -> None:
    with pytest.raises(DocumentExportError) as error:
        write_interview_report(db, 424242, tmp_path / "report.pdf", language="en")
    assert error.value.reason == "no_interview"
    assert str(error.value) == "Interview 424242 does not exist (any more)."


def test_the_report_tells_what_happened(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    decided = text_of(write_interview_report(db, ids.completed_interview_id,
                                             tmp_path / "decided.pdf"))
    assert "stelde geen vragen" not in decided
    assert "nog niet beantwoord" not in decided
    assert "Welke opleidingen voor warmtepompen bieden jullie aan?" in decided
    assert "☑ Panelbespreking — het panel heeft een besluit vastgelegd" in decided
    assert "3 van 3 beoordelingsformulieren ingediend" in decided
    assert "Review vacatureomschrijving" not in decided  # no preparation checklist
    waiting = text_of(write_interview_report(db, ids.waiting_interview_id,
                                             tmp_path / "waiting.pdf"))
    assert "☐ Panelbespreking — nog geen besluit vastgelegd" in waiting
    assert "☐ Beoordelingsformulier invullen — 2 van 3" in waiting


def test_a_typed_answer_counts_as_answered_in_the_report(db: Database, ids: ExampleIds,
                                                         tmp_path: Path) -> None:
    question = add_candidate_question(db, ids.interview_id, "Is er een bus van de zaak?")
    apply_changes(db, ids.interview_id, [CandidateQuestionEdit(
        question.id, answer="Ja, vanaf de eerste dag.")])
    text = text_of(write_interview_report(db, ids.interview_id, tmp_path / "r.pdf"))
    assert "☑ Is er een bus van de zaak?" in text
    assert "nog niet beantwoord" not in text


def in_order(text: str, phrases: list[str]) -> None:
    """Each phrase occurs in ``text``, after the one before it."""
    at = 0
    for phrase in phrases:
        found = text.find(phrase, at)
        assert found >= 0, phrase
        at = found + len(phrase)


def test_the_report_is_signed_off_with_forms_before_the_decision(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    path = write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf")
    text = text_of(path)
    # The sign-off block: drawn up by, the chair by name, place, date, signature, who decided.
    in_order(text, ["Vastgesteld", "Opgesteld door", "Plaats", "Voorzitter Sanne de Vries",
                    "Datum", "Handtekening", "Besloten door: Sanne de Vries "
                    "(Voorzitter), René Mulder (Panellid), Inge Meijer (HR)"])
    # Each rater's evidence per competency, now that every form is in.
    view = panel_scores(db, ids.completed_interview_id, None)
    assert "Onderbouwing per beoordelaar" in text
    for row in view.rows:
        for evidence in row.evidence:
            if evidence.strip():
                assert flat(evidence) in text
    # The forms' submission times next to the decision's, scoring first.
    in_order(text, ["Eerst gescoord, dan besloten", "Beoordelingsformulier Sanne de Vries",
                    "Beoordelingsformulier René Mulder",
                    "Beoordelingsformulier Inge Meijer", "Besluit van het panel"])
    assert "Totaalscore van het panel" not in text  # the total is in the matrix, once
    # Decision, rationale and next steps on one page; the last page is not near-empty.
    pages = page_texts(path)
    decision_page = next(p for p in pages if "Door naar de volgende ronde" in p)
    assert "Motivering" in decision_page and "Vervolgstappen" in decision_page
    assert "Eerst gescoord, dan besloten" in pages[-1]  # never a signature block alone


def test_no_evidence_nor_scores_before_every_form_is_in(db: Database, ids: ExampleIds,
                                                         tmp_path: Path) -> None:
    text = text_of(write_interview_report(db, ids.waiting_interview_id, tmp_path / "r.pdf"))
    assert "Onderbouwing per beoordelaar" not in text
    assert "Besloten door" not in text  # no decision yet: nothing to sign off


def test_the_closing_remarks_and_follow_up_notes_are_printed_in_their_place(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    from interviewdesk.example.panel_texts import COMPLETED
    from interviewdesk.reports.dossier import write_dossier

    interview = ids.completed_interview_id
    text = text_of(write_interview_report(db, interview, tmp_path / "report.pdf"))
    remarks, follow_up = flat(COMPLETED.candidate_remarks), flat(COMPLETED.follow_up_notes)
    closing = text.index("Opmerkingen van de kandidaat over de procedure")
    assert text.index("Vervolgstappen") < closing < text.index(remarks)
    assert text.index(remarks) < text.index(
        "Notities voor een onderhandeling of vervolggesprek") < text.index(follow_up)
    dossier = text_of(write_dossier(db, interview, tmp_path / "dossier.pdf", language="en"))
    assert "The candidate's remarks about the process" in dossier and remarks in dossier
    assert "Notes for a negotiation or follow-up conversation" in dossier
    assert follow_up in dossier

    # Nothing typed: said so, not left blank; the fields stay apart.
    apply_changes(db, interview, [InterviewEdit(candidate_remarks=""),
                                  InterviewEdit(follow_up_notes=DIACRITICS)])
    text = text_of(write_interview_report(db, interview, tmp_path / "again.pdf"))
    after = text[text.index("Opmerkingen van de kandidaat over de procedure"):]
    assert after.split("Notities voor een onderhandeling")[0].strip().endswith(
        "Niets genoteerd.")
    assert DIACRITICS in after
