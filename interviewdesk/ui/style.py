"""The few visual constants the application shares: one accent colour, the spacing
scale, and headings made from the platform's own font (never a fixed size, so the
user's system font size is respected).

Everything else is the platform's native style.
"""

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

# The one accent colour: a calm blue that reads on light and dark backgrounds.
ACCENT = QColor("#2f6fb3")
# Something is wrong (time over the plan, notes not saved yet); always with words.
PROBLEM = QColor("#b3261e")

# Spacing in pixels: between related things, between groups, around a page.
SPACING_SMALL = 6
SPACING = 12
SPACING_LARGE = 24


def scaled_font(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """The widget's font, ``factor`` times its size, optionally bold."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def make_heading(label: QLabel, factor: float = 1.15) -> QLabel:
    """Turn ``label`` into a section heading: bold and a little larger."""
    label.setFont(scaled_font(label, factor, bold=True))
    return label


def muted_colour(widget: QWidget) -> QColor:
    """The colour for secondary text (dates, counts) in the widget's palette."""
    return widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


def make_muted(label: QLabel) -> QLabel:
    """Show ``label`` as secondary text."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_colour(label))
    label.setPalette(palette)
    return label


def plain_text(label: QLabel) -> QLabel:
    """``label`` set to show its text as it is: a name such as ``<b>X</b>`` typed by a
    user must appear as typed, never as bold (a QLabel guesses markup otherwise)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as it is. Qt renders a tooltip as rich text
    whenever it looks like markup, and has no plain-text switch: escaped text inside a
    paragraph shows every character literally."""
    if not text:
        return ""
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"
