"""Documents: reading CVs and letters (PDF, DOCX, TXT), and printing.

``extract_text(path) -> str`` is the one entry point for reading; it raises
``DocumentError`` with a message for the user, never any other exception. The printed
documents (assessment form, interview report, blank kit, comparison) are written by
:mod:`interviewdesk.reports`, imported on its own so that reportlab loads only
when something is printed.
"""

from interviewdesk.readers.errors import DocumentError
from interviewdesk.readers.extract import extract_text

__all__ = ["DocumentError", "extract_text"]
