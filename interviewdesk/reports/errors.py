"""The one exception writing a document may raise for something the user can act on."""

from typing import Literal

ExportReason = Literal["no_interview", "no_vacancy", "not_on_panel", "cannot_write", "fonts",
                       "agenda", "form_hidden", "no_application",
                       # the access export (documents/access_export.py)
                       "no_candidate", "folder_not_empty"]


class DocumentExportError(Exception):
    """A document that cannot be made.

    ``str(error)`` is the message for the user, in the language the document was asked
    for; ``reason`` and ``details`` (``id``, ``interview``, ``path``, ``cause``) let a
    caller say it differently.
    """

    def __init__(self, message: str, reason: ExportReason, **details: str) -> None:
        super().__init__(message)
        self.reason: ExportReason = reason
        self.details: dict[str, str] = details
