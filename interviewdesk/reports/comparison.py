"""The candidate comparison for a vacancy: one row per candidate, the panel's result on
each competency as a heat cell with its number, the overall score as a bar, and the
decision — a picture to compare at a glance, not a wall of numbers (UI.md).

Scores appear only for interviews whose whole panel has submitted (the store sees to
that); the other rows say whose form is awaited, or that the interview is still to come.
Landscape, so that five or six competencies keep readable columns.
"""

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from interviewdesk.domain.scales import APPLICATION_STATUSES, DECISION_OUTCOMES
from interviewdesk.reports import privacy, sources
from interviewdesk.reports.blocks import (
    TotalBar,
    captions,
    escape,
    fitted_size,
    gap,
    heat_cell,
    scale_legend,
    score_text,
    table_style,
)
from interviewdesk.reports.fonts import BOLD
from interviewdesk.reports.labels import (
    check_language,
    format_date,
    format_moment,
    format_number,
    join_names,
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
from interviewdesk.reports.styles import RULE, WARM, styles
from interviewdesk.store.assessments import ComparisonRow, VacancyComparison
from interviewdesk.store.database import Database


def _choice(choices: Any, key: str | None, language: str) -> str:
    if key is None:
        return "—"
    return choices.label(key).in_language(language) if key in choices else key


def _candidate(row: ComparisonRow, language: str) -> list[Any]:
    s = styles()
    when = format_moment(row.interview_date, language).split(",")[0]
    details = "<br/>".join(escape(part) for part in
                           (_choice(APPLICATION_STATUSES, row.status, language), when) if part)
    return [Paragraph(f"<b>{escape(row.candidate_name)}</b>", s.cell),
            Paragraph(details, s.cell_muted)]


def _result_cell(value: float | None, from_consensus: bool, row: ComparisonRow,
                 language: str) -> Any:
    s = styles()
    centred = ParagraphStyle("cmp_cell", parent=s.cell, alignment=TA_CENTER, fontSize=9.5,
                             leading=12)
    if value is None:
        if row.open_flags:
            return Paragraph(f"<font color='{WARM}'><b>{escape(label('comparison.open', language))}"
                             f"</b></font>", centred)
        return Paragraph("—", centred)
    mark = "*" if from_consensus else ""
    return Paragraph(f"{score_text(value, language)}{mark}", centred)


#: The smallest size a competency's name in the header shrinks to.
MIN_HEADING_SIZE = 5.0


def grid(comparison: VacancyComparison, language: str, width: float) -> Table:
    """The candidates × competencies grid."""
    s = styles()
    competencies = comparison.competencies
    name_width, total_width, outcome_width = 46 * MM, 31 * MM, 36 * MM
    cell_width = (width - name_width - total_width - outcome_width) / max(len(competencies), 1)
    centred_muted = ParagraphStyle("cmp_head", parent=s.cell_muted, alignment=TA_CENTER)
    head: list[Any] = [Paragraph(escape(label("candidate", language)), s.cell_muted)]
    # Shrink until the longest word of every name fits its column, and wrap only at
    # spaces: "Klantgerichthei-d" reads as a typo on a page a firm files.
    size = min((fitted_size(c.name, BOLD, 8.5, cell_width - 7, minimum=MIN_HEADING_SIZE)
                for c in competencies), default=8.5)
    heading = ParagraphStyle("cmp_competency", parent=s.cell_center, fontName=BOLD,
                             fontSize=size, leading=size * 1.25, splitLongWords=0)
    head += [[Paragraph(escape(c.name), heading),
              Paragraph(escape(label("weight", language,
                                     weight=format_number(c.weight, language))), centred_muted)]
             for c in competencies]
    head += [Paragraph(escape(label("comparison.overall", language)), centred_muted),
             Paragraph(escape(label("comparison.outcome", language)), s.cell_muted)]
    data: list[list[Any]] = [head]
    first_score, last_score = 1, len(competencies)
    total_at, outcome_at = len(competencies) + 1, len(competencies) + 2
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 1), (total_at, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LINEAFTER", (first_score, 1), (last_score, -1), 1.2, colors.white),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("LEFTPADDING", (outcome_at, 0), (outcome_at, -1), 8),
        ("LEFTPADDING", (first_score, 0), (last_score, 0), 3),
        ("RIGHTPADDING", (first_score, 0), (last_score, 0), 3),
    ]
    rows = comparison.sorted_by("overall", descending=True)
    for number, row in enumerate(rows, start=1):
        cells: list[Any] = [_candidate(row, language)]
        if row.state == "complete":
            for column, (value, agreed) in enumerate(
                    zip(row.results, row.from_consensus, strict=True), start=1):
                cells.append(_result_cell(value, agreed, row, language))
                heat_cell(commands, column, number, value)
            cells.append(TotalBar(row.overall, language) if row.overall is not None else "—")
        else:
            text = (label("comparison.not_held", language) if row.state == "not_held" else
                    label("comparison.awaiting", language,
                          names=join_names(list(row.missing), language)))
            cells.append(Paragraph(f"<i>{escape(text)}</i>", s.cell_muted))
            cells += [""] * len(competencies)
            commands.append(("SPAN", (1, number), (total_at, number)))
            commands.append(("BACKGROUND", (1, number), (total_at, number),
                             colors.HexColor("#f6f7f9")))
        cells.append(Paragraph(escape(_choice(DECISION_OUTCOMES, row.outcome, language)),
                               s.cell_bold if row.outcome else s.cell_muted))
        data.append(cells)
    columns = [name_width] + [cell_width] * len(competencies) + [total_width, outcome_width]
    table = Table(data, colWidths=columns, hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _counted(comparison: VacancyComparison, language: str) -> str:
    count = len(comparison.rows)
    return (label("comparison.count_one", language) if count == 1
            else label("comparison.count", language, n=count))


def comparison_story(comparison: VacancyComparison, language: str, layout: Layout
                     ) -> list[Any]:
    """The comparison's flowables."""
    s = styles()
    counted = _counted(comparison, language)
    story: list[Any] = [
        Paragraph(escape(label("comparison.title", language)), s.title),
        Paragraph(escape(comparison.vacancy_title), s.subtitle),
        captions([(label("vacancy", language), comparison.vacancy_title),
                  (label("candidates", language), counted)], layout.width / 2),
        gap(5 * MM),
    ]
    if not comparison.rows:
        return [*story, Paragraph(escape(label("comparison.empty", language)), s.notice)]
    return [*story, scale_legend(language, layout.width * 0.7), gap(3 * MM),
            grid(comparison, language, layout.width), gap(3 * MM),
            Paragraph(escape(label("comparison.legend", language)), s.muted)]


def write_comparison(db: Database, vacancy_id: int, output: Path, *, language: str = "nl",
                     page_size: str = "A4") -> Path:
    """Print the comparison of ``vacancy_id``'s candidates to ``output``."""
    check_language(language)
    layout = Layout(page_size, landscape=True)
    ensure_fonts(language)
    comparison = sources.comparison_data(db, vacancy_id, language)
    title = label("comparison.title", language)
    running = Running(
        header_left=f"{title} · {comparison.vacancy_title}",
        header_right=_counted(comparison, language),
        footer_left=f"{APP_NAME} · "
        f"{label('printed_on', language, date=format_date(date.today(), language))}",
        language=language,
        notice=privacy.notice_for_vacancy(db, vacancy_id, language),
    )
    metadata = Metadata(
        title=f"{title} – {comparison.vacancy_title}",
        author=APP_NAME,
        subject=label("comparison.subject", language, vacancy=comparison.vacancy_title),
        language=language,
        keywords=(APP_NAME, title),
    )
    data = render(comparison_story(comparison, language, layout), layout, running, metadata)
    return write_file(output, data, language)
