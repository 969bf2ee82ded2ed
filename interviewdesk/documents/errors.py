"""The one exception that reading a document may raise."""


class DocumentError(Exception):
    """A document whose text cannot be read; the message says why, for the user."""
