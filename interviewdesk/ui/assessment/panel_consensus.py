"""The consensus field under a flagged competency: the score the panel agrees on (or
that it cannot be assessed) and why, right where the disagreement shows.

Once recorded it reads as resolved, in one line, and can be changed or taken back.
Saving is the panel view's job: this widget only asks for it.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.scales import RATING_SCALE
from interviewdesk.store.assessments import PanelRow
from interviewdesk.ui.assessment.panel_heat import format_score, not_assessed_label, scale_label
from interviewdesk.ui.style import SPACING, SPACING_SMALL

#: The score picker's entries after the prompt: the scale, then "not assessed".
NOT_ASSESSED_CHOICE = "not_assessed"
# The reason field's height in lines.
REASON_LINES = 2.6


class ConsensusEditor(QWidget):
    """The consensus on ``row``.

    ``recordRequested(competency_id, score, reason)`` when the panel records one
    (``score`` an int, or ``None`` for not assessed); ``removeRequested(competency_id)``
    when it takes one back.
    """

    recordRequested = Signal(int, object, str)
    removeRequested = Signal(int)

    def __init__(self, row: PanelRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.stack = QStackedWidget()
        self.stack.addWidget(self._resolved_page())
        self.stack.addWidget(self._editor_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._fill_editor()
        self._show_resolved(row.consensus is not None)

    # -- the two faces --------------------------------------------------------------

    def _resolved_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = QPushButton(self.tr("Change"))
        self.change_button.clicked.connect(lambda: self._show_resolved(False))
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        return page

    def _editor_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.score_box = QComboBox()
        self.score_box.addItem(self.tr("Choose the panel's score…"), None)
        for point in RATING_SCALE:
            self.score_box.addItem(
                self.tr("{score} · {label}").format(score=point.score,
                                                    label=scale_label(point.score)),
                point.score)
        self.score_box.addItem(not_assessed_label(), NOT_ASSESSED_CHOICE)
        self.score_box.setAccessibleName(self.tr("The panel's score"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the panel agrees on this score (required)"))
        self.reason.setAccessibleName(self.tr("Reason for the consensus"))
        self.reason.setFixedHeight(round(self.reason.fontMetrics().lineSpacing() * REASON_LINES)
                                   + 2 * SPACING_SMALL)
        buttons = QVBoxLayout()
        buttons.setSpacing(SPACING_SMALL)
        self.record_button = QPushButton(self.tr("Record consensus"))
        self.record_button.clicked.connect(self._record)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.remove_button = QPushButton(self.tr("Take back"))
        self.remove_button.setToolTip(self.tr("Remove the consensus: the flag is open again"))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(
            self.row.competency_id))
        for button in (self.record_button, self.cancel_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.score_box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.reason, 1)
        layout.addLayout(buttons)
        self.score_box.currentIndexChanged.connect(self._update_buttons)
        self.reason.textChanged.connect(self._update_buttons)
        return page

    # -- state ----------------------------------------------------------------------

    def is_resolved_shown(self) -> bool:
        """Whether the recorded consensus is shown (rather than the editor)."""
        return self.stack.currentIndex() == 0

    def chosen_score(self) -> int | str | None:
        """The picked score, ``None`` for not assessed, ``""`` if nothing is picked."""
        data = self.score_box.currentData()
        if data is None:
            return ""
        return None if data == NOT_ASSESSED_CHOICE else int(data)

    def _fill_editor(self) -> None:
        consensus = self.row.consensus
        if consensus is None:
            self.score_box.setCurrentIndex(0)
            self.reason.setPlainText("")
        else:
            wanted = NOT_ASSESSED_CHOICE if consensus.score is None else consensus.score
            self.score_box.setCurrentIndex(max(0, self.score_box.findData(wanted)))
            self.reason.setPlainText(consensus.reason)
            if consensus.score is None:
                text = self.tr("Resolved — the panel agrees this was not assessed: {reason}")
            else:
                text = self.tr("Resolved — the panel agrees on {score} ({label}): {reason}")
            self.summary.setText(text.format(
                score=format_score(consensus.score) if consensus.score is not None else "",
                label=scale_label(consensus.score), reason=consensus.reason))
        self.cancel_button.setVisible(consensus is not None)
        self.remove_button.setVisible(consensus is not None)
        self._update_buttons()

    def _show_resolved(self, resolved: bool) -> None:
        self.stack.setCurrentIndex(0 if resolved else 1)
        # A stack is as tall as its tallest page; only the page shown should count.
        for index in range(self.stack.count()):
            shown = index == self.stack.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            self.stack.widget(index).setSizePolicy(policy, policy)
        self.stack.adjustSize()
        if not resolved and self.isVisible():
            self.score_box.setFocus()

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.chosen_score() != ""
                                      and bool(self.reason.toPlainText().strip()))

    def _record(self) -> None:
        score = self.chosen_score()
        reason = self.reason.toPlainText().strip()
        if score == "" or not reason:
            return
        self.recordRequested.emit(self.row.competency_id, score, reason)

    def _cancel(self) -> None:
        self._fill_editor()
        self._show_resolved(True)
