"""A letter to a candidate as PDF: the firm's name and address as letterhead, the
candidate's name and place of residence, the date and subject, the text as written
(after any edits in the letter dialog), and the confidentiality line every document
with candidate data carries.

The text arrives filled in (``domain.letters``); this module only lays it out. Written
0600 and all-or-nothing like every document (``page.write_file``).
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from interviewdesk.reports.errors import DocumentExportError
from interviewdesk.reports.labels import check_language, format_date, label
from interviewdesk.store.database import Database

MM = 72 / 25.4


@dataclass(frozen=True)
class LetterPage:
    """What one letter prints."""

    firm_name: str
    firm_address: str
    recipient_name: str
    recipient_place: str
    subject: str
    body: str
    day: date
    language: str
    notice: str = ""


def _letter_canvas(firm_line: str, notice: str, language: str) -> type:
    """A canvas that prints the footer only — the letterhead is on the first page
    already — with "page x of y" once a letter runs over one page."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    from interviewdesk.reports.fonts import BOLD, REGULAR
    from interviewdesk.reports.page import MARGIN_BOTTOM, MARGIN_SIDE, _fit
    from interviewdesk.reports.styles import MUTED, RULE

    class LetterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                self._footer(number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, page: int, pages: int) -> None:
            width, _height = self._pagesize
            left, right = MARGIN_SIDE, width - MARGIN_SIDE
            self.saveState()
            self.setStrokeColor(colors.HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(left, MARGIN_BOTTOM - 7 * MM, right, MARGIN_BOTTOM - 7 * MM)
            self.setFillColor(colors.HexColor(MUTED))
            size = 8
            number = label("page_of", language, page=page, pages=pages) if pages > 1 else ""
            room = right - left - (30 * MM if number else 0)
            self.setFont(REGULAR, size)
            self.drawString(left, MARGIN_BOTTOM - 11 * MM, _fit(firm_line, REGULAR, size, room))
            if number:
                self.drawRightString(right, MARGIN_BOTTOM - 11 * MM, number)
            if notice:
                self.setFont(BOLD, size)
                self.drawString(left, MARGIN_BOTTOM - 5.2 * MM,
                                _fit(notice, BOLD, size, right - left))
            self.restoreState()

    return LetterCanvas


def letter_story(page: LetterPage, width: float) -> list[Any]:
    """The flowables of one letter."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table

    from interviewdesk.reports.blocks import escape, lines, table_style, text_flow
    from interviewdesk.reports.fonts import BOLD
    from interviewdesk.reports.styles import ACCENT, RULE, styles

    look = styles()
    letter_body = ParagraphStyle("letter_body", parent=look.body, fontSize=10.5, leading=15,
                                 spaceAfter=7)
    firm_style = ParagraphStyle("firm", parent=look.title, fontSize=16, leading=20,
                                textColor=colors.HexColor(ACCENT))
    story: list[Any] = []
    if page.firm_name.strip():
        story.append(Paragraph(escape(page.firm_name.strip()), firm_style))
    if page.firm_address.strip():
        story.append(Paragraph(lines(page.firm_address), look.muted))
    story.append(HRFlowable(width="100%", thickness=0.5, color=colors.HexColor(RULE),
                            spaceBefore=2 * MM, spaceAfter=12 * MM))
    recipient = "\n".join(part.strip() for part in (page.recipient_name, page.recipient_place)
                          if part.strip())
    story.extend(text_flow(recipient, letter_body))
    story.append(Spacer(1, 12 * MM))
    caption = ParagraphStyle("letter_caption", parent=look.body, fontName=BOLD, fontSize=9.5)
    rows = [[Paragraph(escape(label("letter.date", page.language)), caption),
             Paragraph(escape(format_date(page.day, page.language)), look.body)],
            [Paragraph(escape(label("letter.subject", page.language)), caption),
             Paragraph(escape(page.subject), look.body_bold)]]
    facts = Table(rows, colWidths=[28 * MM, width - 28 * MM], hAlign="LEFT")
    facts.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(facts)
    story.append(Spacer(1, 10 * MM))
    story.extend(text_flow(page.body, letter_body))
    return story


def letter_pdf(page: LetterPage, page_size: str = "A4") -> bytes:
    """The letter as PDF bytes."""
    from interviewdesk.reports.page import (
        APP_NAME,
        Layout,
        Metadata,
        Running,
        ensure_fonts,
        render,
    )

    check_language(page.language)
    ensure_fonts(page.language)
    layout = Layout(page_size)
    firm_line = " · ".join(part for part in (
        page.firm_name.strip(), ", ".join(line.strip() for line in page.firm_address.splitlines()
                                          if line.strip())) if part)
    running = Running(header_left="", header_right="", footer_left=firm_line,
                      language=page.language, notice=page.notice)
    metadata = Metadata(title=page.subject, author=page.firm_name.strip() or APP_NAME,
                        subject=label("letter.title", page.language,
                                      candidate=page.recipient_name),
                        language=page.language, keywords=(APP_NAME,))
    return render(letter_story(page, layout.width), layout, running, metadata,
                  canvas_class=_letter_canvas(firm_line, page.notice, page.language))


def write_letter(db: Database, application_id: int, subject: str, body: str, output: Path,
                 *, firm_name: str, firm_address: str, language: str = "nl",
                 page_size: str = "A4", today: date | None = None) -> Path:
    """Write the letter about ``application_id`` (its candidate's name and place come
    from the database) to ``output``; :class:`DocumentExportError` if the application
    is gone or the file cannot be written. Returns ``output``."""
    from interviewdesk.reports import privacy
    from interviewdesk.reports.page import write_file
    from interviewdesk.store.models import Application, Candidate
    from interviewdesk.store.retention import policy_from_settings, retention_of

    check_language(language)
    with db.session() as session:
        application = session.get(Application, application_id)
        candidate = (session.get(Candidate, application.candidate_id)
                     if application is not None else None)
        if application is None or candidate is None:
            raise DocumentExportError(
                label("error.no_application", language, id=application_id),
                "no_application", id=str(application_id))
        name, place, candidate_id = candidate.name, candidate.city, int(candidate.id or 0)
    policy = policy_from_settings(db.path.parent)
    notice = privacy.notice(retention_of(db, candidate_id, policy).keep, language, policy)
    page = LetterPage(firm_name=firm_name, firm_address=firm_address, recipient_name=name,
                      recipient_place=place, subject=subject, body=body,
                      day=today or date.today(), language=language, notice=notice)
    return write_file(Path(output), letter_pdf(page, page_size), language)
