"""A large text field for a CV or motivation letter that can also import a PDF, DOCX
or TXT file, from a file dialog or by dropping the file onto it.

The imported text replaces the field's text (after asking, if there was any); the
original bytes are kept as a :class:`DocumentFile` for the candidate's record. A file
that gives no text (encrypted, damaged, a scan) is explained and changes nothing.
"""

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.readers import DocumentError
from interviewdesk.store.candidates import DocumentFile
from interviewdesk.ui import messages
from interviewdesk.ui.document_messages import document_error_text
from interviewdesk.ui.document_reading import read_in_background
from interviewdesk.ui.editors.widgets import hint_label
from interviewdesk.ui.style import SPACING, SPACING_SMALL


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file in a drag, if that is what is being dragged."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class DroppableTextEdit(QPlainTextEdit):
    """A plain-text field that hands a dropped file to ``fileDropped`` instead of
    pasting its path; other drops (text) behave as usual."""

    fileDropped = Signal(Path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a single file, or whatever a text field normally accepts."""
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting the file while it moves over the field."""
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand a dropped file on for import; insert anything else as text."""
        path = dropped_file(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.fileDropped.emit(path)


class DocumentField(QWidget):
    """The text of a CV or a motivation letter, typed, pasted or imported.

    ``kind`` is ``"cv"`` or ``"letter"``; after an import, :attr:`imported` holds the
    original file to store with the candidate, and ``textImported(text, filename)``
    is emitted (the candidate dialog offers the contact details found in a CV).
    """

    textImported = Signal(str, str)

    def __init__(self, kind: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.imported: DocumentFile | None = None
        self.text = DroppableTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(placeholder)
        self.text.fileDropped.connect(self.import_file)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import the text of a PDF, DOCX or TXT file"))
        self.import_button.clicked.connect(self.choose_file)
        self.source = hint_label()

        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        bar.addWidget(self.import_button)
        bar.addWidget(self.source, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.text, 1)
        layout.addLayout(bar)

    def set_text(self, text: str, original: str = "") -> None:
        """Show ``text``; ``original`` names the stored original file, if any."""
        self.text.setPlainText(text)
        self.imported = None
        self.show_source(original)

    def show_source(self, filename: str) -> None:
        """Say which original file is kept with the text, or how to add one."""
        if filename:
            self.source.setText(self.tr("Original file kept: {name}").format(name=filename))
        else:
            self.source.setText(self.tr("Paste the text, or drop a PDF, DOCX or TXT file onto "
                                        "the field."))

    def choose_file(self) -> None:
        """Ask for a PDF, DOCX or TXT file and import it."""
        filters = ";;".join([
            self.tr("CVs and letters (*.pdf *.docx *.txt)"),
            self.tr("PDF documents (*.pdf)"),
            self.tr("Word documents (*.docx)"),
            self.tr("Text files (*.txt)"),
        ])
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from a file"), str(Path.home()), filters)
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Read ``path`` into the field (asking before replacing text). True if done."""
        try:
            outcome = read_in_background(self, path, self.kind)
        except DocumentError as error:
            messages.error(self, self.tr("Cannot import the file"), document_error_text(error))
            return False
        if outcome is None:  # cancelled
            return False
        text, original = outcome
        if self.text.toPlainText().strip() and not messages.confirm(
            self,
            self.tr("Replace the text?"),
            self.tr("Replace the text in this field with the text of “{name}”?").format(
                name=original.filename),
            self.tr("Replace"),
        ):
            return False
        self.text.setPlainText(text)
        self.imported = original
        self.show_source(original.filename)
        self.textImported.emit(text, original.filename)
        return True
