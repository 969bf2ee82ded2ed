"""The blank interview kit (gespreksleidraad), for an interview on paper: the agenda
with planned minutes, a small box of questions not to ask, each stage's checklist with
empty boxes, its full guidance and lines for notes, the questions with room to write
(four lines each for Situation, Task, Action and Result), the rating grid with its
anchors (8 pt at least) and boxes to tick, the recommendation, and a signature line.

Made from an interview, it is one copy per panel member, each with their name, the
candidate's name and the date printed at the top and numbered on its own; the
candidate's answers, scores or documents are never on it. Made from a vacancy, it is
one copy with blank lines to fill in by hand.
"""

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Table

from interviewdesk.domain.agenda import (
    CANDIDATE_QUESTIONS,
    CLOSING,
    PREPARATION,
    QUESTION_STAGES,
    Stage,
)
from interviewdesk.domain.scales import NOT_ASSESSED_LABEL, QUESTION_KINDS
from interviewdesk.reports import privacy, rating, sources
from interviewdesk.reports.assessment_form import recommendation_boxes
from interviewdesk.reports.blocks import (
    WritingLines,
    check_item,
    escape,
    gap,
    keep_start,
    signature_lines,
    table_style,
)
from interviewdesk.reports.labels import check_language, format_date, label
from interviewdesk.reports.page import (
    APP_NAME,
    MM,
    Layout,
    Metadata,
    Running,
    ensure_fonts,
    render,
    write_file,
)
from interviewdesk.reports.parts import PartMark, parts_canvas
from interviewdesk.reports.styles import BOX, MUTED, RULE, styles
from interviewdesk.store.database import Database
from interviewdesk.store.vacancies import QuestionDraft, VacancyDraft

INDENT = 7 * MM
#: The question kinds with Situation, Task, Action and Result fields (as on screen).
STAR_KINDS = ("behavioural", "situational")
#: Lines for notes under every stage.
NOTE_LINES = 3


def _fill_in(language: str, width: float, values: tuple[str, str, str] = ("", "", "")
             ) -> Table:
    """Lines with the candidate, the date and the interviewer: printed where known,
    else left to write on."""
    s = styles()
    captions = [label(key, language) for key in ("candidate", "date", "interviewer")]
    columns = [width * 0.42, width * 0.24, width * 0.34]
    filled = [Paragraph(f"<b>{escape(value)}</b>", s.body) if value else "" for value in values]
    table = Table([[Paragraph(escape(c), s.cell_muted) for c in captions], filled],
                  colWidths=columns, rowHeights=[None, 9 * MM], hAlign="LEFT")
    table.setStyle(table_style([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 1), (0, 1), 0.6, colors.HexColor(MUTED)),
        ("LINEBELOW", (1, 1), (1, 1), 0.6, colors.HexColor(MUTED)),
        ("LINEBELOW", (2, 1), (2, 1), 0.6, colors.HexColor(MUTED)),
        ("RIGHTPADDING", (0, 0), (1, -1), 8 * MM),
    ]))
    return table


def _agenda(kit: sources.KitData, planned: dict[str, int], language: str, width: float
            ) -> Table:
    s = styles()
    head = [Paragraph(escape(label(key, language)), s.cell_muted)
            for key in ("kit.stage", "kit.planned", "kit.actual")]
    rows: list[list[Any]] = [["", *head]]
    for number, stage in enumerate(kit.agenda.stages, start=1):
        rows.append([Paragraph(str(number), s.cell),
                     Paragraph(escape(stage.name.in_language(language)), s.cell),
                     Paragraph(escape(label("minutes", language, n=planned[stage.key])), s.cell),
                     ""])
    rows.append(["", Paragraph(f"<b>{escape(label('kit.total', language))}</b>", s.cell),
                 Paragraph(f"<b>{escape(label('minutes', language, n=kit.planned_minutes))}</b>",
                           s.cell), ""])
    table = Table(rows, colWidths=[8 * MM, width - 8 * MM - 58 * MM, 28 * MM, 30 * MM],
                  hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("BOX", (3, 1), (3, -2), 0.5, colors.HexColor(RULE)),
        ("INNERGRID", (3, 1), (3, -2), 0.5, colors.HexColor(RULE)),
    ]))
    return table


def _question(number: int, question: QuestionDraft, vacancy: VacancyDraft, language: str
              ) -> Any:
    s = styles()
    meta = [QUESTION_KINDS.label(question.kind).in_language(language)
            if question.kind in QUESTION_KINDS else question.kind]
    competency = vacancy.competency(question.competency_key)
    if competency is not None:
        meta.append(competency.name)
    meta.append(f"{BOX} {label('asked', language)}")
    card: list[Any] = [
        Paragraph(f"<b>{escape(label('question_number', language, n=number))}&nbsp;&nbsp;"
                  f"{escape(question.text)}</b>",
                  ParagraphStyle("kit_question", parent=s.body, leftIndent=INDENT,
                                 firstLineIndent=-INDENT, spaceBefore=5, spaceAfter=1)),
        Paragraph(escape(" · ".join(meta)),
                  ParagraphStyle("kit_meta", parent=s.muted, leftIndent=INDENT)),
    ]
    if question.probes.strip():
        card.append(Paragraph(f"<i>{escape(label('probes', language))}:</i> "
                              f"{escape(question.probes.strip())}",
                              ParagraphStyle("kit_probes", parent=s.muted, leftIndent=INDENT)))
    if question.kind in STAR_KINDS:
        card += [_indented(WritingLines(4, label(key, language), gap=6.5 * MM))
                 for key in ("situation", "task", "action", "result")]
    else:
        card.append(_indented(WritingLines(4, gap=7 * MM)))
    return KeepTogether(card)


def _indented(flowable: Any) -> Table:
    """``flowable`` shifted right to sit under a question's text."""
    table = Table([["", flowable]], colWidths=[INDENT, None], hAlign="LEFT")
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _stage(number: int, stage: Stage, minutes: int, kit: sources.KitData, language: str
           ) -> list[Any]:
    s = styles()
    head: list[Any] = [
        Paragraph(f"{number}. {escape(stage.name.in_language(language))}&nbsp;&nbsp;&nbsp;"
                  f"<font size='8' color='{MUTED}' name='DejaVuSans'>"
                  f"{escape(label('minutes', language, n=minutes))}</font>", s.h2),
        # The whole guidance: the assessment's second paragraph (document, decide
        # together, be ready for negotiations) matters as much as the first.
        *(Paragraph(escape(part.strip()), s.muted)
          for part in stage.guidance.in_language(language).split("\n\n") if part.strip()),
    ]
    head += [check_item(item.label.in_language(language), False) for item in stage.items]
    story: list[Any] = []
    if stage.key == PREPARATION and kit.agenda.not_forget:
        story.append(Paragraph(escape(label("not_forget", language)), s.caption))
        for item in kit.agenda.not_forget:
            if item.covered is None:
                story.append(check_item(item.label.in_language(language), False))
            else:  # InterviewDesk provides it: nothing to tick on paper
                story.append(Paragraph(
                    f"✓&nbsp;&nbsp;{escape(item.label.in_language(language))} — "
                    f"{escape(item.covered.in_language(language))}", s.muted))
    if stage.key in QUESTION_STAGES:
        questions = kit.vacancy.questions.get(stage.key, [])
        for position, question in enumerate(questions, start=1):
            story.append(_question(position, question, kit.vacancy, language))
        if not questions:
            story += [Paragraph(escape(label("kit.no_questions", language)), s.muted),
                      WritingLines(4)]
    elif stage.key == CANDIDATE_QUESTIONS:
        story.append(WritingLines(7, label("kit.candidate_questions", language)))
    elif stage.key == CLOSING:
        story += [WritingLines(2, label("next_steps", language)),
                  gap(2 * MM),
                  Paragraph(escape(label("kit.blank", language,
                                         caption=label("feedback_date", language))), s.body)]
    story.append(WritingLines(NOTE_LINES, label("kit.notes", language), gap=7 * MM))
    # The stage's heading and checklist stay with what follows them: no heading alone
    # at the foot of a page.
    return [*keep_start(head, story), gap(2 * MM)]


def do_not_ask(language: str, width: float) -> Table:
    """A small framed box: what not to ask about, and why."""
    s = styles()
    text = (f"<b>{escape(label('kit.do_not_ask', language))}:</b> "
            f"{escape(label('kit.do_not_ask_list', language))}.<br/>"
            f"<font color='{MUTED}'>{escape(label('kit.do_not_ask_why', language))}</font>")
    table = Table([[Paragraph(text, s.small)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(MUTED)),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _rating_grid(kit: sources.KitData, language: str, layout: Layout) -> list[Any]:
    s = styles()
    not_assessed = NOT_ASSESSED_LABEL.in_language(language)
    story: list[Any] = [
        PageBreak(),
        Paragraph(escape(label("kit.rating", language)), s.h1),
        Paragraph(escape(label("kit.rating_hint", language, not_assessed=not_assessed)),
                  s.muted),
        gap(2 * MM),
    ]
    if not kit.vacancy.competencies:
        story.append(Paragraph(escape(label("kit.no_competencies", language)), s.notice))
    for number, competency in enumerate(kit.vacancy.competencies, start=1):
        row = rating.rating_row(
            number, competency.name,
            rating.competency_meta(competency.kind, competency.weight, language),
            competency.description, tuple(competency.anchors), language, layout.width,
            layout.height,
        )
        block = [*row, Paragraph(f"{BOX}&nbsp;&nbsp;{escape(not_assessed)}", s.small),
                 WritingLines(3, label("evidence", language), gap=7 * MM)]
        # Anchors stacked one under the other are taller than a page: let them flow.
        story += block if len(row) > 1 else [KeepTogether(block)]
        story.append(rating.gap_after_row())
    story += [
        KeepTogether([Paragraph(escape(label("recommendation", language)), s.h2),
                      recommendation_boxes(None, language, layout.width)]),
        KeepTogether([Paragraph(escape(label("strengths", language)), s.h2), WritingLines(3)]),
        KeepTogether([Paragraph(escape(label("weaknesses", language)), s.h2), WritingLines(3)]),
    ]
    return story


def kit_story(kit: sources.KitData, language: str, layout: Layout, member: str = ""
              ) -> list[Any]:
    """The kit's flowables: ``member``'s copy, or a copy for anyone (``""``)."""
    s = styles()
    vacancy = kit.vacancy
    planned = kit.agenda.planned_minutes(kit.planned_minutes)
    where = " · ".join(part for part in (vacancy.department, vacancy.location) if part)
    day = format_date(kit.scheduled_at.astimezone().date(), language) \
        if kit.scheduled_at is not None else ""
    story: list[Any] = [
        Paragraph(escape(label("kit.title", language)), s.title),
        Paragraph(escape(vacancy.title + (f" · {where}" if where else "")), s.subtitle),
        _fill_in(language, layout.width, (kit.candidate, day, member)),
        gap(3 * MM),
        do_not_ask(language, layout.width),
        Paragraph(escape(label("kit.agenda", language)), s.h1),
        _agenda(kit, planned, language, layout.width),
    ]
    for number, stage in enumerate(kit.agenda.stages, start=1):
        story += _stage(number, stage, planned[stage.key], kit, language)
    story += _rating_grid(kit, language, layout)
    story += [
        Paragraph(escape(label("kit.signatures", language)), s.h1),
        signature_lines([member] if member else [], language, layout.width,
                        blank_rows=0 if member else 3),
    ]
    return story


def write_interview_kit(db: Database, interview_id: int | None, output: Path, *,
                        vacancy_id: int | None = None, language: str = "nl",
                        page_size: str = "A4") -> Path:
    """Print a blank kit for ``interview_id`` (or, if ``None``, ``vacancy_id``)."""
    check_language(language)
    if interview_id is None and vacancy_id is None:
        raise ValueError("A kit needs an interview or a vacancy.")
    layout = Layout(page_size)
    ensure_fonts(language)
    kit = sources.kit_data(db, interview_id, vacancy_id, language)
    title = label("kit.title", language)
    printed = label("printed_on", language, date=format_date(date.today(), language))
    header_right = kit.candidate or label("kit.blank", language,
                                          caption=label("candidate", language))
    # A kit made from an interview names the candidate: it is personal data then.
    notice = privacy.notice_for_interview(db, interview_id, language) \
        if interview_id is not None and kit.candidate else ""
    story: list[Any] = []
    first: Running | None = None
    for member in kit.panel or ("",):
        owner = f" · {label('kit.copy_for', language, name=member)}" if member else ""
        running = Running(header_left=f"{title} · {kit.vacancy.title}",
                          header_right=header_right,
                          footer_left=f"{APP_NAME}{owner} · {printed}", language=language,
                          notice=notice)
        first = first or running
        story += [*([PageBreak()] if story else []), PartMark(running),
                  *kit_story(kit, language, layout, member)]
    assert first is not None
    metadata = Metadata(
        title=f"{title} – {kit.vacancy.title}",
        author=APP_NAME,
        subject=label("kit.subject", language, vacancy=kit.vacancy.title),
        language=language,
        keywords=(APP_NAME, title),
    )
    # Each copy is numbered on its own: it goes to one panel member.
    data = render(story, layout, first, metadata,
                  canvas_class=parts_canvas(first, per_part=True))
    return write_file(output, data, language)
