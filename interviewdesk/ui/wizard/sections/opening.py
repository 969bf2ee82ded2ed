"""Opening: a short script to read aloud — who is on the panel, the company and the
role, and how the interview will go — made from the vacancy and the plan, in the
interface language, in larger type so it can be read from a distance."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from interviewdesk.ui.style import SPACING_SMALL, scaled_font
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import heading
from interviewdesk.ui.wizard.sections.base import Section
from interviewdesk.ui.wizard.sections.preparation import role_label

# How much larger than body text the script is.
SCRIPT_SIZE = 1.2


def _paragraph(text: str) -> str:
    return f"<p style='margin:0 0 10px 0'>{html.escape(text)}</p>"


def _bullets(lines: list[str]) -> str:
    return "".join(f"<p style='margin:0 0 {10 if last else 4}px 16px'>&#8226;&nbsp;"
                   f"{html.escape(line)}</p>"
                   for last, line in ((n == len(lines) - 1, line)
                                      for n, line in enumerate(lines)))


class OpeningSection(Section):
    """The opening page's script."""

    def __init__(self, context: InterviewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.script = QLabel(self.script_html())
        self.script.setTextFormat(Qt.TextFormat.RichText)
        self.script.setWordWrap(True)
        self.script.setFont(scaled_font(self.script, SCRIPT_SIZE))
        self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(heading(self.tr("To read aloud")))
        layout.addWidget(self.script)

    def script_html(self) -> str:
        """The whole script as rich text."""
        return (self._welcome() + self._panel() + self._role() + self._format())

    def _welcome(self) -> str:
        name = self.context.session.candidate_name
        return _paragraph(self.tr("Welcome, {candidate}, and thank you for coming.")
                          .format(candidate=name))

    def _panel(self) -> str:
        panel = self.context.session.panel
        if not panel:
            return ""
        language = self.context.language
        lines = []
        for seat in panel:
            role = role_label(seat.role, language)
            if seat.job_title:
                lines.append(self.tr("{name}, {job_title} — {role} in this interview")
                             .format(name=seat.name, job_title=seat.job_title, role=role))
            else:
                lines.append(self.tr("{name} — {role} in this interview")
                             .format(name=seat.name, role=role))
        return _paragraph(self.tr("Let us introduce ourselves:")) + _bullets(lines)

    def _role(self) -> str:
        session = self.context.session
        title, department, location = (session.vacancy_title, session.vacancy_department,
                                       session.vacancy_location)
        if department and location:
            text = self.tr("You applied for the role of {title} in our {department} "
                           "department, based in {location}.")
        elif department:
            text = self.tr("You applied for the role of {title} in our {department} "
                           "department.")
        elif location:
            text = self.tr("You applied for the role of {title}, based in {location}.")
        else:
            text = self.tr("You applied for the role of {title}.")
        return (_paragraph(text.format(title=title, department=department, location=location))
                + _paragraph(self.tr("First we will tell you a little about the company and "
                                     "what the role involves.")))

    def _format(self) -> str:
        context = self.context
        planned = context.session.planned_minutes
        during = [stage for stage in context.agenda.stages if stage.during_interview]
        lines = [self.tr("{stage}: about %n minute(s)", "", context.plan.get(stage.key, 0))
                 .format(stage=stage.name.in_language(context.language)) for stage in during]
        intro = self.tr("The interview takes about %n minute(s). This is how we will "
                        "spend the time:", "", planned)
        closing = self.tr("Please ask whatever you want to know; there is time for "
                          "your own questions near the end.")
        return _paragraph(intro) + _bullets(lines) + _paragraph(closing)
