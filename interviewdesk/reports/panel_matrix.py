"""The report's panel section: competencies × raters as heat cells with their numbers,
the spread as a small band, consensus and result; the discrepancies with the reasons
for their consensus; each rater's strengths and weaknesses.

Only a :class:`PanelView` the store handed out behind its gate gets here, that is, once
every panel member has submitted; until then :func:`hidden_notice` says whose form is
missing, and no score is printed at all.
"""

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Table

from interviewdesk.domain.scales import RECOMMENDATIONS, score_label
from interviewdesk.domain.wording import in_sentence
from interviewdesk.reports.assessment_form import role_label
from interviewdesk.reports.blocks import (
    SpreadBar,
    captioned,
    escape,
    gap,
    heat_cell,
    keep_start,
    scale_legend,
    score_text,
    table_style,
    text_flow,
)
from interviewdesk.reports.labels import format_moment, format_number, join_names, label
from interviewdesk.reports.page import MM
from interviewdesk.reports.styles import FAINT, RULE, WARM, styles
from interviewdesk.store.assessments import FormStatus, PanelRow, PanelView, ScoresHidden


def _notice(text: str, width: float) -> Table:
    table = Table([[Paragraph(text, styles().body)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(FAINT)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def round_notice(view: PanelView, language: str, width: float) -> list[Any]:
    """A round the chair closed early says so (when, by whom, why, who is missing),
    and names the forms submitted after it closed."""
    closed_at = view.round.closed_early_at
    if closed_at is None:
        return []
    text = ""
    if view.missing:
        text = escape(label("report.closed_early", language,
                            moment=format_moment(closed_at, language), chair=view.round.closed_by,
                            reason=in_sentence(view.round.reason),
                            names=join_names([m.name for m in view.missing], language)))
    late = [r.name for r in view.raters
            if r.submitted_at is not None and r.submitted_at > closed_at]
    if late:
        text += (" " if text else "") + escape(label("report.submitted_late", language,
                                                     names=join_names(late, language)))
    return [_notice(text, width), gap(3 * MM)] if text else []


def hidden_notice(hidden: ScoresHidden, forms: tuple[FormStatus, ...], language: str,
                  width: float) -> list[Any]:
    """Why there are no scores yet: who has not submitted, and who has (no scores)."""
    text = escape(label("report.scores_hidden", language,
                        names=join_names(list(hidden.missing), language)))
    done = [form.name for form in forms if form.state == "submitted"]
    if done:
        text += " " + escape(label("report.submitted_by", language,
                                   names=join_names(done, language)))
    return [_notice(text, width)]


def _centred(style: Any) -> Any:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}_centred", parent=style, alignment=TA_CENTER)


def _row_caption(row: PanelRow, language: str) -> list[Any]:
    s = styles()
    parts = [Paragraph(f"<b>{escape(row.name)}</b>", s.cell),
             Paragraph(escape(label("weight", language, weight=format_number(row.weight,
                                                                              language))),
                       s.cell_muted)]
    if row.flag is not None:
        key = "matrix.discrepancy" if row.flag == "discrepancy" else "matrix.gap"
        parts.append(Paragraph(f"<font color='{WARM}'>▲ {escape(label(key, language))}</font>",
                               s.cell_muted))
    return parts


def matrix(view: PanelView, language: str, width: float) -> Table:
    """The competencies × raters grid."""
    s = styles()
    raters = view.raters
    fixed = 26 * MM + 2 * 21 * MM
    rater_width = min(22 * MM, (width - fixed - 44 * MM) / max(len(raters), 1))
    first = width - fixed - rater_width * len(raters)
    columns = [first] + [rater_width] * len(raters) + [26 * MM, 21 * MM, 21 * MM]
    head = [Paragraph(escape(label("matrix.competency", language)), s.cell_muted)]
    head += [[Paragraph(f"<b>{escape(r.name)}</b>", s.cell_center),
              Paragraph(escape(role_label(r.role, language)), _centred(s.cell_muted))]
             for r in raters]
    head += [Paragraph(escape(label(key, language)), _centred(s.cell_muted))
             for key in ("matrix.spread", "matrix.consensus", "matrix.result")]
    data: list[list[Any]] = [head]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.white),
        ("LINEAFTER", (1, 1), (-2, -1), 1.2, colors.white),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
        ("FONTNAME", (1, 1), (-1, -1), "DejaVuSans"),
        ("FONTSIZE", (1, 1), (-1, -1), 9.5),
    ]
    spread_at, consensus_at, result_at = len(raters) + 1, len(raters) + 2, len(raters) + 3
    for number, row in enumerate(view.rows, start=1):
        cells: list[Any] = [_row_caption(row, language)]
        for column, score in enumerate(row.scores, start=1):
            cells.append(score_text(score, language))
            heat_cell(commands, column, number, score)
        assessed = [score for score in row.scores if score is not None]
        cells.append(SpreadBar(min(assessed), max(assessed), language) if assessed else "—")
        if row.consensus is None:
            cells.append("—")
        elif row.consensus.score is None:
            cells.append(label("matrix.not_assessable", language))
        else:
            cells.append(str(row.consensus.score))
            heat_cell(commands, consensus_at, number, row.consensus.score)
        if row.result is None and row.open:
            open_text = escape(label("comparison.open", language))
            cells.append(Paragraph(f"<font color='{WARM}'><b>{open_text}</b></font>",
                                   s.cell_center))
        else:
            cells.append(Paragraph(f"<b>{score_text(row.result, language)}</b>",
                                   s.cell_center))
            heat_cell(commands, result_at, number, row.result)
        data.append(cells)
    total_row = len(data)
    totals: list[Any] = [Paragraph(f"<b>{escape(label('matrix.total', language))}</b>", s.cell)]
    for column, rater in enumerate(raters, start=1):
        totals.append(Paragraph(f"<b>{score_text(rater.weighted_total, language)}</b>",
                                s.cell_center))
        heat_cell(commands, column, total_row, rater.weighted_total)
    totals += ["", ""]
    totals.append(Paragraph(f"<b>{score_text(view.overall, language)}</b>", s.cell_center))
    heat_cell(commands, result_at, total_row, view.overall)
    advice: list[Any] = [Paragraph(escape(label("matrix.advice", language)), s.cell)]
    advice += [Paragraph(escape(RECOMMENDATIONS.label(r.recommendation).in_language(language)
                                if r.recommendation is not None
                                and r.recommendation in RECOMMENDATIONS else "—"),
                         s.cell_center) for r in raters]
    advice += ["", "", ""]
    data += [totals, advice]
    commands += [
        ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, colors.HexColor(RULE)),
        ("SPAN", (spread_at, total_row), (consensus_at, total_row)),
    ]
    table = Table(data, colWidths=columns, hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _flag_lines(view: PanelView, language: str) -> list[Any]:
    s = styles()
    story: list[Any] = [Paragraph(escape(label("report.flags", language)), s.h2)]
    flagged = [row for row in view.rows if row.flag is not None]
    if not flagged:
        return [*story, Paragraph(escape(label("report.no_flags", language)), s.muted)]
    for row in flagged:
        if row.flag == "gap":
            facts = label("matrix.gap", language).capitalize() + "."
        else:
            scores = " · ".join(f"{r.name} {score_text(score, language)}"
                                for r, score in zip(view.raters, row.scores, strict=True))
            facts = label("report.flag_scores", language, scores=scores,
                          spread=format_number(row.spread or 0, language))
        if row.consensus is None:
            outcome = label("report.open_flag", language)
        else:
            given = score_label(row.consensus.score).in_language(language)
            shown = given if row.consensus.score is None else f"{row.consensus.score} – {given}"
            outcome = label("report.consensus", language, score=shown)
        kept = escape(outcome).replace(" – ", "&nbsp;–&nbsp;")
        story.append(Paragraph(f"<b>{escape(row.name)}</b> — {escape(facts)} <b>{kept}</b>",
                               s.body))
        if row.consensus is not None:
            story += text_flow(row.consensus.reason, _indented())
    return story


def _indented() -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("indented", parent=styles().body, leftIndent=5 * MM)


def _rater_notes(view: PanelView, language: str) -> list[Any]:
    s = styles()
    heading = Paragraph(escape(label("report.rater_notes", language)), s.h2)
    story: list[Any] = []
    for rater in view.raters:
        advice = (RECOMMENDATIONS.label(rater.recommendation).in_language(language)
                  if rater.recommendation is not None
                  and rater.recommendation in RECOMMENDATIONS else "—")
        head = Paragraph(f"<b>{escape(rater.name)}</b> ({escape(role_label(rater.role, language))})"
                         f" — {escape(label('recommendation', language))}: "
                         f"<b>{escape(advice)}</b>", s.body)
        parts: list[Any] = []
        for key, text in (("strengths", rater.strengths), ("weaknesses", rater.weaknesses)):
            parts += captioned(Paragraph(escape(label(key, language)), s.caption),
                               text_flow(text, _indented(), empty=label("nothing_noted",
                                                                        language)))
        story += [*keep_start([head], parts), gap(2 * MM)]
    return keep_start([heading], story)


def panel_section(view: PanelView, language: str, width: float) -> list[Any]:
    """The matrix with its legend, the overall score, the flags and the raters' notes."""
    s = styles()
    if not view.raters:
        return [Paragraph(escape(label("report.no_panel", language)), s.notice)]
    # The legend and the grid on one page when they fit (a grid taller than a page
    # splits between rows, its header repeated).
    # The overall score is the matrix's last cell: not repeated beneath it.
    story: list[Any] = [*round_notice(view, language, width),
                        KeepTogether([scale_legend(language, width), gap(3 * MM),
                                      matrix(view, language, width)]), gap(3 * MM)]
    return [*story, *_flag_lines(view, language), *_rater_notes(view, language),
            *evidence_per_rater(view, language)]


def evidence_per_rater(view: PanelView, language: str) -> list[Any]:
    """Per competency, each rater's score and the evidence they wrote: what each score
    rests on. Only a view behind the gate gets here, so the round is closed (every
    form in) and no score is shown before its time."""
    s = styles()
    heading = Paragraph(escape(label("report.evidence", language)), s.h2)
    story: list[Any] = []
    for row in view.rows:
        lines: list[Any] = []
        for rater, score, evidence in zip(view.raters, row.scores, row.evidence, strict=True):
            shown = score_text(score, language)
            head = Paragraph(f"<b>{escape(rater.name)}</b> · {escape(shown)}", _indented())
            lines += keep_start([head], text_flow(evidence, _deeper(), empty=label(
                "form.no_evidence", language)))
        story += keep_start([Paragraph(f"<b>{escape(row.name)}</b>", s.body)], lines)
        story.append(gap(1.5 * MM))
    return keep_start([heading], story)


def _deeper() -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("deeper", parent=styles().muted, leftIndent=10 * MM)
