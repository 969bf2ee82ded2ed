"""How the printed documents look: the type sizes, the one accent colour, and the heat
colours of scores, the same pale colours the panel view and the comparison use on
screen (``ui/assessment/panel_heat.py``), so paper and screen read alike.

Colour never carries meaning alone: every heat cell also prints its number, so a
black-and-white printout loses nothing.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from interviewdesk.domain.scales import MAX_SCORE, MIN_SCORE
from interviewdesk.domain.scoring import DISCREPANCY_POINTS
from interviewdesk.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = "#1f2328"
MUTED = "#57606a"
RULE = "#c9ced4"
FAINT = "#eef1f4"
ACCENT = "#2f6fb3"
ACCENT_PALE = "#dce8f5"
WARM = "#b5532a"
HEAT = ("#f2bcb4", "#f6d6b3", "#eee5c3", "#d3e7cf", "#acd6b6")
SPREAD_CALM = "#7fb893"
SPREAD_WIDE = "#d9774f"
TRACK = "#dfe2e6"

#: Checkboxes as printed: empty to fill in by hand, or ticked.
BOX = "☐"
TICKED = "☑"


def box(ticked: bool) -> str:
    """The checkbox glyph for a tick state."""
    return TICKED if ticked else BOX


def _blend(first: str, second: str, share: float) -> str:
    a = [int(first[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(second[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def heat(score: float) -> str:
    """The heat colour of a score or a mean (between two points: in between), as hex."""
    position = min(max(float(score), MIN_SCORE), MAX_SCORE) - MIN_SCORE
    low = int(position)
    if low >= len(HEAT) - 1:
        return HEAT[-1]
    return _blend(HEAT[low], HEAT[low + 1], position - low)


def spread_colour(spread: int) -> str:
    """Calm below the discrepancy limit, warm from it on."""
    return SPREAD_WIDE if spread >= DISCREPANCY_POINTS else SPREAD_CALM


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document (reportlab ``ParagraphStyle`` objects)."""

    title: Any
    subtitle: Any
    h1: Any
    h2: Any
    body: Any
    body_bold: Any
    small: Any
    muted: Any
    cell: Any
    cell_bold: Any
    cell_center: Any
    cell_muted: Any
    anchor: Any
    anchor_head: Any
    notice: Any
    caption: Any
    outcome: Any


@cache
def styles() -> Styles:
    """The styles, made once (after the fonts are registered)."""
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    ink = colors.HexColor(INK)
    muted = colors.HexColor(MUTED)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5,
                          textColor=ink, spaceAfter=4, splitLongWords=1)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    # 8 pt at least: anchors are read in the room, on paper, at arm's length.
    anchor = ParagraphStyle("anchor", parent=body, fontSize=8, leading=10, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=22,
                             spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11.5, leading=15,
                                textColor=muted, spaceAfter=10),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=13.5, leading=17,
                          spaceBefore=14, spaceAfter=6, textColor=colors.HexColor(ACCENT),
                          keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14,
                          spaceBefore=9, spaceAfter=3, keepWithNext=1),
        body=body,
        body_bold=ParagraphStyle("body_bold", parent=body, fontName=BOLD),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=2),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11.5,
                             textColor=muted, spaceAfter=3),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=muted, fontSize=7.8,
                                  leading=10),
        anchor=anchor,
        anchor_head=ParagraphStyle("anchor_head", parent=anchor, fontName=BOLD, fontSize=8.3,
                                   leading=10.3, spaceAfter=2),
        caption=ParagraphStyle("caption", parent=body, fontName=BOLD, fontSize=8,
                               leading=10.5, textColor=muted, spaceBefore=5, spaceAfter=1.5),
        notice=ParagraphStyle("notice", parent=body, fontName=ITALIC, textColor=ink),
        outcome=ParagraphStyle("outcome", parent=body, fontName=BOLD, fontSize=13,
                               leading=17, spaceAfter=4),
    )
