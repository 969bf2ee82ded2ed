"""One competency on the assessment form: its name, kind and weight, the anchor cards
to score it on, and the evidence for the score, with a way to quote the interview's
notes into it."""

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interviewdesk.store.assessments import FormCompetency, FormRating
from interviewdesk.ui.assessment.form_anchors import NOT_ASSESSED, ScoreChoice
from interviewdesk.ui.assessment.form_text import kind_label
from interviewdesk.ui.style import ACCENT, SPACING, SPACING_SMALL, plain_text, scaled_font
from interviewdesk.ui.wizard.clock_bar import OVERRUN
from interviewdesk.ui.wizard.fields import NoteField, quiet

# Width of the column with the competency's number.
NUMBER_WIDTH = 28


def initial_choice(rating: FormRating) -> int | None:
    """What the cards show for a stored rating: its score, "not assessed" when that
    is all there is, and nothing when there is evidence without a score — that is
    usually a forgotten click, which the rater is asked about on submitting."""
    if rating.state == "scored":
        return rating.score
    if rating.state == "not_assessed" and not rating.evidence.strip():
        return NOT_ASSESSED
    return None


class CompetencyRow(QWidget):
    """The score and evidence of one competency.

    ``scoreChosen(competency_id, value)`` (value 0 for "not assessed"),
    ``evidenceEdited(competency_id, text)``, ``quoteRequested(competency_id)``, and
    ``nextRequested(competency_id)`` after a score was chosen by key.
    """

    scoreChosen = Signal(int, int)
    evidenceEdited = Signal(int, str)
    quoteRequested = Signal(int)
    nextRequested = Signal(int)

    def __init__(self, number: int, competency: FormCompetency, rating: FormRating,
                 has_notes: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.competency = competency
        cid = competency.id
        self.setObjectName(f"competency_{cid}")

        self.number = QLabel(str(number))
        self.number.setFont(scaled_font(self.number, 1.15, bold=True))
        palette = self.number.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ACCENT)
        self.number.setPalette(palette)
        self.number.setFixedWidth(NUMBER_WIDTH)
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.name = plain_text(QLabel(competency.name))
        self.name.setFont(scaled_font(self.name, 1.15, bold=True))
        self.name.setWordWrap(True)
        self.meta = quiet(self.tr("{kind} · weight {weight}").format(
            kind=kind_label(competency.kind),
            weight=QLocale().toString(float(competency.weight), "g", 3)))
        self.meta.setWordWrap(False)
        title = QHBoxLayout()
        title.setSpacing(SPACING)
        title.addWidget(self.name, 1)
        title.addWidget(self.meta, 0, Qt.AlignmentFlag.AlignBottom)

        self.choice = ScoreChoice(competency.anchors,
                                  self.tr("Too little seen or heard to give a score."))
        self.choice.setAccessibleName(self.tr("Score for {name}").format(name=competency.name))
        self.choice.set_choice(initial_choice(rating))
        self.choice.chosen.connect(self._chosen)
        self.choice.keyChosen.connect(lambda _value: self.nextRequested.emit(cid))

        self.missing = QLabel()
        self.missing.setWordWrap(True)
        palette = self.missing.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVERRUN)
        self.missing.setPalette(palette)
        self.missing.hide()

        self.evidence = NoteField(
            self.tr("Evidence: what did the candidate say or do that supports the score?"),
            min_lines=2, max_lines=14)
        self.evidence.setAccessibleName(self.tr("Evidence for {name}").format(
            name=competency.name))
        self.evidence.set_text(rating.evidence)
        self.evidence.edited.connect(lambda text: self.evidenceEdited.emit(cid, text))
        self.quote = QPushButton(self.tr("Quote from interview notes…"))
        self.quote.setEnabled(has_notes)
        self.quote.setToolTip(
            self.tr("Insert a note taken during this interview, quoted, into the evidence")
            if has_notes else self.tr("No notes were taken during this interview"))
        self.quote.clicked.connect(lambda: self.quoteRequested.emit(cid))
        evidence_bar = QHBoxLayout()
        evidence_bar.setSpacing(SPACING)
        evidence_label = QLabel(self.tr("Evidence"))
        evidence_label.setFont(scaled_font(evidence_label, 1.0, bold=True))
        evidence_bar.addWidget(evidence_label)
        evidence_bar.addStretch(1)
        evidence_bar.addWidget(self.quote)

        body = QVBoxLayout()
        body.setSpacing(SPACING_SMALL)
        body.addLayout(title)
        if competency.description.strip():
            self.description = quiet(competency.description.strip())
            body.addWidget(self.description)
        body.addSpacing(SPACING_SMALL)
        body.addWidget(self.choice)
        body.addWidget(self.missing)
        body.addSpacing(SPACING_SMALL)
        body.addLayout(evidence_bar)
        body.addWidget(self.evidence)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body, 1)
        # Tab from the anchors reaches the evidence first (as the form's guide says), then
        # the quote button: a space typed after Tab must be text, not open the quote dialog.
        QWidget.setTabOrder(self.choice, self.evidence)
        QWidget.setTabOrder(self.evidence, self.quote)

    @property
    def competency_id(self) -> int:
        """The id of the competency this row scores."""
        return self.competency.id

    def set_missing(self, text: str) -> None:
        """Say under the cards what this competency still needs ("" hides it)."""
        self.missing.setText(text)
        self.missing.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        """A submitted form shows everything and changes nothing."""
        self.choice.set_read_only(read_only)
        self.evidence.setReadOnly(read_only)
        self.quote.setVisible(not read_only)
        if read_only:
            self.set_missing("")

    def focus_score(self) -> None:
        """Put the keyboard on this competency's cards."""
        self.choice.setFocus(Qt.FocusReason.OtherFocusReason)

    def insert_quote(self, text: str) -> None:
        """Insert ``text`` at the cursor of the evidence, on a line of its own; the
        cursor ends after it, ready for a comment."""
        cursor = self.evidence.textCursor()
        before = self.evidence.toPlainText()[:cursor.position()]
        if before and not before.endswith("\n"):
            text = "\n" + text
        cursor.insertText(text)
        self.evidence.setTextCursor(cursor)
        self.evidence.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(self, value: int) -> None:
        self.set_missing("")
        self.scoreChosen.emit(self.competency.id, value)
