"""The candidate's CV and motivation letter beside the interview, the vacancy's
keywords highlighted in both, and the original PDF one tab away."""

from collections.abc import Sequence

from PySide6.QtWidgets import QTabWidget, QWidget

from interviewdesk.ui.panels.pdf_view import OriginalPdfView
from interviewdesk.ui.panels.reading_dock import ReadingDock
from interviewdesk.ui.panels.reading_view import ReadingPane


class CandidateDock(ReadingDock):
    """The panel "cvDock": tabs CV, Motivation letter, and Original (only when the
    CV was imported from a PDF). Fill it with :meth:`set_candidate`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Candidate"), "cvDock", parent)
        hint = self.tr("Words from the vacancy's competencies are highlighted.")
        self.cv = ReadingPane(
            self.tr("No CV yet — import one from the candidate (PDF, DOCX or TXT)."),
            self.tr("CV"))
        self.cv.view.setAccessibleDescription(hint)
        self.letter = ReadingPane(
            self.tr("No motivation letter yet — import one from the candidate "
                    "(PDF, DOCX or TXT)."),
            self.tr("Motivation letter"))
        self.letter.view.setAccessibleDescription(hint)
        self.original = OriginalPdfView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.cv, self.tr("CV"))
        self.tabs.addTab(self.letter, self.tr("Motivation letter"))
        self.original_index = self.tabs.addTab(self.original, self.tr("Original"))
        self.tabs.setTabToolTip(self.original_index,
                                self.tr("The CV as the candidate sent it (PDF)"))
        self.tabs.setTabVisible(self.original_index, False)
        self.tabs.currentChanged.connect(self._tab_changed)
        for pane in self.panes():
            self._connect_pane(pane)
        self.set_content(self.tabs)
        self.set_candidate("", "", "", (), None)

    def set_candidate(self, name: str, cv_text: str, letter_text: str,
                      keywords: Sequence[str], pdf_bytes: bytes | None) -> None:
        """Show this candidate's texts with ``keywords`` (competency names and
        keywords; entries may hold several, comma separated) highlighted, and the
        original PDF if ``pdf_bytes`` holds one. Starts on the CV tab."""
        self.heading.set_full_text(name)
        self.cv.set_text(cv_text, keywords)
        self.letter.set_text(letter_text, keywords)
        shown = bool(pdf_bytes) and self.original.load(pdf_bytes or b"")
        if not shown:
            self.original.clear()
        self.tabs.setTabVisible(self.original_index, shown)
        self.tabs.setCurrentWidget(self.cv)

    def has_original(self) -> bool:
        """Whether the Original tab (the PDF) is offered."""
        return self.tabs.isTabVisible(self.original_index)

    def panes(self) -> Sequence[ReadingPane]:
        """The CV and the letter."""
        return (self.cv, self.letter)

    def current_pane(self) -> ReadingPane | None:
        """The CV or the letter, whichever tab is in front; None on the Original tab."""
        current = self.tabs.currentWidget()
        return current if isinstance(current, ReadingPane) else None

    def find_pane(self) -> ReadingPane | None:
        """The text in front; from the Original tab, the CV's text (the PDF itself is
        searched as text)."""
        pane = self.current_pane()
        if pane is None:
            self.tabs.setCurrentWidget(self.cv)
            pane = self.cv
        return pane

    def _tab_changed(self, _index: int) -> None:
        # The PDF always fits the panel's width; the zoom is for the texts.
        self.update_zoom_buttons(enabled=self.current_pane() is not None)
