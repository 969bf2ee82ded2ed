"""The one exception that reading a document may raise."""

from typing import Literal

Reason = Literal[
    "old_format", "unsupported", "missing", "unreadable", "too_large", "empty",
    "damaged", "encrypted", "scanned", "no_text", "too_many_pages", "too_complex",
]


class DocumentError(Exception):
    """A document whose text cannot be read.

    ``str(error)`` says why in English (for logs and the command line); ``reason`` and
    ``details`` (``name``, and per reason ``format``, ``size_mb``, ``limit_mb``,
    ``kind``, ``limit_pages``) let the interface say the same in the user's language.
    """

    def __init__(self, message: str, reason: Reason, **details: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason
        self.details: dict[str, str] = details


class ReadingCancelled(Exception):
    """The user cancelled reading a document; raised by a progress callback and passed
    on by :func:`~interviewdesk.readers.extract_text` untouched."""
