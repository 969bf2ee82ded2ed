"""The printed candidate comparison, read back with pypdf."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import DocumentExportError, write_comparison
from interviewdesk.store.assessments import open_form, vacancy_comparison
from interviewdesk.store.database import Database
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy
from tests.reports.pdf_support import catalog_language, font_names, page_texts, text_of


def test_comparison_shows_complete_panels_only(db: Database, ids: ExampleIds, tmp_path: Path
                                               ) -> None:
    # Two of Thijs van Dijk's three raters have submitted: their scores exist, unshown.
    assert open_form(db, ids.waiting_interview_id, ids.waiting_panel_member_ids[0]).submitted
    comparison = vacancy_comparison(db, ids.vacancy_id)
    path = write_comparison(db, ids.vacancy_id, tmp_path / "comparison.pdf")
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    text = text_of(path)
    assert "Kandidatenvergelijking" in text and "4 kandidaten" in text
    for competency in comparison.competencies:
        assert competency.name in text
    for row in comparison.rows:
        assert row.candidate_name in text
    decided = next(row for row in comparison.rows if row.state == "complete")
    assert decided.candidate_name == "Daniëlle Kok"
    # Her row: each result (a consensus marked *), the overall score, the decision.
    line = text[text.index("Daniëlle Kok"):text.index("Joël Bakker")]
    assert "4 3* 3,7 3,3 3,7 3,6 Door naar de volgende ronde" in line
    assert "Wacht op het formulier van René Mulder" in text  # Thijs van Dijk
    assert "Gesprek nog niet gevoerd" in text  # Joël Bakker
    # No score in Thijs van Dijk's row: from the note on the missing form to his outcome.
    waiting = text.split("Wacht op het formulier van René Mulder")[1].split("—")[0]
    assert not any(ch.isdigit() for ch in waiting)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Kandidatenvergelijking – Servicemonteur installatietechniek"
    assert meta.subject == "Vergelijking van de kandidaten voor Servicemonteur installatietechniek"
    assert meta.author == "InterviewDesk"
    assert catalog_language(path) == "nl-NL"
    assert "Pagina 1 van 1" in page_texts(path)[0]
    assert all("DejaVuSans" in name and "not embedded" not in name for name in font_names(path))


def test_english_comparison_on_letter(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    path = write_comparison(db, ids.vacancy_id, tmp_path / "comparison.pdf", language="en",
                            page_size="Letter")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    text = text_of(path)
    assert "Candidate comparison" in text and "Page 1 of 1" in text
    assert "4 3* 3.7 3.3 3.7 3.6 Next round" in text
    assert "Waiting for the form of René Mulder" in text


def test_a_vacancy_without_interviews(db: Database, tmp_path: Path) -> None:
    empty = save_vacancy(db, VacancyDraft(title="Planner werkvoorbereiding"))
    text = text_of(write_comparison(db, empty, tmp_path / "comparison.pdf"))
    assert "Nog geen kandidaten met een gesprek voor deze vacature." in text


def test_unknown_vacancy(db: Database, tmp_path: Path) -> None:
    with pytest.raises(DocumentExportError) as error:
        write_comparison(db, 777, tmp_path / "comparison.pdf")
    assert error.value.reason == "no_vacancy"
    assert str(error.value) == "Vacature 777 bestaat niet (meer)."


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_no_competency_name_is_broken_mid_word(db: Database, ids: ExampleIds, tmp_path: Path,
                                               page_size: str) -> None:
    from dataclasses import replace

    from interviewdesk.store.vacancies import load_vacancy_draft

    draft = load_vacancy_draft(db, ids.vacancy_id)
    extra = ["Verantwoordelijkheidsgevoel", "Klantgerichtheid bij storingen",
             "Veiligheidsbewustzijn", "Communicatievaardigheden"]
    draft.competencies += [replace(draft.competencies[1], key=f"extra{n}", id=None, name=name)
                           for n, name in enumerate(extra)]
    save_vacancy(db, draft)
    path = write_comparison(db, ids.vacancy_id, tmp_path / "c.pdf", page_size=page_size)
    printed = set(text_of(path).split())
    for competency in load_vacancy_draft(db, ids.vacancy_id).competencies:
        for word in competency.name.split():
            assert word in printed, word  # whole, not "Klantgerichthei" + "d"
