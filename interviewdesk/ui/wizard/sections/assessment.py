"""Assessment: what is still open in the interview (each a link to where it can be
done), the panel members who will each assess the candidate — with how far each
one's form is and a button to open it — and the way to the panel discussion.

A form's button opens that member's own form, as that member: their PIN is asked
first if they have one (:mod:`interviewdesk.ui.assessment.identity`), and a row
without a PIN says that anyone at this laptop can open it. No other member's
assessment is reachable from here.

The forms and the panel discussion are windows of their own
(:mod:`interviewdesk.ui.assessment`), imported when first opened.
"""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interviewdesk.domain.agenda import ASSESSMENT, CANDIDATE_QUESTIONS, CLOSING
from interviewdesk.store import pins
from interviewdesk.store.assessments import FormStatus, status_of_forms
from interviewdesk.ui.assessment.form_text import state_text
from interviewdesk.ui.assessment.identity import no_pin_note
from interviewdesk.ui.settings import Settings
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, plain_tooltip
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import heading, quiet
from interviewdesk.ui.wizard.open_items import (
    unanswered_candidate_questions,
    unasked_questions,
    unticked_items,
)
from interviewdesk.ui.wizard.sections.base import Link, LinkList, Section
from interviewdesk.ui.wizard.sections.preparation import role_label


class AssessmentSection(Section):
    """The assessment page's own part."""

    def __init__(self, context: InterviewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.nothing_open = quiet(self.tr(
            "Nothing is left open: every checklist item is ticked, every question asked "
            "and answered, and the feedback date is set."))
        self.groups: dict[str, tuple[QLabel, LinkList]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(heading(self.tr("Still open")))
        layout.addWidget(self.nothing_open)
        titles = {
            "checklist": self.tr("Checklist items not ticked, by stage"),
            "questions": self.tr("Planned questions not asked"),
            "candidate": self.tr("The candidate's questions not answered"),
            "feedback": self.tr("Feedback date"),
        }
        for name, title in titles.items():
            label = heading(title, 1.0)
            links = LinkList()
            links.jumpRequested.connect(self.jumpRequested)
            layout.addSpacing(SPACING_SMALL)
            layout.addWidget(label)
            layout.addWidget(links)
            self.groups[name] = (label, links)

        job_titles = {seat.panel_member_id: seat.job_title for seat in context.session.panel}
        self.panel = PanelForms(job_titles, context.language)
        self.panel.openRequested.connect(self.open_form)
        self.no_panel = quiet(self.tr(
            "Nobody is on this interview's panel. Add the interviewers in the interview's "
            "details."))
        self.discussion_button = QPushButton(self.tr("Panel discussion"))
        self.discussion_button.setToolTip(self.tr(
            "Compare the panel's scores, agree on the differences and record the decision"))
        self.discussion_button.clicked.connect(self.open_panel_discussion)
        self.audit_button = QPushButton(self.tr("Audit trail…"))
        self.audit_button.setToolTip(self.tr(
            "Who opened, submitted and reopened forms, and when (no scores)"))
        self.audit_button.clicked.connect(self.show_audit_trail)
        self.discussion_note = quiet(self.tr(
            "The panel compares scores once everyone has submitted, or once the chair "
            "closes the round early and says why."))
        layout.addSpacing(SPACING_LARGE)
        layout.addWidget(heading(self.tr("Who assesses the candidate")))
        layout.addWidget(quiet(self.tr(
            "Each panel member assesses on their own, before the panel compares scores.")))
        layout.addSpacing(SPACING // 2)
        layout.addWidget(self.panel)
        layout.addWidget(self.no_panel)
        layout.addSpacing(SPACING)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.discussion_button)
        buttons.addWidget(self.audit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.discussion_note)
        self._panel_window: QWidget | None = None
        self._form_windows: dict[int, QWidget] = {}  # by panel member, to connect once
        self.refresh_forms()

    def refresh(self) -> None:
        """List what is open now, and how far each panel member's form is."""
        self.refresh_open_items()
        self.refresh_forms()

    def refresh_forms(self) -> None:
        """Show each panel member's form state as stored now."""
        try:
            statuses = status_of_forms(self.context.db, self.context.interview_id)
            with_pin = pins.with_pin(self.context.db)
        except LookupError:  # the interview was deleted under the window
            statuses, with_pin = [], frozenset()
        self.panel.set_statuses(statuses, with_pin)
        self.panel.setVisible(bool(statuses))
        self.no_panel.setVisible(not statuses)
        self.discussion_button.setEnabled(bool(statuses))
        self.recordChanged.emit()

    def _settings(self) -> Settings:
        settings = getattr(self.window(), "settings", None)
        return settings if isinstance(settings, Settings) else Settings(self.context.data_dir)

    def open_form(self, panel_member_id: int) -> QWidget | None:
        """Open ``panel_member_id``'s assessment form (the notes typed so far saved
        first, so they can be quoted in it)."""
        from interviewdesk.ui.assessment.form_window import open_assessment_form

        self.context.autosaver.flush()
        window = open_assessment_form(self.window(), self.context.db, self.context.data_dir,
                                      self._settings(), self.context.interview_id,
                                      panel_member_id)
        if window is not None and self._form_windows.get(panel_member_id) is not window:
            self._form_windows[panel_member_id] = window
            window.stateChanged.connect(self.refresh_forms)
            window.closed.connect(self.refresh_forms)
        self.refresh_forms()
        return window

    def open_panel_discussion(self) -> QWidget | None:
        """Open the panel discussion of this interview (who is looking is chosen there)."""
        from interviewdesk.ui.assessment.panel_window import open_panel_discussion

        self.context.autosaver.flush()
        window = open_panel_discussion(
            self.window(), self.context.db, self.context.data_dir, self._settings(),
            self.context.interview_id, None)
        if window is not None and window is not self._panel_window:
            window.changed.connect(self.recordChanged)
            window.closed.connect(self.recordChanged)
        self._panel_window = window
        return window

    def show_audit_trail(self) -> QWidget | None:
        """The interview's audit trail: who opened and submitted which form, when."""
        from interviewdesk.ui.assessment.audit_view import show_audit_trail

        return show_audit_trail(self.window(), self.context.db, self.context.interview_id)

    def refresh_open_items(self) -> None:
        """List what is open now."""
        context = self.context
        session = context.session
        agenda = context.agenda
        language = context.language

        def short(stage: str) -> str:
            return agenda.stage(stage).short_name.in_language(language)

        unticked: dict[str, list[str]] = {}
        for item in unticked_items(session, agenda, language, context.record_facts()):
            if item.stage != ASSESSMENT:  # those are on this very page
                unticked.setdefault(item.stage, []).append(item.label)
        links = {
            "checklist": [Link(stage, 0, short(stage), after=" · ".join(labels))
                          for stage, labels in unticked.items()],
            "questions": [Link(q.stage, q.id, q.text, before=self.tr("{stage}:").format(
                stage=short(q.stage))) for q in unasked_questions(session, agenda)],
            "candidate": [Link(CANDIDATE_QUESTIONS, q.id,
                               q.question.strip() or self.tr("(no question text)"))
                          for q in unanswered_candidate_questions(session)],
            "feedback": ([] if session.feedback_date is not None else
                         [Link(CLOSING, 0, self.tr("Set the date by which the candidate "
                                                   "hears back"))]),
        }
        for name, (label, link_list) in self.groups.items():
            link_list.set_links(links[name])
            label.setVisible(bool(links[name]))
        self.nothing_open.setVisible(not any(links.values()))


class PanelForms(QWidget):
    """The panel members, one a row: name, role and job title, how far their form is
    beneath, and a button to fill it in or view it. ``openRequested(panel_member_id)``."""

    openRequested = Signal(int)

    def __init__(self, job_titles: dict[int, str], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job_titles = job_titles
        self.language = language
        self.statuses: list[FormStatus] = []
        self.rows: dict[int, tuple[QWidget, QLabel, QLabel, QPushButton]] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(SPACING)

    def set_statuses(self, statuses: list[FormStatus],
                     with_pin: frozenset[int] = frozenset()) -> None:
        """Show ``statuses``, in panel order; ``with_pin`` are the interviewer ids
        whose name a PIN guards."""
        if [s.panel_member_id for s in statuses] != list(self.rows):
            self._rebuild(statuses)
        self.statuses = list(statuses)
        for status in statuses:
            _row, name, state, button = self.rows[status.panel_member_id]
            details = role_label(status.role, self.language)
            job_title = self.job_titles.get(status.panel_member_id, "")
            if job_title:
                details = f"{details} · {job_title}"
            name.setText(f"<b>{html.escape(status.name)}</b> — {html.escape(details)}")
            guard = (self.tr("PIN asked") if status.interviewer_id in with_pin
                     else no_pin_note())
            state.setText(f"{state_text(status)} · {guard}")
            button.setText(self.tr("View submitted form") if status.state == "submitted"
                           else self.tr("Fill in assessment form"))
            button.setToolTip(plain_tooltip(self.tr(
                "Opens {name}'s own form, for {name} only").format(name=status.name)))
            button.setAccessibleDescription(status.name)

    def _rebuild(self, statuses: list[FormStatus]) -> None:
        for row, *_widgets in self.rows.values():
            self.column.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for status in statuses:
            row = QWidget()
            name = QLabel()
            name.setTextFormat(Qt.TextFormat.RichText)
            name.setWordWrap(True)
            state = quiet()
            button = QPushButton()
            button.clicked.connect(
                lambda _c=False, pid=status.panel_member_id: self.openRequested.emit(pid))
            text = QVBoxLayout()
            text.setSpacing(2)
            text.addWidget(name)
            text.addWidget(state)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(SPACING_LARGE)
            line.addLayout(text, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.column.addWidget(row)
            self.rows[status.panel_member_id] = (row, name, state, button)

    def button(self, panel_member_id: int) -> QPushButton:
        """The button that opens ``panel_member_id``'s form."""
        return self.rows[panel_member_id][3]

    def state(self, panel_member_id: int) -> str:
        """What the list says about ``panel_member_id``'s form."""
        return self.rows[panel_member_id][2].text()

    def text(self) -> str:
        """What the list says, as plain text, one member a line."""
        return "\n".join(
            f"{s.name} — {role_label(s.role, self.language)} — {state_text(s)}"
            for s in self.statuses)
