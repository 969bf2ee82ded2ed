"""A candidate's CV or motivation letter read from a file: its text for the panels,
and the original file kept beside it.

:func:`read_candidate_file` reads a file without touching the database (the candidate
editor keeps the result until the user saves); :func:`import_candidate_document` reads
a file and stores both text and original for an existing candidate in one transaction
(for dropping a file onto a candidate in a list). Both raise
:class:`~interviewdesk.readers.DocumentError`, with a message for the user, when the
file cannot be read; nothing is stored then.

This module leans on ``interviewdesk.readers`` for the reading; ``documents`` knows
nothing of the store, so the dependency runs one way.
"""

from pathlib import Path

from sqlmodel import col, select

from interviewdesk.readers import extract_text
from interviewdesk.readers.extract import Progress, unreadable
from interviewdesk.store.candidates import DOCUMENT_KINDS, DocumentFile, replace_original
from interviewdesk.store.database import Database
from interviewdesk.store.models import Candidate, CandidateDocument, utc_now

#: The media type stored with each kind of original file, by file name suffix.
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
}
PDF_MEDIA_TYPE = MEDIA_TYPES[".pdf"]


def media_type_of(filename: str) -> str:
    """The media type of a CV or letter file named ``filename`` ("" if unknown)."""
    return MEDIA_TYPES.get(Path(filename).suffix.lower(), "")


def read_candidate_file(path: str | Path, kind: str,
                        progress: Progress | None = None) -> tuple[str, DocumentFile]:
    """The text of the PDF, DOCX or TXT file at ``path`` and the file itself, to be
    kept as the candidate's ``kind`` ("cv" or "letter") original.

    Raises ``DocumentError`` if the file gives no text, ``ValueError`` for an unknown
    ``kind``; ``progress`` is handed to ``extract_text`` (it may cancel by raising
    ``ReadingCancelled``). Touches no database, so it may run on any thread.
    """
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"Unknown document kind {kind!r}.")
    path = Path(path)
    text = extract_text(path, progress)
    return text, original_file(path, kind)


def original_file(path: str | Path, kind: str) -> DocumentFile:
    """The file at ``path`` as the candidate's ``kind`` original, once its text has
    been read. Raises ``DocumentError`` if it cannot be read (any more)."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:  # gone or locked between reading its text and now
        raise unreadable(path.name, error) from error
    return DocumentFile(kind, path.name, content, media_type_of(path.name))


def attach_document(db: Database, candidate_id: int, document: DocumentFile, text: str) -> None:
    """Make ``text`` the candidate's CV or letter text and ``document`` its original,
    replacing an earlier original of that kind, in one transaction.

    Raises ``LookupError`` if there is no such candidate.
    """
    if document.kind not in DOCUMENT_KINDS:
        raise ValueError(f"Unknown document kind {document.kind!r}.")
    with db.session() as session:
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise LookupError(f"There is no candidate {candidate_id}.")
        if document.kind == "cv":
            candidate.cv_text = text
        else:
            candidate.letter_text = text
        candidate.updated_at = utc_now()
        session.add(candidate)
        replace_original(session, candidate_id, document)


def import_candidate_document(db: Database, candidate_id: int, path: str | Path,
                              kind: str) -> str:
    """Read the file at ``path`` and store its text and the original as the
    candidate's ``kind`` ("cv" or "letter"); the text stored.

    Raises ``DocumentError`` (nothing stored) if the file gives no text, and
    ``LookupError`` if the candidate is gone.
    """
    text, document = read_candidate_file(path, kind)
    attach_document(db, candidate_id, document, text)
    return text


def original_pdf(db: Database, candidate_id: int, kind: str = "cv") -> bytes | None:
    """The candidate's original ``kind`` file if it is a PDF (for the panel that shows
    it), else ``None``."""
    with db.session() as session:
        content = session.exec(
            select(CandidateDocument.content)
            .where(
                CandidateDocument.candidate_id == candidate_id,
                CandidateDocument.kind == kind,
                CandidateDocument.media_type == PDF_MEDIA_TYPE,
            )
            .order_by(col(CandidateDocument.id).desc())
        ).first()
        return bytes(content) if content is not None else None
