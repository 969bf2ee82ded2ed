"""Preparation: the "Niet vergeten" list, who is on the panel in which role, and one
click to the CV, the letter and the vacancy in the side panels."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interviewdesk.domain.agenda import PREPARATION
from interviewdesk.domain.scales import PANEL_ROLES
from interviewdesk.store.interview_records import PanelSeatInfo
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import Checklist, heading, quiet
from interviewdesk.ui.wizard.sections.base import (
    PANEL_CV,
    PANEL_LETTER,
    PANEL_VACANCY,
    Section,
)
from interviewdesk.ui.wizard.sections.first_round import FirstRoundBox

# Prefix of the "Niet vergeten" ticks in the preparation stage's checklist.
NOT_FORGET_PREFIX = "not_forget:"


def role_label(role: str, language: str) -> str:
    """The panel role in ``language``; an unknown stored role is shown as stored."""
    return PANEL_ROLES.label(role).in_language(language) if role in PANEL_ROLES else role


def panel_html(panel: list[PanelSeatInfo], language: str) -> str:
    """The panel as rich text: the name in bold, then role and job title."""
    rows = []
    for seat in panel:
        details = role_label(seat.role, language)
        if seat.job_title:
            details = f"{details} · {seat.job_title}"
        rows.append(f"<p style='margin:0 0 4px 0'><b>{html.escape(seat.name)}</b>"
                    f" — {html.escape(details)}</p>")
    return "".join(rows)


class PreparationSection(Section):
    """The preparation page's own part."""

    def __init__(self, context: InterviewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        ticks = context.session.stage(PREPARATION).checklist
        language = context.language
        items = [(f"{NOT_FORGET_PREFIX}{item.key}", item.label.in_language(language))
                 for item in context.agenda.not_forget if item.covered is None]
        self.not_forget = Checklist(items, ticks, self._tick)
        self.not_forget.setVisible(bool(items))
        covered = [item for item in context.agenda.not_forget if item.covered is not None]
        self.covered = quiet("".join(
            f"<p style='margin:0 0 4px 0'>✓ <b>{html.escape(item.label.in_language(language))}"
            f"</b> — {html.escape(item.covered.in_language(language))}</p>"
            for item in covered if item.covered is not None), rich=True)
        self.covered.setVisible(bool(covered))

        self.panel = QLabel(panel_html(context.session.panel, context.language))
        self.panel.setTextFormat(Qt.TextFormat.RichText)
        self.panel.setWordWrap(True)
        self.no_panel = quiet(self.tr(
            "Nobody is on the panel yet. Add the interviewers and their roles in the "
            "interview's details, so that each of them can assess the candidate."))
        self.panel.setVisible(bool(context.session.panel))
        self.no_panel.setVisible(not context.session.panel)

        session = context.session
        self.cv_button = QPushButton(self.tr("Show the CV"))
        self.letter_button = QPushButton(self.tr("Show the letter"))
        self.vacancy_button = QPushButton(self.tr("Show the vacancy"))
        self.cv_button.clicked.connect(lambda: self.panelRequested.emit(PANEL_CV))
        self.letter_button.clicked.connect(lambda: self.panelRequested.emit(PANEL_LETTER))
        self.vacancy_button.clicked.connect(lambda: self.panelRequested.emit(PANEL_VACANCY))
        kinds = {document.kind for document in session.documents}
        if not session.cv_text.strip() and "cv" not in kinds:
            self.cv_button.setToolTip(self.tr("No CV was added for this candidate."))
        if not session.letter_text.strip() and "letter" not in kinds:
            self.letter_button.setToolTip(self.tr("No letter was added for this candidate."))
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        for button in (self.cv_button, self.letter_button, self.vacancy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.first_round = FirstRoundBox(context.db, context.interview_id, language)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.first_round)
        if self.first_round.first is not None:
            layout.addSpacing(SPACING_LARGE - SPACING_SMALL)
        layout.addWidget(heading(self.tr("Read before the interview")))
        layout.addLayout(buttons)
        layout.addSpacing(SPACING_LARGE - SPACING_SMALL)
        layout.addWidget(heading(self.tr("The panel")))
        layout.addWidget(self.panel)
        layout.addWidget(self.no_panel)
        layout.addSpacing(SPACING_LARGE - SPACING_SMALL)
        layout.addWidget(heading(self.tr("Don't forget")))
        layout.addWidget(self.not_forget)
        if covered:
            layout.addSpacing(SPACING_SMALL)
            layout.addWidget(quiet(self.tr("InterviewDesk covers these itself:")))
            layout.addWidget(self.covered)

    def refresh(self) -> None:
        """The first round may have been closed or decided since the page was built."""
        self.first_round.refresh()

    def _tick(self, key: str, ticked: bool) -> None:
        self.context.session.stage(PREPARATION).checklist[key] = ticked
        self.context.autosaver.tick(PREPARATION, key, ticked)
