"""What the side-panel tests share: a small PDF, and reading the highlights back."""

import io

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextEdit
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from interviewdesk.ui.panels.highlight import keyword_colour


def pdf_bytes(pages: int = 2) -> bytes:
    """A small real PDF with one line of text a page."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.drawString(72, 800, f"Joël Bakker — page {page + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def highlighted(view: QTextEdit, colour: QColor | None = None) -> list[str]:
    """The text of every range the keyword highlighter marked in ``view``."""
    colour = colour or keyword_colour(view)
    found = []
    block = view.document().begin()
    while block.isValid():
        for format_range in block.layout().formats():
            if format_range.format.background().color() == colour:
                found.append(block.text()[format_range.start:
                                          format_range.start + format_range.length])
        block = block.next()
    return found
