"""The dossier a firm files: the report, then every panel member's completed form, one
PDF numbered over the whole; the forms only once every form is in."""

from pathlib import Path

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import write_dossier, write_interview_report
from interviewdesk.store.assessments import panel_scores
from interviewdesk.store.database import Database
from tests.reports.pdf_support import flat, page_count, page_texts, text_of


def test_the_dossier_is_the_report_and_every_completed_form(db: Database, ids: ExampleIds,
                                                             tmp_path: Path) -> None:
    report = write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf")
    path = write_dossier(db, ids.completed_interview_id, tmp_path / "dossier.pdf")
    pages = page_texts(path)
    total = len(pages)
    assert total > page_count(report)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {total}" in page  # numbered over the whole
    report_pages = page_count(report)
    assert pages[0].startswith("Gespreksverslag")
    # Each part runs its own header: the report's, then each rater's form.
    assert all("Gespreksverslag · Servicemonteur" in p for p in pages[:report_pages])
    view = panel_scores(db, ids.completed_interview_id, None)
    starts = [i for i, p in enumerate(pages) if p.startswith("Beoordelingsformulier\n")]
    assert starts[0] == report_pages
    assert len(starts) == len(view.raters) == 3
    ends = [*starts[1:], total]
    for start, end, rater in zip(starts, ends, view.raters, strict=True):
        form = flat(" ".join(pages[start:end]))
        assert all(f"Beoordelingsformulier · {rater.name}" in p for p in pages[start:end])
        assert flat(rater.strengths) in form and flat(rater.weaknesses) in form
        for row, evidence in ((row, row.evidence[view.raters.index(rater)])
                              for row in view.rows):
            assert row.name in form
            if evidence.strip():
                assert flat(evidence) in form
    assert "Dossier" in text_of(path)


def test_without_every_form_the_dossier_is_the_report_alone(db: Database, ids: ExampleIds,
                                                            tmp_path: Path) -> None:
    report = write_interview_report(db, ids.waiting_interview_id, tmp_path / "r.pdf")
    path = write_dossier(db, ids.waiting_interview_id, tmp_path / "dossier.pdf")
    assert page_count(path) == page_count(report)
    text = text_of(path)
    assert "Eindadvies" not in text  # no member's form, not even the submitted ones
    assert "Nog niet ingediend: René Mulder" in text


def test_every_page_of_the_dossier_and_an_interview_kit_is_marked_confidential(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    """Both name the candidate, so both carry the footer of personal data (the blank
    kit of a vacancy names nobody and carries none)."""
    from interviewdesk.reports import write_interview_kit

    dossier = page_texts(write_dossier(db, ids.completed_interview_id, tmp_path / "d.pdf"))
    kit = page_texts(write_interview_kit(db, ids.completed_interview_id, tmp_path / "k.pdf"))
    blank = page_texts(write_interview_kit(db, None, tmp_path / "b.pdf",
                                           vacancy_id=ids.vacancy_id))
    for page in [*dossier, *kit]:
        assert "Vertrouwelijk — persoonsgegevens; bewaren tot" in flat(page)
    assert not any("Vertrouwelijk" in page for page in blank)
