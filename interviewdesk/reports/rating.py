"""A competency's rating row, shared by the filled-in form and the blank kit: the
competency, its five anchors side by side (the chosen one marked and tinted, or empty
boxes to tick on paper), the score, and the evidence underneath.

The row — the competency and its anchors — is never split over two pages. The evidence
is kept with it only as far as its first short paragraph: a long note must flow on to
the next pages rather than push the whole row, or be cut.
"""

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Table

from interviewdesk.domain.scales import COMPETENCY_KINDS, RATING_SCALE, score_label
from interviewdesk.reports.blocks import escape, table_style, text_flow
from interviewdesk.reports.labels import format_number, label
from interviewdesk.reports.page import MM
from interviewdesk.reports.styles import (
    ACCENT,
    ACCENT_PALE,
    FAINT,
    RULE,
    box,
    heat,
    styles,
)

#: Keep the first paragraph of the evidence with the row only if it is at most this
#: share of the text area's height; anything taller flows on its own.
KEEP_WITH_ROW = 0.2


def competency_meta(kind: str, weight: float, language: str) -> str:
    """"Kerncompetentie · weging 2"."""
    try:
        kind_label = COMPETENCY_KINDS.label(kind).in_language(language)
    except KeyError:
        kind_label = kind
    return f"{kind_label} · {label('weight', language, weight=format_number(weight, language))}"


def _badge(score: int | None, state: str, language: str, width: float) -> Table:
    """The score given, as a small tile in its heat colour (grey when there is none)."""
    s = styles()
    if state == "scored" and score is not None:
        text = f"<b>{score}</b>&nbsp;&nbsp;{escape(score_label(score).in_language(language))}"
        colour = heat(score)
    elif state == "not_assessed":
        text, colour = escape(score_label(None).in_language(language)), FAINT
    else:
        text, colour = escape(label("form.no_score", language)), FAINT
    tile = Table([[Paragraph(text, s.cell_center)]], colWidths=[width], hAlign="RIGHT")
    tile.setStyle(table_style([
        ("BACKGROUND", (0, 0), (0, 0), colors.HexColor(colour)),
        ("TOPPADDING", (0, 0), (0, 0), 3),
        ("BOTTOMPADDING", (0, 0), (0, 0), 4),
    ]))
    return tile


def rating_row(number: int, name: str, meta: str, description: str, anchors: tuple[str, ...],
               language: str, width: float, frame_height: float, *, score: int | None = None,
               state: str | None = None) -> list[Any]:
    """The row of one competency. ``state`` ``None`` prints empty boxes to tick (the
    blank kit); otherwise the score of ``state`` "scored" is marked and tinted.

    Anchors so long that the five side by side would not fit on a page (a table row
    cannot continue on the next page) are printed one under the other instead."""
    s = styles()
    chosen = score if state == "scored" else None
    head = [Paragraph(f"<b>{number}. {escape(name)}</b>", s.body_bold),
            Paragraph(escape(meta + (f" — {description.strip()}" if description.strip() else "")),
                      s.cell_muted)]
    cells = []
    for point, anchor in zip(RATING_SCALE, anchors, strict=True):
        mark = box(point.score == chosen)
        heading = (f"{mark}&nbsp;<b>{point.score}</b>&nbsp;"
                   f"{escape(point.label.in_language(language))}")
        text = anchor.strip() or point.anchor.in_language(language)
        cells.append([Paragraph(heading, s.anchor_head), Paragraph(escape(text), s.anchor)])
    column = width / 5
    if state is None:
        rows = [[head, "", "", "", ""], cells]
    else:
        rows = [[head, "", "", _badge(score, state, language, column * 1.5), ""], cells]
    table = Table(rows, colWidths=[column] * 5, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 0), (2, 0) if state is not None else (4, 0)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("GRID", (0, 1), (-1, 1), 0.5, colors.HexColor(RULE)),
    ]
    if state is not None:
        commands += [("SPAN", (3, 0), (4, 0)), ("ALIGN", (3, 0), (4, 0), "RIGHT"),
                     ("RIGHTPADDING", (3, 0), (4, 0), 0)]
    if chosen is not None:
        column_index = chosen - 1
        commands += [
            ("BACKGROUND", (column_index, 1), (column_index, 1), colors.HexColor(ACCENT_PALE)),
            ("BOX", (column_index, 1), (column_index, 1), 1.4, colors.HexColor(ACCENT)),
        ]
    table.setStyle(table_style(commands))
    _width, height = table.wrap(width, frame_height)
    if height <= frame_height * 0.8:
        return [table]
    return _stacked(head, cells, chosen, score, state, language, width)


def _stacked(head: list[Any], cells: list[list[Any]], chosen: int | None, score: int | None,
             state: str | None, language: str, width: float) -> list[Any]:
    """The row with its anchors one under the other: it may continue on the next page."""
    from reportlab.lib.styles import ParagraphStyle

    s = styles()
    story = [*head]
    if state is not None:
        story.append(_badge(score, state, language, width / 5 * 1.5))
    for point, (heading, text) in zip(RATING_SCALE, cells, strict=True):
        tinted = point.score == chosen
        style = ParagraphStyle(f"stacked_{tinted}", parent=s.anchor, fontSize=8, leading=10.5,
                               leftIndent=4, spaceBefore=3,
                               backColor=colors.HexColor(ACCENT_PALE) if tinted else None)
        story.append(Paragraph(f"{heading.text} — {text.text}", style))
    return story


def with_evidence(row: list[Any], evidence: list[Any], width: float, frame_height: float
                  ) -> list[Any]:
    """``row`` followed by ``evidence`` (a caption and paragraphs): the row and the
    caption always together, with the first paragraph too when it is short."""
    head = [*row, *evidence[:1]]
    rest = evidence[1:]
    if rest:
        _w, height = rest[0].wrap(width, frame_height)
        if height <= frame_height * KEEP_WITH_ROW:
            head.append(rest.pop(0))
    if len(row) > 1:  # anchors stacked: taller than a page, so it may not be held together
        return [*head, *rest]
    return [KeepTogether(head), *rest]


def evidence_block(evidence: str, language: str) -> list[Any]:
    """The caption "Onderbouwing" and the evidence as flowing paragraphs."""
    s = styles()
    caption = Paragraph(f"<b>{escape(label('evidence', language))}</b>", s.caption)
    return [caption, *text_flow(evidence, empty=label("form.no_evidence", language))]


def gap_after_row() -> Any:
    """The white space between two competencies."""
    from reportlab.platypus import Spacer

    return Spacer(1, 5 * MM)
