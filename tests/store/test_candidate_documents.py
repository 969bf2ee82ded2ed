"""Reading a CV or letter file for a candidate and storing its text with the original."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from interviewdesk.readers import DocumentError
from interviewdesk.store.candidate_documents import (
    import_candidate_document,
    media_type_of,
    original_pdf,
    read_candidate_file,
)
from interviewdesk.store.candidates import (
    CandidateDraft,
    document_content,
    documents_of,
    get_candidate,
    save_candidate,
)
from interviewdesk.store.database import Database
from interviewdesk.store.startup import open_store


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def candidate(db: Database) -> int:
    return save_candidate(db, CandidateDraft(name="Joël Bakker", letter_text="Geachte heer,"))


def make_pdf(path: Path, line: str) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 800, line)
    pdf.showPage()
    pdf.save()
    return path


def make_docx(path: Path, line: str) -> Path:
    document = Document()
    document.add_paragraph(line)
    document.save(str(path))
    return path


def test_import_stores_text_and_original_and_replaces_the_earlier_one(
        db: Database, candidate: int, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "cv-joel.pdf", "Servicemonteur sinds 2015")

    text = import_candidate_document(db, candidate, pdf, "cv")

    assert text == "Servicemonteur sinds 2015"
    assert get_candidate(db, candidate).cv_text == text
    assert get_candidate(db, candidate).letter_text == "Geachte heer,"
    [stored] = documents_of(db, candidate)
    assert (stored.kind, stored.filename, stored.media_type) == (
        "cv", "cv-joel.pdf", "application/pdf")
    assert document_content(db, stored.id) == pdf.read_bytes()
    assert original_pdf(db, candidate) == pdf.read_bytes()

    docx = make_docx(tmp_path / "cv-nieuw.docx", "Eerste servicemonteur")
    assert import_candidate_document(db, candidate, docx, "cv") == "Eerste servicemonteur"
    [stored] = documents_of(db, candidate)
    assert stored.filename == "cv-nieuw.docx"
    assert stored.media_type.endswith("wordprocessingml.document")
    assert original_pdf(db, candidate) is None

    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte mevrouw Meijer,\n", encoding="utf-8")
    import_candidate_document(db, candidate, letter, "letter")
    assert get_candidate(db, candidate).letter_text == "Geachte mevrouw Meijer,"
    assert {d.kind: d.media_type for d in documents_of(db, candidate)}["letter"] == "text/plain"


def test_a_file_without_text_stores_nothing(db: Database, candidate: int,
                                            tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", "Tekst").read_bytes()
    broken = tmp_path / "cv-broken.pdf"
    broken.write_bytes(good[:30])
    with pytest.raises(DocumentError, match=r"cv-broken\.pdf"):
        import_candidate_document(db, candidate, broken, "cv")
    assert get_candidate(db, candidate).cv_text == ""
    assert documents_of(db, candidate) == []


def test_unknown_candidate_or_kind(db: Database, candidate: int, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "cv.pdf", "Tekst")
    with pytest.raises(LookupError):
        import_candidate_document(db, candidate + 99, pdf, "cv")
    with pytest.raises(ValueError, match="photo"):
        read_candidate_file(pdf, "photo")


def test_media_types_by_suffix() -> None:
    assert media_type_of("CV.PDF") == "application/pdf"
    assert media_type_of("brief.txt") == "text/plain"
    assert media_type_of("foto.jpg") == ""
