"""Text in any script, printed legibly: right-to-left words in order, Chinese,
Japanese and Korean from a fallback font, and a visible mark — never an empty box —
for what no font here has.

- **Arabic and Hebrew.** reportlab shapes each word with HarfBuzz (``uharfbuzz``):
  Arabic letters join, and a right-to-left word comes out in visual order. The order
  of the *words* is this module's job: :func:`visual_order` lays a line out with the
  Unicode bidirectional algorithm (``python-bidi``) and hands each right-to-left word
  back in logical order for HarfBuzz to turn (it mirrors brackets inside them); brackets
  the algorithm reversed around left-to-right words are swapped back. A paragraph is
  ordered as one line, so a right-to-left text that wraps over several lines reads its
  lines top to bottom but each line's words may be split differently than a
  right-to-left layout would.
- **Scripts DejaVu Sans lacks** (Chinese, Japanese, Korean): runs of them are set in
  the first fallback font that has them (:data:`FALLBACKS`): Droid Sans Fallback
  (Apache 2.0; Chinese and Japanese), then InterviewDesk Hangul (SIL OFL 1.1; the 11,172
  Korean syllables and jamo, which Droid Sans Fallback lacks). Each is registered only
  when a document needs it (they are 4 and 2 MB).
- **Anything neither font has** is printed as U+FFFD (�), and the document says so
  at its end (:func:`take_unprintable`).
"""

import threading
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from interviewdesk.reports.fonts import FONTS_DIR, REGULAR, register_fonts

FALLBACK = "DroidSansFallback"
FALLBACK_FILE = FONTS_DIR / "DroidSansFallbackFull.ttf"
HANGUL = "InterviewDeskHangul"
HANGUL_FILE = FONTS_DIR / "InterviewDeskHangul.ttf"
#: The fonts tried, in order, for a character DejaVu Sans lacks: name and file.
FALLBACKS = ((FALLBACK, FALLBACK_FILE), (HANGUL, HANGUL_FILE))
UNPRINTABLE = "\ufffd"

_lock = threading.Lock()
_unprintable_seen = False


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left letters (Hebrew, Arabic and their kin)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def visual_order(text: str) -> str:
    """``text`` with its words in the order they are read on the page (see module)."""
    if not has_rtl(text):
        return text
    from bidi import get_display

    shown = get_display(text)
    return " ".join(word[::-1] if has_rtl(word) else _unmirrored(word)
                    for word in shown.split(" "))


_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_CLOSERS = ")]}>»"
_BRACKETS = "()[]{}<>«»"


def _unmirrored(word: str) -> str:
    """``word`` (no right-to-left letters in it) with its brackets the right way round.

    The bidirectional algorithm reverses brackets that sit in a right-to-left run —
    "(2024)" after Arabic comes out as ")2024(" — and leaves mirroring them to the
    renderer, which for a left-to-right word does not. A word whose first bracket
    closes was reversed so; its brackets are swapped back."""
    first = next((char for char in word if char in _BRACKETS), "")
    return word.translate(_MIRRORED) if first and first in _CLOSERS else word



@cache
def _covered(font: str) -> frozenset[int]:
    """The code points ``font`` (a registered TrueType font) has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _fallback_ready(name: str, path: Path) -> bool:
    """Register the fallback font ``name`` on first need; whether it is there."""
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        if name in pdfmetrics.getRegisteredFontNames():
            return True
        if not path.is_file():
            return False
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(name, str(path)))
        return True


def _fallback_for(char: str) -> str:
    """The first fallback font with a glyph for ``char``, or "" if none has one."""
    point = ord(char)
    for name, path in FALLBACKS:
        if _fallback_ready(name, path) and point in _covered(name):
            return name
    return ""


def _ordinary(char: str) -> bool:
    return ord(char) < 0x0590  # Latin, Greek, Cyrillic…: DejaVu has them; skip the lookup


def paragraph_markup(text: str) -> str:
    """``text`` as XML-escaped paragraph markup, in visual word order, with runs that
    DejaVu lacks set in the fallback font and anything no font has shown as �."""
    global _unprintable_seen
    if all(_ordinary(char) for char in text):
        return _xml_escape(text)
    register_fonts()
    text = visual_order(text)
    dejavu = _covered(REGULAR)
    parts: list[str] = []
    run: list[str] = []
    run_font = ""

    def flush() -> None:
        if run:
            chunk = _xml_escape("".join(run))
            parts.append(f'<font face="{run_font}">{chunk}</font>' if run_font else chunk)
            run.clear()

    for char in text:
        if _ordinary(char) or ord(char) in dejavu or char.isspace():
            font = ""
        else:
            font = _fallback_for(char)
            if not font:
                char = UNPRINTABLE
                _unprintable_seen = True
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(parts)


def canvas_text(text: str) -> str:
    """``text`` for drawing in DejaVu on the canvas (running heads, where one string
    has one font): visual word order, and � for what DejaVu lacks."""
    global _unprintable_seen
    if all(_ordinary(char) for char in text):
        return text
    register_fonts()
    dejavu = _covered(REGULAR)
    shown = []
    for char in visual_order(text):
        if _ordinary(char) or ord(char) in dejavu or char.isspace():
            shown.append(char)
        else:
            shown.append(UNPRINTABLE)
            _unprintable_seen = True
    return "".join(shown)


def take_unprintable() -> bool:
    """Whether a character was replaced by � since the last call (and forget it)."""
    global _unprintable_seen
    seen, _unprintable_seen = _unprintable_seen, False
    return seen
