"""The completed assessment form of one panel member, on paper: their own scores and
evidence per competency, strengths, weaknesses and overall recommendation, and a line
to sign. Nothing of the other panel members is on it (blind scoring)."""

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Table

from interviewdesk.domain.scales import PANEL_ROLES, RECOMMENDATIONS, score_label
from interviewdesk.reports import privacy, rating, sources
from interviewdesk.reports.blocks import (
    captioned,
    captions,
    escape,
    gap,
    signature_lines,
    table_style,
    text_flow,
)
from interviewdesk.reports.labels import check_language, format_date, format_moment, label
from interviewdesk.reports.page import (
    APP_NAME,
    Layout,
    Metadata,
    Running,
    ensure_fonts,
    render,
    write_file,
)
from interviewdesk.reports.styles import ACCENT, ACCENT_PALE, MUTED, RULE, box, styles
from interviewdesk.store.assessments import AssessmentForm
from interviewdesk.store.database import Database


def role_label(role: str, language: str) -> str:
    """A panel role's name ("Voorzitter"), or the stored key if it is unknown."""
    try:
        return PANEL_ROLES.label(role).in_language(language)
    except KeyError:
        return role


def recommendation_boxes(chosen: str | None, language: str, width: float) -> Table:
    """The four recommendations side by side, the chosen one (if any) ticked and tinted."""
    s = styles()
    cells = []
    for choice in RECOMMENDATIONS:
        name = escape(choice.label.in_language(language))
        text = f"{box(choice.key == chosen)}&nbsp;&nbsp;{name}"
        cells.append(Paragraph(f"<b>{text}</b>" if choice.key == chosen else text, s.body))
    table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]
    if chosen is not None and chosen in RECOMMENDATIONS:
        at = RECOMMENDATIONS.rank(chosen)
        commands += [("BACKGROUND", (at, 0), (at, 0), colors.HexColor(ACCENT_PALE)),
                     ("BOX", (at, 0), (at, 0), 1.4, colors.HexColor(ACCENT))]
    table.setStyle(table_style(commands))
    return table


def _compact_row(number: int, competency: Any, given: Any, language: str) -> list[Any]:
    """A competency with only the anchor that was chosen (the compact form)."""
    s = styles()
    meta = rating.competency_meta(competency.kind, competency.weight, language)
    head = Paragraph(f"<b>{number}. {escape(competency.name)}</b>&nbsp;&nbsp;"
                     f"<font size='8' color='{MUTED}'>{escape(meta)}</font>", s.body)
    if given.state == "scored" and given.score is not None:
        anchor = competency.anchors[given.score - 1]
        chosen = (f"<b>{given.score} · {escape(score_label(given.score).in_language(language))}"
                  f"</b> — {escape(anchor)}")
    elif given.state == "not_assessed":
        chosen = f"<b>{escape(score_label(None).in_language(language))}</b>"
    else:
        chosen = escape(label("form.no_score", language))
    return [head, Paragraph(chosen, s.body)]


def _together(flowables: list[Any]) -> KeepTogether:
    """One group, with no group nested in it (nested ones break pages needlessly)."""
    flat: list[Any] = []
    for flowable in flowables:
        flat += list(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]
    for flowable in flat:
        if hasattr(flowable, "keepWithNext"):
            flowable.keepWithNext = 0
    return KeepTogether(flat)


def form_story(form: AssessmentForm, language: str, layout: Layout, *,
               compact: bool = False) -> list[Any]:
    """The form's flowables; ``compact`` prints each competency with only the chosen
    anchor instead of all five side by side."""
    s = styles()
    width = layout.width
    status = (label("form.submitted", language, moment=format_moment(form.submitted_at, language))
              if form.submitted else label("form.draft", language))
    story: list[Any] = [
        Paragraph(escape(label("form.title", language)), s.title),
        Paragraph(escape(f"{form.candidate_name} · {form.vacancy_title}"), s.subtitle),
        captions([
            (label("candidate", language), form.candidate_name),
            (label("vacancy", language), form.vacancy_title),
            (label("date_time", language), format_moment(form.scheduled_at, language)),
            (label("rater", language), f"{form.rater_name} ({role_label(form.role, language)})"),
            (label("status", language), status),
        ], width),
        gap(5),
        Paragraph(escape(label("form.scale_note", language)), s.muted),
        gap(3),
    ]
    if not form.competencies:
        story.append(Paragraph(escape(label("form.no_competencies", language)), s.notice))
    for number, competency in enumerate(form.competencies, start=1):
        given = form.rating(competency.id)
        if compact:
            story += rating.with_evidence(_compact_row(number, competency, given, language),
                                          rating.evidence_block(given.evidence, language),
                                          width, layout.height)
            story.append(gap(3))
            continue
        row = rating.rating_row(
            number, competency.name,
            rating.competency_meta(competency.kind, competency.weight, language),
            competency.description, competency.anchors, language, width, layout.height,
            score=given.score, state=given.state,
        )
        evidence = rating.evidence_block(given.evidence, language)
        story += rating.with_evidence(row, evidence, width, layout.height)
        story.append(rating.gap_after_row())
    # Strengths, weaknesses, recommendation and signature on one page where they fit:
    # the judgement and the signature under it belong together.
    closing: list[Any] = []
    for key, text in (("strengths", form.strengths), ("weaknesses", form.weaknesses)):
        closing += captioned(Paragraph(escape(label(key, language)), s.h2),
                             text_flow(text, empty=label("nothing_noted", language)))
    closing += [Paragraph(escape(label("recommendation", language)), s.h2),
                recommendation_boxes(form.recommendation, language, width)]
    signed = format_date(form.submitted_at.astimezone().date(), language) \
        if form.submitted_at is not None else ""
    closing += [gap(9), signature_lines([form.rater_name], language, width,
                                        dates=[signed] if signed else [])]
    story.append(_together(closing))
    if form.reopenings:
        history: list[Any] = []
        for reopening in form.reopenings:
            history += text_flow(label("form.reopened", language,
                                       moment=format_moment(reopening.reopened_at, language),
                                       reason=reopening.reason), s.muted)
        story += captioned(Paragraph(escape(label("form.history", language)), s.h2), history)
    return story


def write_assessment_form(db: Database, interview_id: int, panel_member_id: int, output: Path,
                          *, language: str = "nl", page_size: str = "A4",
                          asker: int | None = None, compact: bool = False) -> Path:
    """Print ``panel_member_id``'s form for ``interview_id`` to ``output``, if
    ``asker`` may see it (``sources.assessment_form``); ``compact``: only the chosen
    anchor per competency."""
    check_language(language)
    layout = Layout(page_size)
    ensure_fonts(language)
    form = sources.assessment_form(db, interview_id, panel_member_id, language, asker)
    title = label("form.title", language)
    draft = "" if form.submitted else f" · {label('form.draft', language)}"
    running = Running(
        header_left=f"{title} · {form.vacancy_title}{draft}",
        header_right=form.candidate_name,
        footer_left=f"{APP_NAME} · {form.rater_name} · "
        f"{label('printed_on', language, date=format_date(date.today(), language))}",
        language=language,
        notice=privacy.notice_for_interview(db, interview_id, language),
    )
    metadata = Metadata(
        title=f"{title} – {form.candidate_name} – {form.vacancy_title}",
        author=form.rater_name,
        subject=label("form.subject", language, candidate=form.candidate_name,
                      vacancy=form.vacancy_title, rater=form.rater_name),
        language=language,
        keywords=(APP_NAME, title),
    )
    data = render(form_story(form, language, layout, compact=compact), layout, running,
                  metadata)
    return write_file(output, data, language)
