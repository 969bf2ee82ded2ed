"""The decision at the bottom of the panel view: the outcome as four buttons, the
rationale, the next steps and the date the candidate hears back.

While a flagged competency has no consensus the store refuses a decision unless the
panel says why it decides anyway; the form then shows which flags are open and asks
for that reason right there. Saving is the panel view's job: this form asks for it
with a :class:`~interviewdesk.store.assessments.DecisionDraft`.
"""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.scales import DECISION_OUTCOMES
from interviewdesk.store.assessments import DecisionDraft, DecisionInfo, PanelRow
from interviewdesk.ui.assessment.panel_heat import INK, NOTICE, outcome_label
from interviewdesk.ui.home.formatting import format_moment
from interviewdesk.ui.style import (
    ACCENT,
    SPACING,
    SPACING_SMALL,
    make_heading,
    make_muted,
    scaled_font,
)

#: The candidate hears back this many working days after the discussion, by default.
FEEDBACK_WORKING_DAYS = 3
DATE_FORMAT = "ddd d MMM yyyy"
#: The chosen outcome's button: the accent colour, pale enough for dark text.
CHOSEN = ACCENT.lighter(185)


def working_days_ahead(start: date, count: int) -> date:
    """The day ``count`` working days (Monday to Friday) after ``start``."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _text_field(placeholder: str, lines: int) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    field.setPlaceholderText(placeholder)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 2 * SPACING_SMALL + 4)
    return field


class DecisionForm(QWidget):
    """The panel's decision; ``recordRequested(draft)`` when "Record decision" is pressed."""

    recordRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_rows: tuple[PanelRow, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(QLabel(self.tr("Decision")), 1.15))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(SPACING)
        form.setVerticalSpacing(SPACING)
        outcomes = QHBoxLayout()
        outcomes.setSpacing(SPACING_SMALL)
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(True)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for choice in DECISION_OUTCOMES:
            button = QPushButton(outcome_label(choice.key))
            button.setCheckable(True)
            self.outcome_group.addButton(button)
            self.outcome_buttons[choice.key] = button
            outcomes.addWidget(button)
        outcomes.addStretch(1)
        form.addRow(self.tr("Outcome"), outcomes)
        self.rationale = _text_field(self.tr("Why the panel decides this, in a few sentences "
                                             "(required)"), 4)
        form.addRow(self.tr("Rationale"), self.rationale)
        self.next_steps = _text_field(self.tr("Who does what next: invitation, references, "
                                              "the offer…"), 3)
        form.addRow(self.tr("Next steps"), self.next_steps)
        self.feedback_date = QDateEdit()
        self.feedback_date.setCalendarPopup(True)
        self.feedback_date.setDisplayFormat(DATE_FORMAT)
        self.feedback_date.setAccessibleName(self.tr("Feedback to the candidate by"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.feedback_date)
        date_row.addStretch(1)
        form.addRow(self.tr("Candidate hears back by"), date_row)
        layout.addLayout(form)

        self.open_note = make_muted(QLabel())
        self.open_note.setWordWrap(True)
        layout.addWidget(self.open_note)

        self.override_box = QFrame()
        self.override_box.setAutoFillBackground(True)
        notice = self.override_box.palette()
        notice.setColor(QPalette.ColorRole.Window, NOTICE)
        notice.setColor(QPalette.ColorRole.WindowText, INK)
        self.override_box.setPalette(notice)
        box = QVBoxLayout(self.override_box)
        box.setContentsMargins(SPACING, SPACING_SMALL, SPACING, SPACING)
        box.setSpacing(SPACING_SMALL)
        self.override_text = QLabel()
        self.override_text.setWordWrap(True)
        self.override_reason = _text_field(self.tr("Why the panel decides without a consensus "
                                                   "on these (required)"), 2)
        box.addWidget(self.override_text)
        box.addWidget(self.override_reason)
        self.override_box.setVisible(False)
        layout.addWidget(self.override_box)

        # "Record decision" sits in a bar of its own, which the panel view keeps below
        # the scrolling page: always in reach, however long the matrix.
        self.bar = QFrame()
        self.bar.setObjectName("decisionBar")
        self.bar.setFrameShape(QFrame.Shape.StyledPanel)
        buttons = QHBoxLayout(self.bar)
        buttons.setContentsMargins(SPACING, SPACING_SMALL, SPACING, SPACING_SMALL)
        self.record_button = QPushButton(self.tr("Record decision"))
        self.record_button.clicked.connect(self._record)
        self.hint = make_muted(QLabel(self.tr("Choose an outcome and write the rationale.")))
        self.hint.setWordWrap(True)
        self.status = make_muted(QLabel())
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.status, 0, Qt.AlignmentFlag.AlignRight)

        self.outcome_group.buttonToggled.connect(self._mark_outcome)
        self.outcome_group.buttonToggled.connect(self._update)
        self.rationale.textChanged.connect(self._update)
        self.override_reason.textChanged.connect(self._update)
        self._update()

    # -- loading --------------------------------------------------------------------

    def load(self, decision: DecisionInfo | None, default_date: date,
             open_rows: tuple[PanelRow, ...], default_next_steps: str = "") -> None:
        """Show ``decision`` (or a new one with ``default_date`` and the next steps
        noted at the closing, ``default_next_steps``, to edit here)."""
        self.outcome_group.setExclusive(False)
        for key, button in self.outcome_buttons.items():
            button.setChecked(decision is not None and decision.outcome == key)
        self.outcome_group.setExclusive(True)
        self.rationale.setPlainText(decision.rationale if decision else "")
        self.next_steps.setPlainText(decision.next_steps if decision else default_next_steps)
        day = (decision.feedback_date if decision and decision.feedback_date else default_date)
        self.feedback_date.setDate(QDate(day.year, day.month, day.day))
        self.override_reason.setPlainText(decision.override_reason if decision else "")
        if decision is None:
            self.status.setText(self.tr("Not decided yet"))
            self.record_button.setText(self.tr("Record decision"))
        else:
            self.status.setText(self.tr("Recorded {moment}").format(
                moment=format_moment(decision.decided_at)) if decision.decided_at
                else self.tr("Recorded"))
            self.record_button.setText(self.tr("Record revised decision"))
        self.set_open_flags(open_rows, show_override=bool(decision and decision.override_reason))

    def set_open_flags(self, rows: tuple[PanelRow, ...], *, show_override: bool = False) -> None:
        """Say which flagged competencies still have no consensus; ask for the override
        reason now if ``show_override`` (else once the store has refused)."""
        self.open_rows = rows
        names = ", ".join(row.name for row in rows)
        self.open_note.setText(self.tr(
            "Still without a consensus: {names}. Record one above before deciding, or "
            "give the reason to decide anyway.").format(names=names) if rows else "")
        self.open_note.setVisible(bool(rows))
        if not rows:
            self.override_box.setVisible(False)
        elif show_override:
            self.show_override(rows)
        self._update()

    def show_override(self, rows: tuple[PanelRow, ...]) -> None:
        """Ask why the panel decides while ``rows`` have no consensus."""
        self.open_rows = rows
        lines = []
        for row in rows:
            if row.flag == "gap":
                lines.append(self.tr("{name}: nobody assessed this").format(name=row.name))
            else:
                lines.append(self.tr("{name}: raters differ by %n point(s)", "",
                                     row.spread or 0).format(name=row.name))
        self.override_text.setText(self.tr(
            "These competencies have no consensus yet:\n{flags}\nTo decide anyway, say "
            "why; the reason is kept with the decision.").format(
                flags="\n".join(f"• {line}" for line in lines)))
        self.open_note.setVisible(False)
        self.override_box.setVisible(True)
        self._update()

    # -- state ----------------------------------------------------------------------

    def outcome(self) -> str | None:
        """The chosen outcome's key, if one is chosen."""
        for key, button in self.outcome_buttons.items():
            if button.isChecked():
                return key
        return None

    def draft(self) -> DecisionDraft | None:
        """What is filled in, or ``None`` while the outcome or rationale is missing."""
        outcome = self.outcome()
        rationale = self.rationale.toPlainText().strip()
        if outcome is None or not rationale:
            return None
        day = self.feedback_date.date()
        override = (self.override_reason.toPlainText().strip()
                    if self.override_box.isVisibleTo(self) else "")
        return DecisionDraft(outcome, rationale, self.next_steps.toPlainText().strip(),
                             date(day.year(), day.month(), day.day()), override)

    def _mark_outcome(self) -> None:
        """The chosen outcome stands out by a tick, bold text and the accent colour."""
        for key, button in self.outcome_buttons.items():
            chosen = button.isChecked()
            label = outcome_label(key)
            button.setText(self.tr("✓ {outcome}").format(outcome=label) if chosen else label)
            button.setFont(scaled_font(self, bold=chosen))
            palette = self.palette()
            if chosen:
                palette.setColor(QPalette.ColorRole.Button, CHOSEN)
            button.setPalette(palette)

    def _update(self) -> None:
        draft = self.draft()
        needs_reason = (self.override_box.isVisibleTo(self) and draft is not None
                        and not draft.override_reason)
        self.record_button.setEnabled(draft is not None and not needs_reason)
        if draft is None:
            self.hint.setText(self.tr("Choose an outcome and write the rationale."))
        elif needs_reason:
            self.hint.setText(self.tr("Say why the panel decides without a consensus."))
        else:
            self.hint.setText("")

    def _record(self) -> None:
        draft = self.draft()
        if draft is not None:
            self.recordRequested.emit(draft)
