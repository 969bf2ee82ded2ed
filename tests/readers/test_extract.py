"""extract_text on real files generated here: PDF, DOCX, TXT, and every broken kind."""

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from interviewdesk.readers import DocumentError, extract_text
from interviewdesk.readers.text_files import MAX_BYTES


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with one page per entry, each line drawn as real text."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_text_of_every_page(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "cv.pdf", [["Sanne de Vries", "Servicemonteur"], ["VCA-VOL 2021"]])
    text = extract_text(path)
    assert "Sanne de Vries" in text
    assert "VCA-VOL 2021" in text
    assert text.index("Servicemonteur") < text.index("VCA-VOL")


def test_pdf_with_only_images_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(50, 50, 400, 600, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(DocumentError, match="scan"):
        extract_text(path)


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["Geheim"]])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="open-sesame", owner_password="owner", algorithm="AES-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentError, match="password"):
        extract_text(locked)


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["Leesbaar"]])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "owner-only.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "Leesbaar" in extract_text(path)


@pytest.mark.parametrize("cut", [20, 400])
def test_damaged_pdf_is_refused_clearly(tmp_path: Path, cut: int) -> None:
    good = make_pdf(tmp_path / "good.pdf", [["Tekst"]]).read_bytes()
    path = tmp_path / "damaged.pdf"
    path.write_bytes(good[:cut])
    with pytest.raises(DocumentError, match="damaged"):
        extract_text(path)


def test_docx_paragraphs_and_table_cells_in_order(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Joël Bakker — Curriculum vitae")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "2019–heden"
    table.cell(0, 1).text = "Monteur bij Warmte & Co"
    table.cell(1, 0).text = "2015–2019"
    table.cell(1, 1).text = "Leerling-monteur"
    document.add_paragraph("Certificaten: F-gassen")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    text = extract_text(path)
    assert "Joël Bakker" in text
    assert "2019–heden\tMonteur bij Warmte & Co" in text
    assert "Leerling-monteur" in text
    assert text.index("Leerling-monteur") < text.index("F-gassen")


def test_docx_merged_cells_appear_once(tmp_path: Path) -> None:
    document = Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Werkervaring"
    table.cell(0, 2).text = "5 jaar"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert extract_text(path).count("Werkervaring") == 1


def test_not_really_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"PK\x03\x04 this is no zip archive at all")
    with pytest.raises(DocumentError, match="damaged"):
        extract_text(path)


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        ("Inge Meijer – één € ".encode() , "één €"),
        (b"\xef\xbb\xbf" + "Café".encode(), "Café"),
        ("Łódź naïve".encode("utf-16"), "Łódź naïve"),
        ("Reneé € 3.200".encode("cp1252"), "Reneé € 3.200"),
    ],
)
def test_txt_encodings(tmp_path: Path, encoded: bytes, expected: str) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(encoded)
    assert expected in extract_text(path)


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(DocumentError, match="empty"):
        extract_text(path)


def test_blank_docx_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    Document().save(str(path))
    with pytest.raises(DocumentError, match="no text"):
        extract_text(path)


@pytest.mark.parametrize(("name", "hint"), [("cv.doc", "DOCX"), ("cv.png", "PDF, DOCX or TXT")])
def test_unsupported_types(tmp_path: Path, name: str, hint: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(DocumentError, match=hint):
        extract_text(path)


def test_too_large_file_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(DocumentError, match="20 MB"):
        extract_text(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        extract_text(tmp_path / "gone.pdf")


def test_binary_disguised_as_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(DocumentError):
        extract_text(path)


def test_five_page_pdf(tmp_path: Path) -> None:
    pages = [[f"Pagina {n} regel {i} met wat tekst" for i in range(40)] for n in range(1, 6)]
    text = extract_text(make_pdf(tmp_path / "long.pdf", pages))
    assert all(f"Pagina {n} regel 39" in text for n in range(1, 6))
