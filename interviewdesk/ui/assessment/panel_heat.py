"""How scores look wherever the panel's numbers are shown (the panel view, the
comparison): a calm heat colour per score, the colour of a spread, and the numbers
written in the interface language's notation.

Colour never carries meaning alone: every coloured cell also shows its number, and a
spread also says how many points it is. The heat colours are pale, with dark ink on
them, so they read the same on a light or a dark desktop.
"""

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from interviewdesk.domain.scales import (
    DECISION_OUTCOMES,
    MAX_SCORE,
    MIN_SCORE,
    NOT_ASSESSED_LABEL,
    RECOMMENDATIONS,
    score_label,
)
from interviewdesk.domain.scoring import DISCREPANCY_POINTS
from interviewdesk.ui.i18n import current_language

#: One pale colour per point of the scale, from "clearly below" to "clearly exceeds".
HEAT = (
    QColor("#f2bcb4"),
    QColor("#f6d6b3"),
    QColor("#eee5c3"),
    QColor("#d3e7cf"),
    QColor("#acd6b6"),
)
#: The text on a heat colour, whatever the palette.
INK = QColor("#1f2328")
#: The band of a spread the panel can live with, and of one it must talk about.
SPREAD_CALM = QColor("#7fb893")
SPREAD_WIDE = QColor("#d9774f")
#: The scale behind a spread band.
TRACK = QColor("#dfe2e6")
#: Behind something the panel should not miss (opened early, deciding on open flags).
NOTICE = QColor("#fbe7c6")


def heat_colour(score: float) -> QColor:
    """The heat colour of a score or a mean (between two points: in between)."""
    position = min(max(float(score), MIN_SCORE), MAX_SCORE) - MIN_SCORE
    low = int(position)
    if low >= len(HEAT) - 1:
        return QColor(HEAT[-1])
    share = position - low
    first, second = HEAT[low], HEAT[low + 1]
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def spread_colour(spread: int) -> QColor:
    """Calm below the discrepancy limit, warm from it on."""
    return SPREAD_WIDE if spread >= DISCREPANCY_POINTS else SPREAD_CALM


def format_score(value: float) -> str:
    """A whole score as "4", a mean or total with one decimal ("3.7", "3,7" in Dutch)."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


def scale_label(score: int | None) -> str:
    """What a score (or "not assessed" for ``None``) is called on the scale."""
    return score_label(score).in_language(current_language())


def not_assessed_label() -> str:
    """"Not assessed" in the interface language."""
    return NOT_ASSESSED_LABEL.in_language(current_language())


def recommendation_label(key: str) -> str:
    """A panel member's recommendation in the interface language."""
    return RECOMMENDATIONS.label(key).in_language(current_language())


def outcome_label(key: str) -> str:
    """A decision outcome in the interface language."""
    return DECISION_OUTCOMES.label(key).in_language(current_language())
