"""Importing a PDF or DOCX CV or letter in the candidate editor: by the Import…
button and by dropping the file; the original is stored on save; a file that gives
no text is explained and changes nothing."""

import threading
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from interviewdesk.store import candidate_documents
from interviewdesk.store.candidates import document_content, documents_of, get_candidate
from interviewdesk.store.database import Database
from interviewdesk.ui.editors import CandidateDialog
from interviewdesk.ui.editors.contact_offer import ContactOfferDialog
from tests.ui.modal import when_modal

PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_pdf(path: Path, lines: list[str]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for row, line in enumerate(lines):
        pdf.drawString(72, 800 - 16 * row, line)
    pdf.showPage()
    pdf.save()
    return path


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def open_dialog(qtbot: Any, db: Database) -> CandidateDialog:
    dlg = CandidateDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def drop(widget: Any, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    widget.dropEvent(QDropEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_pdf_cv_and_docx_letter_are_imported_and_kept(
        qtbot: Any, english: None, db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    cv = make_pdf(tmp_path / "cv-joel.pdf", ["Joël Bakker", "Storingen verhelpen sinds 2015"])
    letter = make_docx(tmp_path / "brief.docx", ["Geachte mevrouw Meijer,",
                                                  "Graag solliciteer ik."])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args: (str(cv), "CVs and letters (*.pdf *.docx *.txt)"))
    dlg = open_dialog(qtbot, db)
    dlg.name.setText("Joël Bakker")

    qtbot.mouseClick(dlg.cv.import_button, Qt.MouseButton.LeftButton)
    drop(dlg.letter.text, letter)

    assert messages.calls == []
    assert dlg.cv.text.toPlainText() == "Joël Bakker\nStoringen verhelpen sinds 2015"
    assert "cv-joel.pdf" in dlg.cv.source.text()
    assert dlg.letter.text.toPlainText() == "Geachte mevrouw Meijer,\nGraag solliciteer ik."
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert messages.calls == []

    candidate = get_candidate(db, dlg.saved_id)
    assert "Storingen verhelpen" in candidate.cv_text
    assert candidate.letter_text.startswith("Geachte mevrouw Meijer,")
    stored = {d.kind: d for d in documents_of(db, dlg.saved_id)}
    assert (stored["cv"].filename, stored["cv"].media_type) == ("cv-joel.pdf", PDF_TYPE)
    assert (stored["letter"].filename, stored["letter"].media_type) == ("brief.docx", DOCX_TYPE)
    assert document_content(db, stored["cv"].id) == cv.read_bytes()
    assert document_content(db, stored["letter"].id) == letter.read_bytes()


def test_reading_runs_off_the_gui_thread_under_a_busy_cursor(
        qtbot: Any, english: None, db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cv = make_pdf(tmp_path / "cv.pdf", ["Joël Bakker"])
    seen: list[Any] = []
    real = candidate_documents.read_candidate_file

    def spy(path: Path, kind: str, progress: Any = None) -> Any:
        seen.append((threading.current_thread() is threading.main_thread(),
                     QApplication.overrideCursor().shape()))
        return real(path, kind, progress)

    monkeypatch.setattr("interviewdesk.ui.document_reading.read_candidate_file", spy)
    dlg = open_dialog(qtbot, db)
    # The name in the CV is offered for the empty name field; skipped here.
    offered = when_modal(ContactOfferDialog, lambda offer: offer.reject())
    assert dlg.cv.import_file(cv)
    assert len(offered.seen) == 1 and dlg.name.text() == ""
    assert seen == [(False, Qt.CursorShape.BusyCursor)]
    assert QApplication.overrideCursor() is None
    assert "Joël Bakker" in dlg.cv.text.toPlainText()


def locked_pdf(tmp_path: Path) -> Path:
    plain = make_pdf(tmp_path / "plain.pdf", ["Geheim"])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="open-sesame", owner_password="owner", algorithm="AES-128")
    locked = tmp_path / "cv-locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    return locked


def damaged_docx(tmp_path: Path) -> Path:
    good = make_docx(tmp_path / "good.docx", ["Tekst"]).read_bytes()
    path = tmp_path / "brief-damaged.docx"
    path.write_bytes(good[: len(good) // 2])
    return path


@pytest.mark.parametrize(("make", "kind", "reason"), [
    (locked_pdf, "cv", "protected with a password"),
    (damaged_docx, "letter", "damaged"),
])
def test_a_file_without_text_is_explained_and_changes_nothing(
        qtbot: Any, english: None, db: Database, tmp_path: Path, messages: Any,
        make: Any, kind: str, reason: str) -> None:
    path = make(tmp_path)
    dlg = open_dialog(qtbot, db)
    field = dlg.cv if kind == "cv" else dlg.letter
    field.text.setPlainText("typed by hand")

    drop(field.text, path)

    assert messages.names() == ["error"]
    assert reason in messages.texts("error")[0]
    assert path.name in messages.texts("error")[0]
    assert field.text.toPlainText() == "typed by hand"
    assert field.imported is None
    assert QApplication.overrideCursor() is None
