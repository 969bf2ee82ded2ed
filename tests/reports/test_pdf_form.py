"""The printed assessment form, read back with pypdf: the rater's own scores against
the anchors, evidence (however long), the texts, the page furniture and metadata."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import (
    DocumentExportError,
    write_assessment_form,
    write_interview_kit,
)
from interviewdesk.store.assessments import (
    AssessmentEdit,
    RatingEdit,
    open_form,
    save_form,
)
from interviewdesk.store.database import Database
from interviewdesk.store.vacancies import load_vacancy_draft, save_vacancy
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


def sanne(ids: ExampleIds) -> tuple[int, int]:
    """The chair's submitted form in the decided interview (Daniëlle Kok)."""
    return ids.completed_interview_id, ids.completed_panel_member_ids[0]


def rene_waiting(ids: ExampleIds) -> tuple[int, int]:
    """René's form in Thijs van Dijk's interview: still in progress, so it can be edited."""
    return ids.waiting_interview_id, ids.waiting_panel_member_ids[1]


def test_form_prints_the_raters_scores_anchors_and_evidence(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    interview, member = sanne(ids)
    form = open_form(db, interview, member)
    path = write_assessment_form(db, interview, member, tmp_path / "form.pdf")
    text = text_of(path)
    assert "Beoordelingsformulier" in text
    assert "Daniëlle Kok" in text
    assert "Servicemonteur installatietechniek" in text
    assert "Sanne de Vries (Voorzitter)" in text
    assert "Ingediend op" in text
    for competency in form.competencies:
        assert competency.name in text
        rating = form.rating(competency.id)
        # The chosen score is ticked: "☑ 4 Boven niveau".
        assert f"☑ {rating.score}" in text
        for anchor in competency.anchors:
            assert " ".join(anchor.split()) in text
        assert " ".join(rating.evidence.split()) in text
    # The scores, the recommendation, and the "(☑)" of the explanation at the top.
    assert text.count("☑") == len(form.competencies) + 2
    assert " ".join(form.strengths.split()) in text
    assert "☑ Aanraden" in text  # her recommendation
    assert page_count(path) >= 2


def test_form_shows_no_other_raters_evidence(db: Database, ids: ExampleIds, tmp_path: Path
                                             ) -> None:
    interview, member = sanne(ids)
    others = [open_form(db, interview, m) for m in ids.completed_panel_member_ids[1:]]
    text = text_of(write_assessment_form(db, interview, member, tmp_path / "form.pdf"))
    own = open_form(db, interview, member)
    own_text = " ".join(r.evidence for r in own.ratings.values())
    for other in others:
        assert other.rater_name not in text
        for rating in other.ratings.values():
            if rating.evidence and rating.evidence not in own_text:
                assert " ".join(rating.evidence.split()) not in text


def test_a_ten_page_evidence_note_arrives_whole(db: Database, ids: ExampleIds, tmp_path: Path
                                                ) -> None:
    interview, member = rene_waiting(ids)
    form = open_form(db, interview, member)
    note, markers = long_note(prefix="merk")
    first = form.competencies[0].id
    save_form(db, form.assessment_id, [RatingEdit(first, evidence=note + "\n\n" + DIACRITICS),
                                       RatingEdit(first, score=4)])
    path = write_assessment_form(db, interview, member, tmp_path / "form.pdf",
                                 asker=member)
    pages = page_texts(path)
    assert len(pages) >= 3 + 10  # the form without the note has three pages
    text = text_of(path)
    assert_in_order(text, markers)
    assert DIACRITICS in text
    # The note follows its competency's row and the next competency comes after it.
    assert text.index(form.competencies[0].name) < text.index(markers[0])
    assert text.index(markers[-1]) < text.index(f"2. {form.competencies[1].name}")


def test_rating_rows_are_never_split_over_two_pages(db: Database, ids: ExampleIds,
                                                    tmp_path: Path) -> None:
    interview, member = rene_waiting(ids)
    form = open_form(db, interview, member)
    # Evidence of a third of a page each pushes the rows to page ends in many places.
    changes = [RatingEdit(c.id, evidence="Onderbouwing " + "met voorbeeld uit de praktijk " * 60)
               for c in form.competencies]
    save_form(db, form.assessment_id, changes)
    path = write_assessment_form(db, interview, member, tmp_path / "form.pdf",
                                 asker=member)
    for page in page_texts(path):
        flat = " ".join(page.split())
        for competency in form.competencies:
            anchors = [" ".join(a.split()) for a in competency.anchors]
            present = [a in flat for a in anchors]
            # A row's five anchors are on one page, or none of them is.
            assert all(present) or not any(present), (competency.name, present)


def test_a_draft_says_so_and_marks_no_missing_score(db: Database, ids: ExampleIds,
                                                    tmp_path: Path) -> None:
    interview, member = rene_waiting(ids)
    form = open_form(db, interview, member)
    save_form(db, form.assessment_id, [AssessmentEdit(strengths=f"Sterk: {DIACRITICS}")])
    text = text_of(write_assessment_form(db, interview, member, tmp_path / "form.pdf",
                                 asker=member))
    assert "Concept: nog niet ingediend" in text
    assert "Nog geen score" in text  # competencies René has not touched
    assert "Niet beoordeeld" in text  # the one he marked not assessed
    assert f"Sterk: {DIACRITICS}" in text


def test_english_letter_form_with_metadata_and_page_numbers(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    interview, member = sanne(ids)
    path = write_assessment_form(db, interview, member, tmp_path / "form.pdf", language="en",
                                 page_size="Letter")
    reader = PdfReader(path)
    pages = page_texts(path)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Assessment form" in pages[0] and "Meets" in text_of(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Assessment form – Daniëlle Kok – Servicemonteur installatietechniek"
    assert meta.author == "Sanne de Vries"
    assert meta.subject == ("Assessment of Daniëlle Kok for Servicemonteur "
                            "installatietechniek, by Sanne de Vries")
    assert catalog_language(path) == "en-GB"


def test_dutch_a4_form_numbers_pages_and_embeds_dejavu(db: Database, ids: ExampleIds,
                                                       tmp_path: Path) -> None:
    interview, member = sanne(ids)
    path = write_assessment_form(db, interview, member, tmp_path / "form.pdf")
    pages = page_texts(path)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page
        assert "Daniëlle Kok" in page  # the candidate in every header
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    fonts = font_names(path)
    assert fonts and all("DejaVuSans" in name and "not embedded" not in name for name in fonts)
    assert catalog_language(path) == "nl-NL"


def test_wrong_interview_or_member_gives_a_clear_error(db: Database, ids: ExampleIds,
                                                       tmp_path: Path) -> None:
    with pytest.raises(DocumentExportError) as missing:
        write_assessment_form(db, 9999, 1, tmp_path / "form.pdf")
    assert missing.value.reason == "no_interview"
    assert str(missing.value) == "Gesprek 9999 bestaat niet (meer)."
    with pytest.raises(DocumentExportError) as stranger:
        write_assessment_form(db, ids.completed_interview_id, ids.waiting_panel_member_ids[0],
                              tmp_path / "form.pdf", language="en")
    assert stranger.value.reason == "not_on_panel"
    assert "is not on the panel of interview" in str(stranger.value)
    assert not (tmp_path / "form.pdf").exists()


def test_anchors_too_long_for_one_row_are_stacked_not_lost(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    draft = load_vacancy_draft(db, ids.vacancy_id)
    long_anchor, markers = long_note(paragraphs=1, words=1500, prefix="anker")
    draft.competencies[0].anchors[3] = long_anchor
    save_vacancy(db, draft)
    interview, member = rene_waiting(ids)
    form_text = text_of(write_assessment_form(db, interview, member, tmp_path / "form.pdf",
                                 asker=member))
    kit_text = text_of(write_interview_kit(db, None, tmp_path / "kit.pdf",
                                           vacancy_id=ids.vacancy_id))
    for text in (form_text, kit_text):
        assert_in_order(text, markers)
        assert "4 Boven niveau — anker0001" in text


def test_another_members_form_is_refused_until_the_round_is_closed(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    """Blind scoring: without an asker (the command line, a bundle of documents) or
    for another member, a form prints only once the round is closed."""
    from interviewdesk.store.assessments import close_round

    interview = ids.waiting_interview_id
    chair, rene, inge = ids.waiting_panel_member_ids
    for asker in (None, rene, inge):
        with pytest.raises(DocumentExportError) as refused:
            write_assessment_form(db, interview, chair, tmp_path / "form.pdf", asker=asker)
        assert refused.value.reason == "form_hidden"
        assert refused.value.details["open"] == "René Mulder"
        assert "René Mulder" in str(refused.value)
    assert not (tmp_path / "form.pdf").exists()
    close_round(db, interview, chair, "René is met verlof")
    assert "Sanne de Vries" in text_of(
        write_assessment_form(db, interview, chair, tmp_path / "form.pdf"))


def test_the_judgement_and_signature_stay_together_dated_on_submission(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    from interviewdesk.reports.labels import format_date

    interview, member = sanne(ids)
    form = open_form(db, interview, member)
    pages = page_texts(write_assessment_form(db, interview, member, tmp_path / "form.pdf"))
    last = pages[-1]
    for caption in ("Sterke punten", "Zwakke punten", "Eindadvies", "Handtekening"):
        assert caption in last
    assert form.submitted_at is not None
    assert format_date(form.submitted_at.astimezone().date(), "nl") in last.split(
        "Handtekening", 1)[1]


def test_the_compact_form_shows_only_the_chosen_anchor(db: Database, ids: ExampleIds,
                                                       tmp_path: Path) -> None:
    interview, member = sanne(ids)
    form = open_form(db, interview, member)
    full = write_assessment_form(db, interview, member, tmp_path / "form.pdf")
    compact = write_assessment_form(db, interview, member, tmp_path / "compact.pdf",
                                    compact=True)
    assert page_count(compact) < page_count(full)
    text = text_of(compact)
    for competency in form.competencies:
        given = form.rating(competency.id)
        assert competency.name in text
        if given.score is not None:
            assert flat(competency.anchors[given.score - 1]) in text
            for score, anchor in enumerate(competency.anchors, start=1):
                if score != given.score and anchor not in competency.anchors[given.score - 1]:
                    assert flat(anchor) not in text
