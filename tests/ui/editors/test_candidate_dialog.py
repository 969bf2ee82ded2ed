"""The candidate editor: contact details, consent, applications, and importing a
TXT CV or letter by the file dialog or by dropping the file (PDF and DOCX imports:
test_candidate_dialog_import.py)."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog

from interviewdesk.store.candidates import (
    applications_of,
    candidate_choices,
    documents_of,
    get_candidate,
)
from interviewdesk.store.database import Database
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy
from interviewdesk.ui.editors import CandidateDialog

CV_TEXT = "Sanne de Vries\r\nMonteur — storingen, café\r\n"


@pytest.fixture
def vacancy(db: Database) -> int:
    return save_vacancy(db, VacancyDraft(title="Servicemonteur"))


def open_dialog(qtbot: Any, db: Database, candidate_id: int | None = None,
                vacancy_id: int | None = None) -> CandidateDialog:
    dlg = CandidateDialog(db, candidate_id, vacancy_id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def click_save(qtbot: Any, dlg: CandidateDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_new_candidate_for_a_vacancy_imports_a_txt_cv(
        qtbot: Any, english: None, db: Database, vacancy: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    cv = tmp_path / "cv-sanne.txt"
    cv.write_bytes(CV_TEXT.encode("utf-16"))
    chosen: list[str] = []

    def choose(parent: Any, caption: str, folder: str, filters: str) -> tuple[str, str]:
        chosen.append(filters)
        return str(cv), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dlg = open_dialog(qtbot, db, vacancy_id=vacancy)
    qtbot.keyClicks(dlg.name, "Sanne de Vries")
    qtbot.keyClicks(dlg.email, "sanne@example.nl")
    assert dlg.applications.rowCount() == 1

    qtbot.mouseClick(dlg.cv.import_button, Qt.MouseButton.LeftButton)

    assert chosen[0].startswith("CVs and letters (*.pdf *.docx *.txt)")
    assert dlg.cv.text.toPlainText() == "Sanne de Vries\nMonteur — storingen, café"
    assert "cv-sanne.txt" in dlg.cv.source.text()
    click_save(qtbot, dlg)
    assert messages.calls == []
    assert dlg.result() == QDialog.DialogCode.Accepted

    candidate = get_candidate(db, dlg.saved_id)
    assert candidate.cv_text == "Sanne de Vries\nMonteur — storingen, café"
    [document] = documents_of(db, dlg.saved_id)
    assert (document.kind, document.filename, document.size) == (
        "cv", "cv-sanne.txt", cv.stat().st_size)
    [application] = applications_of(db, dlg.saved_id)
    assert (application.vacancy_id, application.status) == (vacancy, "applied")


def drop(widget: Any, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event


def test_dropping_a_txt_letter_asks_before_replacing(
        qtbot: Any, english: None, db: Database, tmp_path: Path, messages: Any) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_bytes("Geachte heer, 5 € per café.".encode("cp1252"))
    dlg = open_dialog(qtbot, db)
    dlg.letter.text.setPlainText("typed by hand")

    messages.answer = False
    drop(dlg.letter.text, letter)
    assert messages.names() == ["confirm"]
    assert dlg.letter.text.toPlainText() == "typed by hand"

    messages.answer = True
    drop(dlg.letter.text, letter)
    assert dlg.letter.text.toPlainText() == "Geachte heer, 5 € per café."
    assert dlg.letter.imported is not None and dlg.letter.imported.kind == "letter"


def test_a_binary_file_is_refused_with_a_clear_message(
        qtbot: Any, english: None, db: Database, tmp_path: Path, messages: Any) -> None:
    photo = tmp_path / "photo.txt"
    photo.write_bytes(bytes(range(256)) * 8)
    dlg = open_dialog(qtbot, db)
    assert dlg.cv.import_file(photo) is False
    assert messages.names() == ["error"]
    assert "not really a TXT file" in messages.texts("error")[0]
    assert dlg.cv.text.toPlainText() == ""
    assert dlg.cv.imported is None


def test_other_files_dropped_are_explained_not_pasted(
        qtbot: Any, english: None, db: Database, tmp_path: Path, messages: Any) -> None:
    sheet = tmp_path / "cv.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    dlg = open_dialog(qtbot, db)
    drop(dlg.cv.text, sheet)
    assert dlg.cv.imported is None
    assert dlg.cv.text.toPlainText() == ""
    assert "not a PDF, DOCX or TXT file" in messages.texts("error")[0]


def test_consent_status_and_second_application(
        qtbot: Any, english: None, db: Database, vacancy: int, messages: Any) -> None:
    planner = save_vacancy(db, VacancyDraft(title="Planner"))
    dlg = open_dialog(qtbot, db, vacancy_id=vacancy)
    qtbot.keyClicks(dlg.name, "Sanne")
    dlg.consent.setChecked(True)
    assert "when and how the candidate consented" in dlg.consent_hint.text()
    assert dlg.consent_fields.isVisible()
    dlg.consent_fields.method.setCurrentIndex(dlg.consent_fields.method.findData("email"))
    qtbot.keyClicks(dlg.consent_fields.recorded_by, "Inge")
    status = dlg.applications.cellWidget(0, 1)
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("invited"))
    assert dlg.apply_to.currentText() == "Planner"
    qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert dlg.apply_row.isHidden()
    click_save(qtbot, dlg)

    candidate = get_candidate(db, dlg.saved_id)
    assert candidate.retention_consent
    assert candidate.consent_recorded_at is not None
    assert [(a.vacancy_id, a.status) for a in applications_of(db, dlg.saved_id)] == [
        (vacancy, "invited"), (planner, "applied")]

    again = open_dialog(qtbot, db, dlg.saved_id)
    assert "Consent recorded on" in again.consent_hint.text()
    assert again.name.text() == "Sanne"
    assert not again.is_dirty()


def test_name_is_required_and_email_checked(
        qtbot: Any, english: None, db: Database, messages: Any) -> None:
    dlg = open_dialog(qtbot, db)
    click_save(qtbot, dlg)
    assert "name" in messages.texts("error")[0]
    qtbot.keyClicks(dlg.name, "Sanne")
    qtbot.keyClicks(dlg.email, "sanne at home")
    click_save(qtbot, dlg)
    assert "not an email address" in messages.texts("error")[1]
    assert dlg.isVisible()
    assert candidate_choices(db) == []


def test_no_vacancies_yet_is_explained(qtbot: Any, english: None, db: Database) -> None:
    dlg = open_dialog(qtbot, db)
    assert dlg.applications_stack.currentIndex() == 1
    assert "no vacancies yet" in dlg.applications_empty.text()
    assert dlg.apply_row.isHidden()


def test_consents_need_how_and_who_and_are_shown_again(
        qtbot: Any, english: None, db: Database, vacancy: int, messages: Any) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    from interviewdesk.store.retention import consents_of

    dlg = open_dialog(qtbot, db, vacancy_id=vacancy)
    qtbot.keyClicks(dlg.name, "Sanne")
    assert not dlg.reference_fields.isVisible()
    qtbot.mouseClick(dlg.reference, Qt.MouseButton.LeftButton)
    assert dlg.reference_fields.isVisible()
    click_save(qtbot, dlg)
    assert "whom to ask" in messages.texts("error")[-1]
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.reference_fields.note)
    qtbot.keyClicks(dlg.reference_fields.note, "Hollander Techniek (current employer)")
    click_save(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.reference_fields.method)
    dlg.reference_fields.method.setCurrentIndex(dlg.reference_fields.method.findData("verbal"))
    qtbot.keyClicks(dlg.reference_fields.recorded_by, "Inge Meijer")
    given = date.today() - timedelta(days=3)
    dlg.reference_fields.given_on.setDate(QDate(given.year, given.month, given.day))
    click_save(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted

    stored = consents_of(db, dlg.saved_id)
    assert set(stored) == {"reference"}
    assert (stored["reference"].given_on, stored["reference"].method,
            stored["reference"].recorded_by) == (given, "verbal", "Inge Meijer")
    again = open_dialog(qtbot, db, dlg.saved_id)
    assert again.reference.isChecked() and again.reference_fields.isVisible()
    assert again.reference_fields.note.text() == "Hollander Techniek (current employer)"
    assert again.reference_fields.recorded_by.text() == "Inge Meijer"
    assert not again.consent.isChecked()
    assert "Kept while the procedure is open" in again.keep_until.text()
    assert not again.is_dirty()
    qtbot.mouseClick(again.reference, Qt.MouseButton.LeftButton)
    assert again.is_dirty()
    click_save(qtbot, again)
    assert consents_of(db, dlg.saved_id) == {}


def test_name_and_contact_fields_stop_at_their_limits(qtbot: Any, english: None,
                                                      db: Database) -> None:
    from interviewdesk.domain.field_limits import LINE_MAX, LOCATION_MAX, NAME_MAX

    dlg = open_dialog(qtbot, db)
    assert (dlg.name.maxLength(), dlg.email.maxLength(), dlg.phone.maxLength(),
            dlg.city.maxLength()) == (NAME_MAX, LINE_MAX, LINE_MAX, LOCATION_MAX)
    dlg.name.setText("n" * 5000)  # a paste of a whole document
    assert len(dlg.name.text()) == NAME_MAX
