"""Printed documents in the app: save as PDF, print, and a preview.

Everything the app prints is first written as PDF by :mod:`interviewdesk.reports`;
printing renders the pages of that same PDF onto the printer, so paper, preview and
file never differ. A ``write`` function passed in here takes the output path and
writes the document there (the caller has bound the database, ids, language and
paper size). Problems reach the user through :mod:`interviewdesk.ui.messages`, never
as a traceback.
"""

import contextlib
import itertools
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.reports import DocumentExportError
from interviewdesk.ui import messages
from interviewdesk.ui.background import run_in_background
from interviewdesk.ui.settings import Settings
from interviewdesk.ui.style import SPACING, make_muted
from interviewdesk.ui.window_size import fitting_size

log = logging.getLogger(__name__)

#: Writes a document to the given path and returns it.
DocumentWriter = Callable[[Path], Path]

STATUS_MS = 6000
#: Printing renders each page as an image at the printer's resolution, up to this.
MAX_PRINT_DPI = 300
# How many strips a page image is drawn in (see _draw_in_strips).
PRINT_STRIPS = 12
POINTS_PER_INCH = 72
# Characters no file name on Windows, macOS or Linux may hold.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str) -> str:
    """``name`` usable as a file name everywhere, with ``.pdf`` at the end."""
    cleaned = " ".join(_UNSAFE.sub(" ", name).split()).strip(" .") or "InterviewDesk"
    return cleaned if cleaned.lower().endswith(".pdf") else f"{cleaned}.pdf"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder if the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The busy cursor while something short but not instant is made (a package, an
    access export)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def write_document(parent: QWidget | None, write: DocumentWriter, output: Path) -> Path | None:
    """Write the document to ``output``; ``None`` if it failed (the user was told why)."""
    try:  # on a worker thread: the windows keep painting while reportlab works
        return run_in_background(
            parent, QCoreApplication.translate("printing", "Making the document…"),
            lambda: write(output))
    except DocumentExportError as error:
        log.info("Document not made (%s)", error.reason)  # the text may name the candidate
        messages.error(
            parent, QCoreApplication.translate("printing", "Document not made"), str(error)
        )
    except OSError as error:
        # Not the path: the file name carries the candidate's name (logs hold no names).
        log.warning("Document not written: %s", error.strerror or type(error).__name__)
        messages.error(
            parent,
            QCoreApplication.translate("printing", "Document not made"),
            QCoreApplication.translate(
                "printing",
                "The PDF could not be written to {path}. Check that the folder exists, that you "
                "may write in it, and that the file is not open in another program.",
            ).format(path=output),
            str(error),
        )
    return None


def _settings(parent: QWidget | None) -> Settings | None:
    """The settings of the window ``parent`` belongs to (every window keeps them)."""
    widget = parent
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, Settings):
            return settings
        widget = widget.parentWidget()
    return None


def start_folder(parent: QWidget | None) -> Path:
    """Where Save as PDF starts: the folder used last time, else Documents."""
    settings = _settings(parent)
    last = settings.pdf_folder if settings is not None else None
    return last if last is not None and last.is_dir() else documents_folder()


def ask_pdf_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """The file the user chose to save the PDF as; ``None`` if cancelled. The folder
    is remembered for the next time."""
    start = start_folder(parent) / safe_file_name(suggested_name)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("printing", "Save as PDF"),
        str(start),
        QCoreApplication.translate("printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    settings = _settings(parent)
    if settings is not None:
        settings.pdf_folder = path.parent
        settings.sync()
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def make_private(path: Path) -> None:
    """Only the user may read a saved document (it holds candidate data)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def confirm_saved(parent: QWidget | None, kind: str, path: Path) -> None:
    """Say where ``kind`` was saved, with a button that opens its folder (Close is
    the default, so Enter just closes the message)."""
    if not messages.ask(
        parent,
        QCoreApplication.translate("printing", "Saved as PDF"),
        QCoreApplication.translate("printing", "{document} saved as:\n{path}").format(
            document=kind, path=path),
        QCoreApplication.translate("printing", "Close"),
        QCoreApplication.translate("printing", "Open folder"),
    ):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def export_pdf(
    parent: QWidget | None, kind: str, write: DocumentWriter, suggested_name: str
) -> Path | None:
    """Ask where to save ``kind`` (the document's name, e.g. "Interview report"), write
    it there and say so in the status bar; the saved path, or ``None``."""
    output = ask_pdf_path(parent, suggested_name)
    if output is None:
        return None
    written = write_document(parent, write, output)
    if written is not None:
        make_private(written)
        show_status(
            parent,
            QCoreApplication.translate("printing", "{document} saved as {path}").format(
                document=kind, path=written
            ),
        )
        confirm_saved(parent, kind, written)
    return written


def show_status(parent: QWidget | None, text: str) -> None:
    """A passing note in the status bar of ``parent``'s window, if it has one."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def print_pdf(parent: QWidget | None, pdf_path: Path, *, printer: QPrinter | None = None) -> bool:
    """Print the PDF at ``pdf_path``: the system print dialog, then each page drawn on
    the printer. ``printer`` (tests: a PDF-file printer) skips the dialog. ``True`` if
    it was sent to the printer."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf_path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            messages.error(
                parent,
                QCoreApplication.translate("printing", "Not printed"),
                QCoreApplication.translate(
                    "printing", "The document could not be opened for printing."
                ),
                str(pdf_path),
            )
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            _match_paper(printer, document)
            dialog = QPrintDialog(printer, parent)
            dialog.setWindowTitle(QCoreApplication.translate("printing", "Print"))
            dialog.setMinMax(1, document.pageCount())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
    finally:
        document.close()
    return run_in_background(parent, QCoreApplication.translate("printing", "Printing…"),
                             lambda: _render_file(pdf_path, printer))


def _render_file(pdf_path: Path, printer: QPrinter) -> bool:
    """Draw the PDF's pages on ``printer``, from a document of this (worker) thread's
    own: Qt lets a thread paint on a printer, not share a PDF document across threads."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
            return False
        return _render_pages(document, printer)
    finally:
        document.close()


def _match_paper(printer: QPrinter, document: QPdfDocument) -> None:
    """Start the print dialog on the document's own paper and orientation."""
    size = document.pagePointSize(0)
    page_size = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point)
    printer.setPageSize(page_size)
    landscape = size.width() > size.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def _pages_to_print(printer: QPrinter, count: int) -> range:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        return range(first - 1, last)
    return range(count)


def _render_pages(document: QPdfDocument, printer: QPrinter) -> bool:
    """Each page as an image at the printer's resolution, scaled into the printable
    area (the page rect the printer reports), centred, proportions kept."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        area.moveTo(0, 0)  # the painter's origin is the printable area's corner
        for number, page in enumerate(_pages_to_print(printer, document.pageCount())):
            if number and not printer.newPage():
                return False
            points = document.pagePointSize(page)
            image = document.render(
                page,
                QSize(
                    round(points.width() * dpi / POINTS_PER_INCH),
                    round(points.height() * dpi / POINTS_PER_INCH),
                ),
            )
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(QPointF(area.center()))
            _draw_in_strips(painter, target, image)
        return True
    finally:
        painter.end()


def _draw_in_strips(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw ``image`` into ``target`` in horizontal strips of whole pixel rows.

    Drawing a page image on a printer takes about a third of a second, all of it
    holding Python's lock, which would stall the window that long even though this
    runs on a worker thread; in :data:`PRINT_STRIPS` strips the window gets its turn
    between them. Strip edges fall on whole source rows, so no seam shows.
    """
    rows = image.height()
    edges = [round(rows * part / PRINT_STRIPS) for part in range(PRINT_STRIPS + 1)]
    scale = target.height() / rows
    for top, bottom in itertools.pairwise(edges):
        if bottom <= top:
            continue
        source = QRectF(0, top, image.width(), bottom - top)
        strip = QRectF(target.left(), target.top() + top * scale, target.width(),
                       (bottom - top) * scale)
        painter.drawImage(strip, image, source)


class PdfPreview(QDialog):
    """The PDF as it will print, every page in one scrolling column, with Print… and
    Save as PDF… of that same file."""

    def __init__(
        self, pdf_path: Path, suggested_name: str, parent: QWidget | None = None, *, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.suggested_name = suggested_name
        self.setWindowTitle(title or QCoreApplication.translate("printing", "Preview"))
        self.document = QPdfDocument(self)
        self.document.load(str(pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(SPACING)
        self.pages = make_muted(
            QLabel(
                QCoreApplication.translate("printing", "%n page(s)", "", self.document.pageCount())
            )
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(QCoreApplication.translate("printing", "&Print…"))
        self.save_button = QPushButton(QCoreApplication.translate("printing", "&Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.resize(fitting_size(QSize(760, 900), self))

    def page_count(self) -> int:
        """How many pages the preview shows."""
        return self.document.pageCount()

    def print_document(self) -> bool:
        """The system print dialog, then the pages on the printer."""
        return print_pdf(self, self.pdf_path)

    def save_as(self) -> Path | None:
        """A copy of the previewed PDF where the user chooses."""
        return export_pdf(self, self.windowTitle(), self._copy, self.suggested_name)

    def _copy(self, output: Path) -> Path:
        if output.resolve() != self.pdf_path.resolve():
            shutil.copyfile(self.pdf_path, output)
        return output


def preview_pdf(
    parent: QWidget | None, pdf_path: Path, suggested_name: str = "", title: str = ""
) -> PdfPreview:
    """Show the PDF at ``pdf_path`` in a preview window (not modal) and return it."""
    dialog = PdfPreview(pdf_path, suggested_name or pdf_path.name, parent, title=title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_document(
    parent: QWidget | None, title: str, write: DocumentWriter, suggested_name: str
) -> PdfPreview | None:
    """Make the document in a private temporary folder and preview it; the folder
    goes when the preview closes (it holds candidate data). ``None`` if it failed."""
    folder = Path(tempfile.mkdtemp(prefix="interviewdesk-print-"))
    written = write_document(parent, write, folder / safe_file_name(suggested_name))
    if written is None:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    dialog = preview_pdf(parent, written, suggested_name, title)
    dialog.destroyed.connect(lambda _obj=None: shutil.rmtree(folder, ignore_errors=True))
    return dialog
