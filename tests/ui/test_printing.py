"""Printing in the app: save as PDF, the preview, printing through QPrinter, and the
menu actions that start them. The file and print dialogs are replaced; the PDFs are
read back."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.reports import write_interview_report
from interviewdesk.store.database import Database
from interviewdesk.ui import printing
from interviewdesk.ui.main_window import MainWindow
from interviewdesk.ui.printing import PdfPreview


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(path).pages)


@pytest.fixture
def ids(db: Database) -> ExampleIds:
    return load_example(db)


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog answers with a file in ``tmp_path`` (named as suggested)
    and records what it suggested."""
    suggested: list[str] = []

    def answer(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(tmp_path / "saved" / Path(start).name), "PDF"

    (tmp_path / "saved").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return suggested


@pytest.fixture
def previews(qtbot: Any) -> Iterator[list[PdfPreview]]:
    """Every preview opened during the test, closed afterwards."""
    opened: list[PdfPreview] = []
    yield opened
    for dialog in opened:
        if isValid(dialog):
            dialog.close()


def report_writer(db: Database, interview_id: int) -> printing.DocumentWriter:
    return lambda output: write_interview_report(db, interview_id, output, language="en")


def test_export_writes_the_pdf_under_a_sensible_name(
        qtbot: Any, english: None, db: Database, ids: ExampleIds, save_to: list[str]) -> None:
    written = printing.export_pdf(None, "Interview report",
                                  report_writer(db, ids.completed_interview_id),
                                  "Interview report - Daniëlle Kok: 2026/11/18")
    assert written is not None and written.is_file()
    assert written.name == "Interview report - Daniëlle Kok 2026 11 18.pdf"
    assert Path(save_to[0]).parent == printing.documents_folder()
    assert "Daniëlle Kok" in pdf_text(written)


def test_export_cancelled_writes_nothing(qtbot: Any, db: Database, ids: ExampleIds,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args: ("", "")))
    called: list[Path] = []
    assert printing.export_pdf(None, "Report", called.append, "x") is None  # type: ignore[arg-type]
    assert called == []


def test_a_document_that_cannot_be_made_is_a_message_not_a_traceback(
        qtbot: Any, english: None, db: Database, ids: ExampleIds, save_to: list[str],
        messages: Any) -> None:
    assert printing.export_pdf(None, "Report", report_writer(db, 9999), "report") is None
    assert messages.names() == ["error"]
    assert "9999" in messages.texts("error")[0]

    def unwritable(_output: Path) -> Path:
        raise PermissionError(13, "Permission denied", str(_output))

    assert printing.export_pdf(None, "Report", unwritable, "report") is None
    assert messages.names() == ["error", "error"]
    assert "could not be written" in messages.texts("error")[1]


def test_the_preview_shows_every_page_and_saves_the_same_pdf(
        qtbot: Any, english: None, db: Database, ids: ExampleIds, tmp_path: Path,
        save_to: list[str], previews: list[PdfPreview]) -> None:
    source = write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf",
                                    language="en")
    dialog = printing.preview_pdf(None, source, "Interview report - Daniëlle Kok")
    previews.append(dialog)
    qtbot.waitExposed(dialog)
    pages = len(PdfReader(source).pages)
    assert pages > 1
    assert dialog.page_count() == pages
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert f"{pages} page" in dialog.pages.text()
    dialog.grab().save("/tmp/x/preview.png")

    saved = dialog.save_as()
    assert saved is not None and saved.read_bytes() == source.read_bytes()


def test_print_renders_every_page_onto_the_printer(
        qtbot: Any, db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    source = write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf",
                                    language="en")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)

    assert printing.print_pdf(None, source, printer=printer)

    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == len(PdfReader(source).pages)
    assert printed.pages[0].images  # the page, drawn as an image


def test_print_dialog_cancelled_prints_nothing(
        qtbot: Any, db: Database, ids: ExampleIds, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf")
    shown: list[int] = []

    def cancel(dialog: Any) -> int:
        shown.append(dialog.printer().pageLayout().pageSize().id())
        return 0

    monkeypatch.setattr(printing.QPrintDialog, "exec", cancel)
    assert not printing.print_pdf(None, source)
    assert shown  # the system dialog was asked, on the document's paper
    from PySide6.QtGui import QPageSize

    assert shown[0] == QPageSize.PageSizeId.A4


def test_menu_actions_follow_the_selection_and_open_previews(
        main_window: MainWindow, db: Database, previews: list[PdfPreview],
        monkeypatch: pytest.MonkeyPatch) -> None:
    report, kit = main_window.report_action, main_window.kit_action
    comparison = main_window.comparison_action
    assert not report.isEnabled() and not kit.isEnabled() and not comparison.isEnabled()
    assert report in main_window.interview_menu.actions()
    assert kit in main_window.interview_menu.actions()
    assert comparison in main_window.file_menu.actions()

    ids = load_example(db)
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(ids.vacancy_id)
    assert comparison.isEnabled() and not report.isEnabled()  # no interview selected
    main_window.home.detail.select_interview(ids.completed_interview_id)
    assert report.isEnabled() and kit.isEnabled()

    shown: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "show", lambda self: shown.append(self))
    for action in (report, kit, comparison):
        action.trigger()
    previews.extend(shown)
    assert len(shown) == 3
    texts = [pdf_text(dialog.pdf_path) for dialog in shown]
    assert "Daniëlle Kok" in texts[0] and shown[0].pdf_path.name.startswith(
        "Interview report - Daniëlle Kok - ")
    # The kit names the candidate at the top of each copy, but its file name does not.
    assert "danielle.kok@example.nl" not in texts[1]
    assert "Daniëlle" not in shown[1].pdf_path.name
    assert "Daniëlle Kok" in texts[2]
    assert all(dialog.page_count() >= 1 for dialog in shown)

    main_window.settings.page_size = "Letter"
    main_window.kit_action.trigger()
    previews.extend(shown[3:])
    assert round(float(PdfReader(shown[3].pdf_path).pages[0].mediabox.width)) == 612

    folder = shown[0].pdf_path.parent
    shown[0].close()
    shown[0].deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not folder.exists()  # the temporary copy with candidate data is gone


def test_the_form_window_prints_only_its_own_members_form(
        qtbot: Any, english: None, db: Database, ids: ExampleIds, data_dir: Path,
        settings: Any, previews: list[PdfPreview], monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui.assessment.form_window import open_assessment_form

    member = ids.completed_panel_member_ids[1]
    window = open_assessment_form(None, db, data_dir, settings, ids.completed_interview_id,
                                  member)
    assert window is not None
    qtbot.addWidget(window)
    shown: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "show", lambda self: shown.append(self))
    assert window.print_action in window.form_menu.actions()
    window.print_action.trigger()
    previews.extend(shown)
    (dialog,) = shown
    text = pdf_text(dialog.pdf_path)
    assert window.form.rater_name in text and "Daniëlle Kok" in text
    others = {"Sanne de Vries", "René Mulder", "Inge Meijer"} - {window.form.rater_name}
    assert not any(name in text for name in others)
    assert dialog.pdf_path.name.startswith(f"Assessment form - {window.form.rater_name} - ")
    full_pages = dialog.page_count()
    window.compact_action.trigger()  # only the chosen anchors: shorter
    previews.extend(shown[1:])
    assert len(shown) == 2 and shown[1].page_count() < full_pages
    window.close()


def test_save_as_pdf_starts_in_documents_remembers_confirms_and_is_private(
        qtbot: Any, english: None, db: Database, ids: ExampleIds, settings: Any,
        save_to: list[str], messages: Any, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    import os
    import stat

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QWidget

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    window = QWidget()
    window.settings = settings  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    messages.answer = False  # not "Close": "Open folder"
    written = printing.export_pdf(window, "Interview report",
                                  report_writer(db, ids.completed_interview_id), "report")
    assert written is not None
    assert Path(save_to[0]).parent == printing.documents_folder()  # the first time
    (text,) = messages.texts("ask")
    assert str(written) in text and "Open folder" in text
    assert opened == [str(written.parent)]
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    messages.answer = True
    printing.export_pdf(window, "Interview report",
                        report_writer(db, ids.completed_interview_id), "again")
    assert Path(save_to[1]).parent == tmp_path / "saved"  # remembered


def test_the_dossier_from_the_interview_menu(main_window: MainWindow, db: Database,
                                             previews: list[PdfPreview],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dossier = main_window.dossier_action
    assert dossier in main_window.interview_menu.actions() and not dossier.isEnabled()
    ids = load_example(db)
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(ids.vacancy_id)
    main_window.home.detail.select_interview(ids.completed_interview_id)
    assert dossier.isEnabled()
    shown: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "show", lambda self: shown.append(self))
    dossier.trigger()
    previews.extend(shown)
    (dialog,) = shown
    text = pdf_text(dialog.pdf_path)
    assert dialog.pdf_path.name.startswith("Dossier - Daniëlle Kok - ")
    assert text.count("Assessment form") >= 3 and "Interview report" in text
    assert f"Page {dialog.page_count()} of {dialog.page_count()}" in text
