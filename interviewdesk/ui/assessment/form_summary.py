"""The end of the assessment form: strengths, weaknesses, the overall recommendation
and the Submit button."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from interviewdesk.store.assessments import AssessmentEdit, AssessmentForm
from interviewdesk.ui.assessment.form_recommendation import RecommendationChoice
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL
from interviewdesk.ui.wizard.clock_bar import OVERRUN
from interviewdesk.ui.wizard.fields import NoteField, heading, quiet


class FormSummary(QWidget):
    """Strengths, weaknesses and recommendation; it makes the Submit button and its
    note, which the window puts in its fixed button bar.

    ``textEdited(AssessmentEdit)`` with the strengths or the weaknesses as they now read,
    ``recommendationChosen(key)``, ``submitRequested()``.
    """

    textEdited = Signal(object)
    recommendationChosen = Signal(str)
    submitRequested = Signal()

    def __init__(self, form: AssessmentForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strengths = NoteField(self.tr("What speaks for this candidate?"), 3, 14)
        self.strengths.setAccessibleName(self.tr("Strengths"))
        self.strengths.set_text(form.strengths)
        self.strengths.edited.connect(
            lambda text: self.textEdited.emit(AssessmentEdit(strengths=text)))
        self.weaknesses = NoteField(self.tr("What are the doubts or risks?"), 3, 14)
        self.weaknesses.setAccessibleName(self.tr("Weaknesses"))
        self.weaknesses.set_text(form.weaknesses)
        self.weaknesses.edited.connect(
            lambda text: self.textEdited.emit(AssessmentEdit(weaknesses=text)))

        self.recommendation = RecommendationChoice()
        self.recommendation.set_value(form.recommendation)
        self.recommendation.chosen.connect(self._chosen)
        self.recommendation_missing = QLabel(self.tr("Choose your overall recommendation."))
        palette = self.recommendation_missing.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVERRUN)
        self.recommendation_missing.setPalette(palette)
        self.recommendation_missing.hide()

        self.submit_button = QPushButton(self.tr("Submit assessment"))
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(self.tr("Submit the form (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submitRequested)
        self.submit_note = quiet(self.tr(
            "After submitting, the form is read-only and your scores join the panel "
            "discussion. You can still reopen it, with a reason."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(heading(self.tr("Strengths")))
        layout.addWidget(self.strengths)
        layout.addSpacing(SPACING)
        layout.addWidget(heading(self.tr("Weaknesses")))
        layout.addWidget(self.weaknesses)
        layout.addSpacing(SPACING_LARGE)
        layout.addWidget(heading(self.tr("Overall recommendation")))
        layout.addWidget(quiet(self.tr("Would you hire this candidate for this role?")))
        layout.addSpacing(SPACING_SMALL)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.recommendation_missing)
        # Submit and its note live in the window's button bar, which never scrolls away.

    def set_read_only(self, read_only: bool) -> None:
        """A submitted form shows its texts and recommendation, and no Submit."""
        for field in (self.strengths, self.weaknesses):
            field.setReadOnly(read_only)
        self.recommendation.set_read_only(read_only)
        self.recommendation_missing.hide()
        self.submit_button.setVisible(not read_only)
        self.submit_note.setVisible(not read_only)

    def set_recommendation_missing(self, missing: bool) -> None:
        """Say under the buttons that a recommendation is still needed."""
        self.recommendation_missing.setVisible(missing)

    def _chosen(self, key: str) -> None:
        self.recommendation_missing.hide()
        self.recommendationChosen.emit(key)
