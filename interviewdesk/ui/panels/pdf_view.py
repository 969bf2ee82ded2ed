"""The CV as the candidate sent it: the stored PDF, page after page, fitted to the
panel's width, with "Page 2 of 5" and buttons to step between pages.

The PDF is read from memory (a :class:`QBuffer` over the stored bytes): no copy of
the candidate's file is written to disk to show it. The buffer must live as long as
the document reads from it, so this widget owns both.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from interviewdesk.ui.style import SPACING, SPACING_SMALL


class OriginalPdfView(QWidget):
    """A PDF from bytes, with page navigation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(SPACING)
        self.view.setAccessibleName(self.tr("The original CV"))
        self.view.pageNavigator().currentPageChanged.connect(self._update_page)

        self.previous_button = self._button(Qt.ArrowType.UpArrow, self.tr("Previous page"), -1)
        self.next_button = self._button(Qt.ArrowType.DownArrow, self.tr("Next page"), 1)
        self.page_label = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(SPACING_SMALL)
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING_SMALL, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def _button(self, arrow: Qt.ArrowType, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda: self.go_to_page(self.current_page() + step))
        return button

    def load(self, content: bytes) -> bool:
        """Show the PDF in ``content``; False if it cannot be opened."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self._update_page()
        return self.document.status() == QPdfDocument.Status.Ready

    def clear(self) -> None:
        """Show nothing, and let go of the bytes."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._update_page()

    def page_count(self) -> int:
        """How many pages the PDF has (0 when none is loaded)."""
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page being read, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Scroll to ``page`` (from 0), kept within the document."""
        count = self.page_count()
        if count:
            page = min(max(page, 0), count - 1)
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _update_page(self, *_args: object) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        self.page_label.setText(self.tr("Page {page} of {count}").format(
            page=page + 1, count=count) if count else "")
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
