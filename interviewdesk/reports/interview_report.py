"""The interview report: who, what and when; per stage of the agenda the checklist and
the notes, each question with its notes and STAR parts, the candidate's questions with
the answers, next steps and the feedback date; then the panel's scores (only once every
form is in) with discrepancies and consensus; and the decision with its rationale.

Notes are printed whole, however long: they flow from page to page as paragraphs.
"""

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Table

from interviewdesk.domain.agenda import (
    CANDIDATE_QUESTIONS,
    CLOSING,
    PREPARATION,
    QUESTION_STAGES,
    Stage,
)
from interviewdesk.domain.record import DATA_ITEMS, RecordFacts, data_tick
from interviewdesk.domain.scales import DECISION_OUTCOMES, QUESTION_KINDS
from interviewdesk.reports import panel_matrix, privacy, sources
from interviewdesk.reports.assessment_form import role_label
from interviewdesk.reports.blocks import (
    captioned,
    captions,
    check_item,
    escape,
    gap,
    keep_start,
    table_style,
    text_flow,
)
from interviewdesk.reports.labels import (
    check_language,
    format_date,
    format_moment,
    label,
)
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
from interviewdesk.reports.styles import MUTED, box, styles
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import InterviewSession, QuestionInfo


def _indented(left: float = 5 * MM) -> ParagraphStyle:
    return ParagraphStyle(f"indented{left}", parent=styles().body, leftIndent=left)


def _minutes(seconds: int) -> int:
    return round(seconds / 60)


def _header(data: sources.ReportData, language: str, width: float) -> list[Any]:
    s = styles()
    session = data.session
    vacancy = " · ".join(part for part in (session.vacancy_title, session.vacancy_department,
                                           session.vacancy_location) if part)
    panel = "\n".join(f"{seat.name} — {role_label(seat.role, language)}"
                      + (f", {seat.job_title}" if seat.job_title else "")
                      for seat in session.panel)
    during = {stage.key for stage in data.agenda.stages if stage.during_interview}
    spent = sum(record.seconds_spent for key, record in session.stages.items() if key in during)
    rows = [
        (label("candidate", language), session.candidate_name),
        (label("vacancy", language), vacancy),
        (label("date_time", language), format_moment(session.scheduled_at, language)),
        (label("location", language), session.location),
        (label("report.planned", language), label("minutes", language,
                                                   n=session.planned_minutes)),
        (label("report.time_spent", language), label("minutes", language, n=_minutes(spent))),
        (label("panel", language), panel),
    ]
    if data.first_round is not None:
        rows.insert(2, (label("report.first_round", language), _first_round(data, language)))
    return [
        Paragraph(escape(label("report.title", language)), s.title),
        Paragraph(escape(f"{session.candidate_name} · {session.vacancy_title}"), s.subtitle),
        captions([(caption, value) for caption, value in rows if value], width),
    ]


def _first_round(data: sources.ReportData, language: str) -> str:
    """The interview this one follows: its date, and the decision if there was one."""
    first = data.first_round
    assert first is not None
    day = (format_date(first.scheduled_at.astimezone().date(), language)
           if first.scheduled_at is not None else label("report.no_date", language))
    if first.outcome in DECISION_OUTCOMES:
        return label("report.first_round_decided", language, date=day, outcome=(
            DECISION_OUTCOMES.label(first.outcome).in_language(language)))
    return label("report.first_round_of", language, date=day)


def _stage_heading(number: int, stage: Stage, planned: int, seconds: int, language: str) -> Any:
    if seconds:
        time = label("report.stage_time", language, planned=planned, spent=_minutes(seconds))
    else:
        time = label("report.stage_planned", language, planned=planned)
    return Paragraph(f"{number}. {escape(stage.name.in_language(language))}"
                     f"&nbsp;&nbsp;&nbsp;<font size='8' color='{MUTED}' name='DejaVuSans'>"
                     f"{escape(time)}</font>", styles().h2)


def record_facts(data: sources.ReportData) -> RecordFacts:
    """What the record says for the checklist items it answers itself."""
    return RecordFacts(
        questions_logged=sum(1 for q in data.session.candidate_questions
                             if q.question.strip()),
        forms_submitted=sum(1 for form in data.forms if form.state == "submitted"),
        forms_total=len(data.forms),
        decision_recorded=data.decision is not None)


def _source(stage: str, item: str, facts: RecordFacts, language: str) -> str:
    source = DATA_ITEMS[(stage, item)].source
    if source == "questions":
        return label("report.from_questions", language, n=facts.questions_logged)
    if source == "forms":
        return label("report.from_forms", language, submitted=facts.forms_submitted,
                     total=facts.forms_total)
    return label("report.from_decision" if facts.decision_recorded
                 else "report.no_decision_yet", language)


def _checklist(stage: Stage, ticks: dict[str, bool], data: sources.ReportData, language: str
               ) -> list[Any]:
    """The stage's checklist; the preparation's is left out (a record of the interview,
    not of the desk work), and the items the record answers are ticked from it."""
    if stage.key == PREPARATION:
        return []
    facts = record_facts(data)
    items = []
    for item in stage.items:
        text = item.label.in_language(language)
        ticked = data_tick(facts, stage.key, item.key)
        if ticked is None:
            ticked = ticks.get(item.key, False)
        else:
            text = f"{text} — {_source(stage.key, item.key, facts, language)}"
        items.append(check_item(text, ticked))
    return items


def _question(number: int, question: QuestionInfo, session: InterviewSession, language: str
              ) -> list[Any]:
    s = styles()
    answer = session.answer(question.id)
    meta = [QUESTION_KINDS.label(question.kind).in_language(language)
            if question.kind in QUESTION_KINDS else question.kind]
    competency = session.competency(question.competency_id)
    if competency is not None:
        meta.append(competency.name)
    meta.append(f"{box(answer.asked)} "
                + label("asked" if answer.asked else "not_asked", language))
    if question.added_during_interview:
        meta.append(label("report.added", language))
    head = [
        Paragraph(f"<b>{escape(label('question_number', language, n=number))}&nbsp;&nbsp;"
                  f"{escape(question.text)}</b>",
                  ParagraphStyle("question", parent=s.body, leftIndent=7 * MM,
                                 firstLineIndent=-7 * MM, spaceBefore=4, spaceAfter=1)),
        Paragraph(escape(" · ".join(meta)), ParagraphStyle("question_meta", parent=s.muted,
                                                            leftIndent=7 * MM)),
    ]
    body = text_flow(answer.notes, _indented(7 * MM))
    for key in ("situation", "task", "action", "result"):
        text = getattr(answer, key)
        if text.strip():
            body += captioned(Paragraph(escape(label(key, language)),
                                        ParagraphStyle("star", parent=s.caption,
                                                       leftIndent=7 * MM, spaceBefore=2)),
                              text_flow(text, _indented(7 * MM)))
    if not body and answer.asked:
        body = [Paragraph(escape(label("nothing_noted", language)),
                          ParagraphStyle("none", parent=s.muted, leftIndent=7 * MM))]
    return keep_start(head, body)


def _candidate_questions(session: InterviewSession, language: str) -> list[Any]:
    s = styles()
    asked = [q for q in session.candidate_questions if q.question.strip() or q.answer.strip()]
    if not asked:
        # Questions written in the stage's notes are questions all the same.
        noted = session.stage(CANDIDATE_QUESTIONS).notes.strip()
        return [] if noted else [Paragraph(escape(label("report.no_candidate_questions",
                                                        language)), s.muted)]
    story: list[Any] = []
    for question in asked:
        answered = question.is_answered()
        state = label("answered" if answered else "not_answered", language)
        head = check_item(f"{question.question.strip()}", answered, s.body_bold)
        story.append(head)
        story += text_flow(question.answer, _indented(13), empty=None)
        if not answered:
            story.append(Paragraph(escape(state), ParagraphStyle("cq_state", parent=s.muted,
                                                                 leftIndent=13)))
    return story


def _closing(session: InterviewSession, language: str) -> list[Any]:
    s = styles()
    story = captioned(Paragraph(escape(label("next_steps", language)), s.caption),
                      text_flow(session.next_steps, empty=label("nothing_noted", language)))
    if session.feedback_date is not None:
        story.append(Paragraph(f"{escape(label('feedback_date', language))}: "
                               f"<b>{escape(format_date(session.feedback_date, language))}</b>",
                               s.body))
    story.append(check_item(label("report.thanked", language), session.candidate_thanked))
    # Each in its own caption: the remarks are the candidate's view, the follow-up notes
    # the panel's preparation for what comes next.
    for key, text in (("candidate_remarks", session.candidate_remarks),
                      ("follow_up_notes", session.follow_up_notes)):
        story += [gap(2), *captioned(Paragraph(escape(label(key, language)), s.caption),
                                     text_flow(text, empty=label("nothing_noted", language)))]
    return story


def _course(data: sources.ReportData, language: str) -> list[Any]:
    s = styles()
    session = data.session
    planned = data.agenda.planned_minutes(session.planned_minutes)
    story: list[Any] = [Paragraph(escape(label("report.course", language)), s.h1)]
    for number, stage in enumerate(data.agenda.stages, start=1):
        record = session.stage(stage.key)
        story.append(_stage_heading(number, stage, planned.get(stage.key, 0),
                                    record.seconds_spent, language))
        story += _checklist(stage, record.checklist, data, language)
        if record.notes.strip():
            story += captioned(Paragraph(escape(label("report.notes", language)), s.caption),
                               text_flow(record.notes))
        if stage.key in QUESTION_STAGES:
            for position, question in enumerate(session.questions_for(stage.key), start=1):
                story += _question(position, question, session, language)
        elif stage.key == CANDIDATE_QUESTIONS:
            story += [gap(2), *_candidate_questions(session, language)]
        elif stage.key == CLOSING:
            story += _closing(session, language)
        story.append(gap(2 * MM))
    return story


def _decision(data: sources.ReportData, language: str, width: float) -> list[Any]:
    """The decision, its rationale and next steps, kept together on one page where
    they fit (no near-empty last page), then when the forms came in and when the panel
    decided, and the sign-off."""
    s = styles()
    heading = Paragraph(escape(label("report.decision", language)), s.h1)
    decision = data.decision
    if decision is None:
        return [heading, Paragraph(escape(label("report.no_decision", language)), s.notice)]
    outcome = (DECISION_OUTCOMES.label(decision.outcome).in_language(language)
               if decision.outcome in DECISION_OUTCOMES else decision.outcome)
    body: list[Any] = [Paragraph(escape(outcome), s.outcome)]
    if decision.decided_at is not None:
        body.append(Paragraph(escape(label("report.decided_on", language,
                                           moment=format_moment(decision.decided_at,
                                                                language))), s.muted))
    body += captioned(Paragraph(escape(label("report.rationale", language)), s.caption),
                      text_flow(decision.rationale, empty=label("nothing_noted", language)))
    if decision.override_reason.strip():
        body += captioned(Paragraph(escape(label("report.override", language)), s.caption),
                          text_flow(decision.override_reason))
    if decision.next_steps.strip():
        body += captioned(Paragraph(escape(label("next_steps", language)), s.caption),
                          text_flow(decision.next_steps))
    if decision.feedback_date is not None:
        body.append(Paragraph(f"{escape(label('feedback_date', language))}: "
                              f"<b>{escape(format_date(decision.feedback_date, language))}</b>",
                              s.body))
    # The timeline and the sign-off travel together: the last page never holds a
    # signature block alone.
    return [_together([heading, *body]), gap(4 * MM),
            _together([*_timeline(data, language, width), gap(6 * MM),
                       _signoff(data, language, width)])]


def _together(flowables: list[Any]) -> KeepTogether:
    """``flowables`` on one page where they fit, with no group nested in the group
    (nested ones break pages where none is needed) and no "keep with next" inside."""
    flat: list[Any] = []
    for flowable in flowables:
        flat += list(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]
    for flowable in flat:
        if hasattr(flowable, "keepWithNext"):
            flowable.keepWithNext = 0
    return KeepTogether(flat)


def _timeline(data: sources.ReportData, language: str, width: float) -> list[Any]:
    """When each panel member submitted, next to when the panel decided: the record
    shows that the scoring came first."""
    s = styles()
    decision = data.decision
    rows = [(label("report.form_submitted", language, name=form.name),
             format_moment(form.submitted_at, language) or "—")
            for form in sorted(data.forms, key=lambda f: (f.submitted_at is None,
                                                          f.submitted_at or 0, f.name))]
    if decision is not None and decision.decided_at is not None:
        rows.append((label("report.decision_taken", language),
                     format_moment(decision.decided_at, language)))
    if not rows:
        return []
    return [KeepTogether([Paragraph(escape(label("report.timeline", language)), s.h2),
                          captions(rows, width, caption_width=70 * MM)])]


def _signoff(data: sources.ReportData, language: str, width: float) -> KeepTogether:
    """Who drew the report up, the chair's name, place, date and signature, and the
    panel members who decided — to sign on paper and file."""
    s = styles()
    session = data.session
    chair = next((seat.name for seat in session.panel if seat.role == "chair"), "")
    decided_by = ", ".join(f"{seat.name} ({role_label(seat.role, language)})"
                           for seat in session.panel)
    line = colors.HexColor(MUTED)
    cell, caption = s.cell, s.cell_muted
    def caption_of(key: str) -> Paragraph:
        return Paragraph(escape(label(key, language)), caption)

    # Two columns: who drew it up and who chairs on the left, place and date on the
    # right, the signature across; the lines are where the pen goes.
    space = 8 * MM
    half = (width - space) / 2
    columns = [30 * MM, half - 30 * MM, space, 22 * MM, half - 22 * MM]
    rows = [
        [caption_of("report.drawn_up_by"), "", "", caption_of("report.place"), ""],
        [caption_of("report.chair"), Paragraph(escape(chair), cell), "", caption_of("date"),
         ""],
        [caption_of("signature"), "", "", "", ""],
    ]
    table = Table(rows, colWidths=columns, rowHeights=[10 * MM] * len(rows), hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("SPAN", (1, 2), (4, 2)),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, line),
        ("LINEBELOW", (4, 0), (4, 1), 0.6, line),
        ("LINEBELOW", (1, 2), (4, 2), 0.6, line),
    ]))
    story: list[Any] = [Paragraph(escape(label("report.signoff", language)), s.h2), table]
    if decided_by:
        story += [gap(3 * MM), Paragraph(f"{escape(label('report.decided_by', language))}: "
                                         f"{escape(decided_by)}", s.body)]
    return KeepTogether(story)


def report_story(data: sources.ReportData, language: str, layout: Layout) -> list[Any]:
    """The report's flowables."""
    s = styles()
    story = [*_header(data, language, layout.width), *_course(data, language)]
    heading = Paragraph(escape(label("report.panel", language)), s.h1)
    if data.panel is not None:
        story += keep_start([heading], panel_matrix.panel_section(data.panel, language,
                                                                  layout.width))
    elif data.hidden is not None:
        story += keep_start([heading], panel_matrix.hidden_notice(data.hidden, data.forms,
                                                                  language, layout.width))
    return [*story, *_decision(data, language, layout.width)]


def write_interview_report(db: Database, interview_id: int, output: Path, *,
                           language: str = "nl", page_size: str = "A4") -> Path:
    """Print the report of ``interview_id`` to ``output``."""
    check_language(language)
    layout = Layout(page_size)
    ensure_fonts(language)
    data = sources.report_data(db, interview_id, language)
    session = data.session
    title = label("report.title", language)
    running = Running(
        header_left=f"{title} · {session.vacancy_title}",
        header_right=session.candidate_name,
        footer_left=f"{APP_NAME} · "
        f"{label('printed_on', language, date=format_date(date.today(), language))}",
        language=language,
        notice=privacy.notice_for_interview(db, interview_id, language),
    )
    metadata = Metadata(
        title=f"{title} – {session.candidate_name} – {session.vacancy_title}",
        author=APP_NAME,
        subject=label("report.subject", language, candidate=session.candidate_name,
                      vacancy=session.vacancy_title),
        language=language,
        keywords=(APP_NAME, title),
    )
    story = report_story(data, language, layout)
    story += privacy.consent_section(db, interview_id, language)
    data_bytes = render(story, layout, running, metadata)
    return write_file(output, data_bytes, language)
