"""Interviewer calibration on paper: how consistently the panel rates, pictures first.

* A bar per competency with its ICC(2,1) and a line for the 95 % confidence
  interval, coloured by its reading (good, moderate, poor after Koo & Li); no bar
  where there is not enough data.
* A dot plot per interviewer of every score minus the other panel members' mean on
  the same competency of the same interview, with the mean as a tick (leniency).
* The numbers behind both, each with the count it rests on.

Drawn with reportlab's own charts (``reportlab.graphics``). Only closed rounds count
(``store.calibration``). Names follow ``domain.calibration_names``: a printed
document made without a viewer (the command line) names only the interviewers who
share their figures and shows the others as a letter; made for a viewer, it names
whom that viewer may see. The document says which. The second part, how the
interviews went, is ``calibration_practice``.
"""

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table

from interviewdesk.domain.agenda import Agenda, default_agenda
from interviewdesk.domain.calibration import (
    FAR_OFF_POINTS,
    IccResult,
    InterviewerFigures,
    deviations,
)
from interviewdesk.domain.calibration_names import Shown, shown_names
from interviewdesk.reports.blocks import captions, escape, gap, table_style
from interviewdesk.reports.calibration_practice import practice_story
from interviewdesk.reports.errors import DocumentExportError
from interviewdesk.reports.fonts import BOLD, REGULAR
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
from interviewdesk.reports.scripts import canvas_text
from interviewdesk.reports.styles import ACCENT, INK, MUTED, RULE, TRACK, WARM, styles
from interviewdesk.store.calibration import (
    CalibrationReport,
    CompetencyReliability,
    calibration_report,
)
from interviewdesk.store.calibration_practice import (
    PracticeReport,
    chairs,
    consenting,
    practice_report,
)
from interviewdesk.store.database import Database

#: Bar colours by reading.
READING_COLOURS = {"good": "#4f9a6a", "moderate": "#d8a23c", "poor": WARM}
#: Rows per chart drawing, so a long list continues on the next page.
ROWS_PER_CHART = 22
ROW_HEIGHT = 7 * MM
#: The x-axis of the dot plot: a score minus the others' mean lies within ±4.
DEVIATION_LIMIT = 4


def icc_text(value: float | None, language: str) -> str:
    """An ICC with two decimals, a decimal comma in Dutch; "—" for none."""
    if value is None:
        return "—"
    text = f"{value:.2f}"
    return text.replace(".", ",") if language == "nl" else text


def _signed(value: float | None, language: str, digits: int = 1) -> str:
    if value is None:
        return "—"
    text = f"{value:+.{digits}f}"
    return text.replace(".", ",") if language == "nl" else text


def _fit(text: str, width: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = canvas_text(text)
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _competency_label(row: CompetencyReliability, across: bool) -> str:
    return f"{row.vacancy_title} · {row.name}" if across else row.name


#: The printed words of each reading of ``domain.calibration``.
READING_LABELS = {
    "good": "calibration.good",
    "moderate": "calibration.moderate",
    "poor": "calibration.poor",
    "not_enough_data": "calibration.not_enough_data",
    "undefined": "calibration.undefined",
}


def _reading_text(result: IccResult, language: str) -> str:
    return label(READING_LABELS[result.reading], language)


def agreement_chart(rows: list[CompetencyReliability], across: bool, language: str,
                    width: float) -> Drawing:
    """The bars of ICC(2,1) per competency with their confidence lines."""
    label_width, text_width = 62 * MM, 34 * MM
    height = ROW_HEIGHT * len(rows) + 12 * MM
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 9 * MM
    chart.width = width - label_width - text_width
    chart.height = ROW_HEIGHT * len(rows)
    chart.data = [[row.single.value for row in rows]]
    lows = [row.single.low for row in rows if row.single.low is not None]
    values = [row.single.value for row in rows if row.single.value is not None]
    minimum = min([0.0, *lows, *values])
    low_end = max(-1.0, -(int(-minimum * 4) + (1 if -minimum * 4 % 1 else 0)) / 4)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low_end, 1.0
    chart.valueAxis.valueStep = 0.25
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = colors.HexColor(MUTED)
    chart.valueAxis.labelTextFormat = lambda v: icc_text(v, language)
    chart.valueAxis.strokeColor = colors.HexColor(RULE)
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor(TRACK)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [
        _fit(_competency_label(row, across), label_width - 4 * MM, 8) for row in rows]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.joinAxisMode = "left"  # the names left of the plot, not at 0
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2 * MM
    chart.categoryAxis.strokeColor = colors.HexColor(RULE)
    chart.categoryAxis.visibleTicks = 0
    chart.barWidth = ROW_HEIGHT * 0.55
    chart.groupSpacing = ROW_HEIGHT * 0.45
    chart.bars.strokeColor = None
    for index, row in enumerate(rows):
        colour = READING_COLOURS.get(row.single.reading, MUTED)
        chart.bars[(0, index)].fillColor = colors.HexColor(colour)
    drawing.add(chart)

    def x_of(value: float) -> float:
        return chart.x + (value - low_end) / (1.0 - low_end) * chart.width

    for threshold in (0.5, 0.75):
        drawing.add(Line(x_of(threshold), chart.y, x_of(threshold), chart.y + chart.height,
                         strokeColor=colors.HexColor(MUTED), strokeWidth=0.5,
                         strokeDashArray=[2, 2]))
    for index, row in enumerate(rows):
        middle = chart.y + chart.height - (index + 0.5) * ROW_HEIGHT
        result = row.single
        if result.low is not None and result.high is not None:
            drawing.add(Line(x_of(result.low), middle, x_of(result.high), middle,
                             strokeColor=colors.HexColor(INK), strokeWidth=1))
            for end in (result.low, result.high):
                drawing.add(Line(x_of(end), middle - 1.5 * MM, x_of(end), middle + 1.5 * MM,
                                 strokeColor=colors.HexColor(INK), strokeWidth=1))
        text = (f"{icc_text(result.value, language)} {_reading_text(result, language)}"
                if result.value is not None else _reading_text(result, language))
        drawing.add(String(chart.x + chart.width + 3 * MM, middle - 2.5,
                           _fit(text, text_width - 4 * MM, 7.5), fontName=REGULAR,
                           fontSize=7.5, fillColor=colors.HexColor(INK if result.value is not
                                                                    None else MUTED)))
    return drawing


def dot_plot(letters: list[str], dots: list[list[float]], means: list[float | None],
             width: float) -> Drawing:
    """Per interviewer (a row, first at the top) every deviation from the others as a
    dot and their mean as a tick, over a grey band of "less than 2 points apart"."""
    count = len(letters)
    label_width = 28 * MM
    height = ROW_HEIGHT * count + 12 * MM
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = label_width, 9 * MM
    plot.width, plot.height = width - label_width - 8 * MM, ROW_HEIGHT * count
    low_y, high_y = 0.5, count + 0.5

    def x_of(value: float) -> float:
        return plot.x + (value + DEVIATION_LIMIT) / (2 * DEVIATION_LIMIT) * plot.width

    def y_of(value: float) -> float:
        return plot.y + (value - low_y) / (high_y - low_y) * plot.height

    drawing.add(Rect(x_of(-FAR_OFF_POINTS + 0.001), plot.y,
                     x_of(FAR_OFF_POINTS - 0.001) - x_of(-FAR_OFF_POINTS + 0.001), plot.height,
                     fillColor=colors.HexColor("#eef1f4"), strokeColor=None))
    series = []
    for index, values in enumerate(dots):
        row = count - index
        points = [(max(-DEVIATION_LIMIT, min(DEVIATION_LIMIT, v)),
                   row + ((j % 5) - 2) * 0.07) for j, v in enumerate(values)]
        series.append(points or [(0.0, float(row))])  # drawn without a symbol below
    plot.data = series
    plot.joinedLines = 0
    for index, values in enumerate(dots):
        # reportlab does not clip to the plot: an interviewer with nothing to compare
        # gets no symbol at all rather than a dot somewhere on the page.
        plot.lines[index].symbol = makeMarker("FilledCircle", size=3.4,
                                              fillColor=colors.HexColor(ACCENT),
                                              strokeColor=colors.white,
                                              strokeWidth=0.3) if values else None
        plot.lines[index].strokeWidth = 0
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -DEVIATION_LIMIT, DEVIATION_LIMIT
    plot.xValueAxis.valueSteps = list(range(-DEVIATION_LIMIT, DEVIATION_LIMIT + 1))
    plot.xValueAxis.labelTextFormat = lambda v: f"{int(v):+d}" if v else "0"
    plot.xValueAxis.labels.fontName = REGULAR
    plot.xValueAxis.labels.fontSize = 7
    plot.xValueAxis.strokeColor = colors.HexColor(RULE)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low_y, high_y
    plot.yValueAxis.valueSteps = list(range(1, count + 1))
    plot.yValueAxis.labelTextFormat = lambda v: (
        letters[count - round(v)] if 1 <= round(v) <= count else "")
    plot.yValueAxis.labels.fontName = BOLD
    plot.yValueAxis.labels.fontSize = 8
    plot.yValueAxis.strokeColor = colors.HexColor(RULE)
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = colors.HexColor(TRACK)
    plot.yValueAxis.gridStrokeWidth = 0.4
    drawing.add(plot)
    drawing.add(Line(x_of(0), plot.y, x_of(0), plot.y + plot.height,
                     strokeColor=colors.HexColor(MUTED), strokeWidth=0.6))
    for index, mean in enumerate(means):
        if mean is None:
            continue
        middle = y_of(count - index)
        x = x_of(max(-DEVIATION_LIMIT, min(DEVIATION_LIMIT, mean)))
        drawing.add(Line(x, middle - 2.6 * MM, x, middle + 2.6 * MM,
                         strokeColor=colors.HexColor(WARM), strokeWidth=2))
    return drawing


def _reliability_table(rows: list[CompetencyReliability], across: bool, language: str,
                       width: float) -> Table:
    s = styles()
    head = [label("calibration.competency", language), label("calibration.basis", language),
            label("calibration.single", language), label("calibration.average", language)]
    data: list[list[Any]] = [[Paragraph(escape(text), s.cell_muted) for text in head]]
    for row in rows:
        cells = []
        for result in (row.single, row.average):
            if result.value is None:
                cells.append(Paragraph(escape(_reading_text(result, language)), s.cell_muted))
            else:
                band = (f" ({icc_text(result.low, language)} – {icc_text(result.high, language)})"
                        if result.low is not None else "")
                cells.append(Paragraph(
                    f"<b>{icc_text(result.value, language)}</b>{escape(band)} "
                    f"{escape(_reading_text(result, language))}", s.cell))
        basis = label("calibration.basis_value", language, n=row.single.candidates,
                      k=row.single.raters) if row.single.candidates else "—"
        data.append([Paragraph(escape(_competency_label(row, across)), s.cell),
                     Paragraph(escape(basis), s.cell_muted), *cells])
    widths = [width * 0.34, width * 0.16, width * 0.25, width * 0.25]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _share(value: float | None, language: str) -> str:
    if value is None:
        return "—"
    return f"{round(value * 100)}%"


def _number(value: float | None, language: str, digits: int = 1) -> str:
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language == "nl" else text


def _figures_table(figures: list[InterviewerFigures], letters: dict[Any, str], language: str,
                   width: float) -> Table:
    s = styles()
    head = ["calibration.interviewer", "calibration.leniency", "calibration.spread",
            "calibration.far_off", "calibration.not_assessed", "calibration.evidence"]
    data: list[list[Any]] = [[Paragraph(escape(label(key, language)), s.cell_muted)
                              for key in head]]

    def cell(text: str, count: int) -> Paragraph:
        return Paragraph(f"{escape(text)} <font color='{MUTED}' size='7'>"
                         f"{escape(label('calibration.of', language, n=count))}</font>", s.cell)

    for figure in figures:
        scale = (f" ({figure.lowest}–{figure.highest})" if figure.lowest is not None else "")
        data.append([
            Paragraph(f"<b>{escape(letters[figure.rater])}</b>", s.cell),
            cell(_signed(figure.leniency.value, language, 2), figure.leniency.count),
            cell(_number(figure.spread.value, language, 2) + scale, figure.spread.count),
            cell(_share(figure.far_off.value, language), figure.far_off.count),
            cell(_share(figure.not_assessed.value, language), figure.not_assessed.count),
            cell(_number(figure.evidence_length.value, language, 0),
                 figure.evidence_length.count),
        ])
    widths = [width * 0.2] + [width * 0.16] * 5
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _chunks(items: list[Any]) -> list[list[Any]]:
    return [items[i:i + ROWS_PER_CHART] for i in range(0, len(items), ROWS_PER_CHART)]


def _period(since: date | None, until: date | None, language: str) -> str:
    open_end = label("calibration.open_end", language)
    return (f"{format_date(since, language) or open_end} – "
            f"{format_date(until, language) or open_end}")


def names_for(db: Database, report: CalibrationReport, viewer: int | None) -> dict[int, Shown]:
    """How each interviewer of ``report`` appears to ``viewer`` (``None``: nobody
    known, so only those who consented are named)."""
    data = report.data
    rated_in: dict[int, set[int]] = {}
    for rating in data.ratings:
        rated_in.setdefault(int(rating.rater), set()).add(int(rating.interview))  # type: ignore[call-overload]
    interviews = {int(r.interview) for r in data.ratings}  # type: ignore[call-overload]
    return shown_names(data.interviewers, viewer, consenting(db), rated_in,
                       chairs(db, interviews))


def _names_note(shown: dict[int, Shown] | None, viewer: int | None, language: str) -> str:
    if shown is None:
        return label("calibration.anonymous", language)
    if viewer is not None and viewer in shown:
        return label("calibration.viewer_names", language, name=shown[viewer].name)
    return label("calibration.consent_names", language)


def shown_label(shown: Shown, language: str) -> str:
    """An interviewer as printed: the name, or "Interviewer A"."""
    return shown.name if shown.named else (
        label("calibration.interviewer", language) + " " + shown.letter)


def calibration_story(report: CalibrationReport, scope: str, across: bool, language: str,
                      layout: Layout, since: date | None = None,
                      until: date | None = None, *,
                      shown: dict[int, Shown] | None = None,
                      viewer: int | None = None,
                      practice: PracticeReport | None = None,
                      agenda: Agenda | None = None) -> list[Any]:
    """The document's flowables. Without ``shown`` every interviewer is a letter."""
    s = styles()
    data = report.data
    facts = [(label("calibration.rounds", language),
              label("calibration.rounds_value_one" if data.interviews == 1
                    else "calibration.rounds_value", language, n=data.interviews,
                    open=data.open_rounds))]
    if since is not None or until is not None:
        facts.append((label("calibration.period", language), _period(since, until, language)))
    story: list[Any] = [
        Paragraph(escape(label("calibration.title", language)), s.title),
        Paragraph(escape(scope), s.subtitle),
        captions(facts, layout.width, 40 * MM),
        gap(3 * MM),
        Paragraph(escape(_names_note(shown, viewer, language)), s.muted),
        gap(3 * MM),
    ]
    tail: list[Any] = []
    if practice is not None:
        tail = [gap(6 * MM), *practice_story(practice, agenda or default_agenda(), across,
                                             language, layout)]
    if not data.ratings:
        return [*story, Paragraph(escape(label("calibration.empty", language)), s.notice),
                *tail]
    rows = list(report.reliability)
    story += [Paragraph(escape(label("calibration.agreement", language)), s.h1),
              Paragraph(escape(label("calibration.agreement_note", language)), s.muted)]
    story += [agreement_chart(chunk, across, language, layout.width) for chunk in _chunks(rows)]
    story += [gap(3 * MM), _reliability_table(rows, across, language, layout.width), gap(6 * MM)]
    figures = list(report.figures)
    if shown is None:
        shown = shown_names(data.interviewers, None, (), {}, {})
    named = {f.rater: shown_label(shown[f.rater], language) for f in figures}  # type: ignore[index]
    letters = {f.rater: (_fit(shown[f.rater].name, 26 * MM, 8)  # type: ignore[index]
                         if shown[f.rater].named else shown[f.rater].letter)  # type: ignore[index]
               for f in figures}
    spread = deviations(data.ratings)
    story += [Paragraph(escape(label("calibration.interviewers", language)), s.h1),
              Paragraph(escape(label("calibration.dots_note", language)), s.muted)]
    for chunk in _chunks(figures):
        story.append(dot_plot([letters[f.rater] for f in chunk],
                              [spread.get(f.rater, []) for f in chunk],
                              [f.leniency.value for f in chunk], layout.width))
    story += [gap(3 * MM), _figures_table(figures, named, language, layout.width), gap(2 * MM),
              Paragraph(escape(label("calibration.figures_note", language)), s.muted)]
    return story + tail


def write_calibration(db: Database, vacancy_id: int | None, output: Path, *,
                      language: str = "nl", page_size: str = "A4",
                      since: date | None = None, until: date | None = None,
                      viewer: int | None = None, agenda: Agenda | None = None) -> Path:
    """Print the calibration of ``vacancy_id`` (every vacancy when ``None``) to
    ``output``, with names as ``viewer`` may see them (``None``: only those who
    consented; the caller has checked who the viewer is) and how the interviews went
    by ``agenda`` (the default agenda when ``None``); raises
    :class:`DocumentExportError` for an unknown vacancy."""
    check_language(language)
    layout = Layout(page_size)
    ensure_fonts(language)
    agenda = agenda or default_agenda()
    try:
        report = calibration_report(db, vacancy_id, since=since, until=until)
        practice = practice_report(db, agenda, vacancy_id, since=since, until=until)
    except LookupError as error:
        raise DocumentExportError(label("error.no_vacancy", language, id=vacancy_id),
                                  "no_vacancy", id=str(vacancy_id)) from error
    across = vacancy_id is None
    if vacancy_id is None:
        scope = label("calibration.all", language)
    else:
        scope = next((title for _n, vid, title in report.data.competencies.values()
                      if vid == vacancy_id), None) or _vacancy_title(db, vacancy_id)
    title = label("calibration.title", language)
    running = Running(
        header_left=f"{title} · {scope}",
        header_right=label("calibration.count_one" if report.data.interviews == 1
                           else "calibration.count", language, n=report.data.interviews),
        footer_left=f"{APP_NAME} · "
        f"{label('printed_on', language, date=format_date(date.today(), language))}",
        language=language,
    )
    metadata = Metadata(title=f"{title} – {scope}", author=APP_NAME,
                        subject=label("calibration.subject", language, scope=scope),
                        language=language, keywords=(APP_NAME, title))
    story = calibration_story(report, scope, across, language, layout, since, until,
                              shown=names_for(db, report, viewer), viewer=viewer,
                              practice=practice, agenda=agenda)
    data = render(story, layout, running, metadata)
    return write_file(output, data, language)


def _vacancy_title(db: Database, vacancy_id: int) -> str:
    from interviewdesk.store.vacancies import get_vacancy

    return get_vacancy(db, vacancy_id).title
