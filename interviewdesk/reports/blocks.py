"""Pieces several documents are built from: notes as flowing paragraphs, checklists,
caption/value blocks, lines to write on, score pictures (heat cells, spread and total
bars) and signature lines.

Everything a user typed goes through :func:`escape`, since reportlab paragraphs read a
little XML: a note with "<" or "&" prints as typed.
"""

import re
from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from interviewdesk.domain.scales import MAX_SCORE, MIN_SCORE
from interviewdesk.domain.scoring import DISCREPANCY_POINTS
from interviewdesk.reports.fonts import BOLD, REGULAR
from interviewdesk.reports.labels import format_number, label
from interviewdesk.reports.page import MM
from interviewdesk.reports.scripts import paragraph_markup
from interviewdesk.reports.styles import (
    FAINT,
    INK,
    MUTED,
    RULE,
    SPREAD_CALM,
    SPREAD_WIDE,
    TRACK,
    box,
    heat,
    styles,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-text cells use DejaVu too (reportlab's default for
    them is Helvetica, which would add an unembedded font without ☐ or ł)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                       ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)), *commands])


def escape(text: str) -> str:
    """``text`` safe inside a reportlab paragraph: XML escaped, control characters
    out, tabs as spaces; in any script (:func:`~interviewdesk.reports.scripts.
    paragraph_markup`: right-to-left word order, a fallback font, never an empty box)."""
    return paragraph_markup(_CONTROL.sub("", text.replace("\t", "    ")))


def lines(text: str) -> str:
    """``text`` escaped, its line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def text_flow(text: str, style: Any = None, *, empty: str | None = None) -> list[Any]:
    """A note as paragraphs, one per block between blank lines, each free to continue
    on the next page (a note is never cut, however long). ``empty`` is printed, muted,
    when there is nothing."""
    style = style or styles().body
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return [Paragraph(escape(empty), styles().muted)] if empty else []
    return [Paragraph(lines(block), style) for block in _BLANK_LINES.split(text) if block.strip()]


def fitted_size(text: str, font: str, size: float, width: float, minimum: float = 6.0
                ) -> float:
    """The font size at most ``size`` at which ``text``'s longest word fits ``width``,
    so a narrow column header wraps between words, never inside one."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = text.split() or [text]
    widest = max(stringWidth(word, font, 1) for word in words)
    if widest <= 0:
        return size
    return max(minimum, min(size, width / widest))


#: A first paragraph up to this many characters stays on the page of its heading.
SHORT_PARAGRAPH = 700


def _short(flowable: Any) -> bool:
    """Small enough to pull onto the page of the heading before it."""
    if isinstance(flowable, CondPageBreak):
        return False
    return not isinstance(flowable, Paragraph) or len(flowable.text) <= SHORT_PARAGRAPH


def keep_start(head: list[Any], body: list[Any]) -> list[Any]:
    """``head`` kept on one page with the start of ``body`` when that start is short;
    a long one may begin on the next page and then flow on, never held back whole
    (a block taller than a page would otherwise leave a page empty)."""
    for flowable in head:  # grouped here; reportlab's own grouping would nest groups
        flowable.keepWithNext = 0
    if not body or not _short(body[0]):
        return [KeepTogether(head), *body]
    first = body[0]
    # One level of KeepTogether only: nested ones break pages where none is needed.
    kept = list(first._content) if isinstance(first, KeepTogether) else [first]
    return [KeepTogether(head + kept), *body[1:]]


def captioned(caption: Any, body: list[Any]) -> list[Any]:
    """A caption or heading kept with the first paragraph of ``body`` when it is
    short; before a long one the caption moves on only if fewer than three lines
    are left on the page, so it never sits alone at the foot of a page."""
    caption.keepWithNext = 0
    if not body:
        return [caption]
    if _short(body[0]):
        return [KeepTogether([caption, body[0]]), *body[1:]]
    return [CondPageBreak(42), caption, *body]


def check_item(text: str, ticked: bool, style: Any = None) -> Paragraph:
    """One checklist line: the box, then the text, wrapped under the text."""
    style = style or styles().body
    return Paragraph(f"<font name='{REGULAR}'>{box(ticked)}</font>&nbsp;&nbsp;{escape(text)}",
                     _hanging(style))


def _hanging(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}_hanging", parent=style, leftIndent=13,
                          firstLineIndent=-13, spaceAfter=1.5)


def captions(rows: Sequence[tuple[str, str]], width: float, caption_width: float = 34 * MM
             ) -> Table:
    """A block of caption/value pairs (candidate, vacancy, date …) as two columns."""
    s = styles()
    data = [[Paragraph(escape(caption), s.cell_muted), Paragraph(lines(value) or "—", s.cell)]
            for caption, value in rows]
    table = Table(data, colWidths=[caption_width, width - caption_width], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor(FAINT)),
    ]))
    return table


class WritingLines(Flowable):
    """Ruled lines to write on by hand; an optional caption sits above the first."""

    def __init__(self, count: int, caption: str = "", gap: float = 7.5 * MM) -> None:
        super().__init__()
        self.count = count
        self.caption = caption
        self.gap = gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.count * self.gap + (13 if self.caption else 0) + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        top = self.height
        if self.caption:
            canvas.setFont(REGULAR, 7.5)
            canvas.setFillColor(colors.HexColor(MUTED))
            canvas.drawString(0, top - 11, self.caption)
            top -= 13
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.5)
        for n in range(1, self.count + 1):
            y = top - n * self.gap
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class SpreadBar(Flowable):
    """How far the raters lie apart, as a band over the 1–5 scale and the number of
    points: calm below the discrepancy limit, warm from it on."""

    def __init__(self, low: int, high: int, language: str, width: float = 24 * MM) -> None:
        super().__init__()
        self.low, self.high, self.language = low, high, language
        self.width, self.height = width, 9

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        track = self.width - 11
        step = track / (MAX_SCORE - MIN_SCORE)
        spread = self.high - self.low
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(TRACK))
        canvas.roundRect(0, 2.5, track, 4, 2, stroke=0, fill=1)
        colour = SPREAD_WIDE if spread >= DISCREPANCY_POINTS else SPREAD_CALM
        canvas.setFillColor(colors.HexColor(colour))
        start = (self.low - MIN_SCORE) * step
        canvas.roundRect(start - 2, 1.5, spread * step + 4, 6, 3, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor(INK))
        canvas.setFont(BOLD if spread >= DISCREPANCY_POINTS else REGULAR, 8)
        canvas.drawRightString(self.width, 1.8, format_number(spread, self.language))
        canvas.restoreState()


class TotalBar(Flowable):
    """An overall score as a bar over the 1–5 scale in its heat colour, with the number."""

    def __init__(self, score: float, language: str, width: float = 30 * MM) -> None:
        super().__init__()
        self.score, self.language = score, language
        self.width, self.height = width, 11

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        track = self.width - 16
        share = (min(max(self.score, MIN_SCORE), MAX_SCORE) - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(TRACK))
        canvas.rect(0, 2, track, 7, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor(heat(self.score)))
        canvas.setStrokeColor(colors.HexColor("#8a9199"))
        canvas.setLineWidth(0.4)
        canvas.rect(0, 2, max(track * share, 2), 7, stroke=1, fill=1)
        canvas.setFillColor(colors.HexColor(INK))
        canvas.setFont(BOLD, 8.5)
        canvas.drawRightString(self.width, 2.5, format_number(round(self.score, 1), self.language))
        canvas.restoreState()


def heat_cell(commands: list[tuple[Any, ...]], column: int, row: int, score: float | None
              ) -> None:
    """Colour the cell at (``column``, ``row``) by ``score`` (nothing for ``None``)."""
    if score is not None:
        commands.append(("BACKGROUND", (column, row), (column, row),
                         colors.HexColor(heat(score))))


def score_text(score: float | None, language: str) -> str:
    """A score as printed in a cell ("—" when there is none)."""
    return "—" if score is None else format_number(round(score, 1), language)


def scale_legend(language: str, width: float) -> Table:
    """The heat colours with their scores, so the picture can be read."""
    from interviewdesk.domain.scales import RATING_SCALE

    s = styles()
    cells = [Paragraph(escape(label("scale_legend", language)), s.cell_muted)]
    cells += [Paragraph(f"<b>{p.score}</b> {escape(p.label.in_language(language))}",
                        s.cell_muted) for p in RATING_SCALE]
    first = 26 * MM
    table = Table([cells], colWidths=[first] + [(width - first) / 5] * 5, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
    ]
    for point in RATING_SCALE:
        heat_cell(commands, point.score, 0, point.score)
    table.setStyle(table_style(commands))
    return table


def signature_lines(names: Iterable[str], language: str, width: float, blank_rows: int = 0,
                    dates: Sequence[str] = ()) -> Table:
    """Name, signature and date to sign by hand; the names (and ``dates``, in the same
    order) printed where known."""
    s = styles()
    space = 6 * MM
    columns = [width * 0.38, space, width * 0.36, space, width * 0.26 - 2 * space]
    head = [Paragraph(escape(label(key, language)), s.cell_muted)
            for key in ("name", "signature", "date")]
    given = list(dates)
    rows = [[Paragraph(escape(name), s.cell), "", "", "",
             Paragraph(escape(given[index]), s.cell) if index < len(given) else ""]
            for index, name in enumerate(names)]
    rows += [["", "", "", "", ""] for _ in range(blank_rows)]
    table = Table([[head[0], "", head[1], "", head[2]], *rows], colWidths=columns,
                  rowHeights=[None] + [12 * MM] * len(rows), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for column in (0, 2, 4):
        commands.append(("LINEBELOW", (column, 1), (column, -1), 0.6, colors.HexColor(MUTED)))
    table.setStyle(table_style(commands))
    return table


def gap(height: float = 4 * MM) -> Spacer:
    """Vertical white space."""
    return Spacer(1, height)
