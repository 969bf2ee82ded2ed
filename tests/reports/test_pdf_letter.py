"""The letter PDF: letterhead, recipient, date, subject, the text as edited, the
confidentiality line; private and readable back; long text runs onto numbered pages."""

import stat
from datetime import date
from pathlib import Path

import pytest

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports.errors import DocumentExportError
from interviewdesk.reports.letter import write_letter
from interviewdesk.store.database import Database
from interviewdesk.store.letters import Firm, compose
from tests.reports.pdf_support import DIACRITICS, page_count, read, text_of

FIRM = Firm("Vonk & Van Leeuwen B.V.", "Lage Weide 14\n3542 AB Utrecht", "Sanne de Vries")


def test_a_letter_prints_head_recipient_date_subject_text_and_notice(
        example: tuple[Database, ExampleIds], tmp_path: Path) -> None:
    db, ids = example
    letter, _person = compose(db, None, ids.application_ids[2], None, "rejection_interview",
                              "nl", reasons="Te weinig ervaring met warmtepompen.", firm=FIRM)
    body = letter.body + "\n\nPS: " + DIACRITICS  # as edited in the dialog
    output = write_letter(db, ids.application_ids[2], letter.subject, body,
                          tmp_path / "brief.pdf", firm_name=FIRM.name,
                          firm_address=FIRM.address, language="nl",
                          today=date(2026, 12, 3))
    text = text_of(output)
    for expected in ("Vonk & Van Leeuwen B.V.", "Lage Weide 14", "3542 AB Utrecht",
                     "Daniëlle Kok", "Nieuwegein", "Datum 3 december 2026",
                     "Betreft Uw sollicitatie: Servicemonteur installatietechniek",
                     "Geachte Daniëlle Kok,", "Te weinig ervaring met warmtepompen.",
                     "Met vriendelijke groet,", DIACRITICS,
                     "Vertrouwelijk — persoonsgegevens; bewaren tot"):
        assert expected in text, expected
    assert "Pagina 1 van 1" not in text  # one page: no page numbers
    assert page_count(output) == 1
    assert read(output).metadata.title == letter.subject
    assert stat.S_IMODE(output.stat().st_mode) == 0o600


def test_a_long_letter_continues_on_numbered_pages_in_english(
        example: tuple[Database, ExampleIds], tmp_path: Path) -> None:
    db, ids = example
    body = "\n\n".join(f"Paragraph {n}: " + "text " * 80 for n in range(30))
    output = write_letter(db, ids.application_ids[0], "Long", body, tmp_path / "long.pdf",
                          firm_name="", firm_address="", language="en", page_size="Letter")
    assert page_count(output) > 2
    text = text_of(output)
    assert "Paragraph 29:" in text and "Page 1 of" in text
    assert "Subject Long" in text and "Joël Bakker" in text


def test_a_missing_application_or_folder_is_a_clear_error(
        example: tuple[Database, ExampleIds], tmp_path: Path) -> None:
    db, ids = example
    with pytest.raises(DocumentExportError, match="geen sollicitatie met nummer 999"):
        write_letter(db, 999, "x", "y", tmp_path / "x.pdf", firm_name="", firm_address="")
    with pytest.raises(DocumentExportError) as raised:
        write_letter(db, ids.application_ids[0], "x", "y", tmp_path / "nope" / "x.pdf",
                     firm_name="", firm_address="", language="en")
    assert raised.value.reason == "cannot_write"
