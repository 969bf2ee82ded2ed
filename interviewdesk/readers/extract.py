"""Reading a CV or motivation letter: one entry point for PDF, DOCX and TXT.

:func:`extract_text` either returns the document's text or raises
:class:`DocumentError` with a message an interviewer understands (encrypted, damaged,
scanned without text, empty, unsupported, too large). The parsing libraries raise a
zoo of exception types on malformed input; none of them escapes from here.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from interviewdesk.readers.errors import DocumentError, ReadingCancelled, Reason
from interviewdesk.readers.safe_zip import ZipLimitError, ZipLimits, check_zip
from interviewdesk.readers.text_files import MAX_BYTES, TextFileError, decode_text

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt")
_OLD_FORMATS = {".doc": "Word 97–2003 (.doc)", ".rtf": "RTF", ".odt": "OpenDocument (.odt)"}

#: The most pages a PDF may have. A CV has a handful; this is generous on purpose, so
#: that only a file built to exhaust the reader is refused.
MAX_PDF_PAGES = 20_000
#: The most objects a PDF's cross-reference table may list (a 20,000-page PDF has
#: about 40,000).
MAX_PDF_OBJECTS = 250_000
#: What a DOCX may unpack to: far beyond any CV, far below what hurts the laptop.
DOCX_LIMITS = ZipLimits(max_parts=2_000, max_total_bytes=100 * 1024 * 1024,
                        max_part_bytes=50 * 1024 * 1024, max_ratio=100)


#: Told ``(pages read, pages in all)`` while a PDF is read; it may raise
#: :class:`ReadingCancelled` to stop reading.
Progress = Callable[[int, int], None]


def _limit_text() -> str:
    return f"{MAX_BYTES // (1024 * 1024)} MB"


def extract_text(path: str | Path, progress: Progress | None = None) -> str:
    """The text of the PDF, DOCX or TXT file at ``path``, whitespace tidied.

    Raises :class:`DocumentError` — and nothing else — when the file cannot give text,
    and :class:`ReadingCancelled` when ``progress`` raised it to stop reading.
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
    try:
        if suffix == ".pdf":
            text = _pdf_text(data, path.name, progress)
        else:
            text = {".docx": _docx_text, ".txt": _txt_text}[suffix](data, path.name)
    except (DocumentError, ReadingCancelled):
        raise
    except MemoryError as error:  # a limit below did not catch it: still no crash
        raise too_complex(path.name) from error
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
        reason: Reason = "empty" if error.reason == "empty" else "damaged"
        raise DocumentError(str(error), reason, name=name, kind="TXT") from error


def too_complex(name: str) -> DocumentError:
    """The error for a file that would take more memory or time than any CV needs to
    read (a "zip bomb", a page tree built to explode)."""
    return DocumentError(
        f"“{name}” is built in a way that would take far more memory or time to read "
        "than any CV needs, so InterviewDesk did not read it. Ask the candidate for a "
        "plain PDF or DOCX, or paste the text in.",
        "too_complex", name=name,
    )


def _too_many_pages(name: str) -> DocumentError:
    return DocumentError(
        f"“{name}” has more than {MAX_PDF_PAGES} pages, the most InterviewDesk reads. "
        "Import only the pages that matter (save them as a new PDF), or paste the text in.",
        "too_many_pages", name=name, limit_pages=str(MAX_PDF_PAGES),
    )


def _pdf_text(data: bytes, name: str, progress: Progress | None = None) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    try:
        reader = PdfReader(io.BytesIO(data))
        objects = sum(len(table) for table in reader.xref.values()) + len(reader.xref_objStm)
        if objects > MAX_PDF_OBJECTS:
            raise too_complex(name)
        if reader.is_encrypted:
            # A PDF with only an owner password opens with an empty user password.
            try:
                opened = reader.decrypt("")
            except Exception as error:
                raise _encrypted(name) from error
            if not opened:
                raise _encrypted(name)
        declared = _count_pages(reader, name)
        pages: list[str] = []
        for number, page in enumerate(reader.pages, start=1):
            if number > MAX_PDF_PAGES:
                raise _too_many_pages(name)
            pages.append(page.extract_text() or "")
            if progress is not None:
                progress(number, declared)
    except LimitReachedError as error:  # pypdf's own guards against hostile files
        raise too_complex(name) from error
    text = "\n\n".join(p.strip() for p in pages)
    if pages and not text.strip():
        raise DocumentError(
            f"“{name}” holds only images of pages (a scan), no text. Ask the candidate "
            "for a PDF made from the original document, or paste the text in.",
            "scanned", name=name,
        )
    return text


def _count_pages(reader: "PdfReader", name: str) -> int:
    """The number of pages in the PDF's page tree, counted by walking it — a declared
    ``/Count`` may lie — and given up on as soon as it passes :data:`MAX_PDF_PAGES`
    (a tree that shares its nodes can hold millions of pages in a few bytes) or loops.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    catalog = reader.trailer["/Root"].get_object()
    if not isinstance(catalog, DictionaryObject):  # as indexing it would: the caller
        raise TypeError("The PDF has no document catalog.")  # says "damaged"
    root = catalog["/Pages"]
    pages = 0
    stack: list[tuple[object, tuple[int, ...]]] = [(root, ())]
    while stack:
        node, ancestors = stack.pop()
        key = node.idnum if isinstance(node, IndirectObject) else -1
        if key >= 0 and key in ancestors:
            raise too_complex(name)  # a page tree that contains itself
        node = node.get_object() if isinstance(node, IndirectObject) else node
        if not isinstance(node, DictionaryObject):
            continue
        kids = node.get("/Kids")
        if kids is None or node.get("/Type") == "/Page":
            pages += 1
            if pages > MAX_PDF_PAGES:
                raise _too_many_pages(name)
            continue
        kids = kids.get_object()
        if isinstance(kids, ArrayObject):
            path = (*ancestors, key) if key >= 0 else ancestors
            stack.extend((kid, path) for kid in reversed(kids))
    return pages


def _encrypted(name: str) -> DocumentError:
    return DocumentError(
        f"“{name}” is protected with a password. Ask the candidate for an unprotected copy.",
        "encrypted", name=name,
    )


def _docx_text(data: bytes, name: str) -> str:
    import io
    import zipfile

    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip(archive, DOCX_LIMITS)
    except ZipLimitError as error:
        log.info("Refused a DOCX over the zip limits: %s", error.problem)
        raise too_complex(name) from error
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
