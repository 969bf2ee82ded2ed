"""Any value of any length gives a PDF: long words wrap, rows taller than a page split,
headings of long names fall back to shorter text — never a LayoutError.

The values are written straight into the database (as an older version, or another
tool, might have), past the lengths the dialogs and the store now allow.
"""

from pathlib import Path

import pytest

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import (
    write_assessment_form,
    write_comparison,
    write_interview_kit,
    write_interview_report,
)
from interviewdesk.store.database import Database
from tests.reports.pdf_support import flat, page_count, text_of

WORD = "Onderhoudsmonteurwerkzaamhedencoördinatie"


def make_hostile(db: Database, ids: ExampleIds) -> None:
    with db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("UPDATE interview SET location = ?", ((WORD * 150)[:6000],))
        run("UPDATE competency SET name = ? WHERE id = ?",
            (("Klantgerichtheid" * 100)[:1400], ids.competency_ids[0]))
        run("UPDATE candidate SET name = ?", (("Daniëlle" + "Kok" * 300)[:800],))
        run("UPDATE vacancy SET title = ?, department = ?, location = ?",
            ("Servicemonteur " * 40 + WORD * 10, WORD * 20, (WORD * 150)[:6000]))
        run("UPDATE interviewer SET name = ?, job_title = ?", (("Anna" * 200)[:800], WORD * 30))


@pytest.mark.parametrize("document", ["report", "kit", "form", "comparison"])
def test_every_document_is_made_with_huge_values(
        document: str, db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    make_hostile(db, ids)
    output = tmp_path / f"{document}.pdf"
    writers = {
        "report": lambda: write_interview_report(db, ids.completed_interview_id, output),
        "kit": lambda: write_interview_kit(db, ids.completed_interview_id, output),
        "form": lambda: write_assessment_form(
            db, ids.completed_interview_id, ids.completed_panel_member_ids[0], output),
        "comparison": lambda: write_comparison(db, ids.vacancy_id, output),
    }
    writers[document]()
    assert page_count(output) >= 1
    text = flat(text_of(output))
    assert "KokKokKok" in text or document == "kit"  # the kit names no candidate
    assert "Onderhoudsmonteur" in text
