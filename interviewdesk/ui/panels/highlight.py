"""The quiet background behind a vacancy's keywords, and the colours of find hits.

Keywords are marked by a :class:`QSyntaxHighlighter`: its formats live in the text's
layout, not in the document, so copying text from the panel copies plain text, and a
new keyword list only needs a re-highlight. Colours are mixed from the palette's base
colour, so they read on a light and a dark theme alike.
"""

import re
from collections.abc import Sequence

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from interviewdesk.ui.panels.matching import (
    keyword_pattern,
    keyword_spans,
    looks_like_heading,
    to_qt_spans,
    utf16_positions,
)
from interviewdesk.ui.style import ACCENT

# A warm amber for keywords, apart from the blue accent that find hits use.
KEYWORD_TINT = QColor("#f2b705")


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """``amount`` (0–1) of ``tint`` over ``base``."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def _base(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Base)


def keyword_colour(widget: QWidget) -> QColor:
    """The background of a keyword in ``widget``: noticeable, never loud."""
    return mix(_base(widget), KEYWORD_TINT, 0.32)


def hit_colour(widget: QWidget) -> QColor:
    """The background of every find hit."""
    return mix(_base(widget), ACCENT, 0.28)


def current_hit_colour(widget: QWidget) -> QColor:
    """The background of the find hit the user is on."""
    return mix(_base(widget), ACCENT, 0.62)


def _text(block: QTextBlock) -> str | None:
    return block.text() if block.isValid() else None


class KeywordHighlighter(QSyntaxHighlighter):
    """Gives every keyword in ``document`` the quiet keyword background, and sets
    lines that read as section headings ("Werkervaring") in semi-bold, so the eye
    finds its place in an imported CV that lost its layout."""

    def __init__(self, document: QTextDocument, colour: QColor) -> None:
        super().__init__(document)
        self._pattern: re.Pattern[str] | None = None
        self.format = QTextCharFormat()
        self.format.setBackground(colour)
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.DemiBold)

    def set_keywords(self, keywords: Sequence[str], *, rehighlight: bool = True) -> None:
        """Highlight ``keywords`` (see :func:`matching.keyword_pattern`) from now on;
        ``rehighlight=False`` when new text follows anyway (it is highlighted as set)."""
        pattern = keyword_pattern(keywords)
        changed = pattern is not None or self._pattern is not None
        self._pattern = pattern
        if changed and rehighlight:
            self.rehighlight()

    def set_colour(self, colour: QColor) -> None:
        """Use ``colour`` for keywords (after a palette change)."""
        self.format.setBackground(colour)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Mark the keywords in one paragraph, and the paragraph if it is a heading."""
        block = self.currentBlock()
        heading = looks_like_heading(text, _text(block.previous()), _text(block.next()))
        if heading:
            self.setFormat(0, len(text.encode("utf-16-le")) // 2, self.heading)
        spans = keyword_spans(text, self._pattern)
        for start, length in to_qt_spans(spans, utf16_positions(text) if spans else None):
            keyword = QTextCharFormat(self.format)
            if heading:
                keyword.merge(self.heading)
            self.setFormat(start, length, keyword)
