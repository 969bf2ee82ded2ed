"""Personal data on paper: the confidentiality footer on every page of every document
with candidate data (not on the blank kit), the consents in the report, files 0600."""

from datetime import date
from pathlib import Path

import pytest

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import (
    write_assessment_form,
    write_comparison,
    write_interview_kit,
    write_interview_report,
)
from interviewdesk.reports.labels import format_date
from interviewdesk.store.database import Database
from interviewdesk.store.retention import retention_of
from tests.reports.pdf_support import flat, page_texts


def keep_until(db: Database, candidate_id: int) -> date:
    found = retention_of(db, candidate_id).keep.date
    assert found is not None
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_of_the_report_carries_the_notice(db: Database, ids: ExampleIds,
                                                     tmp_path: Path, language: str) -> None:
    output = write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf",
                                    language=language)
    day = format_date(keep_until(db, ids.candidate_ids[2]), language)
    expected = {"nl": f"Vertrouwelijk — persoonsgegevens; bewaren tot {day}",
                "en": f"Confidential — personal data; keep until {day}"}[language]
    pages = page_texts(output)
    assert len(pages) > 1
    assert all(expected in flat(page) for page in pages)
    assert output.stat().st_mode & 0o777 == 0o600


def test_the_report_prints_the_consents(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    text = flat(" ".join(page_texts(write_interview_report(
        db, ids.completed_interview_id, tmp_path / "r.pdf", language="en"))))
    assert "Consent" in text
    assert "Ask for a reference (Hollander Techniek (huidige werkgever)): given on" in text
    assert "verbally, recorded by Inge Meijer" in text
    waiting = flat(" ".join(page_texts(write_interview_report(
        db, ids.waiting_interview_id, tmp_path / "w.pdf", language="en"))))
    assert "No consent recorded: the data is deleted 4 weeks after the procedure ends" in waiting


def test_form_and_comparison_carry_it_the_blank_kit_does_not(
        db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    form = write_assessment_form(db, ids.completed_interview_id,
                                 ids.completed_panel_member_ids[0], tmp_path / "f.pdf")
    assert all("Vertrouwelijk — persoonsgegevens; bewaren tot" in flat(p)
               for p in page_texts(form))
    comparison = write_comparison(db, ids.vacancy_id, tmp_path / "c.pdf", language="en")
    earliest = min(keep_until(db, cid) for cid in ids.candidate_ids)
    assert f"keep until {format_date(earliest, 'en')}" in flat(page_texts(comparison)[0])
    kit = write_interview_kit(db, None, tmp_path / "k.pdf", vacancy_id=ids.vacancy_id)
    assert not any("Vertrouwelijk" in p for p in page_texts(kit))
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in (form, comparison, kit))


def test_open_procedure_and_the_settings(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    from interviewdesk.store.models import Vacancy

    with db.session() as session:
        vacancy = session.get(Vacancy, ids.vacancy_id)
        assert vacancy is not None
        vacancy.procedure_end = None
        session.add(vacancy)
    (db.path.parent / "settings.ini").write_text("[retention]\nweeks_without_consent=2\n")
    output = write_interview_report(db, ids.waiting_interview_id, tmp_path / "r.pdf",
                                    language="en")
    assert ("Confidential — personal data; keep until 2 weeks after the procedure ends"
            in flat(page_texts(output)[0]))
