"""The sidebar's "Follow-up": candidates waiting to hear from the firm, and panel
members whose assessment form is still open (issue #4, §5).

Only names, vacancies and dates are shown — the store's ``follow_up`` hands out no
score — so the list is safe on a screen a candidate might see. An overdue feedback
is marked by an "!" and the word "overdue", and in bold: never by colour alone.

The section only announces what the user asked for; the home view decides what
happens (select the candidate, record the feedback, open a form or the panel). The
assessment store is not imported here: it is loaded with the first follow-up, just
after the window shows.
"""

from datetime import date
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interviewdesk.ui.home.delegates import muted_sentence, two_line_list
from interviewdesk.ui.home.formatting import format_near_date, local
from interviewdesk.ui.home.models import Index, RowListModel
from interviewdesk.ui.style import SPACING_SMALL, make_heading

if TYPE_CHECKING:
    from interviewdesk.store.assessments import AwaitingFeedback, FollowUp, OpenAssessment

    FollowUpItem = AwaitingFeedback | OpenAssessment


def is_awaiting(item: "FollowUpItem | None") -> "TypeGuard[AwaitingFeedback]":
    """Whether ``item`` is a candidate awaiting feedback."""
    if item is None:  # nothing chosen: no need to load the assessment store for that
        return False
    from interviewdesk.store.assessments import AwaitingFeedback

    return isinstance(item, AwaitingFeedback)


def is_open_assessment(item: "FollowUpItem | None") -> "TypeGuard[OpenAssessment]":
    """Whether ``item`` is a panel member's open assessment."""
    if item is None:
        return False
    from interviewdesk.store.assessments import OpenAssessment

    return isinstance(item, OpenAssessment)


def item_key(item: "FollowUpItem") -> tuple[str, int, int]:
    """What identifies a row across reloads."""
    if is_awaiting(item):
        return ("feedback", item.interview_id, item.application_id)
    return ("assessment", item.interview_id, item.panel_member_id)


class FollowUpModel(RowListModel["FollowUpItem"]):
    """Awaiting feedback first (by date, overdue on top), then the open assessments
    (the longest open first), as ``follow_up`` orders them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_follow_up(self, follow_up: "FollowUp", today: date | None = None) -> None:
        """Show both lists of ``follow_up`` (as of ``today``, for "due today")."""
        self.today = today or date.today()
        self.set_rows([*follow_up.awaiting_feedback, *follow_up.open_assessments])

    def position_of(self, key: tuple[str, int, int]) -> int | None:
        """Where the row with :func:`item_key` ``key`` is, if it is still there."""
        for position, row in enumerate(self._rows):
            if item_key(row) == key:
                return position
        return None

    def title(self, row: "FollowUpItem") -> str:
        if is_open_assessment(row):
            return self.tr("{name} — {candidate}").format(name=row.name,
                                                         candidate=row.candidate_name)
        if row.overdue:
            return self.tr("! {name}").format(name=row.candidate_name)
        return row.candidate_name

    def subtitle(self, row: "FollowUpItem") -> str:
        # The date before the vacancy: a long vacancy title is what gets elided.
        if is_open_assessment(row):
            if row.interview_date is None:
                when = ""
            else:
                when = format_near_date(local(row.interview_date).date(), self.today)
            if row.state == "in_progress":
                return self.tr("Form in progress · interview {date}").format(date=when)
            return self.tr("Form not started · interview {date}").format(date=when)
        when = format_near_date(row.feedback_date, self.today)
        if row.overdue:
            return self.tr("Overdue · due {date} · {vacancy}").format(
                date=when, vacancy=row.vacancy_title)
        if row.feedback_date == self.today:
            return self.tr("Feedback due today · {vacancy}").format(vacancy=row.vacancy_title)
        return self.tr("Feedback by {date} · {vacancy}").format(
            date=when, vacancy=row.vacancy_title)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            if role == Qt.ItemDataRole.FontRole:
                return self._font(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.explanation(row)
        return super().data(index, role)

    @staticmethod
    def _font(row: "FollowUpItem") -> QFont | None:
        if is_awaiting(row) and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def explanation(self, row: "FollowUpItem") -> str:
        """A sentence on what the row is waiting for and what to do next."""
        if is_open_assessment(row):
            return self.tr("{name}'s assessment of {candidate} ({vacancy}) is not submitted "
                           "yet. Press Enter to open the form.").format(
                               name=row.name, candidate=row.candidate_name,
                               vacancy=row.vacancy_title)
        if not row.decided:
            return self.tr("{candidate} is waiting to hear from you. The panel has not "
                           "decided yet: decide in the panel discussion, then record the "
                           "feedback here.").format(candidate=row.candidate_name)
        return self.tr("{candidate} is waiting to hear the panel's decision. Once you have "
                       "told them, log the contact or choose “Feedback given”.").format(
                           candidate=row.candidate_name)


class FollowUpSection(QWidget):
    """The heading with the number overdue, the list, and the button for the selected
    row's next step; "Nothing to follow up" when the list is empty.

    ``feedback_chosen(AwaitingFeedback)`` when an awaiting-feedback row is clicked or
    activated (the view shows that candidate); ``feedback_given_requested``,
    ``panel_requested(interview_id)`` and ``assessment_requested(OpenAssessment)`` from
    the button, the context menu, or Enter on an open assessment.
    """

    feedback_chosen = Signal(object)  # AwaitingFeedback
    feedback_given_requested = Signal(object)  # AwaitingFeedback
    contact_log_requested = Signal(object)  # AwaitingFeedback
    letter_requested = Signal(object)  # AwaitingFeedback
    panel_requested = Signal(int)
    assessment_requested = Signal(object)  # OpenAssessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FollowUpModel(self)
        self.loaded = False
        self.heading = make_heading(QLabel())
        self.overdue = QLabel()
        self.overdue.setFont(self.heading.font())
        self.overdue.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.view = two_line_list(self.model)
        self.empty = muted_sentence()
        #: Said while the list could not be read again (a server away): what shows is
        #: older than it looks.
        self.out_of_date = muted_sentence()
        self.out_of_date.setVisible(False)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._next_step)

        self.feedback_action = QAction(self.view)
        self.feedback_action.triggered.connect(self._feedback_given)
        self.panel_action = QAction(self.view)
        self.panel_action.triggered.connect(self._panel)
        self.form_action = QAction(self.view)
        self.form_action.triggered.connect(self._form)
        self.contact_action = QAction(self.view)
        self.contact_action.triggered.connect(self._contact_log)
        self.letter_action = QAction(self.view)
        self.letter_action.triggered.connect(self._write_letter)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.letter_action, self.contact_action, self.feedback_action,
                       self.panel_action, self.form_action):
            self.view.addAction(action)

        heading_row = QHBoxLayout()
        heading_row.setContentsMargins(0, 0, 0, 0)
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.overdue)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.next_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addLayout(heading_row)
        layout.addWidget(self.out_of_date)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(button_row)
        layout.addStretch(0)

        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._show_or_hide)
        self.retranslate_ui()
        self._show_or_hide()

    # -- contents -------------------------------------------------------------------

    def set_follow_up(self, follow_up: "FollowUp", today: date | None = None) -> None:
        """Show ``follow_up``, keeping the selected row selected if it is still there."""
        selected = self.selected()
        key = item_key(selected) if selected is not None else None
        if not self.loaded:
            self.loaded = True
            self.retranslate_ui()
        self.model.set_follow_up(follow_up, today)
        count = follow_up.overdue
        self.overdue.setText(self.tr("! %n overdue", "", count) if count else "")
        self.overdue.setVisible(bool(count))
        position = self.model.position_of(key) if key is not None else None
        if position is not None:
            self.view.setCurrentIndex(self.model.index(position, 0))
        self._show_or_hide()

    def set_up_to_date(self, up_to_date: bool) -> None:
        """Say (or stop saying) that the list shown could not be read again."""
        self.out_of_date.setVisible(not up_to_date)

    def selected(self) -> "FollowUpItem | None":
        """The selected row, if one is."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.row_at(index.row())

    # -- what happens ---------------------------------------------------------------

    def _chosen(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if is_awaiting(row):
            self.feedback_chosen.emit(row)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if is_awaiting(row):
            self.feedback_chosen.emit(row)
        else:
            self.assessment_requested.emit(row)

    def _next_step(self) -> None:
        """The button does what the selected row needs next."""
        row = self.selected()
        if is_open_assessment(row):
            self.assessment_requested.emit(row)
        elif is_awaiting(row):
            if row.decided:
                self.feedback_given_requested.emit(row)
            else:
                self.panel_requested.emit(row.interview_id)

    def _feedback_given(self) -> None:
        row = self.selected()
        if is_awaiting(row) and row.decided:
            self.feedback_given_requested.emit(row)

    def _contact_log(self) -> None:
        row = self.selected()
        if is_awaiting(row):
            self.contact_log_requested.emit(row)

    def _write_letter(self) -> None:
        row = self.selected()
        if is_awaiting(row):
            self.letter_requested.emit(row)

    def _panel(self) -> None:
        row = self.selected()
        if row is not None:
            self.panel_requested.emit(row.interview_id)

    def _form(self) -> None:
        row = self.selected()
        if is_open_assessment(row):
            self.assessment_requested.emit(row)

    def _update_actions(self) -> None:
        row = self.selected()
        feedback = is_awaiting(row)
        self.feedback_action.setEnabled(is_awaiting(row) and row.decided)
        self.feedback_action.setVisible(feedback or row is None)
        self.contact_action.setEnabled(feedback)
        self.contact_action.setVisible(feedback or row is None)
        self.letter_action.setEnabled(feedback)
        self.letter_action.setVisible(feedback or row is None)
        self.panel_action.setEnabled(row is not None)
        self.form_action.setVisible(is_open_assessment(row))
        self.next_button.setEnabled(row is not None)
        self.next_button.setText(self._next_text(row))
        self.next_button.setToolTip(self.model.explanation(row) if row is not None
                                    else self.tr("Choose a row above."))

    def _next_text(self, row: "FollowUpItem | None") -> str:
        if is_open_assessment(row):
            return self.tr("Assessment form…")
        if is_awaiting(row) and not row.decided:
            return self.tr("Panel discussion…")
        return self.tr("Feedback given…")

    def _show_or_hide(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.next_button.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_actions()

    # -- language -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Follow-up"))
        self.out_of_date.setText(self.tr("Not up to date: the follow-up could not be read "
                                         "again. It is read again with the next change."))
        self.empty.setText(self.tr("Nothing to follow up: every candidate has heard from "
                                   "you, and every assessment is in.") if self.loaded
                           else self.tr("Looking for what to follow up…"))
        self.feedback_action.setText(self.tr("Feedback given…"))
        self.contact_action.setText(self.tr("Log contact…"))
        self.letter_action.setText(self.tr("Write to the candidate…"))
        self.panel_action.setText(self.tr("Panel discussion…"))
        self.form_action.setText(self.tr("Assessment form…"))
        self._update_actions()
        self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
