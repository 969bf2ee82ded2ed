"""The second half of the calibration document: how the interviews were run —
questions asked, skipped and added on the spot, minutes per stage against the plan,
and feedback given by the date promised (``store.calibration_practice``). Tables
only, each figure with the count it rests on; nothing here is an assessment."""

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Paragraph, Table

from interviewdesk.domain.agenda import Agenda
from interviewdesk.domain.calibration import Figure
from interviewdesk.reports.blocks import escape, gap, table_style
from interviewdesk.reports.labels import label
from interviewdesk.reports.page import MM, Layout
from interviewdesk.reports.styles import MUTED, RULE, styles
from interviewdesk.store.calibration_practice import PracticeReport


def _number(value: float | None, language: str, digits: int = 1, signed: bool = False) -> str:
    if value is None:
        return "—"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return text.replace(".", ",") if language == "nl" else text


def _stage_name(agenda: Agenda, key: str, language: str) -> str:
    try:
        return agenda.stage(key).name.in_language(language)
    except KeyError:
        return key


def _table(data: list[list[Any]], widths: list[float]) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _head(keys: list[str], language: str) -> list[Any]:
    s = styles()
    return [Paragraph(escape(label(key, language)), s.cell_muted) for key in keys]


def _with_count(text: str, figure: Figure, language: str) -> Paragraph:
    return Paragraph(f"{escape(text)} <font color='{MUTED}' size='7'>"
                     f"{escape(label('calibration.of', language, n=figure.count))}</font>",
                     styles().cell)


def _questions(report: PracticeReport, agenda: Agenda, across: bool, language: str,
               width: float) -> list[Any]:
    s = styles()
    if not report.questions:
        return [Paragraph(escape(label("practice.no_questions", language)), s.muted)]
    data = [_head(["practice.question", "practice.stage", "practice.asked",
                   "practice.skipped"], language)]
    for usage in report.questions:
        text, title = report.question_texts.get(int(usage.question), ("", ""))  # type: ignore[call-overload]
        shown = f"{title} · {text}" if across else text
        data.append([
            Paragraph(escape(shown), s.cell),
            Paragraph(escape(_stage_name(agenda, usage.stage, language)), s.cell_muted),
            Paragraph(escape(label("practice.x_of_n", language, x=usage.asked_times,
                                   n=usage.asked.count)), s.cell),
            Paragraph(escape(str(usage.skipped)), s.cell),
        ])
    story: list[Any] = [_table(data, [width * 0.52, width * 0.2, width * 0.12, width * 0.16])]
    added = [a for a in report.added if a.questions]
    if added:
        parts = [label("practice.added_in", language, stage=_stage_name(agenda, a.stage, language),
                       n=a.questions, k=a.in_interviews, total=a.interviews) for a in added]
        story += [gap(2 * MM), Paragraph(escape(label("practice.added", language) + " "
                                                + "; ".join(parts) + "."), s.muted)]
    else:
        story += [gap(2 * MM), Paragraph(escape(label("practice.none_added", language)), s.muted)]
    return story


def _timing(report: PracticeReport, agenda: Agenda, language: str, width: float) -> list[Any]:
    s = styles()
    data = [_head(["practice.stage", "practice.planned", "practice.actual",
                   "practice.difference", "practice.over_plan", "practice.untimed"], language)]
    for timing in report.timing:
        data.append([
            Paragraph(escape(_stage_name(agenda, timing.stage, language)), s.cell),
            _with_count(_number(timing.planned.value, language), timing.planned, language),
            _with_count(_number(timing.actual.value, language), timing.actual, language),
            _with_count(_number(timing.difference.value, language, signed=True),
                        timing.difference, language),
            _with_count("—" if timing.over_plan.value is None
                        else f"{round(timing.over_plan.value * 100)}%", timing.over_plan,
                        language),
            Paragraph(escape(str(timing.untimed)), s.cell),
        ])
    return [_table(data, [width * 0.28] + [width * 0.144] * 5)]


def _feedback(report: PracticeReport, language: str) -> list[Any]:
    s = styles()
    f = report.feedback
    if not f.on_time.count and not f.not_yet_due:
        return [Paragraph(escape(label("practice.no_feedback_dates", language)), s.muted)]
    share = "—" if f.on_time.value is None else f"{round(f.on_time.value * 100)}%"
    text = label("practice.feedback_value", language, share=share, x=f.on_time_count,
                 n=f.on_time.count, late=f.late, overdue=f.overdue, pending=f.not_yet_due)
    if f.days_late.value is not None:
        text += " " + label("practice.days_late", language,
                            days=_number(f.days_late.value, language))
    return [Paragraph(escape(text), s.body)]


def practice_story(report: PracticeReport, agenda: Agenda, across: bool, language: str,
                   layout: Layout) -> list[Any]:
    """The flowables of the "how the interviews went" part."""
    s = styles()
    story: list[Any] = [
        # The heading never alone at the foot of a page (with nothing below, it may).
        CondPageBreak(70 * MM if report.interviews else 20 * MM),
        Paragraph(escape(label("practice.title", language)), s.h1),
        Paragraph(escape(label("practice.basis", language, n=report.interviews)), s.muted),
        gap(2 * MM),
    ]
    if not report.interviews:
        return story
    story += [Paragraph(escape(label("practice.questions", language)), s.h2),
              *_questions(report, agenda, across, language, layout.width), gap(4 * MM),
              CondPageBreak(40 * MM),
              Paragraph(escape(label("practice.time", language)), s.h2),
              Paragraph(escape(label("practice.time_note", language)), s.muted),
              gap(1 * MM), *_timing(report, agenda, language, layout.width), gap(4 * MM),
              CondPageBreak(25 * MM),
              Paragraph(escape(label("practice.feedback", language)), s.h2),
              *_feedback(report, language)]
    return story
