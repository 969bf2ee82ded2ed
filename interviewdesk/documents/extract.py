"""Reading a CV or motivation letter: one entry point for PDF, DOCX and TXT.

:func:`extract_text` either returns the document's text or raises
:class:`DocumentError` with a message an interviewer understands (encrypted, damaged,
scanned without text, empty, unsupported, too large). The parsing libraries raise a
zoo of exception types on malformed input; none of them escapes from here.
"""

import logging
from pathlib import Path

from interviewdesk.documents.errors import DocumentError
from interviewdesk.documents.text_files import MAX_BYTES, TextFileError, decode_text

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt")
_OLD_FORMATS = {".doc": "Word 97–2003 (.doc)", ".rtf": "RTF", ".odt": "OpenDocument (.odt)"}


def _limit_text() -> str:
    return f"{MAX_BYTES // (1024 * 1024)} MB"


def extract_text(path: str | Path) -> str:
    """The text of the PDF, DOCX or TXT file at ``path``, whitespace tidied.

    Raises :class:`DocumentError` — and nothing else — when the file cannot give text.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _OLD_FORMATS:
        raise DocumentError(
            f"“{path.name}” is a {_OLD_FORMATS[suffix]} file, which InterviewDesk cannot "
            "read. Save it as PDF or DOCX and import that.",
            "old_format", name=path.name, format=_OLD_FORMATS[suffix],
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"“{path.name}” is not a PDF, DOCX or TXT file. Only those can be imported.",
            "unsupported", name=path.name,
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise DocumentError(
            f"“{path.name}” does not exist (any more).", "missing", name=path.name
        ) from error
    except OSError as error:
        raise unreadable(path.name, error) from error
    if size > MAX_BYTES:
        raise DocumentError(
            f"“{path.name}” is {size / (1024 * 1024):.1f} MB; the limit is {_limit_text()}. "
            "A CV is rarely that large: export it again without embedded images.",
            "too_large", name=path.name, size_mb=f"{size / (1024 * 1024):.1f}",
            limit_mb=str(MAX_BYTES // (1024 * 1024)),
        )
    if size == 0:
        raise DocumentError(f"“{path.name}” is empty.", "empty", name=path.name)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise unreadable(path.name, error) from error
    reader = {".pdf": _pdf_text, ".docx": _docx_text, ".txt": _txt_text}[suffix]
    try:
        text = reader(data, path.name)
    except DocumentError:
        raise
    except Exception as error:  # the parsers' own exception types vary by version
        log.info("Could not parse a %s file: %s", suffix, type(error).__name__)
        raise DocumentError(
            f"“{path.name}” is damaged or not really a {suffix[1:].upper()} file, "
            "so its text cannot be read.",
            "damaged", name=path.name, kind=suffix[1:].upper(),
        ) from error
    text = tidy(text)
    if not text:
        raise DocumentError(f"“{path.name}” contains no text.", "no_text", name=path.name)
    return text


def unreadable(name: str, error: OSError) -> DocumentError:
    """The error for a file the system would not let us read."""
    return DocumentError(
        f"“{name}” cannot be read ({error.strerror}).", "unreadable", name=name
    )


def tidy(text: str) -> str:
    """Normalise line ends, strip trailing blanks, and collapse runs of blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    tidied: list[str] = []
    for line in lines:
        if line or (tidied and tidied[-1]):
            tidied.append(line)
    return "\n".join(tidied).strip().replace("\x00", "")


def _txt_text(data: bytes, name: str) -> str:
    try:
        return decode_text(data, f"“{name}”")
    except TextFileError as error:
        reason = "empty" if error.reason == "empty" else "damaged"
        raise DocumentError(str(error), reason, name=name, kind="TXT") from error


def _pdf_text(data: bytes, name: str) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # A PDF with only an owner password opens with an empty user password.
        try:
            opened = reader.decrypt("")
        except Exception as error:
            raise _encrypted(name) from error
        if not opened:
            raise _encrypted(name)
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n\n".join(p.strip() for p in pages)
    if pages and not text.strip():
        raise DocumentError(
            f"“{name}” holds only images of pages (a scan), no text. Ask the candidate "
            "for a PDF made from the original document, or paste the text in.",
            "scanned", name=name,
        )
    return text


def _encrypted(name: str) -> DocumentError:
    return DocumentError(
        f"“{name}” is protected with a password. Ask the candidate for an unprotected copy.",
        "encrypted", name=name,
    )


def _docx_text(data: bytes, name: str) -> str:
    import io

    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    parts: list[str] = []

    def walk(container: object) -> None:
        # iter_inner_content keeps body order: paragraphs and tables interleaved.
        for block in container.iter_inner_content():  # type: ignore[attr-defined]
            if isinstance(block, Paragraph):
                parts.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    seen: set[int] = set()
                    cells: list[str] = []
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell repeats
                            continue
                        seen.add(id(cell._tc))
                        before = len(parts)
                        walk(cell)
                        cells.append(" ".join(p for p in parts[before:] if p.strip()))
                        del parts[before:]
                    parts.append("\t".join(c for c in cells if c))

    walk(document)
    return "\n".join(parts)
