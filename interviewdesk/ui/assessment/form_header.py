"""The top of the assessment form: whose assessment of whom, and a banner that says
who should fill it in — or, once submitted, when, with the way to reopen it and the
times it was reopened before."""

import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interviewdesk.domain.wording import in_sentence
from interviewdesk.store.assessments import AssessmentForm, RoundState
from interviewdesk.ui.assessment.form_anchors import RADIUS, tint
from interviewdesk.ui.assessment.form_text import format_moment, role_label
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_heading, plain_text, scaled_font
from interviewdesk.ui.wizard.fields import quiet

# How much of the accent tints a banner.
BANNER_TINT = 0.09


class FormHeader(QWidget):
    """Candidate, vacancy and interview date on the left; the rater on the right."""

    def __init__(self, form: AssessmentForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = make_heading(plain_text(QLabel(self.tr("Assessment of {candidate}").format(
            candidate=form.candidate_name))), 1.5)
        self.title.setWordWrap(True)
        if form.scheduled_at is not None:
            details = self.tr("{vacancy} · interview on {date}").format(
                vacancy=form.vacancy_title, date=format_moment(form.scheduled_at))
        else:
            details = form.vacancy_title
        self.details = quiet(details)
        self.rater = plain_text(QLabel(form.rater_name))
        self.rater.setFont(scaled_font(self.rater, 1.15, bold=True))
        self.rater.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.role = quiet(role_label(form.role))
        self.role.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.role.setWordWrap(False)

        left = QVBoxLayout()
        left.setSpacing(SPACING_SMALL // 2)
        left.addWidget(self.title)
        left.addWidget(self.details)
        right = QVBoxLayout()
        right.setSpacing(SPACING_SMALL // 2)
        right.addWidget(self.rater)
        right.addWidget(self.role)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(left, 1)
        layout.addLayout(right)


class Banner(QWidget):
    """A calm band tinted with the accent colour: a bold line, a quiet explanation,
    and an optional button on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setFont(scaled_font(self.headline, 1.05, bold=True))
        self.headline.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.button = QPushButton()
        self.button.hide()
        self.text_column = QVBoxLayout()
        self.text_column.setSpacing(SPACING_SMALL // 2)
        self.text_column.addWidget(self.headline)
        self.text_column.addWidget(self.explanation)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING + 4, SPACING, SPACING + 4, SPACING)
        layout.setSpacing(SPACING)
        layout.addLayout(self.text_column, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The tinted, rounded band."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint(self.palette().color(QPalette.ColorRole.Base), BANNER_TINT))
        painter.drawRoundedRect(QRectF(self.rect()), RADIUS, RADIUS)


class FormBanner(Banner):
    """Says who should fill in the form, or that it is submitted (with Reopen…), and
    lists when and why it was reopened before. ``reopenRequested`` on Reopen…."""

    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Names and the chair's reason are shown as typed, never as markup.
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.button.setText(self.tr("Reopen…"))
        self.button.setToolTip(self.tr("Open the submitted form again to change it; "
                                       "you will be asked why"))
        self.button.clicked.connect(self.reopenRequested)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.hide()
        self.text_column.addSpacing(SPACING_SMALL)
        self.text_column.addWidget(self.history)

    def show_form(self, form: AssessmentForm, round_: RoundState | None = None) -> None:
        """Show what ``form`` says now; ``round_`` says whether the chair closed the
        assessment round before this form was in (then it is submitted late)."""
        closed_at = round_.closed_early_at if round_ is not None else None
        late = (closed_at is not None and form.submitted_at is not None
                and form.submitted_at > closed_at)
        if form.submitted_at is not None:
            self.headline.setText(
                self.tr("Submitted on {moment}, after the round was closed").format(
                    moment=format_moment(form.submitted_at)) if late else
                self.tr("Submitted on {moment}").format(
                    moment=format_moment(form.submitted_at)))
            self.explanation.setText(self.tr(
                "This form is read-only. To change something, reopen it and say why."))
        elif round_ is not None and closed_at is not None:
            self.headline.setText(self.tr("The round was closed on {moment} by {name}").format(
                moment=format_moment(closed_at), name=round_.closed_by))
            self.explanation.setText(self.tr(
                "Reason: {reason}. The panel's scores are open to everyone now, without "
                "yours. You can still submit this form; it will be shown as submitted after "
                "the round was closed.").format(reason=in_sentence(round_.reason)))
        else:
            self.headline.setText(self.tr("Only {name} should fill in this form").format(
                name=form.rater_name))
            self.explanation.setText(self.tr(
                "Assess on your own: score what you saw and heard, with the evidence for it. "
                "The rest of the panel sees your scores only after you submit."))
        self.button.setVisible(form.submitted)
        rows = [self.tr("Reopened on {moment}: {reason}").format(
                    moment=format_moment(reopening.reopened_at),
                    reason=html.escape(reopening.reason))
                for reopening in form.reopenings]
        self.history.setText("<br>".join(rows))
        self.history.setVisible(bool(rows))
