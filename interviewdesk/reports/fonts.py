"""DejaVu Sans for every printed document, registered with reportlab once, on first use.

reportlab's own fonts lack ☐ ☑ and the euro sign in some weights; DejaVu Sans has them
and every Dutch, German and Polish letter (é ë € ł). The TTF files and their licence
ship with the package (``resources/fonts``); reportlab embeds the glyphs a
document uses as a subset, so the PDF prints the same on any machine.

Nothing here imports reportlab at module level: the app starts without it, and the
first document pays for it (about 0.1 s) once.
"""

import threading

from interviewdesk.resource_files import resource

FONTS_DIR = resource("fonts")
LICENCE = FONTS_DIR / "LICENSE-DejaVu.txt"

#: The names documents use in styles and on the canvas.
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FAMILY = "DejaVuSans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


class FontsMissing(RuntimeError):
    """A font file of the installation is gone; the message names it."""


def register_fonts() -> None:
    """Register the three DejaVu faces and their family (bold and italic inside a
    paragraph map to them; bold italic falls back to bold, which is not shipped).
    Safe to call often and from any thread; only the first call does the work."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = FONTS_DIR / filename
            if not path.is_file():
                raise FontsMissing(f"The font file {path} is missing from the installation.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
        )
        _registered = True
