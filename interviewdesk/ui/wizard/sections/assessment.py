"""Assessment: what is still open in the interview (each a link to where it can be
done), and the panel members who will each assess the candidate."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from interviewdesk.domain.agenda import ASSESSMENT, CANDIDATE_QUESTIONS, CLOSING
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import heading, quiet
from interviewdesk.ui.wizard.open_items import (
    unanswered_candidate_questions,
    unasked_questions,
    unticked_items,
)
from interviewdesk.ui.wizard.sections.base import Link, LinkList, Section
from interviewdesk.ui.wizard.sections.preparation import panel_html


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

        panel = context.session.panel
        self.panel = QLabel(panel_html(panel, context.language))
        self.panel.setTextFormat(Qt.TextFormat.RichText)
        self.panel.setWordWrap(True)
        self.panel.setVisible(bool(panel))
        self.no_panel = quiet(self.tr(
            "Nobody is on this interview's panel. Add the interviewers in the interview's "
            "details."))
        self.no_panel.setVisible(not panel)
        layout.addSpacing(SPACING_LARGE)
        layout.addWidget(heading(self.tr("Who assesses the candidate")))
        layout.addWidget(quiet(self.tr(
            "Each panel member assesses on their own, before the panel compares scores.")))
        layout.addSpacing(SPACING // 2)
        layout.addWidget(self.panel)
        layout.addWidget(self.no_panel)

    def refresh(self) -> None:
        """List what is open now."""
        context = self.context
        session = context.session
        agenda = context.agenda
        language = context.language

        def short(stage: str) -> str:
            return agenda.stage(stage).short_name.in_language(language)

        unticked: dict[str, list[str]] = {}
        for item in unticked_items(session, agenda, language):
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
