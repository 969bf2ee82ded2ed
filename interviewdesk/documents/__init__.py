"""Documents: reading CVs and letters (PDF, DOCX, TXT); writing PDFs comes later.

``extract_text(path) -> str`` is the one entry point for reading; it raises
``DocumentError`` with a message for the user, never any other exception.
"""

from interviewdesk.documents.errors import DocumentError
from interviewdesk.documents.extract import extract_text

__all__ = ["DocumentError", "extract_text"]
